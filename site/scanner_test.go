package site

import (
	"context"
	"fmt"
	"html"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"

	"github.com/noticelint/noticelint/fetch"
	"github.com/noticelint/noticelint/lint"
	"github.com/noticelint/noticelint/record"
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

// loadPack loads the rule pack once for all tests.
var loadPack = sync.OnceValues(rules.Load)

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
	if r.Status != record.StatusOK || r.File.Err != nil {
		t.Fatalf("status %s, error %v; want ok", r.Status, r.File.Err)
	}
	if r.File.Path != url {
		t.Errorf("linted %s, want %s", r.File.Path, url)
	}
	if !strings.Contains(r.File.Why, why) {
		t.Errorf("why %q, want it to contain %q", r.File.Why, why)
	}
}

func rulesOf(fs []rules.Finding) []string {
	var ids []string
	for _, f := range fs {
		ids = append(ids, f.Rule)
	}
	return ids
}

// TestDiscovery: the notice of a site in Finnish, Swedish and English is
// found among other links, a footer link before a navigation link, a
// privacy notice before a cookie policy.
func TestDiscovery(t *testing.T) {
	for _, tt := range []struct {
		lang, file   string
		nav, footer  [][2]string
		notice, why  string
		decoyNotRead string
	}{
		{"fi", "fi-complete.txt",
			[][2]string{{"Tuotteet", "/tuotteet"}, {"Yhteystiedot", "/yhteystiedot"}},
			[][2]string{{"Evästekäytäntö", "/evasteet"}, {"Tietosuojaseloste", "/tietosuojaseloste"}, {"Toimitusehdot", "/ehdot"}},
			"/tietosuojaseloste", "footer link 'Tietosuojaseloste'", "/evasteet"},
		{"sv", "sv-complete.txt",
			[][2]string{{"Tjänster", "/tjanster"}},
			[][2]string{{"Kakor", "/kakor"}, {"Dataskyddsbeskrivning", "/dataskydd/beskrivning"}},
			"/dataskydd/beskrivning", "footer link 'Dataskyddsbeskrivning'", "/kakor"},
		{"en", "en-complete.txt",
			[][2]string{{"Privacy", "/privacy-hub"}, {"Shop", "/shop"}},
			[][2]string{{"Cookie policy", "/cookies"}, {"Privacy notice", "/legal/privacy-notice"}},
			"/legal/privacy-notice", "footer link 'Privacy notice'", "/privacy-hub"},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			s := serve(t, map[string]string{
				"/":         homePage(tt.nav, tt.footer),
				tt.notice:   notice(t, tt.file),
				"/evasteet": "<p>Käytämme evästeitä.</p>", "/kakor": "<p>Vi använder kakor.</p>",
				"/cookies": "<p>We use cookies.</p>", "/privacy-hub": "<p>Privacy matters.</p>",
			}, nil)
			r := scanSite(t, newScanner(t, nil), s.URL)
			wantNotice(t, r, s.URL+tt.notice, tt.why)
			if r.File.Lang != tt.lang || r.File.Site != s.URL || r.Site != s.URL {
				t.Errorf("lang %s, site %q", r.File.Lang, r.File.Site)
			}
			if n := s.count(tt.decoyNotRead); n != 0 {
				t.Errorf("%s fetched before the notice", tt.decoyNotRead)
			}
			tm := r.Timings
			if tm.Requests != 3 || tm.Total < tm.Fetch || tm.Total <= 0 {
				t.Errorf("timings %+v; want 3 requests (robots.txt, home, notice)", tm)
			}
		})
	}
}

func TestLinkAttributes(t *testing.T) {
	// An icon link named only by aria-label, and a link named only by its
	// address; rel="privacy-policy" wins over both.
	for name, home := range map[string]string{
		"aria-label": `<a href="/a" aria-label="Tietosuojaseloste"><img src="lock.png" alt=""></a><a href="/b">Tuotteet</a>`,
		"href":       `<a href="/b">Tuotteet</a><a href="/fi/tietosuojaseloste">Lue lisää</a>`,
		"rel":        `<a href="/a">Tietosuoja</a><a rel="privacy-policy" href="/rel">Lisää</a>`,
	} {
		t.Run(name, func(t *testing.T) {
			target := map[string]string{"aria-label": "/a", "href": "/fi/tietosuojaseloste", "rel": "/rel"}[name]
			s := serve(t, map[string]string{"/": home, target: notice(t, "fi-complete.txt")}, nil)
			r := scanSite(t, newScanner(t, nil), s.URL+"/")
			wantNotice(t, r, s.URL+target, "link")
		})
	}
}

