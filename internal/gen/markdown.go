package gen

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
		case Banner:
			b.WriteString("# " + mdEscaper.Replace(bl.Text) + "\n")
		case RunIn:
			b.WriteString("**" + mdEscaper.Replace(bl.Text) + "**\n" + mdEscaper.Replace(strings.Join(bl.Lines, " ")) + "\n")
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
		case Table:
			rows := bl.Rows
			if !bl.Header && len(rows) > 0 {
				rows = append([][]string{make([]string, len(rows[0]))}, rows...) // an empty header row
			}
			for r, row := range rows {
				cells := make([]string, len(row))
				for i, c := range row {
					cells[i] = mdEscaper.Replace(c)
				}
				b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
				if r == 0 {
					b.WriteString(strings.Repeat("|---", len(row)) + "|\n")
				}
			}
		}
	}
	return []byte(b.String())
}
