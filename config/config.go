// Package config reads .noticelint.yml: which rules run and how severe their
// findings are, for every file or for files matching a glob, which files a
// directory walk lints, and rules of the user's own. A file is validated
// against the JSON schema in schema.json, and every error names the file, the
// line and the key.
package config

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	"github.com/goccy/go-yaml"

	"github.com/noticelint/noticelint/internal/fserr"
	"github.com/noticelint/noticelint/rules"
	"github.com/noticelint/noticelint/services"
)

// FileName is the configuration file Find looks for.
const FileName = ".noticelint.yml"

// Config is a configuration file, validated, its custom rules compiled and
// their samples verified. Zero values were not set.
type Config struct {
	Path string // the file it was read from
	Dir  string // the absolute directory globs are relative to: the file's

	Lang      string
	MaxAge    int
	FailOn    string
	Include   []string
	Exclude   []string
	Rules     RuleSettings
	Overrides []Override
	// CustomRules are the user's rules, compiled and with passing samples.
	CustomRules []*rules.Rule

	includeLines []int // the line of each Include glob, for UnmatchedIncludes
	// Services extend the third-party service table of --browser.
	Services []*services.Service
}

// RuleSettings turn rules on and off and set their findings' severity.
type RuleSettings struct {
	// Default is "all" (every rule runs unless disabled, the default) or
	// "none" (only enabled rules run); top level only.
	Default  string                    `yaml:"default"`
	Enable   []string                  `yaml:"enable"`
	Disable  []string                  `yaml:"disable"`
	Severity map[string]rules.Severity `yaml:"severity"`
}

// Override is settings for the files matching one of Files.
type Override struct {
	Files  []string     `yaml:"files"`
	Lang   string       `yaml:"lang"`
	MaxAge int          `yaml:"max-age"`
	Rules  RuleSettings `yaml:"rules"`
}

// file is the YAML as written.
type file struct {
	Version     int          `yaml:"version"`
	Lang        string       `yaml:"lang"`
	MaxAge      int          `yaml:"max-age"`
	FailOn      string       `yaml:"fail-on"`
	Include     []string     `yaml:"include"`
	Exclude     []string     `yaml:"exclude"`
	Rules       RuleSettings `yaml:"rules"`
	Overrides   []Override   `yaml:"overrides"`
	CustomRules []any        `yaml:"custom-rules"`
	Services    []any        `yaml:"services"` // read by loadServices
}

// Load reads and checks the configuration at path; pack is the embedded
// rule pack, which rule ids are checked against. A problem with the file is
// an *Error.
func Load(path string, pack []*rules.Rule) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &Error{Problems: []Problem{{File: path, Msg: "cannot read: " + fserr.Reason(err).Error()}}}
	}
	return Parse(path, data, pack)
}

// Parse checks the configuration in data, read from path.
func Parse(path string, data []byte, pack []*rules.Rule) (*Config, error) {
	doc, p := parseYAML(path, data)
	if p != nil {
		return nil, &Error{Problems: []Problem{*p}}
	}
	var ps problems
	if found := doc.validate("config"); len(found) > 0 {
		ps.list = found
		return nil, ps.err()
	}
	var f file
	if err := yaml.UnmarshalWithOptions(data, &f); err != nil {
		// The schema let it through, so this is the decoder's limit.
		return nil, &Error{Problems: []Problem{{File: path, Msg: yaml.FormatError(err, false, false)}}}
	}
	dir, err := filepath.Abs(filepath.Dir(path))
	if err != nil {
		return nil, &Error{Problems: []Problem{{File: path, Msg: err.Error()}}}
	}
	c := &Config{
		Path: path, Dir: dir, Lang: f.Lang, MaxAge: f.MaxAge, FailOn: f.FailOn,
		Include: f.Include, Exclude: f.Exclude, Rules: f.Rules, Overrides: f.Overrides,
	}
	c.CustomRules = loadCustomRules(doc, dir, f.CustomRules, pack, &ps)
	c.Services = loadServices(doc, &ps)

	known := map[string]bool{}
	for _, r := range pack {
		known[r.ID] = true
	}
	for _, r := range c.CustomRules {
		known[r.ID] = true
	}
	checkRuleSettings(doc, []string{"rules"}, f.Rules, known, &ps)
	checkGlobs(doc, []string{"include"}, f.Include, &ps)
	for i := range f.Include {
		c.includeLines = append(c.includeLines, doc.line([]string{"include", strconv.Itoa(i)}))
	}
	checkGlobs(doc, []string{"exclude"}, f.Exclude, &ps)
	for i, o := range f.Overrides {
		at := []string{"overrides", strconv.Itoa(i)}
		checkGlobs(doc, slices.Concat(at, []string{"files"}), o.Files, &ps)
		checkRuleSettings(doc, slices.Concat(at, []string{"rules"}), o.Rules, known, &ps)
	}
	if err := ps.err(); err != nil {
		return nil, err
	}
	return c, nil
}

