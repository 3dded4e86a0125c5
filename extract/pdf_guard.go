package extract

// The PDF library trusts a file's structure: a hostile file of a few
// hundred bytes makes it loop for ever without reading (so that no check
// in our reads can stop it) or allocate gigabytes at once (which no
// recover catches: the process dies). Before the library opens a file,
// checkPDFStructure walks the file's cross-reference chain as the library
// will and refuses what would do that:
//
//   - a /Prev chain that loops back on itself (the library follows it for
//     ever);
//   - object numbers, a /Size or an /Index no file of this size can hold,
//     and /W field widths or a /Columns predictor row no real file uses (the
//     library allocates by them);
//   - an object stream said to be stored in an object stream (the library
//     recurses without end), an object stream whose /Extends chain loops, or
//     whose /N promises more objects than its header holds (the library
//     counts up to /N);
//   - an object stream or content stream whose data ends inside a hex
//     string "<4142" (the library's lexer waits for its ">" for ever).
//
// What the check cannot parse it leaves to the library, which reports a
// damaged file as it always did.

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
)

const (
	pdfMaxXrefSections   = 1024    // incremental updates of one file
	pdfMinObjectsLimit   = 1 << 20 // object numbers allowed in any file; more for large files
	pdfMaxFieldWidth     = 8       // bytes of one /W field of an xref stream
	pdfMaxPredictorBytes = 1 << 16 // /Columns of a PNG predictor row
	pdfMaxObjStmObjects  = 1 << 20 // /N of one object stream
	pdfMaxObjStmHeader   = 16 << 20
	pdfMaxGuardInflate   = 64 << 20 // decompressed bytes the check reads, all streams
)

// maxPDFObjects is the highest object number a file of size bytes may use:
// the library keeps 40 bytes for each number up to the highest.
func maxPDFObjects(size int) int { return pdfMinObjectsLimit + size/4 }

// errDamagedPDF is the error of a file the check refuses.
func errDamagedPDF(format string, args ...any) error {
	return fmt.Errorf("damaged PDF (%s)", fmt.Sprintf(format, args...))
}

// xrefEntry is what the cross-reference data says of one object number.
type xrefEntry struct {
	kind uint8 // 0 none, 1 in the file at at, 2 in the object stream numbered at, 3 free
	at   int64
}

type pdfGuard struct {
	data     []byte
	stop     *stopper
	entries  []xrefEntry
	max      int
	inflated int64 // decompressed bytes read so far
}

// checkPDFStructure refuses a file that would make the PDF library loop
// for ever or allocate without bound (see above); nil for any other file,
// damaged or not.
func checkPDFStructure(data []byte, stop *stopper) error {
	g := &pdfGuard{data: data, stop: stop, max: maxPDFObjects(len(data))}
	start, ok := g.startXref()
	if !ok {
		return nil // the library says what is wrong
	}
	seen := map[int64]bool{}
	for off := start; ; {
		stop.check()
		if seen[off] {
			return errDamagedPDF("its cross-reference sections loop: /Prev leads back to byte %d", off)
		}
		if len(seen) >= pdfMaxXrefSections {
			return errDamagedPDF("over %d cross-reference sections", pdfMaxXrefSections)
		}
		seen[off] = true
		prev, err := g.xrefSection(off)
		if err != nil || prev < 0 {
			if errors.Is(err, errLeaveToLibrary) {
				err = nil
			}
			if err != nil {
				return err
			}
			break
		}
		off = prev
	}
	return g.checkObjectStreams()
}

// errLeaveToLibrary ends the check on structure it cannot read: the
// library reads no further either, and reports it.
var errLeaveToLibrary = errors.New("left to the library")

