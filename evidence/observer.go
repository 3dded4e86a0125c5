package evidence

import (
	"context"
	"time"

	"github.com/noticelint/noticelint/extract"
	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/scan"
)

// Observer visits sites for the scanner (scan --browser, crawl --browser):
// it runs the collector, judges the visit against the notice, and keeps
// the evidence files when Dir is set. It is safe for concurrent use.
type Observer struct {
	Collector *Collector
	Judge     Judge
	// Dir is --evidence: where each site's files go; "" keeps none.
	Dir string
}

// extractTimeout bounds extracting the notice again for the judgement (the
// scanner linted it already within --lint-timeout).
const extractTimeout = 30 * time.Second

// Observe implements scan.Observer.
func (o *Observer) Observe(ctx context.Context, s scan.Observed) scan.Observation {
	noticeURL := "" // the notice as a page to load: not a PDF or Word file, which a browser downloads
	var doc *extract.Document
	var fetched *Notice
	if s.Notice != nil {
		if s.Format == extract.FormatHTML {
			noticeURL = s.Notice.URL
		}
		fetched = &Notice{URL: s.Notice.URL, Status: s.Notice.Status, ContentType: s.Notice.Header.Get("Content-Type"), Format: s.Format, Body: s.Notice.Body, Fetched: time.Now()}
		if d, err := extract.Extract(s.Notice.URL, s.Notice.Body, extract.Options{Format: s.Format, Lang: s.Lang, Timeout: extractTimeout, Charset: s.Notice.Charset()}); err == nil {
			doc = d
		}
	}
	v, err := o.Collector.Visit(ctx, s.Home, noticeURL)
	if v == nil {
		return scan.Observation{Browser: &result.Browser{Pages: []string{}, Services: []result.Service{}, Hosts: []string{}, Error: err.Error()}}
	}
	fs, sum := o.Judge.Findings(v, doc, s.Path)
	if err != nil {
		sum.Error = err.Error()
	}
	if o.Dir != "" {
		dir, werr := WriteFiles(o.Dir, s.Site, v, fetched)
		if werr != nil && sum.Error == "" {
			sum.Error = werr.Error()
		}
		sum.Evidence = dir
	}
	return scan.Observation{Findings: fs, Browser: sum}
}
