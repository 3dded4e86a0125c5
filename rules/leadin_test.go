package rules

import (
	"testing"

	"github.com/noticelint/noticelint/extract"
)

// TestLeadIns: a list's lead-in and one of its items make a statement
// together, in every list form; a sentence that is not a lead-in, or a
// paragraph after the list, does not lend its words.
func TestLeadIns(t *testing.T) {
	r := testRule(t, `id: t-lead
kind: require
statements:
  fi:
    - all: ['\btarkast', 'oikeu']
`)
	for _, tt := range []struct {
		text string
		made bool
	}{
		{"Tietosuoja\nSinulla on oikeus\n\n- tarkastaa tietosi\n- vaatia niiden korjaamista", true},
		{"Tietosuoja\nSinulla on oikeus:\n\n1. tarkastaa tietosi;\n2. vaatia niiden korjaamista.", true},
		{"Tietosuoja\nSinulla on oikeus\n\ntarkastaa tietosi;\n\nvaatia niiden korjaamista.", true},
		{"Tietosuoja\nSinulla on oikeus\n\na) tarkastaa tietosi\nb) vaatia niiden korjaamista", true},
		// A sentence that ends with a full stop leads no list.
		{"Tietosuoja\nSinulla on oikeus tietoon.\n\n- tarkastaa tietosi", false},
		// A paragraph that starts with a capital is not an item.
		{"Tietosuoja\nSinulla on oikeus\n\nTarkastamme tiedot vuosittain.", false},
	} {
		if got := !fires(t, r, tt.text); got != tt.made {
			t.Errorf("%q: made %v, want %v", tt.text, got, tt.made)
		}
	}
}

// TestLeadInMarkedItems: the items an extractor marks (an HTML li, a
// Markdown or Word list item) keep no bullet and may start with a capital;
// with their lead-in they make a statement all the same.
func TestLeadInMarkedItems(t *testing.T) {
	r := testRule(t, `id: t-lead
kind: require
statements:
  sv:
    - all: ['når oss', '@|\d{3} \d{2} \p{L}']
`)
	for _, tt := range []struct {
		name, text string
		made       bool
	}{
		{"notice.md", "# Integritetspolicy\n\n## Kontakt\n\nDu når oss på:\n\n- Hamngatan 3, 457 40 Exempelby\n- kundservice@exempel.example\n", true},
		{"notice.html", "<h1>Integritetspolicy</h1><h2>Kontakt</h2><p>Du når oss på:</p><ul><li>Hamngatan 3, 457 40 Exempelby</li><li>kundservice@exempel.example</li></ul>", true},
		// A paragraph after the lead-in that is no item lends nothing.
		{"notice.md", "# Integritetspolicy\n\n## Kontakt\n\nDu når oss på:\n\nHamngatan 3, 457 40 Exempelby\n", false},
	} {
		doc, err := extract.Extract(tt.name, []byte(tt.text), extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := len(NewEngine([]*Rule{r}, Options{Now: sampleClock}).Check(doc)) == 0; got != tt.made {
			t.Errorf("%s %q: made %v, want %v", tt.name, tt.text, got, tt.made)
		}
	}
}
