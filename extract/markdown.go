package extract

import (
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// markdown parses CommonMark with GitHub's tables; it is safe for
// concurrent use. mdStopCheck lets a parse be stopped between blocks.
var markdown = goldmark.New(
	goldmark.WithExtensions(extension.Table, extension.Strikethrough),
	goldmark.WithParserOptions(parser.WithInlineParsers(util.Prioritized(mdStopCheck{}, 0))),
)

// FromMarkdown extracts a notice from Markdown. Headings, lists and tables
// are read from the syntax; each source line of a paragraph is a line, as
// in a plain-text notice. Text shows as rendered (escapes and character
// references resolved), raw HTML blocks are read as HTML, and positions are
// the .md file's lines and columns.
//
// Markdown the parser would take more than linear time on (see
// markdownHazard) is read as plain text instead, which Document.Fallback
// says.
func FromMarkdown(path string, raw []byte, opts Options) (*Document, error) {
	src, enc, err := decodeText(raw, opts.Charset)
	if err != nil {
		return nil, err
	}
	opts.stop.now()
	if why := markdownHazard(src, opts.stop); why != "" {
		doc, err := FromText(path, raw, opts)
		if err != nil {
			return nil, err
		}
		doc.Fallback = "read as plain text, not as Markdown: " + why
		return doc, nil
	}
	// The text is read from the source with the generators' markup blanked
	// out (same offsets, same lines); evidence is quoted from the original.
	blanked, frontTitle := blankDialects(src)
	s := newSource(blanked)
	body := []byte(blanked)
	w := &mdLines{src: s, body: body, page: &htmlPage{src: s, stop: opts.stop}}
	w.blocks(parseMarkdown(body, opts.stop), LineText)
	opts.stop.now()
	doc := &Document{Path: path, Format: FormatMarkdown, Encoding: enc, Quality: 1}
	if err := finishMarkup(doc, s, w.out, w.page, opts); err != nil {
		return nil, err
	}
	if blanked != src {
		doc.lines = newSource(src).lines()
	}
	if frontTitle != "" && !hasTitle(doc.Sections) {
		doc.Title = frontTitle // a page whose title only its front matter gives
	}
	return doc, nil
}

// parseMarkdown parses body, checking stop at every line the block parser
// reads and after every block's inline markup.
func parseMarkdown(body []byte, stop *stopper) ast.Node {
	pc := parser.NewContext()
	pc.Set(mdStopKey, stop)
	return markdown.Parser().Parse(mdStopReader{text.NewReader(body), stop}, parser.WithContext(pc))
}

// mdStopReader is the source as the block parser reads it, line by line,
// checking stop at each.
type mdStopReader struct {
	text.Reader
	stop *stopper
}

func (r mdStopReader) PeekLine() ([]byte, text.Segment) {
	r.stop.check()
	return r.Reader.PeekLine()
}

// mdStopKey holds a parse's stopper in its parser context.
var mdStopKey = parser.NewContextKey()

// mdStopCheck is an inline parser that parses nothing (its trigger, NUL,
// never reaches an inline parser) and, as a CloseBlocker, checks the
// parse's stopper once each block's inline markup is read.
type mdStopCheck struct{}

func (mdStopCheck) Trigger() []byte { return []byte{0} }

func (mdStopCheck) Parse(ast.Node, text.Reader, parser.Context) ast.Node { return nil }

func (mdStopCheck) CloseBlock(_ ast.Node, _ text.Reader, pc parser.Context) {
	if stop, ok := pc.Get(mdStopKey).(*stopper); ok {
		stop.check()
	}
}

func hasTitle(secs []Section) bool {
	for i := range secs {
		if secs[i].Kind == KindTitle {
			return true
		}
	}
	return false
}

// mdLines turns a Markdown syntax tree into lines for the sectionizer.
type mdLines struct {
	src  *source
	body []byte    // what goldmark parsed: the source, front matter blanked
	page *htmlPage // comments and images found on the way

	out   []Line
	blank bool
	level int // the level of the last heading
	item  int // inside a list item
}

func (w *mdLines) emit(l Line) {
	if w.blank && len(w.out) > 0 {
		w.out = append(w.out, Line{Text: NewText("", l.Text.PositionAt(0))})
	}
	w.blank = false
	l.Item = w.item > 0 && l.Kind == LineBody
	w.out = append(w.out, l)
}

// blocks reads the block children of n; kind is LineBody inside list items.
func (w *mdLines) blocks(n ast.Node, kind LineKind) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Heading:
			t := joinTexts(w.inlines(c), " ")
			if t.Len() == 0 {
				break
			}
			if last := len(w.out) - 1; last >= 0 && w.out[last].Kind == LineHeading && w.out[last].Level == c.Level &&
				w.out[last].Text.Span().End.Line+1 == t.Span().Start.Line {
				// A heading split over two "#" lines, the second right
				// below the first ("# Esimerkki ry" "# Tietosuojaseloste").
				var b TextBuilder
				b.Append(w.out[last].Text)
				b.AppendString(" ")
				b.Append(t)
				w.out[last].Text = b.Text()
				break
			}
			w.emit(Line{Text: t, Kind: LineHeading, Level: c.Level})
			w.level = c.Level
		case *ast.Paragraph, *ast.TextBlock:
			r := w.run(c)
			lines := r.lines
			if kind == LineText && r.runIn() && isShortHeading(lines[0].S) && (len(lines) == 1 || !w.afterHeading()) {
				// A paragraph all in bold, or a bold line run in above
				// its text ("**Oikeus vaatia korjaamista**" and the text
				// on the next line): a heading under the last one. Right
				// under a heading, a bold first line is its text ("**Double
				// Agents**" under "1. Name of the register").
				w.emit(Line{Text: lines[0], Kind: LineHeading, Level: w.level + 1})
				lines = lines[1:]
			}
			for _, t := range lines {
				w.emit(Line{Text: t, Kind: kind})
			}
		case *ast.List:
			w.blocks(c, LineBody)
		case *ast.ListItem:
			w.item++
			w.blocks(c, LineBody)
			w.item--
		case *ast.Blockquote:
			w.blocks(c, kind)
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			for i := 0; i < c.Lines().Len(); i++ {
				seg := c.Lines().At(i)
				t := w.src.text(seg.Start, seg.Stop).TrimSpace()
				w.emit(Line{Text: t, Kind: LineBody})
			}
		case *ast.HTMLBlock:
			w.htmlBlock(c)
		case *extast.Table:
			w.table(c)
		}
		w.blank = true
	}
}

