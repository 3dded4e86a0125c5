package report

import (
	"bytes"
	"encoding/json"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/noticelint/noticelint/lint"
	"github.com/noticelint/noticelint/rules"
)

func compileSchema(t *testing.T, path string) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(path, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func validate(t *testing.T, s *jsonschema.Schema, data []byte) {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if err := s.Validate(v); err != nil {
		t.Fatalf("does not validate: %v", err)
	}
}

// TestSARIFSchema validates the SARIF report against the official OASIS
// SARIF 2.1.0 schema (testdata/sarif-schema-2.1.0.json, errata 01).
func TestSARIFSchema(t *testing.T) {
	validate(t, compileSchema(t, "testdata/sarif-schema-2.1.0.json"), render(t, "sarif", Options{}))
}

// TestSARIFSchemaCatchesErrors proves the validation can fail.
func TestSARIFSchemaCatchesErrors(t *testing.T) {
	s := compileSchema(t, "testdata/sarif-schema-2.1.0.json")
	bad := bytes.Replace(render(t, "sarif", Options{}), []byte(`"startLine": 4`), []byte(`"startLine": 0`), 1)
	v, _ := jsonschema.UnmarshalJSON(bytes.NewReader(bad))
	if err := s.Validate(v); err == nil {
		t.Error("a result with startLine 0 validated")
	}
}

// TestSARIFGitHubRules checks what GitHub code scanning requires beyond the
// schema: unique rule ids with descriptions and help, a physical location
// with startLine >= 1 on every result, a relative uri, ruleIndex pointing at
// the rule, and a primaryLocationLineHash.
func TestSARIFGitHubRules(t *testing.T) {
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
	if err := json.Unmarshal(render(t, "sarif", Options{}), &log); err != nil {
		t.Fatal(err)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("%d runs, want 1", len(log.Runs))
	}
	run := log.Runs[0]
	ids := map[string]bool{}
	for _, r := range run.Tool.Driver.Rules {
		if ids[r.ID] {
			t.Errorf("rule id %q twice", r.ID)
		}
		ids[r.ID] = true
		if r.ShortDescription.Text == "" || r.FullDescription.Text == "" || r.Help.Text == "" || r.Help.Markdown == "" {
			t.Errorf("rule %s lacks a description or help", r.ID)
		}
	}
	if len(run.Results) < 10 {
		t.Fatalf("only %d results", len(run.Results))
	}
	hash := regexp.MustCompile(`^[0-9a-f]{16}:[1-9][0-9]*$`)
	seen := map[string]bool{}
	for _, r := range run.Results {
		if r.RuleIndex < 0 || r.RuleIndex >= len(run.Tool.Driver.Rules) || run.Tool.Driver.Rules[r.RuleIndex].ID != r.RuleID {
			t.Errorf("result %s has ruleIndex %d pointing elsewhere", r.RuleID, r.RuleIndex)
		}
		if len(r.Locations) != 1 {
			t.Fatalf("result %s has %d locations", r.RuleID, len(r.Locations))
		}
		loc := r.Locations[0].PhysicalLocation
		if loc.Region.StartLine < 1 || loc.Region.StartColumn < 1 {
			t.Errorf("result %s at %d:%d", r.RuleID, loc.Region.StartLine, loc.Region.StartColumn)
		}
		if u, err := url.Parse(loc.ArtifactLocation.URI); err != nil || u.Scheme != "" || u.Path == "" || strings.HasPrefix(u.Path, "/") || strings.Contains(u.Path, "..") {
			t.Errorf("result %s has uri %q, want one relative to the working directory", r.RuleID, loc.ArtifactLocation.URI)
		}
		fp := r.PartialFingerprints["primaryLocationLineHash"]
		if !hash.MatchString(fp) {
			t.Errorf("result %s has primaryLocationLineHash %q", r.RuleID, fp)
		}
		key := loc.ArtifactLocation.URI + " " + fp
		if seen[key] {
			t.Errorf("two results in %s share fingerprint %s", loc.ArtifactLocation.URI, fp)
		}
		seen[key] = true
	}
}

// TestJSONSchema validates the JSON report against its documented schema.
func TestJSONSchema(t *testing.T) {
	validate(t, compileSchema(t, "../docs/json-report.schema.json"), render(t, "json", Options{}))
}

// TestSuppressedFindings: a suppressed finding stays in SARIF and JSON with
// its suppression, valid against both schemas, and leaves the text report.
func TestSuppressedFindings(t *testing.T) {
	pack := loadPackT(t)
	f := rules.Finding{
		Rule: "placeholder", Severity: rules.Error, Path: "n.txt", Message: "Unfilled template placeholder.",
		Location: rules.Location{Line: 2, Column: 1, EndLine: 2, EndColumn: 9}, Evidence: "(Muuta?)", Fingerprint: "0123456789abcdef:1",
		Suppressed: &rules.Suppression{Kind: rules.SuppressedInSource, Justification: "noticelint-disable comment on line 1"},
	}
	res := lint.FileResult{Path: "n.txt", Format: "text", Lang: "fi", Encoding: "utf-8", Findings: []rules.Finding{f}}
	sum := lint.Summary{Files: 1, BySeverity: map[rules.Severity]int{}, Suppressed: 1}
	out := map[string]string{}
	for _, format := range Formats {
		var buf bytes.Buffer
		rep, err := New(format, &buf, Meta{Version: "1.0.0", Rules: pack, WorkDir: "/w"}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := rep.File(res); err != nil {
			t.Fatal(err)
		}
		if err := rep.End(sum); err != nil {
			t.Fatal(err)
		}
		out[format] = buf.String()
	}
	validate(t, compileSchema(t, "testdata/sarif-schema-2.1.0.json"), []byte(out["sarif"]))
	validate(t, compileSchema(t, "../docs/json-report.schema.json"), []byte(out["json"]))
	if !strings.Contains(out["sarif"], `"kind": "inSource"`) || !strings.Contains(out["json"], `"suppressed":{"kind":"inSource"`) {
		t.Errorf("suppression missing:\n%s\n%s", out["sarif"], out["json"])
	}
	if strings.Contains(out["text"], "(Muuta?)") || !strings.Contains(out["text"], "1 finding suppressed") {
		t.Errorf("text report:\n%s", out["text"])
	}
}

func loadPackT(t *testing.T) []*rules.Rule {
	t.Helper()
	pack, err := rules.Load()
	if err != nil {
		t.Fatal(err)
	}
	return pack
}
