package config

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// Find looks for FileName in dir and then in each parent directory. It
// stops after the repository's root, the first directory holding .git (a
// directory, or the file a worktree or submodule has), and at the
// filesystem root. It returns "" when there is no configuration, and the
// path relative to the working directory when it can.
func Find(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		path := filepath.Join(dir, FileName)
		switch st, err := os.Stat(path); {
		case err == nil && !st.IsDir():
			if wd, err := os.Getwd(); err == nil {
				if rel, err := filepath.Rel(wd, path); err == nil {
					return rel, nil
				}
			}
			return path, nil
		case err == nil:
			return "", errors.New(path + " is a directory")
		case !errors.Is(err, fs.ErrNotExist):
			return "", err
		}
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
			return "", nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// RepoRoot returns the repository's root above dir: the nearest directory,
// dir included, holding .git (a directory, or the file of a worktree or
// submodule); "" when there is none.
func RepoRoot(dir string) string {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}
