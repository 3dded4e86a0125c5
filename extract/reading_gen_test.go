package extract

import (
	"strings"
	"testing"

	"github.com/noticelint/noticelint/internal/noticegen"
)

// rendition is one way to write a generated notice as a file.
type rendition struct {
	name   string
	render func([]noticegen.Block) ([]byte, error)
}

// renditions writes a notice in every format, PDF in the layouts real
// notices use.
var renditions = []rendition{
	{"notice.txt", func(b []noticegen.Block) ([]byte, error) { return noticegen.Text(b), nil }},
	{"notice.html", func(b []noticegen.Block) ([]byte, error) { return noticegen.HTML(b, ""), nil }},
	{"notice.md", func(b []noticegen.Block) ([]byte, error) { return noticegen.Markdown(b), nil }},
	{"notice.docx", noticegen.DOCX},
	{"plain.pdf", func(b []noticegen.Block) ([]byte, error) { return noticegen.PDF(b, noticegen.CoreFont) }},
	{"word.pdf", func(b []noticegen.Block) ([]byte, error) {
		return noticegen.PDFWith(b, noticegen.PDFStyle{Font: noticegen.UTF8Font, Justify: true, Bullet: "-"})
	}},
}

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

// TestReadingGenerated renders each reading fixture of noticegen in every
// format and wants the sections a reader names from each.
func TestReadingGenerated(t *testing.T) {
	tests := []struct {
		name   string
		blocks []noticegen.Block
		want   []string
	}{
		{"lists", noticegen.Lists, []string{
			"title Tietosuojaseloste [empty]",
			"heading 1. Rekisterinpitäjä",
			"heading 2. Käsittelyn oikeusperuste",
			"heading 3. Rekisteröidyn oikeudet",
			"heading 4. Tietojen säilytysaika",
		}},
		{"wrapped", noticegen.Wrapped, []string{
			"title Esimerkki Oppimisalustan tietosuojaseloste",
			"heading 1. Rekisterinpitäjä",
			"heading 2. Henkilötietojen säännönmukaiset luovutukset ja siirrot kolmansille osapuolille",
			"heading 3. Tietojen säilytysaika ja poistaminen",
			"heading 4. Rekisteröidyn oikeudet",
			"heading 5. Oikeus valittaa valvontaviranomaiselle",
		}},
	}
	for _, tt := range tests {
		for _, r := range renditions {
			t.Run(tt.name+"/"+r.name, func(t *testing.T) {
				raw, err := r.render(tt.blocks)
				if err != nil {
					t.Fatal(err)
				}
				doc, err := Extract(r.name, raw, Options{})
				if err != nil {
					t.Fatal(err)
				}
				if got, want := strings.Join(shape(doc), "\n"), strings.Join(tt.want, "\n"); got != want {
					t.Errorf("sections:\n%s\nwant:\n%s", got, want)
				}
			})
		}
	}
}
