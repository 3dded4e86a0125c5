package rules

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"unicode"

	"github.com/noticelint/noticelint/extract"
)

// forbidSpec is the keys of a forbid rule: a pattern present in the text
// is a finding at the match.
type forbidSpec struct {
	// Suggest is wording to put in place of the evidence, by notice
	// language.
	Suggest map[string]string `yaml:"suggest"`
	// SuggestFor gives wording for evidence of a particular form, the
	// first whose Match matches the evidence: Finnish inflects, and
	// "henkilötietolain mukaisesti" wants "tietosuojalain mukaisesti".
	SuggestFor []FormSuggestion `yaml:"suggest_for"`
	// Replace marks Suggest as a replacement for the evidence (SARIF
	// fixes).
	Replace bool `yaml:"replace"`
	// Scope is where the rule looks: all (default), body or heading.
	Scope string `yaml:"scope"`
	// Keywords are literal, lower-case strings one of which any match
	// contains; a document holding none of them is skipped cheaply.
	Keywords   []string              `yaml:"keywords"`
	Patterns   map[string][]*Pattern `yaml:"patterns"`
	Exceptions []string              `yaml:"exceptions"`
	// Separate keeps each match its own finding: matches that stand side
	// by side are joined into one otherwise ("henkilötietolain
	// (523/1999)"), and "[nimi], [osoite]" are two placeholders.
	Separate  bool         `yaml:"separate"`
	Downgrade []*Downgrade `yaml:"downgrade"`
	// Group "line" makes the matches on one source line one finding,
	// its evidence the distinct matches in order: a pasted paragraph that
	// shows "<p>", "<strong>" and "</p>" is one thing to fix, not three.
	Group string `yaml:"group"`

	exceptions []*locator
	patterns   []*Pattern // all languages', in a fixed order
	keywordIDs []int32
	keywords   idMask // keywordIDs, for a literal set's test
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

	re                                          *locator
	unless, cond, unlessSentence, unlessSection *condition
}

// UnmarshalYAML accepts a string or a {re, unless} mapping.
func (p *Pattern) UnmarshalYAML(unmarshal func(any) error) error {
	type plain Pattern
	return stringOr(unmarshal, &p.Re, (*plain)(p))
}

// Downgrade lowers the severity of a match whose sentence matches Sentence:
// a sentence saying the act was repealed is history, not a reference.
type Downgrade struct {
	Sentence string    `yaml:"sentence"`
	Severity Severity  `yaml:"severity"`
	Message  Localized `yaml:"message"`

	re *condition
}

func (f *forbidSpec) compile(_ *Rule, fail failFunc) {
	if f.Replace && len(f.Suggest) == 0 {
		fail("replace: needs suggest, the wording that replaces the evidence")
	}
	switch f.Scope {
	case "", "all", "body", "heading":
	default:
		fail("scope %q: want all, body or heading", f.Scope)
	}
	if f.Group != "" && f.Group != "line" {
		fail("group %q: want line (or leave it out)", f.Group)
	}
	for i := range f.SuggestFor {
		f.SuggestFor[i].re = compileOne(fail, "suggest_for.match", f.SuggestFor[i].Match)
	}
	f.exceptions = compileLocators(fail, "exception", f.Exceptions)
	for _, d := range f.Downgrade {
		d.re = compileOne(fail, "downgrade sentence", d.Sentence)
		if d.Severity == None {
			fail("downgrade: severity must be error, warning or note")
		}
	}
	for lang := range f.Patterns {
		if !languages[lang] {
			fail("patterns: unknown language %q (want fi, sv or en)", lang)
		}
	}
	if len(f.Patterns) == 0 {
		fail("a forbid rule needs patterns")
	}
	if len(f.Keywords) == 0 {
		fail("a forbid rule needs keywords, the literals its matches contain")
	}
	for _, k := range f.Keywords {
		if k != strings.ToLower(k) {
			fail("keyword %q: write keywords in lower case", k)
		}
	}
	f.keywordIDs = literalIDs(f.Keywords)
	f.keywords = newIDMask(f.keywordIDs)
	for _, lang := range slices.Sorted(maps.Keys(f.Patterns)) {
		for _, p := range f.Patterns[lang] {
			f.patterns = append(f.patterns, p)
			if res := compileLocators(fail, "pattern", []string{p.Re}); len(res) == 1 {
				p.re = res[0]
			}
			for _, opt := range []struct {
				what, expr string
				dst        **condition
			}{{"unless", p.Unless, &p.unless}, {"if", p.If, &p.cond}, {"unless_sentence", p.UnlessSentence, &p.unlessSentence}, {"unless_section", p.UnlessSection, &p.unlessSection}} {
				if opt.expr != "" {
					*opt.dst = compileOne(fail, opt.what, opt.expr)
				}
			}
		}
	}
}

