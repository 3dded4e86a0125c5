package rules

import (
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// manifestRules are the columns of testdata/notices/MANIFEST.md, in order.
var manifestRules = []string{
	"repealed-law", "placeholder", "empty-section", "missing-complaint-right",
	"markup-residue", "duplicate-heading", "stale-notice",
}

var (
	manifestLine = regexp.MustCompile(`(\d+):\d+|anchor (\d+)`)
	manifestSev  = regexp.MustCompile(`\*\*(error)\*\*|\b(warning|note)\b`)
)

// TestNoticeManifest lints every fixture notice and compares, per rule, the
// lines with findings to those MANIFEST.md lists (written apart from the
// code, from the rule catalog).
func TestNoticeManifest(t *testing.T) {
	data, err := os.ReadFile("../testdata/notices/MANIFEST.md")
	if err != nil {
		t.Fatal(err)
	}
	engine := NewEngine(loadPack(t), Options{Now: sampleClock})
	rows := 0
	for _, line := range strings.Split(string(data), "\n") {
		cells := strings.Split(line, "|")
		if len(cells) < 13 || !strings.HasSuffix(strings.TrimSpace(cells[1]), ".txt") {
			continue
		}
		rows++
		file := strings.TrimSpace(cells[1])
		t.Run(file, func(t *testing.T) {
			doc := extractFixture(t, "../testdata", file)
			if want := strings.TrimSpace(cells[2]); doc.Lang != want {
				t.Errorf("language %q, want %q", doc.Lang, want)
			}
			got := map[string][]string{}
			for _, f := range engine.Check(doc) {
				got[f.Rule] = append(got[f.Rule], fmt.Sprintf("%d %s", f.Location.Line, f.Severity))
			}
			for i, rule := range manifestRules {
				cell := cells[6+i]
				var want []int
				for _, m := range manifestLine.FindAllStringSubmatch(cell, -1) {
					n := m[1] + m[2]
					var v int
					fmt.Sscan(n, &v)
					want = append(want, v)
				}
				gotLines := map[int]bool{}
				for _, g := range got[rule] {
					var line int
					var sev string
					fmt.Sscan(g, &line, &sev)
					gotLines[line] = true
					if m := manifestSev.FindStringSubmatch(cell); m != nil && m[1]+m[2] != sev {
						t.Errorf("%s on line %d: severity %s, want %s", rule, line, sev, m[1]+m[2])
					}
				}
				var have []int
				for l := range gotLines {
					have = append(have, l)
				}
				slices.Sort(have)
				slices.Sort(want)
				want = slices.Compact(want)
				if !slices.Equal(have, want) {
					t.Errorf("%s: findings on lines %v, manifest wants %v (%s)", rule, have, want, strings.TrimSpace(cell))
				}
				if n := len(got[rule]); (rule == "empty-section" || rule == "duplicate-heading" || rule == "stale-notice" || rule == "missing-complaint-right") && n != len(want) {
					t.Errorf("%s: %d findings, want exactly %d", rule, n, len(want))
				}
			}
		})
	}
	if rows < 25 {
		t.Fatalf("read %d fixture rows from the manifest, want at least 25", rows)
	}
}
