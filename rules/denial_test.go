package rules

import (
	"testing"

	"github.com/noticelint/noticelint/extract"
)

// testRule parses a rule written for a test; its samples are not run.
func testRule(t *testing.T, yaml string) *Rule {
	t.Helper()
	r, err := ParseRule("test.yaml", []byte(`severity: error
category: missing-information
title: {en: T}
description: {en: D}
ref: GDPR Art. 16
help: {en: H}
message: {en: M}
samples: {fire: [x], quiet: [y]}
`+yaml))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// fires lints text with the one rule and reports whether it gave a finding.
func fires(t *testing.T, r *Rule, text string) bool {
	t.Helper()
	doc, err := extract.FromText("notice.txt", []byte(text), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return len(NewEngine([]*Rule{r}, Options{Now: sampleClock}).Check(doc)) > 0
}

// TestUnlessDenied: with unless_denied, a clause that denies the statement
// does not make it, in a sentence and under a heading, while a negation in
// another clause, or a rule without the key, leaves it made.
func TestUnlessDenied(t *testing.T) {
	const rule = `kind: require
statements:
  en:
    - all: ['correct', '\bright|\byou (?:can|may)\b']
sections:
  - heading: 'correction'
  - heading: 'your rights'
    body: 'correct'
`
	denying := testRule(t, "id: t-denied\nunless_denied: true\n"+rule)
	plain := testRule(t, "id: t-plain\n"+rule)
	for _, tt := range []struct {
		text   string
		denied bool // the denying rule fires
	}{
		{"Privacy notice\nWe do not offer any right to correct the entries, since the register holds log lines only.", true},
		{"Privacy notice\nThere is no right to correct log lines.", true},
		{"2. Your rights\nWe do not provide correction of the log.\n\n3. Security\nLocked.", true},
		{"2. Correction\nWe do not provide this right for the log.\n\n3. Security\nLocked.", true},
		// Where a right does not apply, saying so informs of it.
		{"2. Correction\nThis right does not apply to the log.\n\n3. Security\nLocked.", false},
		{"Privacy notice\nWe do not sell your data, and you have the right to correct it.", false},
		{"Privacy notice\nIf the data is not right, you may have it corrected.", false},
		{"2. Your rights\nWe do not provide any other right. You can have your data corrected.\n\n3. Security\nLocked.", false},
		{"2. Correction\nWrite to us.\n\n3. Security\nLocked.", false},
	} {
		if got := fires(t, denying, tt.text); got != tt.denied {
			t.Errorf("unless_denied on %q: fires %v, want %v", tt.text, got, tt.denied)
		}
		if fires(t, plain, tt.text) {
			t.Errorf("without unless_denied on %q: fires", tt.text)
		}
	}
}

func TestUndenied(t *testing.T) {
	for s, want := range map[string]string{
		"we do not offer any right to correct the entries, since logs are anonymous": "since logs are anonymous",
		"sinulla ei ole oikeutta siirtää tietoja ja voit pyytää poistoa":             "voit pyytää poistoa",
		"du har rätt att få dina uppgifter rättade":                                  "du har rätt att få dina uppgifter rättade",
		"du har inte rätt att få loggarna; kontakta oss":                             "kontakta oss",
	} {
		if got := undenied(s); got != want {
			t.Errorf("undenied(%q) = %q, want %q", s, got, want)
		}
	}
}