// match is a pattern match in one text of one section.
type match struct {
	start, end int // in text.Lower()
	severity   Severity
	message    string
}

func (f *forbidSpec) check(c *check) {
	if !f.keywords.in(c.anyText) {
		return
	}
	// The patterns the document may match: one whose literals no text of
	// it holds finds nothing in any section, and is not tried in each.
	live := c.livePatterns[:0]
	for _, p := range f.patterns {
		if c.plain || p.re.mayHold(c.anyText) && (p.re.idsAnyOf || p.re.mayMatch(c.all)) {
			live = append(live, p)
		}
	}
	c.livePatterns = live
	if len(live) == 0 {
		return
	}
	// In a document whose literals' bodies are known, each pattern is
	// tried only in the bodies holding one of its literals, and a body
	// holding none of any pattern's is not read.
	var in []bodies
	some := ^bodies(0)
	if c.bodiesOf != nil && !c.plain && f.Scope != "heading" {
		in = c.patternBodies[:0]
		some = 0
		for _, p := range live {
			b := c.bodiesHolding(p.re.ids)
			in = append(in, b)
			some |= b
		}
		some &= c.bodiesHolding(f.keywordIDs)
		c.patternBodies = in
	}
	for i := range c.doc.Sections {
		c.checkStop()
		sec := &c.doc.Sections[i]
		if f.Scope != "body" {
			f.checkIn(c, sec, sec.Heading, c.heading[i], nil, live, nil, 0)
		}
		if f.Scope != "heading" && (i >= maxIndexedBodies || some&(1<<i) != 0) {
			f.checkIn(c, sec, sec.Body, c.body[i], c.sentences(i), live, in, 1<<i)
		}
	}
}

// bodiesHolding returns the bodies that may hold one of the literals ids
// (all for nil ids, a literal may be anywhere), by bodiesOf.
func (c *check) bodiesHolding(ids []int32) bodies { return holding(c.bodiesOf, ids) }

// checkIn checks text t of section sec, whose literals are lits, for
// patterns, those of f's patterns the document may match. For a body,
// sents are its sentences, split by the prefilter's pass (nil: split when
// needed), and in are, when known, the bodies each pattern's literals
// stand in, and bit the body's.
func (f *forbidSpec) checkIn(c *check, sec *extract.Section, t extract.Text, lits litSet, sents [][2]int, patterns []*Pattern, in []bodies, bit bodies) {
	r := c.rule
	if !f.keywords.in(lits) {
		return
	}
	lower := t.Lower()
	ms := c.matches[:0]
	defer func() { c.matches = ms[:0] }()
	// The text's sentences, found once for all its matches.
	sentencesOf := func() [][2]int {
		if sents == nil {
			sents = sentences(lower)
		}
		return sents
	}
	wins := [][2]int{{0, len(lower)}}
	if len(lower) > matchWindow {
		wins = windows(len(lower), sentencesOf(), matchWindow)
	}
	// Whether the text holds a byte, asked for the first byte of a
	// pattern's prefix: "(", "[", "<", "&" stand in few texts and are no
	// literals a set knows, and a pattern's prefix starts every match.
	var asked, holds [4]uint64
	hasByte := func(b byte) bool {
		if asked[b>>6]&(1<<(b&63)) == 0 {
			asked[b>>6] |= 1 << (b & 63)
			if strings.IndexByte(lower, b) >= 0 {
				holds[b>>6] |= 1 << (b & 63)
			}
		}
		return holds[b>>6]&(1<<(b&63)) != 0
	}
	for k, p := range patterns {
		if in != nil && in[k]&bit == 0 || !c.plain && p.re.prefix != "" && !hasByte(p.re.prefix[0]) || !p.re.mayHold(lits) {
			continue
		}
		found := c.found[:0]
		for _, w := range wins {
			c.stopNow()
			for _, m := range p.re.findAllIn(lower[w[0]:w[1]], lits) {
				found = append(found, [2]int{w[0] + m[0], w[0] + m[1]})
			}
		}
		c.found = found[:0]
		if len(found) > 0 && (p.unless != nil && c.docMatches(p.unless) || p.cond != nil && !c.docMatches(p.cond)) {
			continue
		}
		if len(found) > 0 && p.unlessSection != nil && c.matchesLong(p.unlessSection, lower) {
			continue
		}
		// Whether the last sentence asked about excuses its matches: found
		// is in order, so a sentence's matches come one after another and
		// it is matched once however many it holds.
		excused, excusedIn := false, [2]int{-1, -1}
		for _, m := range found {
			if p.Capitals && !inCapitals(t.S[t.LowerToText(m[0]):endInText(t, m[1])]) {
				continue
			}
			if p.unlessSentence != nil {
				s, e := sentenceAround(sentencesOf(), m[0], m[1])
				if excusedIn != [2]int{s, e} {
					c.checkStop()
					excused, excusedIn = p.unlessSentence.MatchString(lower[s:e]), [2]int{s, e}
				}
				if excused {
					continue
				}
			}
			ms = append(ms, match{start: m[0], end: m[1], severity: r.Severity})
		}
	}
	if len(ms) == 0 {
		return
	}
	var excepted [][2]int // sorted in except
	for _, re := range f.exceptions {
		for _, w := range wins {
			c.stopNow()
			for _, m := range re.findAll(lower[w[0]:w[1]]) {
				excepted = append(excepted, [2]int{w[0] + m[0], w[0] + m[1]})
			}
		}
	}
	except := newSpanSet(excepted)
	// The downgrade that applies in the last sentence asked about, or -1:
	// the merged matches are in order, a sentence's one after another.
	downgrade, downgradeIn := -1, [2]int{-1, -1}
	ms = mergeMatches(ms, t, !f.Separate)
	var line lineGroup
	for _, m := range ms {
		c.checkStop()
		if except.overlaps(m.start, m.end) {
			continue
		}
		if len(f.Downgrade) > 0 {
			s, e := sentenceAround(sentencesOf(), m.start, m.end)
			if downgradeIn != [2]int{s, e} {
				downgrade = slices.IndexFunc(f.Downgrade, func(d *Downgrade) bool { return d.re.MatchString(lower[s:e]) })
				downgradeIn = [2]int{s, e}
			}
			if downgrade >= 0 {
				d := f.Downgrade[downgrade]
				m.severity, m.message = d.Severity, d.Message.In(c.opts.MessageLang)
			}
		}
		span := t.LowerSpan(m.start, m.end)
		evidence := t.S[t.LowerToText(m.start):endInText(t, m.end)]
		if f.Group != "line" {
			c.report(sec, span, evidence, m.severity, m.message)
			continue
		}
		if !line.add(span, evidence, m) {
			line.report(c, sec)
			line = lineGroup{}
			line.add(span, evidence, m)
		}
	}
	line.report(c, sec)
}

