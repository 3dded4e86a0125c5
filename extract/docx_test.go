package extract

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/internal/gen"
)

func TestDOCXReadsTheNotice(t *testing.T) {
	text, err := FromText("notice.txt", gen.Text(gen.Sample), Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc := extractFile(t, "notice.docx")
	if got, want := strings.Join(headings(doc), "|"), strings.Join(headings(text), "|"); got != want {
		t.Errorf("outline\n%s\nwant\n%s", got, want)
	}
	// A line is a paragraph or a line of one broken by hand.
	p := sourceAt(t, doc, "Esimerkkikatu 1")
	if p.Line != 7 || p.Column != 1 || doc.SourceLine(7) != "Esimerkkikatu 1, 00100 Helsinki" {
		t.Errorf("address line at %d:%d of %q", p.Line, p.Column, doc.SourceLine(p.Line))
	}
	if p := sourceAt(t, doc, "(523/1999)"); p.Line != 4 || p.Column != 46 {
		t.Errorf("(523/1999) at %d:%d", p.Line, p.Column)
	}
}

// docxWith wraps paragraphs and tables in a Word document.
func docxWith(t *testing.T, body string) []byte {
	t.Helper()
	parts := map[string]string{
		"word/document.xml": `<?xml version="1.0" encoding="UTF-8"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>` + body + `</w:body></w:document>`,
		"word/styles.xml": `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:styleId="Otsikko1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="Alaotsikko"><w:name w:val="Oma alaotsikko"/><w:basedOn w:val="Otsikko1"/></w:style>
<w:style w:type="paragraph" w:styleId="Korostus"><w:name w:val="Korostus"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Luettelo"><w:name w:val="List Bullet"/></w:style>
</w:styles>`,
	}
	data, err := gen.Package(parts)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func p(style, text string) string {
	pPr := ""
	if style != "" {
		pPr = `<w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`
	}
	return `<w:p>` + pPr + `<w:r><w:t>` + text + `</w:t></w:r></w:p>`
}

func TestDOCXStructure(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string // headings, "~text" read, "!text" not read
	}{
		{"localised style ids", p("Otsikko1", "Rekisterinpitäjä") + p("", "Esimerkki Oy") + p("Alaotsikko", "Yhteystiedot") + p("", "Puh. 040 000 0000"),
			[]string{"heading Rekisterinpitäjä", "heading Yhteystiedot"}},
		{"outline level", `<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:t>Säilytysaika</w:t></w:r></w:p>` + p("", "Kolme vuotta."),
			[]string{"heading Säilytysaika"}},
		{"bold runs", `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Tietojen luovutus</w:t></w:r></w:p>` + p("", "Tietoja ei luovuteta.") +
			`<w:p><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>Ei lihava</w:t></w:r></w:p>` + p("Korostus", "Evästeet") + p("", "Emme käytä evästeitä."),
			[]string{"heading Tietojen luovutus", "heading Evästeet", "~Ei lihava"}},
		{"list paragraphs", p("Otsikko1", "Tarkoitus") + p("Luettelo", "Asiakasrekisteri") + `<w:p><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>Markkinointi</w:t></w:r></w:p>`,
			[]string{"heading Tarkoitus", "~Asiakasrekisteri\n\nMarkkinointi"}},
		{"table rows", `<w:tbl><w:tr><w:tc>` + p("", "Rekisterinpitäjä") + `</w:tc><w:tc>` + p("", "Esimerkki Oy") + p("", "Katu 1") + `</w:tc></w:tr>` +
			`<w:tr><w:tc>` + p("", "Oikeutetun edun peruste") + `</w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>`,
			[]string{"row Rekisterinpitäjä", "row Oikeutetun edun peruste", "~Esimerkki Oy\nKatu 1"}},
		{"nested table", `<w:tbl><w:tr><w:tc>` + p("", "Tietosisältö") + `</w:tc><w:tc><w:tbl><w:tr><w:tc>` + p("", "nimi") + `</w:tc><w:tc>` + p("", "pakollinen") + `</w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>`,
			[]string{"row Tietosisältö", "~nimi\npakollinen"}},
		{"revisions and fields", `<w:p><w:del><w:r><w:delText>poistettu</w:delText></w:r></w:del><w:ins><w:r><w:t>lisätty</w:t></w:r></w:ins>` +
			`<w:r><w:instrText>HYPERLINK "x"</w:instrText></w:r><w:r><w:t xml:space="preserve"> linkki</w:t></w:r><w:r><w:tab/><w:t>sarake</w:t></w:r></w:p>`,
			[]string{"~lisätty linkki\tsarake", "!poistettu", "!HYPERLINK"}},
		{"text box once", `<w:p><w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent>` + p("", "Laatikon teksti") +
			`</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>` + p("", "Laatikon teksti") + `</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
			[]string{"~Laatikon teksti"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := FromDOCX("t.docx", docxWith(t, tt.body), Options{})
			if err != nil {
				t.Fatal(err)
			}
			expectOutline(t, doc, tt.want)
			if all := allText(doc); strings.Count(all, "Laatikon teksti") > 1 {
				t.Errorf("alternate content read twice:\n%s", all)
			}
		})
	}
}

// TestDOCXHostile: a zip bomb, honest or lying about its size, is refused
// without inflating it; other bad files get a clear error.
func TestDOCXHostile(t *testing.T) {
	honest, err := gen.ZipBombDOCX(80<<20, false)
	if err != nil {
		t.Fatal(err)
	}
	lying, err := gen.ZipBombDOCX(2<<20, true)
	if err != nil {
		t.Fatal(err)
	}
	var noDocument bytes.Buffer
	zw := zip.NewWriter(&noDocument)
	_, _ = zw.Create("word/styles.xml")
	_ = zw.Close()
	tests := []struct {
		name string
		data []byte
		err  string
	}{
		{"zip bomb", honest, "over the limit of 64 MiB: refused (a zip bomb?)"},
		{"zip bomb lying about its size", lying, "inflates to more than the archive says (a zip bomb?)"},
		{"not a zip", []byte("Tietosuojaseloste\n"), "not a Word document (a .docx is a zip archive)"},
		{"no document part", noDocument.Bytes(), "no word/document.xml"},
		{"truncated", gen.Truncated(docxWith(t, p("", "Teksti")), 300), "not a Word document"},
		{"broken XML", docxWith(t, "<w:p><w:r><w:t>Teksti</w:r>"), "cannot read the Word document"},
		{"empty", docxWith(t, "<w:p/>"), "empty file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := FromDOCX(tt.name+".docx", tt.data, Options{})
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("error %v, want one saying %q", err, tt.err)
			}
		})
	}
	doc, err := FromDOCX("scan.docx", docxWith(t, `<w:p><w:r><w:drawing/></w:r></w:p>`), Options{})
	if err != nil || !doc.Unreadable() {
		t.Errorf("a document of one picture: %v, quality %v", err, doc)
	}
}

// TestDOCXBoldHeadingLevels: headings told by bold type are siblings under
// the last styled heading, not each under the one before.
func TestDOCXBoldHeadingLevels(t *testing.T) {
	bold := func(s string) string { return `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>` + s + `</w:t></w:r></w:p>` }
	doc, err := FromDOCX("b.docx", docxWith(t, p("Otsikko1", "Oikeutesi")+bold("Tarkastusoikeus")+p("", "Voit tarkastaa tietosi.")+bold("Poisto-oikeus")+p("", "Voit pyytää poistoa.")), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var levels []int
	for _, s := range doc.Sections {
		levels = append(levels, s.Level)
	}
	if len(levels) != 3 || levels[1] != levels[2] || levels[1] <= levels[0] {
		t.Errorf("levels %v, want two siblings under the heading", levels)
	}
}