// startXref finds the offset after the last "startxref", as the library
// does: in the last 100 bytes, before "%%EOF".
func (g *pdfGuard) startXref() (int64, bool) {
	tail := g.data[max(0, len(g.data)-100):]
	tail = bytes.TrimRight(tail, "\r\n\t ")
	if !bytes.HasSuffix(tail, []byte("%%EOF")) {
		return 0, false
	}
	// The last "startxref" on a line of its own.
	i := len(tail)
	for {
		i = bytes.LastIndex(tail[:i], []byte("startxref"))
		if i <= 0 || i+len("startxref") >= len(tail) {
			return 0, false
		}
		if after := tail[i+len("startxref")]; (tail[i-1] == '\n' || tail[i-1] == '\r') && (after == '\n' || after == '\r') {
			break
		}
	}
	l := pdfLexer{data: tail, pos: i + len("startxref")}
	v, ok := l.object(0).(int64)
	if !ok || v < 0 || v >= int64(len(g.data)) {
		return 0, false
	}
	return v, true
}

// xrefSection checks the cross-reference section at off, a table or a
// stream, records its entries, and returns its /Prev, or -1.
func (g *pdfGuard) xrefSection(off int64) (int64, error) {
	if off < 0 || off >= int64(len(g.data)) {
		return -1, errLeaveToLibrary
	}
	l := pdfLexer{data: g.data, pos: int(off)}
	save := l.pos
	if kw, ok := l.object(0).(pdfKeyword); ok && kw == "xref" {
		return g.xrefTable(&l)
	}
	l.pos = save
	def, ok := l.indirect()
	if !ok {
		return -1, errLeaveToLibrary
	}
	return g.xrefStream(&l, def)
}

// xrefTable reads a classic table: subsections of "first count" and count
// entries "offset generation n|f", then the trailer.
func (g *pdfGuard) xrefTable(l *pdfLexer) (int64, error) {
	for {
		g.stop.check()
		tok := l.object(0)
		if kw, ok := tok.(pdfKeyword); ok && kw == "trailer" {
			break
		}
		first, ok1 := tok.(int64)
		count, ok2 := l.object(0).(int64)
		if !ok1 || !ok2 || first < 0 || count < 0 {
			return -1, errLeaveToLibrary
		}
		if first+count > int64(g.max) {
			return -1, errDamagedPDF("its cross-reference table numbers objects up to %d, more than a file of %d bytes holds", first+count, len(g.data))
		}
		for i := range count {
			g.stop.check()
			at, ok1 := l.object(0).(int64)
			_, ok2 := l.object(0).(int64)
			kw, ok3 := l.object(0).(pdfKeyword)
			if !ok1 || !ok2 || !ok3 || kw != "n" && kw != "f" {
				return -1, errLeaveToLibrary
			}
			if kw == "n" {
				g.record(int(first+i), xrefEntry{kind: 1, at: at})
			}
		}
	}
	trailer, ok := l.object(0).(pdfDict)
	if !ok {
		return -1, errLeaveToLibrary
	}
	return prevOf(trailer)
}

func prevOf(d pdfDict) (int64, error) {
	switch p := d["Prev"].(type) {
	case nil:
		return -1, nil
	case int64:
		return p, nil
	}
	return -1, errLeaveToLibrary
}

// record notes an entry, unless a later section has one for the number:
// the library keeps the first it reads, the newest.
func (g *pdfGuard) record(n int, e xrefEntry) {
	if n >= len(g.entries) {
		g.entries = append(g.entries, make([]xrefEntry, n+1-len(g.entries))...)
	}
	if g.entries[n].kind == 0 {
		g.entries[n] = e
	}
}

