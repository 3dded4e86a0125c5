package rules

import (
	"iter"
	"maps"
	"math/bits"
	"slices"
	"unsafe"

	"github.com/noticelint/noticelint/extract"
)

// requireSpec is the keys of a require rule: a statement that must be
// made, missing where no body sentence or section makes it.
type requireSpec struct {
	// Suggest is wording to add, by notice language.
	Suggest    map[string]string      `yaml:"suggest"`
	Statements map[string][]Statement `yaml:"statements"`
	// Sections lists sections that make the statement by their presence: a
	// heading that matches, with body text under it (matching Body, when
	// given). A heading with nothing under it never does.
	Sections []SectionStatement `yaml:"sections"`
	// UnlessDenied: a clause that denies the statement ("we do not provide
	// right of correction", "ei ole oikeutta") does not make it (denial.go).
	UnlessDenied bool `yaml:"unless_denied"`
	// When makes the rule conditional: it applies only to a notice that
	// makes one of these statements (consent named -> its withdrawal
	// required), or has a heading matching WhenHeading.
	When        map[string][]Statement `yaml:"when"`
	WhenHeading []string               `yaml:"when_heading"`
	// Anchor lists heading patterns, best first, for where a missing
	// statement belongs.
	Anchor []string `yaml:"anchor"`
	// Coverage is the rule's row in the Art. 13/14 coverage matrix.
	Coverage *CoverageRow `yaml:"coverage"`

	anchors     []*condition
	whenHeading []*condition
	// Statements and When of every language, in a fixed order.
	statementList, whenList []Statement
}

// Statement is one way of saying what a require rule wants: a sentence of a
// body that matches every All pattern and no None pattern.
type Statement struct {
	All  []string `yaml:"all"`
	None []string `yaml:"none"`

	all, none []*condition
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

	heading, body, unlessHeading, adjacentHeading *condition
}

func (q *requireSpec) compile(_ *Rule, fail failFunc) {
	if len(q.Statements) == 0 && len(q.Sections) == 0 {
		fail("a require rule needs statements or sections")
	}
	compileStatements := func(what string, m map[string][]Statement) []Statement {
		var list []Statement
		for _, lang := range slices.Sorted(maps.Keys(m)) {
			if !languages[lang] {
				fail("%s: unknown language %q (want fi, sv or en)", what, lang)
			}
			for i := range m[lang] {
				st := &m[lang][i]
				if len(st.All) == 0 {
					fail("%s.%s[%d]: needs at least one pattern in all", what, lang, i)
				}
				st.all = compileList(fail, "statement", st.All)
				st.none = compileList(fail, "statement exception", st.None)
			}
			list = append(list, m[lang]...)
		}
		return list
	}
	q.statementList = compileStatements("statements", q.Statements)
	q.whenList = compileStatements("when", q.When)
	q.whenHeading = compileList(fail, "when_heading", q.WhenHeading)
	q.anchors = compileList(fail, "anchor", q.Anchor)
	for i := range q.Sections {
		sec := &q.Sections[i]
		sec.heading = compileOne(fail, "sections.heading", sec.Heading)
		for _, opt := range []struct {
			what, expr string
			dst        **condition
		}{{"sections.body", sec.Body, &sec.body}, {"sections.unless_heading", sec.UnlessHeading, &sec.unlessHeading}, {"sections.adjacent_heading", sec.AdjacentHeading, &sec.adjacentHeading}} {
			if opt.expr != "" {
				*opt.dst = compileOne(fail, opt.what, opt.expr)
			}
		}
	}
	if q.Coverage != nil {
		q.Coverage.compile(fail)
	}
}

func (q *requireSpec) check(c *check) {
	r := c.rule
	c.unlessDenied = q.UnlessDenied
	if c.doc.Unreadable() {
		c.cover(CoverageUnread, nil)
		return // what was not read is not missing: extraction-quality says so
	}
	if (len(q.whenList) > 0 || len(q.whenHeading) > 0) && !c.made(q.whenList) && !c.headingMatches(q.whenHeading) {
		c.cover(CoverageNotApplicable, nil)
		return // the condition does not hold: nothing is required
	}
	if c.made(q.statementList) || c.sectionMakes(q.Sections) {
		c.cover(CoveragePresent, nil)
		return
	}
	sec := c.anchor(q.anchors)
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
	for si := range statements {
		st := &statements[si]
		if !mayMake(st, c.anyText) {
			continue
		}
		// bodiesMaking's loops, without a call of a yield function for
		// each body.
		if c.bodiesOf == nil || c.plain {
			for i := range c.doc.Sections {
				if mayMake(st, c.body[i]) && c.madeIn(st, i) {
					return true
				}
			}
			continue
		}
		for in := c.bodiesOfStatement(st); in != 0; in &= in - 1 {
			i := bits.TrailingZeros64(uint64(in))
			if i < len(c.doc.Sections) && mayMake(st, c.body[i]) && c.madeIn(st, i) {
				return true
			}
		}
	}
	return false
}

