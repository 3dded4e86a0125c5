package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestPeakRSSIsTheLinters: after forgetPeakRSS, a run's peak RSS is the
// linter's own, not the peak this process reached before (here 256 MiB
// touched and dropped; the fake linter holds a few MiB).
func TestPeakRSSIsTheLinters(t *testing.T) {
	t.Setenv("BENCHCORPUS_FAKE_LINT", "0")
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "n.txt"), []byte("Tietosuojaseloste\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	touch(256 << 20)
	forgetPeakRSS()
	m, err := lintOnce(exe, dir, filepath.Join(dir, "report.json"))
	if err != nil {
		t.Fatal(err)
	}
	if m.rssKiB > 128<<10 {
		t.Errorf("peak RSS %d KiB: the 256 MiB this process touched before was counted", m.rssKiB)
	}
}

// touch makes this process's RSS grow by n bytes for a moment.
func touch(n int) {
	big := make([]byte, n)
	for i := 0; i < len(big); i += 4096 {
		big[i] = 1
	}
}
