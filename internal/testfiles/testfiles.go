// Package testfiles holds the file helpers the packages' tests share.
package testfiles

import (
	"os"
	"path/filepath"
	"testing"
)

// Write writes text to path, making its directories; a failure ends the test.
func Write(t testing.TB, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// AddSeeds adds the files pattern names to a fuzz target's seed corpus; a
// pattern that names none fails, so moved fixtures cannot leave a target
// unseeded.
func AddSeeds(f *testing.F, pattern string) {
	f.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil || len(files) == 0 {
		f.Fatalf("no seed files match %s (%v)", pattern, err)
	}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}