// afterHeading reports whether the last line read is a heading.
func (w *mdLines) afterHeading() bool {
	for i := len(w.out) - 1; i >= 0; i-- {
		if w.out[i].Text.Len() > 0 {
			return w.out[i].Kind == LineHeading
		}
	}
	return false
}

// inlines reads a block's inline text as lines, one a source line.
func (w *mdLines) inlines(n ast.Node) []Text { return w.run(n).lines }

// run reads a block's inline text.
func (w *mdLines) run(n ast.Node) *mdRun {
	r := &mdRun{}
	w.inline(n, r, false)
	r.endLine()
	return r
}

// mdRun collects inline text into lines, one a source line.
type mdRun struct {
	b           TextBuilder
	lines       []Text
	bold, plain int    // bytes of strong and other text in the line being read
	allBold     []bool // each line is all strong
}

// runIn reports whether the first line is all strong and the rest, if any,
// is not: a heading above its text, not a bold paragraph wrapped.
func (r *mdRun) runIn() bool {
	return len(r.lines) > 0 && r.allBold[0] && (len(r.lines) == 1 || !r.allBold[1])
}

func (r *mdRun) add(t Text, strong bool) {
	r.b.Append(t)
	if strong {
		r.bold += len(strings.TrimSpace(t.S))
	} else {
		r.plain += len(strings.TrimSpace(t.S))
	}
}

func (r *mdRun) endLine() {
	if r.b.Len() > 0 {
		if t := withoutIAL(r.b.Text()).TrimSpace(); t.Len() > 0 {
			r.lines = append(r.lines, t)
			r.allBold = append(r.allBold, r.bold > 0 && r.plain == 0)
		}
	}
	r.b = TextBuilder{}
	r.bold, r.plain = 0, 0
}

