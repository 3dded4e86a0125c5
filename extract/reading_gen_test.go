package extract

import (
	"strings"
	"testing"

	"github.com/noticelint/noticelint/internal/gen"
)

// shape is a document's outline without lines and levels, which differ
// between formats: "kind heading", "[empty]" after a section with no body.
func shape(doc *Document) []string {
	var out []string
	for _, s := range doc.Sections {
		if s.Kind == KindPreamble {
			continue
		}
		line := s.Kind.String() + " " + s.Heading.S
		if IsBlank(s.Body.S) {
			line += " [empty]"
		}
		out = append(out, line)
	}
	return out
}

// TestReadingGenerated renders each reading fixture of internal/gen in every
// format and wants the sections a reader names from each.
func TestReadingGenerated(t *testing.T) {
	tests := []struct {
		name   string
		blocks []gen.Block
		want   []string
		bodies map[string]string // a section's heading: its whole body
	}{
		{"lists", gen.Lists, []string{
			"title Tietosuojaseloste [empty]",
			"heading 1. Rekisterinpitäjä",
			"heading 2. Käsittelyn oikeusperuste",
			"heading 3. Rekisteröidyn oikeudet",
			"heading 4. Tietojen säilytysaika",
		}, nil},
		{"wrapped", gen.Wrapped, []string{
			"title Esimerkki Oppimisalustan tietosuojaseloste",
			"heading 1. Rekisterinpitäjä",
			"heading 2. Henkilötietojen säännönmukaiset luovutukset ja siirrot kolmansille osapuolille",
			"heading 3. Tietojen säilytysaika ja poistaminen",
			"heading 4. Rekisteröidyn oikeudet",
			"heading 5. Oikeus valittaa valvontaviranomaiselle",
		}, nil},
		{"tables", gen.Tables, []string{
			"title Tietosuojaseloste [empty]",
			"heading 1. Rekisterinpitäjä [empty]",
			"row Nimi",
			"row Sähköposti",
			"heading 2. Yhteyshenkilö [empty]",
			"row Nimi",
			"row Sähköposti",
			"heading 3. Käsittelyn tarkoitukset",
			"heading 4. Rekisteröidyn oikeudet",
		}, map[string]string{
			"3. Käsittelyn tarkoitukset": "Tarkoitus: Tilausten toimittaminen\nTiedot: Nimi, osoite\nOikeusperuste: Sopimus\n" +
				"Säilytysaika: Kuusi vuotta tilauksesta\n\nTarkoitus: Uutiskirje\nTiedot: Sähköposti\n" +
				"Oikeusperuste: Suostumus\nSäilytysaika: Kunnes peruutat tilauksen",
		}},
	}
	tests = append(tests, struct {
		name   string
		blocks []gen.Block
		want   []string
		bodies map[string]string
	}{"banner", gen.Bannered, []string{
		"title Tietosuojaseloste",
		"heading 1. Rekisterinpitäjä",
		"heading 2. Tietojen säilytysaika",
	}, nil})
	tests = append(tests, struct {
		name   string
		blocks []gen.Block
		want   []string
		bodies map[string]string
	}{"labels", gen.Labels, []string{
		"title Tietosuojaseloste [empty]",
		"heading 1. Rekisterinpitäjä",
		"label Y-tunnus [empty]",
		"label Sähköposti",
		"heading 2. Rekisterin tietosisältö",
		"heading 3. Käsittelyn tarkoitukset [empty]",
		"heading a) Asiakassuhde",
		"heading b) Markkinointi",
		"heading 4. Tietojen säilytysaika [empty]",
		"label Lisätiedot",
	}, nil})
	tests = append(tests, struct {
		name   string
		blocks []gen.Block
		want   []string
		bodies map[string]string
	}{"template", gen.Template, []string{
		"title Dataskyddsbeskrivning [empty]",
		"row 1. Personuppgiftsansvarig",
		"row 2. Rättslig grund och ändamål med behandlingen av personuppgifter",
		"row 3. Regelmässigt utlämnande av uppgifter och överföring av uppgifter utanför EU eller EES",
		"row 4. Principer för skydd av registret [empty]",
		"row 5. Rätt till insyn och rätt att kräva rättelse av uppgifter",
	}, map[string]string{
		"3. Regelmässigt utlämnande av uppgifter och överföring av uppgifter utanför EU eller EES": "Uppgifter lämnas inte ut.",
	}})
	tests = append(tests, struct {
		name   string
		blocks []gen.Block
		want   []string
		bodies map[string]string
	}{"questions", gen.Questions, []string{
		"title Integritetspolicy",
		"heading Vem ansvarar för dina personuppgifter?",
		"heading Hur länge sparar vi dina uppgifter?",
		"heading Vilka rättigheter har du som kund i vår webbutik?",
	}, nil})
	for _, tt := range tests {
		for _, r := range gen.Renditions {
			t.Run(tt.name+"/"+r.Name, func(t *testing.T) {
				raw, err := r.Render(tt.blocks)
				if err != nil {
					t.Fatal(err)
				}
				doc, err := Extract(r.Name, raw, Options{})
				if err != nil {
					t.Fatal(err)
				}
				if got, want := strings.Join(shape(doc), "\n"), strings.Join(tt.want, "\n"); got != want {
					t.Errorf("sections:\n%s\nwant:\n%s", got, want)
				}
				for heading, want := range tt.bodies {
					if got := bodyOf(doc, heading); got != want {
						t.Errorf("body of %q:\n%s\nwant:\n%s", heading, got, want)
					}
				}
			})
		}
	}
}

