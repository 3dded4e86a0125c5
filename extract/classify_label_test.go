package extract

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// The patterns isLabelOnly and isLabelValue stand for.
var (
	labelOnlyRe  = regexp.MustCompile(`^([\p{L}][\p{L}\p{N} ()/,.'’&-]{0,58}):$`)
	labelValueRe = regexp.MustCompile(`^([\p{L}][\p{L}\p{N} ()/.'’-]{0,38}):[ \t\x{00a0}]+\S`)
)

// labelSamples are lines at the edges of both patterns.
var labelSamples = []string{
	"", ":", "Y-tunnus:", "Y-tunnus: ", "Y-tunnus:x", "Sähköposti: info@yritys.example",
	"Sähköposti:\u00a0x", "Sähköposti: \u00a0", "Sähköposti:\u00a0\u00a0", "Sähköposti: \t\n",
	"Sähköposti: \n", "Sähköposti: \rx", "Sähköposti:  \u00a0", "E-mail: \xff", "1. Rekisteri:",
	"Rekisterinpitäjän nimi ja yhteystiedot (kuka vastaa tiedoista):", "Tom & Jerry:",
	"Tom, Jerry:", "Tom, Jerry: x", "Rekisteri: a: b", "Re’s: x", "A\xffB:", "Ä:", "é: x",
	"a123456789012345678901234567890123456789: x", "a12345678901234567890123456789012345678: x",
	"a1234567890123456789012345678901234567890123456789012345678:",
	"a123456789012345678901234567890123456789012345678901234567:", "\u00a0: x", "ab\u00a0: x",
	"Kohta 2(a)/b.: x", "Kohta_2: x", "Puh:\t040 123",
	"Osoite", "a:", "1a:", "a1:", "a::", "a: ", " a:", "Rekisterinpitäjän nimi (yritys) / osoite, puh.:",
	"Tom’s & Jerry's:", "a\xff:", "\xffa:", "a²:", "a\u00a0:", "a\n:", "a:\n",
	"a" + strings.Repeat("b", 57) + ":", "a" + strings.Repeat("b", 58) + ":", "a" + strings.Repeat("b", 59) + ":",
	"ä" + strings.Repeat("ö", 58) + ":", "ä" + strings.Repeat("ö", 59) + ":",
}

// TestLabelMatchers: the hand-written matchers answer as the regexps do,
// on the samples and on random lines over the characters that matter.
func TestLabelMatchers(t *testing.T) {
	cases := append([]string(nil), labelSamples...)
	r := rand.New(rand.NewPCG(3, 4))
	alphabet := []string{"a", "ä", "1", "²", " ", "(", "&", "’", ":", "\xff", "_", "\t", "Z", "\u00a0", "x"}
	for range 5000 {
		var b strings.Builder
		for range r.IntN(64) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		if r.IntN(2) == 0 {
			b.WriteString(":")
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		if got, want := isLabelOnly(s), labelOnlyRe.MatchString(s); got != want {
			t.Errorf("isLabelOnly(%q) = %v, the regexp %v", s, got, want)
		}
		if got, want := isLabelValue(s), labelValueRe.MatchString(s); got != want {
			t.Errorf("isLabelValue(%q) = %v, the regexp %v", s, got, want)
		}
	}
}

// FuzzLabelMatchers: the hand-written label matchers answer as their
// regexps do on any line.
func FuzzLabelMatchers(f *testing.F) {
	for _, s := range labelSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isLabelOnly(s), labelOnlyRe.MatchString(s); got != want {
			t.Errorf("isLabelOnly(%q) = %v, the regexp %v", s, got, want)
		}
		if got, want := isLabelValue(s), labelValueRe.MatchString(s); got != want {
			t.Errorf("isLabelValue(%q) = %v, the regexp %v", s, got, want)
		}
	})
}
