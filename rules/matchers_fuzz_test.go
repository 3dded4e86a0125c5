package rules

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
)

// packMatchers returns every condition and locator of the pack's rules.
func packMatchers(t testing.TB) (conds []*condition, locs []*locator) {
	t.Helper()
	for _, r := range loadPack(t) {
		switch s := r.spec.(type) {
		case *forbidSpec:
			locs = append(locs, s.exceptions...)
			for _, p := range s.patterns {
				locs = append(locs, p.re)
				for _, c := range []*condition{p.unless, p.cond, p.unlessSentence, p.unlessSection} {
					if c != nil {
						conds = append(conds, c)
					}
				}
			}
			for _, d := range s.Downgrade {
				conds = append(conds, d.re)
			}
			for _, f := range s.SuggestFor {
				conds = append(conds, f.re)
			}
		case *requireSpec:
			conds = append(append(conds, s.anchors...), s.whenHeading...)
			for _, st := range slices.Concat(s.statementList, s.whenList) {
				conds = append(append(conds, st.all...), st.none...)
			}
			for _, sec := range s.Sections {
				for _, c := range []*condition{sec.heading, sec.body, sec.unlessHeading, sec.adjacentHeading} {
					if c != nil {
						conds = append(conds, c)
					}
				}
			}
		}
	}
	return conds, locs
}

// maxFuzzText is the longest text FuzzPatternFastPaths matches.
const maxFuzzText = 2 << 10

// litsOf returns the literal set of text s, as the prefilter finds it.
func litsOf(p *prefilter, s string) litSet {
	set := make(litSet, (p.count+63)/64)
	p.ac.Scan(s, func(id int32, _, _ int) { set[id/64] |= 1 << (id % 64) })
	return set
}

// FuzzPatternFastPaths: what the fast paths answer, the plain regexp does.
// A condition (words found by strings.Index, alternatives ruled out by a
// literal set, a stem searched once) matches a text exactly when its
// pattern, compiled as one expression with Unicode-aware boundaries, does;
// a locator tried at each occurrence of its prefix or of its leading
// strings, or told a text's literal set, finds what scanning the text with
// its expression finds.
// which picks the pattern: the pack's conditions, then its locators.
func FuzzPatternFastPaths(f *testing.F) {
	conds, locs := packMatchers(f)
	notices, err := filepath.Glob("../testdata/notices/*.txt")
	if err != nil || len(notices) == 0 {
		f.Fatalf("no seed notices: %v", err)
	}
	for i, name := range notices {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		for k := i; k < len(conds)+len(locs); k += 50 {
			f.Add(data, uint16(k))
		}
	}
	pack := loadPack(f)
	for i, r := range pack {
		for _, s := range slices.Concat(r.Samples.Fire, r.Samples.Quiet) {
			f.Add([]byte(s.Text), uint16(i*97))
		}
	}
	p := newPrefilter()
	var plain sync.Map // index -> *regexp.Regexp
	f.Fuzz(func(t *testing.T, data []byte, which uint16) {
		if len(data) > maxFuzzText {
			data = data[:maxFuzzText] // a sentence or a section, not a notice: each exec stays quick
		}
		s := strings.ToLower(string(data))
		k := int(which) % (len(conds) + len(locs))
		if k < len(conds) {
			m := conds[k]
			re, ok := plain.Load(k)
			if !ok {
				compiled, err := compileAnyBoundary(m.expr)
				if err != nil {
					t.Fatalf("%q: %v", m.expr, err)
				}
				re, _ = plain.LoadOrStore(k, compiled)
			}
			want := re.(*regexp.Regexp).MatchString(s)
			if got := m.MatchString(s); got != want {
				t.Fatalf("%q in %q: MatchString %v, the regexp %v", m.expr, s, got, want)
			}
			if got := m.matchIn(s, litsOf(p, s)); got != want {
				t.Fatalf("%q in %q: matchIn %v, the regexp %v", m.expr, s, got, want)
			}
			return
		}
		m := locs[k-len(conds)]
		scanned := *m
		scanned.prefix, scanned.anchored, scanned.leads, scanned.at = "", nil, nil, nil // the expression run over the text
		want := scanned.search(s)
		if got := m.findAll(s); !slices.Equal(got, want) && (len(got) > 0 || len(want) > 0) {
			t.Fatalf("%q in %q: findAll %v, scanned %v", m.whole().String(), s, got, want)
		}
		if got := m.findAllIn(s, litsOf(p, s)); !slices.Equal(got, want) && (len(got) > 0 || len(want) > 0) {
			t.Fatalf("%q in %q: findAllIn %v, scanned %v", m.whole().String(), s, got, want)
		}
	})
}
