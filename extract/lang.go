package extract

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/noticelint/noticelint/internal/vocab"
)

// Languages noticelint knows.
const (
	LangFinnish = "fi"
	LangSwedish = "sv"
	LangEnglish = "en"
)

// langs are the languages DetectLang tells, in the order a tie goes.
var langs = [...]string{LangFinnish, LangSwedish, LangEnglish}

// stopwords are frequent words that belong to one of the languages only,
// each to its index in langs. A word in two languages' lists counts for
// the first of them. stopwordLens[b] has bit n set when a stop word of n
// bytes starts with byte b: most words of a text are looked up in no map.
var (
	stopwords    = map[string]int{}
	stopwordLens [256]uint64
)

func init() {
	for _, lang := range vocab.Languages {
		k := slices.Index(langs[:], lang.Lang)
		for _, w := range lang.Stopwords {
			if _, dup := stopwords[w]; !dup && k >= 0 && w != "" {
				stopwords[w] = k
				stopwordLens[w[0]] |= 1 << min(len(w), 63)
			}
		}
	}
}

// DetectLang tells the document's language from its stop words; "" when
// there are too few of them to tell. The sections must be normalised.
func DetectLang(doc *Document) string {
	var counts [len(langs)]int
	total := 0
	// The first few kilobytes tell as well as the whole.
	budget := 2048
	for i := range doc.Sections {
		for _, s := range [2]string{doc.Sections[i].Heading.Lower(), doc.Sections[i].Body.Lower()} {
			if len(s) > budget {
				s = s[:budget]
			}
			budget -= len(s)
			total += countStopwords(s, &counts)
		}
		if budget <= 0 {
			break
		}
	}
	return pickLang(counts, total)
}

// countStopwords adds the stop words among the runs of letters of s (as
// letterWords cuts them) to counts, and returns how many it found.
func countStopwords(s string, counts *[len(langs)]int) int {
	found := 0
	start := -1 // where the word being read starts
	for i := 0; i <= len(s); {
		letter, size := false, 1
		if i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				letter = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
			} else {
				var r rune
				r, size = utf8.DecodeRuneInString(s[i:])
				letter = unicode.IsLetter(r)
			}
		}
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			if n := i - start; n < 64 && stopwordLens[s[start]]&(1<<n) != 0 {
				if k, ok := stopwords[s[start:i]]; ok {
					counts[k]++
					found++
				}
			}
			start = -1
		}
		i += size
	}
	return found
}

func pickLang(counts [len(langs)]int, total int) string {
	best, n := "", 0
	for k, lang := range langs {
		if counts[k] > n {
			best, n = lang, counts[k]
		}
	}
	if n < 3 || n*10 < total*4 {
		return ""
	}
	return best
}
