package crawl

import (
	"context"
	"net/http"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/noticelint/noticelint/internal/warc"
	"github.com/noticelint/noticelint/lint"
	"github.com/noticelint/noticelint/lint/input"
	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/rules"
	"github.com/noticelint/noticelint/scan"
)

const noticeHTML = `<!DOCTYPE html><html lang="fi"><body><h1>Tietosuojaseloste</h1>
<p>Käsittelemme henkilötietoja henkilötietolain (523/1999) mukaisesti.</p></body></html>`

// TestEvidenceRoundTrip: the exchanges of a crawl, written with
// --warc-out, read back with lint --warc: the HTML and PDF notices are
// linted under their URLs, robots.txt and the redirect are passed over.
func TestEvidenceRoundTrip(t *testing.T) {
	dir := t.TempDir()
	ev, err := NewEvidence(dir, "noticelint-test", 2000, "noticelint test")
	if err != nil {
		t.Fatal(err)
	}
	pdf, err := os.ReadFile("../testdata/formats/notice-winansi.pdf")
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 11, 22, 4, 0, 0, 0, time.UTC)
	hdr := func(kv ...string) http.Header {
		h := http.Header{}
		for i := 0; i < len(kv); i += 2 {
			h.Set(kv[i], kv[i+1])
		}
		return h
	}
	req := hdr("User-Agent", "noticelint/test (+https://noticelint.example/bot)")
	exchanges := []scan.Exchange{
		{Time: at, Method: "GET", URL: "https://esimerkki.example/robots.txt", RequestHeader: req, Proto: "HTTP/1.1", Status: 200,
			ResponseHeader: hdr("Content-Type", "text/plain"), Body: []byte("User-agent: *\nDisallow: /admin\n"), IP: "192.0.2.10"},
		{Time: at, Method: "GET", URL: "https://esimerkki.example/tietosuoja", RequestHeader: req, Proto: "HTTP/1.1", Status: 301,
			ResponseHeader: hdr("Location", "/fi/tietosuoja"), IP: "192.0.2.10"},
		// Fetched gzipped and chunked; the body kept is decoded.
		{Time: at, Method: "GET", URL: "https://esimerkki.example/fi/tietosuoja", RequestHeader: req, Proto: "HTTP/1.1", Status: 200,
			ResponseHeader: hdr("Content-Type", "text/html; charset=utf-8", "Content-Encoding", "gzip", "Transfer-Encoding", "chunked"),
			Body:           []byte(noticeHTML), IP: "192.0.2.10"},
		{Time: at, Method: "GET", URL: "https://kauppa.example/tietosuoja.pdf", RequestHeader: req, Proto: "HTTP/1.1", Status: 200,
			ResponseHeader: hdr("Content-Type", "application/pdf", "Content-Length", "12"), Body: pdf, IP: "192.0.2.20"},
	}
	for _, ex := range exchanges {
		ev.Exchange(ex)
	}
	if err := ev.Close(); err != nil || ev.Err() != nil {
		t.Fatal(err, ev.Err())
	}
	files := ev.Files()
	if len(files) < 2 {
		t.Errorf("files %v: want rotation past 2000 bytes", files)
	}
	// Every response has its request, concurrent to it; every record
	// has its digests, and they are right.
	var types []string
	for _, name := range files {
		f, _ := os.Open(name)
		r, _ := warc.NewReader(f, 0)
		for {
			rec, err := r.Next()
			if err != nil {
				break
			}
			types = append(types, rec.Type())
			if rec.Err != nil || rec.Type() == warc.TypeResponse && !strings.HasPrefix(rec.Header.Get("WARC-Payload-Digest"), "sha1:") {
				t.Errorf("response record without a right payload digest: %v %v", rec.Header, rec.Err)
			}
			if rec.Type() == warc.TypeRequest && (rec.Header.Get("WARC-Concurrent-To") == "" || !strings.HasPrefix(string(rec.Block), "GET /")) {
				t.Errorf("request record %v %q", rec.Header, rec.Block)
			}
		}
		f.Close()
	}
	if n := strings.Count(strings.Join(types, " "), "request"); n != 4 {
		t.Errorf("record types %v", types)
	}

	var st input.WARCStats
	engine := rules.NewEngine(mustPack(t), rules.Options{Now: at})
	var got []string
	sum, err := lint.Stream(context.Background(), input.WARCFiles(files, input.WARCOptions{}, &st), engine, lint.Options{Jobs: 2}, func(r result.FileResult) error {
		line := r.Path + " " + r.Format
		if r.Err != nil {
			line += " error: " + r.Err.Reason
		}
		if slices.ContainsFunc(r.Findings, func(f rules.Finding) bool { return f.Rule == "repealed-law" }) {
			line += " repealed-law"
		}
		got = append(got, line)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"https://esimerkki.example/fi/tietosuoja html repealed-law", "https://kauppa.example/tietosuoja.pdf pdf repealed-law"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") || st.Responses != 4 || st.Pages != 2 || sum.FileErrors != 0 {
		t.Errorf("read back (%d responses, %d linted):\n%s", st.Responses, st.Pages, strings.Join(got, "\n"))
	}
}

func mustPack(t *testing.T) []*rules.Rule {
	t.Helper()
	pack, err := rules.Load()
	if err != nil {
		t.Fatal(err)
	}
	return pack
}
