package report

import (
	"bytes"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/noticelint/noticelint/internal/formatcheck"
	"github.com/noticelint/noticelint/result"
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
// schema (formatcheck.SARIFForGitHub): unique rule ids with descriptions
// and help, a physical location with startLine >= 1 on every result, a
// relative uri, ruleIndex pointing at the rule, and a primaryLocationLineHash.
func TestSARIFGitHubRules(t *testing.T) {
	if err := formatcheck.SARIFForGitHub(render(t, "sarif", Options{}), 10); err != nil {
		t.Error(err)
	}
}

// TestSARIFGitHubRulesCatchErrors proves the GitHub check can fail.
func TestSARIFGitHubRulesCatchErrors(t *testing.T) {
	good := string(render(t, "sarif", Options{}))
	for name, bad := range map[string]string{
		"duplicate rule id": strings.Replace(good, `"id": "empty-section"`, `"id": "duplicate-heading"`, 1),
		"no fingerprint":    strings.Replace(good, `"primaryLocationLineHash"`, `"lineHash"`, 1),
		"line 0":            strings.Replace(good, `"startLine": 4`, `"startLine": 0`, 1),
		"absolute uri":      strings.Replace(good, `"uri": "testdata/`, `"uri": "file:///testdata/`, 1),
		"no location":       regexp.MustCompile(`(?s)"locations": \[.*?\n          \]`).ReplaceAllLiteralString(good, `"locations": []`),
	} {
		if bad == good {
			t.Fatalf("%s: the mutation changed nothing", name)
		}
		if err := formatcheck.SARIFForGitHub([]byte(bad), 10); err == nil {
			t.Errorf("%s: passed the check", name)
		}
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
	res := result.FileResult{Path: "n.txt", Format: "text", Lang: "fi", Encoding: "utf-8", Findings: []rules.Finding{f}}
	sum := result.Summary{Files: 1, BySeverity: map[rules.Severity]int{}, Suppressed: 1}
	out := map[string]string{}
	for _, format := range Formats {
		out[format] = renderResult(t, format, pack, Options{}, res, sum)
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

// renderResult writes one hand-made result and its summary in format.
func renderResult(t *testing.T, format string, pack []*rules.Rule, opts Options, res result.FileResult, sum result.Summary) string {
	t.Helper()
	return renderResults(t, format, Meta{Version: "1.0.0", Rules: pack, WorkDir: "/w"}, opts, sum, res)
}

// renderAll writes hand-made results in format, summed as a run sums them.
func renderAll(t *testing.T, format string, meta Meta, results ...result.FileResult) string {
	t.Helper()
	sum := result.Summary{BySeverity: map[rules.Severity]int{}}
	for _, r := range results {
		sum.Add(r)
	}
	return renderResults(t, format, meta, Options{}, sum, results...)
}

func renderResults(t *testing.T, format string, meta Meta, opts Options, sum result.Summary, results ...result.FileResult) string {
	t.Helper()
	var buf bytes.Buffer
	rep, err := New(format, &buf, meta, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range results {
		if err := rep.File(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := rep.End(sum); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func loadPackT(t *testing.T) []*rules.Rule {
	t.Helper()
	pack, err := rules.Load()
	if err != nil {
		t.Fatal(err)
	}
	return pack
}
