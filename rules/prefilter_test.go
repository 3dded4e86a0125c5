package rules

import (
	"strings"
	"testing"

	"github.com/noticelint/noticelint/extract"
	"github.com/noticelint/noticelint/internal/corpus"
)

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

// TestSentencesCutAt: a sentence ends at ., !, ? or ; before white space,
// and at a line break before a list item or a blank line; no other byte
// ends one.
func TestSentencesCutAt(t *testing.T) {
	for b := range 256 {
		s := "aa" + string([]byte{byte(b)}) + " bb"
		want := 1
		if strings.IndexByte(".!?;", byte(b)) >= 0 {
			want = 2
		}
		if got := sentences(s); len(got) != want {
			t.Errorf("sentences(%q) = %v, want %d", s, got, want)
		}
	}
	for s, want := range map[string]int{"aa\n- bb": 2, "aa\n\nbb": 2, "aa\nbb": 1, "aa.\nbb": 2, "aa.bb": 1} {
		if got := sentences(s); len(got) != want {
			t.Errorf("sentences(%q) = %v, want %d", s, got, want)
		}
	}
}
