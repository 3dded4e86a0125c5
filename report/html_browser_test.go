package report

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/extract"
	"github.com/noticelint/noticelint/internal/browser"
	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/rules"
)

// The tests here open the reports in real headless Chromium and check the
// rendered page; they are skipped only where no chromium binary exists.
// Screenshots go to $NOTICELINT_ARTIFACTS (default
// $TMPDIR/noticelint-artifacts); scripts/screenshots.sh copies the ones
// the README shows to docs/img.

func writePage(t *testing.T, name string, page []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, page, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func noProblems(t *testing.T, p *browser.Page) {
	t.Helper()
	for _, pr := range p.Problems() {
		t.Error(pr)
	}
}

func TestBrowserNoticeReport(t *testing.T) {
	browser.Need(t)
	page := scanHTML(t, "https://kahvila-aurinko.example/tietosuoja", "kahvila-aurinko.example",
		"footer link 'Tietosuojaseloste'", "../testdata/examples/tietosuojaseloste.txt")
	p := browser.Open(t, writePage(t, "notice.html", page), 1280, 1500)

	pack, err := rules.Load()
	if err != nil {
		t.Fatal(err)
	}
	var required []string
	for _, r := range pack {
		if r.Kind == rules.KindRequire {
			required = append(required, r.ID)
		}
	}
	rows := browser.Eval[[]string](t, p, `[...document.querySelectorAll("table.matrix tbody tr")].filter(tr => tr.offsetHeight > 0).map(tr => tr.dataset.rule)`)
	if !sameSet(rows, required) {
		t.Errorf("matrix rows shown %v, want one for each require rule %v", rows, required)
	}
	// The at-a-glance summary, written last, is shown first.
	if top := browser.Eval[string](t, p, `[...document.querySelectorAll("body > *")].sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)[0].className`); top != "summary" {
		t.Errorf("the first thing on the page is %q, want the summary", top)
	}
	marks := browser.Eval[[]string](t, p, `[...document.querySelectorAll(".finding mark")].map(m => m.textContent)`)
	if !slices.ContainsFunc(marks, func(m string) bool { return strings.HasPrefix(m, "henkilötietolain") }) {
		t.Errorf("highlighted evidence %q, want henkilötietolain among it", marks)
	}
	if bg := browser.Eval[string](t, p, `getComputedStyle(document.querySelector(".finding mark")).backgroundColor`); bg == "rgba(0, 0, 0, 0)" {
		t.Error("the evidence is not highlighted")
	}
	if n := browser.Eval[int](t, p, `document.querySelectorAll(".finding.sev-error").length`); n == 0 {
		t.Error("no error findings rendered")
	}
	// Printed to PDF, the report keeps its content: read it back.
	pdf := p.PDF(t, "notice-report")
	doc, err := extract.Extract("notice-report.pdf", pdf, extract.Options{})
	if err != nil {
		t.Fatalf("the printed report: %v", err)
	}
	var printed strings.Builder
	for _, sec := range doc.Sections {
		printed.WriteString(sec.Heading.S + "\n" + sec.Body.S + "\n")
	}
	for _, want := range []string{"Right to data portability", "henkilötietolain", "Privacy notice report"} {
		if !strings.Contains(printed.String(), want) {
			t.Errorf("the printed report lacks %q", want)
		}
	}
	noProblems(t, p)
	p.Screenshot(t, "notice-report", false)
	p.Screenshot(t, "notice-report-full", true)
	// As printed on a grey-scale printer: severities must stay apart.
	p.Media(t, "print")
	browser.Eval[string](t, p, `document.documentElement.style.filter = "grayscale(1)"`)
	p.Screenshot(t, "notice-report-print-grey", true)
}

func TestBrowserHostileInputIsInert(t *testing.T) {
	browser.Need(t)
	for _, tt := range []struct {
		name    string
		page    []byte
		scripts int
	}{
		{"hostile-notice", noticeHTML(t, "en", []string{hostileNotice}), 0},
		{"hostile-scan", scanHTML(t, "javascript:alert(1)", `"><img src=x onerror=alert(1)>`, "<script>alert(1)</script>", hostileNotice), 0},
		{"hostile-crawl", crawlHTML(t, "en"), 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := browser.Open(t, writePage(t, tt.name+".html", tt.page), 1280, 1000)
			if tt.name == "hostile-crawl" {
				// Open every site's findings, where the hostile evidence is.
				browser.Eval[int](t, p, `[...document.querySelectorAll("button.open")].map(b => b.click()).length`)
			}
			counts := browser.Eval[map[string]int](t, p, `({
				img: document.querySelectorAll("img").length,
				script: document.scripts.length,
				handlers: [...document.querySelectorAll("*")].filter(e => [...e.attributes].some(a => a.name.startsWith("on"))).length,
				jsLinks: [...document.querySelectorAll("a")].filter(a => !/^https?:|^file:.*#/.test(a.href)).length,
				svgInBody: document.querySelectorAll("body svg[onload], svg script").length,
			})`)
			if counts["img"] != 0 || counts["script"] != tt.scripts || counts["handlers"] != 0 || counts["jsLinks"] != 0 || counts["svgInBody"] != 0 {
				t.Errorf("elements the input injected: %v (want no img, handler, javascript: link; %d script)", counts, tt.scripts)
			}
			text := browser.Eval[string](t, p, `document.body.innerText`)
			for _, s := range []string{"<script>alert(1)</script>", `"><img src=x onerror=alert(1)>`} {
				if !strings.Contains(text, s) {
					t.Errorf("the page does not show %s as text", s)
				}
			}
			noProblems(t, p)
			p.Screenshot(t, tt.name, false)
		})
	}
}

