package config

import (
	"path/filepath"
	"sort"
	"time"

	"github.com/bmatcuk/doublestar/v4"

	"github.com/noticelint/noticelint/rules"
	"github.com/noticelint/noticelint/services"
)

// Defaults are the settings when neither a flag nor the file gives one.
const (
	DefaultLang   = "auto"
	DefaultFailOn = "error"
)

// Flags are the command-line values, which win over the file (per-path
// overrides included). Zero values were not given.
type Flags struct {
	Lang        string
	MaxAge      int
	FailOn      string
	MessageLang string // en or fi; not a configuration key
}

// Settings are what applies to one file.
type Settings struct {
	Lang    string
	MaxAge  int
	Enabled map[string]bool
	// Severity is the severity every finding of a rule gets.
	Severity map[string]rules.Severity
}

// Plan is how a run applies the flags, a configuration (or none) and the
// defaults, in that order of precedence, to the rule pack.
type Plan struct {
	cfg   *Config
	flags Flags
	all   []*rules.Rule // pack and custom rules
	// FailOn is the severity at which findings fail the run.
	FailOn rules.Severity
	// Rules are the rules that may run, with the configuration's top-level
	// severities: what a report describes.
	Rules   []*rules.Rule
	engines map[int]*rules.Engine // by max-age
	base    Settings
}

// NewPlan combines the flags, cfg (nil for none) and the defaults for a run
// whose clock reads now.
func NewPlan(cfg *Config, pack []*rules.Rule, flags Flags, now time.Time) *Plan {
	p := &Plan{cfg: cfg, flags: flags, engines: map[int]*rules.Engine{}}
	p.all = append(p.all, pack...)
	failOn := DefaultFailOn
	if cfg != nil {
		p.all = append(p.all, cfg.CustomRules...)
		sort.Slice(p.all, func(i, j int) bool { return p.all[i].ID < p.all[j].ID })
		failOn = first(cfg.FailOn, failOn)
	}
	p.base = p.withFlags(topLevel(cfg, p.all))
	p.FailOn, _ = rules.ParseSeverity(first(flags.FailOn, failOn))

	// The engines run every rule enabled anywhere; Process drops the
	// findings of rules a file has disabled.
	run := map[string]bool{}
	maxAges := map[int]bool{p.base.MaxAge: true}
	for id, on := range p.base.Enabled {
		run[id] = run[id] || on
	}
	if cfg != nil {
		for _, o := range cfg.Overrides {
			for _, id := range o.Rules.Enable {
				run[id] = true
			}
			if o.MaxAge > 0 && flags.MaxAge == 0 {
				maxAges[o.MaxAge] = true
			}
		}
	}
	for _, r := range p.all {
		if !run[r.ID] {
			continue
		}
		if sev, ok := p.base.Severity[r.ID]; ok {
			c := *r
			c.Severity = sev
			r = &c
		}
		p.Rules = append(p.Rules, r)
	}
	for age := range maxAges {
		p.engines[age] = rules.NewEngine(p.Rules, rules.Options{Now: now, MaxAge: age, MessageLang: flags.MessageLang})
	}
	return p
}

func first(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func apply(s *Settings, r RuleSettings) {
	for _, id := range r.Enable {
		s.Enabled[id] = true
	}
	for _, id := range r.Disable {
		s.Enabled[id] = false
	}
	for id, sev := range r.Severity {
		s.Severity[id] = sev
	}
}

func (p *Plan) withFlags(s Settings) Settings {
	s.Lang = first(p.flags.Lang, s.Lang)
	if p.flags.MaxAge > 0 {
		s.MaxAge = p.flags.MaxAge
	}
	return s
}

// Services are the configuration's additions to the third-party service
// table (--browser); nil without a configuration.
func (p *Plan) Services() []*services.Service {
	if p.cfg == nil {
		return nil
	}
	return p.cfg.Services
}

// Engine is the engine for files no override touches.
func (p *Plan) Engine() *rules.Engine { return p.engines[p.base.MaxAge] }

// Lang is the language setting for files no override touches.
func (p *Plan) Lang() string { return p.base.Lang }

// For returns the settings for the file at path: the top level's, then
// every matching override's in order, then the flags.
func (p *Plan) For(path string) Settings {
	if p.cfg == nil || len(p.cfg.Overrides) == 0 {
		return p.base
	}
	rel, ok := p.rel(path)
	if !ok {
		return p.base
	}
	var s Settings
	matched := false
	for _, o := range p.cfg.Overrides {
		if !matchAny(o.Files, rel) {
			continue
		}
		if !matched {
			s = topLevel(p.cfg, p.all) // fresh maps to change
			matched = true
		}
		s.Lang = first(o.Lang, s.Lang)
		if o.MaxAge > 0 {
			s.MaxAge = o.MaxAge
		}
		apply(&s, o.Rules)
	}
	if !matched {
		return p.base
	}
	return p.withFlags(s)
}

// topLevel returns the defaults with the file's top-level settings (cfg
// may be nil) applied, flags aside.
func topLevel(cfg *Config, all []*rules.Rule) Settings {
	s := Settings{Lang: DefaultLang, MaxAge: rules.DefaultMaxAge, Enabled: map[string]bool{}, Severity: map[string]rules.Severity{}}
	if cfg == nil || cfg.Rules.Default != "none" {
		for _, r := range all {
			s.Enabled[r.ID] = true
		}
	}
	if cfg == nil {
		return s
	}
	s.Lang = first(cfg.Lang, s.Lang)
	if cfg.MaxAge > 0 {
		s.MaxAge = cfg.MaxAge
	}
	apply(&s, cfg.Rules)
	return s
}

// PerFile gives the engine and language for the file at path.
func (p *Plan) PerFile(path string) (*rules.Engine, string) {
	s := p.For(path)
	return p.engines[s.MaxAge], s.Lang
}

// Process drops the findings of rules disabled for the file at path and
// applies the severity overrides.
func (p *Plan) Process(path string, fs []rules.Finding) []rules.Finding {
	s := p.For(path)
	out := fs[:0]
	for _, f := range fs {
		if !s.Enabled[f.Rule] {
			continue
		}
		if sev, ok := s.Severity[f.Rule]; ok {
			f.Severity = sev
		}
		out = append(out, f)
	}
	return out
}

// Select reports whether a file is linted: not when an exclude glob
// matches it, and, for a file found in a directory rather than named, only
// when an include glob matches it (if there are include globs).
func (p *Plan) Select(path string, named bool) bool {
	if p.cfg == nil || len(p.cfg.Include)+len(p.cfg.Exclude) == 0 {
		return true
	}
	rel, ok := p.rel(path)
	if !ok {
		return true
	}
	if matchAny(p.cfg.Exclude, rel) {
		return false
	}
	return named || len(p.cfg.Include) == 0 || matchAny(p.cfg.Include, rel)
}

// rel returns path relative to the configuration's directory, with
// slashes ("../notices/a.txt" for a file beside it); false when there is
// no such path.
func (p *Plan) rel(path string) (string, bool) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", false
	}
	rel, err := filepath.Rel(p.cfg.Dir, abs)
	if err != nil {
		return "", false
	}
	return filepath.ToSlash(rel), true
}

func matchAny(globs []string, rel string) bool {
	for _, g := range globs {
		if ok, _ := doublestar.Match(g, rel); ok {
			return true
		}
	}
	return false
}
