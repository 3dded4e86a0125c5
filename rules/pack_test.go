package rules

import (
	"strings"
	"testing"
	"time"

	"github.com/noticelint/noticelint/extract"
)

// sampleClock is the date the pack's samples are judged at, so that dated
// samples do not rot.
var sampleClock = time.Date(2026, time.November, 22, 12, 0, 0, 0, time.UTC)

func loadPack(t testing.TB) []*Rule {
	t.Helper()
	rules, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return rules
}

func checkText(t testing.TB, rules []*Rule, text string) []Finding {
	t.Helper()
	doc, err := extract.FromText("sample.txt", []byte(text), extract.Options{})
	if err != nil {
		t.Fatalf("extract %q: %v", text, err)
	}
	return NewEngine(rules, Options{Now: sampleClock}).Check(doc)
}

// TestSamples runs every rule's fire and quiet samples: a rule whose samples
// misbehave fails the build.
func TestSamples(t *testing.T) {
	for _, r := range loadPack(t) {
		t.Run(r.ID, func(t *testing.T) {
			for _, s := range r.Samples.Fire {
				fs := checkText(t, []*Rule{r}, s.Text)
				want := s.Severity
				if want == None {
					want = r.Severity
				}
				if !hasSeverity(fs, want) {
					t.Errorf("fire sample gave %s, want a finding of severity %s:\n%s", describe(fs), want, s.Text)
				}
				for _, f := range fs {
					if f.Message == "" || strings.Contains(f.Message, "{") {
						t.Errorf("finding message %q is empty or has an unfilled placeholder", f.Message)
					}
					if f.Location.Line < 1 || f.Location.Column < 1 {
						t.Errorf("finding at %d:%d, want line and column >= 1", f.Location.Line, f.Location.Column)
					}
				}
			}
			for _, s := range r.Samples.Quiet {
				if fs := checkText(t, []*Rule{r}, s.Text); len(fs) > 0 {
					t.Errorf("quiet sample gave %s:\n%s", describe(fs), s.Text)
				}
			}
		})
	}
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
	var parts []string
	for _, f := range fs {
		parts = append(parts, f.Severity.String()+" "+f.Rule+" at "+itoa(f.Location.Line)+":"+itoa(f.Location.Column)+" "+strconvQuote(f.Evidence))
	}
	return strings.Join(parts, "; ")
}
