package extract

import (
	"iter"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/noticelint/noticelint/internal/ahocorasick"
	"github.com/noticelint/noticelint/internal/bytewords"
	"github.com/noticelint/noticelint/internal/vocab"
)

// headingWords are stems of the headings notices use, in Finnish, Swedish and
// English. A short line holding one is taken for a heading even when no blank
// line sets it apart.
var headingWords = newWordList(vocab.All(func(w *vocab.Words) []string { return w.HeadingStems }))

// headingLines are headings too short to tell by a stem: the whole line.
var headingLines = wordSet(vocab.All(func(w *vocab.Words) []string { return w.HeadingLines }))

var headingLinesFirst = firstBytesOf(vocab.All(func(w *vocab.Words) []string { return w.HeadingLines }))

// titleWords mark the title of a notice; a later title starts a second notice
// in the same document (a newsletter register after a customer register).
var titleWords = newWordList(vocab.All(func(w *vocab.Words) []string { return w.TitleWords }))

// notTitleWords mark a heading about the notice, not its title: "Changes
// to this privacy notice".
var notTitleWords = newWordList(vocab.All(func(w *vocab.Words) []string { return w.NotTitleWords }))

// companyForms end a company's name, not a heading: "Esimerkki Oy", "Exempel
// Ab", "Example Ltd".
var companyForms = wordSet(vocab.CompanyForms)

var companyFirst = firstBytesOf(vocab.CompanyForms)

// companyFormMax is the length of the longest of companyForms: a longer
// word is none, and is not looked up.
var companyFormMax = len(slices.MaxFunc(vocab.CompanyForms, func(a, b string) int { return len(a) - len(b) }))

// danglingWords end a line whose sentence goes on below it ("Du har rätt
// att", "We process personal data to"): such a line is no heading.
var danglingWords = wordSet(vocab.All(func(w *vocab.Words) []string { return w.DanglingWords }))

var danglingFirst = firstBytesOf(vocab.All(func(w *vocab.Words) []string { return w.DanglingWords }))

// sentenceStarts open a sentence, not a heading.
var sentenceStarts = vocab.All(func(w *vocab.Words) []string { return w.SentenceStarts })

var sentenceStartWords = newWordList(sentenceStarts)

// consentButtons are the buttons of cookie banners, which a notice copied
// from a web page often ends with; they are no headings.
var consentButtons = vocab.All(func(w *vocab.Words) []string { return w.ConsentButtons })

var consentButtonWords = newWordList(consentButtons)

// firstBytes tells which bytes the words of a list start with, so that a
// string is looked up in the list, or a prefix of it looked for, only
// when one of them may be found: most lines start with a byte none of
// the words do.
type firstBytes struct {
	first [256]bool
	empty bool // the list holds "", which every string starts with
}

func firstBytesOf(words []string) *firstBytes {
	f := new(firstBytes)
	for _, w := range words {
		if w == "" {
			f.empty = true
		} else {
			f.first[w[0]] = true
		}
	}
	return f
}

// may reports whether one of the words may be s or start it.
func (f *firstBytes) may(s string) bool { return f.empty || s != "" && f.first[s[0]] }

// wordSet is a set of words, for a lookup of a whole word.
func wordSet(words []string) map[string]bool {
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[w] = true
	}
	return set
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
		if i+8 <= len(s) {
			// Eight bytes at a time up to the next that is no ASCII, as
			// headingShape counts words.
			x := bytewords.Load64(s, i)
			k, keep := asciiPrefix8(x)
			if k > 0 {
				word := ^spaceMask8(x) & keep & bytewords.Highs
				after := word << 8 // a byte in a word after a byte in one
				if in {
					after |= 0x80
				}
				if n -= bytewords.CountHighs(word &^ after); n < 0 {
					return true
				}
				i += k
				if k == 8 {
					in = int64(word) < 0
					continue
				}
				in = word>>(uint(8*k-1)&63) != 0
			}
		}
		var space bool
		if c := s[i]; c < utf8.RuneSelf { // ASCII without decoding, by a table
			space = shapeClass[c]&shapeSpace != 0
			i++
		} else if isLatin1Letter(s, i) {
			i += 2 // no space
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

// wordList is a list of words looked for in a line: at the starts of its
// words through an index by first byte, at their ends by an Aho-Corasick
// automaton. The automaton is built the first time a search needs it:
// building one for the heading stems cost more than the rest of the
// package's start-up, and the index is all a search at word starts needs.
type wordList struct {
	words []string
	// byFirst holds the words sorted; those starting with byte b are
	// byFirst[from[b]:from[b+1]].
	byFirst []string
	from    [257]uint16
	empty   bool // words holds "", which starts every string (startOf)
	ac      func() *ahocorasick.Automaton
}

func newWordList(words []string) *wordList {
	l := &wordList{words: words, byFirst: slices.Clone(words), empty: slices.Contains(words, "")}
	l.byFirst = slices.DeleteFunc(l.byFirst, func(w string) bool { return w == "" }) // never found
	slices.Sort(l.byFirst)
	for b := range 256 {
		l.from[b+1] = l.from[b]
		for int(l.from[b+1]) < len(l.byFirst) && l.byFirst[l.from[b+1]][0] == byte(b) {
			l.from[b+1]++
		}
	}
	l.ac = sync.OnceValue(func() *ahocorasick.Automaton { return ahocorasick.New(words) })
	return l
}

// atBoundary reports whether one of the words stands in s at the start of
// a word (start) or at the end of one.
func (l *wordList) atBoundary(s string, start bool) bool {
	if start {
		return l.atWordStart(s)
	}
	found := false
	l.ac().Scan(s, func(_ int32, _, end int) {
		if found {
			return
		}
		r, _ := utf8.DecodeRuneInString(s[end:])
		found = end == len(s) || !unicode.IsLetter(r)
	})
	return found
}

// startOf reports whether s starts with one of the words.
func (l *wordList) startOf(s string) bool { return l.empty || s != "" && l.startsAt(s) }

// startsAt reports whether one of the words but "" starts s, which is not
// empty.
func (l *wordList) startsAt(s string) bool {
	// The words of the first byte's range share it; their second bytes,
	// compared first, rule out most of them without a call to compare
	// the rest.
	for _, w := range l.byFirst[l.from[s[0]]:l.from[int(s[0])+1]] {
		if len(w) <= len(s) && (len(w) < 2 || s[1] == w[1]) && s[:len(w)] == w {
			return true
		}
	}
	return false
}

// atWordStart reports whether one of the words starts where s or one of
// its words starts: at a character after no letter or digit.
func (l *wordList) atWordStart(s string) bool {
	for i := 0; i < len(s); {
		// s[i] starts a word or stands after no letter or digit.
		if l.startsAt(s[i:]) {
			return true
		}
		word, size := asciiWordChar[s[i]&0x7f], 1
		if s[i] >= utf8.RuneSelf {
			word, size = wordRuneAt(s, i)
		}
		i += size
		if !word {
			continue
		}
		// The rest of the word, by a loop of its own, and the character
		// after it, which follows a letter or a digit.
		for i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				word, size = asciiWordChar[c], 1
			} else {
				word, size = wordRuneAt(s, i)
			}
			if !word {
				break
			}
			i += size
		}
		i += size
	}
	return false
}

// wordRuneAt reports whether the character at s[i], which is no ASCII, is
// a letter or a digit, and its size.
func wordRuneAt(s string, i int) (bool, int) {
	r, size := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r), size
}

// asciiWordChar tells the ASCII letters and digits.
var asciiWordChar = func() (t [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		t[c] = 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
	}
	return t
}()
