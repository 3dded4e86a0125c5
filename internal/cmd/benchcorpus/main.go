// Command benchcorpus benchmarks noticelint on generated corpora of privacy
// notices (see internal/gen).
//
// For each corpus size it writes Generate(size, seed) into a temporary
// directory, runs
//
//	noticelint lint --format json --fail-on none --output FILE DIR
//
// once as a warm-up and then -runs times, and prints a table of files, MB,
// wall time (median and min), CPU time (user + system, median) and peak
// resident set size, so a reader sees whether time and memory grow with the
// number of files. With -vs OLD, the binary OLD runs too, in turn with the
// new one (new, old, new, old, ...: a drift of the machine's speed hits both
// alike), and each size gets the median of the pairs' CPU ratios new/old. A
// size of 1 is one notice in a new process: start-up. The report goes to a
// file in the temporary directory, never to /dev/null, which binaries before
// issue 13 replaced with their report when run as root. Exit codes 0 and 1
// (findings) of the linter are normal; anything else stops the benchmark
// with a non-zero exit status.
//
// Usage:
//
//	go run ./internal/cmd/benchcorpus [-runs 5] [-sizes 500,1000,2000] [-bin PATH] [-vs OLD] [-keep] [-seed 1]
//	go run ./internal/cmd/benchcorpus -gen DIR [-sizes 2000] [-seed 1]
//
// Without -bin it builds ./cmd/noticelint with "go build -o" into the
// temporary directory first. scripts/bench.sh wraps this command.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/noticelint/noticelint/internal/gen"
)

func main() {
	err := run(os.Args[1:], os.Stdout, os.Stderr)
	switch {
	case err == nil:
	case errors.Is(err, flag.ErrHelp):
	case errors.Is(err, errUsage):
		os.Exit(2)
	default:
		fmt.Fprintln(os.Stderr, "benchcorpus:", err)
		os.Exit(1)
	}
}

var errUsage = errors.New("usage")

type config struct {
	runs   int
	warmup int
	sizes  []int
	bin    string
	vs     string
	keep   bool
	seed   int64
	gen    string
}

type result struct {
	files  int
	bytes  int64
	walls  []time.Duration
	cpus   []time.Duration // user + system
	rssKiB []int64         // -1 where unknown
}

// add records one run.
func (r *result) add(m measure) {
	r.walls = append(r.walls, m.wall)
	r.cpus = append(r.cpus, m.cpu)
	r.rssKiB = append(r.rssKiB, m.rssKiB)
}

