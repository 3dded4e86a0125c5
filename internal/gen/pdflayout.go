package gen

import (
	"strings"
)

// PDFStyle is how a PDF lays a notice out, as the word processors that
// write real notices do; its zero value is PDF's plain layout.
type PDFStyle struct {
	Font string // CoreFont (the default) or UTF8Font
	// Justify sets paragraphs flush with both margins, word by word: the
	// gaps between words grow unevenly, a line of few words gets wide ones.
	Justify bool
	// Bullet, when set, draws each list item's bullet ("-", "•") in a column
	// of its own and its text indented after it, continuation lines under
	// the text; otherwise an item is one run, "• item".
	Bullet string
}

// PDFWith renders a notice as an A4 PDF in the given style: a 16 pt bold
// title, 12 pt bold headings (a heading's Wrap, when set, is how the writer
// broke it over lines), 11 pt text, tables with bordered cells and a bold
// header row.
func PDFWith(blocks []Block, st PDFStyle) ([]byte, error) {
	w := newPDF(st.Font)
	for i, bl := range blocks {
		if i > 0 && bl.Kind != List {
			w.Ln(3)
		}
		switch bl.Kind {
		case Banner:
			w.SetFont(w.family, "", 24)
			w.CellFormat(0, 12, w.tr(bl.Text), "", 1, "L", false, 0, "")
		case Title, Heading:
			size, h := 12.0, 6.0
			if bl.Kind == Title {
				size, h = 16, 9
			}
			w.SetFont(w.family, "B", size)
			for k, l := range bl.wrapped() {
				if k > 0 && k == bl.PageAt {
					w.AddPage()
				}
				w.CellFormat(0, h, w.tr(l), "", 1, "L", false, 0, "")
			}
		case Paragraph:
			w.SetFont(w.family, "", 11)
			switch {
			case st.Justify:
				w.justified(bl, 170)
			case len(bl.Wrap) > 0:
				for _, l := range bl.Wrap {
					w.CellFormat(0, 5.5, w.tr(l), "", 1, "L", false, 0, "")
				}
			default:
				w.MultiCell(0, 5.5, w.tr(bl.Text), "", "L", false)
			}
		case RunIn:
			w.SetFont(w.family, "", 11)
			w.CellFormat(0, 5.5, w.tr(bl.Text), "", 1, "L", false, 0, "")
			w.Ln(5.5)
			w.MultiCell(0, 5.5, w.tr(strings.Join(bl.Lines, " ")), "", "L", false)
		case Lines:
			w.SetFont(w.family, "", 11)
			for _, l := range bl.Lines {
				w.CellFormat(0, 5.5, w.tr(l), "", 1, "L", false, 0, "")
			}
		case List:
			w.SetFont(w.family, "", 11)
			for _, item := range bl.Lines {
				if st.Bullet == "" {
					w.CellFormat(0, 5.5, w.tr("• "+item), "", 1, "L", false, 0, "")
					continue
				}
				left, _, _, _ := w.GetMargins()
				y := w.GetY()
				w.SetXY(left+5, y)
				w.CellFormat(6, 5.5, w.tr(st.Bullet), "", 0, "L", false, 0, "")
				w.SetXY(left+11, y)
				w.MultiCell(159, 5.5, w.tr(item), "", "L", false)
			}
		case Table:
			w.table(bl)
		}
	}
	return w.bytes()
}

// justified writes a paragraph flush with both margins: every line but the
// last spread over width mm by widening the gaps between its words. The
// lines are the block's Wrap, or the text broken to the width.
func (w *pdfWriter) justified(bl Block, width float64) {
	lines := bl.Wrap
	if len(lines) == 0 {
		lines = append(lines, w.SplitText(w.tr(bl.Text), width)...)
	} else {
		for i := range lines {
			lines[i] = w.tr(lines[i])
		}
	}
	left, _, _, _ := w.GetMargins()
	y := w.GetY()
	for i, l := range lines {
		ws := strings.Fields(l)
		gap := w.GetStringWidth(" ")
		if i < len(lines)-1 && len(ws) > 1 {
			total := 0.0
			for _, word := range ws {
				total += w.GetStringWidth(word)
			}
			gap = (width - total) / float64(len(ws)-1)
		}
		x := left
		for _, word := range ws {
			w.Text(x, y+4, word)
			x += w.GetStringWidth(word) + gap
		}
		y += 5.5
	}
	w.SetY(y)
}

// table draws a table of bordered cells of equal width, the header row (if
// the block has one) in bold; a cell's text wraps within it.
func (w *pdfWriter) table(bl Block) {
	if len(bl.Rows) == 0 {
		return
	}
	left, _, _, _ := w.GetMargins()
	colW := 170 / float64(len(bl.Rows[0]))
	for r, row := range bl.Rows {
		style := ""
		if r == 0 && bl.Header {
			style = "B"
		}
		w.SetFont(w.family, style, 10)
		lines := 1
		for _, cell := range row {
			lines = max(lines, len(w.SplitText(w.tr(cell), colW-2)))
		}
		h := 5.5 * float64(lines)
		y := w.GetY()
		for c, cell := range row {
			x := left + float64(c)*colW
			w.Rect(x, y, colW, h, "D")
			w.SetXY(x, y)
			w.MultiCell(colW, 5.5, w.tr(cell), "", "L", false)
		}
		w.SetXY(left, y+h)
	}
}

// wrapped is how a title or heading stands in a PDF: its Wrap, else its text
// on one line.
func (bl Block) wrapped() []string {
	if len(bl.Wrap) > 0 {
		return bl.Wrap
	}
	return []string{bl.Text}
}
