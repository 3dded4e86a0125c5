package main

import (
	"encoding/json"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/noticelint/noticelint/internal/formatcheck"
)

// noticeSite serves a home page whose footer links "Tietosuojaseloste" to
// the notice file (served as text/plain), or no notice when file is "".
func noticeSite(t *testing.T, file string) *httptest.Server {
	t.Helper()
	var notice []byte
	if file != "" {
		var err error
		if notice, err = os.ReadFile(filepath.Join("../../testdata", file)); err != nil {
			t.Fatal(err)
		}
	}
	home := `<!doctype html><html lang="fi"><head><title>Retkiaitta</title></head><body>
<nav><a href="/tuotteet">Tuotteet</a> <a href="/yhteystiedot">Yhteystiedot</a></nav>
<main><h1>Tervetuloa</h1><p>Retkeilyvarusteita Kuopiosta.</p></main>
<footer><a href="/evasteet">Evästeet</a>`
	if notice != nil {
		home += ` <a href="/tietosuojaseloste">Tietosuojaseloste</a>`
	}
	home += "</footer></body></html>\n"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			_, _ = w.Write([]byte(home))
		case "/evasteet":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			_, _ = w.Write([]byte("<p>Käytämme evästeitä.</p>"))
		case "/tietosuojaseloste":
			if notice == nil {
				http.NotFound(w, r)
				return
			}
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			_, _ = w.Write(notice)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

// deadAddress is a loopback address nothing listens on.
func deadAddress(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	_ = ln.Close()
	return "http://" + addr + "/"
}

func scanCLI(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	return cli(t, "", append([]string{"scan", "--allow-private", "--no-config", asOf}, args...)...)
}

func TestScanExitCodes(t *testing.T) {
	clean := noticeSite(t, "notices/fi-modern-clean.txt")
	bad := noticeSite(t, "examples/tietosuojaseloste.txt")
	none := noticeSite(t, "")
	dead := deadAddress(t)

	out, errOut, code := scanCLI(t, clean.URL)
	if code != 0 || !strings.Contains(out, clean.URL+"/tietosuojaseloste\nsite "+clean.URL+": footer link 'Tietosuojaseloste'\n") {
		t.Errorf("clean site: exit %d\n%s%s", code, out, errOut)
	}

	out, _, code = scanCLI(t, bad.URL)
	if code != 1 || !strings.Contains(out, bad.URL+"/tietosuojaseloste:4:177 error repealed-law") {
		t.Errorf("site with findings: exit %d\n%s", code, out)
	}
	if _, _, code := scanCLI(t, "--fail-on", "none", bad.URL); code != 0 {
		t.Errorf("--fail-on none: exit %d", code)
	}

	out, _, code = scanCLI(t, none.URL)
	if code != 1 || !strings.Contains(out, none.URL+"/:1:1 error notice-not-found No privacy notice was found on the website: the pages its home page links as 'Evästeet' do not read as a notice.") {
		t.Errorf("site without a notice: exit %d\n%s", code, out)
	}

	// An unreachable site is an input error; the others are still scanned
	// and reported, in the order given.
	out, _, code = scanCLI(t, dead, bad.URL)
	if code != 3 || !strings.Contains(out, dead+": error ") || !strings.Contains(out, "repealed-law") ||
		strings.Index(out, dead) > strings.Index(out, bad.URL) || !strings.Contains(out, "1 input could not be read") {
		t.Errorf("unreachable site: exit %d\n%s", code, out)
	}

	// Without --allow-private a loopback site is refused, and says how.
	_, errOut, code = cli(t, "", "scan", "--no-config", "--format", "json", clean.URL)
	if code != 3 || !strings.Contains(errOut, "127.0.0.1: a loopback address, not a public one (for sites you trust: --allow-net loopback, or --allow-private)") {
		t.Errorf("loopback without --allow-private: exit %d\n%s", code, errOut)
	}
	// Nothing was checked, so the summary says no "no problems".
	out, _, code = cli(t, "", "scan", "--no-config", clean.URL)
	if code != 3 || !strings.HasSuffix(out, "\n0 sites scanned; 1 input could not be read\n") {
		t.Errorf("a refused site's summary: exit %d\n%s", code, out)
	}
}

// TestScanDocReasons: the reasons docs/scan-and-crawl.md quotes for a site that
// cannot be fetched are the ones scan gives (with their addresses), and
// none is one that cannot happen: an address of a documentation range is
// refused before any connection, so it is never "connection refused".
func TestScanDocReasons(t *testing.T) {
	readme := strings.Join(strings.Fields(readFile(t, repoFile(t, "docs/scan-and-crawl.md"))), " ")
	live, dead := noticeSite(t, "notices/fi-modern-clean.txt"), deadAddress(t)
	liveHost := strings.TrimPrefix(live.URL, "http://")
	deadHost := strings.TrimSuffix(strings.TrimPrefix(dead, "http://"), "/")
	liveIP, _, _ := strings.Cut(liveHost, ":")
	for _, c := range []struct {
		args             []string
		addr, readmeAddr string
		reason           string
	}{
		{[]string{"scan", "--no-config", live.URL}, liveIP, "10.0.0.5", "refused to connect to 10.0.0.5: a private address, not a public one (for intranet sites: --allow-net private, or --allow-private)"},
		{[]string{"scan", "--no-config", "--allow-private", dead}, deadHost, "10.0.0.5:443", "connection refused by 10.0.0.5:443"},
	} {
		if !strings.Contains(readme, `"`+c.reason+`"`) {
			t.Errorf("docs/scan-and-crawl.md does not quote %q", c.reason)
		}
		_, stderr, code := cli(t, "", append(c.args, "--format", "json")...)
		// The test's live server is on loopback, the document's example on a
		// private address: the same refusal but for the kind of address.
		want := strings.ReplaceAll(c.reason, c.readmeAddr, c.addr)
		want = strings.NewReplacer("a private address", "a loopback address", "for intranet sites: --allow-net private", "for sites you trust: --allow-net loopback").Replace(want)
		if code != exitInput || !strings.Contains(stderr, want) {
			t.Errorf("%v: exit %d, want %d with %q\n%s", c.args, code, exitInput, want, stderr)
		}
	}
	for _, m := range regexp.MustCompile(`connection refused by ([0-9.]+):`).FindAllStringSubmatch(readme, -1) {
		addr := netip.MustParseAddr(m[1])
		for _, doc := range []string{"192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24"} {
			if netip.MustParsePrefix(doc).Contains(addr) {
				t.Errorf("docs/scan-and-crawl.md quotes %q, which cannot happen: %s is refused before connecting", m[0], addr)
			}
		}
	}
}

func TestScanUsage(t *testing.T) {
	for _, args := range [][]string{
		{"scan"}, {"scan", "--max-body", "lots", "esimerkki.example"}, {"scan", "--timeout", "0s", "esimerkki.example"},
		{"scan", "ftp://esimerkki.example/"}, {"scan", "--retries", "-1", "esimerkki.example"},
	} {
		if _, errOut, code := cli(t, "", args...); code != 2 || errOut == "" {
			t.Errorf("%v: exit %d, %q", args, code, errOut)
		}
	}
	// A site that is not http(s) says so, in those words, not Go's
	// 'parse "https://javascript:alert(1)": invalid port'.
	for _, site := range []string{"javascript:alert(1)", "ftp://esimerkki.example/", "mailto:info@esimerkki.example"} {
		_, errOut, code := cli(t, "", "scan", site)
		if code != 2 || !strings.Contains(errOut, site+": not an http(s) URL") || strings.Contains(errOut, "parse ") {
			t.Errorf("scan %s: exit %d, %q", site, code, errOut)
		}
	}
}

// TestScanNoticeUnreachable: a notice link that times out is an input
// error (exit 3) naming the link and why, not notice-not-found (exit 1).
func TestScanNoticeUnreachable(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/" {
			_, _ = w.Write([]byte(`<html><body><footer><a href="/tietosuojaseloste">Tietosuojaseloste</a></footer></body></html>`))
			return
		}
		if r.URL.Path == "/tietosuojaseloste" {
			select {
			case <-r.Context().Done():
			case <-time.After(5 * time.Second):
			}
			return
		}
		http.NotFound(w, r)
	}))
	t.Cleanup(srv.Close)
	out, errOut, code := scanCLI(t, "--timeout", "300ms", srv.URL)
	want := srv.URL + "/: error the likeliest notice, " + srv.URL + "/tietosuojaseloste (footer link 'Tietosuojaseloste'), could not be fetched: no complete answer within the time limit of 300ms"
	if code != 3 || !strings.Contains(out+errOut, want) || strings.Contains(out, "notice-not-found") {
		t.Errorf("exit %d\n%s%s\nwant %q", code, out, errOut, want)
	}
}

