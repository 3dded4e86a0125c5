package config

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/noticelint/noticelint/extract"
	"github.com/noticelint/noticelint/internal/testfiles"
)

// customRuleYAML is a forbid rule whose fire samples are fire (a YAML
// flow sequence) and whose quiet sample is a notice naming the new brand.
func customRuleYAML(id, fire string) string {
	return `id: ` + id + `
severity: warning
category: outdated-reference
title: {en: The company's old name}
description: {en: The notice names the controller by its name before the merger.}
ref: GDPR Art. 13(1)(a)
help: {en: Write the controller's current name.}
message: {en: '"{evidence}" is the old name.'}
kind: forbid
keywords: [vanha esimerkki]
patterns:
  fi: ['\bvanha esimerkki oy\b']
samples:
  fire: ` + fire + `
  quiet: [Rekisterinpitäjä on Esimerkki Oyj.]
`
}

func indentLines(text, prefix string) string {
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	for i := range lines {
		lines[i] = prefix + lines[i]
	}
	return strings.Join(lines, "\n") + "\n"
}

// TestCustomRules: an inline rule and a rule in a file are compiled, their
// samples pass, and they find what they are written for.
func TestCustomRules(t *testing.T) {
	dir := t.TempDir()
	testfiles.Write(t, filepath.Join(dir, "rules", "acme-file.yaml"), customRuleYAML("acme-file", "[Vanha Esimerkki Oy vastaa tiedoista.]"))
	inline := customRuleYAML("acme-inline", "[Rekisterinpitäjä on Vanha Esimerkki Oy.]")
	path := filepath.Join(dir, FileName)
	testfiles.Write(t, path, "custom-rules:\n  - rules/acme-file.yaml\n  -\n"+indentLines(inline, "    "))
	cfg, err := Load(path, pack(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(cfg.CustomRules) != 2 || cfg.CustomRules[0].ID != "acme-file" || cfg.CustomRules[1].ID != "acme-inline" {
		t.Fatalf("custom rules %v", cfg.CustomRules)
	}
	plan := NewPlan(cfg, pack(t), Flags{}, time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC))
	doc, err := extract.FromText("n.txt", []byte("Tietosuojaseloste\nRekisterinpitäjä on Vanha Esimerkki Oy, Y-tunnus 1234567-8.\n"), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range plan.Engine().Check(doc) {
		if strings.HasPrefix(f.Rule, "acme-") {
			got = append(got, f.Rule+" "+f.Evidence+" "+f.Severity.String())
		}
	}
	want := "acme-file Vanha Esimerkki Oy warning\nacme-inline Vanha Esimerkki Oy warning"
	if strings.Join(got, "\n") != want {
		t.Errorf("custom findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
	}
	if ids := ruleIDs(plan); !strings.Contains(ids, "acme-file") || !strings.Contains(ids, "acme-inline") {
		t.Errorf("the plan's rules lack the custom rules: %s", ids)
	}
}

// TestCustomRulesRejected: a rule whose samples misbehave, that does not
// compile or that takes a used id is refused, naming the file, the line of
// the sample or key, and the reason.
func TestCustomRulesRejected(t *testing.T) {
	dir := t.TempDir()
	// A fire sample that does not fire (line 14 of the rule file) and a
	// quiet one that does (line 15).
	bad := strings.Replace(customRuleYAML("acme-file", "[Esimerkki Oyj.]"), "[Rekisterinpitäjä on Esimerkki Oyj.]", "[Vanha Esimerkki Oy.]", 1)
	testfiles.Write(t, filepath.Join(dir, "rules", "bad.yaml"), bad)
	testfiles.Write(t, filepath.Join(dir, "rules", "shape.yaml"), "id: acme-shape\nseverity: fatal\n")
	// A forbid rule with a require rule's key (line 16).
	testfiles.Write(t, filepath.Join(dir, "rules", "misplaced.yaml"), customRuleYAML("acme-misplaced", "[Vanha Esimerkki Oy.]")+"anchor: ['rekisterinpitäjä']\n")
	path := filepath.Join(dir, "c.yml")
	testfiles.Write(t, path, `custom-rules:
  - rules/bad.yaml
  - rules/missing.yaml
  - rules/shape.yaml
  - rules/misplaced.yaml
  - id: acme-samples
    severity: error
    category: template-residue
    title: {en: Draft marker}
    description: {en: A draft marker left in the notice.}
    ref: GDPR Art. 12(1)
    help: {en: Remove the marker.}
    message: {en: 'Draft marker "{evidence}".'}
    kind: forbid
    keywords: [luonnos]
    patterns:
      fi: ['\bluonnos\b']
    samples:
      fire:
        - Tämä on LUONNOS.
        - Tämä on vedos.
      quiet:
        - Luonnos on hyväksytty.
  - id: placeholder
    severity: error
    category: x
    title: {en: t}
    description: {en: d}
    ref: r
    help: {en: h}
    message: {en: m}
    kind: forbid
    keywords: [x]
    patterns: {en: ['x']}
    samples: {fire: [x], quiet: [y]}
  - id: acme-regexp
    severity: error
    category: x
    title: {en: t}
    description: {en: d}
    ref: r
    help: {en: h}
    message: {en: m}
    kind: forbid
    keywords: [x]
    patterns: {en: ['x(']}
    samples: {fire: [x], quiet: [y]}
  -
`+indentLines(customRuleYAML("acme-inline-misplaced", "[Vanha Esimerkki Oy.]")+"when_heading: ['rekisterinpitäjä']\n", "    "))
	_, err := Load(path, pack(t))
	if err == nil {
		t.Fatal("a configuration with bad custom rules loaded")
	}
	rel := func(p string) string { return displayPath(filepath.Join(dir, p)) }
	want := []string{
		rel("c.yml") + `:3: custom-rules[1]: cannot read the rule file ` + rel("rules/missing.yaml") + `: no such file or directory`,
		rel("c.yml") + `:21: custom-rules[4].samples.fire[1]: rule acme-samples: fire sample gave no findings, want a finding of severity error: "Tämä on vedos."`,
		rel("c.yml") + `:23: custom-rules[4].samples.quiet[0]: rule acme-samples: quiet sample gave error acme-samples at 1:1 "Luonnos": "Luonnos on hyväksytty."`,
		rel("c.yml") + `:24: custom-rules[5].id: rule id "placeholder" is already a built-in rule`,
		rel("c.yml") + `:36: custom-rules[6]: pattern "x(": error parsing regexp: missing closing ): ` + "`x(`",
		rel("c.yml") + `:64: custom-rules[7].when_heading: "when_heading" is a key of a require rule, not of a forbid rule`,
		rel("rules/bad.yaml") + `:14: samples.fire[0]: rule acme-file: fire sample gave no findings, want a finding of severity warning: "Esimerkki Oyj."`,
		rel("rules/bad.yaml") + `:15: samples.quiet[0]: rule acme-file: quiet sample gave warning acme-file at 1:1 "Vanha Esimerkki Oy": "Vanha Esimerkki Oy."`,
		rel("rules/misplaced.yaml") + `:16: anchor: "anchor" is a key of a require rule, not of a forbid rule`,
		rel("rules/shape.yaml") + `:1: missing category, title, description, ref, help, message, kind, samples`,
		rel("rules/shape.yaml") + `:2: severity: value must be one of 'error', 'warning', 'note'`,
	}
	if got := err.Error(); got != strings.Join(want, "\n") {
		t.Errorf("error:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
}

func ruleIDs(p *Plan) string {
	var ids []string
	for _, r := range p.Rules {
		ids = append(ids, r.ID)
	}
	return strings.Join(ids, " ")
}
