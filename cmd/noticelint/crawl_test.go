package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/crawl"
	"github.com/noticelint/noticelint/internal/testfiles"
	"github.com/noticelint/noticelint/internal/testweb"
	"github.com/noticelint/noticelint/result"
)

// crawlResults reads a results file; a site in it twice fails the test.
func crawlResults(t *testing.T, path string) map[string]result.Site {
	t.Helper()
	recs := map[string]result.Site{}
	data := readFile(t, path)
	if data != "" && !strings.HasSuffix(data, "\n") {
		t.Errorf("%s does not end with a whole line", path)
	}
	for i, line := range strings.Split(strings.TrimSuffix(data, "\n"), "\n") {
		if line == "" {
			continue
		}
		var r result.Site
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("%s:%d: %v", path, i+1, err)
		}
		if _, dup := recs[r.Site]; dup {
			t.Errorf("%s:%d: %s is in the results twice", path, i+1, r.Site)
		}
		recs[r.Site] = r
	}
	return recs
}

// TestCrawlCommand: a crawl of loopback sites writes one line a site (a
// site named twice done once, a bad input line reported and exit 3), a
// summary, and WARC evidence that lint --warc reads back; a rerun finds
// everything done.
func TestCrawlCommand(t *testing.T) {
	web := testweb.Serve(t, 12, 0)
	dir := t.TempDir()
	input := filepath.Join(dir, "sites.txt")
	testfiles.Write(t, input, "# yritykset\n"+web.Input()+strings.TrimSuffix(web.Sites[0], "/")+"\nnot a site\n")
	out := filepath.Join(dir, "results.jsonl")
	evidence := filepath.Join(dir, "warc")
	stdout, stderr, code := cli(t, "", "crawl", asOf, "--input", input, "--out", out, "--allow-private", "--warc-out", evidence, "--concurrency", "4")
	if code != exitInput || !strings.Contains(stderr, "sites.txt:15: \"not a site\": not a domain or URL") {
		t.Errorf("exit %d, want %d for the bad line\n%s", code, exitInput, stderr)
	}
	recs := crawlResults(t, out)
	if len(recs) != len(web.Sites) {
		t.Fatalf("%d results, want %d\n%s", len(recs), len(web.Sites), stderr)
	}
	for _, s := range web.Sites {
		r := recs[s]
		hasRepealed := false
		for _, f := range r.Findings {
			hasRepealed = hasRepealed || f.Rule == "repealed-law" && f.Ref != ""
		}
		if r.Status != result.StatusOK || r.NoticeURL != s+"tietosuojaseloste" || r.Why == "" || !hasRepealed ||
			r.Domain != strings.Split(strings.TrimPrefix(s, "http://"), ":")[0] || r.CrawledAt == "" || r.Timings.Requests < 2 {
			t.Errorf("%s: %+v", s, r)
		}
	}
	if !strings.Contains(stdout, "12 sites: 12 with a notice, 0 notice not found, 0 blocked by robots.txt, 0 errors\n") ||
		!strings.Contains(stdout, "repealed-law") || !strings.Contains(stdout, "100.0%") {
		t.Errorf("summary:\n%s", stdout)
	}

	warcs, _ := filepath.Glob(filepath.Join(evidence, "*.warc.gz"))
	if len(warcs) != 1 {
		t.Fatalf("WARC files %v", warcs)
	}
	stdout, stderr, code = cli(t, "", "lint", asOf, "-q", "--warc", warcs[0])
	if code != exitFindings || strings.Count(stdout, "tietosuojaseloste:") < 12 || !strings.Contains(stdout, " error repealed-law ") ||
		!strings.Contains(stderr, "12 of 36 response records linted; passed over: 12 not an HTML, PDF or Word page with status 2xx, 12 not reading as a privacy notice") {
		// robots.txt (404), home page, notice
		t.Errorf("lint --warc of the evidence: exit %d\n%s%s", code, stdout, stderr)
	}

	// A directory, a second file after --warc, and --warc-all: home pages
	// linted too.
	_, stderr, code = cli(t, "", "lint", asOf, "-q", "--warc-all", "--warc", evidence, warcs[0])
	if code != exitFindings || !strings.Contains(stderr, "noticelint: "+evidence+", "+warcs[0]+": 48 of 72 response records linted; passed over: 24 not an HTML") {
		t.Errorf("lint --warc-all --warc DIR FILE: exit %d\n%s", code, stderr)
	}

	// Everything is done: a rerun crawls nothing and says so.
	before := readFile(t, out)
	stdout, stderr, code = cli(t, "", "crawl", "--input", input, "--out", out, "--allow-private")
	if code != exitInput || !strings.Contains(stderr, "12 of 12 sites done already, 0 to crawl") || readFile(t, out) != before ||
		!strings.Contains(stdout, "12 sites: 12 with a notice") || !strings.Contains(stdout, "(12 done by an earlier run)") {
		t.Errorf("rerun: exit %d\n%s%s", code, stdout, stderr)
	}

	// The input as the argument and the results on standard output, the
	// summary on standard error, as a pipe into noticelint report wants.
	testfiles.Write(t, input, web.Input())
	stdout, stderr, code = cli(t, "", "crawl", "-q", input, "--allow-private")
	if code != exitClean || strings.Count(stdout, "\n") != len(web.Sites) || !strings.Contains(stderr, "12 sites: 12 with a notice") {
		t.Fatalf("to standard output: exit %d\n%s%s", code, stdout, stderr)
	}
	html, stderr, code := cli(t, stdout, "report", "-")
	if code != exitClean || !strings.Contains(html, "<html") || !strings.Contains(html, "repealed-law") || !strings.Contains(html, web.Sites[3]) {
		t.Errorf("noticelint report - of the crawl: exit %d\n%.300s\n%s", code, html, stderr)
	}
}

