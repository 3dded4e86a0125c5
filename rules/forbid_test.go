package rules

import (
	"slices"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/extract"
)

// evidence lints text with the one rule and returns each finding's evidence.
func evidence(t *testing.T, r *Rule, text string) []string {
	t.Helper()
	doc, err := extract.FromText("notice.txt", []byte(text), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range NewEngine([]*Rule{r}, Options{Now: sampleClock}).Check(doc) {
		out = append(out, f.Evidence)
	}
	return out
}

// TestSeparateAndCapitals: matches side by side are one finding unless the
// rule keeps them separate; a pattern with capitals counts only text
// written in capitals.
func TestSeparateAndCapitals(t *testing.T) {
	const rule = `kind: forbid
keywords: ['[']
patterns:
  fi:
    - '\[\s*(?:nimi|osoite)\s*\]'
    - {re: '\[\p{L}[\p{L} ]*\]', capitals: true}
`
	joined := testRule(t, "id: t-joined\n"+rule)
	separate := testRule(t, "id: t-separate\nseparate: true\n"+rule)
	const text = "Rekisterinpitäjä: [nimi], [osoite] [PVM]. Lähde [katso alla] ja [1]."
	if got, want := evidence(t, joined, text), []string{"[nimi], [osoite] [PVM]"}; !slices.Equal(got, want) {
		t.Errorf("joined: %q, want %q", got, want)
	}
	if got, want := evidence(t, separate, text), []string{"[nimi]", "[osoite]", "[PVM]"}; !slices.Equal(got, want) {
		t.Errorf("separate: %q, want %q", got, want)
	}
}

// TestPlaceholdersEach: every placeholder on a line is its own finding,
// template fields in capitals and notes left for the author included, and
// a bracketed citation is none.
func TestPlaceholdersEach(t *testing.T) {
	r := Find(loadPack(t), "placeholder")
	got := evidence(t, r, "Rekisterinpitäjä: [YHDISTYKSEN NIMI], [osoite], (puhelinnumero). Päivitetty [PVM]. TODO FIXME XXX. Asetus [EU] 2016/679 [1], ohje [PDF].")
	want := []string{"[YHDISTYKSEN NIMI]", "[osoite]", "(puhelinnumero)", "[PVM]", "TODO", "FIXME", "XXX"}
	if !slices.Equal(got, want) {
		t.Errorf("placeholders %q, want %q", got, want)
	}
}

// TestRepealedLawSection: a reference with a section number is reported
// whole, its suggestion names the article that replaced the section, and
// it carries no automatic fix; one without a number keeps its fix.
func TestRepealedLawSection(t *testing.T) {
	r := Find(loadPack(t), "repealed-law")
	doc, err := extract.FromText("notice.txt", []byte("Tarkastusoikeus on säädetty henkilötietolain 26 §:ssä. Tiedot käsitellään henkilötietolain mukaisesti."), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	fs := NewEngine([]*Rule{r}, Options{Now: sampleClock}).Check(doc)
	if len(fs) != 2 {
		t.Fatalf("%d findings: %+v", len(fs), fs)
	}
	sec, plain := fs[0], fs[1]
	if sec.Evidence != "henkilötietolain 26 §" || sec.Replacement != "" || !strings.Contains(sec.Suggestion, "15 artikla") {
		t.Errorf("with a section number: evidence %q, suggestion %q, replacement %q", sec.Evidence, sec.Suggestion, sec.Replacement)
	}
	if plain.Evidence != "henkilötietolain" || plain.Replacement == "" {
		t.Errorf("without: evidence %q, replacement %q", plain.Evidence, plain.Replacement)
	}
}

// TestMarkupGroupedByLine: markup-residue (group: line) gives one finding
// a source line, listing the distinct markup it shows in order; another
// line is another finding.
func TestMarkupGroupedByLine(t *testing.T) {
	r := Find(loadPack(t), "markup-residue")
	text := "Tietosuojaseloste\n\n<p>Esimerkki Oy käsittelee <strong>asiakastietoja</strong>.</p>\n\n" +
		"Säilytysaika<br>\n\nTiedot poistetaan&nbsp;kahden vuoden kuluttua.&nbsp;\n"
	got := evidence(t, r, text)
	want := []string{"<p> <strong> </strong> </p>", "<br>", "&nbsp;"}
	if !slices.Equal(got, want) {
		t.Errorf("markup findings %q, want %q", got, want)
	}
	ungrouped := testRule(t, "id: t-markup\nkind: forbid\nkeywords: ['<']\npatterns:\n  en: ['</?(?:p|strong)>']\n")
	if got := evidence(t, ungrouped, text); len(got) != 4 {
		t.Errorf("without group: %q, want the 4 tags apart", got)
	}
}