func TestPDFNotice(t *testing.T) {
	pdf, err := os.ReadFile(filepath.Join("..", "testdata", "formats", "notice-winansi.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	s := serve(t, map[string]string{
		"/":                            homePage(nil, [][2]string{{"Tietosuojaseloste (PDF)", "/files/tietosuojaseloste.pdf"}}),
		"/files/tietosuojaseloste.pdf": string(pdf),
	}, nil)
	r := scanSite(t, newScanner(t, nil), s.URL)
	wantNotice(t, r, s.URL+"/files/tietosuojaseloste.pdf", "footer link 'Tietosuojaseloste (PDF)'")
	if r.File.Format != "pdf" {
		t.Errorf("format %s", r.File.Format)
	}
}

// TestTwoClicks: home -> "Tietosuoja", a page of links -> the customer
// register's notice.
func TestTwoClicks(t *testing.T) {
	hub := `<html><body><h1>Tietosuoja</h1><p>Täältä löydät rekisteriemme selosteet.</p><ul>
<li><a href="/tietosuoja/rekrytointi">Rekrytointirekisterin tietosuojaseloste</a></li>
<li><a href="/tietosuoja/asiakasrekisteri">Asiakasrekisterin tietosuojaseloste</a></li></ul></body></html>`
	s := serve(t, map[string]string{
		"/":                            homePage([][2]string{{"Tuotteet", "/tuotteet"}}, [][2]string{{"Tietosuoja", "/tietosuoja"}}),
		"/tietosuoja":                  hub,
		"/tietosuoja/rekrytointi":      notice(t, "fi-complete.txt"),
		"/tietosuoja/asiakasrekisteri": notice(t, "fi-complete.txt"),
	}, nil)
	r := scanSite(t, newScanner(t, nil), s.URL)
	if r.Status != record.StatusOK || !strings.HasPrefix(r.File.Path, s.URL+"/tietosuoja/") {
		t.Fatalf("status %s, path %s, err %v", r.Status, r.File.Path, r.File.Err)
	}
	if !strings.Contains(r.File.Why, "footer link 'Tietosuoja', then link '") {
		t.Errorf("why %q", r.File.Why)
	}
}

func TestNoticeNotFound(t *testing.T) {
	s := serve(t, map[string]string{
		"/":         homePage([][2]string{{"Tuotteet", "/tuotteet"}}, [][2]string{{"Evästeet", "/evasteet"}}),
		"/evasteet": "<p>Käytämme evästeitä.</p>",
	}, nil)
	r := scanSite(t, newScanner(t, nil), s.URL)
	if r.Status != record.StatusNotFound || r.File.Err != nil || r.File.Path != s.URL+"/" {
		t.Fatalf("status %s, path %s, err %v", r.Status, r.File.Path, r.File.Err)
	}
	if ids := rulesOf(r.File.Findings); len(ids) != 1 || ids[0] != "notice-not-found" {
		t.Fatalf("findings %v", ids)
	}
	f := r.File.Findings[0]
	if f.Severity != rules.Error || !strings.Contains(f.Message, "'Evästeet'") || f.Location.Line != 1 {
		t.Errorf("finding %+v", f)
	}

	// Processing (a configuration's severity override) applies to it.
	s2 := newScanner(t, func(o *Options) {
		o.Lint.Process = func(_ string, fs []rules.Finding) []rules.Finding {
			for i := range fs {
				fs[i].Severity = rules.Warning
			}
			return fs
		}
	})
	if r := scanSite(t, s2, s.URL); len(r.File.Findings) != 1 || r.File.Findings[0].Severity != rules.Warning {
		t.Errorf("processed findings %+v", r.File.Findings)
	}
}

func TestRobotsForbidsNotice(t *testing.T) {
	s := serve(t, map[string]string{
		"/":                  homePage(nil, [][2]string{{"Tietosuojaseloste", "/tietosuojaseloste"}}),
		"/robots.txt":        "User-agent: *\nDisallow: /tietosuojaseloste\n",
		"/tietosuojaseloste": notice(t, "fi-complete.txt"),
	}, nil)
	r := scanSite(t, newScanner(t, nil), s.URL)
	if r.Status != record.StatusBlocked || r.File.Err == nil || !strings.Contains(r.File.Err.Reason, "robots.txt disallows") {
		t.Fatalf("status %s, err %v", r.Status, r.File.Err)
	}
	if s.count("/tietosuojaseloste") != 0 {
		t.Error("the disallowed notice was fetched")
	}
}

