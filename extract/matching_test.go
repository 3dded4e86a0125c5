package extract

import (
	"strings"
	"testing"
	"unsafe"
)

// TestMatchingText holds MatchingText to what it promises: the headings'
// and bodies' copies joined, each followed by a line break, each copy the
// very bytes of the joined text, also when a fold that lengthens the text
// ("Ⱥ" is two bytes, "ⱥ" three) made the buffer move.
func TestMatchingText(t *testing.T) {
	for _, src := range []string{
		"Tietosuojaseloste\n\n1. Rekisterinpitäjä\n\nEsimerkki Oy, Testikatu 1, 00100 Helsinki\n\n2. Rekisterin nimi\n\nAsiakasrekisteri.\n",
		"Privacy notice\n\n1. Controller\n\n" + strings.Repeat("ȺȺȺ Example Ltd. ", 40) + "\n\n2. Purposes\n\nȺ\n",
	} {
		doc, err := FromText("n.txt", []byte(src), Options{})
		if err != nil {
			t.Fatal(err)
		}
		all, ok := doc.MatchingText()
		if !ok {
			t.Fatalf("%q: no matching text", src)
		}
		if strings.Contains(src, "Ⱥ") && !strings.Contains(all, "ⱥ") {
			t.Fatalf("%q: the fold that lengthens the text was not tried", src)
		}
		var want strings.Builder
		at := 0
		for i := range doc.Sections {
			for _, p := range []string{doc.Sections[i].Heading.Lower(), doc.Sections[i].Body.Lower()} {
				want.WriteString(p + "\n")
				if p != "" && unsafe.StringData(p) != unsafe.StringData(all[at:]) {
					t.Errorf("%q: section %d's copy %q is not a part of the matching text", src, i, p)
				}
				at += len(p) + 1
			}
		}
		if all != want.String() {
			t.Errorf("%q: matching text\n%q\nwant\n%q", src, all, want.String())
		}
	}
}

// TestMatchingTextOnlyWhole: a document some of whose copies were made
// before (a Text that came normalised) has no matching text.
func TestMatchingTextOnlyWhole(t *testing.T) {
	doc := &Document{Sections: []Section{
		{Heading: NewText("Rekisterinpitäjä", Position{}), Body: NewText("Esimerkki Oy", Position{})},
		{Heading: NewText("Tarkoitus", Position{}), Body: NewText("Asiakassuhde.", Position{})},
	}}
	doc.Sections[0].Body = doc.Sections[0].Body.Normalized() // made on its own
	normalizeSections(doc, nil, nil)
	if all, ok := doc.MatchingText(); ok {
		t.Errorf("matching text %q, though one copy was made before", all)
	}
	if got := doc.Sections[1].Body.Lower(); got != "asiakassuhde." {
		t.Errorf("copy %q", got)
	}
}
