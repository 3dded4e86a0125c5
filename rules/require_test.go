package rules

import "testing"

// TestAdjacentHeading: a controller named under its heading and reached
// under the next one ("Rekisterinpitäjä" / "Postiosoite") is given with its
// contact; a following section about something else, or one at a higher
// level, is not.
func TestAdjacentHeading(t *testing.T) {
	r := testRule(t, `id: t-adjacent
kind: require
statements:
  fi:
    - all: ['rekisterinpitäjä', '@']
sections:
  - heading: 'rekisterinpitäjä'
    body: '@|\b\d{5}\s+\p{L}'
    adjacent_heading: 'osoite|sähköposti|yhteyshenkilö'
`)
	for _, tt := range []struct {
		text string
		made bool
	}{
		{"1. Rekisteri\n\nRekisterinpitäjä:\nEsimerkki Oy\n\nY-tunnus:\n1234567-8\n\nPostiosoite:\nEsimerkkikatu 1, 00100 Helsinki", false},
		{"1. Rekisteri\n\nRekisterinpitäjä:\nEsimerkki Oy\n\nPostiosoite:\nEsimerkkikatu 1, 00100 Helsinki", true},
		{"1. Rekisterinpitäjä\nEsimerkki Oy\n\n2. Yhteyshenkilö\nMaija Esimerkki, maija@esimerkki.example", true},
		{"1. Rekisterinpitäjä\nEsimerkki Oy\n\n2. Käsittelyn tarkoitus\nPalaute osoitteeseen palaute@esimerkki.example.", false},
	} {
		if got := !fires(t, r, tt.text); got != tt.made {
			t.Errorf("%q: made %v, want %v", tt.text, got, tt.made)
		}
	}
}
