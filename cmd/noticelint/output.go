package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/pprof"
	"sync"
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

func openOutput(name string, stdout io.Writer) (*output, error) {
	if name == "" || name == "-" {
		return &output{Writer: stdout}, nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*")
	if err != nil {
		return nil, fmt.Errorf("--output %s: %w", name, err)
	}
	trackUnfinished(tmp.Name(), true)
	return &output{Writer: tmp, tmp: tmp, dest: name}, nil
}

// commit puts the finished report in place.
func (o *output) commit() error {
	if o.tmp == nil {
		return nil
	}
	tmp := o.tmp
	o.tmp = nil
	defer trackUnfinished(tmp.Name(), false)
	if err := tmp.Close(); err != nil {
		_ = os.Remove(tmp.Name())
		return fmt.Errorf("--output %s: %w", o.dest, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		_ = os.Remove(tmp.Name())
		return fmt.Errorf("--output %s: %w", o.dest, err)
	}
	if err := os.Rename(tmp.Name(), o.dest); err != nil {
		_ = os.Remove(tmp.Name())
		return fmt.Errorf("--output %s: %w", o.dest, err)
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
