package extract

import (
	"strings"
	"testing"
)

func TestQuality(t *testing.T) {
	tests := []struct {
		name, text string
		unreadable bool
	}{
		{"a notice", "Tietosuojaseloste\nRekisterinpitäjä on Esimerkki Oy.\n", false},
		{"a stray replacement character", "Tietosuojaseloste\nRekisterinpit\uFFFDj\uFFFD on Esimerkki Oy, joka k\uFFFDsittelee tietoja.\n", false},
		{"mostly replacement characters", "Tietosuojaseloste\n" + strings.Repeat("\uFFFD\uFFFD\uFFFD ", 20) + "\n", true},
		{"private-use glyphs", "Privacy notice\n" + strings.Repeat("\uE000\uE001\uE002\uE003 ", 20) + "\n", true},
	}
	for _, tt := range tests {
		doc, err := FromText("q.txt", []byte(tt.text), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if doc.Unreadable() != tt.unreadable {
			t.Errorf("%s: quality %.2f %q, unreadable %v, want %v", tt.name, doc.Quality, doc.QualityNote, doc.Unreadable(), tt.unreadable)
		}
		if tt.unreadable && !strings.Contains(doc.QualityNote, "could not be decoded") {
			t.Errorf("%s: note %q", tt.name, doc.QualityNote)
		}
	}
}

// TestHasBadChar: the quick test agrees with the count on every ASCII
// byte and on the kinds of character the count tells apart.
func TestHasBadChar(t *testing.T) {
	cases := []string{"", "Rekisterinpitäjä", "a\u00a0b\u00adc", "x\uFFFDy", "\ue000", "\u0085", "\u200b", "\xff", "tab\tnl\nvt\vff\fcr\r"}
	for c := range 0x80 {
		cases = append(cases, "ok "+string(rune(c)))
	}
	bads := 0
	for _, s := range cases {
		bad, _ := decodingCounts(s)
		if got := hasBadChar(s); got != (bad > 0) {
			t.Errorf("hasBadChar(%q) = %v, decodingCounts finds %d", s, got, bad)
		}
		if bad > 0 {
			bads++
		}
	}
	if bads < 30 {
		t.Errorf("only %d cases have a bad character", bads)
	}
}
