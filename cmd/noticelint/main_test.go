package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/noticelint/noticelint/internal/browser"
)

// TestMain lets a test run the command as a real process: with
// NOTICELINT_RUN_MAIN=1 the test binary is noticelint. It says once which
// browser tests were skipped for want of Chromium.
func TestMain(m *testing.M) {
	if os.Getenv("NOTICELINT_RUN_MAIN") == "1" {
		main()
	}
	os.Exit(browser.Main(m))
}

// cli runs the command in-process.
func cli(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, streams{in: strings.NewReader(stdin), out: &out, err: &errOut})
	return out.String(), errOut.String(), code
}

const asOf = "--as-of=2026-11-22"

func TestExitCodes(t *testing.T) {
	clean := "../../testdata/notices/fi-modern-clean.txt"
	stale := "../../testdata/examples/privacy-notice.txt" // one warning
	bad := "../../testdata/examples/tietosuojaseloste.txt"
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"clean", []string{"lint", asOf, clean}, exitClean},
		{"warning below fail-on", []string{"lint", asOf, stale}, exitClean},
		{"warning at fail-on", []string{"lint", asOf, "--fail-on", "warning", stale}, exitFindings},
		{"errors", []string{"lint", asOf, bad}, exitFindings},
		{"fail-on none", []string{"lint", asOf, "--fail-on", "none", bad}, exitClean},
		{"missing file", []string{"lint", asOf, "no/such/notice.txt", clean}, exitInput},
		{"unknown flag", []string{"lint", "--bogus"}, exitUsage},
		{"bad format", []string{"lint", "--format", "xml", clean}, exitUsage},
		{"bad fail-on", []string{"lint", "--fail-on", "fatal", clean}, exitUsage},
		{"bad lang", []string{"lint", "--lang", "de", clean}, exitUsage},
		{"bad max-age", []string{"lint", "--max-age", "0", clean}, exitUsage},
		{"bad max-size", []string{"lint", "--max-size", "lots", clean}, exitUsage},
		{"bad as-of", []string{"lint", "--as-of", "22.11.2026", clean}, exitUsage},
		{"unknown command", []string{"frobnicate"}, exitUsage},
		{"explain unknown", []string{"explain", "no-such-rule"}, exitUsage},
		{"explain needs one", []string{"explain"}, exitUsage},
		{"stdin twice", []string{"lint", "-", "-"}, exitUsage},
		{"config without subcommand", []string{"config"}, exitUsage},
		{"config unknown subcommand", []string{"config", "check"}, exitUsage},
		{"init too many", []string{"init", "a.yml", "b.yml"}, exitUsage},
		{"bad sarif-suppressed", []string{"lint", "--sarif-suppressed", "hide", clean}, exitUsage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := cli(t, "", tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.code, out, errOut)
			}
			if tt.code == exitUsage && !strings.Contains(errOut, "noticelint") {
				t.Errorf("usage error without a message: %q", errOut)
			}
		})
	}
}

