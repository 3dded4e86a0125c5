package extract

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ledongthuc/pdf"
)

// DefaultTimeout bounds the work on one file when Options.Timeout is 0.
const DefaultTimeout = 30 * time.Second

const pdfMaxPages = 5000

// FromPDF extracts a notice from a PDF: its text by rows, with spaces put
// back from the gaps between pieces of text, headings told by font size and
// weight, and two-column tables read as label and value. Every position
// carries its page; its line is the row of text counted from the start of
// the document (as "noticelint sections" shows them) and its column the
// character in that row.
//
// The PDF library panics on damaged files and can be made to work without
// end: the panics become errors, the work is bounded by opts.Timeout and by
// limits on content size, and pages that hold only images lower the
// document's Quality instead of giving an empty notice.
func FromPDF(path string, raw []byte, opts Options) (*Document, error) {
	limit := opts.Timeout
	if limit <= 0 {
		limit = DefaultTimeout
	}
	parent := context.Background()
	if opts.stop != nil {
		parent = opts.stop.ctx
	}
	ctx, cancel := context.WithTimeout(parent, limit)
	defer cancel()
	type result struct {
		doc *Document
		err error
	}
	done := make(chan result, 1)
	go func() {
		doc, err := readPDF(ctx, path, raw, opts, limit)
		done <- result{doc, err}
	}()
	select {
	case r := <-done:
		return r.doc, r.err
	case <-ctx.Done():
	}
	// The reader checks ctx as it goes and stops soon after; this is for
	// library code that never returns.
	timer := time.NewTimer(time.Second)
	defer timer.Stop()
	select {
	case r := <-done:
		return r.doc, r.err
	case <-timer.C:
		if err := parent.Err(); err != nil {
			return nil, err
		}
		return nil, fmt.Errorf("reading the PDF took longer than %s", limit)
	}
}

// readPDF reads the PDF until ctx is done: its time limit, the caller's
// or the run's.
func readPDF(ctx context.Context, path string, raw []byte, opts Options, limit time.Duration) (doc *Document, err error) {
	caller := opts.stop // nil, or the check of the context ctx is made from
	stop := newStopper(ctx)
	opts.stop = stop
	page, pages := 0, 0 // the page being read, for the error of a stop
	defer func() {
		p := recover()
		st, isStop := p.(stopped)
		switch {
		case isStop || ctx.Err() != nil && (p != nil || err != nil):
			// Stopped, maybe inside the library, which makes a stop in its
			// reads a "malformed PDF": by the caller, whose error it is,
			// or by the PDF's own time limit, which is said.
			doc, err = nil, fmt.Errorf("reading the PDF took longer than %s (stopped on page %d of %d)", limit, max(page, 1), max(pages, 1))
			if caller != nil && caller.ctx.Err() != nil {
				err = caller.err()
			} else if isStop && !errors.Is(st.err, context.DeadlineExceeded) {
				err = st.err
			}
		case p != nil:
			doc, err = nil, fmt.Errorf("damaged PDF: %v", p)
		}
	}()
	r, err := openPDF(raw, stop)
	if err != nil {
		return nil, err
	}
	list := pdfPageList(r, stop)
	if len(list) == 0 {
		return nil, errors.New("damaged PDF: no pages found")
	}
	pages = len(list)
	limits := &pdfLimits{stop: stop, ops: pdfMaxOps, contentBytes: pdfMaxContentBytes}
	var read []pageText
	var unreadable []string
	imageOnly, textPages, firstBad := 0, 0, 0
	for i, pv := range list {
		page = i + 1
		pg, perr := readPDFPage(pv, limits)
		switch {
		case perr != nil:
			unreadable = append(unreadable, fmt.Sprintf("page %d: %v", i+1, perr))
		case len(pg.runs) == 0 && pg.images > 0:
			imageOnly++
		case len(pg.runs) > 0:
			textPages++
		}
		if firstBad == 0 && (perr != nil || len(pg.runs) == 0 && pg.images > 0) {
			firstBad = i + 1
		}
		read = append(read, pageText{number: i + 1, runs: pg.runs})
	}
	if textPages == 0 && !r.Trailer().Key("Encrypt").IsNull() {
		// The library opens an encrypted file without a user password but
		// derives a wrong key for 40-bit RC4, so the pages come out as noise.
		return nil, fmt.Errorf("the PDF is encrypted and its text could not be decrypted (%s): publish the notice unencrypted", firstOr(unreadable, "no page held text"))
	}
	doc = &Document{Path: path, Format: FormatPDF, Quality: 1}
	lines, rows, rowPages := layoutPDF(read, stop)
	doc.lines = rows
	if counted := textPages + imageOnly + len(unreadable); counted > 0 && textPages < counted {
		var why []string
		if imageOnly > 0 {
			why = append(why, fmt.Sprintf("%d of %d pages hold only images (a scan?): run OCR on it or publish the notice as text", imageOnly, len(list)))
		}
		if len(unreadable) > 0 {
			why = append(why, fmt.Sprintf("%d %s could not be read (%s)", len(unreadable), plural(len(unreadable), "page", "pages"), strings.Join(unreadable, "; ")))
		}
		doc.lowerQuality(float64(textPages)/float64(counted), strings.Join(why, "; "))
	}
	if textPages == 0 && imageOnly == 0 && len(unreadable) == 0 {
		doc.lowerQuality(0, "the PDF holds no text (its letters may be drawn as shapes)")
		firstBad = 1
	}
	if firstBad > 0 {
		doc.QualityAt = Position{Line: lineOfPage(rowPages, firstBad), Column: 1, Page: firstBad}
	}
	doc.Sections = sectionize(lines, opts)
	finish(doc, opts)
	return doc, nil
}

