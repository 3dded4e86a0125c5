package rules

import (
	"context"
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/noticelint/noticelint/extract"
)

func TestRequiredLiterals(t *testing.T) {
	tests := []struct {
		expr string
		want []string
	}{
		{`henkilötietola(?:ki|in)`, []string{"henkilötietola"}},
		{`valvontaviranomai|tietosuojavaltuute`, []string{"valvontaviranomai", "tietosuojavaltuute"}},
		{`(?:finnish )?personal data act`, []string{"personal data act"}},
		{`\(\s*muuta\s*\?\s*\)`, []string{"muuta"}},
		{`(?:^|[^\p{L}])(todo)(?:$|[^\p{L}])`, []string{"todo"}},
		// A small class stands for its members; a large one tells nothing.
		{`a|\d+`, []string{"a", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}},
		{`[abc]x?`, []string{"a", "b", "c"}},
		{`https?://|\b\d{5}\s+\p{L}`, []string{"http", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}},
		{`[^.]+x?`, nil},
		{`\p{L}+`, nil},
		{`(?i)hetil`, nil},
		// A prefix the parser factored out is joined again; a long one
		// stands alone.
		{`\[\s*(?:päivämäärä|pvm|nimi)\]`, []string{"päivämäärä]", "pvm]", "nimi]"}},
		{`p(?:äivämäärä|vm)|(?:y|ö)(?:htiö)`, []string{"päivämäärä", "pvm", "yhtiö", "öhtiö"}},
	}
	for _, tt := range tests {
		got := requiredLiterals(tt.expr)
		slices.Sort(got)
		slices.Sort(tt.want)
		if !slices.Equal(got, tt.want) {
			t.Errorf("requiredLiterals(%q) = %q, want %q", tt.expr, got, tt.want)
		}
	}
}

func TestConditionWords(t *testing.T) {
	m, err := compileCondition(`suostumu|sopimu|oikeutettu(?:un)? etu|\bhetil\b`)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(m.words, []string{"suostumu", "sopimu"}) || m.restRe() == nil {
		t.Fatalf("words %q, rest %v", m.words, m.restRe())
	}
	for s, want := range map[string]bool{
		"käsittely perustuu sopimukseen": true, "oikeutettuun etuun": true, "hetil 26 §": true,
		"hetilö": false, "ei mitään": false,
	} {
		if got := m.MatchString(s); got != want {
			t.Errorf("MatchString(%q) = %v, want %v", s, got, want)
		}
	}
	if got := splitAlternatives(`a|(b|c)|[|]|d\|e`); !slices.Equal(got, []string{"a", "(b|c)", "[|]", `d\|e`}) {
		t.Errorf("splitAlternatives = %q", got)
	}
}

