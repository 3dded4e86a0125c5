package extract

import (
	"slices"
	"sync"
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
// the first of them.
var stopwords = map[string]int{}

// The stop words as an automaton that countStopwords runs byte by byte,
// so that a word's end needs no look-up and the loop over a text in ASCII
// takes no branch at a word's end. A state is a prefix of a stop word
// (the trie of the words): state 0 is dead (no stop word starts so; the
// rest of the word is read in it), state 1 is between words. The byte
// classes: 0 is a separator (no letter), 1 a letter in no stop word, then
// a class for each byte the stop words hold. A state is kept as the index
// of its row, st<<stopShift, and stopNext[row|class] is the row of the
// state after a byte of that class (one add between two loads of the
// loop's chain, not a shift too); a separator leads to state 1. Rows are
// multiples of four: the low two bits of the separator's entry say which
// stop word the state ends, k+1 for langs[k], 0 for none, and
// stopWordEnds of them is what it adds to the counts (1<<(16*k), counts by
// language in one integer). A table of counts beside stopNext was four
// times its size, and its loads missed the cache in a lint run.
var (
	stopShift uint
	stopNext  []uint16
	// stopASCII is the class of an ASCII byte, stopSlow for every byte
	// from 0x80: a character whose letterhood wants decoding.
	stopASCII [256]uint8
	// stopLatin is stopASCII with the bytes of the Latin-1 letters
	// (U+00C0-U+00FF: 0xC3 and a byte from 0x80 to 0xBF) as letters'
	// classes, for valid UTF-8, in which a byte from 0x80 to 0xBF is then
	// read only after 0xC3, the other characters that are no ASCII being
	// read whole. The second bytes of × and ÷, no letters, are stopSlow:
	// a text that holds them is counted again without stopLatin.
	stopLatin [256]uint8
	// stopLetter is the class of a byte of a character that is a letter.
	stopLetter [256]uint8
)

const stopSlow = 0xff

// stopTable holds stopNext, which is at most 1<<16 entries long: stopPairs
// reads it by a uint16 index, without bounds checks. The rows past
// stopNext are never touched, so the memory they would take is never
// mapped.
var stopTable [1 << 16]uint16

// stopWordEnds is what a stop word of langs[k] that ends adds to the
// counts, at k+1 (see stopNext).
var stopWordEnds = [4]uint64{0, 1, 1 << 16, 1 << 32}

// stopStep is the automaton's step from row st over a byte of the class:
// the row after it, and the stop word it ended, as stopWordEnds counts it.
func stopStep(next []uint16, st int, class uint8) (int, uint64) {
	v := int(next[st|int(class)])
	return v &^ 3, stopWordEnds[v&3]
}

// stopwordsBuilt builds stopwords and their automaton on first use, not
// at start-up: a process that reads no notice (--help, a pre-commit hook
// on a commit without one) does not pay for them.
var stopwordsBuilt sync.Once

func buildStopwords() {
	for _, lang := range vocab.Languages {
		k := slices.Index(langs[:], lang.Lang)
		for _, w := range lang.Stopwords {
			if _, dup := stopwords[w]; !dup && k >= 0 && w != "" {
				stopwords[w] = k
			}
		}
	}
	buildStopAutomaton(stopwords)
}

// buildStopAutomaton makes the automaton of words (see stopNext).
func buildStopAutomaton(words map[string]int) {
	classes := 2
	for i := range stopLetter {
		stopLetter[i] = 1
	}
	for w := range words {
		for _, b := range []byte(w) {
			if stopLetter[b] == 1 {
				stopLetter[b] = uint8(classes)
				classes++
			}
		}
	}
	for c := range 256 {
		switch {
		case c >= utf8.RuneSelf:
			stopASCII[c] = stopSlow
		case 'a' <= c|0x20 && c|0x20 <= 'z':
			stopASCII[c] = stopLetter[c]
		}
	}
	stopLatin = stopASCII
	for c := 0x80; c <= 0xc3; c++ {
		if c < 0xc0 && c != 0x97 && c != 0xb7 || c == 0xc3 {
			stopLatin[c] = stopLetter[c]
		}
	}
	for 1<<stopShift < max(classes, 4) { // rows leave two bits free
		stopShift++
	}
	row := 1 << stopShift
	stopNext = make([]uint16, 2*row)
	var lang []int // of each state, -1 for none
	lang = append(lang, -1, -1)
	for w, k := range words {
		st := 1
		for _, b := range []byte(w) {
			at := st*row + int(stopLetter[b])
			if stopNext[at] == 0 {
				stopNext[at] = uint16(len(lang))
				stopNext = append(stopNext, make([]uint16, row)...)
				lang = append(lang, -1)
			}
			st = int(stopNext[at])
		}
		lang[st] = k
	}
	if len(stopNext) > 1<<16 {
		panic("extract: too many stop words for 16-bit rows")
	}
	if classes > 0x80 {
		panic("extract: stopPairs wants the stop words' classes below 0x80")
	}
	stopNext = stopTable[:copy(stopTable[:], stopNext)]
	for at, st := range stopNext {
		stopNext[at] = st * uint16(row) // rows, not states
	}
	for st, k := range lang {
		stopNext[st*row] = uint16(row) | uint16(k+1) // a separator: between words, the word st ended
	}
}

// DetectLang tells the document's language from its stop words; "" when
// there are too few of them to tell. The sections must be normalised.
func DetectLang(doc *Document) string { return pickLang(stopCounts(doc)) }

// stopCounts counts the stop words of each language that DetectLang reads,
// and their total.
func stopCounts(doc *Document) (counts [len(langs)]int, total int) {
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
	return counts, total
}

// detectLang is DetectLang for a document whose matching text was made
// now (finish): its parts are the sections' headings and bodies, each
// followed by a line break (which ends a word as a text's end does), so
// the text DetectLang reads is a prefix of it, counted at once.
func detectLang(doc *Document) string { return pickLang(matchingStopCounts(doc)) }

// matchingStopCounts is stopCounts for detectLang.
func matchingStopCounts(doc *Document) (counts [len(langs)]int, total int) {
	m, ok := doc.MatchingText()
	if !ok {
		return stopCounts(doc)
	}
	budget, end, at := 2048, 0, 0 // stopCounts' budget; where it runs out in m
	for i := range doc.Sections {
		for _, n := range [2]int{len(doc.Sections[i].Heading.Lower()), len(doc.Sections[i].Body.Lower())} {
			n = min(n, budget)
			if n > 0 {
				end = at + n
			}
			budget -= n
			at += n + 1
		}
		if budget <= 0 {
			break
		}
	}
	total = countStopwordsUTF8(m[:end], &counts)
	return counts, total
}

// countStopwordsUTF8 is countStopwords2 for valid UTF-8 but for its last
// character, which a budget may cut (a prefix of a matching text): the
// Latin-1 letters ("ä", "ö", "å") are read as ASCII is, without a branch
// of their own (stopLatin). A text with × or ÷ in it is read again by
// countStopwords2.
func countStopwordsUTF8(s string, counts *[len(langs)]int) int {
	stopwordsBuilt.Do(buildStopwords)
	if found, ok := countStopwordsBy(s, counts, &stopLatin); ok {
		return found
	}
	return countStopwords2(s, counts)
}

// countStopwords adds the stop words among the runs of letters of s (as
// letterWords cuts them) to counts, and returns how many it found.
func countStopwords(s string, counts *[len(langs)]int) int {
	stopwordsBuilt.Do(buildStopwords)
	found := 0
	st := 1 << stopShift // the row of the state between words
	for i := 0; i < len(s); {
		// The counts of a block of 64 KiB, which holds fewer than 1<<16
		// words, in one integer: those of langs[k] in bits 16k to 16k+15.
		var sum uint64
		i, st, sum = stopRun(s, i, min(len(s), i+1<<16), st)
		if i == len(s) {
			sum += stopWordEnds[stopNext[st]&3] // the end ends a word
		}
		found += addStopCounts(counts, sum)
	}
	return found
}

// countStopwords2 is countStopwords for a text of less than 64 KiB, read
// as two halves cut at a byte that is no letter, whose automata run side
// by side: each step waits on the load of the one before, and two chains
// of such loads overlap.
func countStopwords2(s string, counts *[len(langs)]int) int {
	stopwordsBuilt.Do(buildStopwords)
	found, _ := countStopwordsBy(s, counts, &stopASCII)
	return found
}

// countStopwordsBy is countStopwords2 reading the bytes' classes from
// class, stopASCII or stopLatin; with stopLatin, ok is false, and counts
// unchanged, when the text holds × or ÷.
func countStopwordsBy(s string, counts *[len(langs)]int, class *[256]uint8) (found int, ok bool) {
	cut := len(s) / 2
	for cut < len(s) && stopASCII[s[cut]] != 0 {
		cut++
	}
	if len(s) >= 1<<16 || cut == len(s) {
		return countStopwords(s, counts), true
	}
	next := stopNext
	a, b := s[:cut], s[cut:]
	// stopLatin reads the bytes of a Latin-1 letter in two steps: the
	// steps stop before the last character, which may be cut.
	end := len(b)
	if class == &stopLatin {
		for end > 0 && !utf8.RuneStart(b[end-1]) {
			end--
		}
		end = max(end-1, 0)
	}
	i, j := 0, 0
	sa, sb := 1<<stopShift, 1<<stopShift // the states between words
	var sum, add uint64
	for i < len(a) && j < end {
		// Most steps, in a loop of their own that keeps its values in
		// registers: the other cases below made the compiler keep a
		// chain's state on the stack.
		k, ra, rb, add := stopPairs(a[i:], b[j:end], sa, sb, class)
		i, j, sa, sb, sum = i+k, j+k, ra, rb, sum+add
		if i == len(a) || j == end {
			break
		}
		// A step of each: an ASCII byte, a Latin-1 letter ("ä"), or
		// another character as stopRun reads it.
		if c := class[a[i]]; c != stopSlow {
			sa, add = stopStep(next, sa, c)
			i++
		} else if c2, ok := latin1Letter(a, i); ok {
			sa = int(next[int(next[sa|int(stopLetter[0xc3])])|int(stopLetter[c2])])
			i, add = i+2, 0
		} else if class == &stopLatin && !utf8.RuneStart(a[i]) {
			return 0, false // × or ÷, whose 0xC3 was read as a letter's
		} else {
			i, sa, add = stopRun(a, i, i+1, sa)
		}
		sum += add
		if c := class[b[j]]; c != stopSlow {
			sb, add = stopStep(next, sb, c)
			j++
		} else if c2, ok := latin1Letter(b, j); ok {
			sb = int(next[int(next[sb|int(stopLetter[0xc3])])|int(stopLetter[c2])])
			j, add = j+2, 0
		} else if class == &stopLatin && !utf8.RuneStart(b[j]) {
			return 0, false
		} else {
			j, sb, add = stopRun(b, j, j+1, sb)
		}
		sum += add
	}
	if class == &stopLatin {
		// A chain may have stopped between a Latin-1 letter's two bytes.
		if i < len(a) && !utf8.RuneStart(a[i]) {
			if class[a[i]] == stopSlow {
				return 0, false
			}
			sa, _ = stopStep(next, sa, class[a[i]])
			i++
		}
		if j < len(b) && !utf8.RuneStart(b[j]) {
			if class[b[j]] == stopSlow {
				return 0, false
			}
			sb, _ = stopStep(next, sb, class[b[j]])
			j++
		}
	}
	_, sa, add = stopRun(a, i, len(a), sa)
	sum += add
	_, sb, add = stopRun(b, j, len(b), sb)
	sum += add + stopWordEnds[next[sa]&3] + stopWordEnds[next[sb]&3] // the ends end words
	return addStopCounts(counts, sum), true
}

// stopPairs steps the two chains of countStopwordsBy from rows sa and sb
// over a and b side by side, a byte of each a step, as long as neither
// byte's class is stopSlow: it returns the steps taken, the rows then, and
// the words they saw end.
func stopPairs(a, b string, sa, sb int, class *[256]uint8) (int, int, int, uint64) {
	next, ends := &stopTable, &stopWordEnds
	n := min(len(a), len(b))
	a, b = a[:n], b[:n]
	ra, rb := uint16(sa), uint16(sb)
	_ = class[0] // its nil check, once
	var sum uint64
	k := 0
	for ; k < n; k++ {
		ca, cb := class[a[k]], class[b[k]]
		if ca|cb >= 0x80 { // stopSlow; the classes are below 0x80
			break
		}
		va, vb := next[ra|uint16(ca)], next[rb|uint16(cb)]
		ra, rb = va&^3, vb&^3
		sum += ends[va&3] + ends[vb&3]
	}
	return k, int(ra), int(rb), sum
}

// stopRun runs the stop-word automaton over s from byte i in state st
// until it has read the byte before end, and the rest of the character
// that byte starts: it returns where it stopped, its state then, and the
// words it saw end, counted as countStopwords sums them.
func stopRun(s string, i, end, st int) (int, int, uint64) {
	next := stopNext
	var sum uint64
	for i < end {
		class := stopASCII[s[i]]
		if class != stopSlow {
			var ended uint64
			st, ended = stopStep(next, st, class)
			sum += ended
			i++
			continue
		}
		// A letter's bytes are read on in the word; any other
		// character ends it.
		var letter bool
		size := 2
		if s[i] == 0xc3 && i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
			_, letter = latin1Letter(s, i)
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			letter = unicode.IsLetter(r)
		}
		if !letter {
			sum += stopWordEnds[next[st]&3]
			st = 1 << stopShift
			i += size
			continue
		}
		for stop := i + size; i < stop; i++ {
			st = int(next[st|int(stopLetter[s[i]])])
		}
	}
	return i, st, sum
}

// latin1Letter reports whether s[i:] starts with a letter U+00C0-U+00FF
// (0xC3 and a second byte, c2): all of them but × and ÷.
func latin1Letter(s string, i int) (c2 byte, ok bool) {
	if s[i] != 0xc3 || i+1 >= len(s) || s[i+1]&0xc0 != 0x80 {
		return 0, false
	}
	c2 = s[i+1]
	return c2, c2 != 0x97 && c2 != 0xb7
}

// addStopCounts adds the counts sum holds, 16 bits a language, to counts,
// and returns their total.
func addStopCounts(counts *[len(langs)]int, sum uint64) int {
	found := 0
	for k := range counts {
		n := int(sum >> (16 * k) & 0xffff)
		counts[k] += n
		found += n
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
