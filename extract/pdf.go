package extract

import (
	"bytes"
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
	type result struct {
		doc *Document
		err error
	}
	done := make(chan result, 1)
	deadline := time.Now().Add(limit)
	go func() {
		doc, err := readPDF(path, raw, opts, deadline, limit)
		done <- result{doc, err}
	}()
	timer := time.NewTimer(limit + time.Second) // the reader stops itself at the deadline; this is for library code that never returns
	defer timer.Stop()
	select {
	case r := <-done:
		return r.doc, r.err
	case <-timer.C:
		return nil, fmt.Errorf("reading the PDF took longer than %s", limit)
	}
}

func readPDF(path string, raw []byte, opts Options, deadline time.Time, limit time.Duration) (doc *Document, err error) {
	defer func() {
		if p := recover(); p != nil {
			doc, err = nil, fmt.Errorf("damaged PDF: %v", p)
		}
	}()
	r, err := openPDF(raw)
	if err != nil {
		return nil, err
	}
	pages := pdfPageList(r)
	if len(pages) == 0 {
		return nil, errors.New("damaged PDF: no pages found")
	}
	limits := &pdfLimits{deadline: deadline, ops: pdfMaxOps, contentBytes: pdfMaxContentBytes}
	var read []pageText
	var unreadable []string
	imageOnly, textPages, firstBad := 0, 0, 0
	for i, pv := range pages {
		pg, perr := readPDFPage(pv, limits)
		var budget errPDFBudget
		if errors.As(perr, &budget) && budget.reason == "over the time limit" {
			return nil, fmt.Errorf("reading the PDF took longer than %s (stopped on page %d of %d)", limit, i+1, len(pages))
		}
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
	lines, rows, rowPages := layoutPDF(read)
	doc.lines = rows
	if counted := textPages + imageOnly + len(unreadable); counted > 0 && textPages < counted {
		var why []string
		if imageOnly > 0 {
			why = append(why, fmt.Sprintf("%d of %d pages hold only images (a scan?): run OCR on it or publish the notice as text", imageOnly, len(pages)))
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
	finish(doc, opts.Lang)
	return doc, nil
}

// openPDF opens a PDF, in words a reader can act on when it cannot.
func openPDF(raw []byte) (*pdf.Reader, error) {
	if !bytes.HasPrefix(raw, []byte("%PDF-")) {
		return nil, errors.New("not a PDF file (it does not start with %PDF-)")
	}
	data := raw
	if bytes.HasPrefix(raw, []byte("%PDF-2.")) {
		// PDF 2.0 reads as 1.7 for text; the library only knows 1.x.
		data = append([]byte("%PDF-1.7"), raw[len("%PDF-2.0"):]...)
	}
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
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
func pdfPageList(r *pdf.Reader) []pdf.Value {
	root := r.Trailer().Key("Root").Key("Pages")
	want := int(root.Key("Count").Int64())
	if want <= 0 || want > pdfMaxPages {
		want = pdfMaxPages
	}
	var pages []pdf.Value
	visited := 0
	var walk func(n pdf.Value, depth int)
	walk = func(n pdf.Value, depth int) {
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
