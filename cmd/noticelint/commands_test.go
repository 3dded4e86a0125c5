package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/internal/ruledoc"
	"github.com/noticelint/noticelint/rules"
)

func TestRulesAndExplain(t *testing.T) {
	pack, err := rules.Load()
	if err != nil {
		t.Fatal(err)
	}
	out, _, code := cli(t, "", "rules")
	if code != 0 {
		t.Fatalf("rules: exit %d", code)
	}
	for _, r := range pack {
		if !strings.Contains(out, r.ID) {
			t.Errorf("rules does not list %s", r.ID)
		}
		ex, _, code := cli(t, "", "explain", r.ID)
		if code != 0 || !strings.Contains(ex, "Law: "+r.Ref) || !strings.Contains(ex, "gives ") || !strings.Contains(ex, "Mitä tehdä:") || !strings.Contains(ex, r.Title["fi"]) {
			t.Errorf("explain %s (exit %d) lacks the law or the example's finding:\n%s", r.ID, code, ex)
		}
	}
	out, _, _ = cli(t, "", "rules", "--format", "json")
	var list []struct{ ID, Severity string }
	if err := json.Unmarshal([]byte(out), &list); err != nil || len(list) != len(pack) {
		t.Errorf("rules --json: %v, %d entries for %d rules", err, len(list), len(pack))
	}
	// A partial or mistyped id gets a "did you mean", as in configuration
	// errors.
	for typed, want := range map[string]string{
		"repealed":               "did you mean repealed-law?",
		"repeald-law":            "did you mean repealed-law?",
		"missing-complain-right": "did you mean missing-complaint-right?",
		"placehodler":            "did you mean placeholder?",
		"zzz":                    "'noticelint rules' lists them",
	} {
		if _, errOut, code := cli(t, "", "explain", typed); code != exitUsage || !strings.Contains(errOut, `no rule "`+typed+`": `+want) {
			t.Errorf("explain %s: exit %d, %q", typed, code, errOut)
		}
	}
	if out, _, _ := cli(t, "", "version"); !strings.HasPrefix(out, "noticelint ") {
		t.Errorf("version: %q", out)
	}
}

// TestQuickStart runs the README's first command and checks the summary the
// README shows.
func TestQuickStart(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(readme), "go run ./cmd/noticelint lint testdata/examples/") {
		t.Fatal("README's quick start no longer lints testdata/examples/")
	}
	out, _, code := cli(t, "", "lint", asOf, "../../testdata/examples/")
	const summary = "3 files linted: 7 problems (4 errors, 1 warning, 2 notes)"
	if code != exitFindings || !strings.Contains(out, summary) || !strings.Contains(string(readme), summary) {
		t.Errorf("exit %d; README and output must both end with %q:\n%s", code, summary, out)
	}
	// The quick start's go run commands end with "exit status 1", as the
	// README warns: the examples have errors on purpose.
	if !strings.Contains(string(readme), "The first two end with `exit status 1`, on purpose") {
		t.Error("the README does not say why the quick start ends with exit status 1")
	}
	t.Chdir(repoRoot)
	runs := 0
	for _, b := range markdownBlocks(t, repoFile(t, "README.md")) {
		for _, line := range strings.Split(b.text, "\n") {
			args, ok := strings.CutPrefix(line, "go run ./cmd/noticelint ")
			if !ok {
				continue
			}
			args, _, _ = strings.Cut(args, "#")
			runs++
			if _, errOut, code := cli(t, "", strings.Fields(args)...); code != exitFindings {
				t.Errorf("%s: exit %d, want %d as the README says\n%s", line, code, exitFindings, errOut)
			}
		}
	}
	if runs != 2 {
		t.Errorf("%d go run commands in the README, want the quick start's 2", runs)
	}
}

