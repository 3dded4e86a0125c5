package rules

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentences splits the matching copy of a text (extract.Text.Lower) at
// sentence ends, blank lines and list items: its line breaks are those, a
// line break inside a paragraph being a space there. A sentence longer
// than maxSentence is cut in pieces (bounded.go).
func sentences(s string) [][2]int {
	if blank(s) {
		return nil
	}
	// Room for sentences of 64 bytes: most texts' in one allocation.
	return appendSentences(make([][2]int, 0, len(s)/64+1), s)
}

// Sentences may end at a full stop, !, ? or ; before white space or the
// end, and at a line break; rareEnds are those other than a full stop and
// a line break, which most sentences end with.
const rareEnds = "!?;"

// appendSentences appends the sentences of s (sentences) to out. Each byte
// that may end one is found by strings.IndexByte, which reads many bytes
// at a time, rather than by looking at every byte.
func appendSentences(out [][2]int, s string) [][2]int {
	start := 0
	cut := func(end, next int) {
		if !blank(s[start:end]) {
			out = capSentence(out, s, start, end) // at most maxSentence bytes each
		}
		start = next
	}
	// Where the next '.' and line break stand, len(s) if nowhere: most
	// ends are those. rare[k] is where the next of rareEnds[k] stands, r
	// the first of them.
	dot, nl := indexByteFrom(s, 0, '.'), indexByteFrom(s, 0, '\n')
	var rare [len(rareEnds)]int
	for k := range rare {
		rare[k] = indexByteFrom(s, 0, rareEnds[k])
	}
	r := slices.Min(rare[:])
	for {
		i := min(dot, nl, r)
		switch {
		case i == len(s):
			cut(len(s), len(s))
			return out
		case i == dot:
			dot = indexByteFrom(s, i+1, '.')
		case i == nl:
			nl = indexByteFrom(s, i+1, '\n')
		default:
			for k := range rare {
				if rare[k] == i {
					rare[k] = indexByteFrom(s, i+1, rareEnds[k])
				}
			}
			r = slices.Min(rare[:])
		}
		if s[i] == '\n' {
			// In the matching copy a line break inside a paragraph is a
			// space: a line break left is a paragraph's end, a blank
			// line's ("aa\n bb") or a list item's ("aa\n- bb").
			cut(i, i+1)
		} else if i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\n' || s[i+1] == '\t' || s[i+1] == '\r' {
			cut(i+1, i+1)
		}
	}
}

// blank reports whether s is white space only, strings.TrimSpace(s) ==
// "": it stops at the first character that is not, where TrimSpace also
// looks for the last one from the end and takes the trimmed string.
func blank(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c != ' ' && (c < '\t' || c > '\r') { // TrimSpace's ASCII spaces: \t \n \v \f \r and ' '
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) { // not UTF-8: utf8.RuneError, no space
			return false
		}
		i += size
	}
	return true
}

// indexByteFrom returns the index of the first b in s at or after from,
// len(s) if there is none.
func indexByteFrom(s string, from int, b byte) int {
	if i := strings.IndexByte(s[from:], b); i >= 0 {
		return from + i
	}
	return len(s)
}

// sentenceAround returns the sentence of sents (in order, apart) that
// holds [start, end).
func sentenceAround(sents [][2]int, start, end int) (int, int) {
	i := sort.Search(len(sents), func(i int) bool { return sents[i][1] >= end })
	if i < len(sents) && sents[i][0] <= start {
		return sents[i][0], sents[i][1]
	}
	return start, end
}
