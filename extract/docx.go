package extract

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
)

// Limits on what a .docx may inflate to: a zip bomb is refused, not read.
const (
	docxMaxDocument = 64 << 20 // word/document.xml, decompressed
	docxMaxPart     = 8 << 20  // styles.xml and the relationships
	docxMaxDepth    = 1000     // XML elements nested
)

// FromDOCX extracts a notice from a Word document (.docx): paragraphs in
// the Title and Heading styles (or any style with an outline level) and
// short paragraphs all in bold are headings, list paragraphs are body text,
// and a table row of a label cell and a value cell is a template row.
// Word has no lines: a position's line counts the document's paragraphs
// (and the manual line breaks in them) from the start of its body, table
// cells included, and its column the characters in that paragraph.
// Headers, footers, footnotes, comments and deleted text are not read.
func FromDOCX(path string, raw []byte, opts Options) (*Document, error) {
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return nil, fmt.Errorf("not a Word document (a .docx is a zip archive): %w", err)
	}
	part := mainDocumentPart(zr)
	styles := map[string]docxStyle{}
	if data, err := readZipPart(zr, "word/styles.xml", docxMaxPart); err == nil {
		styles = parseStyles(data)
	}
	f := zipFile(zr, part)
	if f == nil {
		return nil, fmt.Errorf("not a Word document: no %s in the archive", part)
	}
	if f.UncompressedSize64 > docxMaxDocument {
		return nil, fmt.Errorf("%s would decompress to %d MiB, over the limit of %d MiB: refused (a zip bomb?)", part, f.UncompressedSize64>>20, docxMaxDocument>>20)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("cannot open %s: %w", part, err)
	}
	defer func() { _ = rc.Close() }()
	opts.stop.now()
	r := newDocxReader(styles)
	r.stop = opts.stop
	if err := r.read(&boundedReader{r: rc, left: docxMaxDocument, part: part, stop: opts.stop}); err != nil {
		return nil, err
	}
	doc := &Document{Path: path, Format: FormatDOCX, Quality: 1}
	doc.lines = r.text
	if len(r.text) == 0 {
		if r.images == 0 {
			return nil, ErrEmpty
		}
		doc.lowerQuality(0, fmt.Sprintf("no text, only %d %s: the notice may be a picture of text", r.images, plural(r.images, "image", "images")))
	}
	doc.Sections = sectionize(r.out, opts)
	finish(doc, opts)
	return doc, nil
}