// TestScanMessageLang: --message-lang fi gives scan's own reasons in
// Finnish; English is the default.
func TestScanMessageLang(t *testing.T) {
	clean := noticeSite(t, "notices/fi-modern-clean.txt")
	none := noticeSite(t, "")
	for _, tt := range []struct {
		lang      string
		site      *httptest.Server
		want, not string
	}{
		{"en", clean, "site " + clean.URL + ": footer link 'Tietosuojaseloste'", "alatunniste"},
		{"fi", clean, "sivusto " + clean.URL + ": alatunnisteen linkki 'Tietosuojaseloste'", "footer link"},
		{"en", none, "the pages its home page links as 'Evästeet' do not read as a notice", "eivät ole"},
		{"fi", none, "sivut, joihin etusivu linkittää nimillä 'Evästeet', eivät ole tietosuojaselosteita", "do not read"},
	} {
		out, errOut, _ := scanCLI(t, "--message-lang", tt.lang, tt.site.URL)
		if !strings.Contains(out, tt.want) || strings.Contains(out, tt.not) {
			t.Errorf("--message-lang %s: want %q in\n%s%s", tt.lang, tt.want, out, errOut)
		}
	}
}

// TestScanSiteOnce: a site named twice, the same way or another, is
// scanned and reported once.
func TestScanSiteOnce(t *testing.T) {
	clean := noticeSite(t, "notices/fi-modern-clean.txt")
	out, errOut, code := scanCLI(t, "--format", "json", clean.URL, clean.URL+"/", clean.URL)
	var report struct {
		Files []struct{ Site string } `json:"files"`
	}
	if err := json.Unmarshal([]byte(out), &report); err != nil || code != 0 || len(report.Files) != 1 {
		t.Errorf("exit %d, %v, files %+v\n%s", code, err, report.Files, errOut)
	}
}

