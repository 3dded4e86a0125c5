package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

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
		want := new(matchCopy)
		normalizeNFC(want, nil, s, nil)
		got := normalize(s, nil)
		if got.lower != want.lower || !slices.Equal(got.lowerMap, want.lowerMap) {
			t.Errorf("normalize(%q) = %q %v, want %q %v", s, got.lower, got.lowerMap, want.lower, want.lowerMap)
		}
		if norm.NFC.IsNormalString(s) {
			t.Errorf("%q is in NFC: not a case for this test", s)
		}
	}
	// Texts in NFC keep their bytes (no map while they line up).
	for _, s := range []string{"", "abc", "Säilytysaika €5 ÄÖÅ"} {
		if got := normalize(s, nil); len(got.lower) != len(s) || got.lowerMap != nil || got.drift != nil {
			t.Errorf("normalize(%q) = %q %v", s, got.lower, got.lowerMap)
		}
	}
}

// TestPlainLower: the bytes copied as they are but for their case are
// ASCII but LF, CR and the control characters bar TAB, VT and FF;
// normalize lower-cases the letters and keeps the rest.
func TestPlainLower(t *testing.T) {
	n := 0
	for c := range 256 {
		control := c < 0x20 && c != '\t' && c != '\v' && c != '\f' || c == 0x7f
		want := byte(0)
		if c < 0x80 && c != '\n' && c != '\r' && !control {
			want = byte(unicode.ToLower(rune(c)))
			n++
		}
		if plainLower[c] != want {
			t.Errorf("plainLower[%#x] = %#x, want %#x", c, plainLower[c], want)
		}
	}
	if n != 128-2-(32-5+1) {
		t.Errorf("%d bytes copied", n)
	}
	// A map is kept from the first dropped character on, through ASCII runs.
	got := normalize("AB\u00adcd Ef\n", nil)
	if m := byteMap(got, "AB\u00adcd Ef\n"); got.lower != "abcd ef\n" || !slices.Equal(m, []int32{0, 1, 4, 5, 6, 7, 8, 9}) {
		t.Errorf("normalize = %q %v", got.lower, m)
	}
}

// normalizePlain is normalize without its fast paths, character by
// character: what normalize must give, map included (nil until the copy
// and the source stop lining up byte for byte).
func normalizePlain(s string) *matchCopy {
	if !norm.NFC.IsNormalString(s) {
		c := new(matchCopy)
		normalizeNFC(c, nil, s, nil)
		return &matchCopy{lower: c.lower, lowerMap: c.lowerMap, bad: hasBadChar(s)}
	}
	var out []byte
	var m []int32
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		o, keep := fold(r)
		switch {
		case (r == '\n' || r == '\r') && wrapped(s, i):
			o = ' '
		case r < utf8.RuneSelf && r != '\n' && r != '\r':
			o = unicode.ToLower(r) // ASCII is copied but for its capitals, TAB, VT and FF too
		}
		if m == nil && (!keep || utf8.RuneLen(o) != size) {
			m = make([]int32, len(out))
			for k := range m {
				m[k] = int32(k)
			}
		}
		if keep {
			n := len(out)
			out = utf8.AppendRune(out, o)
			for ; m != nil && n < len(out); n++ {
				m = append(m, int32(i))
			}
		}
		i += size
	}
	return &matchCopy{lower: string(out), lowerMap: m, bad: hasBadChar(s)}
}

// checkNormalize compares normalize with normalizePlain, and
// normalizeInto too, into a buffer that holds another copy already.
func checkNormalize(t *testing.T, s string) {
	t.Helper()
	want := normalizePlain(s)
	var into matchCopy
	b := copyBuf{text: []byte("before"), drift: []drift{{1, 2}}}
	normalizeInto(&into, &b, s, nil)
	if string(b.text) != "before"+want.lower || b.drift[0] != (drift{1, 2}) {
		t.Errorf("normalizeInto(%q) left %q %v in the buffer, want %q", s, b.text, b.drift, "before"+want.lower)
	}
	for _, got := range []*matchCopy{normalize(s, nil), &into} {
		m := byteMap(got, s)
		if got.lower != want.lower || !slices.Equal(m, want.lowerMap) || (m == nil) != (want.lowerMap == nil) || got.bad != want.bad {
			t.Errorf("normalize(%q) = %q %v bad=%v, want %q %v bad=%v", s, got.lower, m, got.bad, want.lower, want.lowerMap, want.bad)
		}
	}
}

