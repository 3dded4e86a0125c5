package rules

import (
	"slices"
	"strings"
	"testing"
)

// TestSentencesCutAt: a sentence ends at ., !, ? or ; before white space,
// and at a line break before a list item or a blank line; no other byte
// ends one.
func TestSentencesCutAt(t *testing.T) {
	for b := range 256 {
		s := "aa" + string([]byte{byte(b)}) + " bb"
		want := 1
		if strings.IndexByte(".!?;\n", byte(b)) >= 0 {
			want = 2
		}
		if got := sentences(s); len(got) != want {
			t.Errorf("sentences(%q) = %v, want %d", s, got, want)
		}
	}
	for s, want := range map[string]int{"aa\n- bb": 2, "aa\n bb": 2, "aa\n\nbb": 2, "aa bb": 1, "aa.\nbb": 2, "aa.bb": 1} {
		if got := sentences(s); len(got) != want {
			t.Errorf("sentences(%q) = %v, want %d", s, got, want)
		}
	}
}

// TestSentenceAround: a range inside a sentence gives the sentence; one
// across two sentences, or between them, gives itself.
func TestSentenceAround(t *testing.T) {
	s := "Eka lause. Toinen lause; kolmas.\n- neljäs"
	sents := sentences(s)
	for _, tt := range []struct{ start, end, wantS, wantE int }{
		{0, 3, 0, 10},    // "Eka" in "Eka lause."
		{11, 17, 10, 24}, // "Toinen"
		{8, 13, 8, 13},   // across the first full stop
		{len(s) - 3, len(s), 33, len(s)},
	} {
		if s0, e0 := sentenceAround(sents, tt.start, tt.end); s0 != tt.wantS || e0 != tt.wantE {
			t.Errorf("sentenceAround(%d, %d) = %d, %d (%q), want %d, %d", tt.start, tt.end, s0, e0, s[s0:e0], tt.wantS, tt.wantE)
		}
	}
}

// plainSentences is sentences as a loop over every byte: what the
// strings.IndexByte search must find.
func plainSentences(s string) [][2]int {
	var out [][2]int
	start := 0
	cut := func(end, next int) {
		if strings.TrimSpace(s[start:end]) != "" {
			out = capSentence(out, s, start, end)
		}
		start = next
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.', '!', '?', ';':
			if i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\n' || s[i+1] == '\t' || s[i+1] == '\r' {
				cut(i+1, i+1)
			}
		case '\n':
			cut(i, i+1)
		}
	}
	cut(len(s), len(s))
	return out
}

// FuzzTextScans holds the loops that read a text in a faster way than
// the plain one to it: sentences finds the sentences a loop over every
// byte finds, and appendSentences appends them after what a slice holds;
// lowerCased says whether strings.ToLower changes the text; appendNormalized
// writes what normalizeSpace returns, trimHeadingEnd what strings.TrimRight
// does, and setFingerprints what hashing each finding alone gives.
func FuzzTextScans(f *testing.F) {
	for _, s := range []string{"", " ", "a. b", "aa\n- bb", "aa.\nbb;\tcc!\rdd?", ".", "a.b", strings.Repeat("sana ", 2000), strings.Repeat("x", 5000) + ". y",
		"Äiti ja öljy", "ÖLJY", "äiti ja öljy ß ÿ ÷ İ ǅ ϴ \uFFFD", "\xff\xfe a", "Σ σ ς", "\t\v\f\r\u0085\u00a0\u2028 \u3000", " \u200b ", "nimi: .", "a.:", "rekisteri NIMI JA OSOITE\t\tTIEDOT:  a", "henkilötiedot_\x1fabcdefgh\x7fABCDEFGHIJ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := plainSentences(s)
		if got := sentences(s); !slices.Equal(got, want) {
			t.Fatalf("sentences(%q) = %v, want %v", s, got, want)
		}
		before := [][2]int{{1, 2}}
		if got := appendSentences(before, s); !slices.Equal(got[:1], before) || !slices.Equal(got[1:], want) {
			t.Fatalf("appendSentences(%q) = %v, want %v after %v", s, got, want, before)
		}
		if got, want := blank(s), strings.TrimSpace(s) == ""; got != want {
			t.Fatalf("blank(%q) = %v, want %v", s, got, want)
		}
		if got, want := lowerCased(s), strings.ToLower(s) == s; got != want {
			t.Fatalf("lowerCased(%q) = %v, want %v", s, got, want)
		}
		norm := strings.ToLower(strings.Join(strings.Fields(s), " "))
		if got, want := normalized(s), norm == s; got != want {
			t.Fatalf("normalized(%q) = %v, want %v", s, got, want)
		}
		if got := normalizeSpace(s); got != norm {
			t.Fatalf("normalizeSpace(%q) = %q, want %q", s, got, norm)
		}
		if got := appendNormalized([]byte("ab"), 1, s); string(got) != "a"+norm {
			t.Fatalf("appendNormalized(%q) = %q, want %q", s, got[1:], norm)
		}
		if got, want := trimHeadingEnd(s), strings.TrimRight(s, ":. "); got != want {
			t.Fatalf("trimHeadingEnd(%q) = %q, want %q", s, got, want)
		}
		half := s[:len(s)/2]
		fs := []Finding{{Rule: "r", Section: s, Evidence: s}, {Rule: "r", Section: s, Evidence: half}, {Rule: "r", Section: s, Evidence: s},
			{Rule: "q", Section: half, Evidence: s}, {Rule: "q", Path: "p", Section: half, Evidence: s}}
		prints := plainFingerprints(fs)
		setFingerprints(fs)
		for i := range fs {
			if fs[i].Fingerprint != prints[i] {
				t.Fatalf("%q: finding %d's fingerprint %s, want %s", s, i, fs[i].Fingerprint, prints[i])
			}
		}
	})
}
