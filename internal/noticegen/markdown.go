package noticegen

import "strings"

// mdEscaper shows markup in text as text: "<p>" is written "&lt;p\>", so
// that both kinds of escape are read.
var mdEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", `\>`, "*", `\*`, "_", `\_`)

// Markdown renders a notice as Markdown, with front matter as a static
// site generator wants it.
func Markdown(blocks []Block) []byte {
	var b strings.Builder
	b.WriteString("---\ntitle: Tietosuojaseloste\nlayout: page\n---\n\n")
	for i, bl := range blocks {
		if i > 0 {
			b.WriteString("\n")
		}
		switch bl.Kind {
		case Title:
			b.WriteString("# " + mdEscaper.Replace(bl.Text) + "\n")
		case Heading:
			b.WriteString("## " + mdEscaper.Replace(bl.Text) + "\n")
		case Paragraph:
			b.WriteString(mdEscaper.Replace(bl.Text) + "\n")
		case Lines:
			for k, l := range bl.Lines {
				b.WriteString(mdEscaper.Replace(l))
				if k < len(bl.Lines)-1 {
					b.WriteString(`\`)
				}
				b.WriteString("\n")
			}
		case List:
			for _, item := range bl.Lines {
				b.WriteString("- " + mdEscaper.Replace(item) + "\n")
			}
		}
	}
	return []byte(b.String())
}
