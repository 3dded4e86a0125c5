package extract

import (
	"strings"
)

// Languages noticelint knows.
const (
	LangFinnish = "fi"
	LangSwedish = "sv"
	LangEnglish = "en"
)

// stopwords are frequent words that belong to one of the languages only.
var stopwords = map[string]string{}

func init() {
	for lang, list := range map[string]string{
		LangFinnish: "ja on ei tai että sekä ovat voidaan kanssa mukaan tietoja henkilötietoja rekisterin " +
			"rekisteröidyn käsittely käsitellään tiedot hänen niiden jotka joka jos kun myös tietojen " +
			"asiakkaan oikeus oikeutettu tarkoitus säilytetään yhteystiedot rekisterinpitäjä voi vain",
		LangSwedish: "och att som är för med av till den det om personuppgifter vi inte kan på eller " +
			"har de ska vår våra dina dig du hos från uppgifter behandling behandlar rätt enligt",
		LangEnglish: "the and of to is we for with data personal you your are be or not on by this that " +
			"our us may will which from have processing right information",
	} {
		for _, w := range strings.Fields(list) {
			stopwords[w] = lang
		}
	}
}

// DetectLang tells the document's language from its stop words; "" when
// there are too few of them to tell. The sections must be normalised.
func DetectLang(doc *Document) string {
	counts := map[string]int{}
	total := 0
	count := func(s string) {
		for w := range letterWords(s) {
			if lang, ok := stopwords[w]; ok {
				counts[lang]++
				total++
			}
		}
	}
	// The first few kilobytes tell as well as the whole.
	budget := 2048
	for i := range doc.Sections {
		for _, s := range []string{doc.Sections[i].Heading.Lower(), doc.Sections[i].Body.Lower()} {
			if len(s) > budget {
				s = s[:budget]
			}
			budget -= len(s)
			count(s)
		}
		if budget <= 0 {
			break
		}
	}
	return pickLang(counts, total)
}

func pickLang(counts map[string]int, total int) string {
	best, n := "", 0
	for _, lang := range []string{LangFinnish, LangSwedish, LangEnglish} {
		if counts[lang] > n {
			best, n = lang, counts[lang]
		}
	}
	if n < 3 || n*10 < total*4 {
		return ""
	}
	return best
}
