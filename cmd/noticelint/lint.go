package main

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/noticelint/noticelint/baseline"
	"github.com/noticelint/noticelint/config"
	"github.com/noticelint/noticelint/internal/fserr"
	"github.com/noticelint/noticelint/lint"
	"github.com/noticelint/noticelint/report"
	"github.com/noticelint/noticelint/rules"
)

type lintFlags struct {
	format    string
	outputs   []string
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
	msgLang   string

	config          string
	noConfig        bool
	baseline        string
	writeBaseline   string
	sarifSuppressed string
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

Settings come from the flags, then from .noticelint.yml (found in the working
directory or a parent up to the repository's root, or given by --config),
then from the defaults. The file can also disable rules, change severities,
set per-path overrides, leave files out and add custom rules.

Several reports in one run: --output FORMAT=PATH, repeatable, PATH - for
standard output. A plain --output PATH is where the --format report goes;
when only FORMAT=PATH outputs are given, no other report is written.

Formats:
  text         grouped by file: path:line:col severity rule message, the
               source line with the match marked, the section, the law
  json         a stable schema: files[] with findings[] and error, a summary
  sarif        SARIF 2.1.0 for GitHub code scanning (upload-sarif)
  junit        JUnit XML: a testsuite a file, a failing testcase a finding
  codeclimate  GitLab Code Quality (artifacts:reports:codequality)
  html         one self-contained page for people: a summary card, the
               Art. 13/14 coverage matrix and each finding in context

Baselines: --write-baseline FILE records the findings (by path, rule and a
fingerprint without line numbers) and passes the run; --baseline FILE then
suppresses them, so that only new findings fail. Suppressed findings stay in
JSON, SARIF (as suppressions, unless --sarif-suppressed omit) and JUnit (as
skipped), and are counted in the text summary.

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or
configuration error, 3 an input could not be read (this wins over 1).`,
		Example: `  noticelint lint notices/
  noticelint lint --format sarif --output noticelint.sarif notices/
  noticelint lint --output sarif=noticelint.sarif --output text=- notices/
  noticelint lint --write-baseline noticelint-baseline.json notices/
  noticelint lint --baseline noticelint-baseline.json notices/
  noticelint lint --fail-on warning --max-age 24 tietosuojaseloste.txt tietosuojaseloste.pdf
  curl -s https://example.example/tietosuoja | noticelint lint --stdin-filename tietosuoja.html -`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runLint(cmd.Context(), s, f, args, cmd.Flags().Changed)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&f.format, "format", "f", "text", "report format: "+strings.Join(report.Formats, ", "))
	fl.StringArrayVarP(&f.outputs, "output", "o", nil, "write the --format report to `FILE` (- for standard output), or a report as FORMAT=FILE (repeatable)")
	fl.StringVar(&f.failOn, "fail-on", "error", "exit 1 when a finding is at or above this severity: error, warning, note or none")
	fl.BoolVar(&f.noColor, "no-color", false, "no colours in the text report (also NO_COLOR=1; off when not a terminal)")
	fl.StringVar(&f.lang, "lang", "auto", "language of the notices: auto, fi, sv or en")
	fl.StringVar(&f.msgLang, "message-lang", "en", "language of messages, rule titles and help: en or fi")
	fl.IntVar(&f.maxAge, "max-age", rules.DefaultMaxAge, "months after its own date before a notice is stale (stale-notice)")
	fl.StringVar(&f.maxSize, "max-size", "50MiB", "skip, with an error, inputs larger than this (e.g. 10MB, 512KiB)")
	fl.DurationVar(&f.timeout, "timeout", 30*time.Second, "give up on an input after this long (0 for no limit; a PDF still stops after 30s)")
	fl.BoolVarP(&f.quiet, "quiet", "q", false, "print only findings and errors, one line each, no summary")
	fl.IntVarP(&f.jobs, "jobs", "j", 0, "inputs linted at once (default: one per CPU)")
	fl.StringVar(&f.stdinName, "stdin-filename", "", "the name to report for standard input; its extension picks the format (without one, the content does)")
	fl.StringVar(&f.asOf, "as-of", "", "judge notice age as of this date, YYYY-MM-DD (default: today)")
	fl.StringVar(&f.cpuProf, "cpu-profile", "", "write a Go CPU profile of the run to FILE")
	_ = fl.MarkHidden("cpu-profile")
	fl.StringVar(&f.config, "config", "", "read the configuration from `FILE` instead of the .noticelint.yml found")
	fl.BoolVar(&f.noConfig, "no-config", false, "read no configuration file")
	fl.StringVar(&f.baseline, "baseline", "", "suppress the findings recorded in `FILE` (see --write-baseline)")
	fl.StringVar(&f.writeBaseline, "write-baseline", "", "record this run's findings in `FILE` as a baseline, and pass")
	fl.StringVar(&f.sarifSuppressed, "sarif-suppressed", "include", "suppressed findings in SARIF: include (with suppressions) or omit (GitHub shows them as open alerts)")
	return cmd
}

func runLint(ctx context.Context, s streams, f lintFlags, args []string, changed func(flag string) bool) error {
	if !slices.Contains(report.Formats, f.format) {
		return usageError("--format %q: want one of %s", f.format, strings.Join(report.Formats, ", "))
	}
	if _, err := rules.ParseSeverity(f.failOn); err != nil {
		return usageError("--fail-on: %v", err)
	}
	if !slices.Contains([]string{"auto", "fi", "sv", "en"}, f.lang) {
		return usageError("--lang %q: want auto, fi, sv or en", f.lang)
	}
	if f.msgLang != "en" && f.msgLang != "fi" {
		return usageError("--message-lang %q: want en or fi", f.msgLang)
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
	if f.sarifSuppressed != "include" && f.sarifSuppressed != "omit" {
		return usageError("--sarif-suppressed %q: want include or omit", f.sarifSuppressed)
	}
	now := time.Now()
	if f.asOf != "" {
		if now, err = time.Parse("2006-01-02", f.asOf); err != nil {
			return usageError("--as-of %q: want a date as YYYY-MM-DD", f.asOf)
		}
	}
	specs, err := parseOutputs(f.format, changed("format"), f.outputs)
	if err != nil {
		return usageError("%v", err)
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
	cfg, err := loadConfig(f.config, f.noConfig, pack)
	if err != nil {
		return err
	}
	flags := config.Flags{MessageLang: f.msgLang}
	if changed("lang") {
		flags.Lang = f.lang
	}
	if changed("max-age") {
		flags.MaxAge = f.maxAge
	}
	if changed("fail-on") {
		flags.FailOn = f.failOn
	}
	plan := config.NewPlan(cfg, pack, flags, now)
	process := []lint.Processor{plan.Process}
	if f.baseline != "" {
		base, err := baseline.Load(f.baseline)
		if err != nil {
			return &exitError{code: exitUsage, err: fmt.Errorf("--baseline: %w", fserr.Reason(err)), inFile: true}
		}
		process = append(process, base.Process)
	}
	var writer *baseline.Writer
	if f.writeBaseline != "" {
		if err := checkDir("--write-baseline", f.writeBaseline); err != nil {
			return usageError("%v", err)
		}
		writer = baseline.NewWriter(f.writeBaseline)
		process = append(process, writer.Process)
	}

	wd, _ := os.Getwd()
	color := !f.noColor && os.Getenv("NO_COLOR") == "" && isTerminal(s.out)
	outs, err := openReports(specs, s.out, report.Meta{Version: buildVersion(), Rules: plan.Rules, MessageLang: f.msgLang, WorkDir: wd},
		report.Options{Quiet: f.quiet, OmitSuppressed: f.sarifSuppressed == "omit"}, color)
	if err != nil {
		return &exitError{code: exitUsage, err: err}
	}
	defer outs.abort()
	rep := outs.reporter()
	// Per-file errors go to stderr too, unless a text report already shows
	// them there.
	echoErrors := !textToStdout(specs)
	stdinName := f.stdinName
	if stdinName == "" {
		stdinName = "<stdin>"
	}
	sum, err := lint.Run(ctx, args, plan.Engine(), lint.Options{
		Lang: plan.Lang(), MaxSize: maxSize, Timeout: f.timeout, Jobs: f.jobs,
		Stdin: s.in, StdinName: stdinName,
		Select: plan.Select, PerFile: plan.PerFile, Process: lint.Chain(process...),
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
	if err := outs.commit(); err != nil {
		return &exitError{code: exitInput, err: err}
	}
	if sum.Files == 0 && cfg != nil {
		fmt.Fprintf(s.err, "noticelint: nothing linted: the include and exclude globs of %s left out every file\n", cfg.Path)
	}
	if writer != nil {
		if err := writer.Write(); err != nil {
			return &exitError{code: exitInput, err: fmt.Errorf("--write-baseline: %w", err)}
		}
		fmt.Fprintf(s.err, "noticelint: recorded %s in %s\n", plural(writer.Len(), "finding"), f.writeBaseline)
	}
	switch {
	case sum.FileErrors > 0:
		return &exitError{code: exitInput}
	case plan.FailOn != rules.None && sum.Count(plan.FailOn) > 0:
		return &exitError{code: exitFindings}
	}
	return nil
}
