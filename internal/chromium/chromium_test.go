package chromium

import (
	"os"
	"path/filepath"
	"testing"
)

func TestFind(t *testing.T) {
	dir := t.TempDir()
	exe := filepath.Join(dir, "my-chromium")
	if err := os.WriteFile(exe, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv(Env, exe)
	if got := Find(); got != exe {
		t.Errorf("Find() = %q, want %s", got, exe)
	}
	t.Setenv(Env, filepath.Join(dir, "missing"))
	if got := Find(); got != "" {
		t.Errorf("a missing %s: Find() = %q", Env, got)
	}
	t.Setenv(Env, dir)
	if got := Find(); got != "" {
		t.Errorf("%s naming a directory: Find() = %q", Env, got)
	}
	t.Setenv(Env, "")
	t.Setenv("PATH", dir)
	if err := os.WriteFile(filepath.Join(dir, "chromium"), []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	if got := Find(); got != filepath.Join(dir, "chromium") {
		t.Errorf("on PATH: Find() = %q", got)
	}
}
