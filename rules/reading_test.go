package rules

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/extract"
	"github.com/noticelint/noticelint/internal/gen"
)

// readingQuiet are the rules a misread structure sets off: no reading
// fixture has an empty section or a repeated heading, so neither may fire.
var readingQuiet = []string{"empty-section", "duplicate-heading"}

// TestReadingFixtures lints the reading fixtures (testdata/reading and
// internal/gen's reading notices in every format) and wants no structure
// finding: a list item, a wrapped heading, a table row or page chrome
// misread as a section would give one. Some fixtures want more (want).
func TestReadingFixtures(t *testing.T) {
	engine := NewEngine(loadPack(t), Options{Now: sampleClock})
	// want: how many findings of a rule a fixture must give, beyond readingQuiet's none.
	want := map[string]map[string]int{
		"tables":   {"missing-retention": 0}, // the period stands only in the retention column
		"labels":   {"empty-section": 1},     // "Y-tunnus:" with nothing after it
		"template": {"empty-section": 1},     // "4. Principer för skydd av registret" with an empty value cell
	}
	check := func(t *testing.T, name string, doc *extract.Document) {
		got := map[string]int{}
		for _, f := range engine.Check(doc) {
			got[f.Rule]++
		}
		fixture := want[strings.TrimSuffix(name, filepath.Ext(name))]
		for _, rule := range readingQuiet {
			if _, ok := fixture[rule]; !ok && got[rule] != 0 {
				t.Errorf("%s: %d %s findings", name, got[rule], rule)
			}
		}
		for rule, n := range fixture {
			if got[rule] != n {
				t.Errorf("%s: %d %s findings, want %d", name, got[rule], rule, n)
			}
		}
	}
	for _, name := range slices.Sorted(maps.Keys(gen.Reading)) {
		for _, r := range gen.Renditions {
			t.Run(name+"/"+r.Name, func(t *testing.T) {
				raw, err := r.Render(gen.Reading[name])
				if err != nil {
					t.Fatal(err)
				}
				doc, err := extract.Extract(r.Name, raw, extract.Options{})
				if err != nil {
					t.Fatal(err)
				}
				check(t, name, doc)
			})
		}
	}
	files, err := filepath.Glob("../testdata/reading/*.outline")
	if err != nil || len(files) == 0 {
		t.Fatalf("no reading fixtures: %v", err)
	}
	for _, o := range files {
		name := strings.TrimSuffix(filepath.Base(o), ".outline")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("../testdata/reading", name))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := extract.Extract(name, raw, extract.Options{})
			if err != nil {
				t.Fatal(err)
			}
			check(t, name, doc)
		})
	}
}
