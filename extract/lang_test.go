package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/internal/gen"
)

// TestCountStopwords: the one-pass count finds, word for word, what a
// look-up of every run of letters (letterWords) finds, on generated
// notices in the three languages cut at odd places (inside a character
// too) and on bytes that are no UTF-8.
func TestCountStopwords(t *testing.T) {
	texts := slices.Clone(stopwordTexts)
	for _, n := range gen.Generate(30, 7) {
		s := strings.ToLower(string(n.Content))
		texts = append(texts, s, s[:len(s)/3], s[:len(s)/2+1])
	}
	// Past the 64 KiB blocks whose counts share an integer.
	texts = append(texts, strings.Repeat("ja ", 1<<16), strings.Repeat("x", 1<<16-1)+"ja ja")
	for _, s := range texts {
		checkStopwords(t, s)
	}
}

// stopwordTexts are odd texts for the stop word counts.
var stopwordTexts = []string{"", "ja", "och and", "ja\xffja\xc3", "ÄJA ja-ja_ja1ja", "the\u00a0and\u2007och", "är×är÷är\u00c3\u00a4r", "å\xc3\xd7ja", "på\u0301 the"}

// checkStopwords holds countStopwords to a look-up of every run of
// letters (letterWords) in the stop word map.
func checkStopwords(t *testing.T, s string) {
	t.Helper()
	stopwordsBuilt.Do(buildStopwords)
	var got [len(langs)]int
	found := countStopwords(s, &got)
	var want [len(langs)]int
	total := 0
	for w := range letterWords(s) {
		if k, ok := stopwords[w]; ok {
			want[k]++
			total++
		}
	}
	if got != want || found != total {
		t.Errorf("countStopwords(%.40q) = %v %d, want %v %d", s, got, found, want, total)
	}
}
