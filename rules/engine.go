// Package rules checks Documents against the rule pack: declarative rules
// from pack/*.yaml and builtin checks for what a pattern cannot express.
package rules

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/noticelint/noticelint/extract"
)

// Options are the settings a check runs with.
type Options struct {
	// Now is the time stale-notice measures age against; zero means the
	// wall clock.
	Now time.Time
	// MaxAge is how many months old a notice may be; 0 means 36.
	MaxAge int
	// MessageLang is the language of messages: "en" (default) or "fi".
	MessageLang string
}

// DefaultMaxAge is stale-notice's limit in months.
const DefaultMaxAge = 36

// Engine checks documents against a pack. It is safe for concurrent use.
type Engine struct {
	rules  []*Rule
	opts   Options
	filter *prefilter
}

// NewEngine returns an engine running the given rules.
func NewEngine(rules []*Rule, opts Options) *Engine {
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	if opts.MaxAge <= 0 {
		opts.MaxAge = DefaultMaxAge
	}
	if opts.MessageLang == "" {
		opts.MessageLang = "en"
	}
	return &Engine{rules: rules, opts: opts, filter: newPrefilter()}
}

// Now is the time the engine judges ages against.
func (e *Engine) Now() time.Time { return e.opts.Now }

// Check runs every rule on doc and returns the findings in source order.
func (e *Engine) Check(doc *extract.Document) []Finding {
	return e.run(context.Background(), doc).out
}

// run checks doc: its findings and, for CheckCoverage, the require rules'
// statuses. It stops, panicking with errStopped, when ctx is done.
func (e *Engine) run(ctx context.Context, doc *extract.Document) *check {
	c := &check{doc: doc, opts: e.opts, ctx: ctx, done: ctx.Done()}
	c.all, c.heading, c.body, c.anyText, c.split, c.sentLits = e.filter.scanDocument(doc)
	for _, r := range e.rules {
		c.stopNow()
		c.rule = r
		switch r.Kind {
		case KindForbid:
			c.forbid()
		case KindRequire:
			c.require()
		case KindBuiltin:
			r.builtin(c)
		}
	}
	c.markOutdated(e.rules)
	sort.SliceStable(c.out, func(i, j int) bool {
		a, b := c.out[i].Location, c.out[j].Location
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Column != b.Column {
			return a.Column < b.Column
		}
		return c.out[i].Rule < c.out[j].Rule
	})
	setFingerprints(c.out)
	applySuppressions(c.out, doc.Suppressions)
	return c
}

// SiteFinding is the finding of the site rule id (kind site) about the
// page at path, the site's home page: at line 1, with the rule's message in
// the engine's language, {reason} replaced by reason. ok is false when the
// engine does not run the rule.
func (e *Engine) SiteFinding(id, path, reason string) (f Finding, ok bool) {
	for _, r := range e.rules {
		if r.ID != id || r.Kind != KindSite {
			continue
		}
		msg := strings.ReplaceAll(r.Message.In(e.opts.MessageLang), "{reason}", reason)
		f = Finding{
			Rule: r.ID, Severity: r.Severity, Path: path, Message: msg,
			Location: Location{Line: 1, Column: 1, EndLine: 1, EndColumn: 1},
		}
		fs := []Finding{f}
		setFingerprints(fs)
		return fs[0], true
	}
	return Finding{}, false
}

// applySuppressions marks the findings a noticelint-disable comment covers.
func applySuppressions(fs []Finding, sups []extract.Suppression) {
	for i := range fs {
		f := &fs[i]
		for _, s := range sups {
			if (s.Rule == "" || s.Rule == f.Rule) && s.FromLine <= f.Location.Line && f.Location.Line <= s.ToLine {
				f.Suppressed = &Suppression{
					Kind:          SuppressedInSource,
					Justification: fmt.Sprintf("noticelint-disable comment on line %d", s.CommentLine),
				}
				break
			}
		}
	}
}

// check is the state of one rule run on one document.
type check struct {
	doc  *extract.Document
	opts Options
	rule *Rule
	out  []Finding
	// ctx stops the check when done (bounded.go); done is nil when it
	// cannot be.
	ctx   context.Context
	done  <-chan struct{}
	steps uint32
	// coverage is each require rule's status (coverage.go).
	coverage []Coverage

	// The literals each section's heading and body hold, and the whole
	// document.
	heading, body []litSet
	anyText       litSet

	all     string            // the document's matching text, all sections
	matched map[*matcher]bool // document-level conditions, tested once
	split   [][][2]int        // each section body's sentences
	// sentLits are the literals each sentence of each body holds.
	sentLits [][]litSet
	// leads are each body's lists: pairs of a lead-in sentence and an
	// item (leadin.go), found when first needed.
	leads   [][][2]int
	scratch litSet
	// denials are whether each sentence holds a denial cue, when known
	// (sentenceMakes), section i's from denialAt[i] on.
	denials  []int8
	denialOf []int32
}

