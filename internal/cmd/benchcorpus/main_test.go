package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// When BENCHCORPUS_FAKE_LINT is set, the test binary acts as a fake
// noticelint: it checks its arguments, reads the corpus and exits with the
// code in BENCHCORPUS_FAKE_LINT.
func TestMain(m *testing.M) {
	if code := os.Getenv("BENCHCORPUS_FAKE_LINT"); code != "" {
		os.Exit(fakeLint(code))
	}
	os.Exit(m.Run())
}

func fakeLint(code string) int {
	args := os.Args[1:]
	want := []string{"lint", "--format", "json", "--fail-on", "none", "--output"}
	if len(args) != len(want)+2 || strings.Join(args[:len(want)], " ") != strings.Join(want, " ") ||
		args[len(want)] == os.DevNull || !filepath.IsAbs(args[len(want)]) {
		fmt.Fprintf(os.Stderr, "fake noticelint: unexpected arguments %q\n", args)
		return 9
	}
	var kept [][]byte
	err := filepath.WalkDir(args[len(want)+1], func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		kept = append(kept, b)
		return err
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "fake noticelint:", err)
		return 9
	}
	fmt.Fprintf(os.Stderr, "fake noticelint: read %d files\n", len(kept))
	if log := os.Getenv("BENCHCORPUS_FAKE_LOG"); log != "" {
		f, err := os.OpenFile(log, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
		if err != nil {
			return 9
		}
		fmt.Fprintf(f, "read %d files\n", len(kept))
		f.Close()
	}
	n, _ := strconv.Atoi(code)
	return n
}

func runFake(t *testing.T, code string, args ...string) (string, string, error) {
	t.Helper()
	t.Setenv("BENCHCORPUS_FAKE_LINT", code)
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	err = run(append([]string{"-bin", exe}, args...), &stdout, &stderr)
	return stdout.String(), stderr.String(), err
}

func TestRunNormalExitCodes(t *testing.T) {
	for _, code := range []string{"0", "1"} {
		out, errOut, err := runFake(t, code, "-sizes", "4,8", "-runs", "2")
		if err != nil {
			t.Fatalf("exit %s: run: %v\n%s", code, err, errOut)
		}
		for _, want := range []string{"files", "median", "peak RSS", "\n      4 ", "\n      8 ", "files x2.0"} {
			if !strings.Contains(out, want) {
				t.Errorf("exit %s: output lacks %q:\n%s", code, want, out)
			}
		}
	}
}

// TestVs: with -vs both binaries run, in turn, and each size gets its
// ratios.
func TestVs(t *testing.T) {
	t.Setenv("BENCHCORPUS_FAKE_LINT", "1")
	log := filepath.Join(t.TempDir(), "runs")
	t.Setenv("BENCHCORPUS_FAKE_LOG", log)
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if err := run([]string{"-bin", exe, "-vs", exe, "-sizes", "1,3", "-runs", "3", "-warmup", "0"}, &stdout, &stderr); err != nil {
		t.Fatalf("run: %v\n%s", err, stderr.String())
	}
	out := stdout.String()
	for _, want := range []string{"CPU", "baseline (-vs)", "CPU new/old", "\n      1 ", "\n      3 "} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	runs, err := os.ReadFile(log)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(runs), "read 3 files"); n != 6 {
		t.Errorf("the 3-file corpus was linted %d times, want 3 by each binary:\n%s", n, runs)
	}
	if err := run([]string{"-bin", exe, "-vs", filepath.Join(t.TempDir(), "missing")}, &bytes.Buffer{}, &bytes.Buffer{}); err == nil {
		t.Error("missing -vs accepted")
	}
}

func TestMedianRatio(t *testing.T) {
	s := func(v ...int) []time.Duration {
		var out []time.Duration
		for _, x := range v {
			out = append(out, time.Duration(x)*time.Second)
		}
		return out
	}
	if got := medianRatio(s(1, 4, 9), s(2, 2, 3)); got != 2 {
		t.Errorf("medianRatio = %v, want 2 (ratios 0.5, 2, 3)", got)
	}
}

func TestRunLinterFailure(t *testing.T) {
	_, _, err := runFake(t, "3", "-sizes", "2", "-runs", "1")
	if err == nil {
		t.Fatal("run succeeded although the linter exited with 3")
	}
	msg := err.Error()
	for _, want := range []string{"noticelint failed", "exit status 3", "fake noticelint: read 2 files"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error lacks %q: %s", want, msg)
		}
	}
}

func TestKeep(t *testing.T) {
	_, errOut, err := runFake(t, "0", "-sizes", "2", "-runs", "1", "-keep")
	if err != nil {
		t.Fatal(err)
	}
	_, dir, ok := strings.Cut(strings.TrimSpace(errOut[strings.LastIndex(errOut, "kept corpora in "):]), "kept corpora in ")
	if !ok {
		t.Fatalf("no kept directory reported:\n%s", errOut)
	}
	defer os.RemoveAll(dir)
	if _, err := os.Stat(filepath.Join(dir, "corpus-2")); err != nil {
		t.Error(err)
	}
}

func TestGen(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "c")
	if err := run([]string{"-gen", dir, "-sizes", "3,7"}, &bytes.Buffer{}, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	n := 0
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			n++
		}
		return err
	})
	if n != 7 {
		t.Errorf("-gen wrote %d files, want 7", n)
	}
}

func TestBadFlags(t *testing.T) {
	for _, args := range [][]string{
		{"-sizes", "10,x"},
		{"-sizes", "0"},
		{"-runs", "0"},
		{"extra"},
		{"-nosuchflag"},
	} {
		err := run(args, &bytes.Buffer{}, &bytes.Buffer{})
		if !errors.Is(err, errUsage) {
			t.Errorf("%q: err = %v, want usage error", args, err)
		}
	}
	if err := run([]string{"-bin", filepath.Join(t.TempDir(), "missing")}, &bytes.Buffer{}, &bytes.Buffer{}); err == nil {
		t.Error("missing -bin accepted")
	}
}

func TestMedian(t *testing.T) {
	ms := func(v ...int) []time.Duration {
		var out []time.Duration
		for _, x := range v {
			out = append(out, time.Duration(x)*time.Millisecond)
		}
		return out
	}
	if got := median(ms(5, 1, 3)); got != 3*time.Millisecond {
		t.Errorf("median odd = %v", got)
	}
	if got := median(ms(4, 1, 3, 2)); got != 2500*time.Microsecond {
		t.Errorf("median even = %v", got)
	}
}
