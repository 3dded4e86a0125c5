package ahocorasick

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// foundHits is what Find calls found with when it stops after the n-th
// occurrence (never, for n < 0), and whether it stopped.
func foundHits(a *Automaton, s string, n int) ([]hit, bool) {
	var out []hit
	stopped := a.Find(s, func(id int32, start, end int) bool {
		out = append(out, hit{id, start, end})
		return len(out) == n
	})
	return out, stopped
}

// TestFind: Find calls found with Scan's occurrences in Scan's order, and
// stops at the one it is told to, in a 16-bit table and a 32-bit one.
func TestFind(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	check := func(a *Automaton, pats []string, s string) {
		t.Helper()
		want := scanHits(a, s)
		if got, stopped := foundHits(a, s, -1); !slices.Equal(got, want) || stopped {
			t.Fatalf("patterns %q in %q:\ngot %v (stopped %v)\nwant %v", pats, s, got, stopped, want)
		}
		if len(want) == 0 {
			return
		}
		n := 1 + r.IntN(len(want))
		if got, stopped := foundHits(a, s, n); !slices.Equal(got, want[:n]) || !stopped {
			t.Fatalf("patterns %q in %q, stop at %d:\ngot %v (stopped %v)\nwant %v", pats, s, n, got, stopped, want[:n])
		}
	}
	for range 500 {
		pats, s := randomCase(r, 6, 200, 10, 3000)
		check(New(pats), pats, s)
	}
	big := randomWords(r, 20000)
	a := New(big)
	if a.next16 != nil {
		t.Fatal("want a 32-bit table")
	}
	check(a, big[:3], big[5]+" "+big[17]+"x"+big[5])
}
