package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// normalize fills t.lower, the copy rules match on, once per text: NFC,
// every kind of space as ' ', soft hyphens and zero-width characters removed,
// typographic dashes and quotes folded to ASCII, lower case. lowerMap leads
// each byte of it back to S.
func (t *Text) normalize() {
	t.normalized = true
	s := t.S
	if s == "" {
		t.lower, t.lowerMap = "", nil
		return
	}
	if isPlainLower(s) {
		t.lower = s
		t.lowerMap = nil // identity
		return
	}
	var sb strings.Builder
	sb.Grow(len(s))
	m := make([]int32, 0, len(s))
	emit := func(r rune, from int) {
		n := sb.Len()
		sb.WriteRune(r)
		for ; n < sb.Len(); n++ {
			m = append(m, int32(from))
		}
	}
	var it norm.Iter
	it.InitString(norm.NFC, s)
	for !it.Done() {
		start := it.Pos()
		seg := it.Next()
		// Where NFC left the bytes as they were, each rune maps to its own
		// source byte; where it composed, the segment maps to its start.
		same := len(seg) == it.Pos()-start
		for k := 0; k < len(seg); {
			r, size := utf8.DecodeRune(seg[k:])
			from := start
			if same {
				from = start + k
			}
			k += size
			switch {
			case r == '\u00ad' || r == '\u200b' || r == '\ufeff' || r == '\u200c' || r == '\u200d':
				continue
			case r == '\t' || r == '\n' || r == '\r':
				emit(r, from)
			case unicode.IsSpace(r):
				emit(' ', from)
			case r == '\u2010' || r == '\u2011' || r == '\u2012' || r == '\u2013' || r == '\u2014' || r == '\u2212':
				emit('-', from)
			case r == '\u2018' || r == '\u2019' || r == '\u201a' || r == '\u2032':
				emit('\'', from)
			case r == '\u201c' || r == '\u201d' || r == '\u201e' || r == '\u00ab' || r == '\u00bb':
				emit('"', from)
			default:
				emit(unicode.ToLower(r), from)
			}
		}
	}
	t.lower = sb.String()
	t.lowerMap = m
}

// isPlainLower reports whether s is ASCII with no upper-case letters, the
// common case for body text, whose normal form is itself.
func isPlainLower(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}