// lineGroup is the matches of one source line that make one finding
// (group: line).
type lineGroup struct {
	span     extract.Span
	evidence []string // distinct, in order
	m        match
	n        int
}

// add takes the match into the group, or reports false when it belongs to
// another line (or has another severity or message).
func (g *lineGroup) add(span extract.Span, evidence string, m match) bool {
	if g.n == 0 {
		*g = lineGroup{span: span, evidence: []string{evidence}, m: m, n: 1}
		return true
	}
	if span.Start.Line != g.span.Start.Line || m.severity != g.m.severity || m.message != g.m.message {
		return false
	}
	g.span.End = span.End
	if !slices.Contains(g.evidence, evidence) {
		g.evidence = append(g.evidence, evidence)
	}
	g.n++
	return true
}

func (g *lineGroup) report(c *check, sec *extract.Section) {
	if g.n > 0 {
		c.report(sec, g.span, strings.Join(g.evidence, " "), g.m.severity, g.m.message)
	}
}

// mergeMatches sorts matches and joins those that overlap or, when
// adjacent is set, stand side by side on one line ("henkilötietolain
// (523/1999)" is one reference, not two).
func mergeMatches(ms []match, t extract.Text, adjacent bool) []match {
	s := t.Lower()
	// slices.SortFunc is sort.Slice's algorithm (pdqsort, one template),
	// without its reflection: matches that start together stay in its order.
	slices.SortFunc(ms, func(a, b match) int { return cmp.Compare(a.start, b.start) })
	out := ms[:1]
	for _, m := range ms[1:] {
		last := &out[len(out)-1]
		gap := s[min(last.end, m.start):m.start]
		sameLine := !strings.ContainsAny(t.S[t.LowerToText(min(last.end, m.start)):t.LowerToText(m.start)], "\r\n")
		if m.start < last.end || adjacent && (m.start == last.end || sameLine && len(gap) <= 3 && strings.Trim(gap, " (),") == "") {
			last.end = max(last.end, m.end)
			continue
		}
		out = append(out, m)
	}
	// Close a bracket the merge opened: "henkilötietolain (523/1999)".
	for i := range out {
		m := &out[i]
		if strings.Count(s[m.start:m.end], "(") > strings.Count(s[m.start:m.end], ")") && strings.HasPrefix(s[m.end:], ")") {
			m.end++
		}
	}
	return out
}

// inCapitals reports whether s has upper-case letters and no lower-case
// one: "[YHDISTYKSEN NIMI]".
func inCapitals(s string) bool {
	upper := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		upper = upper || unicode.IsUpper(r)
	}
	return upper
}

func endInText(t extract.Text, lowerEnd int) int {
	if lowerEnd >= len(t.Lower()) {
		return len(t.S)
	}
	return t.LowerToText(lowerEnd)
}
