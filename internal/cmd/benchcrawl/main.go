// Command benchcrawl benchmarks `noticelint crawl` as a process: it serves
// -sites simulated sites on distinct 127.x.y.z addresses (internal/testweb:
// a home page linking a notice, every response after -latency), runs
//
//	noticelint crawl --input SITES --out RESULTS --allow-private --concurrency N -q
//
// -runs times, and prints the wall time and peak resident set size of
// each run, and whether every site was found with its notice. The target
// of issue 6 is 1,000 sites at 50 ms with concurrency 100 in under 10 s
// and under 300 MB.
//
// Usage:
//
//	go run ./internal/cmd/benchcrawl [-sites 1000] [-latency 50ms] [-concurrency 100] [-runs 3] [-bin PATH]
//
// Without -bin it builds ./cmd/noticelint first. scripts/bench-crawl.sh
// wraps this command.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/noticelint/noticelint/internal/testweb"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "benchcrawl:", err)
		os.Exit(1)
	}
}

func run() error {
	sites := flag.Int("sites", 1000, "simulated sites")
	latency := flag.Duration("latency", 50*time.Millisecond, "latency of every response")
	concurrency := flag.Int("concurrency", 100, "crawl --concurrency")
	runs := flag.Int("runs", 3, "crawls")
	bin := flag.String("bin", "", "the noticelint to run (default: build ./cmd/noticelint)")
	flag.Parse()

	tmp, err := os.MkdirTemp("", "noticelint-benchcrawl-")
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
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim); err == nil {
		fmt.Printf("open files limit: %d (hard %d); %d sites need %d listeners plus 2 descriptors a connection\n",
			lim.Cur, lim.Max, *sites, *sites)
	}
	web, err := testweb.Start(*sites, *latency)
	if err != nil {
		return err
	}
	defer web.Close()
	input := filepath.Join(tmp, "sites.txt")
	if err := os.WriteFile(input, []byte(web.Input()), 0o644); err != nil {
		return err
	}
	fmt.Printf("%d sites, %s a response, concurrency %d\n", *sites, *latency, *concurrency)
	fmt.Printf("%4s %10s %12s %10s %8s\n", "run", "wall", "peak RSS", "sites/s", "notices")
	for i := 1; i <= *runs; i++ {
		out := filepath.Join(tmp, fmt.Sprintf("results-%d.jsonl", i))
		cmd := exec.Command(*bin, "crawl", "--input", input, "--out", out, "--allow-private", "--concurrency", strconv.Itoa(*concurrency), "-q")
		cmd.Stderr = os.Stderr
		start := time.Now()
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("crawl: %w", err)
		}
		wall := time.Since(start)
		rss := int64(-1)
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			rss = int64(ru.Maxrss) //nolint:unconvert // int32 on some platforms
		}
		ok, err := countOK(out)
		if err != nil {
			return err
		}
		fmt.Printf("%4d %9.2fs %9.1f MiB %10.0f %8d\n", i, wall.Seconds(), float64(rss)/1024, float64(*sites)/wall.Seconds(), ok)
		if ok != *sites {
			return fmt.Errorf("run %d: %d of %d sites had their notice found", i, ok, *sites)
		}
	}
	return nil
}

// countOK counts the sites with status ok in a results file.
func countOK(path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer func() { _ = f.Close() }()
	n := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		if strings.Contains(sc.Text(), `"status":"ok"`) {
			n++
		}
	}
	return n, sc.Err()
}
