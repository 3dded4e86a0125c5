package extract

import "github.com/noticelint/noticelint/internal/vocab"

// Languages noticelint knows.
const (
	LangFinnish = "fi"
	LangSwedish = "sv"
	LangEnglish = "en"
)

// stopwords are frequent words that belong to one of the languages only.
// A word in two languages' lists counts for the first of them.
var stopwords = map[string]string{}

func init() {
	for _, lang := range vocab.Languages {
		for _, w := range lang.Stopwords {
			if _, dup := stopwords[w]; !dup {
				stopwords[w] = lang.Lang
			}
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
