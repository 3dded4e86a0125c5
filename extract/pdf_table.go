package extract

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// pdfTable is the label/value table being read: where its label and value
// cells start, the row pitch, its rows' type size, and the line of its
// last row.
type pdfTable struct {
	on             bool
	labelX, valueX float64
	pitch, lastY   float64
	size           float64
	lastLine       int
}

// pdfWide is the table of three or more columns being read: where its
// columns start, their names (the header row, if bold), and the row being
// read, a text per column (a cell's text may wrap over several rows).
type pdfWide struct {
	on      bool
	size    float64 // the type size of its rows
	cols    []float64
	header  []Text
	row     [][]Text
	pending bool // the header is not written yet
}

// tableRow reports whether row i is a template row: a label cell and a
// value cell. A table starts only where the next row keeps its value
// column (another row, or the value going on under its cell): a line of
// justified text whose one wide gap splits it in two is no table.
func (l *pdfLines) tableRow(i int, row *pdfRow) bool {
	if len(row.cells) != 2 {
		return false
	}
	if label := joinRuns(row.cells[0]); !isLabelCell(label) || startsLower(label) {
		return false
	}
	valueX := row.valueX()
	if l.table.on {
		return math.Abs(valueX-l.table.valueX) <= sameX
	}
	if i+1 >= len(l.rows) {
		return false
	}
	next := l.rows[i+1]
	switch len(next.cells) {
	case 1:
		return math.Abs(next.x()-valueX) <= sameX
	case 2:
		return math.Abs(next.valueX()-valueX) <= sameX && !isMarkerCell(next.cells[0])
	}
	return false
}

// isMarkerCell reports whether a cell holds only a bullet or a list or
// heading number: "•", "-", "1.", "2.1", "a)".
func isMarkerCell(cell []pdfRun) bool {
	s := joinRuns(cell)
	if s == "" || len(s) > 6 {
		return false
	}
	if r, size := utf8.DecodeRuneInString(s); size == len(s) && strings.ContainsRune(bulletRunes, r) {
		return true
	}
	num, rest := splitNumber(s + " x")
	return num != "" && rest == "x" || listMarker(s+" x") != 0
}

func (l *pdfLines) startTableRow(row *pdfRow, line Line) {
	if l.table.on {
		l.table.pitch = l.table.lastY - row.y
	} else {
		l.table.pitch = 0
		l.table.size = row.size
		l.tables++
	}
	line.Table = l.tables
	l.table.on = true
	l.table.labelX = row.x()
	if len(row.cells) == 2 {
		l.table.valueX = row.valueX()
	}
	l.table.lastY = row.y
	l.out = append(l.out, line)
	l.table.lastLine = len(l.out) - 1
}

// continueValue adds a row to the value cell of the table's last row.
func (l *pdfLines) continueValue(row *pdfRow) {
	t := l.rowText(row, " ")
	last := &l.out[l.table.lastLine]
	var b TextBuilder
	if last.Value.Len() > 0 {
		b.Append(last.Value)
		b.AppendString("\n")
	}
	b.Append(t)
	last.Value = b.Text()
	l.table.lastY = row.y
}

// continuesLabel reports whether a row goes on with the label cell of the
// table's last row, wrapped in a narrow column ("2. Rättslig grund och
// ändamål med behandlingen av" / "personuppgifter"): it starts where the
// labels do, in lower case or after a label line that cannot end one (a
// hyphen, "ja", "och", "of"), and holds at most the value going on beside it.
func (l *pdfLines) continuesLabel(row *pdfRow) bool {
	if len(row.cells) > 2 || math.Abs(row.x()-l.table.labelX) > sameX ||
		len(row.cells) == 2 && math.Abs(row.valueX()-l.table.valueX) > sameX {
		return false
	}
	s := joinRuns(row.cells[0])
	if r, _ := utf8.DecodeRuneInString(s); unicode.IsDigit(r) || StartsWithBullet(s) {
		return false // the next numbered row, or a list
	}
	above := l.out[l.table.lastLine].Text.S
	var buf [lowerRoom]byte
	return startsLower(s) || strings.HasSuffix(above, "-") || continuesOnNextLine(lowerIn(&buf, above))
}

// continueLabel adds a row's first cell to the label of the table's last
// row, and its second, if any, to that row's value.
func (l *pdfLines) continueLabel(row *pdfRow) {
	t := l.rowText(row, "\t")
	label := t.Slice(0, len(joinRuns(row.cells[0])))
	last := &l.out[l.table.lastLine]
	last.Text = joinWrapped(last.Text, label)
	if len(row.cells) == 2 {
		value := t.Slice(label.Len()+1, t.Len())
		var b TextBuilder
		if last.Value.Len() > 0 {
			b.Append(last.Value)
			b.AppendString("\n")
		}
		b.Append(value)
		last.Value = b.Text()
	}
	l.table.lastY = row.y
}

