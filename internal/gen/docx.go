package gen

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"sort"
	"strings"
)

// DOCX renders a notice as a Word document: the Title style for the title,
// Heading 1 for headings, a list style with numbering for lists, manual
// line breaks between address lines.
func DOCX(blocks []Block) ([]byte, error) {
	var body strings.Builder
	for _, bl := range blocks {
		switch bl.Kind {
		case Banner:
			body.WriteString(boldParagraph(bl.Text))
		case Title:
			body.WriteString(paragraph("Title", false, bl.Text))
		case Heading:
			body.WriteString(paragraph("Heading1", false, bl.Text))
		case Paragraph:
			body.WriteString(paragraph("", false, bl.Text))
		case Lines:
			body.WriteString(paragraph("", false, bl.Lines...))
		case RunIn:
			body.WriteString(paragraph("", false, bl.Text, "", strings.Join(bl.Lines, " ")))
		case List:
			for _, item := range bl.Lines {
				body.WriteString(paragraph("ListParagraph", true, item))
			}
		case Table:
			body.WriteString(docxTable(bl))
		}
	}
	return Package(map[string]string{"word/document.xml": document(body.String()), "word/styles.xml": styles})
}

// paragraph writes a w:p of style; lines are joined by manual line breaks.
func paragraph(style string, numbered bool, lines ...string) string {
	var b strings.Builder
	b.WriteString("<w:p>")
	if style != "" || numbered {
		b.WriteString("<w:pPr>")
		if style != "" {
			b.WriteString(`<w:pStyle w:val="` + style + `"/>`)
		}
		if numbered {
			b.WriteString(`<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>`)
		}
		b.WriteString("</w:pPr>")
	}
	for i, l := range lines {
		if i > 0 {
			b.WriteString("<w:r><w:br/></w:r>")
		}
		b.WriteString(`<w:r><w:t xml:space="preserve">` + escapeXML(l) + "</w:t></w:r>")
	}
	b.WriteString("</w:p>\n")
	return b.String()
}

// docxTable writes a w:tbl, its header row (if any) marked to repeat on
// each page and in bold, as Word writes one.
func docxTable(bl Block) string {
	var b strings.Builder
	b.WriteString("<w:tbl>")
	for r, row := range bl.Rows {
		header := r == 0 && bl.Header
		b.WriteString("<w:tr>")
		if header {
			b.WriteString("<w:trPr><w:tblHeader/></w:trPr>")
		}
		for _, c := range row {
			run := `<w:r><w:t xml:space="preserve">` + escapeXML(c) + "</w:t></w:r>"
			if header {
				run = `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">` + escapeXML(c) + "</w:t></w:r>"
			}
			b.WriteString("<w:tc><w:p>" + run + "</w:p></w:tc>")
		}
		b.WriteString("</w:tr>")
	}
	b.WriteString("</w:tbl>\n")
	return b.String()
}

// boldParagraph writes a w:p of one bold run.
func boldParagraph(text string) string {
	return `<w:p><w:r><w:rPr><w:b/><w:sz w:val="48"/></w:rPr><w:t xml:space="preserve">` + escapeXML(text) + "</w:t></w:r></w:p>\n"
}

func escapeXML(s string) string {
	var b bytes.Buffer
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

func document(body string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<w:body>
` + body + `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>
</w:body>
</w:document>
`
}

// styles names the styles as Word does: ids may be localised ("Otsikko1"),
// names are not ("heading 1").
const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Otsikko2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style>
</w:styles>
`

// Package zips the parts of a Word document, with the content types and
// relationships Word needs to open it.
func Package(parts map[string]string) ([]byte, error) {
	all := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>
`,
		"_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>
`,
		"word/_rels/document.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>
`,
	}
	for name, data := range parts {
		all[name] = data
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	names := make([]string, 0, len(all))
	for name := range all {
		names = append(names, name)
	}
	sort.Strings(names) // "[Content_Types].xml" first, as Word likes it
	for _, name := range names {
		data := all[name]
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: fixedDate})
		if err != nil {
			return nil, err
		}
		if _, err := fw.Write([]byte(data)); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
