package extract

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// skippedElements hold no text of the notice.
var skippedElements = map[string]bool{
	"head": true, "title": true, "script": true, "style": true, "noscript": true, "template": true,
	"svg": true, "math": true, "iframe": true, "object": true, "embed": true, "canvas": true,
	"audio": true, "video": true, "map": true, "textarea": true, "select": true, "datalist": true,
	"meta": true, "link": true, "base": true,
}

// blockElements start a new line; the others flow within one.
var blockElements = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "body": true, "center": true,
	"dialog": true, "dir": true, "div": true, "fieldset": true, "figcaption": true, "figure": true,
	"footer": true, "form": true, "header": true, "hgroup": true, "hr": true, "html": true,
	"legend": true, "main": true, "menu": true, "nav": true, "ol": true, "p": true, "pre": true,
	"section": true, "ul": true, "caption": true, "details": true, "tbody": true, "thead": true,
	"tfoot": true, "tr": true, "td": true, "th": true, "option": true, "search": true,
}

// htmlLines turns a page's element tree into the lines the sectionizer
// reads: a line per paragraph, heading, list item or <br>, blank lines
// between blocks, explicit kinds where the markup tells them.
type htmlLines struct {
	page *htmlPage
	skip map[*html.Node]bool

	out     []Line
	run     inlineRun
	blank   bool // a block ended: a blank line goes before the next line
	body    int  // inside li or dd: body text, never a heading
	pre     int  // inside pre: keep line breaks
	bold    int  // inside b or strong
	link    int  // inside a link
	item    int  // inside li
	level   int  // the level of the last heading, for headings the markup implies
	heading bool // inside a heading: one line whatever its <br>s
}

// inlineRun is the text of the line being built, with white space
// collapsed as a browser does.
type inlineRun struct {
	b           TextBuilder
	space       bool // white space is pending
	bold, plain int  // bytes of bold and of other text
	linked      int  // bytes inside links
	end         Position
}

func newHTMLLines(page *htmlPage, skip map[*html.Node]bool) *htmlLines {
	return &htmlLines{page: page, skip: skip, level: 1}
}

func (w *htmlLines) walk(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.page.stop.check()
		switch c.Type {
		case html.TextNode:
			w.text(c)
		case html.ElementNode:
			w.element(c)
		}
	}
}

func (w *htmlLines) element(c *html.Node) {
	name := c.Data
	if w.skip[c] || skippedElements[name] {
		return
	}
	if w.heading && name != "br" {
		w.walk(c) // a heading's blocks are all one heading
		return
	}
	switch {
	case name == "br":
		if w.heading {
			w.run.space = true
			return
		}
		w.lineBreak()
	case isHeadingTag(name):
		w.headingBlock(c, int(name[1]-'0'))
	case attr(c, "role") == "heading":
		level, err := strconv.Atoi(attr(c, "aria-level"))
		if err != nil || level < 1 || level > 9 {
			level = 2
		}
		w.headingBlock(c, level)
	case name == "summary":
		// A heading under the last one, which stays the level for the next.
		level := w.level
		w.headingBlock(c, level+1)
		w.level = level
	case name == "table":
		w.table(c)
	case name == "dl":
		w.definitions(c)
	case name == "li" || name == "dd" || name == "dt":
		w.endBlock()
		w.body++
		if name == "li" {
			w.item++
		}
		w.walk(c)
		w.endBlock() // while body text: an item's last line is no heading either
		w.body--
		if name == "li" {
			w.item--
		}
	case name == "b" || name == "strong":
		w.bold++
		w.walk(c)
		w.bold--
	case name == "a" && attr(c, "href") != "":
		w.link++
		w.walk(c)
		w.link--
	case name == "pre":
		w.endBlock()
		w.pre++
		w.walk(c)
		w.pre--
		w.endBlock()
	case blockElements[name]:
		w.endBlock()
		w.walk(c)
		w.endBlock()
	default:
		w.walk(c)
	}
}

