package rules

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
)

func TestDotSplitOf(t *testing.T) {
	for _, tc := range []struct {
		expr string
		ok   bool
	}{
		{`oikeutet\p{L}* (?:edun|etu\p{L}*)[^.]*(?:\bon\b|kuten|t\.ex\.|:)`, true},
		{`legitimate interests?[^.]*(?:\bis\b|to (?:keep|run))`, true},
		{`a[^.]*(?:b)`, true},
		{`\ba[^.]*(?:b)`, false},     // an assertion in the head
		{`a.b[^.]*(?:c)`, false},     // the head may match a '.'
		{`a\.b[^.]*(?:c)`, false},    // ... or holds one
		{`a[^,]b[^.]*(?:c)`, false},  // ... in a class
		{`(?i)a[^.]*(?:b)`, false},   // flags that reach the words
		{`a[^.]*(?:b\bc)`, false},    // a \b inside a word
		{`a[^.]*(?:b\p{L}*)`, false}, // not a few strings
		{`a[^.]*(?:b)c`, true},       // a sequence
		{`a[^.]*till (?:en annan|ett annat)`, true},
		{`a[^.]*b[^.]*(?:c|d)`, true}, // cut at the last
		{`a[^.]*`, false},             // no words
		{`a[^.]*(?:b|c)?`, false},     // an empty word
		{`a[^.]*?b`, false},           // not [^.]* alone
		{`a[^.]*b+`, false},           // not a few strings
		{`a[^.]*(?:b)|(?:c)`, false},  // an alternation
		{`a[^.]*(?:b)(?:c)`, true},    // a sequence of groups
		{`a[^.]*(?:b)|(?:c)(?:d)`, false},
		{`(a[^.]*(?:b))`, false},        // inside a group
		{`a[^.]*(?:(b))`, false},        // a capture
		{`[^.]*(?:b)`, false},           // no head
		{`a[^.]*(?:b|\bc\b|d\b)`, true}, // words with their own boundaries
	} {
		split := dotSplitOf(tc.expr)
		if got := split != nil && split() != nil; got != tc.ok {
			t.Errorf("%q: split %v, want %v", tc.expr, got, tc.ok)
		}
	}
}

// packSplits returns the pack's alternatives that are cut at their [^.]*.
func packSplits(t testing.TB) []*alternative {
	conds, _ := packMatchers(t)
	var out []*alternative
	seen := map[*alternative]bool{}
	for _, c := range conds {
		for i := range c.alts {
			a := &c.alts[i]
			if a.split != nil && a.split() != nil && !seen[a] {
				seen[a] = true
				out = append(out, a)
			}
		}
	}
	return out
}

// TestDotSplitPack holds the cut alternatives of the pack to their
// expressions (greedy, with Unicode-aware boundaries) over the pack's
// samples and over texts made of their words, dots and boundaries.
func TestDotSplitPack(t *testing.T) {
	splits := packSplits(t)
	if len(splits) < 3 {
		t.Fatalf("%d alternatives cut at [^.]*, want the three of legitimate interest at least", len(splits))
	}
	var samples []string
	for _, r := range loadPack(t) {
		for _, s := range slices.Concat(r.Samples.Fire, r.Samples.Quiet) {
			samples = append(samples, strings.ToLower(s.Text))
		}
	}
	rnd := rand.New(rand.NewPCG(1, 2))
	for _, a := range splits {
		re := regexp.MustCompile(wordBoundary.ReplaceAllString(a.split().expr, "${1}(?:^|$|"+wordClass+")"))
		vocab := []string{" ", " ", ".", ",", ":", "ä", "x", "_", "1", "–", "\n", "a.", " on", "on "}
		for _, w := range a.split().words {
			vocab = append(vocab, w.w)
		}
		for _, c := range literalClauses(a.split().expr) {
			vocab = append(vocab, c...)
		}
		texts := slices.Clone(samples)
		for range 20000 {
			var b strings.Builder
			for range 1 + rnd.IntN(16) {
				b.WriteString(vocab[rnd.IntN(len(vocab))])
			}
			texts = append(texts, b.String())
		}
		for _, s := range texts {
			got, ok := a.split().match(s)
			if want := re.MatchString(s); !ok || got != want {
				t.Fatalf("%q in %q: split %v (ok %v), the regexp %v", a.split().expr, s, got, ok, want)
			}
			if got, want := a.match(s), re.MatchString(s); got != want {
				t.Fatalf("%q in %q: match %v, the regexp %v", a.split().expr, s, got, want)
			}
		}
	}
}

// FuzzDotSplit: a cut alternative matches a text exactly when its
// expression does.
func FuzzDotSplit(f *testing.F) {
	splits := packSplits(f)
	for i, s := range []string{"oikeutettu etumme on asiakassuhteen hoito", "oikeutetun edun. on", "berättigade intressen, t.ex. säkerhet", "legitimate interests. such as", "legitimate interest:x"} {
		f.Add(s, uint8(i))
	}
	res := make([]*regexp.Regexp, len(splits))
	for i, a := range splits {
		res[i] = regexp.MustCompile(wordBoundary.ReplaceAllString(a.split().expr, "${1}(?:^|$|"+wordClass+")"))
	}
	f.Fuzz(func(t *testing.T, s string, which uint8) {
		if len(s) > maxFuzzText {
			s = s[:maxFuzzText]
		}
		k := int(which) % len(splits)
		want := res[k].MatchString(s)
		if got, ok := splits[k].split().match(s); ok && got != want {
			t.Fatalf("%q in %q: split %v, the regexp %v", splits[k].split().expr, s, got, want)
		}
		if got := splits[k].match(s); got != want {
			t.Fatalf("%q in %q: match %v, the regexp %v", splits[k].split().expr, s, got, want)
		}
	})
}
