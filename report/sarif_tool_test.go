package report

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestSARIFToolVersion: the driver's version starts with a number, as SARIF
// consumers compare versions (the SARIF Multitool's SARIF2005), and
// semanticVersion is given when it is one.
func TestSARIFToolVersion(t *testing.T) {
	for _, tt := range []struct{ in, version, semantic string }{
		{"v1.2.0", "1.2.0", "1.2.0"},
		{"v0.0.0-20261122040000-0123456789ab", "0.0.0-20261122040000-0123456789ab", "0.0.0-20261122040000-0123456789ab"},
		{"v0.0.0-20261122040000-0123456789ab+dirty", "0.0.0-20261122040000-0123456789ab+dirty", "0.0.0-20261122040000-0123456789ab+dirty"},
		{"dev", "0.0.0-dev", "0.0.0-dev"},
		{"devel-0123456789ab-dirty", "0.0.0-devel-0123456789ab-dirty", "0.0.0-devel-0123456789ab-dirty"},
		{"", "0.0.0-unknown", "0.0.0-unknown"},
		{"1.2", "1.2", ""},
	} {
		var log struct {
			Runs []struct {
				Tool struct {
					Driver struct {
						Version         string `json:"version"`
						SemanticVersion string `json:"semanticVersion"`
					} `json:"driver"`
				} `json:"tool"`
			} `json:"runs"`
		}
		out := renderAll(t, "sarif", Meta{Version: tt.in})
		if err := json.Unmarshal([]byte(out), &log); err != nil {
			t.Fatal(err)
		}
		d := log.Runs[0].Tool.Driver
		if d.Version != tt.version || d.SemanticVersion != tt.semantic {
			t.Errorf("version %q: driver version %q, semanticVersion %q; want %q, %q", tt.in, d.Version, d.SemanticVersion, tt.version, tt.semantic)
		}
	}
}

// TestSARIFRuleNames: a rule's name is the id as a friendly identifier
// ("RepealedLaw"); one that would differ from the id only in case is left
// out (SARIF 3.49.7, the Multitool's SARIF1001).
func TestSARIFRuleNames(t *testing.T) {
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID   string  `json:"id"`
						Name *string `json:"name"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(renderAll(t, "sarif", Meta{Version: "1.0.0", Rules: loadPackT(t)})), &log); err != nil {
		t.Fatal(err)
	}
	names := map[string]string{}
	for _, r := range log.Runs[0].Tool.Driver.Rules {
		switch {
		case r.Name == nil:
			names[r.ID] = "(none)"
		case strings.EqualFold(*r.Name, r.ID):
			t.Errorf("rule %s: name %q differs from the id only in case", r.ID, *r.Name)
		default:
			names[r.ID] = *r.Name
		}
	}
	if names["repealed-law"] != "RepealedLaw" || names["placeholder"] != "(none)" || len(names) < 30 {
		t.Errorf("rule names %v", names)
	}
}
