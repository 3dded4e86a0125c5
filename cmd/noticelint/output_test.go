package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOutputCannotBeWritten: a report file that cannot be created or put
// in place is an I/O error (exit 3, as crawl --out), and the message names
// the file the user gave, not the hidden temporary file; nothing is left
// behind. A directory that does not exist stays a usage error (exit 2).
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
		"a directory is there": {filepath.Join(dir, "taken"), "cannot write", exitInput},
		"no such directory":    {filepath.Join(dir, "no", "such", "x.html"), "no such file or directory", exitUsage},
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
// report file, not the temporary one.
func TestOutputWriteErrorNamesFile(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "x.html")
	out, err := openOutput(dest, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer out.abort()
	_ = out.tmp.Close() // as a full disk or a lost mount would fail it
	_, err = out.Write([]byte("<html>"))
	if err == nil || !strings.HasPrefix(err.Error(), dest+": ") || strings.Contains(err.Error(), ".x.html.") {
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
