package rules

import (
	"sort"
	"strings"
)

// sentences splits the matching copy of a text (extract.Text.Lower) at
// sentence ends, blank lines and list items: its line breaks are those, a
// line break inside a paragraph being a space there. A sentence longer
// than maxSentence is cut in pieces (bounded.go).
func sentences(s string) [][2]int {
	var out [][2]int
	start := 0
	cut := func(end, next int) {
		if strings.TrimSpace(s[start:end]) != "" {
			if out == nil {
				// Room for sentences of 64 bytes: most texts' in one
				// allocation, where growing took one per doubling.
				out = make([][2]int, 0, len(s)/64+1)
			}
			out = capSentence(out, s, start, end) // at most maxSentence bytes each
		}
		start = next
	}
	for i := 0; i < len(s); i++ {
		if !sentenceByte[s[i]] {
			continue // most bytes: one table lookup
		}
		switch s[i] {
		case '.', '!', '?', ';':
			if i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\n' || s[i+1] == '\t' || s[i+1] == '\r' {
				cut(i+1, i+1)
			}
		case '\n':
			// In the matching copy a line break inside a paragraph is a
			// space: a line break left is a paragraph's end, a blank
			// line's ("aa\n bb") or a list item's ("aa\n- bb").
			cut(i, i+1)
		}
	}
	cut(len(s), len(s))
	return out
}

// sentenceByte marks the bytes at which sentences may end.
var sentenceByte = [256]bool{'.': true, '!': true, '?': true, ';': true, '\n': true}

// sentenceAround returns the sentence of sents (in order, apart) that
// holds [start, end).
func sentenceAround(sents [][2]int, start, end int) (int, int) {
	i := sort.Search(len(sents), func(i int) bool { return sents[i][1] >= end })
	if i < len(sents) && sents[i][0] <= start {
		return sents[i][0], sents[i][1]
	}
	return start, end
}
