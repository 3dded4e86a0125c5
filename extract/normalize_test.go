package extract

import (
	"slices"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestNFCStable: every character nfcStable admits is a starter that NFC
// keeps alone and after a letter, so a text of them needs no NFC check.
func TestNFCStable(t *testing.T) {
	for r := rune(0); r <= 0x10ffff; r++ {
		if !nfcStable(r) {
			continue
		}
		p := norm.NFC.PropertiesString(string(r))
		if !p.BoundaryBefore() || p.CCC() != 0 || !norm.NFC.IsNormalString(string(r)) || !norm.NFC.IsNormalString("a"+string(r)+"b") {
			t.Errorf("%U is not NFC-stable", r)
		}
	}
	for _, r := range []rune{0x300, 0x308, 0x2000, 0x2001, 0x20d0, 0x2126, 0xfffd} {
		if nfcStable(r) {
			t.Errorf("nfcStable(%U) = true", r)
		}
	}
}

// TestNormalizeChecksNFC: a text that is not in NFC is composed wherever
// its first doubtful character stands, as normalizeNFC does it.
func TestNormalizeChecksNFC(t *testing.T) {
	for _, s := range []string{
		"henkilo\u0308tietolaki",
		"Tietosuoja – ”rekisteri” ÄÖÅ henkilo\u0308tietolaki",
		"A\u2000B", "Ohm \u2126", "bad \xff byte e\u0301",
	} {
		got, want := normalize(s, nil), normalizeNFC(s, nil)
		if got.lower != want.lower || !slices.Equal(got.lowerMap, want.lowerMap) {
			t.Errorf("normalize(%q) = %q %v, want %q %v", s, got.lower, got.lowerMap, want.lower, want.lowerMap)
		}
		if norm.NFC.IsNormalString(s) {
			t.Errorf("%q is in NFC: not a case for this test", s)
		}
	}
	// Texts in NFC keep their bytes (no map while they line up).
	for _, s := range []string{"", "abc", "Säilytysaika €5 ÄÖÅ"} {
		if got := normalize(s, nil); len(got.lower) != len(s) || got.lowerMap != nil {
			t.Errorf("normalize(%q) = %q %v", s, got.lower, got.lowerMap)
		}
	}
}

// TestCopiedASCII: the bytes copied as they are are ASCII but A-Z, LF
// and CR; normalize lower-cases the letters and keeps the rest.
func TestCopiedASCII(t *testing.T) {
	n := 0
	for c := range 256 {
		want := c < 0x80 && (c < 'A' || c > 'Z') && c != '\n' && c != '\r'
		if copiedASCII[c] != want {
			t.Errorf("copiedASCII[%#x] = %v, want %v", c, copiedASCII[c], want)
		}
		if want {
			n++
		}
	}
	if n != 128-26-2 {
		t.Errorf("%d bytes copied", n)
	}
	// A map is kept from the first dropped character on, through ASCII runs.
	got := normalize("AB\u00adcd Ef\n", nil)
	if got.lower != "abcd ef\n" || !slices.Equal(got.lowerMap, []int32{0, 1, 4, 5, 6, 7, 8, 9}) {
		t.Errorf("normalize = %q %v", got.lower, got.lowerMap)
	}
}
