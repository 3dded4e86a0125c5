package rules

import "github.com/noticelint/noticelint/extract"

// CoverageOutdated is the status of a statement made only in sentences
// that cite outdated law (the repealed Personal Data Act, Privacy Shield):
// present in words, not in force. "Rekisteröidyllä on henkilötietolain
// 26 §:n mukainen tarkastusoikeus" states the right of access through a
// repealed act.
const CoverageOutdated CoverageStatus = "outdated"

// outdatedLaw are the rules whose findings mark a sentence as citing law
// no longer in force.
var outdatedLaw = map[string]bool{"repealed-law": true, "invalid-transfer-mechanism": true}

// CitesOutdatedLaw reports whether the findings of rule id mark a sentence
// as citing law no longer in force, which makes a statement made only
// there CoverageOutdated.
func CitesOutdatedLaw(id string) bool { return outdatedLaw[id] }

// markOutdated turns each present item whose statement is made only in
// sentences holding an outdated-law finding into CoverageOutdated: the
// body sentences that make it, and every sentence under a heading that
// names it ("Tietojen luovutukset" for the recipients). It runs after
// every rule, as it needs their findings; a notice citing no outdated law
// costs nothing more. byID are the engine's rules by id.
func (c *check) markOutdated(byID map[string]*Rule) {
	var spans [][2]int
	for _, f := range c.out {
		if outdatedLaw[f.Rule] {
			spans = append(spans, [2]int{f.Location.Offset, f.Location.EndOffset})
		}
	}
	if len(spans) == 0 {
		return
	}
	cited := newSpanSet(spans)
	for i := range c.coverage {
		cv := &c.coverage[i]
		r := byID[cv.Rule]
		if cv.Status != CoveragePresent || r == nil {
			continue
		}
		q, ok := r.spec.(*requireSpec)
		if !ok {
			continue
		}
		// A section named for the item with a sentence that cites no
		// repealed law keeps the item present: its statements need not be
		// looked for again.
		named, allCited := c.namedSectionsCited(q.Sections, cited)
		if !allCited {
			continue
		}
		made, clean := c.madeCleanly(q.statementList, cited)
		if (made || named) && !clean {
			cv.Status = CoverageOutdated
		}
	}
}

// namedSectionsCited reports whether a section's heading names the item
// (one of sections), and whether every sentence under such headings (their
// sub-sections' too) holds one of the cited spans.
func (c *check) namedSectionsCited(sections []SectionStatement, cited spanSet) (named, allCited bool) {
	allCited = true
	secs := c.doc.Sections
	var may bodies // the headings that may be one of sections' (headingsHolding)
	for si := range sections {
		may |= c.headingsHolding(sections[si].heading.ids)
	}
	for i := range secs {
		if !may.mayBe(i) {
			continue
		}
		h := secs[i].Heading.Lower()
		if h == "" || !c.namesItem(sections, i, h) {
			continue
		}
		for j := i; j < len(secs) && (j == i || secs[j].Level > secs[i].Level); j++ {
			body := secs[j].Body
			for _, s := range c.sentences(j) {
				c.checkStop()
				named = true
				if !citesAny(body, s, cited) {
					if !c.plain {
						return true, false // what further sentences say changes neither
					}
					allCited = false
				}
			}
		}
	}
	return named, allCited
}

// namesItem reports whether heading h, of section i, is one of sections'.
func (c *check) namesItem(sections []SectionStatement, i int, h string) bool {
	for si := range sections {
		st := &sections[si]
		// Most headings fail matchIn's first test, asked here without a
		// call.
		if st.heading.idMask.in(c.heading[i]) && st.heading.matchIn(h, c.heading[i]) && (st.unlessHeading == nil || !st.unlessHeading.matchIn(h, c.heading[i])) {
			return true
		}
	}
	return false
}

// madeCleanly reports whether a body sentence makes one of the statements,
// and whether one that does holds none of the cited spans.
func (c *check) madeCleanly(statements []Statement, cited spanSet) (made, clean bool) {
	for si := range statements {
		st := &statements[si]
		if !mayMake(st, c.anyText) {
			continue
		}
		for i := range c.bodiesMaking(st) {
			body := c.doc.Sections[i].Body
			if body.Len() == 0 {
				continue
			}
			lower := body.Lower()
			for k, s := range c.sentences(i) {
				c.checkStop()
				if !c.sentenceMakes(st, lower[s[0]:s[1]], c.sentLits[i][k], c.denialAt(i, k)) {
					continue
				}
				made = true
				if !citesAny(body, s, cited) {
					return true, true
				}
			}
		}
	}
	return made, false
}

// citesAny reports whether sentence s, bytes [s[0], s[1]) of body's
// Lower(), holds one of cited (LowerSpan's offsets, without its columns).
func citesAny(body extract.Text, s [2]int, cited spanSet) bool {
	start, end := body.LowerOffsets(s[0], s[1])
	return cited.overlaps(start, end)
}