func TestOutputFileAndStdin(t *testing.T) {
	dir := t.TempDir()
	dest := filepath.Join(dir, "report.sarif")
	_, _, code := cli(t, "Tietosuojaseloste\nHenkilötietolain mukaisesti.\n", "lint", asOf, "--format", "sarif", "--output", dest, "--stdin-filename", "notice.txt", "-")
	if code != exitFindings {
		t.Fatalf("exit %d", code)
	}
	data, err := os.ReadFile(dest)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `"ruleId": "repealed-law"`) || !strings.Contains(string(data), `"uri": "notice.txt"`) {
		t.Errorf("report:\n%s", data)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
	// An output directory that does not exist is an error (exit 3, a
	// report that cannot be created), and no report appears.
	_, errOut, code := cli(t, "", "lint", "--output", filepath.Join(dir, "no", "such", "r.json"), "../../testdata/examples/")
	if code != exitInput || !strings.Contains(errOut, "--output") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

func TestQuietAndColor(t *testing.T) {
	out, _, _ := cli(t, "", "lint", asOf, "-q", "../../testdata/examples/tietosuojaseloste.txt")
	if lines := strings.Split(strings.TrimSpace(out), "\n"); len(lines) != 5 || strings.Contains(out, "linted") || strings.Contains(out, "  |") {
		t.Errorf("quiet output:\n%s", out)
	}
	if out, _, _ := cli(t, "", "lint", asOf, "../../testdata/examples/"); strings.Contains(out, "\x1b[") {
		t.Error("colour codes when the output is not a terminal")
	}
}

// TestRuleReference: 'noticelint rules --format markdown' writes the rule
// reference as one document (docs/ holds it a page a rule: internal/ruledoc).
func TestRuleReference(t *testing.T) {
	out, errOut, code := cli(t, "", "rules", "--format", "markdown")
	pack, err := rules.Load()
	if code != 0 || err != nil {
		t.Fatalf("exit %d: %s %v", code, errOut, err)
	}
	if out != ruledoc.Reference(pack) || !strings.Contains(out, "\n### repealed-law\n") {
		t.Errorf("rules --format markdown is not the rule reference:\n%s", out)
	}
}

// TestSectionsCommand shows the outline of a PDF with pages, and how well
// a scanned page was read.
func TestSectionsCommand(t *testing.T) {
	out, _, code := cli(t, "", "sections", "../../testdata/formats/template-table.pdf")
	if code != 0 || !strings.Contains(out, "format pdf") || !strings.Contains(out, "row      1  Oikeutetun edun peruste  [no body]  (page 1)") {
		t.Errorf("sections (exit %d):\n%s", code, out)
	}
	// The first line names an encoding only where the file has one.
	for file, want := range map[string]string{
		"template-table.pdf": `format pdf, language "fi", title `,
		"notice.docx":        `format docx, language "fi", title "Tietosuojaseloste"`,
		"notice.txt":         `format text, encoding utf-8, language "fi", title "Tietosuojaseloste"`,
	} {
		out, _, _ := cli(t, "", "sections", "../../testdata/formats/"+file)
		if first, _, _ := strings.Cut(out, "\n"); !strings.HasPrefix(first, want) {
			t.Errorf("sections %s: %q, want %q...", file, first, want)
		}
	}
	out, _, code = cli(t, "", "sections", "--lines", "../../testdata/reading/lists.html")
	for _, want := range []string{"lines:\n", "    7  heading 2  1. Rekisterinpitäjä\n", "   14  body item  Sopimuksen täytäntöönpano (jäsenyys)\n", "sections:\nformat html"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("sections --lines (exit %d) lacks %q:\n%s", code, want, out)
		}
	}
	dir := t.TempDir()
	page := filepath.Join(dir, "scan.html")
	if err := os.WriteFile(page, []byte(`<!-- noticelint-disable -->`+"\n"+`<img src="seloste.png">`), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, _ = cli(t, "", "sections", page)
	if !strings.Contains(out, "quality 0.00: no text, only 1 image") || !strings.Contains(out, "suppressed all rules on lines 1-2 (comment on line 1)") {
		t.Errorf("sections of a picture:\n%s", out)
	}
	// Markdown the parser cannot take in linear time is read as text, and
	// sections says so.
	md := filepath.Join(dir, "lists.md")
	if err := os.WriteFile(md, []byte("# Tietosuojaseloste\n\n"+strings.Repeat("- ", 100_000)+"x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, code = cli(t, "", "sections", md)
	if code != 0 || !strings.Contains(out, "format text, encoding utf-8") ||
		!strings.Contains(out, "\nread as plain text, not as Markdown: a line opens 150000 nested lists or quotes, more than 16\n") {
		t.Errorf("sections of deep Markdown (exit %d):\n%.300s", code, out)
	}
}
