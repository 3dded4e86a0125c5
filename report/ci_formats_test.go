package report

import (
	"bytes"
	"encoding/xml"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/internal/formatcheck"
	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/rules"
)

const codeClimateSchema = "../docs/codeclimate-report.schema.json"

// TestJUnitStructure checks the JUnit report against the structure of the
// commonly used JUnit schema and the counts readers rely on.
func TestJUnitStructure(t *testing.T) {
	out := render(t, "junit", Options{})
	if err := formatcheck.JUnit(out); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Suites []struct {
			Name  string `xml:"name,attr"`
			Cases []struct {
				Name    string    `xml:"name,attr"`
				Failure *struct{} `xml:"failure"`
				Error   *struct{} `xml:"error"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	// One suite a file, one case a finding, an error for the missing file.
	if len(doc.Suites) != 7 {
		t.Fatalf("%d suites, want one for each of the 7 inputs", len(doc.Suites))
	}
	last := doc.Suites[len(doc.Suites)-1]
	if last.Name != "testdata/notices/missing.txt" || len(last.Cases) != 1 || last.Cases[0].Error == nil {
		t.Errorf("the missing input's suite: %+v", last)
	}
}

// TestJUnitCheckCatchesErrors proves the structural check can fail.
func TestJUnitCheckCatchesErrors(t *testing.T) {
	good := string(render(t, "junit", Options{}))
	for name, bad := range map[string]string{
		"tests missing":    strings.Replace(good, `tests="1" `, ``, 1),
		"count wrong":      strings.Replace(good, `failures="5"`, `failures="4"`, 1),
		"unknown element":  strings.Replace(good, `<testcase name="no problems"`, `<testcase name="no problems"><flaky/></testcase><testcase name="x"`, 1),
		"case outside":     strings.Replace(good, `<testsuites name="noticelint">`, `<testsuites name="noticelint"><testcase name="x"/>`, 1),
		"unknown attr":     strings.Replace(good, `<testsuites name="noticelint">`, `<testsuites name="noticelint" colour="red">`, 1),
		"not well-formed":  strings.Replace(good, `</testsuites>`, ``, 1),
		"negative count":   strings.Replace(good, `errors="0"`, `errors="-1"`, 1),
		"no name":          strings.Replace(good, `<testcase name="no problems"`, `<testcase`, 1),
		"text in testcase": strings.Replace(good, `time="0"></testcase>`, `time="0">hello</testcase>`, 1),
	} {
		if bad == good {
			t.Fatalf("%s: the mutation changed nothing", name)
		}
		if err := formatcheck.JUnit([]byte(bad)); err == nil {
			t.Errorf("%s: passed the check", name)
		}
	}
}

// TestCodeClimateSchema validates the Code Climate report against the
// GitLab Code Quality schema in docs/ and GitLab's unique fingerprints.
func TestCodeClimateSchema(t *testing.T) {
	out := render(t, "codeclimate", Options{})
	if err := formatcheck.Schema(codeClimateSchema, out); err != nil {
		t.Fatal(err)
	}
	if err := formatcheck.CodeClimateForGitLab(out); err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(out, []byte(`"check_name"`)); n < 10 {
		t.Errorf("%d issues", n)
	}
}

// TestCodeClimateSchemaCatchesErrors proves the schema can fail.
func TestCodeClimateSchemaCatchesErrors(t *testing.T) {
	good := string(render(t, "codeclimate", Options{}))
	for name, bad := range map[string]string{
		"no fingerprint": strings.Replace(good, `"fingerprint"`, `"fingerprints"`, 1),
		"bad severity":   strings.Replace(good, `"severity": "major"`, `"severity": "error"`, 1),
		"line 0":         strings.Replace(good, `"begin": 4`, `"begin": 0`, 1),
		"absolute path":  strings.Replace(good, `"path": "testdata/`, `"path": "/testdata/`, 1),
		"no line":        strings.Replace(good, `"lines"`, `"line"`, 1),
	} {
		if bad == good {
			t.Fatalf("%s: the mutation changed nothing", name)
		}
		if err := formatcheck.Schema(codeClimateSchema, []byte(bad)); err == nil {
			t.Errorf("%s: validated", name)
		}
	}
	fps := regexp.MustCompile(`"fingerprint": "[^"]+"`).FindAllString(good, 2)
	if len(fps) < 2 {
		t.Fatalf("%d fingerprints", len(fps))
	}
	dup := strings.Replace(good, fps[0], fps[1], 1) // the first finding takes the second's
	if dup == good || formatcheck.CodeClimateForGitLab([]byte(dup)) == nil {
		t.Error("a repeated fingerprint passed")
	}
}

// TestJUnitUniqueNames: the same evidence in two sections (two
// fingerprints, each the first of its kind) gives two test cases whose
// names say their lines; two on one line say their columns too; a name
// that does not repeat keeps no line, so it survives edits elsewhere.
func TestJUnitUniqueNames(t *testing.T) {
	at := func(section string, line, col int, fp string) rules.Finding {
		return rules.Finding{
			Rule: "placeholder", Severity: rules.Error, Path: "n.txt", Message: "Unfilled template placeholder.", Section: section,
			Location: rules.Location{Line: line, Column: col, EndLine: line, EndColumn: col + 8}, Evidence: "(Muuta?)", Fingerprint: fp,
		}
	}
	other := at("3. Tiedot", 9, 1, "2222222222222222:1")
	other.Rule, other.Evidence = "repealed-law", "henkilötietolain"
	res := result.FileResult{Path: "n.txt", Findings: []rules.Finding{
		at("2. Henkilötiedot", 5, 1, "0000000000000000:1"), at("4. Lisätiedot", 12, 3, "1111111111111111:1"),
		at("4. Lisätiedot", 14, 1, "1111111111111111:2"), at("5. Muut", 12, 20, "3333333333333333:1"), other,
	}}
	junit := renderResult(t, "junit", loadPackT(t), Options{}, res, result.Summary{Files: 1, BySeverity: map[rules.Severity]int{rules.Error: 5}})
	if err := formatcheck.JUnit([]byte(junit)); err != nil {
		t.Error(err)
	}
	for _, want := range []string{
		`name="placeholder: (Muuta?) (line 5)"`, `name="placeholder: (Muuta?) (line 12, column 3)"`,
		`name="placeholder: (Muuta?) (line 12, column 20)"`, `name="placeholder: (Muuta?) (2)"`,
		`name="repealed-law: henkilötietolain"`,
	} {
		if !strings.Contains(junit, want) {
			t.Errorf("no test case %s in\n%s", want, junit)
		}
	}
}

// TestSuppressedInCIFormats: a suppressed finding is a skipped test case in
// JUnit, absent from Code Climate, and in SARIF with its suppression unless
// OmitSuppressed.
func TestSuppressedInCIFormats(t *testing.T) {
	pack := loadPackT(t)
	open := rules.Finding{
		Rule: "repealed-law", Severity: rules.Error, Path: "n.txt", Message: "Repealed act.",
		Location: rules.Location{Line: 3, Column: 1, EndLine: 3, EndColumn: 9}, Evidence: "HetiL", Fingerprint: "fedcba9876543210:1",
	}
	suppressed := rules.Finding{
		Rule: "placeholder", Severity: rules.Error, Path: "n.txt", Message: "Unfilled template placeholder.",
		Location: rules.Location{Line: 2, Column: 1, EndLine: 2, EndColumn: 9}, Evidence: "(Muuta?)", Fingerprint: "0123456789abcdef:1",
		Suppressed: &rules.Suppression{Kind: rules.SuppressedExternal, Justification: "in baseline b.json"},
	}
	res := result.FileResult{Path: "n.txt", Findings: []rules.Finding{suppressed, open}}
	sum := result.Summary{Files: 1, BySeverity: map[rules.Severity]int{rules.Error: 1}, Suppressed: 1}
	out := func(format string, opts Options) string {
		return renderResult(t, format, pack, opts, res, sum)
	}
	junit := out("junit", Options{})
	if err := formatcheck.JUnit([]byte(junit)); err != nil {
		t.Error(err)
	}
	if !strings.Contains(junit, `<skipped message="in baseline b.json"></skipped>`) || !strings.Contains(junit, `tests="2" failures="1" errors="0" skipped="1"`) {
		t.Errorf("junit:\n%s", junit)
	}
	cc := out("codeclimate", Options{})
	if strings.Contains(cc, "placeholder") || !strings.Contains(cc, "repealed-law") {
		t.Errorf("codeclimate:\n%s", cc)
	}
	if s := out("sarif", Options{}); !strings.Contains(s, `"justification": "in baseline b.json"`) {
		t.Errorf("sarif without a suppression:\n%s", s)
	}
	omitted := out("sarif", Options{OmitSuppressed: true})
	if strings.Contains(omitted, `"ruleId": "placeholder"`) || strings.Contains(omitted, "suppressions") || !strings.Contains(omitted, `"ruleId": "repealed-law"`) {
		t.Errorf("sarif with OmitSuppressed:\n%s", omitted)
	}
}

// TestTee: every reporter gets every result and the end.
func TestTee(t *testing.T) {
	pack := loadPackT(t)
	var a, b bytes.Buffer
	ra, _ := New("json", &a, Meta{Rules: pack}, Options{})
	rb, _ := New("text", &b, Meta{Rules: pack}, Options{})
	rep := Tee(ra, rb)
	if err := rep.File(result.FileResult{Path: "n.txt", Err: &result.FileError{Path: "n.txt", Reason: "empty file"}}); err != nil {
		t.Fatal(err)
	}
	if err := rep.End(result.Summary{Files: 1, FileErrors: 1, BySeverity: map[rules.Severity]int{}}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.String(), `"error":"empty file"`) || !strings.Contains(b.String(), "n.txt: error empty file") || !strings.Contains(b.String(), "1 input could not be read") {
		t.Errorf("json:\n%s\ntext:\n%s", a.String(), b.String())
	}
}

// TestURLPathsKept: a fetched page's URL (scan, crawl, lint --warc) reaches
// every CI format as it is, not run through the file path functions
// ("http:/shop.example").
func TestURLPathsKept(t *testing.T) {
	pack := loadPackT(t)
	const u = "https://shop.example:8443/fi/tietosuoja?v=2"
	f := rules.Finding{
		Rule: "repealed-law", Severity: rules.Error, Path: u, Message: "Repealed act.",
		Location: rules.Location{Line: 3, Column: 1, EndLine: 3, EndColumn: 9}, Evidence: "HetiL", Fingerprint: "fedcba9876543210:1",
	}
	res := result.FileResult{Path: u, Findings: []rules.Finding{f}}
	sum := result.Summary{Files: 1, BySeverity: map[rules.Severity]int{rules.Error: 1}}
	for _, tc := range []struct{ format, want string }{
		{"junit", `file="` + strings.ReplaceAll(u, "&", "&amp;") + `"`},
		{"codeclimate", `"path": "` + u + `"`},
		{"sarif", `"uri": "` + u + `"`},
	} {
		t.Run(tc.format, func(t *testing.T) {
			// WorkDir is the current directory, as on the command line:
			// the URL must not be taken for a file below it.
			wd, err := os.Getwd()
			if err != nil {
				t.Fatal(err)
			}
			out := renderResults(t, tc.format, Meta{Version: "1.0.0", Rules: pack, WorkDir: wd}, Options{}, sum, res)
			if !strings.Contains(out, tc.want) || strings.Contains(out, "https:/shop") {
				t.Errorf("want %s in:\n%s", tc.want, out)
			}
		})
	}
	if got := relPath("/w", "n.txt"); got != "n.txt" {
		t.Errorf("relPath of a file: %q", got)
	}
}
