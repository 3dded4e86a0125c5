package rules

import (
	"regexp"
	"strings"
	"testing"
)

// markupTagAnchored is markupTag as the locator's anchored expression.
var markupTagAnchored = regexp.MustCompile(`^(?:(` + markupTag + `))`)

// wantTagAt is tagAt by the expression.
func wantTagAt(s string) int {
	if loc := markupTagAnchored.FindStringSubmatchIndex(s); loc != nil {
		return loc[3]
	}
	return -1
}

var tagAtCases = []string{
	"<p>", "</p>", "<p/>", "<p />", "<br>", "<br/>", "<b>", "<brx>", "<b r>", "<h1>", "<h7>", "<h12>",
	"<thead>", "<th>", "<tbody>", "<strong>", "<strongs>", "<center >", "<pä>", "<p<", "<p", "<", "</>", "<>",
	`<ul style="list-style-type: disc;">`, "<p class\n>", "<p class\n  />", "<p class\n  / >", "<p a/>",
	"<p a/ >", "<p a<b>", "<p a\nb>", "<p \t\f\r>", "<p\n>", "<p\n\n/>", "<p//>", "<p >>", "<span\v>",
	"<a href=x>y</a>", "<p a\xff>", "<p\xff>", "</strong  >", "<li><p>", "<p /", "<p  ",
}

func TestTagAt(t *testing.T) {
	for _, c := range tagAtCases {
		for _, s := range []string{c, c + " x", c + "\n"} {
			if got, want := tagAt(s), wantTagAt(s); got != want {
				t.Errorf("tagAt(%q) = %d, the expression %d", s, got, want)
			}
		}
	}
	// Every string of up to six of the bytes that decide a match, after
	// "<" and "</".
	const alphabet = "</>bpr \n\x00"
	var walk func(s string)
	walk = func(s string) {
		if got, want := tagAt(s), wantTagAt(s); got != want {
			t.Fatalf("tagAt(%q) = %d, the expression %d", s, got, want)
		}
		if len(s) < 7 {
			for i := range len(alphabet) {
				walk(s + alphabet[i:i+1])
			}
		}
	}
	walk("<")
	walk("</")
}

// TestMarkupResidueByHand: the pack's tag pattern is the one matched by
// hand, so that FuzzMarkupTag holds what the pack runs.
func TestMarkupResidueByHand(t *testing.T) {
	for _, r := range loadPack(t) {
		if r.ID != "markup-residue" {
			continue
		}
		for _, p := range r.spec.(*forbidSpec).patterns {
			if strings.HasPrefix(p.Re, "</?") && p.re.at == nil {
				t.Errorf("%q is not matched by hand", p.Re)
			}
		}
		return
	}
	t.Fatal("no markup-residue rule")
}

// FuzzMarkupTag: tagAt finds the match the expression anchored at the start
// of s finds.
func FuzzMarkupTag(f *testing.F) {
	for _, c := range tagAtCases {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > maxFuzzText {
			s = s[:maxFuzzText]
		}
		for _, s := range []string{s, "<" + s, "</" + s} {
			if got, want := tagAt(s), wantTagAt(s); got != want {
				t.Fatalf("tagAt(%q) = %d, the expression %d", s, got, want)
			}
		}
	})
}
