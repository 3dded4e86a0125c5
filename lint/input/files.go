// Package input reads what lint lints: the files and directories a user
// names (read within a size limit, a binary file refused from its first
// block), JSON lines, WARC files, and the formats HTTP content types name.
package input

import (
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"

	"github.com/noticelint/noticelint/extract"
	"github.com/noticelint/noticelint/result"
)

// File is one file (or stdin) to lint, or an input that failed before it
// could be read.
type File struct {
	Path  string // as reported
	Name  string // as opened
	Stdin bool
	// Regular is true for a file known to be a regular file (not a FIFO
	// or a device), which Read may then read with fewer system calls.
	Regular bool
	Err     *result.FileError
}

// Files expands the paths a user named: "-" is stdin, a file is linted
// whatever its extension, a directory is walked for files with a supported
// extension (hidden directories and files skipped, symbolic links to
// directories not followed). Paths that do not exist, and directories with
// nothing to lint, come out as inputs with an error. sel, when set, leaves
// out the files it refuses.
func Files(paths []string, sel func(path string, named bool) bool) iter.Seq[File] {
	return func(yield func(File) bool) {
		for _, p := range paths {
			if p == "-" {
				if !yield(File{Path: "-", Stdin: true}) {
					return
				}
				continue
			}
			st, err := os.Stat(p)
			if err != nil {
				if !yield(File{Path: p, Err: &result.FileError{Path: p, Reason: readError(err).Error()}}) {
					return
				}
				continue
			}
			if !st.IsDir() {
				if sel != nil && !sel(p, true) {
					continue
				}
				if !yield(File{Path: p, Name: p, Regular: st.Mode().IsRegular()}) {
					return
				}
				continue
			}
			if !walkDir(p, sel, yield) {
				return
			}
		}
	}
}

// walkDir yields the lintable files under dir in lexical order; it returns
// false when yield asked to stop.
func walkDir(dir string, sel func(string, bool) bool, yield func(File) bool) bool {
	found, left, stopped := 0, 0, false
	emit := func(in File) error {
		found++
		if !yield(in) {
			stopped = true
			return filepath.SkipAll
		}
		return nil
	}
	failed := func(path, reason string) File {
		return File{Path: path, Err: &result.FileError{Path: path, Reason: reason}}
	}
	_ = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if e := emit(failed(path, readError(err).Error())); e != nil || d == nil || !d.IsDir() {
				return e
			}
			return filepath.SkipDir
		}
		name := d.Name()
		if path != dir && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !extract.Supported(name) {
			return nil
		}
		if sel != nil && !sel(path, false) {
			left++
			return nil
		}
		mode := d.Type()
		if mode&fs.ModeSymlink != 0 {
			st, err := os.Stat(path)
			switch {
			case err != nil:
				return emit(failed(path, "broken symbolic link: "+readError(err).Error()))
			case st.IsDir():
				return nil // directories behind links are not followed
			}
			mode = st.Mode().Type()
		}
		if !mode.IsRegular() {
			// A pipe or a device could block the walk; named on the
			// command line it is read.
			return emit(failed(path, "not a regular file ("+mode.String()+"); name it on the command line to read it"))
		}
		return emit(File{Path: path, Name: path, Regular: true})
	})
	if stopped {
		return false
	}
	if found == 0 && left == 0 {
		reason := "no notice files (" + strings.Join(extract.Extensions(), ", ") + ") in this directory"
		return yield(failed(dir, reason))
	}
	return true
}