// TestBadInputs: a directory holding a binary file, an empty file, invalid
// UTF-8, a file nobody may read and a good notice gives a clear error for
// each bad file, exit 3, and the good notice's findings.
func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	good, err := os.ReadFile("../../testdata/examples/tietosuojaseloste.txt")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"binary.txt":  {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xFF, 0xD8},
		"empty.txt":   nil,
		"invalid.txt": []byte("Tietosuojaseloste\nRekisterinpitäjä \xc3\x28 Esimerkki Oy\n"),
		"locked.txt":  []byte("Tietosuojaseloste\n"),
		"good.txt":    good,
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Chmod(filepath.Join(dir, "locked.txt"), 0); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := runAsUnprivileged(t, dir, "lint", asOf, "--format", "json", dir)
	if code != exitInput {
		t.Fatalf("exit %d, want %d\nstderr:\n%s", code, exitInput, errOut)
	}
	var rep struct {
		Files []struct {
			Path     string  `json:"path"`
			Error    *string `json:"error"`
			Findings []struct {
				Rule string `json:"rule"`
			} `json:"findings"`
		} `json:"files"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("report is not JSON: %v\n%s", err, out)
	}
	wantErr := map[string]string{
		"binary.txt":  "binary file (NUL byte at offset 4)",
		"empty.txt":   "empty file",
		"invalid.txt": "invalid UTF-8 at line 2, column 18",
		"locked.txt":  "cannot read: permission denied",
	}
	for _, f := range rep.Files {
		name := filepath.Base(f.Path)
		want, bad := wantErr[name]
		switch {
		case bad && (f.Error == nil || !strings.Contains(*f.Error, want)):
			t.Errorf("%s: error %v, want one containing %q", name, deref(f.Error), want)
		case bad && !strings.Contains(errOut, f.Path+": "+want):
			t.Errorf("%s: stderr does not name the file and reason:\n%s", name, errOut)
		case !bad && f.Error != nil:
			t.Errorf("%s: unexpected error %q", name, *f.Error)
		case !bad && len(f.Findings) < 3:
			t.Errorf("%s: %d findings, want the good notice's (at least 3)", name, len(f.Findings))
		}
		delete(wantErr, name)
	}
	if len(rep.Files) != len(files) {
		t.Errorf("report has %d files, want %d", len(rep.Files), len(files))
	}
}

func deref(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}

// runAsUnprivileged runs noticelint as its own process. As root, which reads
// any file whatever its mode, it runs as the user nobody, so that a
// 0-permission file is unreadable as it is for an ordinary user.
func runAsUnprivileged(t *testing.T, dir string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin := self
	cmd := exec.Command(bin, args...)
	if os.Geteuid() == 0 {
		// nobody must reach the binary and the files.
		binDir := t.TempDir()
		bin = filepath.Join(binDir, "noticelint")
		copyFile(t, self, bin, 0o755)
		for _, d := range []string{binDir, filepath.Dir(binDir), dir, filepath.Dir(dir)} {
			if err := os.Chmod(d, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		cmd = exec.Command(bin, args...)
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	}
	cmd.Env = append(os.Environ(), "NOTICELINT_RUN_MAIN=1")
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err = cmd.Run()
	code = 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errOut.String(), code
}

func copyFile(t *testing.T, from, to string, mode os.FileMode) {
	t.Helper()
	src, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	dst, err := os.OpenFile(to, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, mode)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		t.Fatal(err)
	}
	if err := dst.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestUsageErrorsPointAtCommandHelp: a usage error names the help of the
// command that was run, and a wrong number of arguments is a sentence
// saying what the command expects (never cobra's "accepts 1 arg(s),
// received 0").
func TestUsageErrorsPointAtCommandHelp(t *testing.T) {
	for _, tc := range []struct {
		args       []string
		want, help string
	}{
		{[]string{"report"}, "report takes one argument (RESULTS.jsonl|-), and none was given", "noticelint report"},
		{[]string{"report", "a.jsonl", "b.jsonl"}, "report takes one argument (RESULTS.jsonl|-), not 2", "noticelint report"},
		{[]string{"crawl", "a.txt", "b.txt"}, "crawl takes at most one argument (SITES), not 2", "noticelint crawl"},
		{[]string{"explain"}, "explain takes one argument (RULE), and none was given", "noticelint explain"},
		{[]string{"config", "verify", "a.yml", "b.yml"}, "config verify takes at most one argument ([FILE]), not 2", "noticelint config verify"},
		{[]string{"rules", "extra"}, `rules takes no arguments, not "extra"`, "noticelint rules"},
		{[]string{"version", "1"}, `version takes no arguments, not "1"`, "noticelint version"},
		{[]string{"scan"}, "name at least one site", "noticelint scan"},
		{[]string{"lint", "--bogus"}, "unknown flag: --bogus", "noticelint lint"},
		{[]string{"scan", "--jobs", "0", "a.example"}, "--jobs 0", "noticelint scan"},
		{[]string{"bogus"}, `unknown command "bogus"`, "noticelint"},
	} {
		_, stderr, code := cli(t, "", tc.args...)
		if code != exitUsage || !strings.Contains(stderr, tc.want) || !strings.Contains(stderr, "Run '"+tc.help+" --help' for usage.") || strings.Contains(stderr, "arg(s)") {
			t.Errorf("%v: exit %d:\n%s", tc.args, code, stderr)
		}
	}
}