func run(args []string, stdout, stderr io.Writer) error {
	cfg, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}

	if cfg.gen != "" {
		n := slices.Max(cfg.sizes)
		if err := gen.WriteDir(cfg.gen, gen.Generate(n, cfg.seed)); err != nil {
			return err
		}
		fmt.Fprintf(stderr, "wrote %d notices to %s\n", n, cfg.gen)
		return nil
	}

	work, err := os.MkdirTemp("", "noticelint-bench-")
	if err != nil {
		return err
	}
	if cfg.keep {
		defer fmt.Fprintf(stderr, "kept corpora in %s\n", work)
	} else {
		defer os.RemoveAll(work)
	}

	bin := cfg.bin
	if bin == "" {
		if bin, err = buildLinter(work, stderr); err != nil {
			return err
		}
	} else if bin, err = resolveBinary(bin); err != nil {
		return err
	}
	old := cfg.vs
	if old != "" {
		if old, err = resolveBinary(old); err != nil {
			return err
		}
	}
	report := filepath.Join(work, "report.json")

	var results, olds []result
	for _, size := range cfg.sizes {
		dir := filepath.Join(work, fmt.Sprintf("corpus-%d", size))
		notices := gen.Generate(size, cfg.seed)
		if err := gen.WriteDir(dir, notices); err != nil {
			return fmt.Errorf("writing corpus: %w", err)
		}
		res := result{files: len(notices)}
		for _, n := range notices {
			res.bytes += int64(len(n.Content))
		}
		forgetPeakRSS() // notices is dead: its memory goes back
		base := result{files: res.files, bytes: res.bytes}
		fmt.Fprintf(stderr, "corpus of %d files (%.2f MB): %d warm-up + %d runs\n",
			res.files, float64(res.bytes)/1e6, cfg.warmup, cfg.runs)
		for i := range cfg.warmup + cfg.runs {
			m, err := lintOnce(bin, dir, report)
			if err != nil {
				return err
			}
			if i >= cfg.warmup {
				res.add(m)
			}
			if old == "" {
				continue
			}
			if m, err = lintOnce(old, dir, report); err != nil {
				return err
			}
			if i >= cfg.warmup {
				base.add(m)
			}
		}
		results, olds = append(results, res), append(olds, base)
	}

	fmt.Fprintf(stdout, "noticelint lint --format json --fail-on none: %d runs per corpus after %d warm-up, seed %d\n",
		cfg.runs, cfg.warmup, cfg.seed)
	fmt.Fprintf(stdout, "binary: %s\n\n", bin)
	printTable(stdout, results)
	if old != "" {
		fmt.Fprintf(stdout, "\nbaseline (-vs), run in turn with the binary: %s\n\n", old)
		printTable(stdout, olds)
		fmt.Fprintln(stdout)
		printRatios(stdout, results, olds)
	}
	return nil
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	var cfg config
	fs := flag.NewFlagSet("benchcorpus", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.IntVar(&cfg.runs, "runs", 5, "timed runs per corpus size")
	fs.IntVar(&cfg.warmup, "warmup", 1, "untimed warm-up runs per corpus size")
	sizes := fs.String("sizes", "500,1000,2000", "comma-separated corpus sizes (number of notices)")
	fs.StringVar(&cfg.bin, "bin", "", "prebuilt noticelint binary (default: go build ./cmd/noticelint)")
	fs.StringVar(&cfg.vs, "vs", "", "a second (older) binary to run in turn with the first and compare CPU against")
	fs.BoolVar(&cfg.keep, "keep", false, "keep the temporary corpus directory and print its path")
	fs.Int64Var(&cfg.seed, "seed", 1, "corpus seed")
	fs.StringVar(&cfg.gen, "gen", "", "only write a corpus of the largest -sizes into `DIR` and exit")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: benchcorpus [-runs N] [-sizes 500,1000,2000] [-bin PATH] [-vs OLD] [-keep] [-seed N]")
		fmt.Fprintln(stderr, "       benchcorpus -gen DIR [-sizes N] [-seed N]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return cfg, err
		}
		return cfg, errUsage
	}
	fail := func(format string, a ...any) (config, error) {
		fmt.Fprintf(stderr, "benchcorpus: "+format+"\n", a...)
		fs.Usage()
		return cfg, errUsage
	}
	if fs.NArg() > 0 {
		return fail("unexpected arguments: %s", strings.Join(fs.Args(), " "))
	}
	if cfg.runs < 1 {
		return fail("-runs must be at least 1")
	}
	if cfg.warmup < 0 {
		return fail("-warmup must not be negative")
	}
	for _, s := range strings.Split(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 1 {
			return fail("bad -sizes entry %q: want positive integers separated by commas", s)
		}
		cfg.sizes = append(cfg.sizes, n)
	}
	return cfg, nil
}

// buildLinter builds ./cmd/noticelint of the enclosing module into dir.
func buildLinter(dir string, stderr io.Writer) (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	gomod := strings.TrimSpace(string(out))
	if err != nil || gomod == "" || gomod == os.DevNull {
		return "", fmt.Errorf("cannot find the noticelint module (go env GOMOD: %q, %w); run from the repository or pass -bin", gomod, err)
	}
	bin := filepath.Join(dir, "noticelint")
	fmt.Fprintln(stderr, "building ./cmd/noticelint")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/noticelint")
	cmd.Dir = filepath.Dir(gomod)
	cmd.Stdout = stderr
	cmd.Stderr = stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("go build ./cmd/noticelint failed: %w", err)
	}
	return bin, nil
}

func resolveBinary(bin string) (string, error) {
	if !strings.ContainsRune(bin, filepath.Separator) && !strings.ContainsRune(bin, '/') {
		p, err := exec.LookPath(bin)
		if err != nil {
			return "", fmt.Errorf("-bin %s: %w", bin, err)
		}
		bin = p
	}
	abs, err := filepath.Abs(bin)
	if err != nil {
		return "", err
	}
	fi, err := os.Stat(abs)
	if err != nil {
		return "", fmt.Errorf("-bin: %w", err)
	}
	if fi.IsDir() || fi.Mode()&0o111 == 0 {
		return "", fmt.Errorf("-bin %s is not an executable file", abs)
	}
	return abs, nil
}

