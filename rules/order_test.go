package rules

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestAlternativeOrder holds the alternatives whose literals must stand in
// order (alternative.order), and their lazy expressions (compileTested),
// to the plain greedy expression, on texts made of their literals in and
// out of order, with and without full stops and word characters between.
func TestAlternativeOrder(t *testing.T) {
	conds, _ := packMatchers(t)
	rng := rand.New(rand.NewPCG(14, 1))
	seps := []string{" ", "", ". ", " x ", ", ", "ä", ": ", "\n"}
	tested, matched := 0, 0
	seen := map[string]bool{}
	for _, m := range conds {
		var rest []string
		for _, alt := range splitAlternatives(m.expr) {
			if _, ok := plainText(alt); !ok {
				rest = append(rest, alt)
			}
		}
		for k := range m.alts {
			a := &m.alts[k]
			if a.order == nil || seen[rest[k]] {
				continue
			}
			seen[rest[k]] = true
			plain, err := compileAnyBoundary(rest[k])
			if err != nil {
				t.Fatal(err)
			}
			for range 300 {
				parts := make([]string, len(a.order))
				for i, lits := range a.order {
					parts[i] = lits[rng.IntN(len(lits))]
				}
				if rng.IntN(3) == 0 {
					rng.Shuffle(len(parts), func(i, j int) { parts[i], parts[j] = parts[j], parts[i] })
				}
				if rng.IntN(4) == 0 {
					parts = parts[:rng.IntN(len(parts))]
				}
				var b strings.Builder
				for _, p := range parts {
					b.WriteString(seps[rng.IntN(len(seps))])
					b.WriteString(p)
					if rng.IntN(2) == 0 {
						b.WriteString(seps[rng.IntN(len(seps))])
					}
				}
				s := b.String()
				want := plain.MatchString(s)
				if got := a.match(s); got != want {
					t.Fatalf("%q in %q: %v, the plain expression %v", rest[k], s, got, want)
				}
				tested++
				if want {
					matched++
				}
			}
		}
	}
	if tested == 0 || matched == 0 || matched == tested {
		t.Fatalf("%d texts, %d matched: the test does not tell", tested, matched)
	}
	t.Logf("%d alternatives, %d texts, %d matched", len(seen), tested, matched)
}
