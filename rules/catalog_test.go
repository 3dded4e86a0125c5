package rules

import (
	"bufio"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestCatalogFixtures lints testdata/catalog, notices written for the whole
// rule catalog (complete ones, one per defect, hard quiet cases), and holds
// the findings to EXPECTED.md exactly: every listed (rule, line) found and
// nothing else.
func TestCatalogFixtures(t *testing.T) {
	expected := readExpected(t, "../testdata/catalog/EXPECTED.md")
	if len(expected) < 20 {
		t.Fatalf("only %d fixtures in EXPECTED.md", len(expected))
	}
	engine := NewEngine(loadPack(t), Options{Now: sampleClock})
	for _, file := range slices.Sorted(maps.Keys(expected)) {
		t.Run(file, func(t *testing.T) {
			doc := extractFixture(t, "../testdata/catalog", file)
			var got []string
			for _, f := range engine.Check(doc) {
				got = append(got, fmt.Sprintf("%s %d", f.Rule, f.Location.Line))
			}
			slices.Sort(got)
			got = slices.Compact(got)
			want := expected[file]
			for _, w := range want {
				if !slices.Contains(got, w) {
					t.Errorf("missed: %s", w)
				}
			}
			for _, g := range got {
				if !slices.Contains(want, g) {
					t.Errorf("not expected: %s", g)
				}
			}
		})
	}
}

// readExpected reads "## file" sections of "- rule line" items ("- none").
func readExpected(t *testing.T, path string) map[string][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string][]string{}
	file := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case strings.HasPrefix(line, "## ") && strings.HasSuffix(line, ".txt"):
			file = strings.TrimPrefix(line, "## ")
			out[file] = []string{}
		case file != "" && strings.HasPrefix(line, "- "):
			item := strings.TrimPrefix(line, "- ")
			if item != "none" {
				out[file] = append(out[file], strings.Join(strings.Fields(item)[:2], " "))
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
