package rules

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/noticelint/noticelint/extract"
)

var sampleClock = SampleClock

// extractFixture extracts the file name in dir as its extension says.
func extractFixture(t *testing.T, dir, name string) *extract.Document {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := extract.Extract(name, raw, extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

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

// TestBilingual: every rule speaks English and Finnish (--message-lang).
func TestBilingual(t *testing.T) {
	for _, r := range loadPack(t) {
		for name, text := range map[string]Localized{"title": r.Title, "description": r.Description, "help": r.Help, "message": r.Message} {
			if text["en"] == "" || text["fi"] == "" {
				t.Errorf("%s: %s lacks English or Finnish", r.ID, name)
			}
		}
	}
}

// TestCatalogComplete: every rule id of the catalog is in the pack.
func TestCatalogComplete(t *testing.T) {
	ids := []string{
		"repealed-law", "invalid-transfer-mechanism", "gdpr-called-directive", "outdated-authority-contact",
		"outdated-request-formality", "stale-notice", "outdated-title", "placeholder", "empty-section",
		"duplicate-heading", "markup-residue", "missing-controller", "missing-dpo-contact", "missing-purpose",
		"missing-legal-basis", "missing-legitimate-interest", "missing-recipients", "missing-transfer-info",
		"missing-retention", "vague-retention", "missing-right-access", "missing-right-rectification",
		"missing-right-erasure", "missing-right-restriction", "missing-right-object", "missing-right-portability",
		"missing-consent-withdrawal", "missing-complaint-right", "missing-statutory-requirement",
		"missing-automated-decision-info", "missing-source", "transfer-contradiction", "extraction-quality",
	}
	pack := loadPack(t)
	for _, id := range ids {
		if Find(pack, id) == nil {
			t.Errorf("rule %s is missing from the pack", id)
		}
	}
}

// BenchmarkLoad measures the start-up cost of parsing and compiling the embedded pack.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStartup measures what a process does before its first notice:
// load and compile the embedded pack and build the engine's prefilter
// (the automaton over every literal), as a one-notice run does.
func BenchmarkStartup(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		pack, err := Load()
		if err != nil {
			b.Fatal(err)
		}
		lastPrefilter.Lock()
		lastPrefilter.p = nil // built again, as in a new process
		lastPrefilter.Unlock()
		NewEngine(pack, Options{})
	}
}

// TestLoadFSErrors: every broken file is reported by name, in file order,
// and the good rules still load.
func TestLoadFSErrors(t *testing.T) {
	good, err := packFS.ReadFile("pack/duplicate-heading.yaml")
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{
		"p/a-broken.yaml":          {Data: []byte("id: [\n")},
		"p/duplicate-heading.yaml": {Data: good},
		"p/notes.txt":              {Data: []byte("not a rule")},
		"p/z-renamed.yaml":         {Data: good},
	}
	rules, err := LoadFS(fsys, "p")
	if len(rules) != 1 || rules[0].ID != "duplicate-heading" {
		t.Errorf("loaded %d rules, want only duplicate-heading", len(rules))
	}
	if err == nil {
		t.Fatal("no error for a broken file and a misnamed one")
	}
	msg := err.Error()
	broken, renamed := strings.Index(msg, "p/a-broken.yaml:"), strings.Index(msg, `p/z-renamed.yaml: id "duplicate-heading" must match the file name "z-renamed"`)
	if broken < 0 || renamed < 0 || broken > renamed {
		t.Errorf("errors do not name both files in order:\n%s", msg)
	}
	if strings.Contains(msg, "notes.txt") {
		t.Errorf("a file that is not YAML was read:\n%s", msg)
	}
}
