package rules

import (
	"strings"
	"testing"
)

var sampleClock = SampleClock

func loadPack(t testing.TB) []*Rule {
	t.Helper()
	rules, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return rules
}

// TestSamples runs every rule's fire and quiet samples: a rule whose samples
// misbehave fails the build.
func TestSamples(t *testing.T) {
	for _, r := range loadPack(t) {
		t.Run(r.ID, func(t *testing.T) {
			if err := VerifySamples(r); err != nil {
				t.Error(err)
			}
		})
	}
}

// TestVerifySamplesFails proves the check can fail: a quiet sample that
// fires and a fire sample that stays quiet are both reported.
func TestVerifySamplesFails(t *testing.T) {
	r := Find(loadPack(t), "placeholder")
	bad := *r
	bad.Samples = Samples{Fire: []Sample{{Text: "Kaikki kunnossa."}}, Quiet: []Sample{{Text: "(Muuta?)"}}}
	err := VerifySamples(&bad)
	if err == nil || !strings.Contains(err.Error(), "samples.fire[0] gave no findings") || !strings.Contains(err.Error(), "samples.quiet[0] gave error placeholder") {
		t.Errorf("VerifySamples = %v", err)
	}
}
