package main

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/noticelint/noticelint/lint"
	"github.com/noticelint/noticelint/report"
	"github.com/noticelint/noticelint/rules"
)

type lintFlags struct {
	format    string
	output    string
	failOn    string
	noColor   bool
	lang      string
	maxAge    int
	maxSize   string
	timeout   time.Duration
	quiet     bool
	jobs      int
	stdinName string
	asOf      string
	cpuProf   string
}

func newLintCmd(s streams) *cobra.Command {
	var f lintFlags
	cmd := &cobra.Command{
		Use:   "lint [PATH|-]...",
		Short: "Lint notice files, directories or standard input",
		Long: `Lint privacy notices. Each PATH is a file (linted whatever its extension), a
directory (searched recursively for notice files: .txt, .text, .html, .htm,
.md, .markdown, .pdf, .docx; hidden files and directories are skipped), or -
for standard input. With no PATH, the current directory.

The extension picks the format; a file without a known one (standard input
without --stdin-filename, say) is read as its content shows: PDF, Word, HTML,
else plain text. Web pages are read without their navigation, header, footer
and cookie banner. A notice that cannot be read well enough to judge (a scanned
PDF) gets one extraction-quality finding instead of a finding for every
statement that was not read. HTML and Markdown notices may silence findings
with <!-- noticelint-disable-next-line RULE --> or <!-- noticelint-disable RULE
--> ... <!-- noticelint-enable RULE -->; silenced findings stay in the JSON and
SARIF reports, marked suppressed.

Findings go to standard output (or --output) in the chosen --format; inputs
that cannot be read are reported per file, with the reason, and the other
inputs are still linted.

Formats:
  text   grouped by file: path:line:col severity rule message, the source line
         with the match marked, the section, what to write instead, the law
  json   a stable schema: files[] with findings[] and error, and a summary
  sarif  SARIF 2.1.0 for GitHub code scanning (upload-sarif) and other viewers

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage error,
3 an input could not be read (this wins over 1).`,
		Example: `  noticelint lint notices/
  noticelint lint --format sarif --output noticelint.sarif notices/
  noticelint lint --fail-on warning --max-age 24 tietosuojaseloste.txt tietosuojaseloste.pdf
  curl -s https://example.example/tietosuoja | noticelint lint --stdin-filename tietosuoja.html -`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runLint(cmd.Context(), s, f, args)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&f.format, "format", "f", "text", "report format: "+strings.Join(report.Formats, ", "))
	fl.StringVarP(&f.output, "output", "o", "-", "write the report to FILE (- for standard output)")
	fl.StringVar(&f.failOn, "fail-on", "error", "exit 1 when a finding is at or above this severity: error, warning, note or none")
	fl.BoolVar(&f.noColor, "no-color", false, "no colours in the text report (also NO_COLOR=1; off when not a terminal)")
	fl.StringVar(&f.lang, "lang", "auto", "language of the notices: auto, fi, sv or en")
	fl.IntVar(&f.maxAge, "max-age", rules.DefaultMaxAge, "months after its own date before a notice is stale (stale-notice)")
	fl.StringVar(&f.maxSize, "max-size", "50MiB", "skip, with an error, inputs larger than this (e.g. 10MB, 512KiB)")
	fl.DurationVar(&f.timeout, "timeout", 30*time.Second, "give up on an input after this long (0 for no limit; a PDF still stops after 30s)")
	fl.BoolVarP(&f.quiet, "quiet", "q", false, "print only findings and errors, one line each, no summary")
	fl.IntVarP(&f.jobs, "jobs", "j", 0, "inputs linted at once (default: one per CPU)")
	fl.StringVar(&f.stdinName, "stdin-filename", "", "the name to report for standard input; its extension picks the format (without one, the content does)")
	fl.StringVar(&f.asOf, "as-of", "", "judge notice age as of this date, YYYY-MM-DD (default: today)")
	fl.StringVar(&f.cpuProf, "cpu-profile", "", "write a Go CPU profile of the run to FILE")
	_ = fl.MarkHidden("cpu-profile")
	return cmd
}

