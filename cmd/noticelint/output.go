package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/pprof"
	"sync"

	"github.com/noticelint/noticelint/internal/fserr"
)

// unfinished holds the temporary files of the reports being written, for
// an interrupted run to remove when it cannot wait for the command.
var unfinished struct {
	sync.Mutex
	names map[string]bool
}

func trackUnfinished(name string, open bool) {
	unfinished.Lock()
	defer unfinished.Unlock()
	if unfinished.names == nil {
		unfinished.names = map[string]bool{}
	}
	if open {
		unfinished.names[name] = true
	} else {
		delete(unfinished.names, name)
	}
}

// removeUnfinished removes every report file not yet put in place.
func removeUnfinished() {
	unfinished.Lock()
	defer unfinished.Unlock()
	for name := range unfinished.names {
		_ = os.Remove(name)
	}
}

// output is where a report goes: standard output, or a file that appears
// only when the report is complete (a failed run leaves no half report).
type output struct {
	io.Writer
	tmp  *os.File
	dest string
}

// openOutput opens the report file name (standard output for "" or "-").
// Its errors are exit errors naming the file the user gave, never the
// temporary file: a directory that does not exist is a usage error (2),
// anything else the file system refuses (permissions, a read-only file
// system, a full disk) an I/O error (3), as for crawl --out.
func openOutput(name string, stdout io.Writer) (*output, error) {
	if name == "" || name == "-" {
		return &output{Writer: stdout}, nil
	}
	if err := checkDir("--output", name); err != nil {
		return nil, &exitError{code: exitUsage, err: err}
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*")
	if err != nil {
		return nil, outputError(name, "cannot create", err)
	}
	trackUnfinished(tmp.Name(), true)
	return &output{Writer: destWriter{tmp, name}, tmp: tmp, dest: name}, nil
}

// outputError is the exit error of a report file that cannot be created
// or written (exit 3), naming the file the user gave.
func outputError(name, what string, err error) error {
	return &exitError{code: exitInput, err: fmt.Errorf("--output %s: %s: %w", name, what, osReason(err))}
}

// osReason is the operating system's reason for a failed file operation,
// without the (temporary) paths it repeats.
func osReason(err error) error {
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return fserr.Reason(err)
}

// destWriter writes a report's temporary file; its errors name the report
// file the user gave.
type destWriter struct {
	f    *os.File
	dest string
}

func (w destWriter) Write(p []byte) (int, error) {
	n, err := w.f.Write(p)
	if err != nil {
		err = fmt.Errorf("%s: %w", w.dest, osReason(err))
	}
	return n, err
}

// commit puts the finished report in place.
func (o *output) commit() error {
	if o.tmp == nil {
		return nil
	}
	tmp := o.tmp
	o.tmp = nil
	defer trackUnfinished(tmp.Name(), false)
	err := tmp.Close()
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), o.dest)
	}
	if err != nil {
		_ = os.Remove(tmp.Name())
		return outputError(o.dest, "cannot write", err)
	}
	return nil
}

// abort removes an uncommitted report.
func (o *output) abort() {
	if o.tmp != nil {
		_ = o.tmp.Close()
		_ = os.Remove(o.tmp.Name())
		trackUnfinished(o.tmp.Name(), false)
		o.tmp = nil
	}
}

// startCPUProfile profiles the run into path until the returned func is
// called.
func startCPUProfile(path string) (func(), error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		_ = f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		_ = f.Close()
	}, nil
}