func TestRobots5xxBlocksSite(t *testing.T) {
	s := serve(t, map[string]string{"/": homePage(nil, nil)}, map[string]http.HandlerFunc{
		"/robots.txt": func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusInternalServerError) },
	})
	r := scanSite(t, newScanner(t, nil), s.URL)
	if r.Status != record.StatusBlocked || s.count("/") != 0 {
		t.Errorf("status %s, home fetched %d times", r.Status, s.count("/"))
	}
}

func TestSiteUnreachable(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	_ = ln.Close()
	r := scanSite(t, newScanner(t, nil), "http://"+addr+"/")
	if r.Status != record.StatusError || r.File.Err == nil || !strings.Contains(r.File.Err.Reason, "refused") {
		t.Errorf("status %s, err %v", r.Status, r.File.Err)
	}
}

// TestBareDomainFallsBackToHTTP: a site named without a scheme is tried
// over https first; a server that speaks only http is then read over http.
func TestBareDomainFallsBackToHTTP(t *testing.T) {
	s := serve(t, map[string]string{
		"/":                  homePage(nil, [][2]string{{"Tietosuojaseloste", "/tietosuojaseloste"}}),
		"/tietosuojaseloste": notice(t, "fi-complete.txt"),
	}, nil)
	host := strings.TrimPrefix(s.URL, "http://")
	r := scanSite(t, newScanner(t, nil), host)
	wantNotice(t, r, s.URL+"/tietosuojaseloste", "Tietosuojaseloste")
}

func TestWindows1252Notice(t *testing.T) {
	page := notice(t, "fi-complete.txt")
	enc, err := charmap.Windows1252.NewEncoder().String(strings.ReplaceAll(page, "–", "-"))
	if err != nil {
		t.Fatal(err)
	}
	s := serve(t, map[string]string{"/": homePage(nil, [][2]string{{"Tietosuojaseloste", "/seloste"}})}, map[string]http.HandlerFunc{
		"/seloste": func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=windows-1252")
			_, _ = w.Write([]byte(enc))
		},
	})
	r := scanSite(t, newScanner(t, nil), s.URL)
	wantNotice(t, r, s.URL+"/seloste", "Tietosuojaseloste")
	if r.File.Encoding != "windows-1252" || r.File.Lang != "fi" {
		t.Errorf("encoding %s, lang %s", r.File.Encoding, r.File.Lang)
	}
	if ids := rulesOf(r.File.Findings); len(ids) != 0 {
		t.Errorf("findings %v: the text was not decoded right", ids)
	}
}

func TestNoticeOverBodyLimit(t *testing.T) {
	s := serve(t, map[string]string{"/": homePage(nil, [][2]string{{"Tietosuojaseloste", "/iso"}})}, map[string]http.HandlerFunc{
		"/iso": func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			chunk := []byte(strings.Repeat("<p>Rekisterinpitäjä henkilötiedot säilytysaika oikeusperuste tarkastusoikeus</p>\n", 400))
			for sent := 0; sent < 1<<30; sent += len(chunk) {
				if _, err := w.Write(chunk); err != nil {
					return
				}
			}
		},
	})
	r := scanSite(t, newScanner(t, func(o *Options) { o.Fetch.MaxBody = 1 << 20 }), s.URL)
	if r.Status != record.StatusError || r.File.Err == nil || !strings.Contains(r.File.Err.Reason, "1 MiB (--max-body)") {
		t.Errorf("status %s, err %v", r.Status, r.File.Err)
	}
}

