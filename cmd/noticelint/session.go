package main

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/noticelint/noticelint/baseline"
	"github.com/noticelint/noticelint/config"
	"github.com/noticelint/noticelint/internal/fserr"
	"github.com/noticelint/noticelint/report"
	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/rules"
)

// reportFlags are the flags of the commands that lint and report (lint,
// scan): the settings, the reports, baselines and the exit code.
type reportFlags struct {
	settingsFlags
	format  string
	outputs []string
	failOn  string
	noColor bool
	quiet   bool

	baseline        string
	writeBaseline   string
	sarifSuppressed string

	// unit is what the text summary calls an input: "file" (lint) or
	// "site" (scan). Not a flag.
	unit string
}

func (f *reportFlags) register(fl *pflag.FlagSet) {
	f.settingsFlags.register(fl)
	fl.StringVarP(&f.format, "format", "f", "text", "report format: "+strings.Join(report.Formats, ", "))
	fl.StringArrayVarP(&f.outputs, "output", "o", nil, "write the --format report to `FILE` (- for standard output), or a report as FORMAT=FILE (repeatable)")
	fl.StringVar(&f.failOn, "fail-on", "error", "exit 1 when a finding is at or above this severity: error, warning, note or none")
	fl.BoolVar(&f.noColor, "no-color", false, "no colours in the text report (also NO_COLOR=1; off when not a terminal)")
	fl.BoolVarP(&f.quiet, "quiet", "q", false, "print only findings and errors, one line each, no summary")
	fl.StringVar(&f.baseline, "baseline", "", "suppress the findings recorded in `FILE` (see --write-baseline)")
	fl.StringVar(&f.writeBaseline, "write-baseline", "", "record this run's findings in `FILE` as a baseline, and pass")
	fl.StringVar(&f.sarifSuppressed, "sarif-suppressed", "include", "suppressed findings in SARIF: include (with suppressions) or omit (GitHub shows them as open alerts)")
}

// validate checks the flags that need no file.
func (f *reportFlags) validate() error {
	if !slices.Contains(report.Formats, f.format) {
		return usageError("--format %q: want one of %s", f.format, strings.Join(report.Formats, ", "))
	}
	if _, err := rules.ParseSeverity(f.failOn); err != nil {
		return usageError("--fail-on: %v", err)
	}
	if err := f.settingsFlags.validate(); err != nil {
		return err
	}
	if f.sarifSuppressed != "include" && f.sarifSuppressed != "omit" {
		return usageError("--sarif-suppressed %q: want include or omit", f.sarifSuppressed)
	}
	return nil
}

// session is what a linting command sets up from its reportFlags: the
// plan (rules, configuration, settings), the processing of findings, and
// the open reports.
type session struct {
	flags      reportFlags
	cfg        *config.Config
	plan       *config.Plan
	process    result.Processor
	base       *baseline.Baseline
	writer     *baseline.Writer
	outs       *reports
	rep        report.Reporter
	echoErrors bool // per-input errors go to stderr too: no text report shows them there
	// lintTimeout is the command's per-file time limit flag, named in its
	// errors: --timeout (lint), --lint-timeout (scan).
	lintTimeout string
}

// openSession validates the flags, loads the pack and configuration and
// opens the reports; validate runs the command's own checks after the
// shared flags are known good and before anything is opened. The caller
// must call abort when it does not reach finish.
func openSession(s streams, f reportFlags, changed func(string) bool, validate func() error) (*session, error) {
	if err := f.validate(); err != nil {
		return nil, err
	}
	if validate != nil {
		if err := validate(); err != nil {
			return nil, err
		}
	}
	specs, err := parseOutputs(f.format, changed("format"), f.outputs)
	if err != nil {
		return nil, usageError("%v", err)
	}
	st, err := f.load(changed, f.failOn)
	if err != nil {
		return nil, err
	}
	ss := &session{flags: f, cfg: st.cfg, plan: st.plan, lintTimeout: lintTimeoutFlag}
	process := []result.Processor{ss.plan.Process}
	if f.baseline != "" {
		base, err := baseline.Load(f.baseline)
		if err != nil {
			return nil, &exitError{code: exitUsage, err: fmt.Errorf("--baseline: %w", fserr.Reason(err)), inFile: true}
		}
		base.Root = baselineRoot(ss.cfg, f.baseline)
		ss.base = base
		process = append(process, base.Process)
	}
	if f.writeBaseline != "" {
		if err := checkDir("--write-baseline", f.writeBaseline); err != nil {
			return nil, &exitError{code: exitInput, err: err} // as a report that cannot be created
		}
		ss.writer = baseline.NewWriter(f.writeBaseline)
		ss.writer.Root = baselineRoot(ss.cfg, f.writeBaseline)
		process = append(process, ss.writer.Process)
	}
	ss.process = result.Chain(process...)

	wd, _ := os.Getwd()
	color := !f.noColor && os.Getenv("NO_COLOR") == "" && isTerminal(s.out)
	ss.outs, err = openReports(specs, s.out, report.Meta{Version: buildVersion(), Rules: ss.plan.Rules, MessageLang: f.msgLang, WorkDir: wd, Unit: f.unit, Generated: time.Now(), AsOf: st.now},
		report.Options{Quiet: f.quiet, OmitSuppressed: f.sarifSuppressed == "omit"}, color)
	if err != nil {
		return nil, err // an exit error naming the report file
	}
	ss.rep = ss.outs.reporter()
	ss.echoErrors = !textToStdout(specs)
	return ss, nil
}

// abort removes the report files not committed.
func (ss *session) abort() { ss.outs.abort() }

// file reports one result, its error worded for this command, echoing
// the error to stderr unless a text report on standard output already
// shows it.
func (ss *session) file(s streams, r result.FileResult) error {
	word(&r, ss.lintTimeout)
	if r.Err != nil && ss.echoErrors {
		fmt.Fprintf(s.err, "noticelint: %v\n", r.Err)
	}
	return ss.rep.File(r)
}

// finish ends the reports, puts them in place, writes the baseline and
// returns the exit error the summary calls for (nil for exit 0).
func (ss *session) finish(s streams, sum result.Summary) error {
	if err := ss.rep.End(sum); err != nil {
		return &exitError{code: exitInput, err: fmt.Errorf("writing the report: %w", err)}
	}
	if err := ss.outs.commit(); err != nil {
		return &exitError{code: exitInput, err: err}
	}
	ss.warnBaselineMismatch(s)
	ss.summaryToTerminal(s, sum)
	if ss.writer != nil {
		if err := ss.writer.Write(); err != nil {
			return &exitError{code: exitInput, err: fmt.Errorf("--write-baseline: %w", err)}
		}
		fmt.Fprintf(s.err, "noticelint: recorded %s in %s\n", plural(ss.writer.Len(), "finding"), ss.flags.writeBaseline)
	}
	switch {
	case sum.FileErrors > 0:
		return &exitError{code: exitInput}
	case ss.plan.FailOn != rules.None && sum.Count(ss.plan.FailOn) > 0:
		return &exitError{code: exitFindings}
	}
	return nil
}
