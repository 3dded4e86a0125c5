package rules

import (
	"github.com/noticelint/noticelint/extract"
)

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
		c.denialOf = make([]int32, len(c.sents))
		n := 0
		for j := range c.sents {
			c.denialOf[j] = int32(n)
			n += len(c.sents[j])
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
