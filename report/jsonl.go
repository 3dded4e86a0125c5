package report

import (
	"bufio"
	"io"

	"github.com/noticelint/noticelint/result"
)

// jsonlReporter writes each result as one JSON line in the shape of crawl
// results (result.Site, the path or URL as the site), flushed line by line
// so that a pipe sees each result as soon as it is ready: lint --jsonl's
// output, and the jsonl format.
type jsonlReporter struct {
	w    *bufio.Writer
	refs map[string]string
}

func newJSONL(w io.Writer, meta Meta) *jsonlReporter {
	return &jsonlReporter{w: bufio.NewWriter(w), refs: result.Refs(meta.Rules)}
}

func (j *jsonlReporter) File(r result.FileResult) error {
	r.Origin = nil // the page is the line's site
	b, err := result.Encode(result.NewSite(r, "", j.refs))
	if err != nil {
		return err
	}
	_, _ = j.w.Write(b)
	return j.w.Flush()
}

func (j *jsonlReporter) End(result.Summary) error { return j.w.Flush() }
