package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/internal/testfiles"
	"github.com/noticelint/noticelint/rules"
)

func pack(t testing.TB) []*rules.Rule {
	t.Helper()
	p, err := rules.Load()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// problemsOf parses text as the configuration c.yml and returns its problems, one
// string each.
func problemsOf(t *testing.T, text string) []string {
	t.Helper()
	_, err := Parse("c.yml", []byte(text), pack(t))
	if err == nil {
		return nil
	}
	var ce *Error
	if !errors.As(err, &ce) {
		t.Fatalf("error is %T, not *config.Error: %v", err, err)
	}
	var out []string
	for _, p := range ce.Problems {
		out = append(out, p.String())
	}
	return out
}

// TestSchemaErrors: each mistake is reported with the file, the line of the
// key, the key and the reason; every mistake in a file is reported at once.
func TestSchemaErrors(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"unknown and mistyped keys", `version: 1
colour: red
max-age: "36"
fail-on: fatal
lang: de
`, []string{
			"c.yml:2: colour: unknown key",
			"c.yml:3: max-age: got string, want integer",
			"c.yml:4: fail-on: value must be one of 'error', 'warning', 'note', 'none'",
			"c.yml:5: lang: value must be one of 'auto', 'fi', 'sv', 'en'",
		}},
		{"nested keys", `rules:
  default: some
  severity:
    stale-notice: critical
    duplicate-heading: note
overrides:
  - max-age: 0
  - files: ["legacy/**"]
    rules:
      default: none
`, []string{
			"c.yml:2: rules.default: value must be one of 'all', 'none'",
			"c.yml:4: rules.severity.stale-notice: value must be one of 'error', 'warning', 'note'",
			"c.yml:7: overrides[0]: missing files",
			"c.yml:7: overrides[0].max-age: must be at least 1",
			"c.yml:10: overrides[1].rules.default: unknown key",
		}},
		{"version", "version: 2\n", []string{"c.yml:1: version: value must be 1"}},
		{"not a mapping", "- a\n- b\n", []string{"c.yml:1: got array, want object"}},
		{"syntax error", "rules:\n  disable: [a, b\n", []string{"c.yml:2: sequence end token ']' not found"}},
		{"duplicate key", "lang: fi\nlang: sv\n", []string{`c.yml:2: mapping key "lang" already defined at [1:1]`}},
		{"rule ids and globs", `rules:
  enable: [stale-notice]
  disable: [placeholders, stale-notice]
  severity: {duplicate-headings: note}
include: ["[notices"]
exclude: ["/abs/**"]
overrides:
  - files: ["ok/**", "../up/**", "/**"]
    rules: {disable: [no-such-rule]}
`, []string{
			`c.yml:3: rules.disable[0]: unknown rule "placeholders" (did you mean placeholder?)`,
			`c.yml:3: rules.disable[1]: rule "stale-notice" is both enabled and disabled here`,
			`c.yml:4: rules.severity.duplicate-headings: unknown rule "duplicate-headings" (did you mean duplicate-heading?)`,
			`c.yml:5: include[0]: malformed glob "[notices"`,
			`c.yml:6: exclude[0]: glob "/abs/**": globs are relative to the configuration's directory (../ reaches above it)`,
			`c.yml:8: overrides[0].files[2]: glob "/**": globs are relative to the configuration's directory (../ reaches above it)`,
			`c.yml:9: overrides[0].rules.disable[0]: unknown rule "no-such-rule"; 'noticelint rules' lists them`,
		}},
		{"custom rule shape", `custom-rules:
  - id: acme-x
    severity: error
    patern: x
  - id: Acme_Y
    kind: builtin
  - ""
`, []string{
			"c.yml:2: custom-rules[0]: missing category, title, description, ref, help, message, kind, samples",
			"c.yml:4: custom-rules[0].patern: unknown key",
			"c.yml:5: custom-rules[1]: missing severity, category, title, description, ref, help, message, samples",
			"c.yml:5: custom-rules[1].id: 'Acme_Y' does not match pattern '^[a-z][a-z0-9]*(-[a-z0-9]+)*$'",
			"c.yml:6: custom-rules[1].kind: value must be one of 'forbid', 'require'",
			"c.yml:7: custom-rules[2]: must not be empty",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := problemsOf(t, tt.text)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestValidConfigs(t *testing.T) {
	for name, text := range map[string]string{
		"empty":         "",
		"comments only": "# nothing yet\n",
		"full": `version: 1
lang: fi
max-age: 24
fail-on: warning
include: ["notices/**/*.txt"]
exclude: ["**/drafts/**"]
rules:
  default: none
  enable: [repealed-law, placeholder]
  severity: {placeholder: warning}
overrides:
  - files: ["notices/sv/**"]
    lang: sv
    max-age: 12
    rules: {enable: [stale-notice], disable: [placeholder], severity: {repealed-law: note}}
`,
	} {
		t.Run(name, func(t *testing.T) {
			if got := problemsOf(t, text); got != nil {
				t.Errorf("problems in a valid configuration:\n%s", strings.Join(got, "\n"))
			}
		})
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "none.yml"), pack(t))
	if err == nil || !strings.Contains(err.Error(), "none.yml: cannot read: no such file or directory") {
		t.Errorf("error %v", err)
	}
}

// TestSchemaDescribesThePack: every rule of the embedded pack validates
// against the schema's rule definition, so custom rules and the pack keep
// one format.
func TestSchemaDescribesThePack(t *testing.T) {
	files, err := filepath.Glob("../rules/pack/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no pack files: %v", err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, p := parseYAML(f, data)
		if p != nil {
			t.Fatalf("%s", p)
		}
		for _, p := range doc.validate("pack-rule") {
			t.Errorf("%s", p)
		}
	}
}

// TestStarter: the configuration init writes loads, and so does each
// "# e.g." example in it put in place of the value it comments.
func TestStarter(t *testing.T) {
	dir := t.TempDir()
	testfiles.Write(t, filepath.Join(dir, "rules", "acme-old-brand.yaml"), customRuleYAML("acme-old-brand", `[Rekisterinpitäjä on Vanha Esimerkki Oy.]`))
	path := filepath.Join(dir, FileName)
	if _, err := Parse(path, Starter, pack(t)); err != nil {
		t.Fatalf("starter: %v", err)
	}
	lines := strings.Split(string(Starter), "\n")
	examples := 0
	for i, line := range lines {
		code, example, ok := strings.Cut(line, "# e.g. ")
		if !ok || strings.TrimSpace(code) == "" {
			continue
		}
		examples++
		key, _, _ := strings.Cut(code, ":")
		variant := append([]string{}, lines...)
		variant[i] = key + ": " + example
		if _, err := Parse(path, []byte(strings.Join(variant, "\n")), pack(t)); err != nil {
			t.Errorf("example on line %d (%s): %v", i+1, variant[i], err)
		}
	}
	if examples < 6 {
		t.Errorf("%d examples in the starter, want one for each list and map", examples)
	}
}
