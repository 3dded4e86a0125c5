package rules

import (
	"errors"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
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

// siteRules are the rules of kind site, each raised by Go code outside the
// engine.
var siteRules = map[string]bool{
	"notice-not-found":        true,
	"tracking-before-consent": true,
	"tracking-after-refusal":  true,
	"undisclosed-third-party": true,
}

// Localized is text in several languages, keyed "en", "fi".
type Localized map[string]string

// In returns the text in lang, falling back to English.
func (l Localized) In(lang string) string {
	if s, ok := l[lang]; ok && s != "" {
		return s
	}
	return l["en"]
}

// Rule is one check, as written in a pack file (rules/pack/ID.yaml). Patterns
// are regular expressions (RE2) matched against the lower-cased, normalised
// text; see the pack's README for the conventions.
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
	// Messages are further named messages a builtin check chooses from.
	Messages map[string]Localized `yaml:"messages"`
	// Suggest is wording to put in place of the evidence, by notice language.
	Suggest map[string]string `yaml:"suggest"`
	// SuggestFor gives wording for evidence of a particular form, the first
	// whose Match matches the evidence: Finnish inflects, and "henkilötietolain
	// mukaisesti" wants "tietosuojalain mukaisesti".
	SuggestFor []FormSuggestion `yaml:"suggest_for"`
	Kind       string           `yaml:"kind"`
	// Scope is where a forbid rule looks: all (default), body or heading.
	Scope string `yaml:"scope"`
	// Keywords are literal, lower-case strings one of which any match
	// contains; a document holding none of them is skipped cheaply.
	Keywords   []string              `yaml:"keywords"`
	Patterns   map[string][]*Pattern `yaml:"patterns"`
	Exceptions []string              `yaml:"exceptions"`
	// Separate keeps each match its own finding: matches that stand side
	// by side are joined into one otherwise ("henkilötietolain
	// (523/1999)"), and "[nimi], [osoite]" are two placeholders.
	Separate   bool                   `yaml:"separate"`
	Downgrade  []*Downgrade           `yaml:"downgrade"`
	Statements map[string][]Statement `yaml:"statements"`
	// Anchor lists heading patterns, best first, for where a missing
	// statement belongs.
	Anchor []string `yaml:"anchor"`
	// When makes a require rule conditional: it applies only to a notice
	// that makes one of these statements (consent named -> its withdrawal
	// required), or has a heading matching WhenHeading.
	When        map[string][]Statement `yaml:"when"`
	WhenHeading []string               `yaml:"when_heading"`
	// Sections lists sections that make the statement by their presence: a
	// heading that matches, with body text under it (matching Body, when
	// given). A heading with nothing under it never does.
	Sections []SectionStatement `yaml:"sections"`
	// UnlessDenied: a clause that denies the statement ("we do not provide
	// right of correction", "ei ole oikeutta") does not make it (denial.go).
	UnlessDenied bool `yaml:"unless_denied"`
	// Replace marks Suggest as a replacement for the evidence (SARIF fixes).
	Replace bool    `yaml:"replace"`
	Samples Samples `yaml:"samples"`

	exceptions  []*matcher
	anchors     []*matcher
	whenHeading []*matcher
	// Statements and When of every language, in a fixed order.
	statementList, whenList []Statement
	patterns                []*Pattern // all languages', in a fixed order
	keywordIDs              []int32
	builtin                 builtinFunc
}

// FormSuggestion is wording for evidence that matches Match.
type FormSuggestion struct {
	Match   string            `yaml:"match"`
	Suggest map[string]string `yaml:"suggest"`
	// NoFix keeps the wording a suggestion: "henkilötietolain 26 §" needs
	// the new section number, which a replacement cannot know.
	NoFix bool `yaml:"no_fix"`

	re *matcher
}

// SectionStatement is a section that makes a statement: a heading matching
// Heading with body text (matching Body, when given) under it.
type SectionStatement struct {
	Heading string `yaml:"heading"`
	Body    string `yaml:"body"`
	// UnlessHeading: a heading that also matches this covers more than one
	// topic ("Käsittelyn tarkoitus ja oikeusperuste"), and its body must
	// make the statement itself.
	UnlessHeading string `yaml:"unless_heading"`
	// AdjacentHeading: the sections right after this one, at its level,
	// whose headings match it count as under it: a controller's name in
	// one row of a table, its address in the next ("Rekisterinpitäjä" /
	// "Postiosoite").
	AdjacentHeading string `yaml:"adjacent_heading"`

	heading, body, unlessHeading, adjacentHeading *matcher
}

