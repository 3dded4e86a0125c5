package rules

import (
	"context"
	"errors"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/extract"
)

// TestSentencesCapped: a text without a full stop is cut into sentences
// of at most maxSentence bytes, at spaces, covering all its words; a text
// of ordinary sentences is cut as before.
func TestSentencesCapped(t *testing.T) {
	long := strings.Repeat("henkilötietolain mukaan tietoja käsitellään ", 30_000) // 1.3 MB, no full stop
	sents := sentences(long)
	if len(sents) < len(long)/maxSentence {
		t.Fatalf("%d sentences in %d bytes", len(sents), len(long))
	}
	at := 0
	for _, s := range sents {
		if s[1]-s[0] > maxSentence || s[0] != at {
			t.Fatalf("sentence %v after %d: over %d bytes or not where the last ended", s, at, maxSentence)
		}
		if s[1] < len(long) && long[s[1]-1] != ' ' {
			t.Fatalf("sentence %v cut inside a word: %q", s, long[s[1]-10:s[1]+10])
		}
		at = s[1]
	}
	if at != len(long) {
		t.Errorf("the sentences end at %d of %d", at, len(long))
	}
	// A word longer than a sentence may be: cut at a character.
	word := strings.Repeat("ä", maxSentence)
	for _, s := range sentences(word) {
		if s[1]-s[0] > maxSentence || !strings.HasPrefix(word[s[0]:], "ä") {
			t.Fatalf("sentence %v of a long word", s)
		}
	}
	short := "Ensimmäinen lause. Toinen lause! Kolmas"
	if got := sentences(short); len(got) != 3 || strings.TrimSpace(short[got[2][0]:got[2][1]]) != "Kolmas" {
		t.Errorf("sentences %v", got)
	}
}

// TestWindows: a long text is matched in windows that cover it, end where
// sentences end and hold at most a window and a sentence.
func TestWindows(t *testing.T) {
	text := strings.Repeat("Lause jossa on sanoja ja henkilötietolaki mainitaan. ", 40_000) // 2 MB
	sents := sentences(text)
	ends := map[int]bool{len(text): true}
	for _, s := range sents {
		ends[s[0]] = true
	}
	at := 0
	for _, w := range windows(len(text), sents, matchWindow) {
		if w[0] != at || !ends[w[1]] || w[1]-w[0] > matchWindow+maxSentence {
			t.Fatalf("window %v after %d", w, at)
		}
		at = w[1]
	}
	if at != len(text) {
		t.Errorf("the windows end at %d of %d", at, len(text))
	}
	for _, w := range lineWindows(text) {
		if w[1]-w[0] > matchWindow {
			t.Fatalf("line window %v", w)
		}
	}
}

// TestSpanSet answers as a scan of every range does.
func TestSpanSet(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		var ranges [][2]int
		for range r.IntN(20) {
			s := r.IntN(100)
			ranges = append(ranges, [2]int{s, s + r.IntN(15)})
		}
		want := func(a, b int) bool {
			for _, x := range ranges {
				if a < x[1] && x[0] < b {
					return true
				}
			}
			return false
		}
		set := newSpanSet(append([][2]int(nil), ranges...))
		for range 50 {
			a := r.IntN(110)
			b := a + r.IntN(10)
			if got := set.overlaps(a, b); got != want(a, b) {
				t.Fatalf("overlaps(%d, %d) = %v in %v", a, b, got, ranges)
			}
		}
	}
}

// TestNoFullStops: in a text of 2 MiB without a full stop every mention
// of the repealed act is found once, and each is judged by the sentence
// around it (here one that says the act was repealed: a note).
func TestNoFullStops(t *testing.T) {
	unit := "henkilötietolaki kumottiin vuonna 2019 ja nyt sovelletaan tietosuojalakia "
	n := 2 << 20 / len(unit)
	doc, err := extract.FromText("big.txt", []byte("Tietosuojaseloste\n\n"+strings.Repeat(unit, n)), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	engine := NewEngine([]*Rule{Find(loadPack(t), "repealed-law")}, Options{Now: sampleClock})
	fs := engine.Check(doc)
	notes := 0
	for _, f := range fs {
		if f.Severity == Note {
			notes++
		}
	}
	// A mention that a sentence cut leaves without "kumottiin" beside it
	// may be an error; nearly all are notes.
	if len(fs) != n || notes < n-n/50 {
		t.Errorf("%d findings, %d notes; want %d, nearly all notes", len(fs), notes, n)
	}
}

// TestCheckStops: a check whose context is done ends with its error.
func TestCheckStops(t *testing.T) {
	doc, err := extract.FromText("n.txt", []byte(strings.Repeat("Henkilötietolain mukaan. ", 10_000)), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	engine := NewEngine(loadPack(t), Options{Now: sampleClock})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	fs, cov, err := engine.CheckCoverageContext(ctx, doc)
	if !errors.Is(err, context.Canceled) || fs != nil || cov != nil {
		t.Errorf("%d findings, error %v; want none and the context's error", len(fs), err)
	}
	fs, _, err = engine.CheckCoverageContext(context.Background(), doc)
	if err != nil || len(fs) == 0 {
		t.Errorf("%d findings, error %v", len(fs), err)
	}
}

// TestLeadInsBounded: a list whose items could each be a lead-in (they end
// with a letter) pairs each with at most maxLeadItems items after it, not
// with all of them: 20,000 items make about a million pairs, not 200
// million. A statement a lead-in and a near item make is still made.
func TestLeadInsBounded(t *testing.T) {
	text := "Tietosuojaseloste\n\nOikeudet\n\nSinulla on oikeus\n- tarkastaa tietosi\n" + strings.Repeat("- tietoja voidaan luovuttaa\n", 20_000)
	doc, err := extract.FromText("n.txt", []byte(text), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	engine := NewEngine(loadPack(t), Options{Now: sampleClock})
	c := engine.run(context.Background(), doc)
	pairs, sents := 0, 0
	for i := range doc.Sections {
		pairs += len(c.leadIns(i))
		sents += len(c.sentences(i))
	}
	if pairs > maxLeadItems*sents {
		t.Errorf("%d lead-in pairs for %d sentences", pairs, sents)
	}
	i := slices.IndexFunc(c.coverage, func(cv Coverage) bool { return cv.Rule == "missing-right-access" })
	if i < 0 || c.coverage[i].Status != CoveragePresent {
		t.Errorf("right of access %v: the lead-in and its first item make it", c.coverage)
	}
}