func TestSlowSite(t *testing.T) {
	s := serve(t, nil, map[string]http.HandlerFunc{"/": func(_ http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
	}})
	start := time.Now()
	r := scanSite(t, newScanner(t, func(o *Options) { o.Fetch.Timeout = 300 * time.Millisecond }), s.URL)
	if r.Status != record.StatusError || r.File.Err == nil || !strings.Contains(r.File.Err.Reason, "time limit of 300ms") {
		t.Errorf("status %s, err %v", r.Status, r.File.Err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("took %s", d)
	}
}

func TestRedirectToPrivateRefused(t *testing.T) {
	// The notice is on 127.0.0.2, an address the policy refuses; the test
	// allows only 127.0.0.1, where the site itself is.
	ln, err := net.Listen("tcp", "127.0.0.2:0")
	if err != nil {
		t.Skipf("cannot listen on 127.0.0.2: %v", err)
	}
	private := httptest.NewUnstartedServer(nil)
	_ = private.Listener.Close()
	private.Listener = ln
	var hits sync.Map
	private.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Store(r.URL.Path, true)
		_, _ = w.Write([]byte(notice(t, "fi-complete.txt")))
	})
	private.Start()
	defer private.Close()
	s := serve(t, map[string]string{"/": homePage(nil, [][2]string{{"Tietosuojaseloste", "/seloste"}})}, map[string]http.HandlerFunc{
		"/seloste": func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, private.URL+"/tietosuojaseloste", http.StatusFound)
		},
	})
	sc := newScanner(t, func(o *Options) {
		o.Fetch.AllowPrivate = false
		o.Fetch.AllowAddr = func(a netip.Addr) bool { return a == netip.MustParseAddr("127.0.0.1") }
	})
	r := scanSite(t, sc, s.URL)
	if r.Status != record.StatusNotFound || s.count("/seloste") != 1 {
		t.Errorf("status %s, /seloste fetched %d times", r.Status, s.count("/seloste"))
	}
	hits.Range(func(k, _ any) bool {
		t.Errorf("the private server was asked for %s", k)
		return true
	})
	// With --allow-private the same redirect is followed.
	r = scanSite(t, newScanner(t, nil), s.URL)
	wantNotice(t, r, private.URL+"/tietosuojaseloste", "Tietosuojaseloste")
}

// TestExchanges: OnExchange sees every request of the site, robots.txt
// and redirects included, and Requests counts them.
func TestExchanges(t *testing.T) {
	s := serve(t, map[string]string{
		"/fi/":               homePage(nil, [][2]string{{"Tietosuojaseloste", "/tietosuojaseloste"}}),
		"/tietosuojaseloste": notice(t, "fi-complete.txt"),
	}, map[string]http.HandlerFunc{"/": func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/fi/", http.StatusFound) }})
	var urls []string
	sc := newScanner(t, func(o *Options) {
		o.OnExchange = func(e Exchange) { urls = append(urls, strings.TrimPrefix(e.URL, s.URL)) }
	})
	r := scanSite(t, sc, s.URL)
	wantNotice(t, r, s.URL+"/tietosuojaseloste", "Tietosuojaseloste")
	if got := strings.Join(urls, " "); got != "/robots.txt / /fi/ /tietosuojaseloste" || r.Timings.Requests != 4 {
		t.Errorf("exchanges %s, %d requests", got, r.Timings.Requests)
	}
}

func TestConcurrentScans(t *testing.T) {
	var sites []*testSite
	for range 5 {
		sites = append(sites, serve(t, map[string]string{
			"/":                  homePage(nil, [][2]string{{"Tietosuojaseloste", "/tietosuojaseloste"}}),
			"/tietosuojaseloste": notice(t, "fi-complete.txt"),
		}, nil))
	}
	sc := newScanner(t, nil)
	var wg sync.WaitGroup
	for _, s := range sites {
		for range 2 {
			wg.Go(func() {
				if r := sc.Scan(context.Background(), s.URL); r.Status != record.StatusOK {
					t.Errorf("%s: %s", s.URL, r.Status)
				}
			})
		}
	}
	wg.Wait()
	for _, s := range sites {
		if s.count("/robots.txt") != 1 {
			t.Errorf("robots.txt fetched %d times", s.count("/robots.txt"))
		}
	}
}

func TestHomeURL(t *testing.T) {
	for in, want := range map[string]string{
		"esimerkki.example":                "https://esimerkki.example/",
		"https://www.esimerkki.example/":   "https://www.esimerkki.example/",
		"http://127.0.3.4:8080":            "http://127.0.3.4:8080/",
		"https://esimerkki.example/fi#top": "https://esimerkki.example/fi",
	} {
		if got, _, err := HomeURL(in); got != want || err != nil {
			t.Errorf("HomeURL(%q) = %q, %v", in, got, err)
		}
	}
	for _, in := range []string{"", "ftp://esimerkki.example/", "https://", "mailto:info@esimerkki.example"} {
		if _, _, err := HomeURL(in); err == nil {
			t.Errorf("HomeURL(%q): no error", in)
		}
	}
}

func TestNoticeLinkBroken(t *testing.T) {
	s := serve(t, map[string]string{"/": homePage(nil, [][2]string{{"Tietosuojaseloste", "/poistettu"}})}, nil)
	r := scanSite(t, newScanner(t, nil), s.URL)
	if r.Status != record.StatusNotFound || len(r.File.Findings) != 1 ||
		!strings.Contains(r.File.Findings[0].Message, "could not be fetched; the first, "+s.URL+"/poistettu (footer link 'Tietosuojaseloste'): the server answered 404 Not Found") {
		t.Errorf("status %s, findings %+v", r.Status, r.File.Findings)
	}
}