// Pattern is one forbidden expression. Written as a plain string, or as a
// mapping when it needs a document-level exception.
type Pattern struct {
	Re string `yaml:"re"`
	// Unless skips the pattern for a document whose text matches it (a
	// Swedish act named in a Swedish company's notice, say).
	Unless string `yaml:"unless"`
	// If runs the pattern only in a document whose text matches it (an old
	// address only next to the ombudsman).
	If string `yaml:"if"`
	// UnlessSentence and UnlessSection drop a match whose sentence, or
	// section body, matches: "tietosuojadirektiivi 95/46/EY" names the old
	// directive, "niin kauan kuin on tarpeen, enintään kaksi vuotta" a period.
	UnlessSentence string `yaml:"unless_sentence"`
	UnlessSection  string `yaml:"unless_section"`
	// Capitals: a match counts only where the text is written in capitals
	// ("[YHDISTYKSEN NIMI]", not "[1]" or "[see below]").
	Capitals bool `yaml:"capitals"`

	re, unless, cond, unlessSentence, unlessSection *matcher
}

// UnmarshalYAML accepts a string or a {re, unless} mapping.
func (p *Pattern) UnmarshalYAML(unmarshal func(any) error) error {
	var s string
	if err := unmarshal(&s); err == nil {
		p.Re = s
		return nil
	}
	type plain Pattern
	return unmarshal((*plain)(p))
}

// Downgrade lowers the severity of a match whose sentence matches Sentence:
// a sentence saying the act was repealed is history, not a reference.
type Downgrade struct {
	Sentence string    `yaml:"sentence"`
	Severity Severity  `yaml:"severity"`
	Message  Localized `yaml:"message"`

	re *matcher
}

// Statement is one way of saying what a require rule wants: a sentence of a
// body that matches every All pattern and no None pattern.
type Statement struct {
	All  []string `yaml:"all"`
	None []string `yaml:"none"`

	all, none []*matcher
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
	var t string
	if err := unmarshal(&t); err == nil {
		s.Text = t
		return nil
	}
	type plain Sample
	return unmarshal((*plain)(s))
}

var (
	ruleID    = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)
	languages = map[string]bool{"fi": true, "sv": true, "en": true}
)

