package main

import (
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

const crawlFixture = "../../report/testdata/crawl/results.jsonl"

func TestReportCommand(t *testing.T) {
	out := filepath.Join(t.TempDir(), "crawl.html")
	stdout, stderr, code := cli(t, "", "report", crawlFixture, "--output", out)
	if code != exitClean || stdout != "" || stderr != "" {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	page, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"<title>Crawl report: results.jsonl</title>", "kahvila-aurinko.example", "as of 2026-11-20"} {
		if !strings.Contains(string(page), want) {
			t.Errorf("the report lacks %q", want)
		}
	}

	// Standard input, Finnish, an injected clock.
	data, err := os.ReadFile(crawlFixture)
	if err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code = cli(t, string(data), "report", "-", "--message-lang", "fi", "--now", "2030-01-01")
	if code != exitClean || !strings.Contains(stdout, `<html lang="fi">`) || !strings.Contains(stdout, "päivänä 2030-01-01") {
		t.Errorf("report -: exit %d, stderr %s", code, stderr)
	}
}

// TestReportBadLines: a line that is not a crawl result is named with its
// number and reason, exit 3, and the report still shows the other sites.
func TestReportBadLines(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "results.jsonl")
	data, err := os.ReadFile(crawlFixture)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(data), "\n")
	bad := lines[0] + "{not json\n" + lines[1] + `{"site":"x.example","status":"maybe"}` + "\n" + strings.Join(lines[2:], "")
	if err := os.WriteFile(in, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "crawl.html")
	_, stderr, code := cli(t, "", "report", in, "-o", out)
	if code != exitInput {
		t.Errorf("exit %d, want %d", code, exitInput)
	}
	for _, want := range []string{in + ":2: not a crawl result", in + `:4: status "maybe"`, "2 lines could not be read; the report shows the other 8 sites"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	page, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("no report written: %v", err)
	}
	if strings.Count(string(page), `<tr class="site">`) != 8 {
		t.Error("the report does not show the 8 good sites")
	}
}

// TestReportNotCrawlResults: a JSON report (lint --format json), random
// bytes or JSON lines that are no site records give one message, exit 3,
// and no file.
func TestReportNotCrawlResults(t *testing.T) {
	dir := t.TempDir()
	jsonReport, _, _ := cli(t, "", "lint", asOf, "--format", "json", "../../testdata/examples/tietosuojaseloste.txt")
	for _, c := range []struct{ name, data, want string }{
		{"report.json", jsonReport, "report.json is a JSON report, not crawl results (JSON lines): for an HTML report of a notice or a scan, use lint or scan --format html"},
		{"random.bin", "\x00\x9f\x12garbage\n\xff\xfe more\n", "random.bin holds no crawl results (JSON lines of sites, as noticelint crawl writes): no line is a site record (line 1: not a crawl result"},
		{"pages.jsonl", `{"url":"https://a.example/","content":"x"}` + "\n", `pages.jsonl holds no crawl results (JSON lines of sites, as noticelint crawl writes): no line is a site record (line 1: not a crawl result: no "site")`},
	} {
		in := filepath.Join(dir, c.name)
		if err := os.WriteFile(in, []byte(c.data), 0o644); err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(dir, c.name+".html")
		_, stderr, code := cli(t, "", "report", in, "-o", out)
		if code != exitInput || !strings.Contains(stderr, c.want) || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%s: exit %d, want %d and one line with %q:\n%s", c.name, code, exitInput, c.want, stderr)
		}
		if _, err := os.Stat(out); err == nil {
			t.Errorf("%s: a report was written", c.name)
		}
	}
}

// TestReportDistinctSites: results concatenated with themselves, and a
// site crawled again, show each site once, as its latest line has it.
func TestReportDistinctSites(t *testing.T) {
	data, err := os.ReadFile(crawlFixture)
	if err != nil {
		t.Fatal(err)
	}
	again := `{"site":"https://KAHVILA-AURINKO.example/","status":"error","error":"crawled again","findings":[]}` + "\n"
	page, stderr, code := cli(t, string(data)+string(data)+again, "report", "-")
	if code != exitClean {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	if n := strings.Count(page, `<tr class="site">`); n != 8 {
		t.Errorf("%d site rows, want the 8 distinct sites", n)
	}
	if !strings.Contains(page, "crawled again") {
		t.Error("the latest record of a site does not win")
	}
}

func TestReportUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"report"},
		{"report", crawlFixture, "--message-lang", "sv"},
		{"report", crawlFixture, "--now", "yesterday"},
		{"report", crawlFixture, "--max-line", "0"},
	} {
		if _, stderr, code := cli(t, "", args...); code != exitUsage || stderr == "" {
			t.Errorf("%v: exit %d, want %d with a reason", args, code, exitUsage)
		}
	}
	if _, stderr, code := cli(t, "", "report", "no-such-results.jsonl"); code != exitInput || !strings.Contains(stderr, "no-such-results.jsonl: cannot read") {
		t.Errorf("a missing input: exit %d: %s", code, stderr)
	}
}

