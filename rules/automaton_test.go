package rules

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/extract"
	"github.com/noticelint/noticelint/internal/corpus"
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

func scanHits(a *automaton, s string) []hit {
	var out []hit
	a.scan(s, func(id int32, start, end int) { out = append(out, hit{id, start, end}) })
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

// TestAutomatonFindsAll: the automaton finds exactly what strings.Index
// finds, overlapping and nested occurrences included.
func TestAutomatonFindsAll(t *testing.T) {
	pats := []string{"he", "she", "his", "hers", "e", "", "hers", "ä", "\xff", "sh"}
	s := "ushers shä his hershe\xff"
	a := newAutomaton(pats)
	if got, want := sortHits(scanHits(a, s)), sortHits(bruteHits(pats, s)); !slices.Equal(got, want) {
		t.Fatalf("got %v\nwant %v", got, want)
	}
	if hs := scanHits(newAutomaton(nil), s); hs != nil {
		t.Errorf("no patterns: %v", hs)
	}

	// Random patterns and texts over a small alphabet, where patterns
	// overlap and share suffixes often.
	r := rand.New(rand.NewPCG(1, 2))
	word := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = "abcä "[r.IntN(5)]
		}
		return string(b)
	}
	for range 300 {
		pats := make([]string, 1+r.IntN(20))
		for i := range pats {
			pats[i] = word(1 + r.IntN(5))
		}
		s := word(r.IntN(200))
		if got, want := sortHits(scanHits(newAutomaton(pats), s)), sortHits(bruteHits(pats, s)); !slices.Equal(got, want) {
			t.Fatalf("patterns %q in %q:\ngot %v\nwant %v", pats, s, got, want)
		}
	}
}

// TestAutomatonPackLiterals: with the pack's literals, on generated
// notices.
func TestAutomatonPackLiterals(t *testing.T) {
	if _, err := Load(); err != nil {
		t.Fatal(err)
	}
	lits := allLiterals()
	a := newAutomaton(lits)
	for _, n := range corpus.Generate(20, 3) {
		s := strings.ToLower(string(n.Content))
		if got, want := sortHits(scanHits(a, s)), sortHits(bruteHits(lits, s)); !slices.Equal(got, want) {
			t.Fatalf("%s: %d hits, want %d", n.Name, len(got), len(want))
		}
	}
}

// TestScanDocumentSets: the literal sets of each heading, body and body
// sentence hold exactly the literals strings.Contains finds in them.
func TestScanDocumentSets(t *testing.T) {
	if _, err := Load(); err != nil {
		t.Fatal(err)
	}
	p := newPrefilter()
	lits := allLiterals()
	check := func(what, s string, set litSet) {
		t.Helper()
		for id, l := range lits {
			if got, want := set.has(int32(id)), strings.Contains(s, l); got != want {
				t.Fatalf("%s %q: literal %q: %v, want %v", what, s, l, got, want)
			}
		}
	}
	for _, n := range corpus.Generate(10, 5) {
		doc, err := extract.FromText(n.Name, n.Content, extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		_, heading, body, _, sents, sentLits := p.scanDocument(doc)
		for i := range doc.Sections {
			h, b := doc.Sections[i].Heading.Lower(), doc.Sections[i].Body.Lower()
			check("heading", h, heading[i])
			check("body", b, body[i])
			for j, sn := range sents[i] {
				check("sentence", b[sn[0]:sn[1]], sentLits[i][j])
			}
		}
	}
}

// TestHeadingMatchIn: for the pack's anchors and heading conditions,
// matchIn with a heading's literal set answers as MatchString does.
func TestHeadingMatchIn(t *testing.T) {
	pack, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	p := newPrefilter()
	var res []*matcher
	for _, r := range pack {
		res = append(append(res, r.anchors...), r.whenHeading...)
	}
	matched := 0
	for _, n := range corpus.Generate(30, 7) {
		doc, err := extract.FromText(n.Name, n.Content, extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		_, heading, _, _, _, _ := p.scanDocument(doc)
		for i := range doc.Sections {
			h := doc.Sections[i].Heading.Lower()
			for _, re := range res {
				got, want := re.matchIn(h, heading[i]), re.MatchString(h)
				if got != want {
					t.Fatalf("heading %q: matchIn %v, MatchString %v", h, got, want)
				}
				if want {
					matched++
				}
			}
		}
	}
	if matched == 0 {
		t.Error("no heading matched: the test tests nothing")
	}
}
