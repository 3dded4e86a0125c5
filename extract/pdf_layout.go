package extract

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// pageText is the text runs of one page.
type pageText struct {
	number int
	runs   []pdfRun
}

// pdfRow is the runs of a page that share a baseline, left to right,
// grouped into cells where a gap is a column's.
type pdfRow struct {
	page  int
	y     float64
	size  float64 // the largest font size in the row
	bold  bool    // every run bold
	cells [][]pdfRun
}

func (r *pdfRow) x() float64 { return r.cells[0][0].x }

// valueX returns where the second cell starts: a table row's value.
func (r *pdfRow) valueX() float64 { return r.cells[1][0].x }

// Gaps, in units of the font size: a wider gap than spaceGap between two
// runs is a space the PDF did not write; a wider one than cellGap, or a
// wider one than columnGap that starts at a column, separates table cells.
const (
	spaceGap     = 0.15
	columnGap    = 0.5
	cellGap      = 2.0
	paragraphGap = 1.6 // baseline distance, above which a blank line separates rows
	sameX        = 2.0 // points within which two rows start at the same x
)

// pageNumber matches a row that holds only a page number: "3", "3/5",
// "Sivu 3 (5)", "Page 3 of 5". It is compiled when first used: most
// processes read no PDF.
var pageNumber = lazyRegexp(`^(?i:(?:sivu|page|sida|s\.)\s*)?\d{1,4}(?:\s*(?:/|\(|of|av|af|/|–|-)\s*\d{1,4}\)?)?$`)

// layoutPDF turns the pages' runs into lines for the sectionizer, and
// returns the rows' text, which the lines' positions count in, with the
// page of each row.
func layoutPDF(pages []pageText, stop *stopper) (lines []Line, text []string, rowPages []int) {
	var rows []*pdfRow
	for _, p := range pages {
		stop.now()
		rows = append(rows, pageRows(p)...)
	}
	stop.now()
	l := pdfLines{rows: rows, stop: stop}
	l.bodySize, l.boldShare = textStyle(rows)
	l.headingSizes = headingSizes(rows, l.bodySize)
	l.run()
	return l.out, l.text, l.pages
}

// pageRows groups a page's runs into rows, top to bottom, and the rows'
// runs into cells.
func pageRows(p pageText) []*pdfRow {
	runs := p.runs
	sort.SliceStable(runs, func(i, j int) bool { return runs[i].y > runs[j].y })
	var rows []*pdfRow
	for i := 0; i < len(runs); {
		j := i + 1
		tol := 0.5 * math.Max(runs[i].size, 1)
		for j < len(runs) && runs[i].y-runs[j].y <= tol {
			j++
		}
		line := append([]pdfRun(nil), runs[i:j]...)
		sort.SliceStable(line, func(a, b int) bool { return line[a].x < line[b].x })
		line = dropOverprint(line)
		row := &pdfRow{page: p.number, y: runs[i].y, bold: true}
		for _, r := range line {
			row.size = math.Max(row.size, r.size)
			row.bold = row.bold && r.bold
		}
		row.cells = [][]pdfRun{line}
		if !pageNumber().MatchString(strings.TrimSpace(joinRuns(line))) {
			rows = append(rows, row)
		}
		i = j
	}
	splitCells(rows)
	return rows
}

// dropOverprint drops a run drawn again on top of itself, as some writers
// fake bold type.
func dropOverprint(line []pdfRun) []pdfRun {
	out := line[:0]
	for _, r := range line {
		if n := len(out); n > 0 && out[n-1].s == r.s && math.Abs(out[n-1].x-r.x) < 1 {
			continue
		}
		out = append(out, r)
	}
	return out
}

// splitCells cuts rows into cells at wide gaps, and at narrower gaps where
// several rows of the page start a column at the same x.
func splitCells(rows []*pdfRow) {
	var starts []float64
	for _, row := range rows {
		line := row.cells[0]
		for k := 1; k < len(line); k++ {
			if gap(line[k-1], line[k]) > columnGap*line[k].size {
				starts = append(starts, line[k].x)
			}
		}
	}
	// Sorted, the starts near x are found by two binary searches: a page
	// of many runs costs no more than a page of few, run for run.
	slices.Sort(starts)
	isColumn := func(x float64) bool {
		from, _ := slices.BinarySearch(starts, x-sameX)
		to, found := slices.BinarySearch(starts, x+sameX)
		if found {
			for to < len(starts) && starts[to] == x+sameX {
				to++
			}
		}
		return to-from >= 2
	}
	for _, row := range rows {
		line := row.cells[0]
		var cells [][]pdfRun
		start := 0
		for k := 1; k < len(line); k++ {
			g := gap(line[k-1], line[k])
			if g > cellGap*line[k].size || g > columnGap*line[k].size && isColumn(line[k].x) {
				cells = append(cells, line[start:k])
				start = k
			}
		}
		cells = append(cells, line[start:])
		row.cells = cells
	}
}

