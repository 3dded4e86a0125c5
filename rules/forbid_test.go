package rules

import (
	"slices"
	"testing"

	"github.com/noticelint/noticelint/extract"
)

// evidence lints text with the one rule and returns each finding's evidence.
func evidence(t *testing.T, r *Rule, text string) []string {
	t.Helper()
	doc, err := extract.FromText("notice.txt", []byte(text), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range NewEngine([]*Rule{r}, Options{Now: sampleClock}).Check(doc) {
		out = append(out, f.Evidence)
	}
	return out
}

// TestSeparateAndCapitals: matches side by side are one finding unless the
// rule keeps them separate; a pattern with capitals counts only text
// written in capitals.
func TestSeparateAndCapitals(t *testing.T) {
	const rule = `kind: forbid
keywords: ['[']
patterns:
  fi:
    - '\[\s*(?:nimi|osoite)\s*\]'
    - {re: '\[\p{L}[\p{L} ]*\]', capitals: true}
`
	joined := testRule(t, "id: t-joined\n"+rule)
	separate := testRule(t, "id: t-separate\nseparate: true\n"+rule)
	const text = "Rekisterinpitäjä: [nimi], [osoite] [PVM]. Lähde [katso alla] ja [1]."
	if got, want := evidence(t, joined, text), []string{"[nimi], [osoite] [PVM]"}; !slices.Equal(got, want) {
		t.Errorf("joined: %q, want %q", got, want)
	}
	if got, want := evidence(t, separate, text), []string{"[nimi]", "[osoite]", "[PVM]"}; !slices.Equal(got, want) {
		t.Errorf("separate: %q, want %q", got, want)
	}
}
