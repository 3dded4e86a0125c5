package report

import (
	"math/bits"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/noticelint/noticelint/internal/bytewords"
	"github.com/noticelint/noticelint/result"
)

// appendJSONFile appends f's JSON as encoding/json's Encoder writes it
// (HTML characters escaped, no indent), without reflection: the JSON
// report's line a file, written on the main goroutine while the workers
// wait for it, cost a third more through encoding/json. A file with a
// browser record returns ok false: encoding/json writes those (rare).
// TestAppendJSONFile and FuzzAppendJSONFile hold it to encoding/json.
func appendJSONFile(b []byte, f *jsonFile, texts *quotedTexts) (_ []byte, ok bool) {
	if f.Browser != nil {
		return b, false
	}
	b = append(b, `{"path":`...)
	b = appendJSONString(b, f.Path)
	b = appendOmitEmpty(b, `,"site":`, f.Site)
	b = appendOmitEmpty(b, `,"why":`, f.Why)
	b = appendOmitEmpty(b, `,"format":`, f.Format)
	b = appendOmitEmpty(b, `,"lang":`, f.Lang)
	b = appendOmitEmpty(b, `,"encoding":`, f.Encoding)
	b = appendOmitEmpty(b, `,"title":`, f.Title)
	b = appendOmitEmpty(b, `,"date":`, f.Date)
	b = append(b, `,"error":`...)
	if f.Error == nil {
		b = append(b, "null"...)
	} else {
		b = appendJSONString(b, *f.Error)
	}
	b = append(b, `,"findings":`...)
	if f.Findings == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range f.Findings {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONFinding(b, &f.Findings[i], texts)
		}
		b = append(b, ']')
	}
	return append(b, '}'), true
}

// appendJSONFinding appends x's JSON as encoding/json writes it.
func appendJSONFinding(b []byte, x *result.Finding, texts *quotedTexts) []byte {
	b = append(b, `{"rule":`...)
	b = appendJSONString(b, x.Rule)
	b = append(b, `,"severity":`...)
	b = appendJSONString(b, x.Severity)
	b = append(b, `,"line":`...)
	b = strconv.AppendInt(b, int64(x.Line), 10)
	b = append(b, `,"column":`...)
	b = strconv.AppendInt(b, int64(x.Column), 10)
	b = append(b, `,"end_line":`...)
	b = strconv.AppendInt(b, int64(x.EndLine), 10)
	b = append(b, `,"end_column":`...)
	b = strconv.AppendInt(b, int64(x.EndColumn), 10)
	if x.Page != 0 {
		b = append(b, `,"page":`...)
		b = strconv.AppendInt(b, int64(x.Page), 10)
	}
	b = appendOmitEmpty(b, `,"section":`, x.Section)
	b = appendOmitEmpty(b, `,"evidence":`, x.Evidence)
	b = append(b, `,"message":`...)
	b = texts.append(b, x.Message)
	if x.Suggestion != "" {
		b = texts.append(append(b, `,"suggestion":`...), x.Suggestion)
	}
	if x.Ref != "" {
		b = texts.append(append(b, `,"ref":`...), x.Ref)
	}
	b = append(b, `,"fingerprint":`...)
	b = appendJSONString(b, x.Fingerprint)
	if s := x.Suppressed; s != nil {
		b = append(b, `,"suppressed":{"kind":`...)
		b = appendJSONString(b, s.Kind)
		b = appendOmitEmpty(b, `,"justification":`, s.Justification)
		b = append(b, '}')
	}
	return append(b, '}')
}

// quotedTexts keeps the JSON of the last texts met in a few places, for the
// texts that many findings share: a rule's message, suggestion and
// reference are a third of a report's bytes, and copying a text's JSON is
// cheaper than quoting it again. A place is chosen by the text's length
// and ends; a text is taken from its place only when it equals the one
// kept there, a copy, so that whatever memory the finding's text is in,
// what is written is its own JSON. A nil *quotedTexts quotes every text.
type quotedTexts struct {
	at [64]struct {
		s    string
		json []byte
	}
}

// append appends s's JSON, as appendJSONString does.
func (q *quotedTexts) append(b []byte, s string) []byte {
	if q == nil || len(s) < 16 {
		return appendJSONString(b, s)
	}
	e := &q.at[(len(s)^int(s[0])<<2^int(s[len(s)-1])<<4)%len(q.at)]
	if e.s == s {
		return append(b, e.json...)
	}
	from := len(b)
	b = appendJSONString(b, s)
	e.s, e.json = strings.Clone(s), append(e.json[:0], b[from:]...)
	return b
}

// appendOmitEmpty appends key and s, unless s is empty (omitempty).
func appendOmitEmpty(b []byte, key, s string) []byte {
	if s == "" {
		return b
	}
	return appendJSONString(append(b, key...), s)
}

// safePrefix8 returns how many of the bytes of x, from the lowest, are
// ASCII that jsonSafe lets through: 8 when all are. Below the lowest byte
// from 0x80 up, adding to a byte or subtracting from it carries into or
// borrows from no other byte, so the lowest byte flagged is exact.
func safePrefix8(x uint64) int {
	below20 := ^(x + (0x80-0x20)*bytewords.Ones)
	other := (x | below20 | zeroIn8(x^'"'*bytewords.Ones) | zeroIn8(x^'\\'*bytewords.Ones) |
		zeroIn8(x^'<'*bytewords.Ones) | zeroIn8(x^'>'*bytewords.Ones) | zeroIn8(x^'&'*bytewords.Ones)) & bytewords.Highs
	return bits.TrailingZeros64(other) >> 3
}

// zeroIn8 sets the high bit of the lowest zero byte of x (and maybe of
// bytes above it), of no byte below it.
func zeroIn8(x uint64) uint64 { return (x - bytewords.Ones) &^ x }

// jsonSafe tells the ASCII bytes appendJSONString copies as they are.
var jsonSafe = func() (safe [utf8.RuneSelf]bool) {
	for c := range safe {
		safe[c] = c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return safe
}()

// appendJSONString appends s quoted as encoding/json quotes a string with
// HTML escaping on: <, > and & as \u003c, \u003e and \u0026, control bytes
// escaped, invalid UTF-8 as \ufffd, U+2028 and U+2029 escaped.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			// Most of a report's text is safe ASCII: eight bytes at a time.
			if k := safePrefix8(bytewords.Load64(s, i)); k > 0 {
				i += k
				continue
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if jsonSafe[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