func gap(a, b pdfRun) float64 { return b.x - (a.x + a.w) }

// joinRuns joins a cell's runs, with a space where the gap between two is
// one.
func joinRuns(runs []pdfRun) string {
	var sb strings.Builder
	for k, r := range runs {
		s := r.s
		if k > 0 {
			prev := runs[k-1]
			if gap(prev, r) > spaceGap*math.Max(r.size, 1) && !strings.HasSuffix(prev.s, " ") && !strings.HasPrefix(s, " ") {
				sb.WriteByte(' ')
			}
		}
		sb.WriteString(s)
	}
	return strings.TrimFunc(sb.String(), isSpace)
}

// textStyle returns the body text's font size (the size most characters
// have) and the share of characters in bold.
func textStyle(rows []*pdfRow) (size, boldShare float64) {
	bySize := map[float64]int{}
	bold, total := 0, 0
	for _, row := range rows {
		for _, cell := range row.cells {
			for _, r := range cell {
				n := utf8.RuneCountInString(r.s)
				bySize[math.Round(r.size*2)/2] += n
				total += n
				if r.bold {
					bold += n
				}
			}
		}
	}
	best := 0
	for s, n := range bySize {
		if n > best || n == best && s < size {
			size, best = s, n
		}
	}
	if total > 0 {
		boldShare = float64(bold) / float64(total)
	}
	return size, boldShare
}

// headingSizes lists the sizes above the body text's, largest first: the
// levels of headings told by size.
func headingSizes(rows []*pdfRow, body float64) []float64 {
	var sizes []float64
	seen := map[float64]bool{}
	for _, row := range rows {
		s := math.Round(row.size*2) / 2
		if isHeadingSize(s, body) && !seen[s] {
			seen[s] = true
			sizes = append(sizes, s)
		}
	}
	sort.Sort(sort.Reverse(sort.Float64Slice(sizes)))
	return sizes
}

func isHeadingSize(size, body float64) bool { return body > 0 && size >= body*1.15 }

// pdfLines classifies rows into lines.
type pdfLines struct {
	stop         *stopper
	rows         []*pdfRow
	bodySize     float64
	boldShare    float64
	headingSizes []float64

	out    []Line
	text   []string // the rows' text, one a line
	pages  []int    // the page of each row
	offset int      // where the next row starts in the rows' text joined by "\n"
	tables int      // tables read so far, to number their rows

	// The list item being read: where its text starts, for the lines that
	// go on under it.
	item struct {
		on    bool
		textX float64
	}
	table pdfTable // the label/value table being read
	wide  pdfWide  // the table of three or more columns being read
}

