package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// Exit codes, stable for CI.
const (
	exitClean    = 0 // no findings at or above --fail-on
	exitFindings = 1 // findings at or above --fail-on
	exitUsage    = 2 // bad flags, arguments or configuration
	exitInput    = 3 // an input could not be read or extracted
)

// exitError carries an exit code up to run; a nil err means nothing more to
// print.
type exitError struct {
	code int
	err  error
	// inFile says the error is in a file (a configuration, a baseline),
	// not on the command line: no hint to read the usage.
	inFile bool
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit %d", e.code)
	}
	return e.err.Error()
}

func usageError(format string, args ...any) error {
	return &exitError{code: exitUsage, err: fmt.Errorf(format, args...)}
}

// streams are the command's standard input and outputs.
type streams struct {
	in       io.Reader
	out, err io.Writer
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// run executes the command line and returns the exit code.
func run(args []string, s streams) int {
	root := NewRootCmd(s)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return exitClean
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil {
			fmt.Fprintf(s.err, "noticelint: %v\n", ee.err)
			if ee.code == exitUsage && !ee.inFile {
				fmt.Fprintf(s.err, "Run 'noticelint --help' for usage.\n")
			}
		}
		return ee.code
	}
	// Errors from cobra itself: unknown commands, flags and arguments.
	fmt.Fprintf(s.err, "noticelint: %v\nRun 'noticelint --help' for usage.\n", err)
	return exitUsage
}
