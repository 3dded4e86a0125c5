package rules

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/extract"
	"github.com/noticelint/noticelint/internal/gen"
)

// corpusTruth maps a rule to the planted defects that must make it fire;
// a notice with none of them must leave the rule quiet. stale-notice is
// judged apart: the generator's ordinary dates (2018-2021) are stale in
// 2026 too.
var corpusTruth = map[string][]string{
	"repealed-law":            {"repealed-law"},
	"placeholder":             {"placeholder-other", "placeholder-email", "placeholder-date"},
	"empty-section":           {"empty-field"},
	"duplicate-heading":       {"duplicate-heading"},
	"missing-complaint-right": {"missing-complaint"},
	"markup-residue":          {"literal-html"},
}

// corpusDisputed are generated notices where the planted defect is not
// the defect a reader would see; the generator's view is not the truth
// there.
var corpusDisputed = map[string]string{
	// The emptied "Changes" section still holds the notice's date line.
	"sv-webpage-0589-exempelbysbageri.txt|empty-section": "only a date under the heading",
	// The emptied security section keeps a "Manuellt material:" field
	// with text and a "B)" sub-heading.
	"sv-plain-0284-pahittviks-advokatbyra.txt|empty-section": "sub-fields remain",
	// "6. ...oikeusperuste" is followed by "Rekisterin tietosisältö:", which
	// reads as its first field as well as the next section's heading.
	"fi-numbered-0336-testikylayhdistys.txt|empty-section": "a field or the next heading",
}

// TestCorpusGroundTruth lints generated notices whose defects are known and
// holds every rule to them: each planted defect found, nothing reported
// where none was planted.
func TestCorpusGroundTruth(t *testing.T) {
	pack := loadPack(t)
	engine := NewEngine(pack, Options{Now: sampleClock})
	misses := map[string][]string{}
	for _, n := range gen.Generate(600, 7) {
		doc, err := extract.FromText(n.Name, n.Content, extract.Options{})
		if err != nil {
			t.Fatalf("%s: %v", n.Name, err)
		}
		fired := map[string][]Finding{}
		for _, f := range engine.Check(doc) {
			fired[f.Rule] = append(fired[f.Rule], f)
		}
		for rule, defects := range corpusTruth {
			if corpusDisputed[n.Name+"|"+rule] != "" {
				continue
			}
			planted := false
			for _, d := range defects {
				planted = planted || slices.Contains(n.Defects, d)
			}
			switch {
			case planted && len(fired[rule]) == 0:
				misses[rule] = append(misses[rule], "missed in "+n.Name)
			case !planted && len(fired[rule]) > 0:
				f := fired[rule][0]
				misses[rule] = append(misses[rule], fmt.Sprintf("false alarm in %s:%d %q", n.Name, f.Location.Line, f.Evidence))
			}
		}
		old, recent := slices.Contains(n.Defects, "old-date"), slices.Contains(n.Defects, "recent-date")
		switch {
		case old && len(fired["stale-notice"]) == 0:
			misses["stale-notice"] = append(misses["stale-notice"], "missed in "+n.Name)
		case recent && len(fired["stale-notice"]) > 0:
			misses["stale-notice"] = append(misses["stale-notice"], "false alarm in "+n.Name)
		}
	}
	rules := make([]string, 0, len(misses))
	for r := range misses {
		rules = append(rules, r)
	}
	sort.Strings(rules)
	for _, r := range rules {
		m := misses[r]
		t.Errorf("%s: %d wrong of 600:\n  %s", r, len(m), strings.Join(m[:min(len(m), 25)], "\n  "))
	}
}
