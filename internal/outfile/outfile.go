// Package outfile writes a report file without ever destroying what its
// name points at. A regular file, or a name where nothing is yet, is
// written to a hidden temporary file beside it and renamed into place once
// complete, so a failed run leaves no half report. A symbolic link is
// followed and the file it points at is replaced the same way, the link
// kept. A device, a FIFO, or a link only the kernel can follow
// (/dev/stdout, which leads to /proc/self/fd/1) is written directly. A
// directory is an error.
package outfile

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// newMode is the permission of a report file that did not exist.
const newMode = 0o644

// maxLinks is how many symbolic links are followed before giving up, as
// Linux does.
const maxLinks = 40

// bufferSize is the write buffer of a report written to a temporary
// file: a reporter writes each input's results as they come, and a system
// call each (thousands a run) costs more than they are worth when nothing
// can read the report before it is complete.
const bufferSize = 64 << 10

// File is a report being written.
type File struct {
	f    *os.File
	w    io.Writer // f, through a buffer when f is a temporary file
	buf  *bufio.Writer
	name string      // as given
	tmp  string      // the temporary file; "" when written directly
	dest string      // where tmp is renamed to: the file the name points at
	mode fs.FileMode // the permission dest gets
}

// Error is a report file that cannot be created or written.
type Error struct {
	Name string // the name given
	What string // "cannot create", "cannot write", "is a directory"
	Err  error  // the operating system's reason, without paths; nil for "is a directory"
}

func (e *Error) Error() string {
	if e.Err == nil {
		return e.Name + ": " + e.What
	}
	return e.Name + ": " + e.What + ": " + e.Err.Error()
}

func (e *Error) Unwrap() error { return e.Err }

// Create opens the report file name for writing. Stale temporary files of
// the same report, left by a run that was killed, are removed first.
func Create(name string) (*File, error) {
	st, err := os.Stat(name) // follows every link, the kernel's own too
	switch {
	case err == nil && st.IsDir():
		return nil, &Error{Name: name, What: "is a directory"}
	case err == nil && !st.Mode().IsRegular():
		return direct(name)
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return nil, &Error{Name: name, What: "cannot create", Err: reason(err)}
	}
	dest, kernel, err := target(name)
	if err != nil {
		return nil, &Error{Name: name, What: "cannot create", Err: reason(err)}
	}
	if kernel {
		return direct(name)
	}
	mode := fs.FileMode(newMode)
	if st != nil {
		mode = st.Mode().Perm()
	}
	if _, err := os.Stat(filepath.Dir(dest)); err != nil {
		return nil, &Error{Name: name, What: "cannot create", Err: fmt.Errorf("%s: %w", filepath.Dir(dest), reason(err))}
	}
	removeStale(dest)
	tmp, err := createTemp(dest)
	if err != nil {
		return nil, &Error{Name: name, What: "cannot create", Err: reason(err)}
	}
	buf := bufio.NewWriterSize(tmp, bufferSize)
	return &File{f: tmp, w: buf, buf: buf, name: name, tmp: tmp.Name(), dest: dest, mode: mode}, nil
}

// direct opens a device, a FIFO or a kernel link to write to as it is:
// appending, so that a file reached through /dev/stdout keeps what the
// shell put in it. Opening a FIFO waits for its reader.
func direct(name string) (*File, error) {
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return nil, &Error{Name: name, What: "cannot create", Err: reason(err)}
	}
	return &File{f: f, w: f, name: name, dest: name}, nil // its reader sees each write
}

