package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/noticelint/noticelint/internal/fserr"
	"github.com/noticelint/noticelint/report"
)

// outputSpec is one report of a run: a format and where it goes ("-" for
// standard output).
type outputSpec struct {
	format, path string
}

// formatPrefix is what FORMAT=PATH looks like.
var formatPrefix = regexp.MustCompile(`^([a-z]+)=(.*)$`)

// parseOutputs combines --format and the --output values into the reports
// to write:
//   - --output FORMAT=PATH (repeatable) writes a FORMAT report to PATH;
//   - --output PATH (at most once) is where the --format report goes;
//   - when FORMAT=PATH outputs are given, the --format report is written
//     only if --format or a plain --output is given too;
//   - with no --output, the --format report goes to standard output.
//
// Only one report may go to standard output, and one to each file.
func parseOutputs(format string, formatSet bool, values []string) ([]outputSpec, error) {
	var specs []outputSpec
	plain := ""
	for _, v := range values {
		if m := formatPrefix.FindStringSubmatch(v); m != nil {
			if !slices.Contains(report.Formats, m[1]) {
				return nil, fmt.Errorf("--output %s: unknown format %q (want %s)", v, m[1], strings.Join(report.Formats, ", "))
			}
			if m[2] == "" {
				return nil, fmt.Errorf("--output %s: give a file, or - for standard output", v)
			}
			specs = append(specs, outputSpec{m[1], m[2]})
			continue
		}
		if plain != "" {
			return nil, fmt.Errorf("--output %s: a report file is already given (%s); use FORMAT=PATH for more reports", v, plain)
		}
		if v == "" {
			return nil, errors.New("--output: give a file, or - for standard output")
		}
		plain = v
	}
	if plain != "" || formatSet || len(specs) == 0 {
		if plain == "" {
			plain = "-"
		}
		specs = append([]outputSpec{{format, plain}}, specs...)
	}
	seen := map[string]string{}
	for _, s := range specs {
		if other, dup := seen[s.path]; dup {
			if s.path == "-" {
				return nil, fmt.Errorf("--output: only one report can go to standard output, not both %s and %s", other, s.format)
			}
			return nil, fmt.Errorf("--output: %s and %s reports both go to %s", other, s.format, s.path)
		}
		seen[s.path] = s.format
	}
	return specs, nil
}

// reports are the open reports of a run.
type reports struct {
	outs []*output
	reps []report.Reporter
}

// openReports opens every output and makes its reporter; text to standard
// output is coloured when color says so. Its errors are exit errors.
func openReports(specs []outputSpec, stdout io.Writer, meta report.Meta, opts report.Options, color bool) (*reports, error) {
	rs := &reports{}
	for _, s := range specs {
		out, err := openOutput(s.path, stdout)
		if err != nil {
			rs.abort()
			return nil, err
		}
		rs.outs = append(rs.outs, out)
		o := opts
		o.Color = color && s.format == "text" && s.path == "-"
		rep, err := report.New(s.format, out, meta, o)
		if err != nil { // the format is known: the report's start could not be written
			rs.abort()
			return nil, &exitError{code: exitInput, err: fmt.Errorf("writing the report: %w", err)}
		}
		rs.reps = append(rs.reps, rep)
	}
	return rs, nil
}

// reporter writes to every report.
func (rs *reports) reporter() report.Reporter {
	if len(rs.reps) == 1 {
		return rs.reps[0]
	}
	return report.Tee(rs.reps...)
}

// commit puts every finished report file in place.
func (rs *reports) commit() error {
	var errs []error
	for _, o := range rs.outs {
		errs = append(errs, o.commit())
	}
	return errors.Join(errs...)
}

// abort removes the report files not committed.
func (rs *reports) abort() {
	for _, o := range rs.outs {
		o.abort()
	}
}

// textToStdout reports whether a text report goes to standard output.
func textToStdout(specs []outputSpec) bool {
	return slices.Contains(specs, outputSpec{"text", "-"})
}

// checkDir reports an error when the directory a file is to be written in
// does not exist.
func checkDir(flag, path string) error {
	dir := filepath.Dir(path)
	st, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("%s %s: %w", flag, path, fserr.Reason(err))
	}
	if !st.IsDir() {
		return fmt.Errorf("%s %s: %s is not a directory", flag, path, dir)
	}
	return nil
}

// plural writes "1 finding", "2 findings".
func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}
