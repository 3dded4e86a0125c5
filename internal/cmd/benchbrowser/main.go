// Command benchbrowser measures `noticelint scan --browser` and `crawl
// --browser` as processes, on loopback sites that track (internal/trackweb:
// a stand-in for Google Analytics and company sites with and without a
// consent banner). It runs
//
//	noticelint scan --browser ... SITE
//	noticelint crawl --browser --browser-jobs J --input SITES ...
//
// under /usr/bin/time -v, -runs times each, and prints the wall time, the
// CPU time, the peak resident set size of the largest single process
// (what time -v reports: noticelint or one of Chromium's processes), and
// the peak of the whole process tree's proportional set size, sampled every
// 250 ms (noticelint and all of Chromium's processes together, shared pages
// counted once).
//
// Usage:
//
//	go run ./internal/cmd/benchbrowser [-sites 50] [-jobs 2] [-settle 3s] [-runs 3] [-bin PATH]
//	go run ./internal/cmd/benchbrowser -serve -sites 3   # serve them, print the flags, wait
//
// Without -bin it builds ./cmd/noticelint first. scripts/bench-browser.sh
// wraps this command. It needs Chromium and GNU time.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/noticelint/noticelint/internal/trackweb"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "benchbrowser:", err)
		os.Exit(1)
	}
}

func run() error {
	sites := flag.Int("sites", 50, "sites for the crawl")
	jobs := flag.Int("jobs", 2, "--browser-jobs")
	settle := flag.Duration("settle", 3*time.Second, "--browser-settle")
	runs := flag.Int("runs", 3, "runs of each command")
	bin := flag.String("bin", "", "the noticelint to run (default: build ./cmd/noticelint)")
	serve := flag.Bool("serve", false, "only serve the sites: print the flags and sites that reach them, and wait")
	flag.Parse()

	tmp, err := os.MkdirTemp("", "noticelint-benchbrowser-")
	if err != nil {
		return err
	}
	defer func() { _ = os.RemoveAll(tmp) }()
	if *bin == "" {
		*bin = filepath.Join(tmp, "noticelint")
		if out, err := exec.Command("go", "build", "-o", *bin, "./cmd/noticelint").CombinedOutput(); err != nil {
			return fmt.Errorf("go build ./cmd/noticelint: %w\n%s", err, out)
		}
	}
	tr, err := trackweb.StartTracker()
	if err != nil {
		return err
	}
	defer tr.Close()
	flags := []string{"--browser", "--allow-net", "loopback", "--browser-settle", settle.String(),
		"--browser-trust-spki", tr.SPKI, "--browser-resolve", tr.Resolve(), "--no-config"}
	var list []string
	kinds := []trackweb.Banner{trackweb.NoBanner, trackweb.Blocking, trackweb.Leaky}
	for i := range *sites {
		s, err := trackweb.StartSite(fmt.Sprintf("www.yritys%d.example", i+1), tr, kinds[i%len(kinds)], trackweb.Notice(i%2))
		if err != nil {
			return err
		}
		defer s.Close()
		flags = append(flags, "--browser-resolve", s.Resolve())
		list = append(list, s.Home())
	}
	input := filepath.Join(tmp, "sites.txt")
	if err := os.WriteFile(input, []byte(strings.Join(list, "\n")+"\n"), 0o644); err != nil {
		return err
	}
	if *serve {
		fmt.Println(strings.Join(flags, " "))
		fmt.Println(strings.Join(list, " "))
		select {}
	}
	fmt.Printf("settle %s; crawl: %d sites, --browser-jobs %d\n", settle, *sites, *jobs)
	fmt.Printf("%-28s %4s %9s %9s %14s %14s\n", "command", "run", "wall", "CPU", "max RSS (1 p)", "peak tree PSS")
	for i := 1; i <= *runs; i++ {
		scan := append([]string{"scan", "--format", "json", "--output", filepath.Join(tmp, "scan.json")}, flags...)
		if err := measure("scan --browser, 1 site", i, *bin, append(scan, list[0])); err != nil {
			return err
		}
		out := filepath.Join(tmp, fmt.Sprintf("results-%d.jsonl", i))
		crawl := append([]string{"crawl", "-q", "--input", input, "--out", out, "--browser-jobs", strconv.Itoa(*jobs)}, flags...)
		if err := measure(fmt.Sprintf("crawl --browser, %d sites", *sites), i, *bin, crawl); err != nil {
			return err
		}
		if err := checkResults(out, *sites); err != nil {
			return err
		}
	}
	return nil
}

