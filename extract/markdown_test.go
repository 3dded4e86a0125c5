package extract

import (
	"os"
	"strings"
	"testing"
)

func TestMarkdownPositions(t *testing.T) {
	src := "---\ntitle: Seloste\n---\n# Tietosuojaseloste\n\nKäsittelemme tietoja *henkilötietolain*\n(523/1999) mukaan \\<p\\> &amp;nbsp; `&lt;br&gt;`.\n\n" +
		"## 2. Oikeudet\n\n- Oikeus tarkastaa\n- **Oikeus** poistaa\n"
	doc, err := FromMarkdown("a.md", []byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		sub       string
		line, col int
	}{
		{"Tietosuojaseloste", 4, 3},
		{"henkilötietolain", 6, 23}, // inside emphasis
		{"(523/1999)", 7, 1},        // the next source line
		{"<p>", 7, 20},              // a backslash escape maps to the character it escapes
		{"&nbsp;", 7, 25},           // "&amp;" decoded to "&"
		{"&lt;br&gt;", 7, 37},       // a code span is shown as written
		{"2. Oikeudet", 9, 4},
		{"Oikeus poistaa", 12, 5},
	}
	for _, tt := range tests {
		p := sourceAt(t, doc, tt.sub)
		if p.Line != tt.line || p.Column != tt.col {
			t.Errorf("%q at %d:%d, want %d:%d", tt.sub, p.Line, p.Column, tt.line, tt.col)
		}
	}
	if got, want := strings.Join(headings(doc), "|"), "title Tietosuojaseloste|heading 2. Oikeudet"; got != want {
		t.Errorf("headings %q, want %q (front matter is no heading)", got, want)
	}
}

func TestMarkdownStructure(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string // headings, "~text" read, "!text" not read
	}{
		{"setext and bold", "Tietosuojaseloste\n=================\n\n**Rekisterin nimi**\n\nAsiakasrekisteri\n",
			[]string{"title Tietosuojaseloste", "heading Rekisterin nimi", "~Asiakasrekisteri"}},
		{"table", "| Kohta | Sisältö |\n|---|---|\n| Rekisterinpitäjä | Esimerkki Oy |\n| Oikeutetun edun peruste | |\n",
			[]string{"row Rekisterinpitäjä", "row Oikeutetun edun peruste", "~Kohta | Sisältö"}},
		{"list items are body", "## Tarkoitus\n\n- Asiakasrekisteri\n- Markkinointi\n",
			[]string{"heading Tarkoitus", "~Asiakasrekisteri\n\nMarkkinointi"}},
		{"html block", "# Tietosuojaseloste\n\n<div class=\"huom\">\n<p>Päivitetty 1.2.2026</p>\n</div>\n\n<!-- kommentti -->\n",
			[]string{"title Tietosuojaseloste", "~Päivitetty 1.2.2026", "!kommentti", "!huom"}},
		{"inline html", "Rivi <span>yksi</span><br>rivi kaksi <img src=\"a.png\">\n",
			[]string{"~Rivi yksi\nrivi kaksi", "!span", "!img"}},
		{"code block", "```\nRekisterinpitäjä: Esimerkki Oy\n```\n",
			[]string{"~Rekisterinpitäjä: Esimerkki Oy"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := FromMarkdown("t.md", []byte(tt.src), Options{})
			if err != nil {
				t.Fatal(err)
			}
			expectOutline(t, doc, tt.want)
		})
	}
}

func TestMarkdownImageOnly(t *testing.T) {
	doc, err := FromMarkdown("scan.md", []byte("![Tietosuojaseloste](seloste.png)\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !doc.Unreadable() {
		t.Errorf("quality %.2f, want unreadable", doc.Quality)
	}
}

// TestMarkdownDialects: the markup static site generators add to Markdown
// (front matter, kramdown attribute lists, MDC components and their props,
// Docusaurus admonitions) is no visible text; the text inside components
// is.
func TestMarkdownDialects(t *testing.T) {
	for name, hidden := range map[string][]string{
		"dialects.md":      {"title:", "layout", "{:", "target=", ".ingress", "::", "HeaderPage", "ContentImage", "src:", "alt:", "note"},
		"dialects-toml.md": {"+++", "title =", "date ="},
	} {
		raw, err := os.ReadFile("../testdata/reading/" + name)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := FromMarkdown(name, raw, Options{})
		if err != nil {
			t.Fatal(err)
		}
		all := allText(doc)
		for _, h := range hidden {
			if strings.Contains(all, h) {
				t.Errorf("%s: %q read as text:\n%s", name, h, all)
			}
		}
		for _, shown := range []string{"Exempel Städ AB är personuppgiftsansvarig", "info@stad.example", "Läs mer på vår sida."} {
			if name == "dialects.md" && !strings.Contains(all, shown) {
				t.Errorf("%s: %q left out:\n%s", name, shown, all)
			}
		}
	}
	// A page whose only title is its front matter's.
	doc, err := FromMarkdown("p.md", []byte("---\ntitle: 'Privacy policy'\n---\n\n### Data Controller\n\nExample Ltd.\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Privacy policy" {
		t.Errorf("title %q, want the front matter's", doc.Title)
	}
}