func TestBrowserCrawlReport(t *testing.T) {
	browser.Need(t)
	p := browser.Open(t, writePage(t, "crawl.html", crawlHTML(t, "en")), 1280, 1300)

	// The chart: a bar for each rule with findings, longest first.
	bars := browser.Eval[[]float64](t, p, `[...document.querySelectorAll("#rule-chart rect.bar")].map(r => r.getBBox().width)`)
	if len(bars) != 11 {
		t.Errorf("%d rule bars, want 11 (the rules in the fixture)", len(bars))
	}
	if !slices.IsSortedFunc(bars, func(a, b float64) int { return int(b - a) }) || len(bars) > 0 && bars[0] <= bars[len(bars)-1] {
		t.Errorf("bar widths %v, want the most findings first and longest", bars)
	}
	if n := browser.Eval[int](t, p, `document.querySelectorAll("#age-chart rect.bar").length`); n != len(ageBuckets)+1 {
		t.Errorf("%d age bars, want %d", n, len(ageBuckets)+1)
	}

	order := func() []string {
		return browser.Eval[[]string](t, p, `[...document.querySelectorAll("#sites tbody:not([hidden]) tr.site button.open")].map(b => b.textContent)`)
	}
	errorsCol := func() []string {
		return browser.Eval[[]string](t, p, `[...document.querySelectorAll("#sites tbody:not([hidden])")].map(b => b.dataset.e)`)
	}
	// Sort by errors: most first, then fewest first.
	p.Click(t, `th[data-key="e"] button`)
	if got := errorsCol(); got[0] != "3" || got[len(got)-1] != "0" {
		t.Errorf("sorted by errors: %v, want 3s first", got)
	}
	p.Click(t, `th[data-key="e"] button`)
	if got := errorsCol(); got[0] != "0" || got[len(got)-1] != "3" {
		t.Errorf("sorted by errors again: %v, want ascending", got)
	}
	if s := browser.Eval[string](t, p, `document.querySelector('th[data-key="e"]').getAttribute("aria-sort")`); s != "ascending" {
		t.Errorf("aria-sort %q", s)
	}
	p.Click(t, `th[data-key="site"] button`)
	sites := order()
	if !slices.IsSortedFunc(sites, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) }) || len(sites) != 8 {
		t.Errorf("sorted by site: %v", sites)
	}

	// Filter by text, then by status.
	p.Type(t, "#filter", "kahvila")
	if got := order(); len(got) != 1 || got[0] != "kahvila-aurinko.example" {
		t.Errorf("filtered by 'kahvila': %v", got)
	}
	if shown := browser.Eval[string](t, p, `document.getElementById("shown").textContent`); shown != "1" {
		t.Errorf("shown count %q, want 1", shown)
	}
	browser.Eval[bool](t, p, `(f => { f.value = ""; return f.dispatchEvent(new Event("input")); })(document.getElementById("filter"))`)
	browser.Eval[bool](t, p, `(s => { s.value = "error"; return s.dispatchEvent(new Event("change")); })(document.getElementById("status"))`)
	if got := order(); len(got) != 1 || got[0] != "kaatuva.example" {
		t.Errorf("filtered by status error: %v", got)
	}
	browser.Eval[bool](t, p, `(s => { s.value = ""; return s.dispatchEvent(new Event("change")); })(document.getElementById("status"))`)
	if got := order(); len(got) != 8 {
		t.Errorf("filters cleared: %d sites shown, want 8", len(got))
	}

	// A row opens its site's findings.
	p.Click(t, `th[data-key="e"] button`)
	p.Click(t, `#sites tbody:not([hidden]) button.open`)
	detail := browser.Eval[map[string]any](t, p, `(() => { const d = document.querySelector("#sites tbody:not([hidden]) tr.detail");
		return {hidden: d.hidden, visible: d.offsetHeight > 0, findings: d.querySelectorAll("li").length, expanded: d.previousElementSibling.querySelector("button").getAttribute("aria-expanded")}; })()`)
	if detail["hidden"] != false || detail["visible"] != true || detail["findings"].(float64) != 3 || detail["expanded"] != "true" {
		t.Errorf("the opened row: %v, want its 3 findings shown", detail)
	}
	noProblems(t, p)
	p.Screenshot(t, "crawl-report", false)
	p.Screenshot(t, "crawl-report-full", true)
}