// madeIn reports whether section i's body, whose literals may make the
// statement, makes it.
func (c *check) madeIn(st *Statement, i int) bool {
	c.checkStop()
	return c.doc.Sections[i].Body.Len() > 0 && c.statementIn(st, i)
}

// bodiesMaking yields, in order, the sections whose bodies may make the
// statement by their literals. In a document whose literals' bodies are
// known (bodiesOf), the sections whose bodies hold none of a pattern's
// literals are ruled out at once, before any body's literal set is tested.
func (c *check) bodiesMaking(st *Statement) iter.Seq[int] {
	return func(yield func(int) bool) {
		if c.bodiesOf == nil || c.plain {
			for i := range c.doc.Sections {
				if mayMake(st, c.body[i]) && !yield(i) {
					return
				}
			}
			return
		}
		for in := c.bodiesOfStatement(st); in != 0; in &= in - 1 {
			i := bits.TrailingZeros64(uint64(in))
			if i < len(c.doc.Sections) && mayMake(st, c.body[i]) && !yield(i) {
				return
			}
		}
	}
}

// bodiesOfStatement returns, in a document whose literals' bodies are
// known (bodiesOf), the bodies holding a literal of each of the
// statement's patterns.
func (c *check) bodiesOfStatement(st *Statement) bodies {
	in := ^bodies(0)
	for _, m := range st.all {
		if m.ids == nil {
			continue // any text may match
		}
		var some bodies
		for _, id := range m.ids {
			if int(id) >= len(c.bodiesOf) {
				some = ^bodies(0) // a literal the prefilter does not know
				break
			}
			some |= c.bodiesOf[id]
		}
		in &= some
	}
	return in
}

// sentenceWithLiterals returns the first k, from from on, whose literal
// set lits[k] has one of each of the statement's patterns' literals, or
// len(lits): a pattern's matchIn is false in a sentence without, and
// asking each first spares the others' matching.
func sentenceWithLiterals(st *Statement, lits []litSet, from int) int {
	all := st.all
next:
	for k := from; k < len(lits); k++ {
		for _, m := range all {
			if !m.idMask.in(lits[k]) {
				continue next
			}
		}
		return k
	}
	return len(lits)
}

// eitherMayHold reports whether each of the statement's patterns has a
// literal in a or in b: mayMake(st, a ∪ b) is false when it is not, as each
// pattern's mayHold asks its idMask first.
func eitherMayHold(st *Statement, a, b litSet) bool {
	for _, m := range st.all {
		if !m.idMask.in(a) && !m.idMask.in(b) {
			return false
		}
	}
	return true
}

// mayMake reports whether text holding the literals lits may make the
// statement.
func mayMake(st *Statement, lits litSet) bool {
	for _, re := range st.all {
		if !re.mayHold(lits) {
			return false
		}
	}
	return true
}