// xrefStream checks a cross-reference stream and records its entries.
func (g *pdfGuard) xrefStream(l *pdfLexer, d pdfDict) (int64, error) {
	if d["Type"] != pdfName("XRef") {
		return -1, errLeaveToLibrary
	}
	size, ok := d["Size"].(int64)
	if !ok || size < 0 {
		return -1, errLeaveToLibrary
	}
	if size > int64(g.max) {
		return -1, errDamagedPDF("its cross-reference stream's /Size is %d, more objects than a file of %d bytes holds", size, len(g.data))
	}
	index := []any{int64(0), size}
	if a, ok := d["Index"].(pdfArray); ok {
		index = a
	}
	w, err := fieldWidths(d["W"])
	if err != nil {
		return -1, err
	}
	var entries int64
	for k := 0; k+1 < len(index); k += 2 {
		first, ok1 := index[k].(int64)
		count, ok2 := index[k+1].(int64)
		if !ok1 || !ok2 || first < 0 || count < 0 {
			return -1, errLeaveToLibrary
		}
		if first+count > int64(g.max) {
			return -1, errDamagedPDF("its cross-reference stream numbers objects up to %d, more than a file of %d bytes holds", first+count, len(g.data))
		}
		entries += count
	}
	width := w[0] + w[1] + w[2]
	if width == 0 && entries > 0 {
		return -1, errDamagedPDF("its cross-reference stream's fields are all 0 bytes wide")
	}
	raw, err := g.streamData(l, d, entries*int64(width)+1)
	if err != nil || raw == nil {
		return -1, err
	}
	row := 0
	for k := 0; k+1 < len(index); k += 2 {
		first, count := index[k].(int64), index[k+1].(int64)
		for i := range count {
			g.stop.check()
			if (row+1)*width > len(raw) {
				return prevOf(d) // the library stops at the data's end too
			}
			f := raw[row*width : (row+1)*width]
			row++
			kind := int64(1)
			if w[0] > 0 {
				kind = beInt(f[:w[0]])
			}
			a := beInt(f[w[0] : w[0]+w[1]])
			switch kind {
			case 0:
				g.record(int(first+i), xrefEntry{kind: 3}) // a free entry hides older ones, as in the library
			case 1, 2:
				g.record(int(first+i), xrefEntry{kind: uint8(kind), at: a})
			}
		}
	}
	return prevOf(d)
}

// fieldWidths reads an xref stream's /W: three field widths or more (the
// library reads the first three), none wider than pdfMaxFieldWidth.
func fieldWidths(v any) ([3]int, error) {
	var w [3]int
	a, ok := v.(pdfArray)
	if !ok || len(a) < 3 {
		return w, errLeaveToLibrary
	}
	for k, x := range a {
		n, ok := x.(int64)
		if !ok || n < 0 || n > pdfMaxFieldWidth {
			return w, errDamagedPDF("its cross-reference stream's /W %v asks for fields of up to %d bytes", a, n)
		}
		if k < 3 {
			w[k] = int(n)
		}
	}
	return w, nil
}

func beInt(b []byte) int64 {
	var x int64
	for _, c := range b {
		x = x<<8 | int64(c)
	}
	return x
}

// streamData returns the decoded data of the stream whose dictionary d
// the lexer has just read, up to limit bytes; nil, nil when the stream is
// in a form the library does not read either (it reports that).
func (g *pdfGuard) streamData(l *pdfLexer, d pdfDict, limit int64) ([]byte, error) {
	start, ok := l.streamStart()
	length, ok2 := d["Length"].(int64)
	if !ok || !ok2 || length < 0 || int64(start)+length > int64(len(g.data)) {
		return nil, errLeaveToLibrary
	}
	var rd io.Reader = bytes.NewReader(g.data[start : int64(start)+length])
	columns := int64(0)
	switch f := d["Filter"].(type) {
	case nil:
	case pdfName:
		if f != "FlateDecode" {
			return nil, errLeaveToLibrary
		}
		zr, err := zlib.NewReader(rd)
		if err != nil {
			return nil, errLeaveToLibrary
		}
		rd = zr
		if p, ok := d["DecodeParms"].(pdfDict); ok && p["Predictor"] != nil {
			if p["Predictor"] != int64(12) {
				return nil, errLeaveToLibrary
			}
			columns, _ = p["Columns"].(int64)
			if columns < 0 || columns > pdfMaxPredictorBytes {
				return nil, errDamagedPDF("a PNG predictor row of %d bytes (/Columns)", columns)
			}
		}
	default:
		return nil, errLeaveToLibrary
	}
	if columns > 0 {
		limit += limit/columns + 1 // a filter byte a row
	}
	budget := pdfMaxGuardInflate - g.inflated
	if budget <= 0 {
		return nil, errDamagedPDF("its cross-reference and object streams decompress to more than %d MiB", pdfMaxGuardInflate>>20)
	}
	data, err := io.ReadAll(&boundedReader{r: io.LimitReader(rd, min(limit, budget)), left: budget, part: "a PDF stream", stop: g.stop})
	g.inflated += int64(len(data))
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && len(data) == 0 {
		return nil, errLeaveToLibrary
	}
	if columns > 0 {
		data = undoPNGUp(data, int(columns))
	}
	return data, nil
}

