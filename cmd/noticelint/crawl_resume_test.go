package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/noticelint/noticelint/internal/testfiles"
	"github.com/noticelint/noticelint/internal/testweb"
	"github.com/noticelint/noticelint/result"
)

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