// openPDF opens a PDF, in words a reader can act on when it cannot.
func openPDF(raw []byte, stop *stopper) (*pdf.Reader, error) {
	if !bytes.HasPrefix(raw, []byte("%PDF-")) {
		return nil, errors.New("not a PDF file (it does not start with %PDF-)")
	}
	data := raw
	if bytes.HasPrefix(raw, []byte("%PDF-2.")) {
		// PDF 2.0 reads as 1.7 for text; the library only knows 1.x.
		data = append([]byte("%PDF-1.7"), raw[len("%PDF-2.0"):]...)
	}
	if err := checkPDFStructure(data, stop); err != nil {
		return nil, err
	}
	r, err := pdf.NewReader(stoppingReaderAt{bytes.NewReader(data), stop}, int64(len(data)))
	switch {
	case err == nil:
		return r, nil
	case errors.Is(err, pdf.ErrInvalidPassword):
		return nil, errors.New("the PDF is encrypted with a password: publish the notice unencrypted so that it can be read")
	case strings.Contains(err.Error(), "encrypt"):
		return nil, fmt.Errorf("the PDF is encrypted in a way noticelint cannot read (%w)", err)
	case strings.Contains(err.Error(), "%%EOF"), strings.Contains(err.Error(), "startxref"):
		return nil, fmt.Errorf("truncated or damaged PDF (%w)", err)
	}
	return nil, fmt.Errorf("damaged PDF (%w)", err)
}

// pdfPageList walks the page tree in order, within bounds: a tree that
// loops back on itself ends at pdfMaxPages or the document's page count.
func pdfPageList(r *pdf.Reader, stop *stopper) []pdf.Value {
	root := r.Trailer().Key("Root").Key("Pages")
	want := int(root.Key("Count").Int64())
	if want <= 0 || want > pdfMaxPages {
		want = pdfMaxPages
	}
	var pages []pdf.Value
	visited := 0
	var walk func(n pdf.Value, depth int)
	walk = func(n pdf.Value, depth int) {
		stop.check()
		visited++
		if len(pages) >= want || depth > pdfMaxInheritLevels || visited > 4*pdfMaxPages {
			return
		}
		if n.Key("Type").Name() == "Pages" || n.Key("Kids").Kind() == pdf.Array {
			kids := n.Key("Kids")
			for i := 0; i < kids.Len(); i++ {
				walk(kids.Index(i), depth+1)
			}
			return
		}
		if n.Kind() == pdf.Dict {
			pages = append(pages, n)
		}
	}
	walk(root, 0)
	return pages
}

// readPDFPage reads one page's text runs; a panic of the library on this
// page becomes its error.
func readPDFPage(page pdf.Value, limits *pdfLimits) (pg *pdfPage, err error) {
	pg = &pdfPage{limits: limits}
	defer func() {
		if p := recover(); p != nil {
			if st, ok := p.(stopped); ok {
				panic(st) // the whole document stops, not the page
			}
			if e, ok := p.(errPDFBudget); ok {
				err = e
			} else {
				err = fmt.Errorf("%v", p)
			}
		}
	}()
	content := page.Key("Contents")
	if content.IsNull() {
		return pg, nil
	}
	pg.read(content, inherited(page, "Resources"), identity, 0)
	return pg, nil
}

// inherited looks a page attribute up the page tree, a bounded number of
// levels (a Parent that loops would never end).
func inherited(page pdf.Value, key string) pdf.Value {
	v := page
	for range pdfMaxInheritLevels {
		if v.IsNull() {
			break
		}
		if r := v.Key(key); !r.IsNull() {
			return r
		}
		v = v.Key("Parent")
	}
	return pdf.Value{}
}

// lineOfPage returns the line of the first row on or after page, or the
// last line: where a finding about that page stands.
func lineOfPage(rowPages []int, page int) int {
	for i, p := range rowPages {
		if p >= page {
			return i + 1
		}
	}
	return max(1, len(rowPages))
}

func firstOr(list []string, fallback string) string {
	if len(list) > 0 {
		return list[0]
	}
	return fallback
}

// stoppingReaderAt is the PDF's bytes as the library reads them: every
// read first checks stop, so that library code that loops while it reads
// (a chain of object streams that extends itself) ends when the extraction
// stops.
type stoppingReaderAt struct {
	r    *bytes.Reader
	stop *stopper
}

func (s stoppingReaderAt) ReadAt(p []byte, off int64) (int, error) {
	s.stop.now()
	return s.r.ReadAt(p, off)
}
