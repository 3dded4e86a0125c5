package crawl

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/noticelint/noticelint/fetch"
	"github.com/noticelint/noticelint/internal/gen"
	"github.com/noticelint/noticelint/internal/leaktest"
	"github.com/noticelint/noticelint/lint"
	"github.com/noticelint/noticelint/rules"
	"github.com/noticelint/noticelint/scan"
)

// TestCrawlOfLoopingPDFs: twenty sites on loopback whose notice is a
// 500-byte PDF whose cross-reference table names itself as the one before
// it (which sent the PDF library round for ever, a goroutine for each
// site left looping until the crawl ended). Each site's record says the
// PDF is damaged, and after the crawl no goroutine is left in the PDF
// library or the extractors: the test reads every goroutine's stack.
func TestCrawlOfLoopingPDFs(t *testing.T) {
	pdf := gen.CyclicXrefPDF()
	home := `<!DOCTYPE html><html><body><main><h1>Esimerkki Oy</h1></main>` +
		`<footer><a href="/tietosuojaseloste.pdf">Tietosuojaseloste</a></footer></body></html>`
	var sites []string
	for range 20 {
		s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			switch r.URL.Path {
			case "/":
				w.Header().Set("Content-Type", "text/html; charset=utf-8")
				_, _ = w.Write([]byte(home))
			case "/tietosuojaseloste.pdf":
				w.Header().Set("Content-Type", "application/pdf")
				_, _ = w.Write(pdf)
			default:
				http.NotFound(w, r)
			}
		}))
		t.Cleanup(s.Close)
		sites = append(sites, s.URL)
	}
	pack, err := rules.Load()
	if err != nil {
		t.Fatal(err)
	}
	sc, err := scan.NewScanner(scan.Options{
		Fetch:  fetch.Options{UserAgent: fetch.DefaultUserAgent("test"), AllowPrivate: true, Timeout: 10 * time.Second},
		Engine: rules.NewEngine(pack, rules.Options{Now: rules.SampleClock}),
		Lint:   lint.Options{Timeout: 5 * time.Second},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer sc.Close()
	path := filepath.Join(t.TempDir(), "results.jsonl")
	out, err := OpenOut(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := Run(context.Background(), sites, sc, out, Options{Concurrency: 4}); err != nil {
		t.Fatal(err)
	}
	out.Close()
	recs := records(t, path)
	if len(recs) != len(sites) {
		t.Fatalf("%d records for %d sites", len(recs), len(sites))
	}
	for s, r := range recs {
		if r.Status != "error" || !strings.Contains(r.Error, "damaged PDF (its cross-reference sections loop: /Prev leads back to byte") {
			t.Errorf("%s: status %s, error %q", s, r.Status, r.Error)
		}
	}
	for _, pkg := range []string{"github.com/ledongthuc/pdf", "noticelint/extract."} {
		for _, g := range leaktest.In(pkg) {
			t.Errorf("a goroutine is left in the PDF reader after the crawl:\n%s", g)
		}
	}
}
