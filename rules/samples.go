package rules

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/noticelint/noticelint/extract"
)

// SampleClock is the date samples are judged at, so that dated samples do
// not rot: stale-notice's samples assume it.
var SampleClock = time.Date(2026, time.November, 22, 12, 0, 0, 0, time.UTC)

// VerifySamples runs the rule on its samples: each fire sample must give a
// finding of the sample's severity (the rule's by default) with a message
// and a position, each quiet sample none. Pack tests and custom rules from a
// configuration use it alike.
func VerifySamples(r *Rule) error {
	engine := NewEngine([]*Rule{r}, Options{Now: SampleClock})
	check := func(text string) ([]Finding, error) {
		doc, err := extract.FromText("sample.txt", []byte(text), extract.Options{})
		if err != nil {
			return nil, err
		}
		return engine.Check(doc), nil
	}
	var errs []error
	if r.Kind == KindSite {
		// It fires only when scan raises it: its message must read whole.
		f, ok := engine.SiteExample(r)
		if !ok || f.Message == "" || strings.Contains(f.Message, "{") || f.Location.Line != 1 {
			errs = append(errs, fmt.Errorf("site finding %+v: want a finding at line 1 with a whole message", f))
		}
	}
	for i, s := range r.Samples.Fire {
		fs, err := check(s.Text)
		if err != nil {
			errs = append(errs, fmt.Errorf("samples.fire[%d]: %w", i, err))
			continue
		}
		want := s.Severity
		if want == None {
			want = r.Severity
		}
		if !hasSeverity(fs, want) {
			errs = append(errs, fmt.Errorf("samples.fire[%d] gave %s, want a finding of severity %s: %q", i, describe(fs), want, s.Text))
		}
		for _, f := range fs {
			if f.Message == "" || strings.Contains(f.Message, "{") {
				errs = append(errs, fmt.Errorf("samples.fire[%d]: message %q is empty or has an unfilled placeholder", i, f.Message))
			}
			if f.Location.Line < 1 || f.Location.Column < 1 {
				errs = append(errs, fmt.Errorf("samples.fire[%d]: finding at %d:%d", i, f.Location.Line, f.Location.Column))
			}
		}
	}
	for i, s := range r.Samples.Quiet {
		fs, err := check(s.Text)
		if err != nil {
			errs = append(errs, fmt.Errorf("samples.quiet[%d]: %w", i, err))
			continue
		}
		if len(fs) > 0 {
			errs = append(errs, fmt.Errorf("samples.quiet[%d] gave %s: %q", i, describe(fs), s.Text))
		}
	}
	return errors.Join(errs...)
}

func hasSeverity(fs []Finding, sev Severity) bool {
	for _, f := range fs {
		if f.Severity == sev {
			return true
		}
	}
	return false
}

func describe(fs []Finding) string {
	if len(fs) == 0 {
		return "no findings"
	}
	parts := make([]string, 0, len(fs))
	for _, f := range fs {
		parts = append(parts, fmt.Sprintf("%s %s at %d:%d %s", f.Severity, f.Rule, f.Location.Line, f.Location.Column, strconv.Quote(f.Evidence)))
	}
	return strings.Join(parts, "; ")
}
