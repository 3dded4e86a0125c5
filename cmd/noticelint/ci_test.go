package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/internal/formatcheck"
	"github.com/noticelint/noticelint/internal/testfiles"
)

// repoRoot is the repository's root, taken before any test changes the
// working directory.
var repoRoot, _ = filepath.Abs(filepath.Join("..", ".."))

// repoFile returns the absolute path of a file in the repository.
func repoFile(t *testing.T, rel string) string {
	t.Helper()
	return filepath.Join(repoRoot, filepath.FromSlash(rel))
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// exampleRepo makes a repository (a directory with .git) holding notices/
// with a copy of the example notices.
func exampleRepo(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"tietosuojaseloste.txt", "privacy-notice.txt", "dataskyddsbeskrivning.txt"} {
		testfiles.Write(t, filepath.Join(dir, "notices", name), readFile(t, repoFile(t, "testdata/examples/"+name)))
	}
	// Crawl results, for the README's noticelint report examples.
	testfiles.Write(t, filepath.Join(dir, "results.jsonl"), readFile(t, repoFile(t, "report/testdata/crawl/results.jsonl")))
	return dir
}

// repo makes an example repository and changes into it.
func repo(t *testing.T) string {
	t.Helper()
	dir := exampleRepo(t)
	t.Chdir(dir)
	return dir
}

// TestConfigInCLI: lint finds .noticelint.yml from a subdirectory, --config
// names another, --no-config ignores it.
func TestConfigInCLI(t *testing.T) {
	dir := repo(t)
	testfiles.Write(t, filepath.Join(dir, ".noticelint.yml"), "rules:\n  disable: [placeholder]\n")
	testfiles.Write(t, filepath.Join(dir, "ci", "strict.yml"), "rules:\n  disable: [repealed-law]\n")
	t.Chdir(filepath.Join(dir, "notices"))
	out, _, code := cli(t, "", "lint", asOf, "-q", ".")
	if code != exitFindings || strings.Contains(out, "placeholder") || !strings.Contains(out, "repealed-law") {
		t.Errorf("found config: exit %d\n%s", code, out)
	}
	out, _, _ = cli(t, "", "lint", asOf, "-q", "--no-config", ".")
	if !strings.Contains(out, "placeholder") || !strings.Contains(out, "repealed-law") {
		t.Errorf("--no-config:\n%s", out)
	}
	out, _, _ = cli(t, "", "lint", asOf, "-q", "--config", "../ci/strict.yml", ".")
	if !strings.Contains(out, "placeholder") || strings.Contains(out, "repealed-law") {
		t.Errorf("--config:\n%s", out)
	}
}

// TestNothingToLint: globs that leave out every file (a typo in include)
// fail the gate with exit 3, naming the globs, instead of passing with
// nothing checked; config verify warns of an include glob that matches no
// notice file.
func TestNothingToLint(t *testing.T) {
	dir := repo(t)
	testfiles.Write(t, filepath.Join(dir, ".noticelint.yml"), "version: 1\ninclude: [\"notice/**\"]\nexclude: [\"**/drafts/**\"]\n")
	out, errOut, code := cli(t, "", "lint", ".")
	if code != exitInput || strings.Contains(out, "no problems") ||
		!strings.Contains(errOut, `nothing linted: include ["notice/**"] and exclude ["**/drafts/**"] of .noticelint.yml left out every file (globs are relative to `+dir) {
		t.Errorf("a typo in include: exit %d\n%s%s", code, out, errOut)
	}
	for _, format := range []string{"sarif", "junit"} {
		if _, _, code := cli(t, "", "lint", "--format", format, "--output", "r."+format, "."); code != exitInput {
			t.Errorf("a typo in include, --format %s: exit %d", format, code)
		}
	}
	out, errOut, code = cli(t, "", "config", "verify")
	if code != exitClean || !strings.Contains(out, ".noticelint.yml: ok") ||
		!strings.Contains(errOut, `noticelint: warning: .noticelint.yml:2: include[0]: "notice/**" matches no notice file under `+dir) {
		t.Errorf("config verify of a typo in include: exit %d\n%s%s", code, out, errOut)
	}
	testfiles.Write(t, filepath.Join(dir, ".noticelint.yml"), "version: 1\ninclude: [\"notices/**\"]\n")
	if _, errOut, code := cli(t, "", "config", "verify"); code != exitClean || errOut != "" {
		t.Errorf("config verify of good globs: exit %d\n%s", code, errOut)
	}
	if _, _, code := cli(t, "", "lint", asOf, "."); code != exitFindings {
		t.Errorf("good globs: exit %d", code)
	}
	// From another folder, with a configuration given: the globs stay
	// relative to the configuration's folder.
	testfiles.Write(t, filepath.Join(dir, "ci", "none.yml"), "include: [\"../nothing/**\"]\n")
	t.Chdir(filepath.Join(dir, "notices"))
	_, errOut, code = cli(t, "", "lint", "--config", "../ci/none.yml", ".")
	if code != exitInput || !strings.Contains(errOut, `nothing linted: include ["../nothing/**"] of ../ci/none.yml left out every file`) {
		t.Errorf("everything left out: exit %d\n%s", code, errOut)
	}
}

