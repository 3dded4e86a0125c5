package ahocorasick

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestBinaryRoundTrip: an automaton read from its binary form finds what
// the built one finds, read in place or from an unaligned copy.
func TestBinaryRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	word := func(n int) string { return randomText(r, n, "abcä .\xff") }
	for range 200 {
		pats := make([]string, r.IntN(30))
		for i := range pats {
			pats[i] = word(r.IntN(6))
		}
		built := New(pats)
		data, err := built.AppendBinary(nil)
		if err != nil {
			t.Fatal(err)
		}
		// In place, and from an odd address (a copy).
		for _, form := range []string{string(data), (" " + string(data))[1:]} {
			read, err := FromBinary(form)
			if err == nil {
				err = read.Verify()
			}
			if err != nil {
				t.Fatal(err)
			}
			s := word(r.IntN(300))
			if got, want := scanHits(read, s), scanHits(built, s); !slices.Equal(got, want) {
				t.Fatalf("patterns %q in %q:\nread %v\nbuilt %v", pats, s, got, want)
			}
		}
	}
}

// TestBinaryRefused: a form cut short, lengthened or with an entry out of
// range is refused, not read.
func TestBinaryRefused(t *testing.T) {
	data, err := New([]string{"he", "she", "hers"}).AppendBinary(nil)
	if err != nil {
		t.Fatal(err)
	}
	bad := map[string]string{
		"empty":  "",
		"magic":  "NLAC1\n\x00\x00" + string(data[8:]),
		"cut":    string(data[:len(data)-1]),
		"longer": string(data) + "\x00",
		"transition": func() string {
			b := slices.Clone(data)
			b[headerSize+2*256] = 0xff // the root's first entry: state 65,535
			b[headerSize+2*256+1] = 0xff
			return string(b)
		}(),
		"class": func() string {
			b := slices.Clone(data)
			b[headerSize] = 0xff
			return string(b)
		}(),
	}
	for name, s := range bad {
		if a, err := FromBinary(s); err == nil && a.Verify() == nil {
			t.Errorf("%s: read", name)
		}
	}
	if a, err := FromBinary(string(data)); err != nil || a.Verify() != nil {
		t.Errorf("a good form refused: %v", err)
	}
	large := make([]string, 20000)
	for i := range large {
		b := make([]byte, 6)
		for j := range b {
			b[j] = byte('a' + rand.IntN(26))
		}
		large[i] = string(b)
	}
	if a := New(large); a.next16 != nil {
		t.Fatal("20,000 patterns in a 16-bit table")
	} else if _, err := a.AppendBinary(nil); err == nil {
		t.Error("an automaton with a 32-bit table wrote a binary form")
	}
}

// FuzzFromBinary: no data makes FromBinary or a scan of what it accepts
// panic or read out of bounds.
func FuzzFromBinary(f *testing.F) {
	for _, pats := range [][]string{nil, {"he", "she", "his", "hers"}, {"ä", "\xff", "a b"}} {
		data, err := New(pats).AppendBinary(nil)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, "ushers shä his hers")
		f.Add(data, strings.Repeat("ushers shä his hers ", 40)) // two chains
	}
	f.Fuzz(func(t *testing.T, data []byte, text string) {
		a, err := FromBinary(string(data))
		if err != nil || a.Verify() != nil {
			return
		}
		a.Scan(text, func(id int32, start, end int) {
			if int(id) >= len(a.lens) || end > len(text) {
				t.Fatalf("hit %d [%d,%d) in %d bytes", id, start, end, len(text))
			}
		})
	})
}
