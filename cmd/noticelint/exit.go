package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"
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
	// Errors from cobra itself: unknown commands, flags and arguments.
	fmt.Fprintf(s.err, "noticelint: %s\n%s", argsError(cmd, err), hint)
	return exitUsage
}

// cobraArgs matches cobra's argument count errors ("accepts 1 arg(s),
// received 0"), which say nothing of what the arguments are; cobraNoArgs
// its error for an argument to a command that takes none.
var (
	cobraArgs   = regexp.MustCompile(`^accepts (at most |between \d+ and )?(\d+) arg\(s\), received (\d+)$`)
	cobraNoArgs = regexp.MustCompile(`^unknown command (".*") for ".*"$`)
	flagsInUse  = regexp.MustCompile(`\s*\[--[^\]]*\]`)
)

// argsError words an argument count error as a sentence naming what cmd
// expects, from its usage line: "report takes one argument
// (RESULTS.jsonl|-), and none was given". Other errors are returned as
// they are.
func argsError(cmd *cobra.Command, err error) string {
	name := strings.TrimPrefix(cmd.CommandPath(), cmd.Root().Name()+" ")
	if m := cobraNoArgs.FindStringSubmatch(err.Error()); m != nil && cmd.HasParent() && !cmd.HasSubCommands() {
		return fmt.Sprintf("%s takes no arguments, not %s", name, m[1])
	}
	m := cobraArgs.FindStringSubmatch(err.Error())
	if m == nil {
		return err.Error()
	}
	want, _ := strconv.Atoi(m[2])
	got, _ := strconv.Atoi(m[3])
	expect := m[1]
	if strings.HasPrefix(expect, "between") {
		expect = strings.Replace(expect, "between", "from", 1)
		expect = strings.Replace(expect, " and ", " to ", 1)
	}
	expect += countWord(want, "argument")
	if _, what, ok := strings.Cut(cmd.Use, " "); ok {
		if what = strings.TrimSpace(flagsInUse.ReplaceAllString(what, "")); what != "" {
			expect += " (" + what + ")"
		}
	}
	if got == 0 {
		return fmt.Sprintf("%s takes %s, and none was given", name, expect)
	}
	return fmt.Sprintf("%s takes %s, not %d", name, expect, got)
}

// countWord writes "no arguments", "one argument", "2 arguments".
func countWord(n int, noun string) string {
	switch n {
	case 0:
		return "no " + noun + "s"
	case 1:
		return "one " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
