package rules

import (
	"slices"
	"testing"
	"time"
)

func TestLeadingStrings(t *testing.T) {
	for expr, want := range map[string][]string{
		`(?:when|once) (?:it is )?no longer`:                      {"when it is no longer", "when no longer", "once it is no longer", "once no longer"},
		`(?:when|once) (?:it is |they are )?no longer`:            {"when ", "once "},
		`(?:finnish )?personal data act`:                          {"finnish personal data act", "personal data act"},
		`(?:for )?as long as (?:is |it is )?(?:necessary|needed)`: {"for as long as ", "as long as "},
		`\p{L}*lag`:                 nil, // a match may start with any letter
		`(?:eu:n\s+)?tietosuoja`:    nil, // \s+ is not spelled: the empty start is left
		`(?:a|b|c|d|e)x`:            nil, // more than maxLeads
		`(?:a|b)(?:c|d)(?:e|f)`:     {"ac", "ad", "bc", "bd"},
		`(?:x)?`:                    nil,
		`(?:[ab]) and more`:         {"a and more", "b and more"},
		`(`:                         nil,
		`(?:when|once|after) it is`: {"when it is", "once it is", "after it is"},
	} {
		got := leadingStrings(expr)
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("leadingStrings(%q) = %q, want %q", expr, got, want)
		}
	}
}

func TestOccurrences(t *testing.T) {
	s := "once when, then once more when"
	o := occurrences{strings: []string{"when", "once"}}
	var got []int
	for pos := 0; pos <= len(s); {
		at := o.next(s, pos)
		if at < 0 {
			break
		}
		got = append(got, at)
		pos = at + 1
	}
	if want := []int{0, 5, 16, 26}; !slices.Equal(got, want) {
		t.Errorf("occurrences at %v, want %v", got, want)
	}
}

// TestLeadsFindWhatScanningFinds: a pack locator looked for by its leading
// strings finds the matches that scanning the text with its expression
// finds, in the pack's samples and the seed notices, whole and sentence by
// sentence, and in texts that put a match inside a word, after a number
// or a byte that is not UTF-8, or next to itself.
func TestLeadsFindWhatScanningFinds(t *testing.T) {
	texts := fastPathTexts(t)
	_, locs := packMatchers(t)
	tested, found := 0, 0
	for _, m := range locs {
		if m.prefix != "" || m.leads == nil || m.leads() == nil {
			continue
		}
		tested++
		scanned := *m
		scanned.leads = nil
		var tricky []string
		for _, s := range texts {
			if loc := m.whole().FindStringSubmatchIndex(s); loc != nil {
				w := s[loc[2]:loc[3]]
				tricky = []string{w, "x" + w, "ä" + w + " " + w, w + w, w + " " + w, "²" + w, "1" + w, "\xff" + w,
					" \xff" + w, "_" + w, "-" + w, w[:len(w)/2] + " " + w}
				break
			}
		}
		for _, s := range slices.Concat(texts, tricky) {
			want := scanned.search(s)
			got := m.search(s)
			found += len(got)
			if !slices.Equal(got, want) && (len(got) > 0 || len(want) > 0) {
				t.Errorf("%q in %q: by leading strings %v, scanned %v", m.whole(), s, got, want)
			}
		}
	}
	if tested == 0 || found == 0 {
		t.Fatalf("%d locators looked for by leading strings, %d matches: the fast path is not tested", tested, found)
	}
}

// TestStartsRepeatedInsideAWord: a boundary pattern whose start string
// stands twice over, right after a letter or digit ("infobxxxx" for
// \bxxxx*\b), is searched to the end, finding what scanning finds: the
// search once tried the same occurrence again and again.
func TestStartsRepeatedInsideAWord(t *testing.T) {
	_, locs := packMatchers(t)
	tested := 0
	for _, m := range locs {
		if !m.boundary {
			continue
		}
		starts := []string{m.prefix}
		if m.prefix == "" {
			if m.leads == nil || m.leads() == nil {
				continue
			}
			starts = m.leads()
		}
		tested++
		scanned := *m
		scanned.prefix, scanned.leads, scanned.anchored = "", nil, nil
		for _, w := range starts {
			for _, s := range []string{"b" + w + w, "b" + w + w[len(w)-1:], "1" + w[:1] + w, "info b" + w + w[1:] + " " + w} {
				done := make(chan [][2]int, 1)
				go func() { done <- m.search(s) }()
				select {
				case got := <-done:
					if want := scanned.search(s); !slices.Equal(got, want) && (len(got) > 0 || len(want) > 0) {
						t.Errorf("%q in %q: by its start strings %v, scanned %v", m.whole(), s, got, want)
					}
				case <-time.After(10 * time.Second):
					t.Fatalf("%q in %q: the search does not end", m.whole(), s)
				}
			}
		}
	}
	if tested == 0 {
		t.Fatal("no boundary pattern with start strings: the test tests nothing")
	}
}