// sentences returns the sentences of section i's body.
func (c *check) sentences(i int) [][2]int { return c.split[i] }

// docMatches reports whether the whole document matches m.
func (c *check) docMatches(m *matcher) bool {
	v, ok := c.matched[m]
	if !ok {
		v = c.matchesLong(m, c.all)
		if c.matched == nil {
			c.matched = map[*matcher]bool{}
		}
		c.matched[m] = v
	}
	return v
}

// match is a pattern match in one text of one section.
type match struct {
	start, end int // in text.Lower()
	severity   Severity
	message    string
}

func (c *check) forbid() {
	r := c.rule
	if !c.anyText.hasAny(r.keywordIDs) {
		return
	}
	for i := range c.doc.Sections {
		c.checkStop()
		sec := &c.doc.Sections[i]
		if r.Scope != "body" {
			c.forbidIn(sec, sec.Heading, c.heading[i])
		}
		if r.Scope != "heading" {
			c.forbidIn(sec, sec.Body, c.body[i])
		}
	}
}

func (c *check) forbidIn(sec *extract.Section, t extract.Text, lits litSet) {
	r := c.rule
	if !lits.hasAny(r.keywordIDs) {
		return
	}
	lower := t.Lower()
	var ms []match
	var sents [][2]int // the text's sentences, found once for all its matches
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
	for _, p := range r.patterns {
		if !p.re.mayHold(lits) {
			continue
		}
		var found [][2]int
		for _, w := range wins {
			c.stopNow()
			for _, m := range p.re.findAllIn(lower[w[0]:w[1]], lits) {
				found = append(found, [2]int{w[0] + m[0], w[0] + m[1]})
			}
		}
		if len(found) > 0 && (p.unless != nil && c.docMatches(p.unless) || p.cond != nil && !c.docMatches(p.cond)) {
			continue
		}
		if len(found) > 0 && p.unlessSection != nil && c.matchesLong(p.unlessSection, lower) {
			continue
		}
		var excused map[[2]int]bool // by sentence: matched once however many matches it holds
		for _, m := range found {
			if p.Capitals && !inCapitals(t.S[t.LowerToText(m[0]):endInText(t, m[1])]) {
				continue
			}
			if p.unlessSentence != nil {
				s, e := sentenceAround(sentencesOf(), m[0], m[1])
				v, ok := excused[[2]int{s, e}]
				if !ok {
					if excused == nil {
						excused = map[[2]int]bool{}
					}
					c.checkStop()
					v = p.unlessSentence.MatchString(lower[s:e])
					excused[[2]int{s, e}] = v
				}
				if v {
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
	for _, re := range r.exceptions {
		for _, w := range wins {
			c.stopNow()
			for _, m := range re.findAll(lower[w[0]:w[1]]) {
				excepted = append(excepted, [2]int{w[0] + m[0], w[0] + m[1]})
			}
		}
	}
	except := newSpanSet(excepted)
	var downgrades map[[2]int]int // by sentence: the downgrade that applies, or -1
	ms = mergeMatches(ms, t, !r.Separate)
	for _, m := range ms {
		c.checkStop()
		if except.overlaps(m.start, m.end) {
			continue
		}
		if len(r.Downgrade) > 0 {
			s, e := sentenceAround(sentencesOf(), m.start, m.end)
			k, ok := downgrades[[2]int{s, e}]
			if !ok {
				if downgrades == nil {
					downgrades = map[[2]int]int{}
				}
				k = slices.IndexFunc(r.Downgrade, func(d *Downgrade) bool { return d.re.MatchString(lower[s:e]) })
				downgrades[[2]int{s, e}] = k
			}
			if k >= 0 {
				d := r.Downgrade[k]
				m.severity, m.message = d.Severity, d.Message.In(c.opts.MessageLang)
			}
		}
		span := t.LowerSpan(m.start, m.end)
		evidence := t.S[t.LowerToText(m.start):endInText(t, m.end)]
		c.report(sec, span, evidence, m.severity, m.message)
	}
}

// mergeMatches sorts matches and joins those that overlap or, when
// adjacent is set, stand side by side on one line ("henkilötietolain
// (523/1999)" is one reference, not two).
func mergeMatches(ms []match, t extract.Text, adjacent bool) []match {
	s := t.Lower()
	sort.Slice(ms, func(i, j int) bool { return ms[i].start < ms[j].start })
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

func (c *check) require() {
	r := c.rule
	if c.doc.Unreadable() {
		c.cover(CoverageUnread, nil)
		return // what was not read is not missing: extraction-quality says so
	}
	if (len(r.whenList) > 0 || len(r.whenHeading) > 0) && !c.made(r.whenList) && !c.headingMatches(r.whenHeading) {
		c.cover(CoverageNotApplicable, nil)
		return // the condition does not hold: nothing is required
	}
	if c.made(r.statementList) || c.sectionMakes(r.Sections) {
		c.cover(CoveragePresent, nil)
		return
	}
	sec := c.anchor()
	c.cover(c.missingStatus(sec), sec)
	if sec == nil {
		c.report(nil, c.firstSpan(), "", r.Severity, "")
		return
	}
	c.report(sec, sec.HeadingSpan(), sec.DisplayHeading(), r.Severity, "")
}

// made reports whether a body sentence makes one of the statements. A
// statement whose literals the document lacks is not looked for section
// by section.
func (c *check) made(statements []Statement) bool {
	for _, st := range statements {
		if !mayMake(st, c.anyText) {
			continue
		}
		for i := range c.doc.Sections {
			c.checkStop()
			if c.doc.Sections[i].Body.Len() > 0 && c.statementIn(st, i) {
				return true
			}
		}
	}
	return false
}

// mayMake reports whether text holding the literals lits may make the
// statement.
func mayMake(st Statement, lits litSet) bool {
	for _, re := range st.all {
		if !re.mayHold(lits) {
			return false
		}
	}
	return true
}

// headingMatches reports whether a section's heading matches one of res.
func (c *check) headingMatches(res []*matcher) bool {
	for i := range c.doc.Sections {
		h := c.doc.Sections[i].Heading.Lower()
		if h == "" {
			continue
		}
		for _, re := range res {
			if re.matchIn(h, c.heading[i]) {
				return true
			}
		}
	}
	return false
}

// sectionMakes reports whether a section makes the statement by its
// heading and the text under it (its own body and its sub-sections').
func (c *check) sectionMakes(sections []SectionStatement) bool {
	if len(sections) == 0 {
		return false
	}
	secs := c.doc.Sections
	// walked are, by statement, the sections a walk over adjacent headings
	// has passed without finding the statement: a later walk that reaches
	// one stops there, as what follows was walked too. Without it n
	// headings that are both the statement's and adjacent ones cost n².
	var walked [][]bool
	for i := range secs {
		c.checkStop()
		h := secs[i].Heading.Lower()
		if h == "" {
			continue
		}
		for si, st := range sections {
			if !st.heading.matchIn(h, c.heading[i]) || (st.unlessHeading != nil && st.unlessHeading.matchIn(h, c.heading[i])) {
				continue
			}
			if c.underHeading(st, i) {
				return true
			}
			if st.adjacentHeading == nil {
				continue
			}
			if walked == nil {
				walked = make([][]bool, len(sections))
			}
			if walked[si] == nil {
				walked[si] = make([]bool, len(secs))
			}
			for k := c.afterSubtree(i); k < len(secs) && secs[k].Level == secs[i].Level && !walked[si][k]; k = c.afterSubtree(k) {
				c.checkStop()
				hk := secs[k].Heading.Lower()
				if hk == "" || !st.adjacentHeading.matchIn(hk, c.heading[k]) {
					break
				}
				walked[si][k] = true
				if c.underHeading(st, k) {
					return true
				}
			}
		}
	}
	return false
}

// afterSubtree returns the index of the first section after section i and
// the sections under it.
func (c *check) afterSubtree(i int) int {
	secs := c.doc.Sections
	j := i + 1
	for j < len(secs) && secs[j].Level > secs[i].Level {
		j++
	}
	return j
}

// underHeading reports whether the text under heading i (its own body and
// its sub-sections') makes section statement st.
func (c *check) underHeading(st SectionStatement, i int) bool {
	secs := c.doc.Sections
	for j, end := i, c.afterSubtree(i); j < end; j++ {
		if extract.IsBlank(secs[j].Body.S) {
			continue
		}
		body := secs[j].Body.Lower()
		switch {
		case st.body == nil:
			// The first text under the heading says what it holds:
			// "Tämä oikeus ei koske rekisteriä" denies it.
			if !c.rule.UnlessDenied {
				return true
			}
			first := c.sentences(j)
			return len(first) == 0 || !deniesIn(body[first[0][0]:first[0][1]], c.sentLits[j][0])
		case c.matchInLong(st.body, body, c.body[j]) && c.undeniedIn(st.body, body, c.body[j]):
			// The section's own body, or a sub-section's: the literal
			// sets answer most patterns.
			return true
		case j > i && st.body.matchIn(secs[j].Heading.Lower(), c.heading[j]) && c.undeniedIn(st.body, secs[j].Heading.Lower(), c.heading[j]):
			return true // a sub-section's heading: "Oikeus tietojen oikaisuun"
		}
	}
	return false
}

// undeniedIn reports whether m matches text, lower-cased, whose literal set
// is lits, outside the clauses that deny, for a rule with unless_denied.
func (c *check) undeniedIn(m *matcher, text string, lits litSet) bool {
	if !c.rule.UnlessDenied || !deniesIn(text, lits) {
		return true
	}
	for _, se := range sentences(text) {
		c.checkStop()
		s := text[se[0]:se[1]]
		if m.MatchString(s) && (!denies(s) || m.MatchString(undenied(s))) {
			return true
		}
	}
	return false
}

// statementIn reports whether one sentence of section i's body makes the
// statement, or a list's lead-in with one of its items ("Sinulla on
// oikeus:" and "- tarkastaa tietosi"). Each sentence's literal set rules out
// most sentences, and answers patterns of plain words outright; the regexp
// engine runs only on what is left.
func (c *check) statementIn(st Statement, i int) bool {
	if !mayMake(st, c.body[i]) {
		return false
	}
	body := c.doc.Sections[i].Body.Lower()
	sents := c.sentences(i)
	lits := c.sentLits[i]
	for k := range sents {
		c.checkStop()
		if c.sentenceMakes(st, body[sents[k][0]:sents[k][1]], lits[k], c.denialAt(i, k)) {
			return true
		}
	}
	for _, li := range c.leadIns(i) {
		c.checkStop()
		both := c.union(lits[li[0]], lits[li[1]])
		if !mayMake(st, both) {
			continue
		}
		lead, item := sents[li[0]], sents[li[1]]
		if c.sentenceMakes(st, body[lead[0]:lead[1]]+" "+body[item[0]:item[1]], both, nil) {
			return true
		}
	}
	return false
}

// union returns the union of two literal sets in the check's scratch set.
func (c *check) union(a, b litSet) litSet {
	if len(c.scratch) != len(a) {
		c.scratch = make(litSet, len(a))
	}
	for k := range a {
		c.scratch[k] = a[k] | b[k]
	}
	return c.scratch
}

// denialAt returns where to keep whether sentence k of section i's body
// holds a denial cue: the rules that ask share the answer.
func (c *check) denialAt(i, k int) *int8 {
	if !c.rule.UnlessDenied {
		return nil
	}
	if c.denialOf == nil {
		c.denialOf = make([]int32, len(c.split))
		n := 0
		for j := range c.split {
			c.denialOf[j] = int32(n)
			n += len(c.split[j])
		}
		c.denials = make([]int8, n)
	}
	return &c.denials[int(c.denialOf[i])+k]
}

// sentenceMakes reports whether sentence s, holding the literals lits,
// makes the statement. For a rule with unless_denied, a clause that denies
// it does not count; denial, when not nil, keeps whether s holds a denial
// cue (0 not known yet, 1 it does, -1 it does not).
func (c *check) sentenceMakes(st Statement, s string, lits litSet, denial *int8) bool {
	for _, m := range st.all {
		if !m.matchIn(s, lits) {
			return false
		}
	}
	for _, m := range st.none {
		if m.matchIn(s, lits) {
			return false
		}
	}
	if !c.rule.UnlessDenied {
		return true
	}
	denied := denial != nil && *denial > 0
	if denial == nil || *denial == 0 {
		denied = deniesIn(s, lits)
		if denial != nil {
			*denial = -1
			if denied {
				*denial = 1
			}
		}
	}
	return !denied || st.matchesText(undenied(s))
}

// matchesText reports whether text s makes the statement, without literal
// sets.
func (st Statement) matchesText(s string) bool {
	for _, m := range st.all {
		if !m.MatchString(s) {
			return false
		}
	}
	for _, m := range st.none {
		if m.MatchString(s) {
			return false
		}
	}
	return true
}

// anchor finds the section a missing statement belongs in: the first
// section whose heading matches the rule's first anchor that matches any.
func (c *check) anchor() *extract.Section {
	for _, re := range c.rule.anchors {
		for i := range c.doc.Sections {
			sec := &c.doc.Sections[i]
			if sec.Heading.Len() > 0 && re.matchIn(sec.Heading.Lower(), c.heading[i]) {
				return sec
			}
		}
	}
	return nil
}

// firstSpan is where findings about the whole document stand: its first
// text.
func (c *check) firstSpan() extract.Span {
	for i := range c.doc.Sections {
		s := &c.doc.Sections[i]
		if s.Heading.Len() > 0 {
			return s.HeadingSpan()
		}
		if s.Body.Len() > 0 {
			first := s.Body.S
			if nl := strings.IndexByte(first, '\n'); nl >= 0 {
				first = first[:nl]
			}
			return s.Body.SpanOf(0, len(first))
		}
	}
	p := extract.Position{Line: 1, Column: 1}
	return extract.Span{Start: p, End: p}
}

// report adds a finding of the current rule; an empty message means the
// rule's own.
func (c *check) report(sec *extract.Section, span extract.Span, evidence string, sev Severity, message string) {
	r := c.rule
	if message == "" {
		message = r.Message.In(c.opts.MessageLang)
	}
	evidence = strings.TrimSpace(evidence)
	message = strings.ReplaceAll(message, "{evidence}", evidence)
	f := Finding{
		Rule:     r.ID,
		Severity: sev,
		Path:     c.doc.Path,
		Location: Location{
			Line: span.Start.Line, Column: span.Start.Column,
			EndLine: span.End.Line, EndColumn: span.End.Column,
			Page:   span.Start.Page,
			Offset: span.Start.Offset, EndOffset: span.End.Offset,
		},
		Evidence:   evidence,
		Message:    message,
		Suggestion: r.suggestion(c.doc.Lang, evidence),
		Snippet:    c.doc.SourceLine(span.Start.Line),
	}
	if r.Replace && evidence != "" && sev > Note && r.fixable(evidence) {
		f.Replacement = f.Suggestion
	}
	if f.Location.Line < 1 {
		f.Location.Line, f.Location.Column = 1, 1
	}
	if f.Location.EndLine < f.Location.Line {
		f.Location.EndLine, f.Location.EndColumn = f.Location.Line, f.Location.Column
	}
	if sec != nil {
		f.Section = c.doc.OwnerOf(sec).DisplayHeading() // a "Label:" field's heading, not the label
	}
	c.out = append(c.out, f)
}

// fixable reports whether the suggestion may replace the evidence as is.
func (r *Rule) fixable(evidence string) bool {
	lower := strings.ToLower(evidence)
	for _, f := range r.SuggestFor {
		if f.re.MatchString(lower) {
			return !f.NoFix
		}
	}
	return true
}

// suggestion is the rule's wording for the evidence in the notice's
// language, Finnish when the language is unknown.
func (r *Rule) suggestion(lang, evidence string) string {
	in := func(m map[string]string) string {
		if s, ok := m[lang]; ok {
			return s
		}
		return m["fi"]
	}
	lower := strings.ToLower(evidence)
	for _, f := range r.SuggestFor {
		if f.re.MatchString(lower) {
			if s := in(f.Suggest); s != "" {
				return s
			}
		}
	}
	return in(r.Suggest)
}

// sentences splits the matching copy of a text (extract.Text.Lower) at
// sentence ends, blank lines and list items: its line breaks are those, a
// line break inside a paragraph being a space there. A sentence longer
// than maxSentence is cut in pieces (bounded.go).
func sentences(s string) [][2]int {
	var out [][2]int
	start := 0
	cut := func(end, next int) {
		if strings.TrimSpace(s[start:end]) != "" {
			out = capSentence(out, s, start, end) // at most maxSentence bytes each
		}
		start = next
	}
	for i := 0; i < len(s); i++ {
		if !sentenceByte[s[i]] {
			continue // most bytes: one table lookup
		}
		switch s[i] {
		case '.', '!', '?', ';':
			if i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\n' || s[i+1] == '\t' || s[i+1] == '\r' {
				cut(i+1, i+1)
			}
		case '\n':
			// In the matching copy a line break inside a paragraph is a
			// space: a line break left is a paragraph's end, a blank
			// line's ("aa\n bb") or a list item's ("aa\n- bb").
			cut(i, i+1)
		}
	}
	cut(len(s), len(s))
	return out
}

// sentenceByte marks the bytes at which sentences may end.
var sentenceByte = [256]bool{'.': true, '!': true, '?': true, ';': true, '\n': true}

// sentenceAround returns the sentence of sents (in order, apart) that
// holds [start, end).
func sentenceAround(sents [][2]int, start, end int) (int, int) {
	i := sort.Search(len(sents), func(i int) bool { return sents[i][1] >= end })
	if i < len(sents) && sents[i][0] <= start {
		return sents[i][0], sents[i][1]
	}
	return start, end
}