// emptyValueRow reports whether a lone label in a table is a row whose
// value cell is empty: the next row is the table's too, or the row keeps
// the table's pitch.
func (l *pdfLines) emptyValueRow(i int) bool {
	row := l.rows[i]
	if !isLabelCell(joinRuns(row.cells[0])) {
		return false
	}
	if i+1 < len(l.rows) {
		next := l.rows[i+1]
		if len(next.cells) == 2 && math.Abs(next.valueX()-l.table.valueX) <= sameX {
			return true
		}
	}
	return l.table.pitch > 0 && math.Abs(l.table.lastY-row.y-l.table.pitch) <= 0.25*l.table.pitch
}

// startsWide reports whether row i starts a table of three or more
// columns: the next row's cells start where this row's do, all of them
// (a justified line split at wide gaps lines up with the next only by
// chance), or, under a header row in bold, at some of them.
func (l *pdfLines) startsWide(i int, row *pdfRow) bool {
	if len(row.cells) < 3 || i+1 >= len(l.rows) || l.rows[i+1].page != row.page {
		return false
	}
	next := l.rows[i+1]
	if len(next.cells) < 2 || !row.bold && len(next.cells) != len(row.cells) {
		return false
	}
	cols := cellStarts(row)
	for _, c := range next.cells {
		if columnAt(cols, c[0].x) < 0 {
			return false
		}
	}
	l.wide = pdfWide{cols: cols}
	if row.bold && !next.bold {
		l.wide.header = make([]Text, len(cols)) // filled by wideRow
	}
	return true
}

func cellStarts(row *pdfRow) []float64 {
	xs := make([]float64, len(row.cells))
	for k, c := range row.cells {
		xs[k] = c[0].x
	}
	return xs
}

// columnAt returns the column that starts at x, or -1.
func columnAt(cols []float64, x float64) int {
	for k, c := range cols {
		if math.Abs(c-x) <= sameX {
			return k
		}
	}
	return -1
}

// wideRow reads a row into the open table of three or more columns, and
// reports false for a row that is not the table's: one whose cells start
// elsewhere. A row with text in the first column starts a new row of the
// table; one without goes on with the row above.
func (l *pdfLines) wideRow(row *pdfRow) bool {
	w := &l.wide
	if w.on {
		if math.Abs(row.size-w.size) > 0.25 {
			return false // a heading after the table
		}
		for _, c := range row.cells {
			if columnAt(w.cols, c[0].x) < 0 {
				return false
			}
		}
	}
	texts := l.cellTexts(row)
	if !w.on {
		w.on, w.size = true, row.size
		if w.header != nil {
			w.header, w.pending = texts, true
			return true
		}
	}
	if columnAt(w.cols, row.x()) == 0 || w.row == nil {
		l.flushWide()
		w.row = make([][]Text, len(w.cols))
	}
	for k, c := range row.cells {
		col := columnAt(w.cols, c[0].x)
		w.row[col] = append(w.row[col], texts[k])
	}
	return true
}

// cellTexts makes a row's text a line of its own and returns each cell's
// part of it.
func (l *pdfLines) cellTexts(row *pdfRow) []Text {
	t := l.rowText(row, "\t")
	out := make([]Text, len(row.cells))
	at := 0
	for k, c := range row.cells {
		n := len(joinRuns(c))
		out[k] = t.Slice(at, at+n)
		at += n + 1
	}
	return out
}

// flushWide writes the table row read so far: each cell named by its
// column ("Säilytysaika: kuusi vuotta"), or without a header the cells
// joined by " | ", the row's lines kept together.
func (l *pdfLines) flushWide() {
	w := &l.wide
	if w.row == nil {
		return
	}
	cells := make([]Text, len(w.row))
	for k, parts := range w.row {
		cells[k] = joinTexts(parts, " ")
		if len(parts) == 0 {
			cells[k] = NewText("", Position{})
		}
	}
	w.row, w.pending = nil, false
	l.blankLine()
	if w.header == nil {
		l.out = append(l.out, Line{Text: joinTexts(cells, " | "), Kind: LineBody})
		return
	}
	for _, t := range namedCells(w.header, cells) {
		l.out = append(l.out, Line{Text: t, Kind: LineBody})
	}
}

// endWide ends the table of three or more columns, if one is open.
func (l *pdfLines) endWide() {
	if !l.wide.on {
		return
	}
	l.flushWide()
	if l.wide.pending {
		l.out = append(l.out, Line{Text: joinTexts(l.wide.header, " | "), Kind: LineBody})
	}
	l.wide = pdfWide{}
	l.blankLine()
}

// blankLine separates what follows from the lines before it.
func (l *pdfLines) blankLine() {
	if n := len(l.out); n > 0 && l.out[n-1].Text.Len() > 0 {
		l.out = append(l.out, Line{Text: NewText("", Position{Offset: l.offset, Line: len(l.text) + 1, Column: 1})})
	}
}
