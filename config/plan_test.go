package config

import (
	"context"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/noticelint/noticelint/internal/testfiles"
	"github.com/noticelint/noticelint/lint"
	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/rules"
)

var asOf = time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)

func parseIn(t *testing.T, dir, text string) *Config {
	t.Helper()
	path := filepath.Join(dir, FileName)
	testfiles.Write(t, path, text)
	cfg, err := Load(path, pack(t))
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

// TestPrecedence: a flag wins over the file, the file over the default;
// flags win over per-path overrides too.
func TestPrecedence(t *testing.T) {
	dir := t.TempDir()
	cfg := parseIn(t, dir, `lang: sv
max-age: 12
fail-on: warning
overrides:
  - files: ["old/**"]
    lang: en
    max-age: 120
`)
	old := filepath.Join(dir, "old", "n.txt")
	tests := []struct {
		name   string
		cfg    *Config
		flags  Flags
		path   string
		lang   string
		maxAge int
		failOn rules.Severity
	}{
		{"defaults", nil, Flags{}, "n.txt", "auto", 36, rules.Error},
		{"file over defaults", cfg, Flags{}, filepath.Join(dir, "n.txt"), "sv", 12, rules.Warning},
		{"override over top level", cfg, Flags{}, old, "en", 120, rules.Warning},
		{"flags over file", cfg, Flags{Lang: "fi", MaxAge: 6, FailOn: "none"}, filepath.Join(dir, "n.txt"), "fi", 6, rules.None},
		{"flags over override", cfg, Flags{Lang: "fi", MaxAge: 6}, old, "fi", 6, rules.Warning},
		{"one flag, the rest from the file", cfg, Flags{MaxAge: 24}, old, "en", 24, rules.Warning},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := NewPlan(tt.cfg, pack(t), tt.flags, asOf)
			s := p.For(tt.path)
			if s.Lang != tt.lang || s.MaxAge != tt.maxAge || p.FailOn != tt.failOn {
				t.Errorf("lang %s, max-age %d, fail-on %s; want %s, %d, %s", s.Lang, s.MaxAge, p.FailOn, tt.lang, tt.maxAge, tt.failOn)
			}
			if e, lang := p.PerFile(tt.path); e == nil || lang != tt.lang {
				t.Errorf("PerFile: engine %v, lang %q", e, lang)
			}
		})
	}
}

// TestMaxAgeOverride: the stale-notice limit changes per path, so an old
// notice under archive/ is not stale while the same text elsewhere is.
func TestMaxAgeOverride(t *testing.T) {
	dir := t.TempDir()
	notice := "Tietosuojaseloste\nPäivitetty 1.3.2020\n\nRekisterinpitäjä\nEsimerkki Oy, tietosuoja@esimerkki.example\n"
	testfiles.Write(t, filepath.Join(dir, "archive", "a.txt"), notice)
	testfiles.Write(t, filepath.Join(dir, "current", "a.txt"), notice)
	cfg := parseIn(t, dir, "overrides:\n  - files: [\"archive/**\"]\n    max-age: 120\n")
	got := lintWith(t, NewPlan(cfg, pack(t), Flags{}, asOf), dir)
	if !strings.Contains(got, "current/a.txt stale-notice") || strings.Contains(got, "archive/a.txt stale-notice") {
		t.Errorf("findings:\n%s", got)
	}
	// --max-age wins over the override.
	got = lintWith(t, NewPlan(cfg, pack(t), Flags{MaxAge: 12}, asOf), dir)
	if !strings.Contains(got, "archive/a.txt stale-notice") {
		t.Errorf("with --max-age 12:\n%s", got)
	}
}

// TestRuleOverrides: rules are disabled, re-enabled and given severities at
// the top level and per path, later overrides winning.
func TestRuleOverrides(t *testing.T) {
	dir := t.TempDir()
	notice := "Tietosuojaseloste\nRekisterinpitäjä: (Muuta?)\nHenkilötietolain mukaisesti.\n"
	for _, p := range []string{"a.txt", "legacy/a.txt", "legacy/keep/a.txt", "sv/a.txt"} {
		testfiles.Write(t, filepath.Join(dir, p), notice)
	}
	cfg := parseIn(t, dir, `rules:
  disable: [missing-complaint-right]
  severity: {placeholder: warning}
overrides:
  - files: ["legacy/**"]
    rules:
      disable: [repealed-law, placeholder]
  - files: ["legacy/keep/**"]
    rules:
      enable: [placeholder, missing-complaint-right]
      severity: {placeholder: note}
`)
	plan := NewPlan(cfg, pack(t), Flags{}, asOf)
	// Only the rules the configuration names: the rest of the pack has its
	// own say on this bare notice.
	var kept []string
	for _, line := range strings.Split(lintWith(t, plan, dir), "\n") {
		if f := strings.Fields(line); len(f) > 1 && (f[1] == "placeholder" || f[1] == "repealed-law" || f[1] == "missing-complaint-right") {
			kept = append(kept, line)
		}
	}
	got := strings.Join(kept, "\n")
	want := strings.Join([]string{
		"a.txt placeholder warning",
		"a.txt repealed-law error",
		"legacy/keep/a.txt missing-complaint-right error",
		"legacy/keep/a.txt placeholder note",
		"sv/a.txt placeholder warning",
		"sv/a.txt repealed-law error",
	}, "\n")
	if got != want {
		t.Errorf("findings:\n%s\nwant:\n%s", got, want)
	}
	// The reports describe the rules with the top-level severity.
	for _, r := range plan.Rules {
		if r.ID == "placeholder" && r.Severity != rules.Warning {
			t.Errorf("placeholder described as %s", r.Severity)
		}
	}
}