func TestLintHTMLOutput(t *testing.T) {
	out := filepath.Join(t.TempDir(), "report.html")
	_, stderr, code := cli(t, "", "lint", asOf, "--output", "html="+out, "../../testdata/examples/tietosuojaseloste.txt")
	if code != exitFindings {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	page, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(page), `<table class="matrix">`) || !strings.Contains(string(page), "repealed-law") {
		t.Error("the HTML report lacks the matrix or the findings")
	}
	// When it was made, and the day ages were judged at: an auditor files
	// the page as evidence.
	today := time.Now().UTC().Format("2006-01-02")
	if !strings.Contains(string(page), `Generated <time datetime="`+today) || !strings.Contains(string(page), `notice ages judged as of <time datetime="2026-11-22">2026-11-22</time>`) {
		t.Error("the HTML report does not say when it was generated and the --as-of date")
	}
}

// TestScanHTMLFetched: a scan's HTML report says when each notice was
// fetched.
func TestScanHTMLFetched(t *testing.T) {
	site := noticeSite(t, "examples/tietosuojaseloste.txt")
	out := filepath.Join(t.TempDir(), "scan.html")
	before := time.Now().UTC().Truncate(time.Second)
	if _, stderr, code := scanCLI(t, "--output", "html="+out, site.URL); code != exitFindings {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	page := readFile(t, out)
	m := regexp.MustCompile(`<dt>Fetched</dt><dd><time datetime="([^"]+)">`).FindStringSubmatch(page)
	if m == nil {
		t.Fatal("the scan's HTML report does not say when the notice was fetched")
	}
	if at, err := time.Parse(time.RFC3339, m[1]); err != nil || at.Before(before) || at.After(time.Now().Add(time.Second)) {
		t.Errorf("fetched at %s (%v), want during the scan, after %s", m[1], err, before)
	}
}

// TestReportManyBadLines: lines that are not crawl results are reported as
// they come, up to --max-errors, and the rest counted; exit 3, and the page
// shows the good sites.
func TestReportManyBadLines(t *testing.T) {
	data, err := os.ReadFile(crawlFixture)
	if err != nil {
		t.Fatal(err)
	}
	in := string(data) + strings.Repeat("{not json\n", 1000)
	out := filepath.Join(t.TempDir(), "crawl.html")
	_, stderr, code := cli(t, in, "report", "-", "--max-errors", "5", "-o", out)
	if code != exitInput {
		t.Errorf("exit %d, want %d", code, exitInput)
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	if len(lines) != 7 || !strings.HasPrefix(lines[0], "noticelint: <stdin>:9: not a crawl result") || !strings.HasPrefix(lines[4], "noticelint: <stdin>:13: ") ||
		lines[5] != "noticelint: <stdin>: and 995 more lines that are not crawl results (--max-errors 5)" ||
		lines[6] != "noticelint: <stdin>: 1000 lines could not be read; the report shows the other 8 sites" {
		t.Errorf("stderr:\n%s", stderr)
	}
	if page, err := os.ReadFile(out); err != nil || strings.Count(string(page), `<tr class="site">`) != 8 {
		t.Errorf("the report does not show the 8 sites: %v", err)
	}
	if _, stderr, code := cli(t, "", "report", "-", "--max-errors", "0"); code != exitUsage || !strings.Contains(stderr, "--max-errors 0") {
		t.Errorf("--max-errors 0: exit %d: %s", code, stderr)
	}
}

// endlessGarbage is an input of lines that are not crawl results that
// never ends, as /dev/urandom; it counts the bytes read.
type endlessGarbage struct{ read int }

func (g *endlessGarbage) Read(p []byte) (int, error) {
	const line = "\x9f\x12 garbage\n"
	n := 0
	for n+len(line) <= len(p) {
		n += copy(p[n:], line)
	}
	g.read += n
	if g.read > 100<<20 { // far past where report must stop: fail, not hang
		return n, io.EOF
	}
	return n, nil
}

// TestReportEndlessGarbage: an input whose first --max-errors lines are
// not crawl results is one error, found without reading on (and without
// keeping every bad line, as 1.3 GB of /dev/urandom did).
func TestReportEndlessGarbage(t *testing.T) {
	in := &endlessGarbage{}
	var stdout, stderr strings.Builder
	code := run([]string{"report", "-"}, streams{in: in, out: &stdout, err: &stderr})
	want := "noticelint: <stdin> holds no crawl results (JSON lines of sites, as noticelint crawl writes): none of its first 20 lines is a site record (line 1: not a crawl result"
	if code != exitInput || !strings.HasPrefix(stderr.String(), want) || strings.Count(stderr.String(), "\n") != 1 {
		t.Errorf("exit %d:\n%s", code, stderr.String())
	}
	if in.read > 1<<20 {
		t.Errorf("read %d bytes of an input whose first lines show it is not crawl results", in.read)
	}
	if stdout.Len() > 0 {
		t.Error("a page was written")
	}
}
