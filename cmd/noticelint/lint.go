package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/noticelint/noticelint/internal/fserr"
	"github.com/noticelint/noticelint/lint"
	"github.com/noticelint/noticelint/report"
	"github.com/noticelint/noticelint/rules"
)

type lintFlags struct {
	reportFlags
	maxSize   string
	timeout   time.Duration
	jobs      int
	stdinName string
	cpuProf   string

	jsonl string   // read JSON lines from this file or - and write JSON lines
	warc  []string // lint the notices in these WARC files
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

Batch engines and web archives:
  --jsonl FILE|-  reads notices as JSON lines, {"url": "...", "content":
                  "..."} (or "content_base64" for a PDF or Word file; an
                  optional "content_type" such as text/html names the
                  format), and writes one JSON line per input line, in
                  order, in the shape of crawl results (site = the url):
                  streamed, so Spark's RDD.pipe() or xargs can drive it. A
                  bad line gives an error line and the others go on.
  --warc FILE     lints the HTML, PDF and Word responses (status 2xx) of a
                  WARC file (.warc or .warc.gz, Common Crawl's or
                  crawl --warc-out's), each named by its WARC-Target-URI,
                  through the chosen --format; repeatable.

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or
configuration error, 3 an input could not be read (this wins over 1; for
--jsonl, a bad line) or a report file could not be written, 130
interrupted (Ctrl-C, SIGTERM: no report file is left).`,
		Example: `  noticelint lint notices/
  noticelint lint --format sarif --output noticelint.sarif notices/
  noticelint lint --output sarif=noticelint.sarif --output text=- notices/
  noticelint lint --write-baseline noticelint-baseline.json notices/
  noticelint lint --baseline noticelint-baseline.json notices/
  noticelint lint --fail-on warning --max-age 24 tietosuojaseloste.txt tietosuojaseloste.pdf
  curl -s https://example.example/tietosuoja | noticelint lint --stdin-filename tietosuoja.html -
  noticelint lint --jsonl pages.jsonl --fail-on none > results.jsonl
  noticelint lint --warc CC-MAIN-20261101-00000.warc.gz --format json --output cc.json`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runLint(cmd.Context(), s, f, args, cmd.Flags().Changed)
		},
	}
	fl := cmd.Flags()
	f.register(fl)
	fl.StringVar(&f.maxSize, "max-size", "50MiB", "skip, with an error, inputs larger than this (e.g. 10MB, 512KiB)")
	fl.DurationVar(&f.timeout, "timeout", 30*time.Second, "give up on an input after this long (0 for no limit; a PDF still stops after 30s)")
	fl.IntVarP(&f.jobs, "jobs", "j", 0, "inputs linted at once (default: one per CPU)")
	fl.StringVar(&f.stdinName, "stdin-filename", "", "the name to report for standard input; its extension picks the format (without one, the content does)")
	fl.StringVar(&f.cpuProf, "cpu-profile", "", "write a Go CPU profile of the run to FILE")
	_ = fl.MarkHidden("cpu-profile")
	fl.StringVar(&f.jsonl, "jsonl", "", "read notices as JSON lines {url, content} from `FILE` (- for standard input) and write JSON lines")
	fl.StringArrayVar(&f.warc, "warc", nil, "lint the HTML, PDF and Word responses in the WARC `FILE` (.warc or .warc.gz; repeatable)")
	return cmd
}

func runLint(ctx context.Context, s streams, f lintFlags, args []string, changed func(flag string) bool) error {
	var maxSize int64
	ss, err := openSession(s, f.reportFlags, changed, func() error {
		var err error
		if maxSize, err = lint.ParseSize(f.maxSize); err != nil {
			return usageError("--max-size: %v", err)
		}
		if f.timeout < 0 {
			return usageError("--timeout %s: must not be negative", f.timeout)
		}
		if err := checkStreamFlags(f, args, changed); err != nil {
			return err
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
	emit := func(r lint.FileResult) error { return ss.file(s, r) }
	var sum lint.Summary
	switch {
	case f.jsonl != "":
		sum, err = lintJSONL(ctx, s, f.jsonl, stdinName, plan.Engine(), opts, emit)
	case len(f.warc) > 0:
		var st lint.WARCStats
		sum, err = lint.Stream(ctx, lint.WARCFiles(f.warc, maxSize, &st), plan.Engine(), opts, emit)
		if st.Responses > 0 {
			fmt.Fprintf(s.err, "noticelint: %s: %d of %s linted; the others are not HTML, PDF or Word pages with status 2xx\n",
				strings.Join(f.warc, ", "), st.Linted, plural(st.Responses, "response record"))
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
	if sum.Files == 0 && ss.cfg != nil {
		fmt.Fprintf(s.err, "noticelint: nothing linted: the include and exclude globs of %s left out every file\n", ss.cfg.Path)
	}
	return ss.finish(s, sum)
}

// checkStreamFlags checks --jsonl and --warc against the other inputs and
// outputs.
func checkStreamFlags(f lintFlags, args []string, changed func(string) bool) error {
	switch {
	case f.jsonl == "" && len(f.warc) == 0:
		return nil
	case f.jsonl != "" && len(f.warc) > 0:
		return usageError("--jsonl and --warc: give one")
	case len(args) > 0:
		return usageError("PATH arguments and --jsonl or --warc: give one kind of input")
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
	out, err := openOutput(path, s.out)
	if err != nil {
		return err // an exit error naming the file
	}
	ss.outs = &reports{outs: []*output{out}, reps: []report.Reporter{newJSONLReporter(out, lint.Refs(ss.plan.Rules))}}
	ss.rep = ss.outs.reporter()
	ss.echoErrors = true
	return nil
}

// lintJSONL lints the JSON lines of the file name, or of standard input
// for "-".
func lintJSONL(ctx context.Context, s streams, name, stdinName string, engine *rules.Engine, opts lint.Options, emit func(lint.FileResult) error) (lint.Summary, error) {
	r, label := s.in, stdinName
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return lint.Summary{}, &exitError{code: exitInput, err: fmt.Errorf("--jsonl %s: %w", name, fserr.Reason(err))}
		}
		defer func() { _ = f.Close() }()
		r, label = f, name
	}
	return lint.Stream(ctx, lint.JSONLines(r, label, opts.MaxSize), engine, opts, emit)
}

// jsonlReporter writes each result as one JSON line in the shape of crawl
// results (record.Site, site = the url), flushed line by line so that a
// pipe sees each result as soon as it is ready.
type jsonlReporter struct {
	w    *bufio.Writer
	refs map[string]string
}

func newJSONLReporter(w io.Writer, refs map[string]string) *jsonlReporter {
	return &jsonlReporter{w: bufio.NewWriter(w), refs: refs}
}

func (j *jsonlReporter) File(r lint.FileResult) error {
	b, err := lint.SiteLine(lint.SiteRecord(r.Path, r, j.refs))
	if err != nil {
		return err
	}
	j.w.Write(b)
	return j.w.Flush()
}

func (j *jsonlReporter) End(lint.Summary) error { return j.w.Flush() }