// byteMap is LowerToText of each byte of c.lower, c being the copy of s;
// nil when the two line up byte for byte.
func byteMap(c *matchCopy, s string) []int32 {
	if c.drift == nil && c.lowerMap == nil {
		return nil
	}
	t := Text{S: s, norm: c}
	m := make([]int32, len(c.lower))
	for k := range m {
		m[k] = int32(t.LowerToText(k))
	}
	return m
}

// TestNormalizeLatin1: the Latin-1 letters' fast path lower-cases each as
// fold does, and keeps × and ÷.
func TestNormalizeLatin1(t *testing.T) {
	for r := rune(0x80); r < 0x100; r++ {
		checkNormalize(t, "x"+string(r)+"y")
		checkNormalize(t, string(r))
	}
	checkNormalize(t, "\u00adÄÖ\x01Å \ue000 \ufffd Örjan\nöljy")
}

// TestNormalizeDrift: after a character that changes its length, each
// byte of the copy leads back to where its character starts, whatever
// path copied it (ASCII words, Latin-1 letters, others decoded).
func TestNormalizeDrift(t *testing.T) {
	for _, s := range []string{
		"Tietosuoja\u00a0– rekisterin ÄÖ tiedot ”x” \u023a\u023a ä\u00ad\u00adÖ end",
		"\u00adalku", "\u2013", "a\u00a0ä", "\u023aÄbcdefghijklmnopqrstuvwxyzä",
		strings.Repeat("\u023a", 40) + "Ä x", // each a byte longer lower-cased: the copy outgrows its room
	} {
		checkNormalize(t, s)
	}
}

// TestNormalizeWords: each byte, at each place of an eight-byte word and
// after one, goes the way normalizePlain takes it.
func TestNormalizeWords(t *testing.T) {
	for c := range 256 {
		for at := range 9 {
			b := []byte("AZaz@[`{ ~Tietosuoja")
			b[at] = byte(c)
			checkNormalize(t, string(b))
		}
	}
}

// FuzzNormalize: normalize's fast paths (ASCII runs, Latin-1 letters, the
// bad-character test folded in) give what normalizePlain gives.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"", "Säilytysaika ÄÖÅ äöå ×÷ ß", "AB\u00adcd Ef\n", "a\x00b\x7f", "\xc3\x28 \xc3", "henkilo\u0308tieto", "rivi\r\n- kohta\nja", "\ue000\ufffd\u0085", "Ä\u00a0äö – ”x” \u023a ä\u00ad\u00adÖ\u2028"} {
		f.Add(s)
	}
	f.Fuzz(checkNormalize)
}

// TestNormalizeLineBreaks: a line break is copied as wrapped reads the
// line after it, wherever the break stands in copyPlain's stretches of
// stopBytes bytes, the line after it in the next stretch too.
func TestNormalizeLineBreaks(t *testing.T) {
	for _, next := range []string{"jatkuu", "- kohta", "\n", "\r\nja", " \u00a0x", "", "  ", "\tä"} {
		for _, br := range []string{"\n", "\r", "\r\n"} {
			for p := 0; p < 2*stopBytes+4; p++ {
				if p > 8 && p < stopBytes-8 || p > stopBytes+8 && p < 2*stopBytes-8 {
					continue
				}
				checkNormalize(t, strings.Repeat("a", p)+br+next)
				checkNormalize(t, strings.Repeat("ä", p/2)+br+next)
			}
		}
	}
}