// TestCrawlShards: three shards of one input together hold every site
// exactly once, and nothing else.
func TestCrawlShards(t *testing.T) {
	web := testweb.Serve(t, 30, 0)
	dir := t.TempDir()
	input := filepath.Join(dir, "sites.txt")
	testfiles.Write(t, input, web.Input())
	seen := map[string]int{}
	for i := range 3 {
		out := filepath.Join(dir, "shard.jsonl")
		_ = os.Remove(out)
		_, stderr, code := cli(t, "", "crawl", "-q", "--input", input, "--out", out, "--allow-private", "--shard", string(rune('0'+i))+"/3")
		if code != exitClean {
			t.Fatalf("shard %d/3: exit %d\n%s", i, code, stderr)
		}
		recs := crawlResults(t, out)
		if len(recs) == 0 || len(recs) == len(web.Sites) {
			t.Errorf("shard %d/3 has %d of %d sites", i, len(recs), len(web.Sites))
		}
		for s := range recs {
			seen[s]++
		}
	}
	for _, s := range web.Sites {
		if seen[s] != 1 {
			t.Errorf("%s is in %d shards", s, seen[s])
		}
	}
	if len(seen) != len(web.Sites) {
		t.Errorf("the shards hold %d sites, want %d", len(seen), len(web.Sites))
	}
}

