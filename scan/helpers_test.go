package scan

import (
	"context"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/noticelint/noticelint/fetch"
	"github.com/noticelint/noticelint/lint"
	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/rules"
)

// notice reads a fictional notice of the catalog and gives it as a web
// page, a paragraph a line.
func notice(t testing.TB, name string) string {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "testdata", "catalog", name))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString("<!doctype html><html><head><title>Notice</title></head><body><main>\n")
	for _, line := range strings.Split(string(raw), "\n") {
		if strings.TrimSpace(line) != "" {
			fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(line))
		}
	}
	b.WriteString("</main></body></html>\n")
	return b.String()
}

// homePage is a home page with a navigation, some text and a footer of
// links (text -> href).
func homePage(nav, footer [][2]string) string {
	var b strings.Builder
	b.WriteString("<!doctype html><html><head><title>Etusivu</title></head><body><nav>")
	for _, l := range nav {
		fmt.Fprintf(&b, "<a href=%q>%s</a> ", l[1], l[0])
	}
	b.WriteString("</nav><main><h1>Tervetuloa</h1><p>Myymme retkeilyvarusteita.</p></main><footer>")
	for _, l := range footer {
		fmt.Fprintf(&b, "<a href=%q>%s</a> ", l[1], l[0])
	}
	b.WriteString("</footer></body></html>")
	return b.String()
}

// serve starts a site of pages (path -> body, served as HTML unless the
// path ends in .pdf or .txt); it counts requests per path.
type testSite struct {
	*httptest.Server
	mu   sync.Mutex
	hits map[string]int
}

func serve(t *testing.T, pages map[string]string, extra map[string]http.HandlerFunc) *testSite {
	t.Helper()
	return serveTB(t, pages, extra)
}

// serveBench serves pages for a benchmark and returns the site's URL.
func serveBench(b *testing.B, pages map[string]string) string {
	b.Helper()
	return serveTB(b, pages, nil).URL
}

func serveTB(t testing.TB, pages map[string]string, extra map[string]http.HandlerFunc) *testSite {
	t.Helper()
	s := &testSite{hits: map[string]int{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		s.mu.Unlock()
		if h, ok := extra[r.URL.Path]; ok {
			h(w, r)
			return
		}
		body, ok := pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		switch {
		case strings.HasSuffix(r.URL.Path, ".pdf"):
			w.Header().Set("Content-Type", "application/pdf")
		case strings.HasSuffix(r.URL.Path, ".txt"):
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		default:
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
		}
		_, _ = w.Write([]byte(body))
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *testSite) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

func newScanner(t testing.TB, edit func(*Options)) *Scanner {
	t.Helper()
	pack, err := loadPack()
	if err != nil {
		t.Fatal(err)
	}
	opts := Options{
		Fetch:  fetch.Options{UserAgent: fetch.DefaultUserAgent("test"), AllowPrivate: true, Timeout: 5 * time.Second, RetryBackoff: 10 * time.Millisecond},
		Engine: rules.NewEngine(pack, rules.Options{Now: rules.SampleClock}),
		Lint:   lint.Options{Timeout: 30 * time.Second},
	}
	if edit != nil {
		edit(&opts)
	}
	s, err := NewScanner(opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	return s
}

func scanSite(t *testing.T, s *Scanner, site string) Result {
	t.Helper()
	return s.Scan(context.Background(), site)
}

func wantNotice(t *testing.T, r Result, url, why string) {
	t.Helper()
	if r.Status != result.StatusOK || r.File.Err != nil {
		t.Fatalf("status %s, error %v; want ok", r.Status, r.File.Err)
	}
	if r.File.Path != url {
		t.Errorf("linted %s, want %s", r.File.Path, url)
	}
	if !strings.Contains(r.File.Why(), why) {
		t.Errorf("why %q, want it to contain %q", r.File.Why(), why)
	}
}

func rulesOf(fs []rules.Finding) []string {
	var ids []string
	for _, f := range fs {
		ids = append(ids, f.Rule)
	}
	return ids
}