// checkRuleSettings reports unknown rule ids and rules both enabled and
// disabled in one place.
func checkRuleSettings(doc *yamlDoc, at []string, s RuleSettings, known map[string]bool, ps *problems) {
	check := func(loc []string, id string) {
		if !known[id] {
			ps.add(doc.name, doc.line(loc), doc.key(loc), "unknown rule %q%s", id, suggest(id, known))
		}
	}
	enabled := map[string]bool{}
	for i, id := range s.Enable {
		check(slices.Concat(at, []string{"enable", strconv.Itoa(i)}), id)
		enabled[id] = true
	}
	for i, id := range s.Disable {
		loc := slices.Concat(at, []string{"disable", strconv.Itoa(i)})
		check(loc, id)
		if enabled[id] {
			ps.add(doc.name, doc.line(loc), doc.key(loc), "rule %q is both enabled and disabled here", id)
		}
	}
	for _, id := range slices.Sorted(maps.Keys(s.Severity)) {
		check(slices.Concat(at, []string{"severity", id}), id)
	}
}

// suggest returns " (did you mean x?)" naming the known ids near id.
func suggest(id string, known map[string]bool) string {
	near := NearIDs(id, slices.Collect(maps.Keys(known)))
	if len(near) == 0 {
		return "; 'noticelint rules' lists them"
	}
	return " (did you mean " + strings.Join(near, ", ") + "?)"
}

// NearIDs returns, sorted, the ids within two edits of id ("repeald-law"
// for "repealed-law") or containing it or contained in it: what a "did you
// mean" names for a mistyped rule id.
func NearIDs(id string, ids []string) []string {
	var near []string
	for _, k := range ids {
		if strings.Contains(k, id) || strings.Contains(id, k) || editDistance(k, id) <= 2 {
			near = append(near, k)
		}
	}
	sort.Strings(near)
	return near
}

// editDistance is the Levenshtein distance between a and b, in bytes (rule
// ids are ASCII).
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// checkGlobs reports malformed globs and absolute ones, which cannot match
// a path relative to the configuration's directory.
func checkGlobs(doc *yamlDoc, at []string, globs []string, ps *problems) {
	for i, g := range globs {
		loc := slices.Concat(at, []string{strconv.Itoa(i)})
		switch {
		case !doublestar.ValidatePattern(g):
			ps.add(doc.name, doc.line(loc), doc.key(loc), "malformed glob %q", g)
		case strings.HasPrefix(g, "/"):
			ps.add(doc.name, doc.line(loc), doc.key(loc), "glob %q: globs are relative to the configuration's directory (../ reaches above it)", g)
		}
	}
}

// String describes the configuration in a line, for config verify.
func (c *Config) String() string {
	parts := []string{plural(len(c.CustomRules), "custom rule"), plural(len(c.Overrides), "override")}
	if n := len(c.Services); n > 0 {
		parts = append(parts, plural(n, "service"))
	}
	if n := len(c.Rules.Disable); n > 0 {
		parts = append(parts, plural(n, "rule")+" disabled")
	}
	if n := len(c.Rules.Severity); n > 0 {
		parts = append(parts, plural(n, "severity override"))
	}
	return strings.Join(parts, ", ")
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}