// TestPrecedenceInCLI: a flag wins over the file, the file over the
// default, for fail-on and max-age.
func TestPrecedenceInCLI(t *testing.T) {
	dir := repo(t)
	stale := "notices/privacy-notice.txt" // dated February 2019: one warning
	tests := []struct {
		name, config string
		args         []string
		code         int
		stale        bool
	}{
		{"defaults", "", nil, exitClean, true},
		{"file fail-on", "fail-on: warning\n", nil, exitFindings, true},
		{"flag fail-on over file", "fail-on: warning\n", []string{"--fail-on", "error"}, exitClean, true},
		{"file max-age", "max-age: 120\nfail-on: warning\n", nil, exitClean, false},
		{"flag max-age over file", "max-age: 120\nfail-on: warning\n", []string{"--max-age", "36"}, exitFindings, true},
		{"flag max-age over override", "overrides:\n  - files: [\"notices/**\"]\n    max-age: 120\n", []string{"--max-age", "36"}, exitClean, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			testfiles.Write(t, filepath.Join(dir, ".noticelint.yml"), tt.config)
			out, errOut, code := cli(t, "", append(append([]string{"lint", asOf, "-q"}, tt.args...), stale)...)
			if code != tt.code || strings.Contains(out, "stale-notice") != tt.stale {
				t.Errorf("exit %d (want %d), stale %v (want %v)\n%s%s", code, tt.code, !tt.stale, tt.stale, out, errOut)
			}
		})
	}
}

// TestConfigErrorsInCLI: a bad configuration stops the run with exit 2 and
// names the file, line and key.
func TestConfigErrorsInCLI(t *testing.T) {
	dir := repo(t)
	testfiles.Write(t, filepath.Join(dir, ".noticelint.yml"), "version: 1\nrules:\n  severity:\n    stale-notice: fatal\n")
	_, errOut, code := cli(t, "", "lint", "notices")
	if code != exitUsage || !strings.Contains(errOut, ".noticelint.yml:4: rules.severity.stale-notice: value must be one of 'error', 'warning', 'note'") {
		t.Errorf("exit %d, stderr:\n%s", code, errOut)
	}
	_, errOut, code = cli(t, "", "lint", "--config", "missing.yml", "notices")
	if code != exitUsage || !strings.Contains(errOut, "missing.yml: cannot read: no such file or directory") {
		t.Errorf("missing --config: exit %d, stderr:\n%s", code, errOut)
	}
	if _, _, code := cli(t, "", "lint", "--config", "x.yml", "--no-config", "notices"); code != exitUsage {
		t.Errorf("--config with --no-config: exit %d", code)
	}
}

// TestInitAndVerify: init writes a starter that config verify accepts and
// refuses to overwrite it without --force; verify names a bad file's line.
func TestInitAndVerify(t *testing.T) {
	dir := repo(t)
	if _, errOut, code := cli(t, "", "config", "verify"); code != exitUsage || !strings.Contains(errOut, "noticelint init") {
		t.Errorf("verify without a configuration: exit %d, %s", code, errOut)
	}
	out, _, code := cli(t, "", "init")
	if code != exitClean || !strings.Contains(out, "wrote .noticelint.yml") {
		t.Fatalf("init: exit %d, %s", code, out)
	}
	t.Chdir(filepath.Join(dir, "notices"))
	out, errOut, code := cli(t, "", "config", "verify")
	if code != exitClean || !strings.Contains(out, filepath.Join("..", ".noticelint.yml")+": ok") {
		t.Errorf("verify the starter: exit %d\n%s%s", code, out, errOut)
	}
	t.Chdir(dir)
	testfiles.Write(t, ".noticelint.yml", "# mine\nlang: fi\n")
	if _, errOut, code := cli(t, "", "init"); code != exitUsage || !strings.Contains(errOut, ".noticelint.yml exists; --force overwrites it") {
		t.Errorf("init over a file: exit %d, %s", code, errOut)
	}
	if got := readFile(t, ".noticelint.yml"); got != "# mine\nlang: fi\n" {
		t.Errorf("init changed an existing file:\n%s", got)
	}
	if _, _, code := cli(t, "", "init", "--force"); code != exitClean || !strings.Contains(readFile(t, ".noticelint.yml"), "custom-rules:") {
		t.Errorf("init --force: exit %d", code)
	}
	testfiles.Write(t, "bad.yml", "lang: fi\nrules:\n  disable: [placeholders]\n")
	_, errOut, code = cli(t, "", "config", "verify", "bad.yml")
	if code != exitUsage || !strings.Contains(errOut, `bad.yml:3: rules.disable[0]: unknown rule "placeholders" (did you mean placeholder?)`) {
		t.Errorf("verify a bad file: exit %d, %s", code, errOut)
	}
}