func (w *htmlLines) headingBlock(c *html.Node, level int) {
	w.endBlock()
	w.heading = true
	w.walk(c)
	w.heading = false
	if t := w.takeRun(); t.Len() > 0 {
		w.emit(Line{Text: t, Kind: LineHeading, Level: level})
		w.level = level
	}
	w.blank = true
}

// text adds a text node's words to the line, white space collapsed.
func (w *htmlLines) text(n *html.Node) {
	r, ok := w.page.ranges[n]
	if !ok {
		return
	}
	t := w.page.src.decoded(r.from, r.to, false)
	if w.pre > 0 {
		w.preText(t)
		return
	}
	s := t.S
	for i := 0; i < len(s); {
		w.page.stop.check()
		j := i
		for j < len(s) && isHTMLSpace(s[j]) {
			j++
		}
		if j > i {
			w.run.space = true
			i = j
			continue
		}
		// A chunk of words with single spaces between them stays one piece.
		k := j
		for k < len(s) && (!isHTMLSpace(s[k]) || s[k] == ' ' && k+1 < len(s) && !isHTMLSpace(s[k+1])) {
			k++
		}
		w.addRun(t.Slice(j, k))
		i = k
	}
	w.run.end = t.PositionAt(len(s))
}

// preText adds preformatted text: its line breaks end lines.
func (w *htmlLines) preText(t Text) {
	for i := 0; i <= len(t.S); {
		w.page.stop.check()
		nl := strings.IndexByte(t.S[i:], '\n')
		end := len(t.S)
		if nl >= 0 {
			end = i + nl
		}
		piece := t.Slice(i, end)
		if strings.HasSuffix(piece.S, "\r") {
			piece = piece.Slice(0, piece.Len()-1)
		}
		if piece.Len() > 0 {
			w.addRun(piece)
		}
		if nl < 0 {
			break
		}
		w.lineBreak()
		i = end + 1
	}
}

func (w *htmlLines) addRun(t Text) {
	if w.run.space && w.run.b.Len() > 0 {
		w.run.b.AppendString(" ")
	}
	w.run.space = false
	w.run.b.Append(t)
	if w.bold > 0 {
		w.run.bold += t.Len()
	} else {
		w.run.plain += t.Len()
	}
	if w.link > 0 {
		w.run.linked += t.Len()
	}
}

// takeRun returns the line built so far and starts a new one.
func (w *htmlLines) takeRun() Text {
	t := w.run.b.Text()
	if w.run.b.Len() == 0 {
		t = NewText("", w.run.end)
	}
	end := w.run.end
	w.run = inlineRun{end: end}
	return t
}

// lineBreak ends the line being built (a <br>, a line of a <pre>).
func (w *htmlLines) lineBreak() {
	bold, plain, linked := w.run.bold, w.run.plain, w.run.linked
	t := w.takeRun()
	if t.Len() == 0 {
		return
	}
	kind, level := LineText, 0
	switch {
	case w.body > 0 || linked == bold+plain:
		// A list item, a definition; or a line that is all one link ("Siirry
		// takaisin etusivulle", a table of contents): never a heading.
		kind = LineBody
	case bold > 0 && plain == 0 && isShortHeading(t.S):
		// A paragraph all in bold is a heading under the last one.
		kind, level = LineHeading, w.level+1
	}
	w.emit(Line{Text: t, Kind: kind, Level: level, Item: w.item > 0})
}

// endBlock ends a block: its last line, and a blank line before the next.
func (w *htmlLines) endBlock() {
	w.lineBreak()
	w.blank = true
}

func (w *htmlLines) emit(l Line) {
	if w.blank && len(w.out) > 0 {
		w.out = append(w.out, Line{Text: NewText("", l.Text.PositionAt(0))})
	}
	w.blank = false
	w.out = append(w.out, l)
}