// mainDocumentPart names the document part the package's relationships
// point at, word/document.xml as a rule.
func mainDocumentPart(zr *zip.Reader) string {
	const fallback = "word/document.xml"
	data, err := readZipPart(zr, "_rels/.rels", docxMaxPart)
	if err != nil {
		return fallback
	}
	var rels struct {
		Rel []struct {
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if xml.Unmarshal(data, &rels) != nil {
		return fallback
	}
	for _, r := range rels.Rel {
		if strings.HasSuffix(r.Type, "/officeDocument") && r.Target != "" {
			return strings.TrimPrefix(path.Clean("/"+r.Target), "/")
		}
	}
	return fallback
}

func zipFile(zr *zip.Reader, name string) *zip.File {
	for _, f := range zr.File {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// readZipPart reads a part, refusing more than limit bytes.
func readZipPart(zr *zip.Reader, name string, limit int64) ([]byte, error) {
	f := zipFile(zr, name)
	if f == nil {
		return nil, fmt.Errorf("no %s", name)
	}
	if f.UncompressedSize64 > uint64(limit) {
		return nil, fmt.Errorf("%s is over %d MiB", name, limit>>20)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer func() { _ = rc.Close() }()
	return io.ReadAll(&boundedReader{r: rc, left: limit, part: name})
}

// boundedReader fails once more than left bytes have been read: the size a
// zip entry declares is not to be trusted. It stops the extraction when
// stop says so, which interrupts the XML decoder reading from it.
type boundedReader struct {
	r    io.Reader
	left int64
	part string
	stop *stopper
}

func (b *boundedReader) Read(p []byte) (int, error) {
	b.stop.now()
	if b.left <= 0 {
		return 0, fmt.Errorf("%s decompresses to more than its limit: refused (a zip bomb?)", b.part)
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.r.Read(p)
	b.left -= int64(n)
	return n, err
}

// docxStyle is what a paragraph style says about its paragraphs.
type docxStyle struct {
	name    string // lower case: "heading 1", "title", "list paragraph"
	basedOn string
	outline int // outline level + 1; 0 for none
	bold    bool
}

// parseStyles reads styles.xml; a style's id may be localised
// ("Otsikko1"), its name is not ("heading 1").
func parseStyles(data []byte) map[string]docxStyle {
	var doc struct {
		Styles []struct {
			ID      string `xml:"styleId,attr"`
			Name    val    `xml:"name"`
			BasedOn val    `xml:"basedOn"`
			PPr     struct {
				Outline *val `xml:"outlineLvl"`
			} `xml:"pPr"`
			RPr struct {
				B *val `xml:"b"`
			} `xml:"rPr"`
		} `xml:"style"`
	}
	out := map[string]docxStyle{}
	if xml.Unmarshal(data, &doc) != nil {
		return out
	}
	for _, s := range doc.Styles {
		st := docxStyle{name: strings.ToLower(s.Name.Val), basedOn: s.BasedOn.Val, bold: s.RPr.B.on()}
		if s.PPr.Outline != nil {
			if n, err := strconv.Atoi(s.PPr.Outline.Val); err == nil && n >= 0 && n < 9 {
				st.outline = n + 1
			}
		}
		out[s.ID] = st
	}
	return out
}

type val struct {
	Val string `xml:"val,attr"`
}

// on reads a toggle property such as <w:b/>: present and not "0", "false"
// or "off".
func (v *val) on() bool {
	return v != nil && v.Val != "0" && v.Val != "false" && v.Val != "off"
}

// docxReader streams document.xml into lines.
type docxReader struct {
	stop   *stopper
	styles map[string]docxStyle

	out    []Line
	text   []string // the document's lines, as positions count them
	offset int
	images int
	level  int // the level of the last heading

	paras      []*docxPara  // open paragraphs (a text box holds paragraphs in a paragraph)
	tables     []*docxTable // open tables
	tableCount int          // tables read so far, to number their rows
	skip       int          // depth inside an element whose text is not shown
	inText     bool         // inside <w:t>
}

type docxPara struct {
	style       string
	outline     int // from the paragraph's own properties, + 1
	numbered    bool
	runBold     bool // the open run is bold
	bold, plain int
	pieces      []strings.Builder // text between manual line breaks
}

type docxTable struct {
	cells     []*docxCell // the open row
	cell      *docxCell   // the open cell
	rows      int         // rows read
	rowHeader bool        // the open row repeats as the header on each page
	header    []Text      // the column names of a table of three or more columns
	pending   bool        // header is not written yet
}

type docxCell struct {
	lines       []Text
	bold, plain int // bytes of bold and of other text
}

func newDocxReader(styles map[string]docxStyle) *docxReader {
	return &docxReader{styles: styles, level: 1}
}

// skippedParts hold text a reader of the document does not see as its
// text: deleted revisions, field instructions, the fallback copy of
// alternate content.
var skippedParts = map[string]bool{
	"del": true, "delText": true, "instrText": true, "Fallback": true, "moveFrom": true,
}

func (r *docxReader) read(rd io.Reader) error {
	dec := xml.NewDecoder(rd)
	depth := 0
	for {
		r.stop.check()
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if errors.Is(err, zip.ErrFormat) || errors.Is(err, zip.ErrChecksum) {
			return errors.New("word/document.xml is damaged or inflates to more than the archive says (a zip bomb?): not read")
		}
		if err != nil {
			return fmt.Errorf("cannot read the Word document: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth > docxMaxDepth {
				return fmt.Errorf("cannot read the Word document: elements nested over %d deep", docxMaxDepth)
			}
			r.start(t)
		case xml.EndElement:
			depth--
			r.end(t.Name.Local)
		case xml.CharData:
			if p := r.para(); p != nil && r.skip == 0 && r.inText {
				p.pieces[len(p.pieces)-1].Write(t)
				n := len(bytes.TrimSpace(t))
				if p.runBold {
					p.bold += n
				} else {
					p.plain += n
				}
			}
		}
	}
	return nil
}

func (r *docxReader) para() *docxPara {
	if len(r.paras) == 0 {
		return nil
	}
	return r.paras[len(r.paras)-1]
}

func (r *docxReader) table() *docxTable {
	if len(r.tables) == 0 {
		return nil
	}
	return r.tables[len(r.tables)-1]
}

// valAttr returns an element's w:val attribute.
func valAttr(t xml.StartElement) (string, bool) {
	for _, a := range t.Attr {
		if a.Name.Local == "val" {
			return a.Value, true
		}
	}
	return "", false
}

func (r *docxReader) start(t xml.StartElement) {
	name := t.Name.Local
	if r.skip > 0 || skippedParts[name] {
		r.skip++
		return
	}
	p := r.para()
	switch name {
	case "p":
		r.paras = append(r.paras, &docxPara{pieces: make([]strings.Builder, 1)})
	case "pStyle":
		if p != nil {
			p.style, _ = valAttr(t)
		}
	case "outlineLvl":
		if v, ok := valAttr(t); ok && p != nil {
			if n, err := strconv.Atoi(v); err == nil && n >= 0 && n < 9 {
				p.outline = n + 1
			}
		}
	case "numPr":
		if p != nil {
			p.numbered = true
		}
	case "r":
		if p != nil {
			p.runBold = false
		}
	case "rStyle":
		if v, ok := valAttr(t); ok && p != nil && r.resolveStyle(v).bold {
			p.runBold = true
		}
	case "b":
		if p != nil {
			v, ok := valAttr(t)
			p.runBold = !ok || v != "0" && v != "false" && v != "off"
		}
	case "t":
		r.inText = true
	case "tab":
		r.write("\t")
	case "br", "cr":
		if p != nil {
			p.pieces = append(p.pieces, strings.Builder{})
		}
	case "noBreakHyphen":
		r.write("-")
	case "drawing", "pict", "imagedata":
		r.images++
	case "tbl":
		if len(r.tables) == 0 {
			r.tableCount++
		}
		r.tables = append(r.tables, &docxTable{})
	case "tr":
		if tb := r.table(); tb != nil {
			tb.cells, tb.rowHeader = nil, false
		}
	case "tblHeader":
		if tb := r.table(); tb != nil {
			v, ok := valAttr(t)
			tb.rowHeader = !ok || v != "0" && v != "false" && v != "off"
		}
	case "tc":
		if tb := r.table(); tb != nil {
			tb.cell = &docxCell{}
		}
	}
}

func (r *docxReader) write(s string) {
	if p := r.para(); p != nil && r.skip == 0 {
		p.pieces[len(p.pieces)-1].WriteString(s)
	}
}

func (r *docxReader) end(name string) {
	if r.skip > 0 {
		r.skip--
		return
	}
	switch name {
	case "t":
		r.inText = false
	case "p":
		if n := len(r.paras); n > 0 {
			p := r.paras[n-1]
			r.paras = r.paras[:n-1]
			r.endParagraph(p)
		}
	case "tc":
		if tb := r.table(); tb != nil && tb.cell != nil {
			tb.cells = append(tb.cells, tb.cell)
			tb.cell = nil
		}
	case "tr":
		if tb := r.table(); tb != nil {
			cells := tb.cells
			tb.cells = nil
			r.endRow(tb, cells)
			tb.rows++
		}
	case "tbl":
		if n := len(r.tables); n > 0 {
			if tb := r.tables[n-1]; tb.pending && n == 1 {
				r.emitBlank()
				r.out = append(r.out, Line{Text: joinTexts(tb.header, " | "), Kind: LineBody})
			}
			r.tables = r.tables[:n-1]
		}
	}
}

// newLine makes s the document's next line.
func (r *docxReader) newLine(s string) Text {
	t := NewText(s, Position{Offset: r.offset, Line: len(r.text) + 1, Column: 1})
	r.text = append(r.text, s)
	r.offset += len(s) + 1
	return t
}

// endParagraph turns a paragraph into lines: into the open table cell, or
// into the document with its kind.
func (r *docxReader) endParagraph(p *docxPara) {
	var lines []Text
	for i := range p.pieces {
		if s := strings.TrimFunc(p.pieces[i].String(), isSpace); s != "" {
			lines = append(lines, r.newLine(p.pieces[i].String()))
		}
	}
	if tb := r.table(); tb != nil && tb.cell != nil {
		tb.cell.lines = append(tb.cell.lines, lines...)
		tb.cell.bold += p.bold
		tb.cell.plain += p.plain
		return
	}
	if len(lines) == 0 {
		return
	}
	kind, level, styled := r.paragraphKind(p, lines)
	if kind == LineHeading {
		lines = []Text{joinTexts(lines, " ")}
	}
	if styled {
		r.level = level // the level the next bold heading goes under
	}
	r.emitBlank()
	for _, t := range lines {
		r.out = append(r.out, Line{Text: t, Kind: kind, Level: level, Item: kind == LineBody})
	}
}

func (r *docxReader) emitBlank() {
	if len(r.out) > 0 {
		r.out = append(r.out, Line{Text: NewText("", Position{Offset: r.offset, Line: len(r.text) + 1, Column: 1})})
	}
}

// paragraphKind tells headings and list items from their style (styled),
// and a short paragraph all in bold as a heading under the last styled one.
func (r *docxReader) paragraphKind(p *docxPara, lines []Text) (kind LineKind, level int, styled bool) {
	st := r.resolveStyle(p.style)
	outline := st.outline
	if p.outline > 0 {
		outline = p.outline
	}
	switch {
	case st.name == "title":
		return LineHeading, 1, true
	case outline > 0:
		return LineHeading, outline, true
	case strings.HasPrefix(st.name, "heading "):
		if n, err := strconv.Atoi(strings.TrimPrefix(st.name, "heading ")); err == nil && n > 0 {
			return LineHeading, n, true
		}
		return LineHeading, r.level, true
	case p.numbered || strings.Contains(st.name, "list"):
		return LineBody, 0, false
	case len(lines) == 1 && (p.bold > 0 && p.plain == 0 || st.bold && p.plain+p.bold > 0) && isShortHeading(lines[0].S):
		return LineHeading, r.level + 1, false
	}
	return LineText, 0, false
}

// resolveStyle folds a style with the styles it is based on.
func (r *docxReader) resolveStyle(id string) docxStyle {
	var out docxStyle
	for range 10 {
		st, ok := r.styles[id]
		if !ok {
			break
		}
		if out.name == "" {
			out.name = st.name
		}
		if out.outline == 0 {
			out.outline = st.outline
		}
		out.bold = out.bold || st.bold
		id = st.basedOn
	}
	return out
}

// endRow reads a table row: a label cell and a value cell are a template
// row; other rows are their cells' lines. A row of a table nested in a
// cell adds its lines to that cell.
func (r *docxReader) endRow(tb *docxTable, cells []*docxCell) {
	var outer *docxCell
	if n := len(r.tables); n > 1 {
		outer = r.tables[n-2].cell
	}
	if len(cells) >= 3 && outer == nil {
		r.wideRow(tb, cells)
		return
	}
	if len(cells) == 2 && len(cells[0].lines) > 0 {
		label := joinTexts(cells[0].lines, " ")
		if isTableLabel(label.S) && outer == nil {
			value := joinTexts(cells[1].lines, "\n")
			if len(cells[1].lines) == 0 {
				value = NewText("", label.Span().End)
			}
			r.emitBlank()
			r.out = append(r.out, Line{Text: label, Kind: LineRow, Value: value, Table: r.tableCount})
			return
		}
	}
	for _, c := range cells {
		if outer != nil {
			outer.lines = append(outer.lines, c.lines...)
			continue
		}
		if len(c.lines) == 0 {
			continue
		}
		r.emitBlank()
		for _, t := range c.lines {
			r.out = append(r.out, Line{Text: t, Kind: LineText})
		}
	}
}

// wideRow reads a row of a table of three or more columns: its header
// (a row marked to repeat on each page, or a first row all in bold) names
// the cells of the rows below it, each row's lines kept together; without
// a header a row is one line, its cells joined by " | ".
func (r *docxReader) wideRow(tb *docxTable, cells []*docxCell) {
	texts := make([]Text, len(cells))
	allBold := true
	for i, c := range cells {
		texts[i] = joinTexts(c.lines, " ")
		if len(c.lines) > 0 && (c.bold == 0 || c.plain > 0) {
			allBold = false
		}
	}
	if tb.rows == 0 && (tb.rowHeader || allBold) {
		tb.header, tb.pending = texts, true
		return
	}
	tb.pending = false
	r.emitBlank()
	if tb.header == nil {
		if t := joinTexts(texts, " | "); strings.TrimFunc(t.S, isSpace) != "" {
			r.out = append(r.out, Line{Text: t, Kind: LineBody})
		}
		return
	}
	for _, t := range namedCells(tb.header, texts) {
		r.out = append(r.out, Line{Text: t, Kind: LineBody})
	}
}