// target follows name's symbolic links by reading them and gives the path
// they lead to, which may not exist (a dangling link: the report is
// created there). kernel is true when a link on the way is one of the
// kernel's (/proc/self/fd/1, where /dev/stdout leads): what it leads to is
// an open file of a process, written through the link, never replaced.
func target(name string) (dest string, kernel bool, err error) {
	p := name
	for range maxLinks {
		st, err := os.Lstat(p)
		if errors.Is(err, fs.ErrNotExist) {
			return p, false, nil
		}
		if err != nil {
			return "", false, err
		}
		if st.Mode()&fs.ModeSymlink == 0 {
			return p, false, nil
		}
		if dir, err := filepath.EvalSymlinks(filepath.Dir(p)); err == nil && isProc(dir) {
			return p, true, nil
		}
		to, err := os.Readlink(p)
		if err != nil {
			return "", false, err
		}
		if !filepath.IsAbs(to) {
			to = filepath.Join(filepath.Dir(p), to)
		}
		p = to
	}
	return "", false, syscall.ELOOP
}

// isProc reports whether an absolute, link-free path is in /proc.
func isProc(path string) bool {
	return path == "/proc" || strings.HasPrefix(path, "/proc/")
}

// tempPrefix is the name of dest's temporary files before their random
// digits: ".NAME.".
func tempPrefix(dest string) string { return "." + filepath.Base(dest) + "." }

// createTemp creates and locks a temporary file beside dest. The lock,
// held until the file is renamed, tells another run's removeStale that
// the file is in use; one removed between its creation and its lock is
// made again.
func createTemp(dest string) (*os.File, error) {
	for {
		f, err := os.CreateTemp(filepath.Dir(dest), tempPrefix(dest)+"*")
		if err != nil {
			return nil, err
		}
		lock(f)
		if linked(f) {
			return f, nil
		}
		_ = f.Close()
	}
}

// removeStale removes the temporary files of dest that no process holds:
// those of a run killed before it could remove them. Where files cannot
// be locked, none is removed.
func removeStale(dest string) {
	dir := filepath.Dir(dest)
	prefix := tempPrefix(dest)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		digits, ok := strings.CutPrefix(e.Name(), prefix)
		if !ok || !e.Type().IsRegular() || !allDigits(digits) {
			continue
		}
		p := filepath.Join(dir, e.Name())
		f, err := os.Open(p)
		if err != nil {
			continue
		}
		if tryLock(f) {
			// Still the file opened, not one renamed into place since.
			if fst, err := f.Stat(); err == nil {
				if pst, err := os.Lstat(p); err == nil && os.SameFile(fst, pst) {
					_ = os.Remove(p)
				}
			}
		}
		_ = f.Close()
	}
}

func allDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// Temp is the temporary file being written, "" when the report is
// written directly.
func (o *File) Temp() string { return o.tmp }

// Write writes to the report; errors name no temporary file.
func (o *File) Write(p []byte) (int, error) {
	if o.f == nil { // committed or aborted: a write would be lost
		return 0, os.ErrClosed
	}
	n, err := o.w.Write(p)
	if err != nil {
		err = reason(err)
	}
	return n, err
}

// Commit puts the finished report in place: the temporary file, synced,
// is renamed over the file the name points at. It is kept locked until
// then.
func (o *File) Commit() error {
	if o.f == nil {
		return nil
	}
	f := o.f
	o.f = nil
	if o.tmp == "" {
		if err := f.Close(); err != nil {
			return &Error{Name: o.name, What: "cannot write", Err: reason(err)}
		}
		return nil
	}
	err := o.buf.Flush()
	if err == nil {
		err = f.Chmod(o.mode)
	}
	if err == nil {
		err = f.Sync()
	}
	if err == nil {
		err = os.Rename(o.tmp, o.dest)
	}
	cerr := f.Close()
	if err == nil {
		err = cerr
	}
	if err != nil {
		_ = os.Remove(o.tmp)
		return &Error{Name: o.name, What: "cannot write", Err: reason(err)}
	}
	return nil
}

// Abort removes an uncommitted report's temporary file.
func (o *File) Abort() {
	if o.f == nil {
		return
	}
	_ = o.f.Close()
	if o.tmp != "" {
		_ = os.Remove(o.tmp)
	}
	o.f = nil
}

// reason is the operating system's reason for a failed file operation,
// without the (temporary) paths it repeats.
func reason(err error) error {
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
