package fserr

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReason(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing.txt")
	_, err := os.ReadFile(missing)
	got := Reason(err)
	if strings.Contains(got.Error(), missing) || !errors.Is(got, fs.ErrNotExist) {
		t.Errorf("Reason(%v) = %v", err, got)
	}
	other := errors.New("not a path error")
	if got := Reason(other); !errors.Is(got, other) || got.Error() != other.Error() {
		t.Errorf("Reason changed an error without a path")
	}
}
