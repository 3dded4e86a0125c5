package rules

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/noticelint/noticelint/extract"
	"github.com/noticelint/noticelint/internal/gen"
)

// TestScanDocumentSets: each body's sentences are those sentences finds
// (checkIn and undeniedIn take them from the index); the literal sets of
// each heading, body and body sentence, and the whole document's, hold
// exactly the literals strings.Contains finds in them, and each literal's
// bodies and headings are those that hold it.
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
	notices := gen.Generate(10, 5)
	// More sections than bodiesOf indexes, each with literals in its
	// heading, its sentences and across their ends.
	var many strings.Builder
	for i := range maxIndexedBodies + 6 {
		fmt.Fprintf(&many, "%d Osio %s\n%s. %s %s! %s\n \n", i+1, lits[(7*i)%len(lits)], lits[i%len(lits)], lits[(3*i)%len(lits)], lits[(5*i)%len(lits)], lits[(11*i)%len(lits)])
	}
	// A body longer than the window the automaton's hits are taken in:
	// its sentences' hits come in two windows or more.
	var long strings.Builder
	long.WriteString("Pitkä osio\n")
	for i := 0; long.Len() <= 2*hitWindow; i++ {
		fmt.Fprintf(&long, "%s %s; %s. ", lits[(13*i)%len(lits)], lits[(17*i)%len(lits)], lits[(19*i)%len(lits)])
	}
	notices = append(notices, gen.Notice{Name: "many.txt", Content: []byte(many.String())}, gen.Notice{Name: "long.txt", Content: []byte(long.String())})
	for _, n := range notices {
		doc, err := extract.FromText(n.Name, n.Content, extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		ix := p.scanDocument(doc)
		if n.Name == "many.txt" && len(doc.Sections) <= maxIndexedBodies {
			t.Fatalf("many.txt: %d sections", len(doc.Sections))
		}
		heading, body, sents, sentLits := ix.heading, ix.body, ix.sents, ix.sentLits
		var texts strings.Builder // every heading and body, apart
		for i := range doc.Sections {
			fmt.Fprintf(&texts, "%s\x00%s\x00", doc.Sections[i].Heading.Lower(), doc.Sections[i].Body.Lower())
		}
		check("document", texts.String(), ix.anyText)
		for i := range doc.Sections {
			h, b := doc.Sections[i].Heading.Lower(), doc.Sections[i].Body.Lower()
			check("heading", h, heading[i])
			check("body", b, body[i])
			if want := sentences(b); !slices.Equal(sents[i], want) {
				t.Fatalf("body %q: sentences %v, want %v", b, sents[i], want)
			}
			for j, sn := range sents[i] {
				check("sentence", b[sn[0]:sn[1]], sentLits[i][j])
			}
			if len(doc.Sections) > maxIndexedBodies {
				if ix.bodiesOf != nil || ix.headingsOf != nil {
					t.Fatalf("%d sections: bodies or headings indexed", len(doc.Sections))
				}
				continue
			}
			for id := range lits {
				if got, want := ix.bodiesOf[id]&(1<<i) != 0, body[i].has(int32(id)); got != want {
					t.Fatalf("body %q: literal %q in bodiesOf: %v, want %v", b, lits[id], got, want)
				}
				if got, want := ix.headingsOf[id]&(1<<i) != 0, heading[i].has(int32(id)); got != want {
					t.Fatalf("heading %q: literal %q in headingsOf: %v, want %v", h, lits[id], got, want)
				}
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
	var res []*condition
	for _, r := range pack {
		if q, ok := r.spec.(*requireSpec); ok {
			res = append(append(res, q.anchors...), q.whenHeading...)
		}
	}
	matched := 0
	for _, n := range gen.Generate(30, 7) {
		doc, err := extract.FromText(n.Name, n.Content, extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		heading := p.scanDocument(doc).heading
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

// TestHasKnown: only ids the set was built with, and holds, count.
func TestHasKnown(t *testing.T) {
	s := make(litSet, 2)
	s[0] |= 1 << 3
	s[1] |= 1 << 6 // id 70
	for _, tc := range []struct {
		ids  []int32
		want bool
	}{{[]int32{3}, true}, {[]int32{4, 70}, true}, {[]int32{4}, false}, {nil, false}, {[]int32{1000}, false}} {
		if got := s.hasKnown(tc.ids); got != tc.want {
			t.Errorf("hasKnown(%v) = %v, want %v", tc.ids, got, tc.want)
		}
	}
	if !s.hasAny([]int32{1000}) {
		t.Error("hasAny of an unknown id: the set may hold it")
	}
}

// TestFindAllIn: for the pack's forbid patterns, findAllIn with a body's
// or heading's literal set finds what findAll finds.
func TestFindAllIn(t *testing.T) {
	pack, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	p := newPrefilter()
	var ms []*locator
	for _, r := range pack {
		f, ok := r.spec.(*forbidSpec)
		if !ok {
			continue
		}
		for _, pt := range f.patterns {
			ms = append(ms, pt.re)
		}
	}
	found, spared := 0, 0
	for _, n := range gen.Generate(40, 11) {
		doc, err := extract.FromText(n.Name, n.Content, extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		ix := p.scanDocument(doc)
		heading, body := ix.heading, ix.body
		for i := range doc.Sections {
			for k, s := range []string{doc.Sections[i].Heading.Lower(), doc.Sections[i].Body.Lower()} {
				lits := []litSet{heading[i], body[i]}[k]
				for _, m := range ms {
					got, want := m.findAllIn(s, lits), m.findAll(s)
					if !slices.Equal(got, want) {
						t.Fatalf("%q: findAllIn %v, findAll %v", s, got, want)
					}
					found += len(want)
					if m.idsAnyOf && lits.hasKnown(m.ids) {
						spared++
					}
				}
			}
		}
	}
	if found == 0 || spared == 0 {
		t.Errorf("%d matches, %d texts spared the literal search: the test tests little", found, spared)
	}
}

// TestIDMask: a mask answers as hasAny and hasKnown do, ids unknown to a
// shorter set included.
func TestIDMask(t *testing.T) {
	ids := []int32{3, 70, 71, 200, 5, 900, 64}
	m := newIDMask(ids)
	if m.words == nil {
		t.Fatal("no mask for 7 ids")
	}
	for _, set := range [][]int32{nil, {3}, {4}, {71}, {72}, {900}, {899, 901}, {64, 65}} {
		s := make(litSet, 10) // ids up to 639
		for _, id := range set {
			if int(id/64) < len(s) {
				s[id/64] |= 1 << (id % 64)
			}
		}
		if got, want := m.in(s), s.hasAny(ids); got != want {
			t.Errorf("set %v: mask says %v, hasAny %v", set, got, want)
		}
		for _, few := range [][]int32{ids[:1], ids[1:3], ids[5:]} {
			fm := newIDMask(few)
			if got, want := fm.in(s[:3]), s[:3].hasAny(few); got != want {
				t.Errorf("ids %v, set %v: mask says %v, hasAny %v", few, set, got, want)
			}
			if got, want := fm.inKnown(s[:3]), s[:3].hasKnown(few); got != want {
				t.Errorf("ids %v, set %v: mask says %v known, hasKnown %v", few, set, got, want)
			}
		}
	}
	if few := newIDMask([]int32{1, 2}); !few.in(litSet{2}) || few.in(litSet{1}) || !few.inKnown(litSet{4}) || few.inKnown(litSet{8}) {
		t.Errorf("few ids: %+v", few)
	}
	if none := newIDMask(nil); !none.in(litSet{0}) || none.inKnown(litSet{^uint64(0)}) {
		t.Errorf("no ids: %+v", none)
	}
}

// TestSearchAnchored: trying a located pattern at each occurrence of its
// prefix finds what scanning with the regexp engine finds, boundaries and
// overlapping occurrences included.
func TestSearchAnchored(t *testing.T) {
	pack, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	scan := func(m *locator, s string) [][2]int {
		plain := *m
		plain.anchored = nil // the search without the anchored expression
		return plain.search(s)
	}
	texts := []string{
		"henkilötietolain 26 §:n ja xhenkilötietolain mukaan; henkilötietolakia",
		"[yrityksen nimi], [osoite] ja [PVM]; ääni[nimi] (muuta?) (muuta?)",
		"tietoja säilytetään niin kauan kuin niin kauan kuin on tarpeen.",
		"ääkun ne eivät enää ole tarpeellisia, kun niitä ei enää tarvita",
	}
	for _, n := range gen.Generate(20, 5) {
		texts = append(texts, strings.ToLower(string(n.Content)))
	}
	checked := 0
	for _, r := range pack {
		f, ok := r.spec.(*forbidSpec)
		if !ok {
			continue
		}
		for _, pt := range f.patterns {
			if pt.re.prefix == "" {
				continue
			}
			for _, s := range texts {
				if got, want := pt.re.search(s), scan(pt.re, s); !slices.Equal(got, want) {
					t.Errorf("%s %q in %.60q: anchored %v, scanned %v", r.ID, pt.Re, s, got, want)
				}
				checked++
			}
		}
	}
	if checked == 0 {
		t.Error("no pattern with a prefix")
	}
}

// TestScanIntoReused: an index made in memory another document's index
// used (indexScratch, larger and smaller documents in turn) is the index
// made in fresh memory.
func TestScanIntoReused(t *testing.T) {
	if _, err := Load(); err != nil {
		t.Fatal(err)
	}
	p := newPrefilter()
	sc := &indexScratch{}
	notices := gen.Generate(40, 9)
	notices = append(notices, gen.Notice{Name: "short.txt", Content: []byte("x")}, notices[0])
	for _, n := range notices {
		doc, err := extract.FromText(n.Name, n.Content, extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		got, want := p.scanInto(doc, sc), p.scanDocument(doc)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: the index in reused memory differs from a fresh one", n.Name)
		}
		if !sc.reusable() {
			t.Fatalf("%s: scratch not kept", n.Name)
		}
	}
}

// TestScanUsesMatchingText: the index of a document whose matching text
// extract made is the one of its texts joined anew, and the text is not
// copied; a document that has none, or whose section was replaced since,
// gets its texts joined.
func TestScanUsesMatchingText(t *testing.T) {
	if _, err := Load(); err != nil {
		t.Fatal(err)
	}
	p := newPrefilter()
	for _, n := range gen.Generate(20, 3) {
		doc, err := extract.FromText(n.Name, n.Content, extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		all, ok := doc.MatchingText()
		if !ok {
			t.Fatalf("%s: no matching text", n.Name)
		}
		got := p.scanDocument(doc)
		if unsafe.StringData(got.all) != unsafe.StringData(all) {
			t.Errorf("%s: the matching text was copied", n.Name)
		}
		joined := &extract.Document{Sections: doc.Sections} // no matching text
		if want := p.scanDocument(joined); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: the index over the matching text differs from the joined texts'", n.Name)
		}
		changed := *doc
		changed.Sections = slices.Clone(doc.Sections)
		last := len(changed.Sections) - 1
		changed.Sections[last].Body = extract.NewText("Tietoja säilytetään kolme vuotta.", extract.Position{}).Normalized()
		ix := p.scanDocument(&changed)
		if ix.all == all || !strings.HasSuffix(ix.all, "tietoja säilytetään kolme vuotta.\n") {
			t.Fatalf("%s: a replaced section's text not in the index: %q", n.Name, ix.all[max(len(ix.all)-60, 0):])
		}
	}
}

func TestPartsOf(t *testing.T) {
	all := "ab\n\ncd\n"
	starts := make([]int, 3)
	if !partsOf(all, []string{all[0:2], "", all[4:6]}, starts) || !slices.Equal(starts, []int{0, 3, 4}) {
		t.Errorf("parts of the text: %v", starts)
	}
	for _, texts := range [][]string{
		{"ab", "", "cd"},               // equal, but not the text's own bytes
		{all[0:2], "", all[4:5]},       // one too short
		{all[0:2], ""},                 // the text goes on
		{all[0:2], "", all[4:6], ""},   // the text ends before
		{all[0:1], all[1:2], all[4:6]}, // no line break after a part
	} {
		if partsOf(all, texts, make([]int, len(texts))) {
			t.Errorf("%q taken for parts of %q", texts, all)
		}
	}
}

// TestResizeZeroed: reused memory comes back cleared, beyond the old
// length too; too little room gives new memory.
func TestResizeZeroed(t *testing.T) {
	s := make([]uint64, 8)
	for i := range s {
		s[i] = 1
	}
	r := resizeZeroed(s[:2], 6)
	if len(r) != 6 || &r[0] != &s[0] || slices.ContainsFunc(r, func(v uint64) bool { return v != 0 }) {
		t.Errorf("reused: %v", r)
	}
	if s[6] != 1 {
		t.Error("cleared past the length asked for")
	}
	r = resizeZeroed(s, 9)
	if len(r) != 9 || &r[0] == &s[0] || slices.ContainsFunc(r, func(v uint64) bool { return v != 0 }) {
		t.Errorf("grown: %v", r)
	}
}
