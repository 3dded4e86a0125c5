package ahocorasick

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

type hit struct {
	id         int32
	start, end int
}

// bruteHits finds every occurrence of every pattern with strings.Index.
func bruteHits(pats []string, s string) []hit {
	var out []hit
	for id, p := range pats {
		if p == "" {
			continue
		}
		for at := 0; ; at++ {
			k := strings.Index(s[at:], p)
			if k < 0 {
				break
			}
			at += k
			out = append(out, hit{int32(id), at, at + len(p)})
		}
	}
	return out
}

func scanHits(a *Automaton, s string) []hit {
	var out []hit
	a.Scan(s, func(id int32, start, end int) { out = append(out, hit{id, start, end}) })
	return out
}

func sortHits(hs []hit) []hit {
	slices.SortFunc(hs, func(a, b hit) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return int(a.id - b.id)
	})
	return hs
}

// TestFindsAll: the automaton finds exactly what strings.Index
// finds, overlapping and nested occurrences included.
func TestFindsAll(t *testing.T) {
	pats := []string{"he", "she", "his", "hers", "e", "", "hers", "ä", "\xff", "sh"}
	s := "ushers shä his hershe\xff"
	a := New(pats)
	if got, want := sortHits(scanHits(a, s)), sortHits(bruteHits(pats, s)); !slices.Equal(got, want) {
		t.Fatalf("got %v\nwant %v", got, want)
	}
	if hs := scanHits(New(nil), s); hs != nil {
		t.Errorf("no patterns: %v", hs)
	}

	// Random patterns and texts over a small alphabet, where patterns
	// overlap and share suffixes often.
	r := rand.New(rand.NewPCG(1, 2))
	for range 300 {
		pats, s := randomCase(r, 5, 200, 4, twoChains+r.IntN(3000)) // a quarter long enough for two chains
		if got, want := sortHits(scanHits(New(pats), s)), sortHits(bruteHits(pats, s)); !slices.Equal(got, want) {
			t.Fatalf("patterns %q in %q:\ngot %v\nwant %v", pats, s, got, want)
		}
	}
}

// TestLargeAutomaton: an automaton of more states than 16 bits number
// keeps its 32-bit table and finds the same as a small one does.
func TestLargeAutomaton(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	pats := randomWords(r, 20000)
	a := New(pats)
	if a.next16 != nil {
		t.Fatalf("%d states in a 16-bit table", len(a.next)/a.stride)
	}
	small := New(pats[:100])
	if small.next16 == nil {
		t.Fatal("a small automaton has no 16-bit table")
	}
	b := make([]byte, 3000)
	for i := range b {
		b[i] = "abcdefghijklmnopqrstuvwxyz "[r.IntN(27)]
	}
	s := string(b) + pats[7] + pats[19999]
	if got, want := sortHits(scanHits(a, s)), sortHits(bruteHits(pats, s)); !slices.Equal(got, want) || len(got) < 2 {
		t.Fatalf("got %d hits, want %d", len(got), len(want))
	}
	if got, want := sortHits(scanHits(small, s)), sortHits(bruteHits(pats[:100], s)); !slices.Equal(got, want) {
		t.Fatalf("small: got %v, want %v", got, want)
	}
}

// TestTwoChainsAtTheHalf: a long text's hits around its half, where the
// second chain takes over, are each found once, in the order of their ends.
func TestTwoChainsAtTheHalf(t *testing.T) {
	pats := []string{"abcdefgh", "defg", "h", "gha", "zz"}
	a := New(pats)
	for n := twoChains; n < twoChains+40; n++ {
		b := []byte(strings.Repeat("z", n))
		for at := n/2 - 10; at < n/2+2; at += 3 {
			copy(b[at:], "abcdefgha")
		}
		s := string(b)
		got := scanHits(a, s)
		if !slices.IsSortedFunc(got, func(x, y hit) int { return x.end - y.end }) {
			t.Fatalf("n=%d: hits not in the order of their ends: %v", n, got)
		}
		if want := sortHits(bruteHits(pats, s)); !slices.Equal(sortHits(got), want) {
			t.Fatalf("n=%d:\ngot %v\nwant %v", n, got, want)
		}
	}
}

