package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/internal/browser"
	"github.com/noticelint/noticelint/internal/formatcheck"
	"github.com/noticelint/noticelint/internal/trackweb"
	"github.com/noticelint/noticelint/result"
)

// trackingSite serves the tracker and one site, and gives the flags that
// let scan --browser reach them on loopback.
func trackingSite(t *testing.T, banner trackweb.Banner, notice trackweb.Notice) (*trackweb.Site, []string) {
	t.Helper()
	tr, err := trackweb.StartTracker()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(tr.Close)
	s, err := trackweb.StartSite("www.yritys.example", tr, banner, notice)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	return s, []string{
		"--browser", "--browser-settle", "700ms", "--allow-net", "loopback",
		"--browser-resolve", s.Resolve(), "--browser-resolve", tr.Resolve(), "--browser-trust-spki", tr.SPKI,
	}
}

// TestScanBrowser: scan --browser of a site that tracks before consent,
// whose notice denies transfers: the findings, with the beacon as their
// evidence, in every report; the evidence files; the HTML report's "What
// the site did".
func TestScanBrowser(t *testing.T) {
	browser.Need(t)
	s, flags := trackingSite(t, trackweb.NoBanner, trackweb.DeniesTransfers)
	dir := t.TempDir()
	ev := filepath.Join(dir, "evidence")
	args := append([]string{"scan", "--no-config", asOf}, flags...)
	args = append(args, "--evidence", ev, "--output", "json="+filepath.Join(dir, "r.json"), "--output", "sarif="+filepath.Join(dir, "r.sarif"),
		"--output", "html="+filepath.Join(dir, "r.html"), "--output", "text=-", s.Home())
	out, errOut, code := cli(t, "", args...)
	if code != exitFindings {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	for _, want := range []string{"error tracking-before-consent Google Analytics (analytics, Google LLC, US) was used before any consent was given: a request to https://www.google-analytics.com:",
		"error transfer-contradiction The notice says no data leaves the EU/EEA and names no safeguard, but the site used Google Analytics",
		"warning undisclosed-third-party"} {
		if !strings.Contains(out, want) {
			t.Errorf("the text report lacks %q:\n%s", want, out)
		}
	}
	var rep struct {
		Files []struct {
			Path     string           `json:"path"`
			Findings []result.Finding `json:"findings"`
			Browser  *result.Browser  `json:"browser"`
		} `json:"files"`
	}
	data, err := os.ReadFile(filepath.Join(dir, "r.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &rep); err != nil || len(rep.Files) != 1 {
		t.Fatalf("%v: %s", err, data)
	}
	if err := formatcheck.Schema(repoFile(t, "docs/json-report.schema.json"), data); err != nil {
		t.Errorf("the JSON report: %v", err)
	}
	f := rep.Files[0]
	for _, rule := range []string{"tracking-before-consent", "transfer-contradiction"} {
		i := slices.IndexFunc(f.Findings, func(x result.Finding) bool { return x.Rule == rule })
		if i < 0 {
			t.Errorf("no %s in the JSON report", rule)
			continue
		}
		if e := f.Findings[i].Evidence; !strings.Contains(e, "/g/collect?v=2&tid=G-ESIMERKKI") || f.Findings[i].Severity != "error" || f.Findings[i].Ref == "" {
			t.Errorf("%s: %+v, want the beacon URL as evidence", rule, f.Findings[i])
		}
	}
	b := f.Browser
	if b == nil || len(b.Services) != 1 || b.Services[0].Name != "Google Analytics" || !b.Services[0].BeforeConsent || b.Evidence == "" {
		t.Fatalf("browser %+v", b)
	}
	for _, h := range b.Hosts {
		if !strings.HasPrefix(h, "www.yritys.example:") && !strings.HasPrefix(h, "www.google-analytics.com:") {
			t.Errorf("the browser contacted %s, not a host of this test", h)
		}
	}
	for _, name := range []string{"visit.json", "home.png", "notice.html"} {
		if st, err := os.Stat(filepath.Join(b.Evidence, name)); err != nil || st.Size() == 0 {
			t.Errorf("evidence %s: %v", name, err)
		}
	}
	var visit struct {
		Version  int    `json:"noticelint_visit"`
		Site     string `json:"site"`
		Requests []struct {
			URL, Phase string
		} `json:"requests"`
		Cookies []struct{ Name string }    `json:"cookies"`
		Notice  struct{ URL, File string } `json:"notice_fetched"`
	}
	data, err = os.ReadFile(filepath.Join(b.Evidence, "visit.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &visit); err != nil || visit.Version != 1 || visit.Site != s.Home() || visit.Notice.File != "notice.html" ||
		!slices.ContainsFunc(visit.Cookies, func(c struct{ Name string }) bool { return c.Name == "_ga" }) || len(visit.Requests) < 3 {
		t.Errorf("visit.json: %v %+v", err, visit)
	}
	sarif, err := os.ReadFile(filepath.Join(dir, "r.sarif"))
	if err != nil {
		t.Fatal(err)
	}
	if err := formatcheck.Schema(repoFile(t, "report/testdata/sarif-schema-2.1.0.json"), sarif); err != nil {
		t.Errorf("SARIF: %v", err)
	}
	if !strings.Contains(string(sarif), `"ruleId": "tracking-before-consent"`) {
		t.Error("the SARIF has no tracking-before-consent result")
	}
	page, err := os.ReadFile(filepath.Join(dir, "r.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"What the site did", "Google Analytics", "before consent", `href="#`} {
		if !strings.Contains(string(page), want) {
			t.Errorf("the HTML report lacks %q", want)
		}
	}
}

// TestCrawlBrowser: crawl --browser's result lines carry the findings and
// the visit, a site behind a banner that keeps tracking after "reject all"
// giving tracking-after-refusal.
func TestCrawlBrowser(t *testing.T) {
	browser.Need(t)
	s, flags := trackingSite(t, trackweb.Leaky, trackweb.NamesAnalytics)
	dir := t.TempDir()
	input := filepath.Join(dir, "sites.txt")
	if err := os.WriteFile(input, []byte(s.Home()+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "results.jsonl")
	args := append([]string{"crawl", "--no-config", "--quiet", asOf, "--input", input, "--out", out}, flags...)
	stdout, errOut, code := cli(t, "", args...)
	if code != exitClean {
		t.Fatalf("exit %d\n%s%s", code, stdout, errOut)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var rec result.Site
	if err := json.Unmarshal(data, &rec); err != nil {
		t.Fatal(err)
	}
	var rules []string
	for _, f := range rec.Findings {
		if f.Rule == "tracking-after-refusal" || f.Rule == "tracking-before-consent" || f.Rule == "undisclosed-third-party" || f.Rule == "transfer-contradiction" {
			rules = append(rules, f.Rule)
		}
	}
	if !slices.Equal(rules, []string{"tracking-after-refusal"}) || rec.Browser == nil || rec.Browser.Consent != "OneTrust" || !rec.Browser.Rejected || rec.Timings.Browser == 0 {
		t.Errorf("site rules %v, browser %+v, timings %+v", rules, rec.Browser, rec.Timings)
	}
	if !strings.Contains(stdout, "tracking-after-refusal") {
		t.Errorf("the summary lacks the rule:\n%s", stdout)
	}
}

// TestBrowserWithoutChromium: --browser without Chromium is one sentence
// naming the package, exit 2; scan without --browser works as before.
func TestBrowserWithoutChromium(t *testing.T) {
	t.Setenv("NOTICELINT_CHROMIUM", filepath.Join(t.TempDir(), "no-chromium"))
	srv := noticeSite(t, "notices/fi-modern-clean.txt")
	out, errOut, code := scanCLI(t, "--browser", srv.URL)
	want := "noticelint: --browser needs Chromium, which was not found: install Debian's chromium package (apt-get install chromium), or name its binary in NOTICELINT_CHROMIUM\n"
	if code != exitUsage || errOut != want || out != "" {
		t.Errorf("exit %d, stderr %q, stdout %q; want 2 and %q", code, errOut, out, want)
	}
	for _, cmd := range [][]string{{"crawl", "--browser", "--input", "-"}} {
		if _, errOut, code := cli(t, srv.URL+"\n", cmd...); code != exitUsage || errOut != want {
			t.Errorf("%v: exit %d, %q", cmd, code, errOut)
		}
	}
	if _, errOut, code := scanCLI(t, srv.URL); code != exitClean {
		t.Errorf("scan without --browser: exit %d %s", code, errOut)
	}
}

func TestBrowserFlagErrors(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"--browser-resolve", "x.example:80"}, "--browser-resolve \"x.example:80\": want HOST:PORT:ADDRESS"},
		{[]string{"--browser", "--browser-jobs", "0"}, "--browser-jobs 0: give 1 or more"},
		{[]string{"--browser", "--browser-settle", "-1s"}, "--browser-settle -1s: must not be negative"},
		{[]string{"--evidence", "ev"}, "--evidence ev: it keeps what --browser records; add --browser"},
		{[]string{"--browser", "--browser-restart", "0"}, "--browser-restart 0: give 1 or more"},
		{[]string{"--browser", "--browser-max-records", "0"}, "--browser-max-records 0: give 1 or more"},
	} {
		_, errOut, code := scanCLI(t, append(tt.args, "esimerkki.example")...)
		if code != exitUsage || !strings.Contains(errOut, tt.want) {
			t.Errorf("%v: exit %d, %q; want 2 and %q", tt.args, code, errOut, tt.want)
		}
	}
}

// TestScanBrowserCutShort: a visit the site's deadline cuts short keeps
// what it saw, says why, and scan exits 3.
func TestScanBrowserCutShort(t *testing.T) {
	browser.Need(t)
	s, flags := trackingSite(t, trackweb.NoBanner, trackweb.DeniesTransfers)
	flags = append(flags, "--browser-settle", "30s", "--site-timeout", "4s")
	args := append(append([]string{"scan", "--no-config", asOf}, flags...), "--format", "json", s.Home())
	out, errOut, code := cli(t, "", args...)
	if code != exitInput || !strings.Contains(errOut, "the visit in the browser failed: the visit was cut short") {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	var rep struct {
		Files []struct {
			Findings []result.Finding `json:"findings"`
			Browser  *result.Browser  `json:"browser"`
		} `json:"files"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil || len(rep.Files) != 1 || rep.Files[0].Browser == nil {
		t.Fatalf("%v: %s", err, out)
	}
	f := rep.Files[0]
	if !strings.Contains(f.Browser.Error, "cut short") || !slices.ContainsFunc(f.Findings, func(x result.Finding) bool { return x.Rule == "tracking-before-consent" }) {
		t.Errorf("browser %+v, findings %+v: want the error and what was seen before it", f.Browser, f.Findings)
	}
}
