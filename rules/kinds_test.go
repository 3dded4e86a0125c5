package rules

import (
	"errors"
	"strconv"
	"strings"
	"testing"
)

// ruleHead is the keys every rule has, for the tests' own rules.
const ruleHead = `id: t-rule
severity: error
category: missing-information
title: {en: T}
description: {en: D}
ref: GDPR Art. 13
help: {en: H}
message: {en: M}
samples: {fire: [x], quiet: [y]}
`

// TestMisplacedKeys: a key of another kind, or of none, is an error naming
// the file, the line and the key, for every kind; the rule is not loaded.
func TestMisplacedKeys(t *testing.T) {
	forbid := "kind: forbid\nkeywords: [x]\npatterns: {fi: ['x']}\n"
	require := "kind: require\nstatements: {fi: [{all: ['x']}]}\n"
	for _, tt := range []struct {
		name, yaml string
		line       int
		want       string
	}{
		{"statements in forbid", forbid + "statements: {fi: [{all: ['x']}]}\n", 13, `"statements" is a key of a require rule, not of a forbid rule`},
		{"anchor in forbid", forbid + "anchor: ['x']\n", 13, `"anchor" is a key of a require rule, not of a forbid rule`},
		{"when_heading in forbid", forbid + "when_heading: ['x']\n", 13, `"when_heading" is a key of a require rule, not of a forbid rule`},
		{"keywords in require", require + "keywords: [x]\n", 12, `"keywords" is a key of a forbid rule, not of a require rule`},
		{"suggest in site", "kind: site\nsuggest: {fi: x}\n", 11, `"suggest" is a key of a builtin or forbid or require rule, not of a site rule`},
		{"messages in require", require + "messages: {a: {en: x}}\n", 12, `"messages" is a key of a builtin or site rule, not of a require rule`},
		{"unknown key", forbid + "keyword: [x]\n", 13, `unknown key "keyword"`},
		{"unknown key in a pattern", "kind: forbid\nkeywords: [x]\npatterns: {fi: [{re: x, unles: y}]}\n", 12, `unknown key "unles"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r, err := ParseRule("pack/t-rule.yaml", []byte(ruleHead+tt.yaml))
			if r != nil || err == nil {
				t.Fatalf("loaded a rule with a misplaced key: %v", err)
			}
			var key *KeyError
			if !errors.As(err, &key) || key.Line != tt.line {
				t.Errorf("error %v (%T), want a *KeyError at line %d", err, err, tt.line)
			}
			want := "pack/t-rule.yaml:" + strconv.Itoa(tt.line) + ": " + tt.want
			if err.Error() != want {
				t.Errorf("error %q, want %q", err, want)
			}
		})
	}
}

// TestKindsCompileThemselves: each kind's own checks still run: a forbid
// rule without keywords, a require rule with neither statements nor
// sections, an unknown kind, a coverage row without its place.
func TestKindsCompileThemselves(t *testing.T) {
	for yaml, want := range map[string]string{
		"kind: forbid\npatterns: {fi: ['x']}\n": "a forbid rule needs keywords",
		"kind: require\nanchor: ['x']\n":        "a require rule needs statements or sections",
		"kind: forbidden\n":                     `kind "forbidden": want forbid, require or builtin`,
		"kind: require\nstatements: {fi: [{all: ['x']}]}\ncoverage: {item: {fi: x}}\n": "coverage.order: give the row's place",
		"kind: require\nstatements: {fi: [{all: ['x']}]}\ncoverage: {order: 3}\n":      "coverage.item: name the item in English",
		"kind: builtin\n": `no builtin check is named "t-rule"`,
		"kind: site\n":    "samples: a site rule never fires from text",
	} {
		_, err := ParseRule("t.yaml", []byte(ruleHead+yaml))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: error %v, want %q", yaml, err, want)
		}
	}
}