// TestConditionCompiles: a condition compiles only the alternatives that
// are not plain words, and a broken one is an error whether or not words
// stand beside it.
func TestConditionCompiles(t *testing.T) {
	for _, tt := range []struct {
		pattern         string
		hasRe, hasRest  bool
		matches, misses string
	}{
		{`hetil|henkilötietolaki`, false, false, "hetil 26 §", "laki"},
		{`\bhetil\b|laki (523/1999)`, true, false, "laki 523/1999", "hetilö"},
		{`hetil|\bhtl\b`, false, true, "htl:n mukaan", "htlx"},
	} {
		m, err := compileCondition(tt.pattern)
		if err != nil {
			t.Fatalf("%s: %v", tt.pattern, err)
		}
		if (m.whole() != nil) != tt.hasRe || (m.restRe() != nil) != tt.hasRest {
			t.Errorf("%s: re %v, rest %v", tt.pattern, m.whole(), m.restRe())
		}
		if !m.MatchString(tt.matches) || m.MatchString(tt.misses) {
			t.Errorf("%s: matches %q %v, %q %v", tt.pattern, tt.matches, m.MatchString(tt.matches), tt.misses, m.MatchString(tt.misses))
		}
	}
	for _, bad := range []string{`laki (523`, `hetil|laki (523`, `hetil|a{2,1}`} {
		if _, err := compileCondition(bad); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
}

// TestConditionJoinedLater: the alternation of several alternatives is
// compiled on first use, and then matches as the pattern does.
func TestConditionJoinedLater(t *testing.T) {
	for _, tt := range []struct{ pattern, matches, misses string }{
		{`\bhtl\b|laki \(523/1999\)|henkilötietola\p{L}+`, "henkilötietolain 2 §", "hetil"},
		{`hetil|\bhtl\b|laki \d+`, "laki 523", "htlx"},
	} {
		m, err := compileCondition(tt.pattern)
		if err != nil {
			t.Fatal(err)
		}
		if m.joined == nil {
			t.Fatalf("%s: no expression left to compile on first use", tt.pattern)
		}
		if !m.MatchString(tt.matches) || m.MatchString(tt.misses) {
			t.Errorf("%s: matches %q %v, %q %v", tt.pattern, tt.matches, m.MatchString(tt.matches), tt.misses, m.MatchString(tt.misses))
		}
		if m.whole() == nil && m.restRe() == nil {
			t.Errorf("%s: no expression after use", tt.pattern)
		}
	}
}

func TestPlainText(t *testing.T) {
	for in, want := range map[string]string{`tietosuoja\.fi`: "tietosuoja.fi", `rätt att`: "rätt att", `a\b`: "", `x.y`: "", `t\.ex\.`: "t.ex."} {
		got, ok := plainText(in)
		if ok != (want != "") || got != want {
			t.Errorf("plainText(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

func TestLiteralClauses(t *testing.T) {
	tests := []struct {
		expr string
		want [][]string
	}{
		{`(?:antaminen|luovuttaminen) on [^.]*(?:edellytys|pakollis)`, [][]string{{"antaminen", "luovuttaminen"}, {" on "}, {"edellytys", "pakollis"}}},
		{`utan (?:dessa |de )?uppgifter (?:kan|går)`, [][]string{{"utan "}, {"uppgifter "}, {"kan", "går"}}},
		{`a|b`, [][]string{{"a", "b"}}},
		{`(?:x\p{L}*)+ y+`, [][]string{{"x"}, {" "}, {"y"}}},
		{`\p{L}+ (?:z)?`, [][]string{{" "}}},
		{`(?i)hetil`, nil},
	}
	for _, tt := range tests {
		got := literalClauses(tt.expr)
		if !slices.EqualFunc(got, tt.want, func(a, b []string) bool {
			a, b = slices.Sorted(slices.Values(a)), slices.Sorted(slices.Values(b))
			return slices.Equal(a, b)
		}) {
			t.Errorf("literalClauses(%q) = %q, want %q", tt.expr, got, tt.want)
		}
	}
}

// TestAlternativesRuledOut: each alternative of a condition is ruled out by
// its own literals, and matchIn agrees with MatchString whatever a sentence
// holds.
func TestAlternativesRuledOut(t *testing.T) {
	m, err := compileCondition(`vapaaehtoi|(?:antaminen|luovuttaminen) on [^.]*(?:edellytys|pakollis)|\bei voida (?:solmia|toimittaa)`)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.alts) != 2 || len(m.alts[0].clauses) != 2 {
		t.Fatalf("alts %+v", m.alts)
	}
	p := newPrefilter()
	for _, s := range []string{
		"tietojen antaminen on sopimuksen edellytys",
		"tietojen antaminen on tärkeää",
		"sopimuksen edellytys on tietojen antaminen",
		"antaminen on vapaaehtoista",
		"sopimusta ei voida solmia",
		"voida solmia",
		"",
	} {
		doc := &extract.Document{Sections: []extract.Section{{Body: extract.NewText(s, extract.Position{Line: 1, Column: 1})}}}
		body := p.scanDocument(doc).body
		if got, want := m.matchIn(s, body[0]), m.MatchString(s); got != want {
			t.Errorf("%q: matchIn %v, MatchString %v", s, got, want)
		}
		if m.MatchString(s) && !m.mayHold(body[0]) {
			t.Errorf("%q: matches but mayHold is false", s)
		}
	}
}

// TestBoundedWord: an alternative that is a word between \b's is found
// without its regexp, with the regexp's answer.
func TestBoundedWord(t *testing.T) {
	for _, tt := range []struct {
		p             string
		word          string
		before, after bool
	}{
		{`\bposti\b`, "posti", true, true},
		{`\bei`, "ei", true, false},
		{`t\.ex\.\b`, "t.ex.", false, true},
		{`posti`, "", false, false},
		{`\bpost\w\b`, "", false, false},
		{`\bei\\b`, `ei\b`, true, false}, // an escaped backslash, then b
	} {
		w, b, a := boundedWord(tt.p)
		if w != tt.word || b != tt.before || a != tt.after {
			t.Errorf("boundedWord(%q) = %q %v %v", tt.p, w, b, a)
		}
	}
	texts := []string{
		"", "posti", "postin", "eposti", "e-posti", "posti_", "posti2", "2posti", "postiä", "äposti",
		"kirje tai posti.", "sähköposti ja posti", "postipostiposti posti", "ei", "eikä ei", "(ei)", "ei\u00a0ole",
		"oikeus", "käyttöoikeus", "oikeudet", "oikeutettu", "voit", "voi", "voivat", "voitto", "saada kopio", "saada kopioita",
	}
	// A few plain strings, bounded or not, are words too.
	for _, p := range []string{`\bposti\b`, `\bposti`, `posti\b`, `\bei\b`, `\boikeu(?:s|det)`, `\bvoi(?:t|vat)?\b`, `saada (?:tieto|kopio)\b`} {
		re, err := compileAnyBoundary(p)
		if err != nil {
			t.Fatal(err)
		}
		a := newAlternative(func() *regexp.Regexp { return re }, p, true)
		if len(a.words) == 0 {
			t.Fatalf("%s: not bounded words", p)
		}
		for _, s := range texts {
			if got, want := a.match(s), re.MatchString(s); got != want {
				t.Errorf("%s in %q: %v, regexp says %v", p, s, got, want)
			}
		}
	}
}

// TestMayMake: a statement may be made only where every one of its
// patterns may match.
func TestMayMake(t *testing.T) {
	a, errA := compileCondition(`rekisterinpitäjä`)
	b, errB := compileCondition(`yhteystied\p{L}*|osoite`)
	if errA != nil || errB != nil {
		t.Fatal(errA, errB)
	}
	st := Statement{all: []*condition{a, b}}
	p := newPrefilter()
	for s, want := range map[string]bool{
		"rekisterinpitäjän yhteystiedot": true,
		"rekisterinpitäjän osoite":       true,
		"rekisterinpitäjä":               false,
		"yhteystiedot":                   false,
	} {
		doc := &extract.Document{Sections: []extract.Section{{Body: extract.NewText(s, extract.Position{Line: 1, Column: 1})}}}
		body := p.scanDocument(doc).body
		if got := mayMake(&st, body[0]); got != want {
			t.Errorf("%q: %v, want %v", s, got, want)
		}
	}
}

// TestPatternLines: a pattern written one alternative a line is their
// alternation, blank lines and "# " comments left out.
func TestPatternLines(t *testing.T) {
	m, err := compileCondition("\\btarkast(?:a|us)\n\n# the verb tarkistaa too\npääsy\n  \\bnähdä\\b\n")
	if err != nil {
		t.Fatal(err)
	}
	for s, want := range map[string]bool{
		"oikeus tarkastaa tiedot": true, "pääsy tietoihin": true, "voit nähdä ne": true,
		"tilintarkastaja": false, "the verb tarkistaa too": false, "nähdään": false,
	} {
		if got := m.MatchString(s); got != want {
			t.Errorf("MatchString(%q) = %v, want %v", s, got, want)
		}
	}
	// A located pattern: a \b that starts every line starts the pattern.
	p, err := compilePattern("\\bhenkilötietolaki\n\\bhetil (?:26|29) §\n")
	if err != nil {
		t.Fatal(err)
	}
	if got := p.findAll("hetil 26 § ja henkilötietolaki, ei xhetil 29 §"); !slices.Equal(got, [][2]int{{0, 11}, {15, 32}}) {
		t.Errorf("located pattern in lines: %v", got)
	}
	if got := joinLines("a|b"); got != "a|b" {
		t.Errorf("one line: %q", got)
	}
}

// TestUnnumbered: a condition whose literals are kept from the prefilter
// matches what a numbered one does, with or without a literal set.
func TestUnnumbered(t *testing.T) {
	const p = "\\bvoit\\b\nsaada (?:tieto|kopio)\n\\btarkast(?:a|us)\ntietosuoja\n@"
	numbered, err := compileTest(p, true)
	if err != nil {
		t.Fatal(err)
	}
	plain, err := compileTest(p, false)
	if err != nil {
		t.Fatal(err)
	}
	if plain.ids != nil || plain.wordIDs != nil || slices.ContainsFunc(plain.alts, func(a alternative) bool { return a.clauses != nil }) {
		t.Fatalf("unnumbered matcher holds ids: %+v", plain)
	}
	engine := NewEngine(nil, Options{})
	for _, s := range []string{"voit saada kopion", "tilintarkastaja", "tarkastus", "info@esimerkki.example", "tietosuojaseloste", "ei mitään"} {
		doc, err := extract.FromText("s.txt", []byte(s), extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		c := engine.run(context.Background(), doc)
		lower := doc.Sections[0].Body.Lower()
		want := numbered.matchIn(lower, c.body[0])
		if got := plain.matchIn(lower, c.body[0]); got != want {
			t.Errorf("%q: unnumbered matchIn %v, numbered %v", s, got, want)
		}
		if got := plain.MatchString(lower); got != want {
			t.Errorf("%q: MatchString %v, numbered matchIn %v", s, got, want)
		}
	}
}

// TestHasUpper: hasUpper answers as leaving out the escapes and classes
// with an expression and looking at the rest did.
func TestHasUpper(t *testing.T) {
	escapeOrClass := regexp.MustCompile(`\\[pP]\{[^}]*\}|\\[A-Za-z]|\[\[:[a-z]+:\]\]`)
	want := func(p string) bool {
		return strings.IndexFunc(escapeOrClass.ReplaceAllString(p, ""), unicode.IsUpper) >= 0
	}
	cases := []string{
		`\p{L}+`, `\P{Lu}`, `\pL`, `\PN`, `\p{`, `\p{L`, `[[:alpha:]]`, `[[:Alpha:]]`, `[[::]]`, `\\p{L}`,
		`\\P`, `ÄÖ`, `äö`, `\S\W\D`, `a\Bb`, `[[:upper:]]X`, `\p{Greek}Ω`, `Ä\p{L}`, `x\`, `[[:`,
	}
	r := rand.New(rand.NewPCG(5, 6))
	parts := []string{`\`, "p", "P", "{", "}", "L", "a", "Ä", "[", "[:", ":]]", "]", ":", "x", "Z"}
	for range 5000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		cases = append(cases, b.String())
	}
	for _, p := range cases {
		if got := hasUpper(p); got != want(p) {
			t.Errorf("hasUpper(%q) = %v, want %v", p, got, want(p))
		}
	}
}

// TestMatchInUnknownWords: a literal set that does not know a condition's
// words (a prefilter built before they were numbered) says nothing of
// them: matchIn looks for them in the text, and does not take them to be
// there.
func TestMatchInUnknownWords(t *testing.T) {
	m, err := compileCondition(`tietosuojaseloste|rekisteriseloste|henkilörekisteri|asiakasrekisteri|markkinointirekisteri|jäsenrekisteri|\d+ vuotta`)
	if err != nil {
		t.Fatal(err)
	}
	if m.wordIDs == nil {
		t.Fatal("the condition's words are not numbered: the test tests nothing")
	}
	for _, s := range []string{"tämä on jäsenrekisteri", "tietoja säilytetään 3 vuotta", "ei mitään", ""} {
		if got, want := m.matchIn(s, litSet{}), m.MatchString(s); got != want {
			t.Errorf("%q with an empty literal set: matchIn %v, MatchString %v", s, got, want)
		}
	}
}