// TestBaselineInCLI: --write-baseline records the findings and passes;
// after an edit that moves lines and adds a problem, --baseline reports
// only the new one, and SARIF carries the old ones as suppressed (or not at
// all with --sarif-suppressed omit).
func TestBaselineInCLI(t *testing.T) {
	dir := repo(t)
	_, errOut, code := cli(t, "", "lint", asOf, "--write-baseline", "noticelint-baseline.json", "notices")
	if code != exitClean || !strings.Contains(errOut, "recorded 7 findings in noticelint-baseline.json") {
		t.Fatalf("write: exit %d, %s", code, errOut)
	}
	notice := filepath.Join(dir, "notices", "tietosuojaseloste.txt")
	testfiles.Write(t, notice, "Päivitetty 1.10.2026\n\n"+readFile(t, notice)+"\nLisätietoja: TODO\n")
	out, _, code := cli(t, "", "lint", asOf, "--baseline", "noticelint-baseline.json", "notices")
	if code != exitFindings || strings.Count(out, " error ") != 1 || !strings.Contains(out, "placeholder") || !strings.Contains(out, "7 findings suppressed") {
		t.Errorf("with the baseline: exit %d\n%s", code, out)
	}
	sarif := filepath.Join(dir, "r.sarif")
	cli(t, "", "lint", asOf, "--baseline", "noticelint-baseline.json", "--output", "sarif="+sarif, "notices")
	got := readFile(t, sarif)
	if strings.Count(got, `"justification": "in baseline noticelint-baseline.json"`) != 7 || strings.Count(got, `"kind": "external"`) != 7 {
		t.Errorf("SARIF lacks the baseline's suppressions:\n%s", got)
	}
	cli(t, "", "lint", asOf, "--baseline", "noticelint-baseline.json", "--sarif-suppressed", "omit", "--output", "sarif="+sarif, "notices")
	if got := readFile(t, sarif); strings.Contains(got, "suppressions") || strings.Count(got, `"ruleId"`) != 1 {
		t.Errorf("--sarif-suppressed omit:\n%s", got)
	}
	_, errOut, code = cli(t, "", "lint", "--baseline", "none.json", "notices")
	if code != exitUsage || !strings.Contains(errOut, "--baseline: no such file or directory") {
		t.Errorf("missing baseline: exit %d, %s", code, errOut)
	}
	if _, _, code := cli(t, "", "lint", "--write-baseline", "no/such/dir/b.json", "notices"); code != exitInput {
		t.Errorf("baseline in a missing directory: exit %d, want %d as for a report file", code, exitInput)
	}
}

