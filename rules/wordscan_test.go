package rules

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/internal/gen"
)

// unscanned returns m with its word alternatives looked for one by one,
// as without a wordScan.
func unscanned(m *condition) *condition {
	plain := *m
	plain.scan = nil
	plain.alts = make([]alternative, len(m.alts))
	copy(plain.alts, m.alts)
	for i := range plain.alts {
		plain.alts[i].scanned = false
	}
	return &plain
}

// scannedConditions returns the pack's conditions and the denial cues that
// have a wordScan.
func scannedConditions(t testing.TB) []*condition {
	conds, _ := packMatchers(t)
	var out []*condition
	for _, m := range append(conds, denialCue()) {
		if m.scan != nil {
			out = append(out, m)
		}
	}
	if len(out) == 0 {
		t.Fatal("no condition has a wordScan")
	}
	return out
}

// TestWordScan: a condition whose word alternatives are found in one
// automaton pass answers what it answers looking for them one by one, in
// every sentence of the test notices and of generated ones, and at the
// words' boundaries.
func TestWordScan(t *testing.T) {
	conds := scannedConditions(t)
	var texts []string
	names, err := filepath.Glob("../testdata/notices/*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("no notices: %v", err)
	}
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.ToLower(string(data)))
	}
	for _, n := range gen.Generate(40, 7) {
		texts = append(texts, strings.ToLower(string(n.Content)))
	}
	// Each word of each scanned alternative at a text's start and end,
	// inside a word, after a letter, before a letter and between spaces.
	for _, m := range conds {
		for _, a := range m.alts {
			if !a.scanned {
				continue
			}
			for _, w := range a.words {
				texts = append(texts, w, "x"+w, w+"x", "ä"+w+"ö", " "+w+" ", "1"+w+"_", "-"+w+".", w[:len(w)-1])
			}
		}
	}
	p := newPrefilter()
	for _, m := range conds {
		plain := unscanned(m)
		for _, text := range texts {
			for _, se := range append(sentences(text), [2]int{0, len(text)}) {
				s := text[se[0]:se[1]]
				sameAsOneByOne(t, m, plain, s, litsOf(p, s))
			}
		}
	}
}

// sameAsOneByOne fails t unless condition m (its words scanned) answers
// for s what plain (the same condition, its words searched one by one)
// does.
func sameAsOneByOne(t *testing.T, m, plain *condition, s string, lits litSet) {
	t.Helper()
	if got, want := m.matchIn(s, lits), plain.matchIn(s, lits); got != want {
		t.Fatalf("%q in %q: matchIn %v, one by one %v", m.expr, s, got, want)
	}
	if got, want := m.MatchString(s), plain.MatchString(s); got != want {
		t.Fatalf("%q in %q: MatchString %v, one by one %v", m.expr, s, got, want)
	}
}

// FuzzWordScan is TestWordScan on any text.
func FuzzWordScan(f *testing.F) {
	conds := scannedConditions(f)
	for i, s := range []string{"we do not provide", "ei ole oikeutta", "du har inte rätt", "12 kk", "2 år", "you can request"} {
		f.Add(s, uint8(i))
	}
	p := newPrefilter()
	f.Fuzz(func(t *testing.T, s string, which uint8) {
		if len(s) > maxFuzzText {
			s = s[:maxFuzzText]
		}
		s = strings.ToLower(s)
		m := conds[int(which)%len(conds)]
		plain := unscanned(m)
		sameAsOneByOne(t, m, plain, s, litsOf(p, s))
	})
}

// TestHasByteIn: the eight-bytes-at-a-time test answers what a loop over
// the bytes does, for every range of ASCII bytes and random texts.
func TestHasByteIn(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		lo := byte(1 + r.IntN(127))
		hi := lo + byte(r.IntN(int(0x80-lo)))
		b := make([]byte, r.IntN(40))
		for i := range b {
			switch r.IntN(4) {
			case 0:
				b[i] = byte(r.IntN(256))
			case 1:
				b[i] = lo + byte(r.IntN(int(hi-lo)+1))
			default:
				b[i] = byte(r.IntN(0x80))
			}
		}
		s := string(b)
		want := false
		for i := 0; i < len(s); i++ {
			want = want || lo <= s[i] && s[i] <= hi
		}
		if got := hasByteIn(s, lo, hi); got != want {
			t.Fatalf("%q in [%#x, %#x]: %v, want %v", s, lo, hi, got, want)
		}
	}
	var set [256]bool
	for b := '0'; b <= '9'; b++ {
		set[b] = true
	}
	if lo, hi := byteRange(&set); lo != '0' || hi != '9' {
		t.Errorf(`byteRange(\d) = %q, %q`, lo, hi)
	}
	set['a'] = true
	if _, hi := byteRange(&set); hi != 0 {
		t.Error("byteRange of digits and a: a range")
	}
}
