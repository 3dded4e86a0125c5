package extract

import (
	"iter"
	"unicode"
	"unicode/utf8"

	"github.com/noticelint/noticelint/internal/ahocorasick"
)

// headingWords are stems of the headings notices use, in Finnish, Swedish and
// English. A short line holding one is taken for a heading even when no blank
// line sets it apart.
var headingWords = newWordList([]string{
	// fi: stems, as the words inflect (tarkoitus, tarkoitukset; oikeus, oikeudet)
	"rekisterinpitä", "rekisterin pitä", "yhteyshenkil", "yhteystied", "rekisterin nimi",
	"tietosuojavastaa", "tarkoitu", "perust", "oikeusperust", "käsittelyperust", "oikeutetun edun",
	"tietosisäl", "käsiteltävä", "kerättävä", "tietoryhm", "tietolähte", "luovut", "vastaanotta",
	"siirt", "siirr", "ulkopuolelle", "suojau", "suojaam", "tietoturva", "säily", "tarkastusoikeu",
	"oikeu", "valitu", "valitta", "päätöksente", "profiloin", "evästee", "muutoks", "kielto",
	"korjaam", "poistam", "rajoittam", "vastustam", "yleistä", "tietosuojaseloste", "rekisteriseloste",
	// sv
	"personuppgiftsansvarig", "kontaktperson", "registrets namn", "ändamål", "rättslig", "berättigat intresse",
	"uppgiftskäll", "utlämn", "mottagar", "överför", "skydd", "lagring", "bevar", "rättighet",
	"rätt att", "rätt till", "klagomål", "dataskyddsombud", "dataskyddsbeskrivning", "registerbeskrivning",
	"kakor", "ändring", "uppdatering", "uppgifter som", "datainnehåll",
	// en
	"controller", "contact", "data protection officer", "purpose", "legal basis", "legitimate interest",
	"categories of", "sources", "recipient", "transfer", "retention", "storage", "security", "your rights",
	"rights", "right to", "right of", "complaint", "automated", "cookie", "changes", "update",
	"privacy notice", "privacy policy", "name of the register", "register name", "data we", "personal data we",
	"what data", "information we", "content of",
})

// headingLines are headings too short to tell by a stem: the whole line.
var headingLines = map[string]bool{
	"rekisteri": true, "yleistä": true, "evästeet": true,
	"register": true, "registret": true, "allmänt": true, "kakor": true,
	"general": true, "cookies": true,
}

// titleWords mark the title of a notice; a later title starts a second notice
// in the same document (a newsletter register after a customer register).
var titleWords = newWordList([]string{
	"tietosuojaseloste", "rekisteriseloste", "tietosuojailmoitus", "tietosuojakäytäntö", "tietosuojaselvitys",
	"dataskyddsbeskrivning", "registerbeskrivning", "dataskyddsmeddelande", "integritetspolicy",
	"privacy notice", "privacy policy", "privacy statement", "data protection notice",
})

// notTitleWords mark a heading about the notice, not its title: "Changes
// to this privacy notice".
var notTitleWords = newWordList([]string{"muutok", "päivity", "ändring", "uppdater", "change", "update", "this ", "denna ", "tämä"})

// companyForms end a company's name, not a heading: "Esimerkki Oy", "Exempel
// Ab", "Example Ltd".
var companyForms = map[string]bool{
	"oy": true, "oyj": true, "ab": true, "abp": true, "ltd": true, "ky": true, "ry": true, "tmi": true,
	"inc": true, "gmbh": true, "llc": true, "plc": true, "as": true, "aps": true,
}

// danglingWords end a line whose sentence goes on below it ("Du har rätt
// att", "We process personal data to"): such a line is no heading.
var danglingWords = map[string]bool{
	"ja": true, "tai": true, "sekä": true, "että": true, "kuten": true, "eli": true, "jotka": true, "joita": true,
	"att": true, "och": true, "eller": true, "som": true, "för": true, "till": true, "med": true, "av": true,
	"om": true, "på": true, "i": true, "enligt": true,
	"to": true, "and": true, "or": true, "the": true, "a": true, "an": true, "of": true, "for": true,
	"with": true, "by": true, "in": true, "on": true, "as": true, "that": true, "which": true, "including": true,
}

// sentenceStarts open a sentence, not a heading.
var sentenceStarts = []string{
	"du ", "vi ", "ni ", "jag ", "we ", "you ", "i ", "sinulla ", "meillä ", "voit ", "voimme ", "me ", "te ",
}

// consentButtons are the buttons of cookie banners, which a notice copied
// from a web page often ends with; they are no headings.
var consentButtons = []string{
	"hyväksy kaikki", "hylkää kaikki", "vain välttämättömät", "evästeasetukset", "muokkaa asetuksia",
	"godkänn alla", "avvisa alla", "endast nödvändiga", "inställningar för kakor", "kakinställningar",
	"accept all", "reject all", "necessary only", "only necessary", "cookie settings", "manage cookies",
}

// letterWords yields the runs of letters in s.
func letterWords(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1
		for i, r := range s {
			letter := unicode.IsLetter(r)
			switch {
			case letter && start < 0:
				start = i
			case !letter && start >= 0:
				if !yield(s[start:i]) {
					return
				}
				start = -1
			}
		}
		if start >= 0 {
			yield(s[start:])
		}
	}
}

// words counts the words of s without allocating.
func words(s string) int {
	n, in := 0, false
	for _, r := range s {
		if isSpace(r) {
			in = false
		} else if !in {
			n++
			in = true
		}
	}
	return n
}

// moreWords reports whether s has more than n words, reading no further
// than the word that makes it so.
func moreWords(s string, n int) bool {
	in := false
	for i := 0; i < len(s); {
		var space bool
		if c := s[i]; c < utf8.RuneSelf { // ASCII without decoding
			space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = isSpace(r)
			i += size
		}
		if space {
			in = false
		} else if !in {
			if n == 0 {
				return true
			}
			n--
			in = true
		}
	}
	return false
}

// hasWordStart reports whether one of subs stands in s at the start of a
// word: "säilytysaika" in "Henkilötietojen säilytysaika", but not "skydd" in
// "dataskyddsförordningen".
func hasWordStart(s string, subs *wordList) bool { return subs.atBoundary(s, true) }

// hasWordEnd reports whether one of subs stands in s at the end of a word:
// "tietosuojaseloste" in "Rekisteri- ja tietosuojaseloste", but not in
// "Tietosuojaselosteen muutokset".
func hasWordEnd(s string, subs *wordList) bool { return subs.atBoundary(s, false) }

// wordList is a list of words found in one pass over a line, by an
// Aho-Corasick automaton instead of one strings.Index a word.
type wordList struct {
	words []string
	ac    *ahocorasick.Automaton
}

func newWordList(words []string) *wordList {
	return &wordList{words: words, ac: ahocorasick.New(words)}
}

// atBoundary reports whether one of the words stands in s at the start of
// a word (start) or at the end of one.
func (l *wordList) atBoundary(s string, start bool) bool {
	found := false
	l.ac.Scan(s, func(_ int32, at, end int) {
		if found {
			return
		}
		if start {
			found = at == 0 || !isWordBefore(s, at)
		} else {
			r, _ := utf8.DecodeRuneInString(s[end:])
			found = end == len(s) || !unicode.IsLetter(r)
		}
	})
	return found
}

func isWordBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
