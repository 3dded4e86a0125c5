package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/goccy/go-yaml"

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

// TestCrawlRetryErrors: a resume leaves sites whose last line has status
// error alone, unless --retry-errors: then they are crawled again, and the
// summary counts each site once, by its new line.
func TestCrawlRetryErrors(t *testing.T) {
	web := testweb.Serve(t, 3, 0)
	dir := t.TempDir()
	input := filepath.Join(dir, "sites.txt")
	testfiles.Write(t, input, web.Input())
	out := filepath.Join(dir, "results.jsonl")
	var lines string
	for i, s := range web.Sites {
		status := result.StatusNotFound
		if i == 1 {
			status = result.StatusError
		}
		lines += fmt.Sprintf(`{"site":%q,"status":%q,"findings":[]}`+"\n", s, status)
	}
	testfiles.Write(t, out, lines)
	stdout, stderr, code := cli(t, "", "crawl", "-q", "--input", input, "--out", out, "--allow-private")
	if code != exitClean || !strings.Contains(stderr, "3 of 3 sites done already, 0 to crawl; 1 of them has status error: add --retry-errors to crawl it again\n") || !strings.Contains(stdout, "3 sites: 0 with a notice, 2 notice not found, 0 blocked by robots.txt, 1 error") {
		t.Errorf("resume: exit %d\n%s%s", code, stdout, stderr)
	}
	stdout, stderr, code = cli(t, "", "crawl", "-q", "--input", input, "--out", out, "--allow-private", "--retry-errors")
	if code != exitClean || !strings.Contains(stderr, "3 of 3 sites done already, 1 to crawl (1 of them with status error, again: --retry-errors)") ||
		!strings.Contains(stdout, "3 sites: 1 with a notice, 2 notice not found, 0 blocked by robots.txt, 0 errors") {
		t.Errorf("--retry-errors: exit %d\n%s%s", code, stdout, stderr)
	}
	if n := strings.Count(readFile(t, out), "\n"); n != 4 {
		t.Errorf("%d lines in --out, want the 3 and the retried site's new one", n)
	}
}

