package site

import "strings"

// noticeContent are words a privacy notice's text uses, per language,
// folded as fold does. A page that uses enough of them is a notice; one
// that uses few is a page of links (or something else) to look past.
var noticeContent = [][]string{
	{ // fi
		"rekisterinpitaja", "henkilotie", "kasittelyn tarkoitus", "kasittelyn peruste", "oikeusperuste",
		"sailytysaika", "sailyttam", "luovutu", "tarkastusoikeu", "oikeus tarkastaa", "oikeus saada",
		"tietosuojavaltuutet", "yhteyshenkilo", "tietolahtee", "suojauksen periaatteet", "rekisterin nimi",
		"siirto", "oikeutettu etu", "suostumu",
	},
	{ // sv
		"personuppgiftsansvarig", "personuppgifter", "andamal", "rattslig grund", "lagring",
		"bevara", "mottagare", "ratt till tillgang", "ratt att", "dataombudsman", "kontaktperson",
		"uppgiftskallor", "registrets namn", "overforing", "berattigat intresse", "samtycke",
	},
	{ // en
		"controller", "personal data", "purpose", "legal basis", "lawful basis", "retention",
		"retain", "recipient", "right of access", "right to", "supervisory authority",
		"data protection officer", "transfer", "legitimate interest", "consent", "erasure",
	},
}

// minNoticeTerms is how many of a language's words a notice uses at least.
const minNoticeTerms = 5

// LooksLikeNotice is looksLikeNotice, for lint --warc.
func LooksLikeNotice(text string) bool { return looksLikeNotice(text) }

// looksLikeNotice reports whether text (lower-case) reads as a privacy
// notice rather than a page that links to one.
func looksLikeNotice(text string) bool {
	return noticeScore(text) >= minNoticeTerms
}

// noticeScore is the most words of one language's list that text uses.
func noticeScore(text string) int {
	text = fold(text)
	best := 0
	for _, words := range noticeContent {
		n := 0
		for _, w := range words {
			if strings.Contains(text, w) {
				n++
			}
		}
		best = max(best, n)
	}
	return best
}
