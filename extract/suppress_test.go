package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestParseDirective(t *testing.T) {
	tests := []struct {
		comment   string
		directive string
		rules     []string
	}{
		{" noticelint-disable-next-line placeholder ", directiveNextLine, []string{"placeholder"}},
		{"noticelint-disable-next-line", directiveNextLine, []string{""}},
		{"noticelint-disable empty-section, duplicate-heading -- the template is ours", directiveDisable, []string{"empty-section", "duplicate-heading"}},
		{"\n  noticelint-enable\n", directiveEnable, []string{""}},
		{"noticelint-disabled", "", nil},
		{"see noticelint-disable", "", nil},
	}
	for _, tt := range tests {
		d, rules, ok := parseDirective(tt.comment)
		if d != tt.directive || !slices.Equal(rules, tt.rules) || ok != (tt.directive != "") {
			t.Errorf("%q: %q %q %v, want %q %q", tt.comment, d, rules, ok, tt.directive, tt.rules)
		}
	}
}

func TestSuppressionComments(t *testing.T) {
	html := `<h1>Tietosuojaseloste</h1>
<!-- noticelint-disable-next-line placeholder -->

<p>(Muuta?)</p>
<!-- noticelint-disable empty-section,duplicate-heading -->
<h2>Oikeutetun edun peruste</h2>
<!--
  noticelint-enable empty-section
-->
<p>Teksti. <!-- noticelint-disable --></p>
<p>Loppu.</p>
`
	md := strings.NewReplacer("<h1>", "# ", "</h1>", "", "<h2>", "## ", "</h2>", "", "<p>", "", "</p>", "").Replace(html)
	want := []string{
		"placeholder 4-4 @2",        // the next line with text
		"empty-section 5-9 @5",      // to the end of the enabling comment
		"duplicate-heading 5-11 @5", // never enabled: to the end
		" 10-11 @10",
	}
	for name, src := range map[string]string{"a.html": html, "a.md": md} {
		doc, err := Extract(name, []byte(src), Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range doc.Suppressions {
			got = append(got, fmt.Sprintf("%s %d-%d @%d", s.Rule, s.FromLine, s.ToLine, s.CommentLine))
		}
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s: suppressions %q, want %q", name, got, want)
		}
	}
}
