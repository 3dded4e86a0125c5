package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
	for _, want := range []string{in + ":2: not a crawl result", in + `:4: status "maybe"`, "2 line(s) could not be read; the report shows the other 8 site(s)"} {
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

func TestReportUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"report"},
		{"report", crawlFixture, "--message-lang", "sv"},
		{"report", crawlFixture, "--now", "yesterday"},
		{"report", crawlFixture, "--max-line", "0"},
		{"report", crawlFixture, "-o", "/nonexistent-dir/crawl.html"},
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
}
