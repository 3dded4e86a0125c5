package report

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/noticelint/noticelint/extract"
	"github.com/noticelint/noticelint/lint"
	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/rules"
)

// htmlNow is the clock of the HTML fixtures.
var htmlNow = time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)

// noticeHTML lints paths with the full pack and writes the HTML report in
// lang, paths made relative to the repository.
func noticeHTML(t testing.TB, lang string, paths []string) []byte {
	t.Helper()
	return lintReportIn(t, "html", lang, "", paths, Options{})
}

// scanHTML is the report of a notice as scan gives it: fetched from a URL,
// with the site and why the URL was chosen.
func scanHTML(t testing.TB, url, site, why, file string) []byte {
	t.Helper()
	pack, err := rules.Load()
	if err != nil {
		t.Fatal(err)
	}
	engine := rules.NewEngine(pack, rules.Options{Now: htmlNow})
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	r := lint.Data(context.Background(), url, data, extract.FormatText, engine, lint.Options{})
	r.Origin = &result.Origin{Site: site, Why: why}
	var buf bytes.Buffer
	rep, err := New("html", &buf, Meta{Version: "1.0.0", Rules: pack, MessageLang: "en"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := rep.File(r); err != nil {
		t.Fatal(err)
	}
	sum := result.Summary{Files: 1, BySeverity: map[rules.Severity]int{}}
	for _, f := range r.Findings {
		sum.BySeverity[f.Severity]++
	}
	if err := rep.End(sum); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// crawlHTML writes the crawl report of the crawl results fixture.
func crawlHTML(t testing.TB, lang string) []byte {
	t.Helper()
	path := crawlResults
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = f.Close() }()
	sites, err := result.ReadSites(f, 0, func(line int, err error, _ int) error { t.Errorf("%s:%d: %v", path, line, err); return nil })
	if err != nil {
		t.Fatal(err)
	}
	pack, err := rules.Load()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteCrawlHTML(&buf, sites, CrawlOptions{Version: "1.0.0", MessageLang: lang, Rules: pack, Source: filepath.Base(path)}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const (
	hostileNotice = "testdata/hostile.txt"
	crawlResults  = "testdata/crawl/results.jsonl"
)

var htmlInputs = []string{
	"../testdata/examples/tietosuojaseloste.txt",
	"../testdata/notices/fi-layout2-template-table.txt",
	"../testdata/catalog/fi-complete.txt",
	"../testdata/notices/missing.txt",
}

func TestHTMLGolden(t *testing.T) {
	tests := []struct {
		name string
		html func(t *testing.T) []byte
	}{
		{"notices.html", func(t *testing.T) []byte { return noticeHTML(t, "en", htmlInputs) }},
		{"notices-fi.html", func(t *testing.T) []byte { return noticeHTML(t, "fi", htmlInputs[:1]) }},
		{"scan.html", func(t *testing.T) []byte {
			return scanHTML(t, "https://kahvila-aurinko.example/tietosuoja", "kahvila-aurinko.example",
				"footer link 'Tietosuojaseloste'", "../testdata/examples/tietosuojaseloste.txt")
		}},
		{"hostile.html", func(t *testing.T) []byte { return noticeHTML(t, "en", []string{hostileNotice}) }},
		{"crawl.html", func(t *testing.T) []byte { return crawlHTML(t, "en") }},
		{"crawl-fi.html", func(t *testing.T) []byte { return crawlHTML(t, "fi") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.html(t)
			checkSelfContained(t, got)
			golden(t, tt.name, withoutAssets(t, got))
		})
	}
}

// withoutAssets puts a line naming the stylesheet and script in place of
// the copies every page embeds whole, after checking they are embedded as
// they are: the golden files hold what differs between pages, and a change
// to report.css no longer rewrites each of them.
func withoutAssets(t *testing.T, page []byte) []byte {
	t.Helper()
	css := []byte("<style>" + htmlCSS + "</style>")
	if bytes.Count(page, css) != 1 {
		t.Errorf("the page does not embed html/report.css once, as it is")
	}
	page = bytes.Replace(page, css, []byte("<style>/* html/report.css */</style>"), 1)
	return bytes.Replace(page, []byte("<script>"+htmlCrawlJS+"</script>"), []byte("<script>/* html/crawl.js */</script>"), 1)
}

// checkSelfContained parses a report and fails on anything that would
// make a request or run code the report did not ship: a src or srcset, a
// link element, a style attribute, an event handler attribute, a link that
// is neither http(s) nor a fragment, a script other than the one inline
// script whose hash the Content-Security-Policy names.
func checkSelfContained(t testing.TB, page []byte) {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var csp string
	scripts := 0
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.Data {
		case "script":
			scripts++
		case "img", "iframe", "object", "embed", "link", "svg:image", "image", "video", "audio", "base", "form":
			t.Errorf("a <%s> element in the report", n.Data)
		}
		for _, a := range n.Attr {
			key := strings.ToLower(a.Key)
			switch {
			case strings.HasPrefix(key, "on"), key == "src", key == "srcset", key == "style", key == "xlink:href":
				t.Errorf("<%s %s=%q> in the report", n.Data, a.Key, a.Val)
			case key == "href" && !strings.HasPrefix(a.Val, "#") && !strings.HasPrefix(a.Val, "https://") && !strings.HasPrefix(a.Val, "http://"):
				t.Errorf("<%s href=%q>: only http(s) and fragment links", n.Data, a.Val)
			case n.Data == "meta" && key == "content" && strings.Contains(a.Val, "default-src"):
				csp = a.Val
			}
		}
	}
	if !strings.Contains(csp, "default-src 'none'") || strings.Contains(csp, "unsafe-inline") {
		t.Errorf("Content-Security-Policy %q: want default-src 'none' and no unsafe-inline", csp)
	}
	if scripts > 1 {
		t.Errorf("%d scripts in the report, want at most the one it ships", scripts)
	}
}

// TestHTMLHostileNoticeIsInert: markup and javascript: links in a notice
// come out as text, where the reader sees them, and nowhere else.
func TestHTMLHostileNoticeIsInert(t *testing.T) {
	page := noticeHTML(t, "en", []string{hostileNotice})
	checkSelfContained(t, page)
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && n.Data == "script" {
			t.Error("a script element in a report without a script")
		}
		if n.Type == html.TextNode && (n.Parent == nil || n.Parent.Data != "style") {
			text.WriteString(n.Data)
		}
	}
	for _, s := range []string{`<script>alert(1)</script>`, `"><img src=x onerror=alert(1)>`, `<a href="javascript:alert(1)">`, `"><svg onload=alert(1)>`} {
		if !strings.Contains(text.String(), s) {
			t.Errorf("the report's text does not show %s", s)
		}
	}
	for _, s := range []string{"<script>alert", "<img src", "<svg onload", `href="javascript:`} {
		if bytes.Contains(page, []byte(s)) {
			t.Errorf("%s unescaped in the HTML", s)
		}
	}

	// A javascript: URL as the notice's path or site is shown, not linked.
	page = scanHTML(t, "javascript:alert(1)", `"><img src=x onerror=alert(1)>`, "<script>alert(1)</script>", hostileNotice)
	checkSelfContained(t, page)
	if !bytes.Contains(page, []byte("<code>javascript:alert(1)</code>")) {
		t.Error("the javascript: path is not shown as text")
	}
}

func TestHTMLCrawlHostileSiteIsInert(t *testing.T) {
	page := crawlHTML(t, "en")
	checkSelfContained(t, page)
	for _, s := range []string{"<script>alert", "<img src", `href="javascript:`, "<b>bold"} {
		if bytes.Contains(page, []byte(s)) {
			t.Errorf("%s unescaped in the crawl report", s)
		}
	}
	if !bytes.Contains(page, []byte("&#34;&gt;&lt;img src=x onerror=alert(1)&gt;.example")) {
		t.Error("the hostile site name is not shown as text")
	}
}

// TestHTMLCoverageMatrix: the matrix shows what the engine decided, one row
// a require rule, and its status agrees with the findings.
func TestHTMLCoverageMatrix(t *testing.T) {
	pack, err := rules.Load()
	if err != nil {
		t.Fatal(err)
	}
	required := 0
	for _, r := range pack {
		if r.Kind == rules.KindRequire {
			required++
		}
	}
	page := string(noticeHTML(t, "en", []string{"../testdata/notices/fi-layout2-template-table.txt"}))
	if n := strings.Count(page, `<tr class="cov-`); n != required {
		t.Errorf("%d matrix rows, want one for each of the %d require rules", n, required)
	}
	for _, want := range []string{
		`<tr class="cov-empty sev-error" data-rule="missing-retention">`,
		`<tr class="cov-present" data-rule="missing-controller">`,
		`<tr class="cov-missing sev-error" data-rule="missing-right-portability">`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("no %s", want)
		}
	}
	if !strings.Contains(page, `<th scope="row">Right to data portability<span class="under">10. Muut henkilötietojen käsittelyyn liittyvät oikeudet</span></th><td class="article">Art. 13(2)(b), 20</td>`) {
		t.Error("the portability row lacks its item name or article")
	}
}

func TestHTMLFinnishLabels(t *testing.T) {
	page := string(noticeHTML(t, "fi", htmlInputs[:1]))
	for _, want := range []string{`<html lang="fi">`, "Havainnot", "Vaadittu tieto", "Kirjoita tilalle", "Tarkastusoikeus"} {
		if !strings.Contains(page, want) {
			t.Errorf("the Finnish report lacks %q", want)
		}
	}
	if strings.Contains(page, ">Findings<") {
		t.Error("English labels in the Finnish report")
	}
}

func TestEvidenceInLine(t *testing.T) {
	f := rules.Finding{Snippet: "Käsittely perustuu henkilötietolakiin.", Location: rules.Location{Line: 3, Column: 20, EndLine: 3, EndColumn: 38}}
	before, match, after := evidenceInLine(f)
	if before != "Käsittely perustuu " || match != "henkilötietolakiin" || after != "." {
		t.Errorf("got %q %q %q", before, match, after)
	}
	long := strings.Repeat("x", 300) + "TODO" + strings.Repeat("y", 300)
	before, match, after = evidenceInLine(rules.Finding{Snippet: long, Location: rules.Location{Line: 1, Column: 301, EndLine: 1, EndColumn: 305}})
	if match != "TODO" || len([]rune(before+match+after)) > snippetWidth+2 {
		t.Errorf("long line: %q, %d characters", match, len([]rune(before+match+after)))
	}
	if b, m, a := evidenceInLine(rules.Finding{}); b+m+a != "" {
		t.Errorf("no snippet gives %q", b+m+a)
	}
}

func TestHTTPLink(t *testing.T) {
	for in, want := range map[string]string{
		"https://a.example/x?y=1": "https://a.example/x?y=1",
		"http://a.example":        "http://a.example",
		"javascript:alert(1)":     "",
		"JavaScript:alert(1)":     "",
		"data:text/html,x":        "",
		"//a.example":             "",
		"notices/a.txt":           "",
		"https:///nohost":         "",
	} {
		if got := httpLink(in); got != want {
			t.Errorf("httpLink(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAgeBucket(t *testing.T) {
	now := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	for date, want := range map[string]int{
		"2026-11-01": 0, "2025-11-21": 0, "2025-11-20": 1, "2023-11-21": 2, "2023-11-20": 3,
		"2020-01-01": 5, "2019-01-01": 6, "2010-01-01": 6, "2027-01-01": 0, "": len(ageBuckets), "1.2.2024": len(ageBuckets),
	} {
		if got := ageBucket(date, now); got != want {
			t.Errorf("ageBucket(%q) = %d, want %d", date, got, want)
		}
	}
}

// TestCrawlAgesFromNewestCrawl: without a clock, ages count from the newest
// crawled_at, so a report of the same results is the same tomorrow.
func TestCrawlAgesFromNewestCrawl(t *testing.T) {
	sites := []result.Site{
		{Site: "a.example", Status: result.StatusOK, NoticeDate: "2020-01-01", CrawledAt: "2024-03-01T00:00:00Z"},
		{Site: "b.example", Status: result.StatusOK, CrawledAt: "2024-03-02T12:00:00Z"},
	}
	var buf bytes.Buffer
	if err := WriteCrawlHTML(&buf, sites, CrawlOptions{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "as of 2024-03-02") {
		t.Error("ages not measured from the newest crawled_at")
	}
	buf.Reset()
	if err := WriteCrawlHTML(&buf, sites, CrawlOptions{Now: time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "as of 2030-01-01") {
		t.Error("the injected clock is not used")
	}
}

// TestHTMLCoverageOfDisabledRule: a rule the configuration turned off for
// a file (its finding dropped) is not shown as missing.
func TestHTMLCoverageOfDisabledRule(t *testing.T) {
	r := result.FileResult{Path: "a.txt", Coverage: []rules.Coverage{
		{Rule: "missing-retention", Status: rules.CoverageMissing},
		{Rule: "missing-purpose", Status: rules.CoverageMissing},
	}, Findings: []rules.Finding{{Rule: "missing-purpose", Severity: rules.Error, Location: rules.Location{Line: 1, Column: 1}}}}
	page := renderResult(t, "html", loadPackT(t), Options{}, r, result.Summary{Files: 1})
	for _, want := range []string{`<tr class="cov-disabled" data-rule="missing-retention">`, `<tr class="cov-missing sev-error" data-rule="missing-purpose">`, "<b>0</b> of 1 required items present"} {
		if !strings.Contains(page, want) {
			t.Errorf("no %s", want)
		}
	}
}

// TestScanHTMLSitesWithoutNotice: in scan's HTML report a site without a
// notice and one that could not be fetched are not counted among the
// notices, and the card of the first shows why no notice was found, not a
// coverage of "0 of 0 required items".
func TestScanHTMLSitesWithoutNotice(t *testing.T) {
	pack, err := rules.Load()
	if err != nil {
		t.Fatal(err)
	}
	engine := rules.NewEngine(pack, rules.Options{Now: htmlNow})
	data, err := os.ReadFile("../testdata/examples/tietosuojaseloste.txt")
	if err != nil {
		t.Fatal(err)
	}
	found := lint.Data(context.Background(), "https://kahvila-aurinko.example/tietosuoja", data, extract.FormatText, engine, lint.Options{})
	found.Origin = &result.Origin{Site: "kahvila-aurinko.example", Why: "footer link 'Tietosuojaseloste'"}
	const reason = "no link on the home page names one"
	missing := result.FileResult{Path: "https://leipomo-kuu.example/", Origin: &result.Origin{Site: "leipomo-kuu.example", Why: reason}}
	if f, ok := engine.SiteFinding("notice-not-found", missing.Path, reason); ok {
		missing.Findings = []rules.Finding{f}
	}
	down := result.FileResult{Path: "https://suljettu.example/", Origin: &result.Origin{Site: "suljettu.example"},
		Err: &result.FileError{Path: "https://suljettu.example/", Reason: "the server answered 503"}}
	page := renderAll(t, "html", Meta{Version: "1.0.0", Rules: pack, MessageLang: "en", Unit: "site"}, found, missing, down)
	checkSelfContained(t, []byte(page))
	_, card, _ := strings.Cut(page, `id="notice-2"`)
	card, _, _ = strings.Cut(card, "</header>")
	for _, want := range []string{"<b>1</b> notice,", "1 without a notice", "1 could not be read"} {
		if !strings.Contains(page, want) {
			t.Errorf("the summary lacks %q", want)
		}
	}
	if !strings.Contains(card, "no notice found</span> "+reason) || strings.Contains(card, "required items") || strings.Contains(card, "Why this notice") {
		t.Errorf("the card of the site without a notice:\n%s", card)
	}
	if strings.Contains(page, "0/0") {
		t.Error("a 0/0 coverage in the contents")
	}
}

// TestHTMLDatesAndFetch: the notice report says when it was generated and
// the day notice ages were judged at, and for each scanned page when it was
// fetched and, after redirects, from which URL; in both languages. A report
// without those times shows none.
func TestHTMLDatesAndFetch(t *testing.T) {
	pack := loadPackT(t)
	fetched := time.Date(2026, 11, 22, 4, 0, 12, 0, time.UTC)
	found := siteResult()
	found.FetchedAt, found.Redirects = fetched, []string{"http://esimerkki.example/tietosuoja", "https://esimerkki.example/tietosuoja"}
	missing := result.FileResult{Path: "https://leipomo-kuu.example/", Origin: &result.Origin{Site: "leipomo-kuu.example", Why: "no link on the home page names one"},
		FetchedAt: fetched.Add(time.Minute)}
	meta := Meta{Version: "1.0.0", Rules: pack, Unit: "site",
		Generated: time.Date(2026, 11, 22, 14, 3, 59, 0, time.FixedZone("EET", 2*3600)), AsOf: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)}
	for lang, want := range map[string][]string{
		"en": {
			`Generated <time datetime="2026-11-22T12:03:59Z">2026-11-22 12:03 UTC</time> · notice ages judged as of <time datetime="2026-11-01">2026-11-01</time>`,
			`<dt>Fetched</dt><dd><time datetime="2026-11-22T04:00:12Z">2026-11-22 04:00:12 UTC</time><span class="muted"> · final URL after 2 redirects from http://esimerkki.example/tietosuoja</span>`,
			`<dt>Fetched</dt><dd><time datetime="2026-11-22T04:01:12Z">2026-11-22 04:01:12 UTC</time></dd>`,
		},
		"fi": {`Laadittu <time datetime="2026-11-22T12:03:59Z">`, `<dt>Haettu</dt>`, "lopullinen osoite 2 uudelleenohjauksen jälkeen osoitteesta http://esimerkki.example/tietosuoja"},
	} {
		meta.MessageLang = lang
		page := renderAll(t, "html", meta, found, missing)
		checkSelfContained(t, []byte(page))
		for _, w := range want {
			if !strings.Contains(page, w) {
				t.Errorf("%s: the page lacks %s", lang, w)
			}
		}
	}
	if page := renderAll(t, "html", Meta{Version: "1.0.0", Rules: pack}, siteResult()); strings.Contains(page, "Generated <time") || strings.Contains(page, "Fetched") {
		t.Error("a report without times shows some")
	}
}

// TestHTMLCoverageAgreesWithFindings: the matrix does not contradict the
// findings beside it. A transfer statement that transfer-contradiction
// contradicts is "contradicted", not "present"; a missing item shows its
// finding's severity (a note is not an error's red); an item stated only
// through the repealed act is "outdated". Neither counts as present.
func TestHTMLCoverageAgreesWithFindings(t *testing.T) {
	pack := loadPackT(t)
	finding := func(rule string, sev rules.Severity) rules.Finding {
		return rules.Finding{Rule: rule, Severity: sev, Path: "n.txt", Message: "m", Fingerprint: rule + ":1",
			Location: rules.Location{Line: 3, Column: 1, EndLine: 3, EndColumn: 5}}
	}
	res := result.FileResult{Path: "n.txt", Format: "text",
		Findings: []rules.Finding{finding("transfer-contradiction", rules.Warning), finding("missing-statutory-requirement", rules.Note),
			finding("missing-recipients", rules.Warning), finding("repealed-law", rules.Error)},
		Coverage: []rules.Coverage{
			{Rule: "missing-controller", Status: rules.CoveragePresent},
			{Rule: "missing-transfer-info", Status: rules.CoveragePresent},
			{Rule: "missing-statutory-requirement", Status: rules.CoverageMissing},
			{Rule: "missing-recipients", Status: rules.CoverageEmpty},
			{Rule: "missing-right-rectification", Status: rules.CoverageOutdated},
		},
	}
	page := renderAll(t, "html", Meta{Version: "1.0.0", Rules: pack, MessageLang: "en"}, res)
	checkSelfContained(t, []byte(page))
	for _, want := range []string{
		`<tr class="cov-contradicted" data-rule="missing-transfer-info">`, `</span>contradicted</span>`,
		`<tr class="cov-missing sev-note" data-rule="missing-statutory-requirement">`, `</span>missing · note</span>`,
		`<tr class="cov-empty sev-warning" data-rule="missing-recipients">`, `</span>empty · warning</span>`,
		`<tr class="cov-outdated" data-rule="missing-right-rectification">`, `</span>outdated</span>`,
		`<b>1</b> of 5 required items present`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the matrix lacks %s", want)
		}
	}
	// Without the findings that make them so (the configuration dropped
	// them), the statements are present.
	res.Findings = nil
	res.Coverage = res.Coverage[:2]
	res.Coverage = append(res.Coverage, rules.Coverage{Rule: "missing-right-rectification", Status: rules.CoverageOutdated})
	page = renderAll(t, "html", Meta{Version: "1.0.0", Rules: pack, MessageLang: "fi"}, res)
	if strings.Contains(page, `<tr class="cov-contradicted"`) || strings.Contains(page, `<tr class="cov-outdated"`) || !strings.Contains(page, "<b>3</b> / 3 vaaditusta") {
		t.Error("contradicted or outdated without the findings that make them so")
	}
}

// TestCrawlRuleChart: the chart's bars are findings, and the heading says
// so; the rules of the most severe findings come first, then the most
// findings; each bar's title gives findings and sites. The age legend names
// the years it marks stale, and the Finnish page is a site check report.
func TestCrawlRuleChart(t *testing.T) {
	finding := func(rule, sev string) result.Finding { return result.Finding{Rule: rule, Severity: sev} }
	sites := []result.Site{
		{Site: "a.example", Status: result.StatusOK, Findings: []result.Finding{finding("outdated-title", "note"), finding("outdated-title", "note"), finding("outdated-title", "note"), finding("vague-retention", "warning")}},
		{Site: "b.example", Status: result.StatusOK, Findings: []result.Finding{finding("outdated-title", "note"), finding("repealed-law", "error")}},
		{Site: "c.example", Status: result.StatusOK, Findings: []result.Finding{finding("placeholder", "error"), finding("placeholder", "error"), finding("vague-retention", "warning")}},
	}
	var buf bytes.Buffer
	if err := WriteCrawlHTML(&buf, sites, CrawlOptions{Rules: loadPackT(t), Now: time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	var order []string
	for _, m := range regexp.MustCompile(`text-anchor="end">([a-z-]+)</text>`).FindAllStringSubmatch(page, -1) {
		order = append(order, m[1])
	}
	if want := []string{"placeholder", "repealed-law", "vague-retention", "outdated-title"}; strings.Join(order, " ") != strings.Join(want, " ") {
		t.Errorf("bars %v, want %v: by severity, then findings", order, want)
	}
	for _, want := range []string{
		"Findings by rule <span class=\"muted\">(number of findings, most severe first)</span>",
		"<title>Titled as a register description (rekisteriseloste): 4 findings, 2 sites</title>",
		"<title>Reference to the repealed Personal Data Act (523/1999): 1 finding, 1 site</title>",
		"</span>under 3 years</li>", "</span>3 years or older</li>",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %s", want)
		}
	}
	buf.Reset()
	if err := WriteCrawlHTML(&buf, sites, CrawlOptions{Rules: loadPackT(t), MessageLang: "fi"}); err != nil {
		t.Fatal(err)
	}
	if page := buf.String(); !strings.Contains(page, "<h1>Sivustojen tarkistusraportti") || strings.Contains(page, "Selausraportti") || !strings.Contains(page, "4 havaintoa, 2 sivustoa") || !strings.Contains(page, "alle 3 vuotta") {
		t.Error("the Finnish page's title, bar titles or age legend")
	}
}
