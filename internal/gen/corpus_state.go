package gen

import (
	"math"
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Generation state

type defects struct {
	repealedLaw      bool
	phOther          bool
	phEmail          bool
	phDate           bool
	emptyField       bool
	duplicateHeading bool
	oldDate          bool
	recentDate       bool
	missingComplaint bool
	literalHTML      bool
	crlf             bool
	bom              bool
}

func (d defects) list() []string {
	var out []string
	add := func(ok bool, s string) {
		if ok {
			out = append(out, s)
		}
	}
	add(d.repealedLaw, "repealed-law")
	add(d.phOther, "placeholder-other")
	add(d.phEmail, "placeholder-email")
	add(d.phDate, "placeholder-date")
	add(d.emptyField, "empty-field")
	add(d.duplicateHeading, "duplicate-heading")
	add(d.oldDate, "old-date")
	add(d.recentDate, "recent-date")
	add(d.missingComplaint, "missing-complaint")
	add(d.literalHTML, "literal-html")
	add(d.crlf, "crlf")
	add(d.bom, "bom")
	return out
}

type style struct {
	sep          string   // separator line: "" or U+00A0
	sepMixed     bool     // alternate randomly between "" and U+00A0
	blockGap     bool     // separator line between blocks of a section
	headGap      bool     // separator line after a heading
	bullets      []string // bullet prefixes, e.g. "• "
	fieldStyle   int      // 0 "Label: value", 1 value only, 2 "Label:" then value on next line
	numFmt       string   // heading number format
	upper        bool     // upper-case headings
	wrap         int      // hard-wrap width, 0 = none
	htmlP        float64  // probability a paragraph shows literal <p> tags
	tableNum     bool     // table headings numbered
	tableRowGap  bool     // empty line between table rows
	tableHTMLUL  bool     // lists in the table are shown as literal <ul><li>
	dupAt        int      // index of section whose heading is duplicated, -1 none
	dupMode      int      // 0 heading emitted twice, 1 heading copied from the previous section
	innerNumbers bool     // inner notice (web page / second notice) uses numbered headings
	questionHead bool     // plain layout prefers question-style headings
}

type org struct {
	name      string
	genitive  string
	slug      string
	domain    string
	street    string
	postcode  string
	city      string
	bid       string
	phone     string
	email     string
	privacy   string
	contact   person
	dpo       person
	staff     []person
	tradeKind int
}

type person struct {
	name, email, phone, title string
}

type generator struct {
	r    *rand.Rand
	L    *language
	vars map[string]string
	org  *org
	reg  *regText
	kind regKind
	def  defects
	st   style
}

type generated struct {
	lang    string
	layout  Layout
	slug    string
	content []byte
	defects []string
}

func generateOne(seed int64, i int) generated {
	r := rand.New(rand.NewPCG(uint64(seed), uint64(i)*0x9e3779b97f4a7c15+0x632be59bd9b4e019))
	g := &generator{r: r}
	switch x := r.IntN(100); {
	case x < 60:
		g.L = &finnish
	case x < 85:
		g.L = &swedish
	default:
		g.L = &english
	}
	var layout Layout
	switch x := r.IntN(100); {
	case x < 30:
		layout = LayoutNumbered
	case x < 50:
		layout = LayoutTable
	case x < 70:
		layout = LayoutPlain
	case x < 85:
		layout = LayoutWebPage
	default:
		layout = LayoutTwoNotices
	}
	target := triangular(r, minSize, modeSize, maxSize)

	g.newOrg()
	g.pickRegister()
	g.pickDefects(layout)
	g.pickStyle(layout)
	g.setVars()

	var text string
	switch layout {
	case LayoutNumbered, LayoutTable, LayoutPlain:
		d := g.buildDoc(target, false)
		o := &out{}
		g.renderDoc(o, d, layout)
		text = o.String()
	case LayoutWebPage:
		head, foot := g.webChrome()
		budget := max(target-len(head)-len(foot), 1200)
		d := g.buildDoc(budget, false)
		o := &out{}
		o.add(head)
		inner := LayoutPlain
		if g.st.innerNumbers {
			inner = LayoutNumbered
		}
		g.renderDoc(o, d, inner)
		o.add("", "")
		o.add(foot)
		text = o.String()
	case LayoutTwoNotices:
		share := 0.55 + 0.2*r.Float64()
		d1 := g.buildDoc(int(float64(target)*share), false)
		d2 := g.buildDoc(int(float64(target)*(1-share)), true)
		inner := LayoutPlain
		if g.st.innerNumbers {
			inner = LayoutNumbered
		}
		o := &out{}
		g.renderDoc(o, d1, inner)
		o.add("", "")
		if r.IntN(2) == 0 {
			o.add(g.st.sep)
		}
		g.renderDoc(o, d2, inner)
		text = o.String()
	}

	text = strings.TrimRight(text, "\n") + "\n"
	if g.def.crlf {
		text = strings.ReplaceAll(text, "\n", "\r\n")
	}
	if g.def.bom {
		text = "\ufeff" + text
	}
	return generated{
		lang:    g.L.code,
		layout:  layout,
		slug:    g.org.slug,
		content: []byte(text),
		defects: g.def.list(),
	}
}

func triangular(r *rand.Rand, a, c, b int) int {
	fa, fb, fc := float64(a), float64(b), float64(c)
	u := r.Float64()
	if u < (fc-fa)/(fb-fa) {
		return int(fa + math.Sqrt(u*(fb-fa)*(fc-fa)))
	}
	return int(fb - math.Sqrt((1-u)*(fb-fa)*(fb-fc)))
}

func (g *generator) chance(p float64) bool { return g.r.Float64() < p }

func (g *generator) pick(list []string) string { return list[g.r.IntN(len(list))] }

// pickN returns k distinct random elements of list, in random order.
func (g *generator) pickN(list []string, k int) []string {
	idx := g.r.Perm(len(list))
	k = min(k, len(list))
	out := make([]string, k)
	for i := range k {
		out[i] = list[idx[i]]
	}
	return out
}

// shuffled returns the expansions of all templates in random order.
func (g *generator) shuffled(templates []string) []string {
	out := make([]string, len(templates))
	for i, j := range g.r.Perm(len(templates)) {
		out[i] = g.x(templates[j])
	}
	return out
}

// x expands a template: "{a|b|c}" picks one alternative (alternatives nest),
// "{name}" substitutes a variable. A braced word that is not a variable is a
// programming error.
func (g *generator) x(tmpl string) string {
	if !strings.Contains(tmpl, "{") {
		return tmpl
	}
	var b strings.Builder
	g.expand(&b, tmpl)
	return b.String()
}

func (g *generator) expand(b *strings.Builder, s string) {
	for len(s) > 0 {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			b.WriteString(s)
			return
		}
		b.WriteString(s[:i])
		depth, end := 0, -1
		for j := i; j < len(s) && end < 0; j++ {
			switch s[j] {
			case '{':
				depth++
			case '}':
				depth--
				if depth == 0 {
					end = j
				}
			}
		}
		if end < 0 {
			panic("corpus: unbalanced template: " + s)
		}
		inner := s[i+1 : end]
		alts := splitTop(inner)
		if len(alts) == 1 {
			v, ok := g.vars[inner]
			if !ok {
				panic("corpus: unknown template variable {" + inner + "}")
			}
			b.WriteString(v)
		} else {
			g.expand(b, alts[g.r.IntN(len(alts))])
		}
		s = s[end+1:]
	}
}

func splitTop(s string) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '{':
			depth++
		case '}':
			depth--
		case '|':
			if depth == 0 {
				out = append(out, s[start:i])
				start = i + 1
			}
		}
	}
	return append(out, s[start:])
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// ascii folds a name into a lower-case ASCII token for e-mail addresses and
// domains.
func ascii(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch r {
		case 'ä', 'å', 'á', 'à':
			b.WriteByte('a')
		case 'ö', 'ø':
			b.WriteByte('o')
		case 'é', 'è':
			b.WriteByte('e')
		case 'ü':
			b.WriteByte('u')
		case ' ', '-':
			b.WriteByte('-')
		default:
			if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				b.WriteRune(r)
			}
		}
	}
	return strings.Trim(b.String(), "-")
}
