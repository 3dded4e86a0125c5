package rules

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestAfterBoundaryMatchesWhole: for every pack alternative that starts
// with \b, matching its body alone answers what its whole expression does,
// on every sample and seed notice, whole and sentence by sentence, and on
// texts made to trip the fast path (a match inside a word, at the start,
// after characters that are not UTF-8, more misses than it skips).
func TestAfterBoundaryMatchesWhole(t *testing.T) {
	texts := fastPathTexts(t)
	conds, _ := packMatchers(t)
	tested, fast := 0, 0
	for _, c := range conds {
		for i := range c.alts {
			a := &c.alts[i]
			if a.body == nil || a.body() == nil {
				continue
			}
			tested++
			// The body's own matches, put inside words, at the start, and
			// after a byte that is not UTF-8.
			var tricky []string
			for _, s := range texts {
				if loc := a.body().FindStringIndex(s); loc != nil {
					m := s[loc[0]:loc[1]]
					tricky = append(tricky, m, "x"+m, "ä"+m+" "+m, strings.Repeat("x"+m, maxBoundaryMisses)+" "+m,
						strings.Repeat("x"+m, maxBoundaryMisses+1), "\xff"+m, " \xff"+m, "1"+m, "_"+m, "-"+m)
					break
				}
			}
			for _, s := range slices.Concat(texts, tricky) {
				want := a.re().MatchString(s)
				got, ok := matchAfterBoundary(a.body(), s)
				if ok {
					fast++
				}
				if ok && got != want {
					t.Errorf("%q in %q: the body alone says %v, the expression %v", a.re(), s, got, want)
				}
				if a.match(s) != want {
					t.Errorf("%q in %q: match says %v, the expression %v", a.re(), s, !want, want)
				}
			}
		}
	}
	if tested == 0 || fast == 0 {
		t.Fatalf("%d alternatives start with \\b, %d answers from their bodies: the fast path is not tested", tested, fast)
	}
}

// TestStartsWithCharacter: a body whose match may start with an assertion
// or match nothing is not matched alone.
func TestStartsWithCharacter(t *testing.T) {
	for expr, want := range map[string]bool{
		`antaminen[^.]*on`:        true,
		`(?:ei|eivät) ole`:        true,
		`\d{5}\s+\p{L}`:           true,
		`(?:x*)y`:                 true,
		`(?:^|$|[^\p{L}])foo`:     false,
		`(?:foo|^bar)`:            false,
		`x*`:                      false,
		`(?:a|)b`:                 true,
		`(?:a|)`:                  false,
		`$`:                       false,
		`(?:foo)?(?:^|$|[^\pL])b`: false,
	} {
		if got := startsWithCharacter(expr); got != want {
			t.Errorf("startsWithCharacter(%q) = %v, want %v", expr, got, want)
		}
	}
}

// fastPathTexts are the texts a fast path is held to its expression on:
// the pack's samples and the seed notices, lower-cased, whole and
// sentence by sentence.
func fastPathTexts(t *testing.T) []string {
	t.Helper()
	var texts []string
	for _, r := range loadPack(t) {
		for _, s := range slices.Concat(r.Samples.Fire, r.Samples.Quiet) {
			texts = append(texts, strings.ToLower(s.Text))
		}
	}
	notices, err := filepath.Glob("../testdata/notices/*.txt")
	if err != nil || len(notices) == 0 {
		t.Fatalf("no notices: %v", err)
	}
	for _, name := range notices {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.ToLower(string(data)))
	}
	for _, s := range slices.Clone(texts) {
		for _, se := range sentences(s) {
			texts = append(texts, s[se[0]:se[1]])
		}
	}
	return texts
}