// undoPNGUp reverses the PNG "Up" predictor the library reads: rows of a
// filter byte and columns bytes, each byte added to the one above it.
func undoPNGUp(data []byte, columns int) []byte {
	var out []byte
	prev := make([]byte, columns)
	for len(data) >= columns+1 {
		if data[0] != 2 {
			break // the library stops with an error here
		}
		for i := range columns {
			prev[i] += data[1+i]
		}
		out = append(out, prev...)
		data = data[columns+1:]
	}
	return out
}

// checkObjectStreams checks every object stream that holds an object:
// stored in the file itself, its /Extends chain ending, its /N objects
// listed in its header, its data not ending inside a hex string.
func (g *pdfGuard) checkObjectStreams() error {
	checked := map[int64]bool{}
	for n, e := range g.entries {
		if e.kind != 2 || checked[e.at] {
			continue
		}
		seen := map[int64]bool{}
		for id := e.at; id >= 0; {
			g.stop.check()
			if seen[id] {
				return errDamagedPDF("object stream %d extends itself (/Extends loops)", id)
			}
			seen[id] = true
			if checked[id] {
				break
			}
			checked[id] = true
			next, err := g.objectStream(n, id)
			if err != nil {
				if errors.Is(err, errLeaveToLibrary) {
					break
				}
				return err
			}
			id = next
		}
	}
	return nil
}

// objectStream checks object stream id, which holds object n, and returns
// the stream it extends, or -1.
func (g *pdfGuard) objectStream(n int, id int64) (int64, error) {
	if id < 0 || id >= int64(len(g.entries)) {
		return -1, errLeaveToLibrary
	}
	switch e := g.entries[id]; e.kind {
	case 2:
		return -1, errDamagedPDF("object %d is in object stream %d, which is itself said to be in an object stream", n, id)
	case 1:
		if e.at < 0 || e.at >= int64(len(g.data)) {
			return -1, errLeaveToLibrary
		}
		l := pdfLexer{data: g.data, pos: int(e.at)}
		d, ok := l.indirect()
		if !ok || d["Type"] != pdfName("ObjStm") {
			return -1, errLeaveToLibrary
		}
		count, _ := d["N"].(int64)
		first, _ := d["First"].(int64)
		if count < 0 || count > pdfMaxObjStmObjects || first < 0 || first > pdfMaxObjStmHeader {
			return -1, errDamagedPDF("object stream %d claims %d objects (/N) before byte %d (/First)", id, count, first)
		}
		data, err := g.streamData(&l, d, pdfMaxObjStmHeader+1<<20)
		if err != nil || data == nil {
			return -1, err
		}
		if endsInHexString(data) {
			return -1, errDamagedPDF("object stream %d ends inside a hex string", id)
		}
		header := pdfLexer{data: data[:min(len(data), int(first))]}
		for range 2 * count {
			g.stop.check()
			if _, ok := header.object(0).(int64); !ok {
				return -1, errDamagedPDF("object stream %d claims %d objects (/N) but lists fewer", id, count)
			}
		}
		if r, ok := d["Extends"].(pdfRef); ok {
			return r.id, nil
		}
		return -1, nil
	}
	return -1, errLeaveToLibrary
}