func runLint(ctx context.Context, s streams, f lintFlags, args []string) error {
	if !slices.Contains(report.Formats, f.format) {
		return usageError("--format %q: want one of %s", f.format, strings.Join(report.Formats, ", "))
	}
	failOn, err := rules.ParseSeverity(f.failOn)
	if err != nil {
		return usageError("--fail-on: %v", err)
	}
	if !slices.Contains([]string{"auto", "fi", "sv", "en"}, f.lang) {
		return usageError("--lang %q: want auto, fi, sv or en", f.lang)
	}
	if f.maxAge <= 0 {
		return usageError("--max-age %d: give a number of months above 0", f.maxAge)
	}
	maxSize, err := lint.ParseSize(f.maxSize)
	if err != nil {
		return usageError("--max-size: %v", err)
	}
	if f.timeout < 0 {
		return usageError("--timeout %s: must not be negative", f.timeout)
	}
	now := time.Now()
	if f.asOf != "" {
		if now, err = time.Parse("2006-01-02", f.asOf); err != nil {
			return usageError("--as-of %q: want a date as YYYY-MM-DD", f.asOf)
		}
	}
	if len(args) == 0 {
		args = []string{"."}
	}
	if n := strings.Count(strings.Join(args, "\x00")+"\x00", "-\x00"); n > 1 && slices.Contains(args, "-") {
		return usageError("standard input (-) may be named only once")
	}

	if f.cpuProf != "" {
		stop, err := startCPUProfile(f.cpuProf)
		if err != nil {
			return usageError("--cpu-profile: %v", err)
		}
		defer stop()
	}
	pack, err := rules.Load()
	if err != nil {
		return &exitError{code: exitUsage, err: fmt.Errorf("rule pack: %w", err)}
	}
	engine := rules.NewEngine(pack, rules.Options{Now: now, MaxAge: f.maxAge})

	out, err := openOutput(f.output, s.out)
	if err != nil {
		return &exitError{code: exitUsage, err: err}
	}
	defer out.abort()
	wd, _ := os.Getwd()
	color := f.format == "text" && f.output == "-" && !f.noColor && os.Getenv("NO_COLOR") == "" && isTerminal(s.out)
	rep, err := report.New(f.format, out, report.Meta{Version: buildVersion(), Rules: pack, MessageLang: "en", WorkDir: wd},
		report.Options{Color: color, Quiet: f.quiet})
	if err != nil {
		return err
	}
	// Per-file errors go to stderr too, unless the text report already shows
	// them there.
	echoErrors := f.format != "text" || f.output != "-"
	stdinName := f.stdinName
	if stdinName == "" {
		stdinName = "<stdin>"
	}
	sum, err := lint.Run(ctx, args, engine, lint.Options{
		Lang: f.lang, MaxSize: maxSize, Timeout: f.timeout, Jobs: f.jobs,
		Stdin: s.in, StdinName: stdinName,
	}, func(r lint.FileResult) error {
		if r.Err != nil && echoErrors {
			fmt.Fprintf(s.err, "noticelint: %v\n", r.Err)
		}
		return rep.File(r)
	})
	if err != nil {
		return &exitError{code: exitInput, err: fmt.Errorf("writing the report: %w", err)}
	}
	if err := rep.End(sum); err != nil {
		return &exitError{code: exitInput, err: fmt.Errorf("writing the report: %w", err)}
	}
	if err := out.commit(); err != nil {
		return &exitError{code: exitInput, err: err}
	}
	switch {
	case sum.FileErrors > 0:
		return &exitError{code: exitInput}
	case failOn != rules.None && sum.Count(failOn) > 0:
		return &exitError{code: exitFindings}
	}
	return nil
}