// measure runs bin under GNU time and prints its figures.
func measure(name string, run int, bin string, args []string) error {
	var errOut bytes.Buffer
	cmd := exec.Command("/usr/bin/time", append([]string{"-v", bin}, args...)...)
	cmd.Stdout, cmd.Stderr = &bytes.Buffer{}, &errOut
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("/usr/bin/time: %w", err)
	}
	done := make(chan struct{})
	peak := make(chan int64, 1)
	go func() {
		var top int64
		t := time.NewTicker(250 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				peak <- top
				return
			case <-t.C:
				top = max(top, treePSS(cmd.Process.Pid))
			}
		}
	}()
	err := cmd.Wait()
	close(done)
	tree := <-peak
	if code := cmd.ProcessState.ExitCode(); err != nil && code != 1 {
		return fmt.Errorf("%s: %w\n%s", name, err, errOut.String())
	}
	v := timeV(errOut.String())
	user, _ := strconv.ParseFloat(v["User time (seconds)"], 64)
	sys, _ := strconv.ParseFloat(v["System time (seconds)"], 64)
	rss, _ := strconv.ParseInt(v["Maximum resident set size (kbytes)"], 10, 64)
	fmt.Printf("%-28s %4d %9s %8.1fs %11d MiB %11d MiB\n", name, run, v["Elapsed (wall clock) time (h:mm:ss or m:ss)"], user+sys, rss/1024, tree/1024/1024)
	return nil
}

// timeV reads GNU time -v's report.
func timeV(s string) map[string]string {
	m := map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		i := strings.LastIndex(line, ": ")
		if i > 0 {
			m[line[:i]] = line[i+2:]
		}
	}
	return m
}

// treePSS is the proportional set size of pid and all its descendants, in
// bytes: each page shared by n processes counted 1/n to each, so the sum
// is the memory the tree holds (a sum of resident sizes would count
// Chromium's shared pages once a process).
func treePSS(pid int) int64 {
	children := map[int][]int{}
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		p, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		data, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if err != nil {
			continue
		}
		// pid (comm) state ppid ...
		f := strings.Fields(string(data[bytes.LastIndexByte(data, ')')+2:]))
		if len(f) < 2 {
			continue
		}
		ppid, _ := strconv.Atoi(f[1])
		children[ppid] = append(children[ppid], p)
	}
	var total int64
	var walk func(int)
	walk = func(p int) {
		total += pss(p)
		for _, c := range children[p] {
			walk(c)
		}
	}
	walk(pid)
	return total
}

// pss is a process's proportional set size in bytes, 0 when unknown.
func pss(pid int) int64 {
	data, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "smaps_rollup"))
	if err != nil {
		return 0
	}
	for line := range strings.SplitSeq(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "Pss:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}

// checkResults checks that the crawl visited every site in the browser.
func checkResults(path string, n int) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	lines := strings.Count(string(data), "\n")
	visited := strings.Count(string(data), `"browser":{`)
	failed := strings.Count(string(data), `"browser":{"error"`) + strings.Count(string(data), `,"error":"`)
	if lines != n || visited != n || failed > 0 {
		return fmt.Errorf("%s: %d lines, %d visited in the browser, %d with an error; want %d visited, none failed", path, lines, visited, failed, n)
	}
	return nil
}
