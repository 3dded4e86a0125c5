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

// TestMarkdownFallback: Markdown the parser would take more than linear
// time on is read as plain text, and the document says so; Markdown as
// notices are written is parsed as always.
func TestMarkdownFallback(t *testing.T) {
	notice := "# Tietosuojaseloste\n\nRekisterinpitäjä on Esimerkki Oy.\n\n"
	tests := []struct {
		name, src, why string // why: "" for no fallback
	}{
		{"list markers", notice + strings.Repeat("- ", 100_000) + "x\n", "a line opens 150000 nested lists or quotes, more than 16"},
		{"block quotes", notice + strings.Repeat(">", 20) + " x\n", "a line opens 20 nested lists or quotes"},
		{"indentation", notice + "- a\n" + strings.Repeat(" ", 40) + "- b\n", "a line opens 21 nested lists or quotes"},
		{"delimiters", notice + strings.Repeat("*a_ ", 20_000) + "\n", "leave too many emphasis and link delimiters (* _ ~ [ < `) open"},
		{"table cells", notice + "|" + strings.Repeat("a|", 500) + "\n|" + strings.Repeat("-|", 500) + "\n" + strings.Repeat("|x\n", 500), "tables have more cells than the file has text for"},
		{"long paragraph", notice + strings.Repeat("sana ", 60_000) + "\n", "a paragraph or table is longer than 256 KiB"},
		{"nested lists as written", notice + "- a\n  - b\n    - c\n      1. d\n> lainaus\n> > sisempi\n", ""},
		{"links and emphasis", notice + strings.Repeat("Katso [ohje](https://esimerkki.example/ohje) ja *huomaa* `koodi`, <https://esimerkki.example>.\n", 2000), ""},
		{"names with underscores", notice + strings.Repeat("Tallennamme kentät first_name, last_name ja e_mail. ", 2000) + "\n", ""},
		{"a table", notice + "| Tarkoitus | Peruste | Säilytys |\n|---|---|---|\n" + strings.Repeat("| Asiakassuhde | Sopimus | 2 vuotta |\n", 500), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := FromMarkdown("t.md", []byte(tt.src), Options{})
			if err != nil {
				t.Fatal(err)
			}
			switch {
			case tt.why == "" && (doc.Fallback != "" || doc.Format != FormatMarkdown):
				t.Errorf("format %s, fallback %q; want Markdown", doc.Format, doc.Fallback)
			case tt.why != "" && (!strings.Contains(doc.Fallback, tt.why) || !strings.HasPrefix(doc.Fallback, "read as plain text") || doc.Format != FormatText):
				t.Errorf("format %s, fallback %q; want plain text because %q", doc.Format, doc.Fallback, tt.why)
			}
			if doc.Title != "Tietosuojaseloste" && doc.Title != "# Tietosuojaseloste" {
				t.Errorf("title %q: the notice was not read", doc.Title)
			}
		})
	}
}