// measure is one run's wall time, CPU time (user + system) and peak RSS in
// KiB (-1 if the platform does not report it).
type measure struct {
	wall, cpu time.Duration
	rssKiB    int64
}

// lintOnce runs the linter once on dir, its report written to report.
func lintOnce(bin, dir, report string) (measure, error) {
	cmd := exec.Command(bin, "lint", "--format", "json", "--fail-on", "none", "--output", report, dir)
	var out tailBuffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 1 {
			// 0 is clean, 1 means findings; anything else is a failure
			msg := fmt.Sprintf("noticelint failed on %s: %v", dir, err)
			if tail := strings.TrimSpace(out.String()); tail != "" {
				msg += "\noutput (last lines):\n" + tail
			}
			return measure{}, errors.New(msg)
		}
	}
	ps := cmd.ProcessState
	return measure{wall: wall, cpu: ps.UserTime() + ps.SystemTime(), rssKiB: maxRSSKiB(ps)}, nil
}

// tailBuffer keeps the last 4 KiB written to it.
type tailBuffer struct{ b []byte }

const tailMax = 4 << 10

func (t *tailBuffer) Write(p []byte) (int, error) {
	t.b = append(t.b, p...)
	if len(t.b) > tailMax {
		t.b = append(t.b[:0], t.b[len(t.b)-tailMax:]...)
	}
	return len(p), nil
}

func (t *tailBuffer) String() string { return string(t.b) }

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

func fmtDur(d time.Duration) string {
	return strconv.FormatFloat(d.Seconds(), 'f', 3, 64) + "s"
}

func fmtMiB(kib int64) string {
	if kib < 0 {
		return "n/a"
	}
	return strconv.FormatFloat(float64(kib)/1024, 'f', 1, 64) + " MiB"
}

func printTable(w io.Writer, results []result) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%7s %8s %10s %10s %9s %10s %12s %12s\n", "files", "MB", "median", "min", "MB/s", "CPU", "peak RSS", "RSS/file")
	for _, r := range results {
		med := median(r.walls)
		mb := float64(r.bytes) / 1e6
		peak := slices.Max(r.rssKiB)
		perFile := "n/a"
		if peak >= 0 {
			perFile = strconv.FormatFloat(float64(peak)/float64(r.files), 'f', 1, 64) + " KiB"
		}
		fmt.Fprintf(&b, "%7d %8.2f %10s %10s %9.1f %10s %12s %12s\n",
			r.files, mb, fmtDur(med), fmtDur(slices.Min(r.walls)), mb/med.Seconds(), fmtDur(median(r.cpus)), fmtMiB(peak), perFile)
	}
	if len(results) > 1 {
		first, last := results[0], results[len(results)-1]
		p0, p1 := slices.Max(first.rssKiB), slices.Max(last.rssKiB)
		fmt.Fprintf(&b, "\nfiles x%.1f: median time x%.2f",
			float64(last.files)/float64(first.files),
			median(last.walls).Seconds()/median(first.walls).Seconds())
		if p0 > 0 && p1 >= 0 {
			fmt.Fprintf(&b, ", peak RSS x%.2f", float64(p1)/float64(p0))
		}
		b.WriteString("\n")
	}
	_, _ = w.Write(b.Bytes())
}

// printRatios prints, for each size, the median of the runs' CPU ratios
// new/old, pair by pair, and the ratio of the medians of peak RSS.
func printRatios(w io.Writer, news, olds []result) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%7s %14s %14s %14s\n", "files", "CPU new/old", "wall new/old", "RSS new/old")
	for i, n := range news {
		o := olds[i]
		fmt.Fprintf(&b, "%7d %14.3f %14.3f %14.3f\n", n.files,
			medianRatio(n.cpus, o.cpus), medianRatio(n.walls, o.walls),
			float64(slices.Max(n.rssKiB))/float64(max(1, slices.Max(o.rssKiB))))
	}
	_, _ = w.Write(b.Bytes())
}

// medianRatio is the median of a[i]/b[i].
func medianRatio(a, b []time.Duration) float64 {
	r := make([]float64, len(a))
	for i := range a {
		r[i] = a[i].Seconds() / max(b[i].Seconds(), 1e-9)
	}
	slices.Sort(r)
	n := len(r)
	if n%2 == 1 {
		return r[n/2]
	}
	return (r[n/2-1] + r[n/2]) / 2
}
