package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

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
var stopwordTexts = []string{"", "ja", "och and", "ja\xffja\xc3", "ÄJA ja-ja_ja1ja", "the\u00a0and\u2007och", "är×är÷är\u00c3\u00a4r", "å\xc3\xd7ja", "på\u0301 the", "och är×är ja÷ja ja å×ja the", "ja ja ä", "äja ja jaä", "on ja on och", "jaµja ja\u0101 och\u2019 på\u00a0och ÿja ÀÄja"}

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
	got = [len(langs)]int{}
	if found := countStopwords2(s, &got); got != want || found != total {
		t.Errorf("countStopwords2(%.40q) = %v %d, want %v %d", s, got, found, want, total)
	}
	if last := lastRuneStart(s); utf8.ValidString(s[:last]) {
		got = [len(langs)]int{}
		if found := countStopwordsUTF8(s, &got); got != want || found != total {
			t.Errorf("countStopwordsUTF8(%.40q) = %v %d, want %v %d", s, got, found, want, total)
		}
	}
}

// lastRuneStart is where the last character of s starts, 0 for "".
func lastRuneStart(s string) int {
	k := len(s)
	for k > 0 && !utf8.RuneStart(s[k-1]) {
		k--
	}
	return max(k-1, 0)
}

// TestCountStopwordsUTF8: the count that reads Latin-1 letters by its
// table counts what countStopwords2 does in every prefix of matching
// texts, whose two chains stop anywhere, between a letter's bytes too.
func TestCountStopwordsUTF8(t *testing.T) {
	for _, n := range gen.Generate(12, 11) {
		doc, err := FromText(n.Name, n.Content, Options{})
		if err != nil {
			t.Fatal(err)
		}
		m, _ := doc.MatchingText()
		for end := range min(len(m), 2100) + 1 {
			var got, want [len(langs)]int
			if g, w := countStopwordsUTF8(m[:end], &got), countStopwords2(m[:end], &want); g != w || got != want {
				t.Fatalf("%s, %d bytes: %v %d, want %v %d", n.Name, end, got, g, want, w)
			}
		}
	}
}

// TestDetectLangMatching: the stop words counted in the matching text's
// prefix are those DetectLang counts section by section, from each of a
// notice's first sections on (texts cut at its budget in every place).
func TestDetectLangMatching(t *testing.T) {
	for _, n := range gen.Generate(60, 3) {
		doc, err := FromText(n.Name, n.Content, Options{Lang: "fi"})
		if err != nil {
			t.Fatal(err)
		}
		for from := range min(len(doc.Sections), 12) {
			d := Document{Sections: slices.Clone(doc.Sections[from:])}
			for i := range d.Sections {
				d.Sections[i].Heading.norm, d.Sections[i].Body.norm = nil, nil
			}
			normalizeSections(&d, nil, nil)
			if _, ok := d.MatchingText(); !ok {
				t.Fatalf("%s from section %d: no matching text", n.Name, from)
			}
			got, gotTotal := matchingStopCounts(&d)
			want, wantTotal := stopCounts(&d)
			if got != want || gotTotal != wantTotal {
				t.Errorf("%s from section %d: %v %d, section by section %v %d", n.Name, from, got, gotTotal, want, wantTotal)
			}
		}
	}
}

// FuzzCountStopwords holds the stop word counts (stopPairs' loop and the
// steps around it: a Latin-1 letter, another character, × or ÷, a chain
// stopping inside a character) to a look-up of every run of letters, in
// the text as given and in lower case.
func FuzzCountStopwords(f *testing.F) {
	for _, s := range stopwordTexts {
		f.Add(s)
	}
	f.Add("Tämä on ja och § 10 §:n ja µja ja\u00aaja the and ÄR och")
	f.Fuzz(func(t *testing.T, s string) {
		checkStopwords(t, s)
		checkStopwords(t, strings.ToLower(s))
	})
}
