package extract

import (
	"strings"
	"testing"
)

// lowerCases are lines for the lower-casing tests: ASCII with and without
// capitals, Finnish and Swedish letters, characters whose lower case is
// longer or shorter in UTF-8, invalid bytes, and lines too long to lower
// into the buffer.
var lowerCases = []string{
	"", "tietosuojaseloste", "Tietosuojaseloste", "REKISTERIN NIMI", "Henkilötietojen Säilytysaika",
	"ÅÄÖ åäö ÆØ", "Esimerkki Oy", "Exempel AB:n", "Oy Esimerkki", "Example Ltd.", "oy", "x oyj", "\u023a\u023e", "\u1e9e \u2126 \u212a \u212b \u0130", "X\xff\xfeY", "\xc3", "ABC\xe2\x82",
	strings.Repeat("Ä", lowerRoom/6), strings.Repeat("Ä", lowerRoom/6+1), strings.Repeat("\xff", lowerRoom/3),
	strings.Repeat("A", lowerRoom), strings.Repeat("\u023a", lowerRoom/6),
}

func TestLowerIn(t *testing.T) {
	for _, s := range lowerCases {
		checkLower(t, s)
	}
}

func checkLower(t *testing.T, s string) {
	t.Helper()
	var buf [lowerRoom]byte
	want := strings.ToLower(s)
	if got := lowerIn(&buf, s); got != want {
		t.Errorf("lowerIn(%q) = %q, want %q", s, got, want)
	}
	if got := string(appendLower([]byte("x"), s)); got != "x"+want {
		t.Errorf("appendLower(x, %q) = %q, want %q", s, got, "x"+want)
	}
	if got, plain := isCompanyName(want), isCompanyNamePlain(want); got != plain {
		t.Errorf("isCompanyName(%q) = %v, want %v", want, got, plain)
	}
}

// isCompanyNamePlain is isCompanyName as first written, over letterWords.
func isCompanyNamePlain(lower string) bool {
	for w := range letterWords(lower) {
		if companyForms[w] {
			return true
		}
	}
	return false
}

// FuzzLowerIn: lowerIn and appendLower give what strings.ToLower gives,
// and isCompanyName what it gave over letterWords.
func FuzzLowerIn(f *testing.F) {
	for _, s := range lowerCases {
		f.Add(s)
	}
	f.Fuzz(checkLower)
}

// TestLowerInAllocates nothing for a line that fits its buffer.
func TestLowerInAllocates(t *testing.T) {
	s := "Henkilötietojen Säilytysaika"
	var buf [lowerRoom]byte
	if n := testing.AllocsPerRun(100, func() { _ = lowerIn(&buf, s) }); n != 0 {
		t.Errorf("lowerIn allocates %v times", n)
	}
	if n := testing.AllocsPerRun(100, func() { _, _ = headingText(s) }); n != 0 {
		t.Errorf("headingText allocates %v times", n)
	}
	if n := testing.AllocsPerRun(100, func() { _ = isTitleText("Asiakasrekisterin Tietosuojaseloste") }); n != 0 {
		t.Errorf("isTitleText allocates %v times", n)
	}
}
