package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestOutputCannotBeWritten: a report file that cannot be created or put
// in place is an I/O error (exit 3, as crawl --out), a directory that does
// not exist included, and the message names the file the user gave, not
// the hidden temporary file; nothing is left behind.
func TestOutputCannotBeWritten(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "taken"), 0o755); err != nil {
		t.Fatal(err)
	}
	readOnly := filepath.Join(dir, "ro")
	if err := os.Mkdir(readOnly, 0o555); err != nil {
		t.Fatal(err)
	}
	notice := "../../testdata/examples/tietosuojaseloste.txt"
	cases := map[string]struct {
		dest, reason string
		code         int
	}{
		"name too long":        {filepath.Join(dir, strings.Repeat("x", 300)+".html"), "cannot create", exitInput},
		"a directory is there": {filepath.Join(dir, "taken"), "is a directory", exitInput},
		// as --output sarif=/nonexistent/x.sarif: exit 3 like any report
		// file that cannot be created, no longer 2
		"no such directory": {filepath.Join(dir, "no", "such", "x.html"), "no such file or directory", exitInput},
	}
	if os.Geteuid() != 0 { // root writes anywhere
		cases["read-only directory"] = struct {
			dest, reason string
			code         int
		}{filepath.Join(readOnly, "x.html"), "cannot create: permission denied", exitInput}
	}
	for name, tc := range cases {
		for _, args := range [][]string{
			{"lint", asOf, "-f", "html", "-o", tc.dest, notice},
			{"lint", asOf, "-o", "sarif=" + tc.dest, notice},
			{"report", crawlFixture, "-o", tc.dest},
			{"lint", "--jsonl", "-", "-o", tc.dest},
		} {
			t.Run(name+"/"+args[0], func(t *testing.T) {
				_, stderr, code := cli(t, "", args...)
				if code != tc.code || !strings.Contains(stderr, "--output "+tc.dest+": ") || !strings.Contains(stderr, tc.reason) {
					t.Errorf("exit %d, want %d, naming %s (%s):\n%s", code, tc.code, tc.dest, tc.reason, stderr)
				}
				if strings.Contains(stderr, "/."+filepath.Base(tc.dest)+".") {
					t.Errorf("the temporary file is named:\n%s", stderr)
				}
				if code == exitInput && strings.Contains(stderr, "--help") {
					t.Errorf("an I/O error points at the usage:\n%s", stderr)
				}
				entries, _ := os.ReadDir(dir)
				if len(entries) != 2 {
					t.Errorf("left behind: %v", entries)
				}
			})
		}
	}
}

// TestOutputWriteErrorNamesFile: an error writing the report names the
// report file the user gave.
func TestOutputWriteErrorNamesFile(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "x.fifo")
	if err := syscall.Mkfifo(dest, 0o644); err != nil {
		t.Fatal(err)
	}
	reader, err := os.OpenFile(dest, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		t.Fatal(err)
	}
	out, err := openOutput(dest, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer out.abort()
	_ = reader.Close() // the reader goes away: writes fail, as a full disk would
	_, err = out.Write([]byte("<html>"))
	if err == nil || err.Error() != dest+": broken pipe" {
		t.Errorf("write error: %v", err)
	}
}

// TestRemoveUnfinished: what the interrupt watchdog removes are the report
// files not yet put in place, and only those.
func TestRemoveUnfinished(t *testing.T) {
	dir := t.TempDir()
	done, err := openOutput(filepath.Join(dir, "done.json"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := done.commit(); err != nil {
		t.Fatal(err)
	}
	half, err := openOutput(filepath.Join(dir, "half.json"), nil)
	if err != nil {
		t.Fatal(err)
	}
	removeUnfinished()
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 || entries[0].Name() != "done.json" {
		t.Errorf("after removeUnfinished: %v", entries)
	}
	half.abort()
}

// TestOutputSpecialFiles: --output never replaces what its name points
// at: a symbolic link stays a link and the file it points at gets the
// report, a FIFO is written into, a directory is an error (exit 3); each
// for lint, scan's reports (the same code) and report.
func TestOutputSpecialFiles(t *testing.T) {
	notice := "../../testdata/examples/tietosuojaseloste.txt"
	dir := t.TempDir()

	real := filepath.Join(dir, "real.sarif")
	if err := os.WriteFile(real, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.sarif")
	if err := os.Symlink("real.sarif", link); err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := cli(t, "", "lint", asOf, "-o", "sarif="+link, notice); code != exitFindings {
		t.Fatalf("link: exit %d: %s", code, stderr)
	}
	if st, err := os.Lstat(link); err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v", st.Mode())
	}
	if st, _ := os.Stat(real); !strings.Contains(readFile(t, real), `"version": "2.1.0"`) || st.Mode().Perm() != 0o600 {
		t.Errorf("the link's target did not get the report, or lost its mode %v", st.Mode())
	}

	fifo := filepath.Join(dir, "report.fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	keep, err := os.OpenFile(fifo, os.O_RDWR, 0) // a reader: the open does not wait
	if err != nil {
		t.Fatal(err)
	}
	defer keep.Close()
	for _, args := range [][]string{
		{"lint", asOf, "-q", "-o", fifo, notice},
		{"report", crawlFixture, "-o", fifo},
	} {
		_, stderr, code := cli(t, "", args...)
		if code == exitUsage || code == exitInput {
			t.Errorf("%s to a FIFO: exit %d: %s", args[0], code, stderr)
		}
		if st, err := os.Lstat(fifo); err != nil || st.Mode()&os.ModeNamedPipe == 0 {
			t.Fatalf("%s: the FIFO was replaced by %v", args[0], st.Mode())
		}
		_ = keep.SetReadDeadline(time.Now().Add(time.Second))
		buf := make([]byte, 4096)
		n, _ := keep.Read(buf)
		if n == 0 {
			t.Errorf("%s: nothing was written into the FIFO", args[0])
		}
		for n == len(buf) { // drain it for the next command
			n, _ = keep.Read(buf)
		}
	}

	adir := filepath.Join(dir, "adir")
	if err := os.Mkdir(adir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"lint", asOf, "-o", adir, notice},
		{"scan", "-o", "json=" + adir, "esimerkki.example"},
		{"report", crawlFixture, "-o", adir},
	} {
		if _, stderr, code := cli(t, "", args...); code != exitInput || !strings.Contains(stderr, "--output "+adir+": is a directory") {
			t.Errorf("%s to a directory: exit %d: %s", args[0], code, stderr)
		}
	}
}

// TestOutputRemovesStaleTemporaryFiles: the hidden temporary file of a
// run that was killed (SIGKILL: nothing could remove it) is removed by
// the next run writing the same report.
func TestOutputRemovesStaleTemporaryFiles(t *testing.T) {
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "report.txt")
	cmd := exec.Command(self, "lint", "-o", out, "-") // blocks reading standard input
	cmd.Env = append(os.Environ(), "NOTICELINT_RUN_MAIN=1")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	defer stdin.Close()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var left []string
	waitFor(t, cmd, func() bool {
		left, _ = filepath.Glob(filepath.Join(dir, ".report.txt.*"))
		return len(left) > 0
	})
	_ = cmd.Process.Kill()
	_ = cmd.Wait()
	if _, err := os.Stat(left[0]); err != nil {
		t.Fatalf("the killed run's temporary file is gone already: %v", err)
	}
	if _, stderr, code := cli(t, "", "lint", asOf, "-o", out, "../../testdata/examples/tietosuojaseloste.txt"); code != exitFindings {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 || entries[0].Name() != "report.txt" {
		t.Errorf("left in the directory: %v", entries)
	}
}