// TestCrawlCountsSites: the summary, the resume counts and the shard
// counts are of distinct sites: a results file concatenated with itself
// and an input naming a site twice count each site once, and a shard's
// summary counts only its own sites of a results file shared with others.
func TestCrawlCountsSites(t *testing.T) {
	web := testweb.Serve(t, 6, 0)
	dir := t.TempDir()
	input := filepath.Join(dir, "sites.txt")
	testfiles.Write(t, input, web.Input()+web.Sites[0])
	out := filepath.Join(dir, "results.jsonl")
	if _, stderr, code := cli(t, "", "crawl", "-q", asOf, "--input", input, "--out", out, "--allow-private"); code != exitClean {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	twice := filepath.Join(dir, "twice.jsonl")
	testfiles.Write(t, twice, readFile(t, out)+readFile(t, out))
	stdout, stderr, code := cli(t, "", "crawl", "-q", "--input", input, "--out", twice, "--allow-private")
	if code != exitClean || !strings.Contains(stderr, "6 of 6 sites done already, 0 to crawl") ||
		!strings.Contains(stdout, "6 sites: 6 with a notice, 0 notice not found, 0 blocked by robots.txt, 0 errors (6 done by an earlier run)") {
		t.Errorf("resume of a doubled results file: exit %d\n%s%s", code, stdout, stderr)
	}
	total := 0
	for i := range 2 {
		shard := string(rune('0'+i)) + "/2"
		stdout, stderr, code := cli(t, "", "crawl", "-q", "--input", input, "--out", twice, "--allow-private", "--shard", shard)
		n := 0
		for _, s := range web.Sites {
			if crawl.ShardOf(crawl.Domain(s), 2) == i {
				n++
			}
		}
		total += n
		want := fmt.Sprintf("shard %s: %d of 6 sites", shard, n)
		if code != exitClean || !strings.Contains(stderr, want) || !strings.Contains(stdout, fmt.Sprintf("%d with a notice", n)) {
			t.Errorf("--shard %s: exit %d, want %q and %d sites\n%s%s", shard, code, want, n, stdout, stderr)
		}
	}
	if total != 6 {
		t.Errorf("the shards hold %d sites", total)
	}
}

func TestCrawlErrors(t *testing.T) {
	dir := t.TempDir()
	input := filepath.Join(dir, "sites.txt")
	testfiles.Write(t, input, "esimerkki.example\n")
	out := filepath.Join(dir, "out.jsonl")
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--output", out}, exitUsage, "--input"},
		{[]string{"--input", input, "--output", ""}, exitUsage, "--output"},
		{[]string{"--input", input, input}, exitUsage, "give the sites once"},
		{[]string{input, input}, exitUsage, "crawl takes at most one argument (SITES), not 2"},
		{[]string{"--input", input, "--output", out, "--shard", "3/3"}, exitUsage, "--shard"},
		{[]string{"--input", input, "--output", out, "--jobs", "0"}, exitUsage, "--jobs"},
		{[]string{"--input", input, "--output", out, "--max-size", "lots"}, exitUsage, "--max-size"},
		{[]string{"--input", filepath.Join(dir, "missing.txt"), "--output", out}, exitInput, "missing.txt: no such file"},
		{[]string{"--input", input, "--output", filepath.Join(dir, "no", "out.jsonl")}, exitInput, "out.jsonl: no such file"},
		{[]string{"--input", input, "--output", input}, exitInput, "sites.txt:1: not a crawl result line"},
	} {
		_, stderr, code := cli(t, "", append([]string{"crawl"}, c.args...)...)
		if code != c.code || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: exit %d, want %d with %q\n%s", c.args, code, c.code, c.want, stderr)
		}
	}
}

// TestCrawlMessageLang: --message-lang fi gives the findings' messages and
// the reason a notice was chosen in Finnish.
func TestCrawlMessageLang(t *testing.T) {
	web := testweb.Serve(t, 1, 0)
	out := filepath.Join(t.TempDir(), "results.jsonl")
	if _, stderr, code := cli(t, web.Input(), "crawl", "-q", asOf, "--message-lang", "fi", "--input", "-", "--out", out, "--allow-private"); code != exitClean {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	var got result.Site
	for _, s := range crawlResults(t, out) {
		got = s
	}
	if !strings.HasPrefix(got.Why, "alatunnisteen linkki") {
		t.Errorf("why %q is not in Finnish", got.Why)
	}
	found := false
	for _, f := range got.Findings {
		if f.Rule == "repealed-law" {
			found = true
			if !strings.Contains(f.Message, "kumottu") {
				t.Errorf("message %q is not in Finnish", f.Message)
			}
		}
	}
	if !found {
		t.Errorf("no repealed-law finding in %+v", got)
	}
	if _, stderr, code := cli(t, "", "crawl", "--message-lang", "de", "--input", "-", "--out", out); code != exitUsage || !strings.Contains(stderr, "--message-lang") {
		t.Errorf("--message-lang de: exit %d %s", code, stderr)
	}
}