func (w *mdLines) inline(n ast.Node, r *mdRun, strong bool) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			seg := c.Segment
			if c.IsRaw() {
				r.add(w.src.text(seg.Start, seg.Stop), strong)
			} else {
				r.add(w.src.decoded(seg.Start, seg.Stop, true), strong)
			}
			if c.SoftLineBreak() || c.HardLineBreak() {
				r.endLine()
			}
		case *ast.AutoLink:
			// The label is a slice of the parsed source: its offset is
			// where it stands.
			label := c.Label(w.body)
			if from := cap(w.body) - cap(label); len(label) > 0 && from >= 0 && from+len(label) <= len(w.body) {
				r.add(w.src.text(from, from+len(label)), strong)
			}
		case *ast.Emphasis:
			w.inline(c, r, strong || c.Level == 2)
		case *ast.Image:
			w.page.images++
		case *ast.RawHTML:
			w.rawHTML(c, r)
		default:
			w.inline(c, r, strong)
		}
	}
}

// rawHTML handles inline HTML: a comment may be a noticelint directive, a
// <br> ends the line, other tags show nothing.
func (w *mdLines) rawHTML(c *ast.RawHTML, r *mdRun) {
	if c.Segments.Len() == 0 {
		return
	}
	from, to := c.Segments.At(0).Start, c.Segments.At(c.Segments.Len()-1).Stop
	raw := w.src.src[from:to]
	switch {
	case strings.HasPrefix(raw, "<!--") && strings.HasSuffix(raw, "-->") && len(raw) >= 7:
		w.page.comments = append(w.page.comments, srcRange{from + 4, to - 3})
	case strings.HasPrefix(strings.ToLower(raw), "<br"):
		r.endLine()
	case strings.HasPrefix(strings.ToLower(raw), "<img"):
		w.page.images++
	}
}

// htmlBlock reads a raw HTML block as HTML, in place.
func (w *mdLines) htmlBlock(c *ast.HTMLBlock) {
	lines := c.Lines()
	if lines.Len() == 0 {
		return
	}
	from, to := lines.At(0).Start, lines.At(lines.Len()-1).Stop
	if c.HasClosure() {
		to = max(to, c.ClosureLine.Stop)
	}
	page, err := parseHTML(w.src, from, to, w.page.stop)
	if err != nil {
		return
	}
	w.page.comments = append(w.page.comments, page.comments...)
	w.page.images += page.images
	page.tables = w.page.tables // tables count on across the file
	hw := newHTMLLines(page, nil)
	hw.level = w.level
	hw.walk(page.root)
	hw.lineBreak()
	w.page.tables = page.tables
	for _, l := range hw.out {
		if l.Text.Len() > 0 || l.Kind == LineRow {
			w.emit(l)
		}
	}
}

// table reads a table: a body row of two cells, the first a label, is a
// template row; other rows are body text.
func (w *mdLines) table(t *extast.Table) {
	w.page.tables++
	var names []Text // the column names of a table of three or more columns
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []Text
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			cells = append(cells, joinTexts(w.inlines(cell), " "))
		}
		_, header := row.(*extast.TableHeader)
		switch {
		case header && len(cells) >= 3 && row.NextSibling() != nil && strings.TrimSpace(joinTexts(cells, "").S) != "":
			names = cells
			continue
		case !header && len(cells) == 2 && isTableLabel(cells[0].S):
			value := cells[1]
			if value.Len() == 0 {
				value = NewText("", cells[0].Span().End)
			}
			w.emit(Line{Text: cells[0], Kind: LineRow, Value: value, Table: w.page.tables})
		case names != nil:
			for _, t := range namedCells(names, cells) {
				w.emit(Line{Text: t, Kind: LineBody})
			}
		default:
			if t := joinTexts(cells, " | "); strings.TrimSpace(t.S) != "" {
				w.emit(Line{Text: t, Kind: LineBody})
			}
		}
		w.blank = true
	}
}

// joinTexts joins texts with sep, leaving out empty ones.
func joinTexts(ts []Text, sep string) Text {
	var b TextBuilder
	for _, t := range ts {
		if t.Len() == 0 {
			continue
		}
		if b.Len() > 0 {
			b.AppendString(sep)
		}
		b.Append(t)
	}
	if b.Len() == 0 {
		if len(ts) > 0 {
			return ts[0]
		}
		return NewText("", Position{Line: 1, Column: 1})
	}
	return b.Text()
}
