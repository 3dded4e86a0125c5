package main

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"

	"github.com/noticelint/noticelint/config"
)

// baselineRoot is the folder a baseline's paths are relative to: the
// repository's root, so that a baseline written in one folder matches a
// run from another, or with absolute paths. It is the folder of the
// configuration in use, else the git repository's top level above the
// working directory, else the one above the baseline file, else the
// working directory.
func baselineRoot(cfg *config.Config, file string) string {
	if cfg != nil {
		return cfg.Dir
	}
	wd, err := os.Getwd()
	if err != nil {
		wd = "."
	}
	root := cmp.Or(config.RepoRoot(wd), config.RepoRoot(filepath.Dir(file)), wd)
	if abs, err := filepath.Abs(root); err == nil {
		return abs
	}
	return root
}

// warnBaselineMismatch says on standard error when --baseline holds
// findings but matched none of the run's: nothing was suppressed, and the
// run's findings all look new.
func (ss *session) warnBaselineMismatch(s streams) {
	if ss.base == nil {
		return
	}
	if msg := ss.base.Mismatch(); msg != "" {
		fmt.Fprintf(s.err, "noticelint: warning: --baseline %s\n", msg)
	}
}
