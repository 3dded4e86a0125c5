package extract

import (
	"fmt"
	"testing"
)

// TestClassify holds classify to each class it tells from a line's text
// alone; the sectionizer's tests hold the context.
func TestClassify(t *testing.T) {
	tests := []struct {
		line string
		want lineClass
	}{
		{"", lineClass{}},
		{"Käsittelemme tietoja asiakassuhteen hoitamiseksi.", lineClass{}},
		{"- nimi ja osoite", lineClass{bullet: true}},
		{"• Rekisterinpitäjä", lineClass{bullet: true}},
		{"-1 astetta", lineClass{}},
		{"Tietosuojaseloste", lineClass{title: true, heading: true, strong: true}},
		{"Asiakasrekisterin tietosuojaseloste", lineClass{title: true, heading: true, strong: true}},
		{"Tietosuojaselosteen muutokset", lineClass{heading: true, strong: true}},
		{"Changes to this privacy notice", lineClass{heading: true, strong: true}},
		{"1. Rekisterinpitäjä", lineClass{num: "1."}}, // ". " reads as two sentences to the unnumbered test
		{"2.1 Tietolähteet", lineClass{num: "2.1", heading: true, strong: true}},
		{"12) Oikeudet", lineClass{marker: '1', num: "12)", heading: true, strong: true}},
		{"1 Example Street", lineClass{num: "1", heading: true}},
		{"0 Tilauskori", lineClass{heading: true}}, // no numbering: the context decides
		{"b) Asiakassuhde", lineClass{marker: 'a', lettered: true}},
		{"(c) tehdä valitus", lineClass{marker: 'a'}},
		{"(2) Rajoittaa käsittelyä", lineClass{marker: '1'}},
		{"a)b", lineClass{}},
		{"123) x", lineClass{heading: true}},
		{"Y-tunnus:", lineClass{label: true}},
		{"Rekisterinpitäjä:", lineClass{label: true, known: true}},
		{"Voit ottaa yhteyttä:", lineClass{}}, // a sentence leading in, not a label
		{"Lisätiedot:", lineClass{label: true}},
		{"We collect:", lineClass{}},
		{"Sähköposti: info@esimerkki.example", lineClass{field: len("Sähköposti")}},
		{"Esimerkki Oy", lineClass{}},
		{"Mihin käytämme tietoja?", lineClass{heading: true, strong: true}},
		{"REKISTERIN NIMI", lineClass{heading: true, strong: true}},
		{"Tietoja käsitellään ja", lineClass{}},
		{"Etusivu › Tietosuoja", lineClass{}},
		{"Hyväksy kaikki", lineClass{}},
		{"Asiakkaat", lineClass{heading: true}},
		{"info@esimerkki.example", lineClass{}},
	}
	for _, tt := range tests {
		if got := classify(tt.line); got != tt.want {
			t.Errorf("classify(%q) =\n %s, want\n %s", tt.line, fmt.Sprintf("%+v", got), fmt.Sprintf("%+v", tt.want))
		}
	}
}
