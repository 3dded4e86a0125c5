package report

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/noticelint/noticelint/internal/gen"
)

type sarifTestResult struct {
	RuleID    string `json:"ruleId"`
	Locations []struct {
		PhysicalLocation struct {
			ArtifactLocation struct{ URI string } `json:"artifactLocation"`
			Region           struct {
				StartLine   int `json:"startLine"`
				StartColumn int `json:"startColumn"`
			} `json:"region"`
		} `json:"physicalLocation"`
	} `json:"locations"`
	Suppressions []struct{ Kind string } `json:"suppressions"`
	Properties   map[string]any          `json:"properties"`
}

// sarifResults lints paths and returns the SARIF results.
func sarifResults(t *testing.T, dir string, paths ...string) []sarifTestResult {
	t.Helper()
	out := lintReport(t, "sarif", dir, paths, Options{})
	validate(t, compileSchema(t, "testdata/sarif-schema-2.1.0.json"), out)
	var log struct {
		Runs []struct{ Results []sarifTestResult } `json:"runs"`
	}
	if err := json.Unmarshal(out, &log); err != nil {
		t.Fatal(err)
	}
	return log.Runs[0].Results
}

// TestSARIFLocationsInMarkup lints the notice as HTML and as Markdown, with
// a noticelint-disable-next-line comment added, and holds every SARIF
// result to the line and column of the source where its evidence stands:
// what GitHub shows the reader. The suppressed finding is reported as
// suppressed, not dropped.
func TestSARIFLocationsInMarkup(t *testing.T) {
	dir := t.TempDir()
	const comment = "<!-- noticelint-disable-next-line placeholder -- the list is being rewritten -->\n"
	htmlPage := strings.Replace(string(gen.HTML(gen.Sample, gen.Chrome("cookiebot"))), "  <li>(Muuta?)", comment+"  <li>(Muuta?)", 1)
	markdown := strings.Replace(string(gen.Markdown(gen.Sample)), "- (Muuta?)", comment+"- (Muuta?)", 1)
	// Where each rule's finding stands in either file: the line that
	// holds the marker, at the marker.
	markers := map[string]map[string]string{
		"notice.html": {
			"stale-notice": "12.3.2021", "repealed-law": "henkilötietolain", "placeholder": "(Muuta?)",
			"empty-section": "5. Oikeutetun", "markup-residue": "&lt;p&gt;", "duplicate-heading": "10. Rekisteröidyn",
			"missing-complaint-right": "9. Rekisteröidyn",
		},
		"notice.md": {
			"stale-notice": "12.3.2021", "repealed-law": "henkilötietolain", "placeholder": "(Muuta?)",
			"empty-section": "5. Oikeutetun", "markup-residue": `&lt;p\>`, "duplicate-heading": "10. Rekisteröidyn",
			"missing-complaint-right": "9. Rekisteröidyn",
		},
	}
	sources := map[string]string{"notice.html": htmlPage, "notice.md": markdown}
	for name, src := range sources {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	results := sarifResults(t, dir, filepath.Join(dir, "notice.html"), filepath.Join(dir, "notice.md"))
	seen := map[string]int{}
	for _, r := range results {
		loc := r.Locations[0].PhysicalLocation
		name := loc.ArtifactLocation.URI
		seen[name]++
		marker, ok := markers[name][r.RuleID]
		if !ok {
			if gen.SampleFindings[r.RuleID] == 0 {
				t.Errorf("%s: unexpected %s", name, r.RuleID)
			}
			seen[name]--
			continue // the other missing-* findings stand at the headings checked above
		}
		// The notice starts at its title; the cookie banner above it
		// holds a "(Muuta?)" of its own that must not be reported.
		lines := strings.Split(sources[name], "\n")
		line, col := 0, 0
		start := slices.IndexFunc(lines, func(l string) bool {
			return strings.Contains(l, "Tietosuojaseloste</h1>") || l == "# Tietosuojaseloste"
		})
		for i, l := range lines[start:] {
			i += start
			if k := strings.Index(l, marker); k >= 0 {
				line, col = i+1, utf8.RuneCountInString(l[:k])+1
				break
			}
		}
		if loc.Region.StartLine != line || loc.Region.StartColumn != col {
			t.Errorf("%s: %s at %d:%d, want %d:%d (%q)", name, r.RuleID, loc.Region.StartLine, loc.Region.StartColumn, line, col, marker)
		}
		suppressed := len(r.Suppressions) == 1 && r.Suppressions[0].Kind == "inSource"
		if suppressed != (r.RuleID == "placeholder") {
			t.Errorf("%s: %s suppressions %+v", name, r.RuleID, r.Suppressions)
		}
	}
	for name := range sources {
		if seen[name] != len(markers[name]) {
			t.Errorf("%s: %d results, want %d", name, seen[name], len(markers[name]))
		}
	}
}

// TestSARIFPDFPage: results for a PDF carry the page in their properties.
func TestSARIFPDFPage(t *testing.T) {
	abs, err := filepath.Abs("../testdata/formats/notice-winansi.pdf")
	if err != nil {
		t.Fatal(err)
	}
	results := sarifResults(t, filepath.Dir(abs), abs)
	want := 0
	for _, n := range gen.SampleFindings {
		want += n
	}
	if len(results) != want {
		t.Fatalf("%d results, want %d", len(results), want)
	}
	for _, r := range results {
		if page, ok := r.Properties["page"].(float64); !ok || page < 1 {
			t.Errorf("%s: properties %v, want a page", r.RuleID, r.Properties)
		}
	}
}
