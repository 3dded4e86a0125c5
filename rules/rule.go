package rules

import (
	"errors"
	"fmt"
	"regexp"
)

// Rule kinds.
const (
	KindForbid  = "forbid"  // a pattern present is a finding at the match
	KindRequire = "require" // a statement absent from every body is a finding
	KindBuiltin = "builtin" // a check written in Go (structure, dates)
	// KindSite is a finding about a website, not a notice's text: scan and
	// crawl raise it (Engine.SiteFinding); it never fires from text.
	KindSite = "site"
)

// Localized is text in several languages, keyed "en", "fi".
type Localized map[string]string

// In returns the text in lang, falling back to English.
func (l Localized) In(lang string) string {
	if s, ok := l[lang]; ok && s != "" {
		return s
	}
	return l["en"]
}

// Rule is one check, as written in a pack file (rules/pack/ID.yaml): the
// keys every kind of rule has. The keys of its kind are its spec
// (forbidSpec, requireSpec, builtinSpec, siteSpec), decoded strictly
// (load.go): a key of another kind is an error. Patterns are regular
// expressions (RE2) matched against the lower-cased, normalised text; see
// the pack's README for the conventions.
type Rule struct {
	ID          string    `yaml:"id"`
	Severity    Severity  `yaml:"severity"`
	Category    string    `yaml:"category"`
	Title       Localized `yaml:"title"`
	Description Localized `yaml:"description"`
	Ref         string    `yaml:"ref"`     // the law the rule rests on
	RefURL      string    `yaml:"ref_url"` // where to read it
	Help        Localized `yaml:"help"`    // what to write instead (Markdown)
	Message     Localized `yaml:"message"` // the finding's message; {evidence} is replaced
	Kind        string    `yaml:"kind"`
	Samples     Samples   `yaml:"samples"`

	spec spec
}

// spec is the keys of one kind of rule, which compile and run themselves.
type spec interface {
	// compile checks the keys of rule r and compiles their patterns,
	// telling fail each problem.
	compile(r *Rule, fail failFunc)
	// check runs the rule on the document of c.
	check(c *check)
}

// failFunc records one problem of a rule.
type failFunc func(format string, args ...any)

// FormSuggestion is wording for evidence that matches Match.
type FormSuggestion struct {
	Match   string            `yaml:"match"`
	Suggest map[string]string `yaml:"suggest"`
	// NoFix keeps the wording a suggestion: "henkilötietolain 26 §" needs
	// the new section number, which a replacement cannot know.
	NoFix bool `yaml:"no_fix"`

	re *condition
}

// Samples are texts the rule must fire on and texts it must stay quiet on.
type Samples struct {
	Fire  []Sample `yaml:"fire"`
	Quiet []Sample `yaml:"quiet"`
}

// Sample is a notice text; Severity, when set, is the severity the finding
// must have.
type Sample struct {
	Text     string   `yaml:"text"`
	Severity Severity `yaml:"severity"`
}

// UnmarshalYAML accepts a string or a {text, severity} mapping.
func (s *Sample) UnmarshalYAML(unmarshal func(any) error) error {
	type plain Sample
	return stringOr(unmarshal, &s.Text, (*plain)(s))
}

// stringOr decodes a YAML string into *text, or else a mapping into
// mapping: a key written short ("text") or in full ({text: ..., ...}).
func stringOr(unmarshal func(any) error, text *string, mapping any) error {
	var t string
	if err := unmarshal(&t); err == nil {
		*text = t
		return nil
	}
	return unmarshal(mapping)
}

var (
	ruleID    = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)
	languages = map[string]bool{"fi": true, "sv": true, "en": true}
)

