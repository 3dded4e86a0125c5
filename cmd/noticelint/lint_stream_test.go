package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/internal/testfiles"
	"github.com/noticelint/noticelint/result"
)

// TestLintJSONL: JSON lines in, crawl-shaped JSON lines out, in order, a
// bad line an error line (exit 3), the rest linted; --output writes a
// file.
func TestLintJSONL(t *testing.T) {
	notice := readFile(t, repoFile(t, "testdata/examples/tietosuojaseloste.txt"))
	line := func(url, content string) string {
		b, _ := json.Marshal(map[string]string{"url": url, "content": content})
		return string(b) + "\n"
	}
	// A blank line is skipped and gives no line, as --help says.
	in := line("https://a.example/tietosuoja", notice) + "  \n" + "not json\n" + line("https://b.example/tietosuoja", notice)
	stdout, stderr, code := cli(t, in, "lint", asOf, "--jsonl", "-")
	if code != exitInput || !strings.Contains(stderr, "<stdin>:3: not valid JSON") {
		t.Errorf("exit %d, want %d\n%s", code, exitInput, stderr)
	}
	var sites []string
	for _, l := range strings.Split(strings.TrimSuffix(stdout, "\n"), "\n") {
		var r result.Site
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("%q: %v", l, err)
		}
		s := r.Site + " " + r.Status
		for _, f := range r.Findings {
			if f.Rule == "repealed-law" && f.Ref != "" {
				s += " repealed-law"
			}
		}
		sites = append(sites, s)
	}
	want := "https://a.example/tietosuoja ok repealed-law|<stdin>:3 error|https://b.example/tietosuoja ok repealed-law"
	if strings.Join(sites, "|") != want {
		t.Errorf("got %s\nwant %s", strings.Join(sites, "|"), want)
	}

	dir := t.TempDir()
	testfiles.Write(t, filepath.Join(dir, "pages.jsonl"), line("https://a.example/", notice))
	out := filepath.Join(dir, "results.jsonl")
	if _, stderr, code := cli(t, "", "lint", asOf, "--jsonl", filepath.Join(dir, "pages.jsonl"), "--output", out); code != exitFindings {
		t.Errorf("--output: exit %d\n%s", code, stderr)
	}
	if got := readFile(t, out); strings.Count(got, "\n") != 1 || !strings.HasPrefix(got, `{"site":"https://a.example/","status":"ok"`) {
		t.Errorf("--output file: %s", got)
	}
	if _, _, code := cli(t, "", "lint", asOf, "--jsonl", filepath.Join(dir, "pages.jsonl"), "--fail-on", "none"); code != exitClean {
		t.Errorf("--fail-on none: exit %d", code)
	}
}

func TestLintStreamFlags(t *testing.T) {
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--jsonl", "-", "--format", "json"}, exitUsage, "--jsonl writes JSON lines"},
		{[]string{"--jsonl", "-", "--output", "sarif=x.sarif"}, exitUsage, "--jsonl writes JSON lines"},
		{[]string{"--jsonl", "-", "notices/"}, exitUsage, "give one kind of input"},
		{[]string{"--warc-all", "notices/"}, exitUsage, "--warc-all applies only with --warc"},
		{[]string{"--warc", "no/a.warc", "no/b.warc.gz"}, exitInput, "no/b.warc.gz: error cannot read: no such file"},
		{[]string{"--jsonl", "-", "--warc", "a.warc"}, exitUsage, "--jsonl and --warc"},
		{[]string{"--jsonl", "no/such.jsonl"}, exitInput, "--jsonl no/such.jsonl: no such file"},
		{[]string{"--warc", "no/such.warc.gz"}, exitInput, "no/such.warc.gz: error cannot read: no such file"},
	} {
		stdout, stderr, code := cli(t, "", append([]string{"lint"}, c.args...)...)
		if code != c.code || !strings.Contains(stdout+stderr, c.want) {
			t.Errorf("%v: exit %d, want %d with %q\n%s", c.args, code, c.code, c.want, stderr)
		}
	}
}

// TestLintWARCWithoutNotices: a WARC file none of whose responses reads as
// a notice lints nothing, which is exit 3, not a pass. An empty stream of
// JSON lines (a batch engine's empty partition) is no error.
func TestLintWARCWithoutNotices(t *testing.T) {
	page := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><h1>Retkiaitta</h1><p>Retkeilyvarusteita Kuopiosta.</p></body></html>"
	rec := fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:6a1f8a4e-0000-4000-8000-000000000001>\r\n"+
		"WARC-Date: 2026-11-22T04:00:00Z\r\nWARC-Target-URI: https://retkiaitta.example/\r\n"+
		"Content-Type: application/http;msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", len(page), page)
	path := filepath.Join(t.TempDir(), "home.warc")
	testfiles.Write(t, path, rec)
	stdout, stderr, code := cli(t, "", "lint", asOf, "--warc", path)
	if code != exitInput || strings.Contains(stdout, "no problems") || !strings.Contains(stderr, "nothing linted: no response record reads as a privacy notice") {
		t.Errorf("exit %d\n%s%s", code, stdout, stderr)
	}
	if _, stderr, code := cli(t, "", "lint", asOf, "--warc-all", "--warc", path); code == exitInput {
		t.Errorf("--warc-all lints the page: exit %d\n%s", code, stderr)
	}
	if stdout, stderr, code := cli(t, "", "lint", "--jsonl", "-"); code != exitClean || stdout != "" {
		t.Errorf("--jsonl of nothing: exit %d\n%s%s", code, stdout, stderr)
	}
}
