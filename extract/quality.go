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
// Unicode map.
func checkDecoding(d *Document) {
	bad, total := 0, 0
	count := func(s string) {
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
			case r == '\uFFFD' || unicode.Is(unicode.Co, r) || unicode.IsControl(r):
				bad++
				total++
			default:
				total++
			}
		}
	}
	for i := range d.Sections {
		count(d.Sections[i].Heading.S)
		count(d.Sections[i].Body.S)
	}
	if total == 0 || bad == 0 {
		return
	}
	share := float64(total-bad) / float64(total)
	d.lowerQuality(share, fmt.Sprintf("%d%% of the characters could not be decoded (U+FFFD, control or private-use characters)", (bad*100+total/2)/total))
}
