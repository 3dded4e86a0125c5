package rules

import "testing"

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