// compile checks the keys every rule has, then lets its kind's spec check
// and compile its own.
func (r *Rule) compile() error {
	var errs []error
	fail := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	if !ruleID.MatchString(r.ID) {
		fail("id %q: use lower-case words joined by hyphens", r.ID)
	}
	if r.Severity == None {
		fail("severity: must be error, warning or note")
	}
	if r.Title["en"] == "" || r.Description["en"] == "" || r.Help["en"] == "" || r.Message["en"] == "" {
		fail("title, description, help and message need English text")
	}
	if r.Ref == "" {
		fail("ref: name the law the rule rests on")
	}
	switch {
	case r.Kind == KindSite:
		if len(r.Samples.Fire) > 0 || len(r.Samples.Quiet) == 0 {
			fail("samples: a site rule never fires from text: give quiet samples only")
		}
	case len(r.Samples.Fire) == 0 || len(r.Samples.Quiet) == 0:
		fail("samples: give at least one fire and one quiet sample")
	}
	if r.spec == nil {
		fail("kind %q: want forbid, require or builtin", r.Kind)
	} else {
		r.spec.compile(r, fail)
	}
	return errors.Join(errs...)
}

// compileOne compiles condition p, one of what (a key's name, as errors
// and unnumbered know it); nil when it does not compile, which fail is
// told.
func compileOne(fail failFunc, what, p string) *condition {
	// Patterns tested on whole texts, or seldom, keep their literals out
	// of the prefilter (compileTest).
	m, err := compileTest(p, !unnumbered[what])
	if err != nil {
		fail("%s %q: %v", what, p, err)
		return nil
	}
	return m
}

// compileList is compileOne for each of pats, leaving out those that do
// not compile.
func compileList(fail failFunc, what string, pats []string) []*condition {
	out := make([]*condition, 0, len(pats))
	for _, p := range pats {
		if m := compileOne(fail, what, p); m != nil {
			out = append(out, m)
		}
	}
	return out
}

// compileLocators is compileList for patterns whose matches are located.
func compileLocators(fail failFunc, what string, pats []string) []*locator {
	out := make([]*locator, 0, len(pats))
	for _, p := range pats {
		m, err := compileLocated(p, !unnumbered[what])
		if err != nil {
			fail("%s %q: %v", what, p, err)
			continue
		}
		out = append(out, m)
	}
	return out
}

// unnumbered are the patterns whose literals the prefilter need not know:
// tested on a whole text or a finding's evidence (MatchString), or only
// once a rule's other patterns matched. A statement's exceptions (none)
// are numbered all the same: each sentence that makes a statement tests
// them, and a sentence's literal set answers their plain words ("eväste",
// "cookie", ...), which were looked for with strings.Contains each; so are
// unless conditions, which the document's literal set rules out before its
// text is searched (docMatches).
var unnumbered = map[string]bool{
	"suggest_for.match": true, "exception": true, "downgrade sentence": true,
	"if": true, "unless_sentence": true, "unless_section": true,
	"sections.unless_heading": true, "sections.adjacent_heading": true,
}

// wording returns what the rule suggests writing instead of its evidence:
// by notice language, by the evidence's form, and whether it may replace
// the evidence (forbid rules only).
func (r *Rule) wording() (suggest map[string]string, forms []FormSuggestion, replace bool) {
	switch s := r.spec.(type) {
	case *forbidSpec:
		return s.Suggest, s.SuggestFor, s.Replace
	case *requireSpec:
		return s.Suggest, nil, false
	case *builtinSpec:
		return s.Suggest, nil, false
	}
	return nil, nil, false
}

// messages returns the further named messages of a builtin or site rule,
// which its check (or a visit's evidence) chooses from.
func (r *Rule) messages() map[string]Localized {
	switch s := r.spec.(type) {
	case *builtinSpec:
		return s.Messages
	case *siteSpec:
		return s.Messages
	}
	return nil
}

// Example returns the rule's first sample that fires, for explain; for a
// site rule, the scan that raises it.
func (r *Rule) Example() string {
	if r.Kind == KindSite {
		return siteSamples[r.ID].scan
	}
	if len(r.Samples.Fire) == 0 {
		return ""
	}
	return r.Samples.Fire[0].Text
}
