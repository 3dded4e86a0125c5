package extract

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/noticelint/noticelint/internal/gen"
)

// headingShapePlain is headingShape as first written: every character
// counted, then the words: what the one early-stopping pass must give.
func headingShapePlain(s string, maxWords, maxRunes int) int {
	if s == "" || len(s) > 4*maxRunes {
		return -1
	}
	if c := s[len(s)-1]; c == '.' || c == '!' || c == ',' || c == ';' {
		return -1
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return -1
	}
	runes, digits, commas := 0, 0, 0
	for _, r := range s {
		runes++
		switch {
		case r == ',':
			commas++
		case unicode.IsDigit(r):
			digits++
		}
	}
	if runes > maxRunes || digits > 4 || commas > 1 || moreWords(s, maxWords) || strings.Contains(s, ". ") {
		return -1
	}
	return runes
}

// FuzzHeadingShape: headingShape gives what headingShapePlain gives, for
// the limits classify uses.
func FuzzHeadingShape(f *testing.F) {
	for _, s := range []string{
		"Rekisterinpitäjä", "Henkilötietojen säilytysaika ja poistaminen", "Mihin käytämme tietoja?",
		"1. Rekisterinpitäjä", "Vilka rättigheter har du som kund i vår webbutik?", "Puh. 040 123 4567",
		"Esimerkki Oy, Y-tunnus 1234567-8", "A. B. C", "Ä\u00a0Ö\u2007Å \u0663\u0664", "X\xff\xfe y",
		"Tämä rivi on kappaleen ensimmäinen rivi joka jatkuu seuraavalle riville ilman pistettä",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, lim := range [][2]int{{8, 120}, {12, 120}, {12, 100}, {8, 70}, {1, 3}} {
			if got, want := headingShape(s, lim[0], lim[1]), headingShapePlain(s, lim[0], lim[1]); got != want {
				t.Errorf("headingShape(%q, %d, %d) = %d, want %d", s, lim[0], lim[1], got, want)
			}
		}
	})
}

// TestHeadingShapeBytes: each byte, in each place of the eight read at
// once and after them, counts as headingShapePlain counts it.
func TestHeadingShapeBytes(t *testing.T) {
	for c := range 256 {
		for at := 1; at < 18; at++ {
			b := []byte("Ab c1 d,e\tf ghijklmnop x")
			b[at] = byte(c)
			for _, s := range []string{string(b), string(b[:at+1]) + "ä x", "Ä" + string(b[1:at+2])} {
				for _, lim := range [][2]int{{8, 120}, {3, 120}, {8, 12}, {1, 3}} {
					if got, want := headingShape(s, lim[0], lim[1]), headingShapePlain(s, lim[0], lim[1]); got != want {
						t.Fatalf("headingShape(%q, %d, %d) = %d, want %d", s, lim[0], lim[1], got, want)
					}
				}
			}
		}
	}
}

// TestHeadingShapeWordEnds: a word, or a space, that eight bytes read at
// once end without ending it, before a character that is no ASCII, counts
// as headingShapePlain counts it, for a limit of words it just meets.
func TestHeadingShapeWordEnds(t *testing.T) {
	for at := 1; at < 18; at++ {
		for _, s := range []string{
			"A" + strings.Repeat("b", at-1) + "ä c",
			"A" + strings.Repeat("b", at-1) + " ä c",
			"A" + strings.Repeat("b", at-1) + " ä c",
			"A" + strings.Repeat("b", at-1) + ",ä, c",
			"A" + strings.Repeat("1", at%6) + "ä c2",
		} {
			for _, lim := range [][2]int{{2, 120}, {3, 120}, {2, at + 2}, {2, at + 3}} {
				if got, want := headingShape(s, lim[0], lim[1]), headingShapePlain(s, lim[0], lim[1]); got != want {
					t.Errorf("headingShape(%q, %d, %d) = %d, want %d", s, lim[0], lim[1], got, want)
				}
			}
		}
	}
}

// TestTitleLikeWords: a line classify shapes as a title has 8 words at
// most unless it ends with a question mark, which the sectionizer's
// title test takes for known (titleText).
func TestTitleLikeWords(t *testing.T) {
	for _, n := range gen.Generate(100, 5) {
		for _, l := range SplitLines(string(n.Content)) {
			s := trimSpace(l.Text.S)
			if classify(s).is(titleLike) && !strings.HasSuffix(s, "?") && moreWords(s, 8) {
				t.Errorf("%q is shaped as a title but has more than 8 words", s)
			}
		}
	}
	for _, s := range []string{"Yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan", "A b c d e f g h i", "A\u00a0b\u2007c d e f g h i"} {
		if classify(s).is(titleLike) && moreWords(s, 8) {
			t.Errorf("%q is shaped as a title but has more than 8 words", s)
		}
	}
}
