package extract

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

// PoorQuality is the Quality below which a notice's text is too damaged to
// judge: extraction-quality reports it, and the rules that look for missing
// statements stay quiet rather than report what was merely not read.
const PoorQuality = 0.8

// Unreadable reports whether too little of the notice could be read to judge
// it.
func (d *Document) Unreadable() bool { return d.Quality < PoorQuality }

// lowerQuality records a reason the text is read only in part, keeping the
// worst.
func (d *Document) lowerQuality(q float64, note string) {
	if q < d.Quality {
		d.Quality, d.QualityNote = q, note
	}
}

// checkDecoding lowers the quality of a document whose text is mostly
// characters that stand for nothing: U+FFFD from a broken conversion,
// control characters, private-use code points from a font without a
// Unicode map. It stops when stop says so.
func checkDecoding(d *Document, stop *stopper) {
	clean := true // most documents: one quick pass, no counting
	for i := range d.Sections {
		stop.check()
		if d.Sections[i].Heading.hasBadChar() || d.Sections[i].Body.hasBadChar() {
			clean = false
			break
		}
	}
	if clean {
		return
	}
	bad, total := 0, 0
	for i := range d.Sections {
		stop.check()
		for _, s := range []string{d.Sections[i].Heading.S, d.Sections[i].Body.S} {
			b, t := decodingCounts(s)
			bad, total = bad+b, total+t
		}
	}
	if total == 0 || bad == 0 {
		return
	}
	share := float64(total-bad) / float64(total)
	d.lowerQuality(share, fmt.Sprintf("%d%% of the characters could not be decoded (U+FFFD, control or private-use characters)", (bad*100+total/2)/total))
}

// decodingCounts counts the characters of s that are not white space, and
// among them those that stand for nothing.
func decodingCounts(s string) (bad, total int) {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf { // most of the text: no decoding, no tables
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			case c < 0x20 || c == 0x7f:
				bad++
				total++
			default:
				total++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case isSpace(r):
		case isBadRune(r):
			bad++
			total++
		default:
			total++
		}
	}
	return bad, total
}

// hasBadChar reports whether decodingCounts would find a bad character in
// s, faster: printable ASCII is passed over with one test a byte.
func hasBadChar(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7f {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			if c != '\t' && c != '\n' && c != '\r' && c != '\v' && c != '\f' {
				return true // a control character
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if badRune(r) {
			return true
		}
	}
	return false
}

// hasBadChar is hasBadChar(t.S), known already once t is normalised.
func (t Text) hasBadChar() bool {
	if t.norm != nil {
		return t.norm.bad
	}
	return hasBadChar(t.S)
}

// badRune is hasBadChar's test of a character that is no ASCII: most
// letters are passed over with one comparison.
func badRune(r rune) bool {
	if r >= 0xa0 && r < 0xe000 {
		return false // above the C1 controls, below private use and U+FFFD
	}
	return !isSpace(r) && isBadRune(r)
}

// isBadRune reports whether r stands for nothing: U+FFFD, a private-use
// code point or a control character.
func isBadRune(r rune) bool {
	return r == '\uFFFD' || unicode.Is(unicode.Co, r) || unicode.IsControl(r)
}
