package report

import (
	"context"
	"io"
	"os"
	"runtime"
	"testing"

	"github.com/noticelint/noticelint/extract"
	"github.com/noticelint/noticelint/lint"
	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/rules"
)

// BenchmarkCrawlHTML10000 writes the crawl report of 10,000 sites; it
// reports the page's size.
func BenchmarkCrawlHTML10000(b *testing.B) {
	sites := manySites(10000)
	for b.Loop() {
		var n countWriter
		if err := WriteCrawlHTML(&n, sites, CrawlOptions{Version: "1.0.0"}); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(n)/1e6, "MB/report")
	}
}

// BenchmarkNoticeHTML1000 writes the notice report of 1,000 notices (one
// linted notice, 1,000 times): the heap after the last one shows that
// memory does not grow with the number of files.
func BenchmarkNoticeHTML1000(b *testing.B) {
	pack, r := benchNotice(b)
	for b.Loop() {
		var n countWriter
		rep, err := New("html", &n, Meta{Version: "1.0.0", Rules: pack, MessageLang: "en"}, Options{})
		if err != nil {
			b.Fatal(err)
		}
		for range 1000 {
			if err := rep.File(r); err != nil {
				b.Fatal(err)
			}
		}
		var ms runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&ms)
		if err := rep.End(result.Summary{Files: 1000}); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(n)/1e6, "MB/report")
		b.ReportMetric(float64(ms.HeapAlloc)/1e6, "MB-heap")
	}
}

type countWriter int

func (c *countWriter) Write(p []byte) (int, error) {
	*c += countWriter(len(p))
	return len(p), nil
}

var _ io.Writer = (*countWriter)(nil)

// benchNotice is the pack and one linted template notice, as a report
// benchmark writes it.
func benchNotice(b *testing.B) ([]*rules.Rule, result.FileResult) {
	b.Helper()
	pack, err := rules.Load()
	if err != nil {
		b.Fatal(err)
	}
	data, err := os.ReadFile("../testdata/notices/fi-layout2-template-table.txt")
	if err != nil {
		b.Fatal(err)
	}
	r := lint.Data(context.Background(), "notice.txt", data, extract.FormatText, rules.NewEngine(pack, rules.Options{Now: htmlNow}), lint.Options{})
	return pack, r
}