// appendedHits is AppendHits over s, in windows of the given sizes (the
// last one repeated).
func appendedHits(a *Automaton, s string, windows ...int) []hit {
	if len(windows) == 0 {
		windows = []int{len(s)}
	}
	var hs []Hit
	for from, k := 0, 0; from < len(s); k = min(k+1, len(windows)-1) {
		to := min(from+max(windows[k], 1), len(s))
		hs = a.AppendHits(hs, s, from, to)
		from = to
	}
	var out []hit
	for _, h := range hs {
		out = append(out, hit{h.ID, h.Start, h.End})
	}
	return out
}

// TestAppendHits: AppendHits finds what Scan finds, in the same order,
// with one chain and with four, around the quarters where chains take
// over, a text read whole or in windows, and in a 32-bit table.
func TestAppendHits(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for range 300 {
		pats, s := randomCase(r, 8, 300, 2, fourChains+r.IntN(5000)) // half long enough for four chains
		a := New(pats)
		want := scanHits(a, s)
		if got := appendedHits(a, s); !slices.Equal(got, want) {
			t.Fatalf("patterns %q in %q:\ngot %v\nwant %v", pats, s, got, want)
		}
		windows := []int{r.IntN(10), r.IntN(2000), r.IntN(3000)}
		if got := appendedHits(a, s, windows...); !slices.Equal(got, want) {
			t.Fatalf("patterns %q in %q, windows %v:\ngot %v\nwant %v", pats, s, windows, got, want)
		}
	}
	pats := []string{"abcdefgh", "defg", "h", "gha", "zz", strings.Repeat("y", 40)}
	a := New(pats)
	for n := fourChains; n < fourChains+2*block+40; n++ {
		b := []byte(strings.Repeat("z", n))
		for c := 1; c < 4; c++ {
			for at := c*(n/4) - 10; at < c*(n/4)+2; at += 3 {
				copy(b[at:], "abcdefgha")
			}
		}
		copy(b[len(b)-41:], strings.Repeat("y", 41))
		s := string(b)
		if got, want := appendedHits(a, s), scanHits(a, s); !slices.Equal(got, want) {
			t.Fatalf("n=%d:\ngot %v\nwant %v", n, got, want)
		}
	}
	big := randomWords(r, 20000)
	s := strings.Repeat(big[5]+" "+big[17]+"x", 300)
	if a := New(big); a.next16 != nil || !slices.Equal(appendedHits(a, s), scanHits(a, s)) || !slices.Equal(appendedHits(a, s, 1, 100, 1000), scanHits(a, s)) {
		t.Fatal("32-bit table: AppendHits differs from Scan")
	}
}

// randomCase is 1 to 20 random patterns of 1 to maxPat bytes and a text
// of fewer than maxText bytes, or, once in every, of long bytes, over a
// small alphabet where patterns overlap and share suffixes often.
func randomCase(r *rand.Rand, maxPat, maxText, every, long int) (pats []string, s string) {
	word := func(n int) string { return randomText(r, n, "abcä ") }
	pats = make([]string, 1+r.IntN(20))
	for i := range pats {
		pats[i] = word(1 + r.IntN(maxPat))
	}
	s = word(r.IntN(maxText))
	if r.IntN(every) == 0 {
		s = word(long)
	}
	return pats, s
}

// randomText is n bytes drawn from alphabet's bytes.
func randomText(r *rand.Rand, n int, alphabet string) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[r.IntN(len(alphabet))]
	}
	return string(b)
}

// randomWords is n words of six lower-case ASCII letters: more patterns
// than a 16-bit table numbers the states of.
func randomWords(r *rand.Rand, n int) []string {
	words := make([]string, n)
	for i := range words {
		words[i] = randomText(r, 6, "abcdefghijklmnopqrstuvwxyz")
	}
	return words
}
