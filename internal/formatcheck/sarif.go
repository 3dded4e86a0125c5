package formatcheck

import (
	"encoding/json"
	"net/url"
	"regexp"
	"strings"
)

// fingerprint is noticelint's primaryLocationLineHash: a hash and the
// occurrence.
var fingerprint = regexp.MustCompile(`^[0-9a-f]{16}:[1-9][0-9]*$`)

// SARIFForGitHub checks what GitHub code scanning requires of an upload
// beyond the SARIF schema: one run; unique rule ids with descriptions and
// help; on every result a ruleIndex pointing at its rule, one physical
// location with startLine >= 1 and a uri relative to the checkout, and a
// primaryLocationLineHash unique in its file. It returns every problem; a
// log with fewer than minResults results is a problem too.
func SARIFForGitHub(data []byte, minResults int) error {
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID               string `json:"id"`
						ShortDescription struct{ Text string }
						FullDescription  struct{ Text string }
						Help             struct{ Text, Markdown string }
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID    string `json:"ruleId"`
				RuleIndex int    `json:"ruleIndex"`
				Message   struct{ Text string }
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           struct{ StartLine, StartColumn int }
					}
				}
				PartialFingerprints map[string]string
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(data, &log); err != nil {
		return err
	}
	var ps problems
	if len(log.Runs) != 1 {
		ps.add("%d runs, want 1", len(log.Runs))
		return ps.err()
	}
	run := log.Runs[0]
	ids := map[string]bool{}
	for _, r := range run.Tool.Driver.Rules {
		if ids[r.ID] {
			ps.add("rule id %q twice", r.ID)
		}
		ids[r.ID] = true
		if r.ShortDescription.Text == "" || r.FullDescription.Text == "" || r.Help.Text == "" || r.Help.Markdown == "" {
			ps.add("rule %s lacks a description or help", r.ID)
		}
	}
	if len(run.Results) < minResults {
		ps.add("%d results, want at least %d", len(run.Results), minResults)
	}
	seen := map[string]bool{}
	for _, r := range run.Results {
		if r.RuleIndex < 0 || r.RuleIndex >= len(run.Tool.Driver.Rules) || run.Tool.Driver.Rules[r.RuleIndex].ID != r.RuleID {
			ps.add("result %s has ruleIndex %d pointing elsewhere", r.RuleID, r.RuleIndex)
		}
		if r.Message.Text == "" {
			ps.add("result %s has no message", r.RuleID)
		}
		if len(r.Locations) != 1 {
			ps.add("result %s has %d locations, want 1", r.RuleID, len(r.Locations))
			continue
		}
		loc := r.Locations[0].PhysicalLocation
		if loc.Region.StartLine < 1 || loc.Region.StartColumn < 1 {
			ps.add("result %s at %d:%d", r.RuleID, loc.Region.StartLine, loc.Region.StartColumn)
		}
		if u, err := url.Parse(loc.ArtifactLocation.URI); err != nil || u.Scheme != "" || u.Path == "" || strings.HasPrefix(u.Path, "/") || strings.Contains(u.Path, "..") {
			ps.add("result %s has uri %q, want one relative to the checkout", r.RuleID, loc.ArtifactLocation.URI)
		}
		fp := r.PartialFingerprints["primaryLocationLineHash"]
		if !fingerprint.MatchString(fp) {
			ps.add("result %s has primaryLocationLineHash %q", r.RuleID, fp)
		}
		key := loc.ArtifactLocation.URI + " " + fp
		if seen[key] {
			ps.add("two results in %s share the fingerprint %s", loc.ArtifactLocation.URI, fp)
		}
		seen[key] = true
	}
	return ps.err()
}
