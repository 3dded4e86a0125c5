package report

import (
	"bytes"
	"context"
	"testing"

	"github.com/noticelint/noticelint/extract"
	"github.com/noticelint/noticelint/internal/testfiles"
	"github.com/noticelint/noticelint/lint"
	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/rules"
)

// FuzzHTMLReports: whatever a notice or a crawl result holds, both HTML
// reports are written without a panic and stay self-contained and inert
// (no element, attribute or link the input put there).
func FuzzHTMLReports(f *testing.F) {
	testfiles.AddSeeds(f, "testdata/hostile.txt")
	testfiles.AddSeeds(f, "testdata/crawl/results.jsonl")
	pack, err := rules.Load()
	if err != nil {
		f.Fatal(err)
	}
	engine := rules.NewEngine(pack, rules.Options{Now: htmlNow})
	f.Fuzz(func(t *testing.T, data []byte) {
		r := lint.Data(context.Background(), "https://a.example/"+string(data), data, extract.FormatText, engine, lint.Options{})
		r.Origin = &result.Origin{Site: string(data), Why: string(data)}
		checkSelfContained(t, []byte(renderResult(t, "html", pack, Options{}, r, result.Summary{Files: 1})))

		sites, err := result.ReadSites(bytes.NewReader(data), 1<<20, func(int, error, int) error { return nil })
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := WriteCrawlHTML(&buf, sites, CrawlOptions{Rules: pack, Now: htmlNow}); err != nil {
			t.Fatal(err)
		}
		checkSelfContained(t, buf.Bytes())
	})
}
