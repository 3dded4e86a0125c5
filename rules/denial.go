package rules

import "strings"

// A rule with unless_denied does not count a clause that denies what it
// looks for: "We do not provide right of correction", "rekisteröidyllä ei
// ole oikeutta tietojen siirtämiseen", "du har inte rätt att få uppgifterna
// raderade". The cues are phrases that deny an entitlement (a right, its
// application, its provision), not every negation: "jos tiedot eivät ole
// oikein, voit pyytää korjausta" and "if you do not agree, you may object"
// state the right. A cue denies only its own clause (clauses end at
// punctuation and at "but", "and" ...), so "we do not sell your data, and you
// have the right to object" still states the right.
var denialCue = mustCondition(`
	# fi: no right, the right does not apply, we do not offer it, you cannot ask
	\b(?:ei|eivät|emme|en|et|ette)\s+(?:ole\s+)?oikeu
	\b(?:ei|eivät)\s+ole\s+(?:mahdollis|käytettävissä|sovellettav)
	\b(?:ei|eivät)\s+(?:koske|sovellu|sovelleta|päde)\b
	\b(?:emme|ei)\s+(?:tarjoa|myönnä|toteuta)\b
	\b(?:et|ei|eivät|emme)\s+voi(?:da)?\s+(?:pyytää|vaatia|saada|käyttää)\b
	# sv
	\b(?:har|finns)\s+(?:inte|ej|ingen|inga)\s+(?:rätt|möjlighet)
	\bingen\s+rätt\b
	\b(?:gäller|tillämpas|omfattas)\s+(?:inte|ej)\b
	\bkan\s+(?:inte|ej)\s+(?:begära|få|kräva|invända|utöva)\b
	\b(?:erbjuder|ger|tillhandahåller)\s+(?:vi\s+)?(?:inte|ej)\b
	\b(?:inte|ej)\s+(?:möjligt|tillämplig)
	# en
	\b(?:do|does|did|will|shall|would)(?:\s+not|n't)\s+(?:provide|offer|grant|give|have|apply|exist|allow|support)\b
	\b(?:have|has)\s+no\s+right
	\bno\s+right\b
	\bthere\s+is\s+no\s+right
	\b(?:cannot|can't|can\s+not)\s+(?:request|ask|demand|obtain|exercise|object|have|get)\b
	\bnot\s+(?:entitled|applicable|possible|available|provided|offered)\b
`)

// clauseBreaks end a clause inside a sentence: a denial reaches no further.
var clauseBreaks = []string{
	",", ";", ":", "(", ")", " - ",
	" but ", " and ", " however ", " although ", " while ",
	" mutta ", " vaan ", " ja ", " sekä ", " kuitenkin ", " vaikka ",
	" men ", " utan ", " och ", " dock ", " även om ",
}

// mustCondition compiles a condition of the engine's own, such as the
// denial cues.
func mustCondition(p string) *matcher {
	m, err := compileCondition(p)
	if err != nil {
		panic(err)
	}
	return m
}

// denies reports whether s, lower-cased text, holds a denial cue.
func denies(s string) bool {
	return denialCue.MatchString(s)
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

// firstSentence returns the first sentence of lower-cased text s.
func firstSentence(s string) string {
	if sents := sentences(s); len(sents) > 0 {
		return s[sents[0][0]:sents[0][1]]
	}
	return s
}