// headingMatches reports whether a section's heading matches one of res.
func (c *check) headingMatches(res []*condition) bool {
	var may bodies // the headings that may match one of res
	for _, re := range res {
		may |= c.headingsHolding(re.ids)
	}
	for i := range c.doc.Sections {
		if !may.mayBe(i) {
			continue
		}
		h := c.doc.Sections[i].Heading.Lower()
		if h == "" {
			continue
		}
		for _, re := range res {
			if re.idMask.in(c.heading[i]) && re.matchIn(h, c.heading[i]) { // most headings fail matchIn's first test: no call
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
	var may bodies // the headings that may match one of sections' (headingsHolding)
	for si := range sections {
		may |= c.headingsHolding(sections[si].heading.ids)
	}
	for i := range secs {
		if !may.mayBe(i) {
			continue
		}
		c.checkStop()
		h := secs[i].Heading.Lower()
		if h == "" {
			continue
		}
		for si := range sections {
			st := &sections[si]
			// Most headings fail matchIn's first test, asked here
			// without a call.
			if !st.heading.idMask.in(c.heading[i]) || !st.heading.matchIn(h, c.heading[i]) || (st.unlessHeading != nil && st.unlessHeading.matchIn(h, c.heading[i])) {
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
func (c *check) underHeading(st *SectionStatement, i int) bool {
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
			if !c.unlessDenied {
				return true
			}
			first := c.sentences(j)
			return len(first) == 0 || !deniesIn(body[first[0][0]:first[0][1]], c.sentLits[j][0])
		case c.matchInLong(st.body, body, c.body[j]) && c.undeniedIn(st.body, body, c.body[j], c.sentences(j)):
			// The section's own body, or a sub-section's: the literal
			// sets answer most patterns.
			return true
		case j > i && st.body.matchIn(secs[j].Heading.Lower(), c.heading[j]) && c.undeniedIn(st.body, secs[j].Heading.Lower(), c.heading[j], nil):
			return true // a sub-section's heading: "Oikeus tietojen oikaisuun"
		}
	}
	return false
}

// undeniedIn reports whether m matches text, lower-cased, whose literal set
// is lits, outside the clauses that deny, for a rule with unless_denied;
// sents are the text's sentences when known (a body's), nil otherwise.
func (c *check) undeniedIn(m *condition, text string, lits litSet, sents [][2]int) bool {
	if !c.unlessDenied || !deniesIn(text, lits) {
		return true
	}
	if sents == nil {
		sents = sentences(text)
	}
	for _, se := range sents {
		c.checkStop()
		s := text[se[0]:se[1]]
		if m.MatchString(s) && (!denies(s) || m.MatchString(undenied(s))) {
			return true
		}
	}
	return false
}

// statementIn reports whether one sentence of section i's body, whose
// literals may make the statement (bodiesMaking), makes it, or a list's
// lead-in with one of its items ("Sinulla on oikeus:" and "- tarkastaa
// tietosi"). Each sentence's literal set rules out
// most sentences, and answers patterns of plain words outright; the regexp
// engine runs only on what is left.
func (c *check) statementIn(st *Statement, i int) bool {
	body := c.doc.Sections[i].Body.Lower()
	sents := c.sentences(i)
	lits := c.sentLits[i]
	for k := 0; k < len(sents); k++ {
		if !c.plain {
			// sentenceMakes would find a pattern without its literals,
			// maybe after matching others: such sentences are passed over
			// in a loop of their own, which keeps its few values in
			// registers, and count as the steps they were.
			next := sentenceWithLiterals(st, lits, k)
			c.addSteps(next - k)
			if k = next; k == len(sents) {
				break
			}
		}
		c.checkStop()
		if c.sentenceMakes(st, body[sents[k][0]:sents[k][1]], lits[k], c.denialAt(i, k)) {
			return true
		}
	}
	for _, li := range c.leadIns(i) {
		c.checkStop()
		if !c.plain && !eitherMayHold(st, lits[li[0]], lits[li[1]]) {
			continue // what mayMake would find in their union, without it
		}
		both := c.union(lits[li[0]], lits[li[1]])
		if !mayMake(st, both) {
			continue
		}
		lead, item := sents[li[0]], sents[li[1]]
		if c.sentenceMakes(st, c.joinLeadIn(body[lead[0]:lead[1]], body[item[0]:item[1]]), both, nil) {
			return true
		}
	}
	return false
}

// joinLeadIn returns a lead-in and its item joined by a space, in the
// check's memory: the string is valid until the next call, and what it is
// given to (sentenceMakes, pattern matching) keeps none of it.
func (c *check) joinLeadIn(lead, item string) string {
	c.joined = append(append(append(c.joined[:0], lead...), ' '), item...)
	return unsafe.String(unsafe.SliceData(c.joined), len(c.joined))
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
	if !c.unlessDenied {
		return nil
	}
	if c.denialOf == nil {
		c.denialOf = resize(c.memory().denialOf, len(c.sents))
		n := 0
		for j := range c.sents {
			c.denialOf[j] = int32(n)
			n += len(c.sents[j])
		}
		c.denials = resize(c.memory().denials, n)
		clear(c.denials)
	}
	return &c.denials[int(c.denialOf[i])+k]
}

// sentenceMakes reports whether sentence s, holding the literals lits,
// makes the statement. For a rule with unless_denied, a clause that denies
// it does not count; denial, when not nil, keeps whether s holds a denial
// cue (0 not known yet, 1 it does, -1 it does not).
func (c *check) sentenceMakes(st *Statement, s string, lits litSet, denial *int8) bool {
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
	if !c.unlessDenied {
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
func (st *Statement) matchesText(s string) bool {
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
// section whose heading matches the first of anchors that matches any.
func (c *check) anchor(anchors []*condition) *extract.Section {
	for _, re := range anchors {
		may := c.headingsHolding(re.ids)
		for i := range c.doc.Sections {
			if !may.mayBe(i) {
				continue
			}
			sec := &c.doc.Sections[i]
			// Most headings fail matchIn's first test, asked here
			// without a call (and without a copy of the heading).
			if re.idMask.in(c.heading[i]) && sec.Heading.Len() > 0 && re.matchIn(sec.Heading.Lower(), c.heading[i]) {
				return sec
			}
		}
	}
	return nil
}