// TestBaselineFromAnotherFolder: a baseline's paths are relative to the
// repository's root, so a baseline written at the root matches a run from
// a folder below it and a run with absolute paths; one that matches none
// of the run's findings says so on standard error.
func TestBaselineFromAnotherFolder(t *testing.T) {
	dir := repo(t)
	if _, errOut, code := cli(t, "", "lint", asOf, "--write-baseline", "noticelint-baseline.json", "notices"); code != exitClean {
		t.Fatalf("write: exit %d, %s", code, errOut)
	}
	if got := readFile(t, "noticelint-baseline.json"); !strings.Contains(got, `"path": "notices/tietosuojaseloste.txt"`) {
		t.Errorf("the baseline's paths are not relative to the root:\n%s", got)
	}
	base := filepath.Join(dir, "noticelint-baseline.json")
	t.Chdir(filepath.Join(dir, "notices"))
	for name, args := range map[string][]string{
		"from a folder below": {"--baseline", "../noticelint-baseline.json", "."},
		"absolute paths":      {"--baseline", base, filepath.Join(dir, "notices")},
	} {
		out, errOut, code := cli(t, "", append([]string{"lint", asOf}, args...)...)
		if code != exitClean || !strings.Contains(out, "7 findings suppressed") || strings.Contains(errOut, "warning") {
			t.Errorf("%s: exit %d\n%s%s", name, code, out, errOut)
		}
	}
	// Written from the folder below, it matches a run from the root.
	cli(t, "", "lint", asOf, "--write-baseline", "below.json", ".")
	t.Chdir(dir)
	if out, _, code := cli(t, "", "lint", asOf, "--baseline", "notices/below.json", "notices"); code != exitClean || !strings.Contains(out, "7 findings suppressed") {
		t.Errorf("a baseline written below, run from the root: exit %d\n%s", code, out)
	}
	// A baseline of other files matches nothing: said, with the paths.
	testfiles.Write(t, "other.json", `{"version": 1, "findings": [{"path": "ilmoitukset/seloste.txt", "rule": "placeholder", "fingerprint": "0123456789abcdef:1"}]}`)
	_, errOut, code := cli(t, "", "lint", asOf, "--baseline", "other.json", "notices")
	want := "noticelint: warning: --baseline other.json records 1 finding and matched none of this run's 7 findings: it names files such as ilmoitukset/seloste.txt, this run such as notices/"
	if code != exitFindings || !strings.Contains(errOut, want) || !strings.Contains(errOut, "(paths relative to "+dir+")") {
		t.Errorf("a baseline of other files: exit %d\n%s", code, errOut)
	}
}

// TestOutputs: several reports in one run, each valid for its format; the
// simple --format/--output form still works; conflicts are usage errors.
func TestOutputs(t *testing.T) {
	dir := repo(t)
	out, _, code := cli(t, "", "lint", asOf, "--output", "sarif=r.sarif", "--output", "text=-",
		"--output", "junit=r.xml", "--output", "codeclimate=cc.json", "--output", "json=r.json", "notices")
	if code != exitFindings || !strings.Contains(out, "3 files linted: 7 problems") {
		t.Fatalf("exit %d\n%s", code, out)
	}
	if err := formatcheck.Schema(repoFile(t, "report/testdata/sarif-schema-2.1.0.json"), []byte(readFile(t, "r.sarif"))); err != nil {
		t.Error(err)
	}
	if err := formatcheck.SARIFForGitHub([]byte(readFile(t, "r.sarif")), 7); err != nil {
		t.Error(err)
	}
	if err := formatcheck.JUnit([]byte(readFile(t, "r.xml"))); err != nil {
		t.Error(err)
	}
	if err := formatcheck.Schema(repoFile(t, "docs/codeclimate-report.schema.json"), []byte(readFile(t, "cc.json"))); err != nil {
		t.Error(err)
	}
	if err := formatcheck.Schema(repoFile(t, "docs/json-report.schema.json"), []byte(readFile(t, "r.json"))); err != nil {
		t.Error(err)
	}
	// Only FORMAT=PATH outputs: nothing on standard output.
	if out, _, _ := cli(t, "", "lint", asOf, "--output", "json=only.json", "notices"); out != "" {
		t.Errorf("standard output without a text output:\n%s", out)
	}
	// --format with a plain --output, and another report beside it.
	cli(t, "", "lint", asOf, "--format", "junit", "--output", "plain.xml", "--output", "codeclimate=-", "notices")
	if !strings.HasPrefix(readFile(t, filepath.Join(dir, "plain.xml")), "<?xml") {
		t.Error("--format junit --output plain.xml wrote no JUnit")
	}
	// --format alone with a FORMAT=PATH output: the --format report goes to
	// standard output.
	if out, _, _ := cli(t, "", "lint", asOf, "--format", "json", "--output", "sarif=x.sarif", "notices"); !strings.HasPrefix(out, "{\n  \"version\": 1") {
		t.Errorf("--format json beside sarif=x.sarif:\n%s", out)
	}
	for name, args := range map[string][]string{
		"two to stdout":        {"--output", "text=-", "--output", "json=-"},
		"default and stdout":   {"--format", "text", "--output", "sarif=-"},
		"two to one file":      {"--output", "json=a", "--output", "sarif=a"},
		"two plain":            {"--output", "a.json", "--output", "b.json"},
		"unknown format":       {"--output", "xml=r.xml"},
		"no path":              {"--output", "sarif="},
		"bad sarif-suppressed": {"--sarif-suppressed", "hide"},
	} {
		if _, errOut, code := cli(t, "", append(append([]string{"lint"}, args...), "notices")...); code != exitUsage || !strings.Contains(errOut, "--") {
			t.Errorf("%s: exit %d, %s", name, code, errOut)
		}
	}
}