// TestCrawlRetriesErrorsOfItsSettings: a first crawl without
// --allow-private ends every loopback site in an error naming the flag;
// rerun with it, the crawl does those sites again by itself, and says why,
// rather than finding them all done already.
func TestCrawlRetriesErrorsOfItsSettings(t *testing.T) {
	web := testweb.Serve(t, 4, 0)
	dir := t.TempDir()
	input := filepath.Join(dir, "sites.txt")
	testfiles.Write(t, input, web.Input())
	out := filepath.Join(dir, "results.jsonl")
	stdout, stderr, code := cli(t, "", "crawl", "-q", "--input", input, "--out", out)
	if code != exitClean || !strings.Contains(stdout, "4 sites: 0 with a notice, 0 notice not found, 0 blocked by robots.txt, 4 errors") {
		t.Fatalf("without --allow-private: exit %d\n%s%s", code, stdout, stderr)
	}
	// The same settings again: nothing to do, and how to retry is said.
	_, stderr, _ = cli(t, "", "crawl", "-q", "--input", input, "--out", out)
	if !strings.Contains(stderr, "4 of 4 sites done already, 0 to crawl; 4 of them have status error: add --retry-errors to crawl them again\n") {
		t.Errorf("rerun alike:\n%s", stderr)
	}
	stdout, stderr, code = cli(t, "", "crawl", "-q", "--input", input, "--out", out, "--allow-private")
	if code != exitClean || !strings.Contains(stderr, "4 of 4 sites done already, 4 to crawl (4 of them with status error, again: their errors name --allow-private, which this run sets anew)\n") ||
		!strings.Contains(stdout, "4 sites: 4 with a notice") {
		t.Errorf("rerun with --allow-private: exit %d\n%s%s", code, stdout, stderr)
	}
	// A setting the errors do not name retries nothing.
	testfiles.Write(t, out, strings.ReplaceAll(readFile(t, out), `"status":"ok"`, `"status":"error","error":"the server answered 503"`))
	if _, stderr, _ := cli(t, "", "crawl", "-q", "--input", input, "--out", out, "--allow-private", "--timeout", "20s"); !strings.Contains(stderr, "0 to crawl; 4 of them have status error") {
		t.Errorf("errors that name no setting of the run:\n%s", stderr)
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

// buildNoticelint builds the command into a temporary directory.
func buildNoticelint(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "noticelint")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// waitLines waits until path has at least n lines.
func waitLines(t *testing.T, path string, n int, cmd *exec.Cmd) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if data, err := os.ReadFile(path); err == nil && strings.Count(string(data), "\n") >= n {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	_ = cmd.Process.Kill()
	t.Fatalf("%s did not reach %d lines", path, n)
}

// TestCrawlResumesAfterKill runs the real binary against loopback sites,
// kills it (SIGKILL) mid-crawl, leaves a cut last line as a kill during a
// write would, and reruns it with the same --out: every site ends up in
// the file exactly once. Then Ctrl-C (SIGINT): exit 130, the file whole.
func TestCrawlResumesAfterKill(t *testing.T) {
	bin := buildNoticelint(t)
	web := testweb.Serve(t, 150, 20*time.Millisecond)
	dir := t.TempDir()
	input := filepath.Join(dir, "sites.txt")
	testfiles.Write(t, input, web.Input())
	out := filepath.Join(dir, "results.jsonl")
	args := []string{"crawl", "--input", input, "--out", out, "--allow-private", "--concurrency", "8"}

	cmd := exec.Command(bin, args...)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	waitLines(t, out, 30, cmd)
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
	// The kill may land inside a write: Linux stops a write to a file
	// between pages on a fatal signal, so a line longer than a page can be
	// left cut. The rerun repairs that (below); here only whole lines count.
	if data := readFile(t, out); !strings.HasSuffix(data, "\n") {
		testfiles.Write(t, out, data[:strings.LastIndexByte(data, '\n')+1])
	}
	first := crawlResults(t, out)
	if len(first) >= len(web.Sites) {
		t.Fatalf("the crawl finished (%d sites) before it was killed", len(first))
	}
	// A kill in the middle of a write: half a line of a site not done.
	var undone string
	for _, s := range web.Sites {
		if _, ok := first[s]; !ok {
			undone = s
			break
		}
	}
	f, _ := os.OpenFile(out, os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString(`{"site":"` + undone + `","status":"ok","findings":[{"rule":"repe`)
	f.Close()

	stdout, err := exec.Command(bin, args...).Output()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		t.Fatalf("rerun: %v\n%s", err, ee.Stderr)
	}
	all := crawlResults(t, out)
	if len(all) != len(web.Sites) {
		t.Errorf("after the rerun %d sites, want %d", len(all), len(web.Sites))
	}
	for _, s := range web.Sites {
		if all[s].Status != result.StatusOK {
			t.Errorf("%s: %+v", s, all[s])
		}
	}
	if !strings.Contains(string(stdout), "150 sites: 150 with a notice") {
		t.Errorf("summary after resuming:\n%s", stdout)
	}

	// Ctrl-C: a clean stop.
	out2 := filepath.Join(dir, "interrupted.jsonl")
	cmd = exec.Command(bin, "crawl", "--input", input, "--out", out2, "--allow-private", "--concurrency", "8")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	waitLines(t, out2, 10, cmd)
	_ = cmd.Process.Signal(syscall.SIGINT)
	err = cmd.Wait()
	if !errors.As(err, &ee) || ee.ExitCode() != exitInterrupted || !strings.Contains(stderr.String(), "interrupted") {
		t.Errorf("after SIGINT: %v\n%s", err, stderr.String())
	}
	if n := len(crawlResults(t, out2)); n == 0 || n == len(web.Sites) {
		t.Errorf("%d sites written before the interrupt", n)
	}
}

// TestKubernetesJob runs the pods of docs/kubernetes/crawl-job.yaml as
// the Job controller would, with their volumes in temporary directories
// and loopback sites: the Job is Indexed, its shard count matches its
// completions, and the pods' results together hold every site once.
func TestKubernetesJob(t *testing.T) {
	type container struct {
		Command      []string `yaml:"command"`
		Args         []string `yaml:"args"`
		VolumeMounts []struct {
			Name      string `yaml:"name"`
			MountPath string `yaml:"mountPath"`
		} `yaml:"volumeMounts"`
	}
	var job struct {
		Kind string `yaml:"kind"`
		Spec struct {
			CompletionMode   string `yaml:"completionMode"`
			Completions      int    `yaml:"completions"`
			Parallelism      int    `yaml:"parallelism"`
			PodFailurePolicy struct {
				Rules []struct {
					Action      string `yaml:"action"`
					OnExitCodes *struct {
						Operator string `yaml:"operator"`
						Values   []int  `yaml:"values"`
					} `yaml:"onExitCodes"`
				} `yaml:"rules"`
			} `yaml:"podFailurePolicy"`
			Template struct {
				Spec struct {
					SecurityContext struct {
						FSGroup int `yaml:"fsGroup"`
					} `yaml:"securityContext"`
					Containers []container `yaml:"containers"`
				} `yaml:"spec"`
			} `yaml:"template"`
		} `yaml:"spec"`
	}
	manifest := readFile(t, repoFile(t, "docs/kubernetes/crawl-job.yaml"))
	checkCollectCommands(t, manifest)
	dec := yaml.NewDecoder(strings.NewReader(manifest))
	for job.Kind != "Job" {
		if err := dec.Decode(&job); err != nil {
			t.Fatalf("no Job in the manifest: %v", err)
		}
	}
	n := job.Spec.Completions
	if job.Spec.CompletionMode != "Indexed" || n < 2 || job.Spec.Parallelism != n || len(job.Spec.Template.Spec.Containers) != 1 {
		t.Fatalf("job spec %+v", job.Spec)
	}
	// Exit 3 (an input problem) fails the pod's index without a retry,
	// and the non-root container can write the volume.
	policy := map[int]string{}
	for _, r := range job.Spec.PodFailurePolicy.Rules {
		if r.OnExitCodes != nil && r.OnExitCodes.Operator == "In" {
			for _, v := range r.OnExitCodes.Values {
				policy[v] = r.Action
			}
		}
	}
	if policy[exitInput] != "FailIndex" || policy[exitUsage] != "FailJob" || job.Spec.Template.Spec.SecurityContext.FSGroup == 0 {
		t.Errorf("podFailurePolicy by exit code %v, fsGroup %d", policy, job.Spec.Template.Spec.SecurityContext.FSGroup)
	}
	c := job.Spec.Template.Spec.Containers[0]
	args := strings.Join(c.Args, " ")
	if !strings.HasSuffix(strings.Join(c.Command, " "), "noticelint") || !strings.Contains(args, fmt.Sprintf("--shard $(JOB_COMPLETION_INDEX)/%d", n)) {
		t.Fatalf("the pod runs %v %s", c.Command, args)
	}
	web := testweb.Serve(t, 40, 0)
	dirs := map[string]string{}
	for _, m := range c.VolumeMounts {
		dirs[m.MountPath] = t.TempDir()
	}
	sites := ""
	for mount, dir := range dirs {
		if strings.Contains(args, mount+"/sites.txt") {
			testfiles.Write(t, filepath.Join(dir, "sites.txt"), web.Input()+"not a site\n")
			sites = dir
		}
	}
	if sites == "" {
		t.Fatalf("the pod reads no sites.txt from a volume: %s", args)
	}
	badPods := 0
	for i := range n {
		var podArgs []string
		for _, a := range c.Args {
			a = strings.ReplaceAll(a, "$(JOB_COMPLETION_INDEX)", strconv.Itoa(i))
			for mount, dir := range dirs {
				if strings.HasPrefix(a, mount+"/") {
					a = dir + strings.TrimPrefix(a, mount)
				}
			}
			podArgs = append(podArgs, a)
		}
		_, stderr, code := cli(t, "", append(podArgs, "--allow-private", "-q")...)
		switch {
		case code == exitInput && strings.Contains(stderr, `"not a site": not a domain or URL`):
			badPods++
		case code != exitClean:
			t.Fatalf("pod %d: exit %d\n%s", i, code, stderr)
		}
	}
	if badPods != 1 {
		t.Errorf("%d pods report the bad input line, want exactly 1", badPods)
	}
	seen := map[string]int{}
	for _, dir := range dirs {
		files, _ := filepath.Glob(filepath.Join(dir, "*.jsonl"))
		if len(files) > 0 && len(files) != n {
			t.Errorf("%d results files, want one a pod: %v", len(files), files)
		}
		for _, f := range files {
			for s := range crawlResults(t, f) {
				seen[s]++
			}
		}
	}
	for _, s := range web.Sites {
		if seen[s] != 1 {
			t.Errorf("%s is in %d results files", s, seen[s])
		}
	}
}

// checkCollectCommands holds the kubectl commands in the manifest's
// comments to these: the command whose standard output becomes the results
// file writes nothing else (kubectl run --rm -i adds 'pod "collect"
// deleted': kubernetes#73266); and the volume every pod writes at once is
// ReadWriteMany, and the comments say why.
func checkCollectCommands(t *testing.T, manifest string) {
	t.Helper()
	// A command starts with kubectl; the comment lines indented deeper
	// below it continue it (after a backslash, or inside a quoted
	// argument).
	var commands []string
	indent := -1
	for _, line := range strings.Split(manifest, "\n") {
		raw, ok := strings.CutPrefix(strings.TrimSpace(line), "#")
		c := strings.TrimSpace(raw)
		depth := len(raw) - len(strings.TrimLeft(raw, " "))
		switch {
		case !ok || c == "":
			indent = -1
		case strings.HasPrefix(c, "kubectl "):
			commands, indent = append(commands, c), depth
		case indent >= 0 && depth > indent:
			commands[len(commands)-1] += " " + c
		default:
			indent = -1
		}
	}
	toFile := 0
	for _, c := range commands {
		if !strings.Contains(c, "> results.jsonl") {
			continue
		}
		toFile++
		if strings.HasPrefix(c, "kubectl run") && strings.Contains(c, "--rm") {
			t.Errorf("the results file gets kubectl run --rm's own output (pod deleted): %s", c)
		}
		if !strings.HasPrefix(c, "kubectl exec ") {
			t.Errorf("the results come from %q, not kubectl exec, whose output is only the command's", c)
		}
	}
	if toFile != 1 {
		t.Errorf("%d commands write results.jsonl, want 1, in %q", toFile, commands)
	}
	if !strings.Contains(manifest, "accessModes: [ReadWriteMany]") || !strings.Contains(manifest, "needs ReadWriteMany") {
		t.Error("the results volume is not ReadWriteMany, or the manifest does not say it must be")
	}
}

// TestSparkExample runs the command that docs/spark/lint_notices.py pipes
// each partition through, on lines as Python's json.dumps writes them: one
// output line per input line, in order.
func TestSparkExample(t *testing.T) {
	m := regexp.MustCompile(`(?m)^NOTICELINT = "([^"]+)"$`).FindStringSubmatch(readFile(t, repoFile(t, "docs/spark/lint_notices.py")))
	if m == nil {
		t.Fatal("no NOTICELINT command in docs/spark/lint_notices.py")
	}
	words := strings.Fields(m[1])
	if words[0] != "noticelint" {
		t.Fatalf("the command is %s", m[1])
	}
	notice := readFile(t, repoFile(t, "testdata/examples/privacy-notice.txt"))
	var in strings.Builder
	for i := range 5 {
		b, _ := json.Marshal(notice)
		fmt.Fprintf(&in, "{\"url\": \"https://s%d.example/privacy\", \"content\": %s}\n", i, b)
	}
	stdout, stderr, code := cli(t, in.String(), append(words[1:], asOf)...)
	if code != exitClean {
		t.Errorf("exit %d: a task with findings would fail\n%s", code, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if len(lines) != 5 {
		t.Fatalf("%d output lines for 5 input lines", len(lines))
	}
	for i, l := range lines {
		if !strings.HasPrefix(l, fmt.Sprintf(`{"site":"https://s%d.example/privacy","status":"ok"`, i)) {
			t.Errorf("line %d: %.100s", i+1, l)
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