// isShortHeading reports whether bold text reads as a heading: short, and
// not a sentence, a "Label:" that the sectionizer reads as a field, or a
// company's name ("Esimerkki Oy" in bold above its address). A question is
// a heading ("Mihin tietoja käytetään?", "Hur länge sparar vi uppgifterna?").
func isShortHeading(s string) bool {
	s = strings.TrimFunc(s, isSpace)
	return s != "" && words(s) <= 12 && utf8.RuneCountInString(s) <= 100 && (!endsSentence(s) || strings.HasSuffix(s, "?")) &&
		!strings.HasSuffix(s, ":") && !endsWithCompanyForm(s)
}

// endsWithCompanyForm reports whether s ends with a company form: "Ässä
// Golf Oy", "Example Ltd".
func endsWithCompanyForm(s string) bool {
	last := ""
	for w := range letterWords(strings.ToLower(s)) {
		last = w
	}
	return companyForms[last]
}

// table reads a table: a row of a label cell and a value cell is a
// template row (LineRow); other rows are read cell by cell.
func (w *htmlLines) table(t *html.Node) {
	w.endBlock()
	w.page.tables++
	id := w.page.tables
	var header []Text // the column names of a table of three or more columns
	pending := false  // the header row is not written yet
	defer func() {
		if pending {
			w.tableRow(nil, header)
		}
	}()
	for _, row := range tableRows(t) {
		if row.Data == "caption" {
			w.walk(row)
			w.endBlock()
			continue
		}
		cells := w.cells(row)
		// A label cell holds inline text only: reading it costs little, and
		// a cell holding a table is walked once, not once for each table
		// around it.
		if len(cells) == 2 && (cells[0].Data != "th" || cells[1].Data != "th") && !holdsBlocks(cells[0]) && !holdsStructure(cells[1]) {
			label := w.cellText(cells[0], " ")
			if isTableLabel(label.S) {
				w.emit(Line{Text: label, Kind: LineRow, Value: w.cellText(cells[1], "\n"), Table: id})
				w.blank = true
				continue
			}
		}
		if !w.anyStructure(cells) {
			var parts []Text
			for _, c := range cells {
				parts = append(parts, w.cellText(c, " "))
			}
			if header == nil && len(cells) >= 3 && allHeaderCells(cells) {
				header = parts // named in the rows below, or written here if none follows
				pending = true
				continue
			}
			w.tableRow(header, parts)
			pending = false
			continue
		}
		for _, c := range cells {
			w.walk(c)
			w.endBlock()
		}
	}
}

// tableRow writes a row of plain cells: with a header, a line a cell
// named by its column ("Säilytysaika: kuusi vuotta"), the row's lines kept
// together; without one, one line "_ga | analytics | 2 years".
func (w *htmlLines) tableRow(header, cells []Text) {
	if len(header) == 0 {
		if t := joinTexts(cells, " | "); t.Len() > 0 {
			w.emit(Line{Text: t, Kind: LineBody})
			w.blank = true
		}
		return
	}
	for _, t := range namedCells(header, cells) {
		w.emit(Line{Text: t, Kind: LineBody})
	}
	w.blank = true
}

// namedCells names each non-empty cell by its column's header: "Header:
// cell", or the cell alone under an empty header; the name is the
// extractor's text, standing at the cell's start.
func namedCells(header, cells []Text) []Text {
	var out []Text
	for k, c := range cells {
		if strings.TrimFunc(c.S, isSpace) == "" {
			continue
		}
		if k >= len(header) || strings.TrimFunc(header[k].S, isSpace) == "" {
			out = append(out, c)
			continue
		}
		// The name stands where the cell does: the row's text keeps
		// going forward in the source.
		var b TextBuilder
		b.AppendStringAt(strings.TrimFunc(header[k].S, isSpace)+": ", c.PositionAt(0))
		b.Append(c)
		out = append(out, b.Text())
	}
	return out
}

// allHeaderCells reports whether a row is a table's header: th cells only.
func allHeaderCells(cells []*html.Node) bool {
	for _, c := range cells {
		if c.Data != "th" {
			return false
		}
	}
	return true
}

// anyStructure reports whether a cell of a row holds block structure:
// paragraphs, lists, headings or tables, as a table that lays out a page
// does.
func (w *htmlLines) anyStructure(cells []*html.Node) bool {
	for _, c := range cells {
		if holdsBlocks(c) {
			return true
		}
	}
	return false
}