// compile checks the rule and compiles its patterns.
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
	if r.Replace && len(r.Suggest) == 0 {
		fail("replace: needs suggest, the wording that replaces the evidence")
	}

	switch {
	case r.Kind == KindSite:
		if len(r.Samples.Fire) > 0 || len(r.Samples.Quiet) == 0 {
			fail("samples: a site rule never fires from text: give quiet samples only")
		}
	case len(r.Samples.Fire) == 0 || len(r.Samples.Quiet) == 0:
		fail("samples: give at least one fire and one quiet sample")
	}
	if r.UnlessDenied && r.Kind != KindRequire {
		fail("unless_denied: only a require rule has statements to deny")
	}
	if r.Separate && r.Kind != KindForbid {
		fail("separate: only a forbid rule has matches to keep apart")
	}
	switch r.Scope {
	case "", "all", "body", "heading":
	default:
		fail("scope %q: want all, body or heading", r.Scope)
	}
	compileList := func(what string, pats []string) []*matcher {
		out := make([]*matcher, 0, len(pats))
		for _, p := range pats {
			// Patterns tested on whole texts, or seldom, keep their
			// literals out of the prefilter (compileTest).
			numbered := !unnumbered[what]
			compile := func(p string) (*matcher, error) { return compileTest(p, numbered) }
			if what == "pattern" || what == "exception" {
				// located: an exception cancels the matches it overlaps
				compile = func(p string) (*matcher, error) { return compileLocated(p, numbered) }
			}
			re, err := compile(p)
			if err != nil {
				fail("%s %q: %v", what, p, err)
				continue
			}
			out = append(out, re)
		}
		return out
	}
	for i := range r.SuggestFor {
		if res := compileList("suggest_for.match", []string{r.SuggestFor[i].Match}); len(res) == 1 {
			r.SuggestFor[i].re = res[0]
		}
	}
	r.exceptions = compileList("exception", r.Exceptions)
	r.anchors = compileList("anchor", r.Anchor)
	for _, d := range r.Downgrade {
		if res := compileList("downgrade sentence", []string{d.Sentence}); len(res) == 1 {
			d.re = res[0]
		}
		if d.Severity == None {
			fail("downgrade: severity must be error, warning or note")
		}
	}
	for lang := range r.Patterns {
		if !languages[lang] {
			fail("patterns: unknown language %q (want fi, sv or en)", lang)
		}
	}
	switch r.Kind {
	case KindForbid:
		if len(r.Patterns) == 0 {
			fail("a forbid rule needs patterns")
		}
		if len(r.Keywords) == 0 {
			fail("a forbid rule needs keywords, the literals its matches contain")
		}
		for _, k := range r.Keywords {
			if k != strings.ToLower(k) {
				fail("keyword %q: write keywords in lower case", k)
			}
		}
		r.keywordIDs = literalIDs(r.Keywords)
		for _, lang := range slices.Sorted(maps.Keys(r.Patterns)) {
			for _, p := range r.Patterns[lang] {
				r.patterns = append(r.patterns, p)
				if res := compileList("pattern", []string{p.Re}); len(res) == 1 {
					p.re = res[0]
				}
				if p.Unless != "" {
					if res := compileList("unless", []string{p.Unless}); len(res) == 1 {
						p.unless = res[0]
					}
				}
				for _, opt := range []struct {
					what, expr string
					dst        **matcher
				}{{"if", p.If, &p.cond}, {"unless_sentence", p.UnlessSentence, &p.unlessSentence}, {"unless_section", p.UnlessSection, &p.unlessSection}} {
					if opt.expr != "" {
						if res := compileList(opt.what, []string{opt.expr}); len(res) == 1 {
							*opt.dst = res[0]
						}
					}
				}
			}
		}
	case KindRequire:
		if len(r.Statements) == 0 && len(r.Sections) == 0 {
			fail("a require rule needs statements or sections")
		}
		compileStatements := func(what string, m map[string][]Statement) {
			for _, lang := range slices.Sorted(maps.Keys(m)) {
				if !languages[lang] {
					fail("%s: unknown language %q (want fi, sv or en)", what, lang)
				}
				for i := range m[lang] {
					st := &m[lang][i]
					if len(st.All) == 0 {
						fail("%s.%s[%d]: needs at least one pattern in all", what, lang, i)
					}
					st.all = compileList("statement", st.All)
					st.none = compileList("statement exception", st.None)
				}
			}
		}
		compileStatements("statements", r.Statements)
		compileStatements("when", r.When)
		for _, lang := range slices.Sorted(maps.Keys(r.Statements)) {
			r.statementList = append(r.statementList, r.Statements[lang]...)
		}
		for _, lang := range slices.Sorted(maps.Keys(r.When)) {
			r.whenList = append(r.whenList, r.When[lang]...)
		}
		r.whenHeading = compileList("when_heading", r.WhenHeading)
		for i := range r.Sections {
			sec := &r.Sections[i]
			if res := compileList("sections.heading", []string{sec.Heading}); len(res) == 1 {
				sec.heading = res[0]
			}
			if sec.Body != "" {
				if res := compileList("sections.body", []string{sec.Body}); len(res) == 1 {
					sec.body = res[0]
				}
			}
			if sec.UnlessHeading != "" {
				if res := compileList("sections.unless_heading", []string{sec.UnlessHeading}); len(res) == 1 {
					sec.unlessHeading = res[0]
				}
			}
			if sec.AdjacentHeading != "" {
				if res := compileList("sections.adjacent_heading", []string{sec.AdjacentHeading}); len(res) == 1 {
					sec.adjacentHeading = res[0]
				}
			}
		}
	case KindBuiltin:
		fn, ok := builtins[r.ID]
		if !ok {
			fail("no builtin check is named %q", r.ID)
		}
		r.builtin = fn
	case KindSite:
		if !siteRules[r.ID] {
			fail("no site check is named %q", r.ID)
		}
	default:
		fail("kind %q: want forbid, require or builtin", r.Kind)
	}
	return errors.Join(errs...)
}

// unnumbered are the patterns whose literals the prefilter need not know:
// tested on a whole text or a finding's evidence (MatchString), or only
// once a rule's other patterns matched.
var unnumbered = map[string]bool{
	"suggest_for.match": true, "exception": true, "downgrade sentence": true,
	"unless": true, "if": true, "unless_sentence": true, "unless_section": true,
	"statement exception": true, "sections.unless_heading": true, "sections.adjacent_heading": true,
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