// TestDefaultNone: with default none only the enabled rules run, anywhere.
func TestDefaultNone(t *testing.T) {
	dir := t.TempDir()
	testfiles.Write(t, filepath.Join(dir, "a.txt"), "Tietosuojaseloste\nRekisterinpitäjä: (Muuta?)\nHenkilötietolain mukaisesti.\n")
	cfg := parseIn(t, dir, "rules:\n  default: none\n  enable: [repealed-law]\n")
	plan := NewPlan(cfg, pack(t), Flags{}, asOf)
	if got := lintWith(t, plan, dir); got != "a.txt repealed-law error" {
		t.Errorf("findings:\n%s", got)
	}
	if ids := ruleIDs(plan); ids != "repealed-law" {
		t.Errorf("the engine runs %s", ids)
	}
}

// TestSelect: include narrows what a directory walk finds; exclude drops
// files found or named.
func TestSelect(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{"notices/a.txt", "notices/drafts/b.txt", "other/c.txt", "d.txt"} {
		testfiles.Write(t, filepath.Join(dir, p), "Tietosuojaseloste\nTODO\n")
	}
	cfg := parseIn(t, dir, "include: [\"notices/**\"]\nexclude: [\"**/drafts/**\"]\n")
	plan := NewPlan(cfg, pack(t), Flags{}, asOf)
	var got []string
	_, err := lint.Run(context.Background(), []string{dir, filepath.Join(dir, "d.txt"), filepath.Join(dir, "notices", "drafts", "b.txt"), filepath.Join(dir, "other")},
		plan.Engine(), lint.Options{Select: plan.Select}, func(r result.FileResult) error {
			rel, _ := filepath.Rel(dir, r.Path)
			if r.Err != nil {
				rel += " error: " + r.Err.Reason
			}
			got = append(got, filepath.ToSlash(rel))
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	// other/ is named, but include leaves out what is in it: no error.
	want := "notices/a.txt\nd.txt"
	if strings.Join(got, "\n") != want {
		t.Errorf("linted:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
	}
	if !NewPlan(nil, pack(t), Flags{}, asOf).Select("anything.txt", false) {
		t.Error("with no configuration a file is left out")
	}
	// A file outside the configuration's directory is matched by its path
	// relative to it, "../outside/x.txt".
	outside := filepath.Join(filepath.Dir(dir), "outside", "x.txt")
	if plan.Select(outside, false) || !plan.Select(outside, true) {
		t.Errorf("outside: found %v, named %v; want left out when found (include) and linted when named", plan.Select(outside, false), plan.Select(outside, true))
	}
	above := NewPlan(parseIn(t, filepath.Join(dir, "ci"), "exclude: [\"../notices/drafts/**\"]\n"), pack(t), Flags{}, asOf)
	if above.Select(filepath.Join(dir, "notices", "drafts", "b.txt"), true) || !above.Select(filepath.Join(dir, "notices", "a.txt"), true) {
		t.Error("a ../ glob in a configuration beside the notices does not select them")
	}
}

// lintWith lints dir with the plan's hooks and returns "path rule
// severity" lines, paths relative to dir.
func lintWith(t *testing.T, p *Plan, dir string) string {
	t.Helper()
	var got []string
	_, err := lint.Run(context.Background(), []string{dir}, p.Engine(), lint.Options{
		Lang: p.Lang(), Select: p.Select, PerFile: p.PerFile, Process: p.Process,
	}, func(r result.FileResult) error {
		if r.Err != nil {
			return r.Err
		}
		rel, _ := filepath.Rel(dir, r.Path)
		for _, f := range r.Findings {
			got = append(got, filepath.ToSlash(rel)+" "+f.Rule+" "+f.Severity.String())
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(got)
	return strings.Join(got, "\n")
}