func holdsBlocks(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (blockElements[c.Data] || isHeadingTag(c.Data) || c.Data == "li" || c.Data == "dl" || holdsBlocks(c)) {
			return true
		}
	}
	return false
}

// tableRows returns a table's rows (and caption), through its row groups
// but not into tables nested in its cells.
func tableRows(t *html.Node) []*html.Node {
	var rows []*html.Node
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Data {
			case "tr", "caption":
				rows = append(rows, c)
			case "thead", "tbody", "tfoot":
				visit(c)
			}
		}
	}
	visit(t)
	return rows
}

func (w *htmlLines) cells(row *html.Node) []*html.Node {
	var cells []*html.Node
	for c := row.FirstChild; c != nil; c = c.NextSibling {
		if (c.Data == "td" || c.Data == "th") && !w.skip[c] {
			cells = append(cells, c)
		}
	}
	return cells
}

// holdsStructure reports whether a cell holds headings or a table: a
// table that lays out a page, not a template row.
func holdsStructure(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (isHeadingTag(c.Data) || c.Data == "table" || holdsStructure(c)) {
			return true
		}
	}
	return false
}

// isLabelCell reports whether a row's first cell is a label: short, not
// a sentence.
func isLabelCell(s string) bool {
	s = strings.TrimFunc(s, isSpace)
	return s != "" && words(s) <= 10 && utf8.RuneCountInString(s) <= 90 && !strings.HasSuffix(s, ".")
}

// isTableLabel reports whether the first of a table's two cells is a label:
// a short one (isLabelCell), or a numbered field of a template, which in
// Swedish and English runs longer than in Finnish ("7. Regelmässigt
// utlämnande av uppgifter och överföring av uppgifter utanför EU eller
// EES"). Only where the format marks the cells: in PDF and text a long
// numbered line is a list item or a heading.
func isTableLabel(s string) bool {
	if isLabelCell(s) {
		return true
	}
	s = strings.TrimFunc(s, isSpace)
	num, rest := splitNumber(s)
	return num != "" && !moreWords(rest, 20) && utf8.RuneCountInString(rest) <= 200 && !endsSentence(rest)
}

// cellText reads an element's text as lines joined by sep, blank lines
// left out.
func (w *htmlLines) cellText(n *html.Node, sep string) Text {
	sub := newHTMLLines(w.page, w.skip)
	sub.walk(n)
	sub.lineBreak()
	var b TextBuilder
	for _, l := range sub.out {
		if l.Text.Len() == 0 {
			continue
		}
		if b.Len() > 0 {
			b.AppendString(sep)
		}
		b.Append(l.Text)
	}
	if b.Len() == 0 {
		return NewText("", sub.run.end)
	}
	return b.Text()
}

// definitions reads a <dl>: each term with its descriptions is a row.
func (w *htmlLines) definitions(dl *html.Node) {
	w.endBlock()
	w.page.tables++
	id := w.page.tables
	var items []*html.Node
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case w.skip[c]:
			case c.Data == "dt" || c.Data == "dd":
				items = append(items, c)
			case c.Data == "div":
				visit(c) // <div> may group a term with its descriptions
			}
		}
	}
	visit(dl)
	for i := 0; i < len(items); {
		if items[i].Data != "dt" {
			w.element(items[i]) // a description without a term
			i++
			continue
		}
		label := w.cellText(items[i], " ")
		var b TextBuilder
		j := i + 1
		for ; j < len(items) && items[j].Data == "dd"; j++ {
			if v := w.cellText(items[j], "\n"); v.Len() > 0 {
				if b.Len() > 0 {
					b.AppendString("\n")
				}
				b.Append(v)
			}
		}
		value := b.Text()
		if b.Len() == 0 {
			value = NewText("", label.Span().End)
		}
		if label.Len() > 0 {
			w.emit(Line{Text: label, Kind: LineRow, Value: value, Table: id})
			w.blank = true
		}
		i = j
	}
}

func isHTMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }
