package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/noticelint/noticelint/config"
	"github.com/noticelint/noticelint/internal/fserr"
	"github.com/noticelint/noticelint/lint"
	"github.com/noticelint/noticelint/lint/input"
	"github.com/noticelint/noticelint/report"
	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/rules"
	"github.com/noticelint/noticelint/scan"
)

type lintFlags struct {
	reportFlags
	maxSize   string
	timeout   time.Duration
	jobs      int
	stdinName string
	cpuProf   string

	jsonl   string   // read JSON lines from this file or - and write JSON lines
	warc    []string // lint the notices in these WARC files
	warcAll bool     // lint every page of the WARC files, not only notices
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
inputs are still linted. When no text report goes to standard output and
standard error is a terminal, the summary line and the report files are
printed there at the end.

Settings come from the flags, then from .noticelint.yml (found in the working
directory or a parent up to the repository's root, or given by --config),
then from the defaults. The file can also disable rules, change severities,
set per-path overrides, leave files out and add custom rules.

Reports: --format text, json, sarif, junit, codeclimate, html or jsonl;
--output FORMAT=PATH, repeatable, writes several in one run. Baselines:
--write-baseline FILE records the findings, --baseline FILE suppresses them.
--jsonl FILE|- reads notices as JSON lines and writes one result line each;
--warc FILE... lints the notices in WARC files.

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or
configuration error, 3 an input could not be read, nothing was linted or a
report file could not be written, 130 interrupted.

In full: docs/lint.md (flags, exit codes, formats read), docs/output-formats.md
(reports, JSON lines), docs/configuration.md (.noticelint.yml, baselines) at
https://github.com/noticelint/noticelint/tree/main/docs`,
		Example: `  noticelint lint notices/
  noticelint lint --format sarif --output noticelint.sarif notices/
  noticelint lint --output sarif=noticelint.sarif --output text=- notices/
  noticelint lint --write-baseline noticelint-baseline.json notices/
  noticelint lint --baseline noticelint-baseline.json notices/
  noticelint lint --fail-on warning --max-age 24 tietosuojaseloste.txt tietosuojaseloste.pdf
  curl -s https://example.example/tietosuoja | noticelint lint --stdin-filename tietosuoja.html -
  noticelint lint --jsonl pages.jsonl --fail-on none > results.jsonl
  noticelint lint --warc CC-MAIN-20261101-00000.warc.gz --format json --output cc.json
  noticelint lint --warc evidence/ --format html --output evidence.html`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runLint(cmd.Context(), s, f, args, cmd.Flags().Changed)
		},
	}
	fl := cmd.Flags()
	f.register(fl)
	fl.StringVar(&f.maxSize, "max-size", "50MiB", "skip, with an error, inputs larger than this (e.g. 10MB, 512KiB)")
	fl.DurationVar(&f.timeout, "timeout", 30*time.Second, "give up on an input after this long: the work on it stops and the next input starts (0 for no limit; a PDF still stops after 30s)")
	fl.IntVarP(&f.jobs, "jobs", "j", 0, "inputs linted at once (default: one per CPU)")
	fl.StringVar(&f.stdinName, "stdin-filename", "", "the name to report for standard input; its extension picks the format (without one, the content does)")
	fl.StringVar(&f.cpuProf, "cpu-profile", "", "write a Go CPU profile of the run to FILE")
	_ = fl.MarkHidden("cpu-profile")
	fl.StringVar(&f.jsonl, "jsonl", "", "read notices as JSON lines {url, content} from `FILE` (- for standard input) and write JSON lines")
	fl.StringArrayVar(&f.warc, "warc", nil, "lint the notices in the WARC `FILE` (.warc or .warc.gz, or a directory of them; repeatable, and the PATHs after it are WARC files too)")
	fl.BoolVar(&f.warcAll, "warc-all", false, "with --warc, lint every HTML, PDF and Word response, not only those that read as a privacy notice")
	return cmd
}

func runLint(ctx context.Context, s streams, f lintFlags, args []string, changed func(flag string) bool) error {
	var maxSize int64
	ss, err := openSession(s, f.reportFlags, changed, func() error {
		var err error
		if maxSize, err = input.ParseSize(f.maxSize); err != nil {
			return usageError("--max-size: %v", err)
		}
		if f.timeout < 0 {
			return usageError("--timeout %s: must not be negative", f.timeout)
		}
		if err := checkStreamFlags(f, args, changed); err != nil {
			return err
		}
		if len(f.warc) > 0 {
			f.warc, args = append(f.warc, args...), nil
		}
		if len(args) == 0 {
			args = []string{"."}
		}
		if n := strings.Count(strings.Join(args, "\x00")+"\x00", "-\x00"); n > 1 && slices.Contains(args, "-") {
			return usageError("standard input (-) may be named only once")
		}
		return nil
	})
	if err != nil {
		return err
	}
	defer ss.abort()
	if f.cpuProf != "" {
		stop, err := startCPUProfile(f.cpuProf)
		if err != nil {
			return usageError("--cpu-profile: %v", err)
		}
		defer stop()
	}
	stdinName := f.stdinName
	if stdinName == "" {
		stdinName = "<stdin>"
	}
	plan := ss.plan
	if f.jsonl != "" {
		if err := ss.jsonlOutput(s, f.outputs); err != nil {
			return err
		}
	}
	opts := lint.Options{
		Lang: plan.Lang(), MaxSize: maxSize, Timeout: f.timeout, Jobs: f.jobs,
		Stdin: s.in, StdinName: stdinName,
		Select: plan.Select, PerFile: plan.PerFile, Process: ss.process,
	}
	emit := func(r result.FileResult) error { return ss.file(s, r) }
	var sum result.Summary
	switch {
	case f.jsonl != "":
		sum, err = lintJSONL(ctx, s, f.jsonl, stdinName, plan.Engine(), opts, emit)
	case len(f.warc) > 0:
		var st input.WARCStats
		wo := input.WARCOptions{MaxSize: maxSize, SkipEmpty: !f.warcAll}
		if !f.warcAll {
			opts.Keep = scan.ReadsAsNotice
		}
		sum, err = lint.Stream(ctx, input.WARCFiles(f.warc, wo, &st), plan.Engine(), opts, emit)
		if st.Responses+st.Revisits+st.Continuations > 0 {
			names := strings.Join(f.warc, ", ")
			if st.Files > 2 {
				names = plural(st.Files, "WARC file")
			}
			fmt.Fprintf(s.err, "noticelint: %s: %s\n", names, warcSummary(st, sum.Skipped))
		}
	default:
		sum, err = lint.Run(ctx, args, plan.Engine(), opts, emit)
	}
	if ctx.Err() != nil {
		return interrupted("no report file written")
	}
	if ee := (*exitError)(nil); errors.As(err, &ee) {
		return err
	}
	if err != nil {
		return &exitError{code: exitInput, err: fmt.Errorf("writing the report: %w", err)}
	}
	if err := ss.finish(s, sum); err != nil || f.jsonl != "" || sum.Files > 0 {
		return err
	}
	return &exitError{code: exitInput, err: nothingLinted(ss.cfg, len(f.warc) > 0)}
}

// nothingLinted says why a run that was to lint files or WARC records
// linted none: a gate that checked nothing must not pass. (--jsonl is
// exempt: a batch engine's empty partition is no mistake.)
func nothingLinted(cfg *config.Config, warc bool) error {
	switch {
	case warc:
		return errors.New("nothing linted: no response record reads as a privacy notice (--warc-all lints every HTML, PDF and Word response)")
	case cfg != nil:
		globs := []string{}
		if len(cfg.Include) > 0 {
			globs = append(globs, "include "+quoteList(cfg.Include))
		}
		if len(cfg.Exclude) > 0 {
			globs = append(globs, "exclude "+quoteList(cfg.Exclude))
		}
		return fmt.Errorf("nothing linted: %s of %s left out every file (globs are relative to %s; 'noticelint config verify' checks them)",
			strings.Join(globs, " and "), cfg.Path, cfg.Dir)
	}
	return errors.New("nothing linted: no input")
}

// quoteList writes globs as YAML shows them: ["notices/**", "*.md"].
func quoteList(list []string) string {
	q := make([]string, len(list))
	for i, s := range list {
		q[i] = strconv.Quote(s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

// checkStreamFlags checks --jsonl and --warc against the other inputs and
// outputs.
func checkStreamFlags(f lintFlags, args []string, changed func(string) bool) error {
	switch {
	case f.jsonl == "" && len(f.warc) == 0 && !f.warcAll:
		return nil
	case f.jsonl != "" && len(f.warc) > 0:
		return usageError("--jsonl and --warc: give one")
	case f.warcAll && len(f.warc) == 0:
		return usageError("--warc-all applies only with --warc")
	case f.jsonl != "" && len(args) > 0:
		return usageError("PATH arguments and --jsonl: give one kind of input")
	case f.jsonl != "" && (changed("format") || len(f.outputs) > 1 || slices.ContainsFunc(f.outputs, formatPrefix.MatchString)):
		return usageError("--jsonl writes JSON lines: --format and --output FORMAT=PATH do not apply (one --output PATH does)")
	}
	return nil
}

// jsonlOutput replaces the session's reports with JSON lines, to --output
// or standard output.
func (ss *session) jsonlOutput(s streams, outputs []string) error {
	ss.outs.abort()
	path := "-"
	if len(outputs) == 1 {
		path = outputs[0]
	}
	outs, err := openReports([]outputSpec{{"jsonl", path}}, s.out, report.Meta{Rules: ss.plan.Rules}, report.Options{}, false)
	if err != nil {
		return err // an exit error naming the file
	}
	ss.outs = outs
	ss.rep = ss.outs.reporter()
	ss.echoErrors = true
	return nil
}

// lintJSONL lints the JSON lines of the file name, or of standard input
// for "-".
func lintJSONL(ctx context.Context, s streams, name, stdinName string, engine *rules.Engine, opts lint.Options, emit func(result.FileResult) error) (result.Summary, error) {
	r, label := s.in, stdinName
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return result.Summary{}, &exitError{code: exitInput, err: fmt.Errorf("--jsonl %s: %w", name, fserr.Reason(err))}
		}
		defer func() { _ = f.Close() }()
		r, label = f, name
	}
	return lint.Stream(ctx, input.JSONLines(r, label, opts.MaxSize), engine, opts, emit)
}

// warcSummary says what lint --warc did with the response records;
// notNotice are the pages left out as not reading as a notice.
func warcSummary(st input.WARCStats, notNotice int) string {
	msg := fmt.Sprintf("%d of %s linted", st.Pages-notNotice, plural(st.Responses, "response record"))
	var over []string
	if st.NotPage > 0 {
		over = append(over, fmt.Sprintf("%d not an HTML, PDF or Word page with status 2xx", st.NotPage))
	}
	if notNotice > 0 {
		over = append(over, fmt.Sprintf("%d not reading as a privacy notice (--warc-all lints them too)", notNotice))
	}
	if st.Empty > 0 {
		over = append(over, fmt.Sprintf("%d with an empty body", st.Empty))
	}
	if st.Segmented > 0 {
		over = append(over, fmt.Sprintf("%d the first segment of a response split over records (segments are not joined)", st.Segmented))
	}
	if len(over) > 0 {
		msg += "; passed over: " + strings.Join(over, ", ")
	}
	var also []string
	if st.Revisits > 0 {
		also = append(also, plural(st.Revisits, "revisit record")+" (each refers to an earlier capture)")
	}
	if st.Continuations > 0 {
		also = append(also, plural(st.Continuations, "continuation record"))
	}
	if len(also) > 0 {
		msg += "; also passed over: " + strings.Join(also, ", ")
	}
	return msg
}
