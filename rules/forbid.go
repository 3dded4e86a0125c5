package rules

import (
	"github.com/noticelint/noticelint/extract"
	"slices"
	"sort"
	"strings"
	"unicode"
)

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
