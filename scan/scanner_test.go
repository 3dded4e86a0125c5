package scan

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/rules"
)

// loadPack loads the rule pack once for all tests.
var loadPack = sync.OnceValues(rules.Load)

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
			if r.File.Lang != tt.lang || r.File.Site() != s.URL || r.Site() != s.URL {
				t.Errorf("lang %s, site %q", r.File.Lang, r.File.Site())
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

// TestMislabelledNotice: a PDF or Word notice served as text/html, or as
// application/octet-stream at an address without an extension, is read
// as what its content is, not taken for a page without a notice link.
func TestMislabelledNotice(t *testing.T) {
	for _, tc := range []struct{ file, contentType, format string }{
		{"notice-winansi.pdf", "text/html; charset=utf-8", "pdf"},
		{"notice-winansi.pdf", "application/octet-stream", "pdf"},
		{"notice.docx", "text/html", "docx"},
	} {
		t.Run(tc.file+" as "+tc.contentType, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("..", "testdata", "formats", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			serveAs := func(w http.ResponseWriter, _ *http.Request) {
				w.Header().Set("Content-Type", tc.contentType)
				_, _ = w.Write(data)
			}
			s := serve(t, map[string]string{
				"/": homePage(nil, [][2]string{{"Tietosuojaseloste", "/tietosuojaseloste"}}),
			}, map[string]http.HandlerFunc{"/tietosuojaseloste": serveAs, "/fi/tietosuojaseloste": serveAs})
			r := scanSite(t, newScanner(t, nil), s.URL)
			wantNotice(t, r, s.URL+"/tietosuojaseloste", "footer link 'Tietosuojaseloste'")
			if r.File.Format != tc.format {
				t.Errorf("format %s, want %s", r.File.Format, tc.format)
			}
			// The notice's own address given as the scan.
			r = scanSite(t, newScanner(t, nil), s.URL+"/fi/tietosuojaseloste")
			wantNotice(t, r, s.URL+"/fi/tietosuojaseloste", "the address given")
			if r.File.Format != tc.format {
				t.Errorf("given as the site: format %s, want %s", r.File.Format, tc.format)
			}
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
	if r.Status != result.StatusOK || !strings.HasPrefix(r.File.Path, s.URL+"/tietosuoja/") {
		t.Fatalf("status %s, path %s, err %v", r.Status, r.File.Path, r.File.Err)
	}
	if !strings.Contains(r.File.Why(), "footer link 'Tietosuoja', then link '") {
		t.Errorf("why %q", r.File.Why())
	}
}

func TestNoticeNotFound(t *testing.T) {
	s := serve(t, map[string]string{
		"/":         homePage([][2]string{{"Tuotteet", "/tuotteet"}}, [][2]string{{"Evästeet", "/evasteet"}}),
		"/evasteet": "<p>Käytämme evästeitä.</p>",
	}, nil)
	r := scanSite(t, newScanner(t, nil), s.URL)
	if r.Status != result.StatusNotFound || r.File.Err != nil || r.File.Path != s.URL+"/" {
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
				if r := sc.Scan(context.Background(), s.URL); r.Status != result.StatusOK {
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
	for in, want := range map[string]string{
		"":                              "empty site",
		"https://":                      "no host name",
		"ftp://esimerkki.example/":      "not an http(s) URL: it is a ftp: address",
		"mailto:info@esimerkki.example": "not an http(s) URL: it is a mailto: address",
		"javascript:alert(1)":           "not an http(s) URL: it is a javascript: address",
		"JavaScript:void(0)":            "not an http(s) URL: it is a javascript: address",
		"esimerkki.example:abc":         `not a domain or URL: invalid port ":abc" after host`,
	} {
		if _, _, err := HomeURL(in); err == nil || err.Error() != want {
			t.Errorf("HomeURL(%q): error %v, want %q", in, err, want)
		}
	}
	// A domain with a port is not a scheme.
	if got, _, err := HomeURL("localhost:8080/fi/"); err != nil || got != "https://localhost:8080/fi/" {
		t.Errorf("HomeURL(localhost:8080/fi/) = %q, %v", got, err)
	}
}

// TestMetaRefresh: a home page that only refreshes to another page is
// followed once, and the notice found from there.
func TestMetaRefresh(t *testing.T) {
	s := serve(t, map[string]string{
		"/":                     `<html><head><meta http-equiv="Refresh" content="0; URL='/fi/'"></head><body></body></html>`,
		"/fi/":                  homePage(nil, [][2]string{{"Tietosuojaseloste", "/fi/tietosuojaseloste"}}),
		"/fi/tietosuojaseloste": notice(t, "fi-complete.txt"),
		"/kierto":               `<html><head><meta http-equiv="refresh" content="0;url=/kierto2"></head></html>`,
		"/kierto2":              `<html><head><meta http-equiv="refresh" content="0;url=/kierto"></head></html>`,
	}, nil)
	r := scanSite(t, newScanner(t, nil), s.URL)
	wantNotice(t, r, s.URL+"/fi/tietosuojaseloste", "footer link 'Tietosuojaseloste'")

	// A refresh is followed once only: a loop of them ends, notice-not-found.
	r = scanSite(t, newScanner(t, nil), s.URL+"/kierto")
	if r.Status != result.StatusNotFound || s.count("/kierto") != 1 || s.count("/kierto2") != 1 {
		t.Errorf("status %s, %d and %d hits", r.Status, s.count("/kierto"), s.count("/kierto2"))
	}
}

// TestMessageLang: scan's reasons are in the message language.
func TestMessageLang(t *testing.T) {
	s := serve(t, map[string]string{
		"/":         homePage(nil, [][2]string{{"Tietosuojaseloste", "/seloste"}}),
		"/seloste":  notice(t, "fi-complete.txt"),
		"/ei/":      homePage([][2]string{{"Tuotteet", "/tuotteet"}}, nil),
		"/evaste/":  homePage(nil, [][2]string{{"Evästeet", "/evasteet"}}),
		"/evasteet": "<p>Käytämme evästeitä.</p>",
	}, nil)
	for _, tt := range []struct {
		lang, site, want string
	}{
		{"", "/", "footer link 'Tietosuojaseloste'"},
		{"en", "/", "footer link 'Tietosuojaseloste'"},
		{"fi", "/", "alatunnisteen linkki 'Tietosuojaseloste'"},
		{"en", "/ei/", "No privacy notice was found on the website: no link on the home page names one."},
		{"fi", "/ei/", "Verkkosivustolta ei löytynyt tietosuojaselostetta: mikään etusivun linkki ei viittaa siihen."},
		{"en", "/evaste/", "the pages its home page links as 'Evästeet' do not read as a notice"},
		{"fi", "/evaste/", "sivut, joihin etusivu linkittää nimillä 'Evästeet', eivät ole tietosuojaselosteita"},
	} {
		t.Run(tt.lang+tt.site, func(t *testing.T) {
			pack, err := loadPack()
			if err != nil {
				t.Fatal(err)
			}
			sc := newScanner(t, func(o *Options) {
				o.MessageLang = tt.lang
				o.Engine = rules.NewEngine(pack, rules.Options{Now: rules.SampleClock, MessageLang: tt.lang})
			})
			r := scanSite(t, sc, s.URL+tt.site)
			got := r.File.Why()
			if len(r.File.Findings) == 1 && r.File.Findings[0].Rule == "notice-not-found" {
				got = r.File.Findings[0].Message
			}
			if !strings.Contains(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestHeaderCharsetOverMeta: a page served as ISO-8859-1 whose <meta>
// claims UTF-8 is read in the header's charset (as a browser does), and its
// findings stand at the same lines and columns as in the same page served
// in UTF-8: the charset reaches the extractor as an option, with no byte
// order mark put before the page.
func TestHeaderCharsetOverMeta(t *testing.T) {
	page := strings.ReplaceAll(notice(t, "fi-complete.txt"), "–", "-")
	page = strings.Replace(page, "<head>", "<head><meta charset=\"utf-8\">", 1)
	page = strings.Replace(page, "</main>", "<p>Rekisteri on laadittu henkilötietolain (523/1999) mukaisesti.</p></main>", 1)
	latin1, err := charmap.ISO8859_1.NewEncoder().String(page)
	if err != nil {
		t.Fatal(err)
	}
	serveAs := func(body, ct string) http.HandlerFunc {
		return func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", ct)
			_, _ = w.Write([]byte(body))
		}
	}
	s := serve(t, map[string]string{"/": homePage(nil, [][2]string{{"Tietosuojaseloste", "/seloste"}})}, map[string]http.HandlerFunc{
		"/seloste": serveAs(latin1, "text/html; charset=iso-8859-1"),
	})
	u := serve(t, map[string]string{"/": homePage(nil, [][2]string{{"Tietosuojaseloste", "/seloste"}})}, map[string]http.HandlerFunc{
		"/seloste": serveAs(page, "text/html; charset=utf-8"),
	})
	sc := newScanner(t, nil)
	got, want := scanSite(t, sc, s.URL), scanSite(t, sc, u.URL)
	if got.File.Encoding != "windows-1252" {
		t.Errorf("encoding %s, want windows-1252 (ISO-8859-1 as browsers read it)", got.File.Encoding)
	}
	where := func(r Result) []string {
		var out []string
		for _, f := range r.File.Findings {
			out = append(out, fmt.Sprintf("%s %d:%d-%d:%d %s", f.Rule, f.Location.Line, f.Location.Column, f.Location.EndLine, f.Location.EndColumn, f.Evidence))
		}
		return out
	}
	if g, w := where(got), where(want); !slices.Equal(g, w) || !slices.ContainsFunc(g, func(s string) bool { return strings.HasPrefix(s, "repealed-law ") }) {
		t.Errorf("findings of the ISO-8859-1 page:\n%s\nwant as in UTF-8:\n%s", strings.Join(g, "\n"), strings.Join(w, "\n"))
	}
}
