package main

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestInterruptRemovesReports: Ctrl-C (SIGINT) or SIGTERM on lint or scan
// writing --output files leaves no file behind, not even the hidden
// temporary one, and exits 130, as crawl does. scan stops through the
// context; lint blocked reading standard input is ended by the watchdog.
func TestInterruptRemovesReports(t *testing.T) {
	bin := buildNoticelint(t)
	hang := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select { // a site that never answers
		case <-r.Context().Done():
		case <-time.After(time.Minute):
		}
	}))
	defer hang.Close()
	for _, tc := range []struct {
		name string
		sig  syscall.Signal
		args []string
	}{
		{"scan SIGINT", syscall.SIGINT, []string{"scan", "--allow-private", "-o", "out.html", "-o", "json=out.json", hang.URL}},
		{"scan SIGTERM", syscall.SIGTERM, []string{"scan", "--allow-private", "-f", "sarif", "-o", "out.sarif", hang.URL}},
		{"lint stdin SIGINT", syscall.SIGINT, []string{"lint", "-o", "out.txt", "-"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			cmd := exec.Command(bin, tc.args...)
			cmd.Dir = dir
			stdin, err := cmd.StdinPipe() // held open: lint - blocks reading it
			if err != nil {
				t.Fatal(err)
			}
			defer stdin.Close()
			var stderr strings.Builder
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			waitFor(t, cmd, func() bool { // the reports' temporary files are open
				m, _ := filepath.Glob(filepath.Join(dir, ".out.*"))
				return len(m) > 0
			})
			time.Sleep(100 * time.Millisecond)
			_ = cmd.Process.Signal(tc.sig)
			start := time.Now()
			err = cmd.Wait()
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != exitInterrupted || !strings.Contains(stderr.String(), "interrupted") {
				t.Errorf("after %v: %v\n%s", tc.sig, err, stderr.String())
			}
			if d := time.Since(start); d > interruptGrace+5*time.Second {
				t.Errorf("took %v to stop", d)
			}
			if left, _ := os.ReadDir(dir); len(left) > 0 {
				t.Errorf("left behind: %v", left)
			}
		})
	}
}

func waitFor(t *testing.T, cmd *exec.Cmd, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if ok() {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	_ = cmd.Process.Kill()
	t.Fatal("timed out")
}
