package rules

import (
	"strings"
	"sync"
)

// A rule with unless_denied does not count a clause that denies what it
// looks for: "We do not offer any right to correct the entries", "rekisteröidyllä ei
// ole oikeutta tietojen siirtämiseen", "du har inte rätt att få uppgifterna
// raderade". The cues are phrases that deny an entitlement (a right or its
// provision), not every negation: "jos tiedot eivät ole oikein, voit pyytää
// korjausta" and "if you do not agree, you may object" state the right, and
// so does a notice that explains where a right does not apply ("data
// portability does not apply, as the processing is based on our legitimate
// interest"): that is informing about it. A cue denies only its own clause
// (clauses end at punctuation and at "but", "and" ...), so "we do not sell
// your data, and you have the right to object" still states the right.
//
// The cues are compiled on first use, not when the package starts: a run
// whose sentences hold no negation never needs them.
var denialCue = sync.OnceValue(compileDenialCue)

// compileDenialCue compiles the cues; packanalysis.go holds their literal
// analysis, as it does the pack's.
func compileDenialCue() *condition {
	return mustCondition(denialCues)
}

const denialCues = `
	# fi: no right, we do not offer it, you cannot ask
	\bei (?:ole )?oikeu
	\beivät (?:ole )?oikeu
	\bemme (?:ole )?oikeu
	\ben (?:ole )?oikeu
	\bet (?:ole )?oikeu
	\bette (?:ole )?oikeu
	\bemme (?:tarjoa|myönnä|toteuta)\b
	\bei (?:tarjoa|myönnä|toteuta)\b
	\bei voi(?:da)? (?:pyytää|vaatia|saada|käyttää)\b
	\bet voi (?:pyytää|vaatia|saada|käyttää)\b
	\beivät voi(?:da)? (?:pyytää|vaatia|saada|käyttää)\b
	\bemme voi (?:pyytää|vaatia|saada|käyttää)\b
	# sv
	\bhar (?:inte|ej|ingen|inga) (?:rätt|möjlighet)
	\bfinns (?:inte|ej|ingen|inga) (?:rätt|möjlighet)
	\bingen rätt\b
	\bkan (?:inte|ej) (?:begära|få|kräva|invända|utöva)\b
	\berbjuder (?:vi )?(?:inte|ej)\b
	\bger (?:vi )?(?:inte|ej)\b
	\btillhandahåller (?:vi )?(?:inte|ej)\b
	# en
	\bdo not (?:provide|offer|grant|give|have|allow|support)\b
	\bdon't (?:provide|offer|grant|give|have|allow|support)\b
	\bdoes not (?:provide|offer|grant|give|have|allow|support)\b
	\bdoesn't (?:provide|offer|grant|give|have|allow|support)\b
	\bwill not (?:provide|offer|grant|give|have|allow|support)\b
	\bwon't (?:provide|offer|grant|give|have|allow|support)\b
	\bshall not (?:provide|offer|grant|give|have|allow|support)\b
	\bdid not (?:provide|offer|grant|give|have|allow|support)\b
	\bwould not (?:provide|offer|grant|give|have|allow|support)\b
	\b(?:have|has) no right
	\bno right\b
	\bthere is no right
	\bcannot (?:request|ask|demand|obtain|exercise|object|have|get)\b
	\bcan't (?:request|ask|demand|obtain|exercise|object|have|get)\b
	\bcan not (?:request|ask|demand|obtain|exercise|object|have|get)\b
	\bnot (?:entitled|provided|offered)\b
`

// clauseBreaks end a clause inside a sentence: a denial reaches no further.
var clauseBreaks = []string{
	",", ";", ":", "(", ")", " - ",
	" but ", " and ", " however ", " although ", " while ",
	" mutta ", " vaan ", " ja ", " sekä ", " kuitenkin ", " vaikka ",
	" men ", " utan ", " och ", " dock ", " även om ",
}

// mustCondition compiles a condition of the engine's own, such as the
// denial cues, without numbering its literals: it is tested seldom, on a
// sentence that already made a statement.
func mustCondition(p string) *condition {
	m, err := compileTest(p, false)
	if err != nil {
		panic(err)
	}
	return m
}

// negations are words one of which every denial cue holds, with the
// spaces around them: most sentences hold none, and are not searched for a
// cue. They are numbered for the prefilter, so that a sentence's literal
// set tells whether it holds one.
var negations = []string{
	" ei ", " eivät ", " emme ", " et ", " ette ",
	" inte ", " ej ", " ingen ", " inga ",
	" not ", "n't ", " no ", "cannot ",
}

var negationMask = newIDMask(literalIDs(negations))

// mayDeny reports whether s, lower-cased text, holds a negation.
func mayDeny(s string) bool {
	return containsAnyOf(s, negations) || startsNegated(s)
}

// startsNegated reports whether s starts with a negation, where no space
// stands before it ("ei ole oikeutta ...").
func startsNegated(s string) bool {
	s = strings.TrimLeft(s, " \n\t")
	for _, w := range negations {
		if w[0] == ' ' && strings.HasPrefix(s, w[1:]) {
			return true
		}
	}
	return false
}

// denies reports whether s, lower-cased text, holds a denial cue.
func denies(s string) bool {
	return mayDeny(s) && denialCue().MatchString(s)
}

// deniesIn is denies for text whose literal set is lits.
func deniesIn(s string, lits litSet) bool {
	return (negationMask.in(lits) || startsNegated(s)) && denialCue().matchIn(s, lits)
}

// undenied returns sentence s without its clauses that deny, the clauses
// left joined by ". " so that no pattern matches across them.
func undenied(s string) string {
	var b strings.Builder
	for len(s) > 0 {
		cut, next := len(s), len(s)
		for _, br := range clauseBreaks {
			if i := strings.Index(s, br); i >= 0 && i < cut {
				cut, next = i, i+len(br)
			}
		}
		if clause := strings.TrimSpace(s[:cut]); clause != "" && !denies(clause) {
			if b.Len() > 0 {
				b.WriteString(". ")
			}
			b.WriteString(clause)
		}
		s = s[next:]
	}
	return b.String()
}
