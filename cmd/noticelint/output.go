package main

import (
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"sync"

	"github.com/noticelint/noticelint/internal/outfile"
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

// output is where a report goes: standard output, or a file written by
// outfile: one that appears only when the report is complete (a failed run
// leaves no half report), or, for a device, a FIFO or /dev/stdout, written
// directly; a link is followed, never replaced.
type output struct {
	io.Writer
	file *outfile.File // nil for standard output
	dest string        // the file name the user gave; "" for standard output
}

// openOutput opens the report file name (standard output for "" or "-").
// Its errors are exit errors naming the file the user gave, never the
// temporary file: whatever keeps it from being created (a missing
// directory, a directory by that name, permissions, a full disk) is an
// I/O error (3), as for crawl --out.
func openOutput(name string, stdout io.Writer) (*output, error) {
	if name == "" || name == "-" {
		return &output{Writer: stdout}, nil
	}
	f, err := outfile.Create(name)
	if err != nil {
		return nil, outputError(err)
	}
	if f.Temp() != "" {
		trackUnfinished(f.Temp(), true)
	}
	return &output{Writer: destWriter{f, name}, file: f, dest: name}, nil
}

// outputError is the exit error of a report file that cannot be created
// or written (exit 3).
func outputError(err error) error {
	return &exitError{code: exitInput, err: fmt.Errorf("--output %w", err)}
}

// destWriter writes a report file; its errors name the report file the
// user gave.
type destWriter struct {
	f    *outfile.File
	dest string
}

func (w destWriter) Write(p []byte) (int, error) {
	n, err := w.f.Write(p)
	if err != nil {
		err = fmt.Errorf("%s: %w", w.dest, err)
	}
	return n, err
}

// commit puts the finished report in place.
func (o *output) commit() error {
	if o.file == nil {
		return nil
	}
	f := o.file
	o.file = nil
	defer trackUnfinished(f.Temp(), false)
	if err := f.Commit(); err != nil {
		return outputError(err)
	}
	return nil
}

// abort removes an uncommitted report.
func (o *output) abort() {
	if o.file != nil {
		o.file.Abort()
		trackUnfinished(o.file.Temp(), false)
		o.file = nil
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