// bodyOf returns the body of the section with the given heading, or a note
// that there is none.
func bodyOf(doc *Document, heading string) string {
	for _, s := range doc.Sections {
		if s.Heading.S == heading {
			return s.Body.S
		}
	}
	return "(no section " + heading + ")"
}

// TestReadingItems: list items are marked in their section in every
// format (Section.Items), each with the line that leads in to its list.
func TestReadingItems(t *testing.T) {
	lead := "Rekisteröidyllä on soveltuvan lainsäädännön mukaisesti oikeus:"
	for _, r := range gen.Renditions {
		t.Run("wrapped/"+r.Name, func(t *testing.T) {
			raw, err := r.Render(gen.Wrapped)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := Extract(r.Name, raw, Options{})
			if err != nil {
				t.Fatal(err)
			}
			want := []string{
				lead + "|saada pääsy omiin tietoihinsa ja tarkastaa itseään koskevat Esimerkki Oppimispalveluiden käsittelemät henkilötiedot",
				lead + "|vaatia virheellisen henkilötiedon oikaisua",
				lead + "|Saada henkilötietonsa koneluettavassa muodossa",
			}
			if got := itemsOf(doc, "4. Rekisteröidyn oikeudet"); strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("items:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
	want := map[string][]string{
		"2. Käsittelyn oikeusperuste": {
			"|Sopimuksen täytäntöönpano (jäsenyys)", "|Lakisääteisten velvoitteiden täyttäminen (verotus)",
			"|Rekisterinpitäjän oikeutettu etu (turvallisuus)", "|Suostumus (uutiskirje)",
		},
		"3. Rekisteröidyn oikeudet": {
			"Sinulla on oikeus|Tarkastaa itseäsi koskevat tiedot", "Sinulla on oikeus|Pyytää tietojen oikaisua tai poistamista",
			"Sinulla on oikeus|Vastustaa käsittelyä tai pyytää sen rajoittamista", "Sinulla on oikeus|Tehdä valitus valvontaviranomaiselle",
		},
		"4. Tietojen säilytysaika": nil,
	}
	for _, r := range gen.Renditions {
		t.Run("lists/"+r.Name, func(t *testing.T) {
			raw, err := r.Render(gen.Lists)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := Extract(r.Name, raw, Options{})
			if err != nil {
				t.Fatal(err)
			}
			for heading, items := range want {
				if got := itemsOf(doc, heading); strings.Join(got, "\n") != strings.Join(items, "\n") {
					t.Errorf("items of %q:\n%s\nwant:\n%s", heading, strings.Join(got, "\n"), strings.Join(items, "\n"))
				}
			}
		})
	}
}

// itemsOf lists the items of the section with the given heading, "lead-in|item",
// bullets left out.
func itemsOf(doc *Document, heading string) []string {
	var out []string
	for _, s := range doc.Sections {
		if s.Heading.S != heading {
			continue
		}
		for _, it := range s.Items {
			lead := ""
			if it.LeadStart >= 0 {
				lead = s.Body.S[it.LeadStart:it.LeadEnd]
			}
			item := strings.TrimLeft(s.Body.S[it.Start:it.End], "•-–* ")
			out = append(out, lead+"|"+strings.Join(strings.Fields(item), " "))
		}
	}
	return out
}
