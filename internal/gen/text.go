package gen

import "strings"

// Text renders a notice as a plain-text file: a block a paragraph, headings
// with their text right below them, "• " bullets.
func Text(blocks []Block) []byte {
	var b strings.Builder
	for i, bl := range blocks {
		if i > 0 && (blocks[i-1].Kind != Heading) {
			b.WriteString("\n")
		}
		switch bl.Kind {
		case Banner, Title, Heading, Paragraph:
			b.WriteString(bl.Text + "\n")
		case Lines:
			b.WriteString(strings.Join(bl.Lines, "\n") + "\n")
		case RunIn:
			b.WriteString(bl.Text + "\n\n" + strings.Join(bl.Lines, " ") + "\n")
		case List:
			for _, item := range bl.Lines {
				b.WriteString("• " + item + "\n")
			}
		case Table:
			for _, row := range bl.Rows {
				b.WriteString(strings.Join(row, "\t") + "\n")
			}
		}
	}
	return []byte(b.String())
}
