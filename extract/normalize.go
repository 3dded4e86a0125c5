package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// normalize makes the copy of s that rules match on, once per text: NFC,
// every kind of space as ' ', soft hyphens and zero-width characters removed,
// typographic dashes and quotes folded to ASCII, lower case. lowerMap leads
// each byte of it back to s; it stays nil while the two line up byte for
// byte, as they do in most text. On the way it notes whether s holds a
// character that stands for nothing (hasBadChar), so that no other pass
// over the text need look. It stops when stop says so.
//
// It is not inlined, so that the accessors that call it when a text has
// no copy yet (Text.matching) are inlined where the rules call them.
//
//go:noinline
func normalize(s string, stop *stopper) *matchCopy {
	c := new(matchCopy)
	normalizeInto(c, nil, s, stop)
	return c
}

// normalizeInto is normalize making c the copy, its text appended to buf
// (the copies of a document share one buffer); it returns buf.
func normalizeInto(c *matchCopy, buf []byte, s string, stop *stopper) []byte {
	from := len(buf)
	buf = slices.Grow(buf, len(s))
	// Whether s is in NFC is asked only at its first character that may
	// not be: most texts hold none.
	nfcChecked, bad := false, false
	var m []int32
	for i := 0; i < len(s); {
		stop.check()
		// Copy a run of ASCII that stays as it is in one go.
		j := i
		for j < len(s) && copiedASCII[s[j]] {
			j++
		}
		if j > i {
			buf = append(buf, s[i:j]...)
			if m != nil {
				n := len(m)
				m = slices.Grow(m, j-i)[:n+j-i]
				for k := range j - i {
					m[n+k] = int32(i + k)
				}
			}
			i = j
			continue
		}
		if c := s[i]; c == '\n' || c == '\r' {
			// A line break inside a paragraph is a space to the rules, so
			// that "supervisory\nauthority" matches "supervisory authority".
			if wrapped(s, i) {
				c = ' '
			}
			buf = append(buf, c)
			if m != nil {
				m = append(m, int32(i))
			}
			i++
			continue
		}
		if c := s[i]; c < utf8.RuneSelf { // an upper-case ASCII letter or a control character
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			} else {
				bad = true
			}
			buf = append(buf, c)
			if m != nil {
				m = append(m, int32(i))
			}
			i++
			continue
		}
		if s[i] == 0xc3 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] < 0xc0 {
			// U+00C0-U+00FF, the Latin-1 letters of Finnish and Swedish
			// ("ä", "Ö", "å"): in NFC whatever stands around them, none of
			// them bad, and lower-cased (À-Þ but ×) within the block.
			c := s[i+1]
			if c <= 0x9e && c != 0x97 {
				c += 0x20
			}
			buf = append(buf, 0xc3, c)
			if m != nil {
				m = append(m, int32(i), int32(i))
			}
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !bad && badRune(r) {
			bad = true
		}
		if !nfcChecked && (size == 1 || !nfcStable(r)) {
			if !norm.NFC.IsNormalString(s) {
				return normalizeNFC(c, buf[:from], s, stop)
			}
			nfcChecked = true
		}
		out, keep := fold(r)
		if m == nil && (!keep || utf8.RuneLen(out) != size) {
			// From here on the copy and the source drift apart.
			m = make([]int32, len(buf)-from, len(s))
			for k := range m {
				m[k] = int32(k)
			}
		}
		if keep {
			n := len(buf)
			buf = utf8.AppendRune(buf, out)
			for ; m != nil && n < len(buf); n++ {
				m = append(m, int32(i))
			}
		}
		i += size
	}
	c.set(buf[from:], m, bad)
	return buf
}

// set fills in c; lower is the copy's text, which nothing may change
// afterwards.
func (c *matchCopy) set(lower []byte, m []int32, bad bool) {
	c.lower = bufString(lower)
	c.lowerMap, c.bad = m, bad
}

// bufString is b as a string without a copy; nothing may change b
// afterwards.
func bufString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// copiedASCII marks the bytes normalize copies as they are: ASCII but
// upper-case letters, line breaks and the control characters that
// hasBadChar finds.
var copiedASCII = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = (c < 'A' || c > 'Z') && c != '\n' && c != '\r' && (c >= 0x20 && c != 0x7f || c == '\t' || c == '\v' || c == '\f')
	}
	return t
}()

// nfcStable reports whether r is one of the common characters that NFC
// leaves as they are whatever stands around them (Latin-1, Latin
// Extended-A and -B, general punctuation, currency signs): a text of such
// characters, and ASCII, is in NFC.
func nfcStable(r rune) bool {
	return r < 0x300 || r >= 0x2002 && r < 0x20d0
}

// normalizeNFC is normalizeInto for text that is not in NFC ("a" and a
// combining diaeresis for "ä"): composed characters map to where they
// start.
func normalizeNFC(c *matchCopy, buf []byte, s string, stop *stopper) []byte {
	from := len(buf)
	buf = slices.Grow(buf, len(s))
	m := make([]int32, 0, len(s))
	var it norm.Iter
	it.InitString(norm.NFC, s)
	for !it.Done() {
		stop.check()
		start := it.Pos()
		seg := it.Next()
		same := len(seg) == it.Pos()-start
		for k := 0; k < len(seg); {
			r, size := utf8.DecodeRune(seg[k:])
			at := start
			if same {
				at = start + k
			}
			k += size
			if out, keep := fold(r); keep {
				n := len(buf)
				buf = utf8.AppendRune(buf, out)
				for ; n < len(buf); n++ {
					m = append(m, int32(at))
				}
			}
		}
	}
	c.set(buf[from:], m, hasBadChar(s))
	return buf
}

// wrapped reports whether the line break at s[i] ('\r' or '\n') only wraps
// a paragraph: the next line has text and is no list item.
func wrapped(s string, i int) bool {
	j := i + 1
	if s[i] == '\r' && j < len(s) && s[j] == '\n' {
		j++
	}
	for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
		j++
	}
	if j == len(s) || s[j] == '\n' || s[j] == '\r' {
		return false
	}
	return !StartsWithBullet(s[j:]) && !strings.HasPrefix(s[j:], "\u00a0")
}

// fold maps one character of the source to the matching copy; keep is false
// for characters that are dropped.
func fold(r rune) (out rune, keep bool) {
	switch r {
	case '\u00ad', '\u200b', '\ufeff', '\u200c', '\u200d':
		return 0, false
	case '\t', '\n', '\r':
		return r, true
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
		return '-', true
	case '\u2018', '\u2019', '\u201a', '\u2032':
		return '\'', true
	case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb':
		return '"', true
	}
	if unicode.IsSpace(r) {
		return ' ', true
	}
	return unicode.ToLower(r), true
}