func (l *pdfLines) run() {
	for i, row := range l.rows {
		l.stop.check()
		blank := l.separate(i)
		if blank {
			l.item.on = false
		}
		if l.wide.on && !l.wideRow(row) {
			l.endWide()
		}
		switch {
		case l.wide.on:
			// read by wideRow
		case l.startsWide(i, row):
			l.table.on, l.item.on = false, false
			l.wideRow(row)
		case len(row.cells) > 1 && isMarkerCell(row.cells[0]):
			// "-" or "2." in a column of its own, the text after it: a list
			// item or a numbered line, never a table row.
			l.table.on = false
			t := l.rowText(row, " ")
			kind, level := l.headingKind(row, t.S)
			l.out = append(l.out, Line{Text: t, Kind: kind, Level: level})
			l.item.on, l.item.textX = StartsWithBullet(t.S), row.valueX()
		case l.item.on && len(row.cells) >= 1 && math.Abs(row.x()-l.item.textX) <= sameX:
			// An item's text going on under it.
			l.out = append(l.out, Line{Text: l.rowText(row, " "), Kind: LineBody, Item: true})
		case l.table.on && l.continuesLabel(row):
			l.continueLabel(row)
		case l.tableRow(i, row):
			t := l.rowText(row, "\t")
			label := t.Slice(0, len(joinRuns(row.cells[0])))
			value := t.Slice(label.Len()+1, t.Len())
			l.startTableRow(row, Line{Text: label, Kind: LineRow, Value: value})
		case l.table.on && len(row.cells) == 1 && math.Abs(row.x()-l.table.valueX) <= sameX:
			l.continueValue(row)
		case l.table.on && len(row.cells) == 1 && math.Abs(row.x()-l.table.labelX) <= sameX && row.size <= l.table.size+0.25 && l.emptyValueRow(i):
			t := l.rowText(row, " ")
			l.startTableRow(row, Line{Text: t, Kind: LineRow, Value: NewText("", t.Span().End)})
		default:
			l.table.on, l.item.on = false, false
			t := l.rowText(row, " ")
			kind, level := l.headingKind(row, t.S)
			if kind == LineHeading && !blank && i > 0 && l.continuesHeading(l.rows[i-1], row, t.S, level) {
				last := &l.out[len(l.out)-1]
				last.Text = joinWrapped(last.Text, t)
				continue
			}
			l.out = append(l.out, Line{Text: t, Kind: kind, Level: level})
		}
	}
	l.endWide()
}

// continuesHeading reports whether a heading row goes on with the heading
// in the row above it, wrapped over two lines: the same type, and a line
// that cannot end a heading (a hyphen, "ja", "of") or one that goes on in
// lower case.
func (l *pdfLines) continuesHeading(prev, row *pdfRow, s string, level int) bool {
	last := l.out[len(l.out)-1]
	// A new page may come between the lines: a heading at a page's foot
	// goes on at the next page's head.
	if last.Kind != LineHeading || last.Level != level ||
		math.Abs(prev.size-row.size) > 0.25 || prev.bold != row.bold {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s); unicode.IsDigit(r) {
		return false // the next numbered heading
	}
	above := last.Text.S
	var buf [lowerRoom]byte
	return startsLower(s) || strings.HasSuffix(above, "-") || continuesOnNextLine(lowerIn(&buf, above))
}

// separate puts a blank line before row i where a paragraph or a page
// ends, and reports whether it did; a sentence that runs on to the next
// page goes on.
func (l *pdfLines) separate(i int) bool {
	if i == 0 {
		return false
	}
	prev, row := l.rows[i-1], l.rows[i]
	blank := false
	if prev.page != row.page {
		last := joinRuns(prev.cells[len(prev.cells)-1])
		first, _ := utf8.DecodeRuneInString(joinRuns(row.cells[0]))
		blank = endsSentence(last) || strings.HasSuffix(last, ":") || !unicode.IsLower(first)
	} else {
		blank = prev.y-row.y > paragraphGap*math.Max(math.Max(prev.size, row.size), 1)
	}
	if blank {
		l.out = append(l.out, Line{Text: NewText("", Position{Offset: l.offset, Line: len(l.text) + 1, Column: 1, Page: row.page})})
	}
	return blank
}

// rowText makes a row's text a line of its own, its cells joined by sep.
func (l *pdfLines) rowText(row *pdfRow, sep string) Text {
	parts := make([]string, len(row.cells))
	for k, c := range row.cells {
		parts[k] = joinRuns(c)
	}
	s := strings.Join(parts, sep)
	t := NewText(s, Position{Offset: l.offset, Line: len(l.text) + 1, Column: 1, Page: row.page})
	l.text = append(l.text, s)
	l.pages = append(l.pages, row.page)
	l.offset += len(s) + 1
	return t
}

// headingKind tells a heading by its font: larger than the body text, or
// in bold where the body is not.
func (l *pdfLines) headingKind(row *pdfRow, s string) (LineKind, int) {
	size := math.Round(row.size*2) / 2
	if isHeadingSize(size, l.bodySize) && isLabelCell(s) {
		// headingSizes is sorted largest first.
		if k, found := slices.BinarySearchFunc(l.headingSizes, size, func(hs, size float64) int { return cmp.Compare(size, hs) }); found {
			return LineHeading, k + 1
		}
	}
	if row.bold && l.boldShare < 0.5 && isShortHeading(s) {
		return LineHeading, len(l.headingSizes) + 1
	}
	return LineText, 0
}
