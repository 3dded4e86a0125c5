package extract

import (
	"strings"
	"testing"
)

// describe writes a line's classes as words: "bullet", "num=2.1",
// "marker=a", "lettered", "label", "known", "field=10", "title" (shaped as
// a title and naming the kind of document), "heading" (shaped as an
// unnumbered heading and passing headingText), "strong".
func describe(s string, c lineClass) string {
	var w []string
	if c.is(bullet) {
		w = append(w, "bullet")
	}
	if c.marker != 0 {
		w = append(w, "marker="+string(c.marker))
	}
	if c.num > 0 {
		w = append(w, "num="+s[:c.num])
	}
	for _, f := range []struct {
		flag classFlag
		name string
	}{{lettered, "lettered"}, {label, "label"}, {known, "known"}} {
		if c.is(f.flag) {
			w = append(w, f.name)
		}
	}
	if c.field > 0 {
		w = append(w, "field="+s[:c.field])
	}
	if c.is(titleLike) && isTitleText(s) {
		w = append(w, "title")
	}
	if c.is(headLike) {
		if ok, strong := headingText(s); ok {
			w = append(w, "heading")
			if strong {
				w = append(w, "strong")
			}
		}
	}
	return strings.Join(w, " ")
}

// TestClassify holds classify (and headingText, which finishes it) to each
// class it tells from a line's text alone; the sectionizer's tests hold
// the context.
func TestClassify(t *testing.T) {
	tests := []struct{ line, want string }{
		{"", ""},
		{"Käsittelemme tietoja asiakassuhteen hoitamiseksi.", ""},
		{"- nimi ja osoite", "bullet"},
		{"• Rekisterinpitäjä", "bullet"},
		{"-1 astetta", ""},
		{"Tietosuojaseloste", "title heading strong"},
		{"Asiakasrekisterin tietosuojaseloste", "title heading strong"},
		{"Tietosuojaselosteen muutokset", "heading strong"},
		{"Changes to this privacy notice", "heading strong"},
		{"1. Rekisterinpitäjä", "num=1."}, // ". " reads as two sentences to the unnumbered test
		{"2.1 Tietolähteet", "num=2.1 heading strong"},
		{"12) Oikeudet", "marker=1 num=12) heading strong"},
		{"1 Example Street", "num=1 heading"},
		{"0 Tilauskori", "heading"}, // no numbering: the context decides
		{"b) Asiakassuhde", "marker=a lettered"},
		{"(c) tehdä valitus", "marker=a"},
		{"(2) Rajoittaa käsittelyä", "marker=1"},
		{"a)b", ""},
		{"123) x", "heading"},
		{"Y-tunnus:", "label"},
		{"Rekisterinpitäjä:", "label known"},
		{"Voit ottaa yhteyttä:", ""}, // a sentence leading in, not a label
		{"Lisätiedot:", "label"},
		{"We collect:", ""},
		{"Sähköposti: info@esimerkki.example", "field=Sähköposti"},
		{"Esimerkki Oy", ""},
		{"Mihin käytämme tietoja?", "heading strong"},
		{"Vilka rättigheter har du som kund i vår webbutik?", "heading strong"}, // a question runs longer
		{"Vilka rättigheter har du som kund i vår webbutik i dag", ""},
		{"REKISTERIN NIMI", "heading strong"},
		{"Tietoja käsitellään ja", ""},
		{"Etusivu › Tietosuoja", ""},
		{"Hyväksy kaikki", ""},
		{"Asiakkaat", "heading"},
		{"info@esimerkki.example", ""},
	}
	for _, tt := range tests {
		if got := describe(tt.line, classify(tt.line)); got != tt.want {
			t.Errorf("classify(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

// TestClassifyMarkerBrackets: classify, which asks listMarker and
// isLetteredHeading only of a line with a ')' among its second to fourth
// bytes, answers as they do for every short line of the bytes they read.
func TestClassifyMarkerBrackets(t *testing.T) {
	const alphabet = "()1a \tX2"
	b := make([]byte, 0, 6)
	var walk func()
	walk = func() {
		if len(b) > 0 && !StartsWithBullet(string(b)) {
			s := string(b)
			c := classify(s)
			if c.marker != listMarker(s) || c.is(lettered) != isLetteredHeading(s) {
				t.Fatalf("classify(%q): marker %q lettered %v, want %q %v", s, c.marker, c.is(lettered), listMarker(s), isLetteredHeading(s))
			}
		}
		if len(b) == cap(b) {
			return
		}
		for k := range len(alphabet) {
			b = append(b, alphabet[k])
			walk()
			b = b[:len(b)-1]
		}
	}
	walk()
}