// manySites makes n fictional crawl results, for the report at scale.
func manySites(n int) []result.Site {
	ruleIDs := []string{"repealed-law", "missing-retention", "stale-notice", "placeholder", "missing-complaint-right", "vague-retention", "outdated-title"}
	sevs := []string{"error", "error", "warning", "error", "error", "warning", "note"}
	statuses := []string{result.StatusOK, result.StatusOK, result.StatusOK, result.StatusNotFound, result.StatusOK, result.StatusBlocked, result.StatusOK, result.StatusError}
	sites := make([]result.Site, n)
	for i := range sites {
		s := result.Site{
			Site: fmt.Sprintf("yritys-%05d.example", i), Domain: fmt.Sprintf("yritys-%05d.example", i),
			Status: statuses[i%len(statuses)], CrawledAt: "2026-11-20T10:00:00Z", Findings: []result.Finding{},
		}
		if s.Status == result.StatusOK {
			s.NoticeURL = "https://" + s.Site + "/tietosuoja"
			s.Why = "footer link 'Tietosuojaseloste'"
			s.Lang = "fi"
			s.NoticeDate = fmt.Sprintf("%d-%02d-15", 2012+i%15, 1+i%12)
			for k := range i % 6 {
				j := (i + k) % len(ruleIDs)
				s.Findings = append(s.Findings, result.Finding{Rule: ruleIDs[j], Severity: sevs[j], Line: 3 + k, Message: "m", Evidence: "henkilötietolain mukaisesti"})
			}
		}
		if s.Status == result.StatusError {
			s.Error = "connection refused"
		}
		sites[i] = s
	}
	return sites
}

// TestBrowserCrawlReportAtScale: 10,000 sites sort and filter in the
// page; the time each takes is logged, not asserted.
func TestBrowserCrawlReportAtScale(t *testing.T) {
	browser.Need(t)
	if testing.Short() {
		t.Skip("-short")
	}
	sites := manySites(10000)
	most := 0
	for _, s := range sites {
		n := 0
		for _, f := range s.Findings {
			if f.Severity == "error" {
				n++
			}
		}
		most = max(most, n)
	}
	var buf bytes.Buffer
	if err := WriteCrawlHTML(&buf, sites, CrawlOptions{Version: "1.0.0"}); err != nil {
		t.Fatal(err)
	}
	t.Logf("10,000 sites: %.1f MB of HTML", float64(buf.Len())/1e6)
	p := browser.Open(t, writePage(t, "crawl-10000.html", buf.Bytes()), 1280, 1000)
	got := browser.Eval[map[string]float64](t, p, `(() => {
		const t0 = performance.now();
		document.querySelector('th[data-key="e"] button').click();
		const t1 = performance.now();
		const f = document.getElementById("filter"); f.value = "yritys-0999"; f.dispatchEvent(new Event("input"));
		const t2 = performance.now();
		const first = document.querySelector("#sites tbody").dataset.e;
		return {sortMs: t1 - t0, filterMs: t2 - t1, shown: Number(document.getElementById("shown").textContent), firstErrors: Number(first)};
	})()`)
	t.Logf("in Chromium: sort %.0f ms, filter %.0f ms", got["sortMs"], got["filterMs"])
	if got["shown"] != 10 || got["firstErrors"] != float64(most) {
		t.Errorf("at scale: %v, want 10 sites shown after the filter and the most errors (%d) first", got, most)
	}
	noProblems(t, p)
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}
