package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// Exit codes, stable for CI.
const (
	exitClean    = 0 // no findings at or above --fail-on
	exitFindings = 1 // findings at or above --fail-on
	exitUsage    = 2 // bad flags, arguments or configuration
	exitInput    = 3 // an input could not be read or extracted
	// exitInterrupted: stopped by Ctrl-C or SIGTERM (128 + SIGINT, as
	// shells report it).
	exitInterrupted = 130
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

// interruptGrace is how long a command has to stop cleanly after Ctrl-C or
// SIGTERM (drop its work, remove its unfinished reports) before run ends
// the process itself; a second signal ends it at once.
var interruptGrace = 5 * time.Second

// run executes the command line and returns the exit code. Ctrl-C and
// SIGTERM cancel the context every command runs under (one handler for
// all): lint and scan remove their unfinished reports and crawl keeps
// --output whole, and the exit code is 130.
func run(args []string, s streams) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	done := make(chan struct{})
	defer close(done)
	go watchInterrupt(ctx, done, s.err)
	return runContext(ctx, args, s)
}

// watchInterrupt ends the process when a command does not stop within
// interruptGrace of an interrupt (one blocked reading standard input, say)
// or on a second signal, removing the unfinished report files first.
func watchInterrupt(ctx context.Context, done <-chan struct{}, stderr io.Writer) {
	select {
	case <-done:
		return
	case <-ctx.Done():
	}
	again := make(chan os.Signal, 1)
	signal.Notify(again, os.Interrupt, syscall.SIGTERM)
	select {
	case <-done:
		signal.Stop(again)
		return
	case <-again:
	case <-time.After(interruptGrace):
	}
	removeUnfinished()
	fmt.Fprintln(stderr, "noticelint: interrupted: no report file written")
	os.Exit(exitInterrupted)
}

// interrupted is the exit error of a command stopped by Ctrl-C or SIGTERM.
func interrupted(what string) error {
	return &exitError{code: exitInterrupted, err: errors.New("interrupted: " + what)}
}

// runContext executes the command line under ctx and returns the exit code.
func runContext(ctx context.Context, args []string, s streams) int {
	root := NewRootCmd(s)
	root.SetArgs(args)
	cmd, err := root.ExecuteContextC(ctx)
	if err == nil {
		return exitClean
	}
	if cmd == nil {
		cmd = root
	}
	// The help to read is the command's own: "noticelint scan --help".
	hint := fmt.Sprintf("Run '%s --help' for usage.\n", cmd.CommandPath())
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil {
			fmt.Fprintf(s.err, "noticelint: %v\n", ee.err)
			if ee.code == exitUsage && !ee.inFile {
				fmt.Fprint(s.err, hint)
			}
		}
		return ee.code
	}
	// Errors from cobra itself: unknown commands and flags.
	fmt.Fprintf(s.err, "noticelint: %v\n%s", err, hint)
	return exitUsage
}