func TestScanSARIFAndJSON(t *testing.T) {
	bad := noticeSite(t, "examples/tietosuojaseloste.txt")
	none := noticeSite(t, "")
	dir := t.TempDir()
	sarif, js := filepath.Join(dir, "scan.sarif"), filepath.Join(dir, "scan.json")
	if _, errOut, code := scanCLI(t, "--output", "sarif="+sarif, "--output", "json="+js, bad.URL, none.URL); code != 1 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	checkReport(t, "scan", "json", js)
	var report struct {
		Files []struct{ Path, Site, Why string } `json:"files"`
	}
	if err := json.Unmarshal([]byte(readFile(t, js)), &report); err != nil {
		t.Fatal(err)
	}
	if len(report.Files) != 2 || report.Files[0].Site != bad.URL || report.Files[0].Path != bad.URL+"/tietosuojaseloste" ||
		report.Files[0].Why == "" || report.Files[1].Site != none.URL {
		t.Errorf("JSON report does not say which site each notice is for and why: %+v", report.Files)
	}
	data, err := os.ReadFile(sarif)
	if err != nil {
		t.Fatal(err)
	}
	// Valid SARIF; not the GitHub check, which wants files of a checkout
	// and not URLs.
	if err := formatcheck.Schema(repoFile(t, "report/testdata/sarif-schema-2.1.0.json"), data); err != nil {
		t.Error(err)
	}
	var log struct {
		Runs []struct {
			Results []struct {
				RuleID    string `json:"ruleId"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string } `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatal(err)
	}
	uris := map[string]string{}
	for _, r := range log.Runs[0].Results {
		uris[r.RuleID] = r.Locations[0].PhysicalLocation.ArtifactLocation.URI
	}
	if uris["repealed-law"] != bad.URL+"/tietosuojaseloste" || uris["notice-not-found"] != none.URL+"/" {
		t.Errorf("SARIF uris %v", uris)
	}
}

// TestScanDocExample runs the worked example of scan in docs/scan-and-crawl.md against a
// site on loopback that serves the example notice, and compares the output
// with the document's, the site's address put back.
func TestScanDocExample(t *testing.T) {
	const command = "$ noticelint scan https://www.esimerkki.example\n"
	var want string
	for _, b := range markdownBlocks(t, repoFile(t, "docs/scan-and-crawl.md")) {
		if b.lang == "text" && strings.HasPrefix(b.text, command) {
			want = strings.TrimPrefix(b.text, command)
		}
	}
	if want == "" {
		t.Fatal("docs/scan-and-crawl.md has no worked example of scan")
	}
	srv := noticeSite(t, "examples/tietosuojaseloste.txt")
	out, errOut, code := scanCLI(t, srv.URL)
	got := strings.ReplaceAll(out, srv.URL, "https://www.esimerkki.example")
	if code != 1 || got != want {
		t.Errorf("exit %d; scan gives:\n%s%s\nthe document says:\n%s", code, got, errOut, want)
	}
}
