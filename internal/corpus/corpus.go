// Package corpus generates a deterministic synthetic corpus of plain-text
// privacy notices ("tietosuojaseloste", "dataskyddsbeskrivning", "privacy
// notice") for benchmarking and testing noticelint.
//
// The notices imitate what Finnish companies publish: about 60 % Finnish,
// 25 % Swedish and 15 % English, in five layouts (numbered headings, the
// 2018 two-column template table, unnumbered short headings, a notice copied
// from a web page together with the page chrome, and a notice followed by a
// second newsletter notice). Realistic defects are mixed in at random:
// references to the repealed henkilötietolaki (523/1999), unfilled template
// placeholders, empty template fields, duplicated headings, old "Päivitetty"
// dates, missing complaint-right paragraphs, literal HTML tags, CRLF line
// endings and UTF-8 byte order marks.
//
// Every company, person, address and phone number is fictional; every e-mail
// address and web address uses the reserved .example top-level domain and
// phone numbers are zero-filled (040 000 0000, +358 00 000 0000).
//
// Generation is deterministic: each notice is drawn from its own PCG stream
// derived from the seed and the notice index, so Generate(500, s) yields the
// same contents as the first 500 notices of Generate(2000, s).
package corpus

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Notice is one generated privacy notice.
//
// Name is a flat, unique file name of the form
// "<lang>-<layout>-<index>-<slug>.txt", for example
// "fi-numbered-0001-esimerkkirakennus.txt".
type Notice struct {
	Name    string
	Content []byte
	// Defects are the defects planted in the notice: repealed-law,
	// placeholder-other, placeholder-email, placeholder-date, empty-field,
	// duplicate-heading, old-date (2013-2018), recent-date (2024-2025),
	// missing-complaint, literal-html, crlf, bom.
	Defects []string
}

// Languages of the generated notices, as used in notice names.
const (
	LangFinnish = "fi"
	LangSwedish = "sv"
	LangEnglish = "en"
)

// Layout is the textual layout of a generated notice.
type Layout int

// The five layouts.
const (
	// LayoutNumbered has numbered headings ("1. Rekisterinpitäjä"),
	// paragraphs, bullet lists and separator lines holding only U+00A0.
	LayoutNumbered Layout = iota + 1
	// LayoutTable is the 2018 template table: "Heading<TAB>Body" rows whose
	// body continues on following lines that start with a TAB.
	LayoutTable
	// LayoutPlain has unnumbered short heading lines and "Label:" lines with
	// the value on the next line.
	LayoutPlain
	// LayoutWebPage is a notice copied from a web page, with shop header,
	// navigation, cookie banner and unrelated content after the notice.
	LayoutWebPage
	// LayoutTwoNotices is a notice followed by a second (newsletter) notice.
	LayoutTwoNotices
)

var layoutNames = [...]string{"", "numbered", "table", "plain", "webpage", "twonotices"}

// Layouts lists all layouts.
var Layouts = []Layout{LayoutNumbered, LayoutTable, LayoutPlain, LayoutWebPage, LayoutTwoNotices}

// String returns the name used for the layout in notice names.
func (l Layout) String() string {
	if l < LayoutNumbered || l > LayoutTwoNotices {
		return "Layout(" + strconv.Itoa(int(l)) + ")"
	}
	return layoutNames[l]
}

// Lang returns the language code ("fi", "sv" or "en") encoded in the name of
// a generated notice, or "" if the name does not carry one.
func (n Notice) Lang() string {
	lang, _, ok := strings.Cut(n.Name, "-")
	if !ok {
		return ""
	}
	switch lang {
	case LangFinnish, LangSwedish, LangEnglish:
		return lang
	}
	return ""
}

// Layout returns the layout encoded in the name of a generated notice, or 0.
func (n Notice) Layout() Layout {
	parts := strings.SplitN(n.Name, "-", 3)
	if len(parts) < 3 {
		return 0
	}
	for _, l := range Layouts {
		if parts[1] == l.String() {
			return l
		}
	}
	return 0
}

// Size bounds, in bytes, of one notice. The triangular distribution
// (min, mode, max) has mean (min+mode+max)/3 = 6000 bytes, so 2000 notices
// come to about 12 MB.
const (
	minSize  = 2000
	modeSize = 4000
	maxSize  = 12000
)

// Generate returns n privacy notices generated deterministically from seed.
func Generate(n int, seed int64) []Notice {
	if n <= 0 {
		return nil
	}
	width := max(4, len(strconv.Itoa(n)))
	out := make([]Notice, n)
	for i := range n {
		g := generateOne(seed, i)
		out[i] = Notice{
			Name:    fmt.Sprintf("%s-%s-%0*d-%s.txt", g.lang, g.layout, width, i+1, g.slug),
			Content: g.content,
			Defects: g.defects,
		}
	}
	return out
}

// WriteDir writes notices into dir, creating dir and one subdirectory per
// language (fi/, sv/, en/). Notices whose name carries no language go into
// dir itself. Names must be plain file names.
func WriteDir(dir string, notices []Notice) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	made := map[string]bool{}
	for _, n := range notices {
		if n.Name == "" || strings.ContainsAny(n.Name, `/\`) || !filepath.IsLocal(n.Name) {
			return fmt.Errorf("corpus: invalid notice name %q", n.Name)
		}
		sub := dir
		if lang := n.Lang(); lang != "" {
			sub = filepath.Join(dir, lang)
			if !made[lang] {
				if err := os.MkdirAll(sub, 0o755); err != nil {
					return err
				}
				made[lang] = true
			}
		}
		if err := os.WriteFile(filepath.Join(sub, n.Name), n.Content, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// ---------------------------------------------------------------------------
// Document model

type secID int

const (
	secController secID = iota
	secContact
	secDPO
	secRegister
	secPurpose
	secLegal
	secData
	secSources
	secDisclosure
	secTransfer
	secSecurity
	secRetention
	secRights
	secComplaint
	secAutomated
	secCookies
	secChanges
	numSecs
)

type blockKind uint8

const (
	kPara   blockKind = iota // a paragraph
	kList                    // a bullet list with an optional lead-in line
	kFields                  // label/value pairs
	kSub                     // a short sub-heading line
)

type field struct{ label, value string }

type block struct {
	kind   blockKind
	text   string
	items  []string
	fields []field
}

func (b block) size() int {
	n := len(b.text) + 2
	for _, it := range b.items {
		n += len(it) + 4
	}
	for _, f := range b.fields {
		n += len(f.label) + len(f.value) + 4
	}
	return n
}

type section struct {
	id     secID
	title  string
	blocks []block
	extra  []block // padding material, consumed from the front
}

type doc struct {
	title     string
	subtitle  string
	dateLabel string
	dateValue string
	dateTop   bool
	legacySub bool // subtitle cites the repealed henkilötietolaki
	intro     []block
	secs      []*section
	pending   []*section // optional sections padding may still add
}

func (d *doc) size() int {
	n := len(d.title) + len(d.subtitle) + len(d.dateLabel) + len(d.dateValue) + 8
	for _, b := range d.intro {
		n += b.size()
	}
	for _, s := range d.secs {
		n += len(s.title) + 6
		for _, b := range s.blocks {
			n += b.size()
		}
	}
	return n
}

func (d *doc) add(s *section) {
	i := 0
	for i < len(d.secs) && d.secs[i].id <= s.id {
		i++
	}
	d.secs = append(d.secs, nil)
	copy(d.secs[i+1:], d.secs[i:])
	d.secs[i] = s
}

func (d *doc) find(id secID) *section {
	for _, s := range d.secs {
		if s.id == id {
			return s
		}
	}
	return nil
}

// ---------------------------------------------------------------------------
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

type gen struct {
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
	g := &gen{r: r}
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

func (g *gen) chance(p float64) bool { return g.r.Float64() < p }

func (g *gen) pick(list []string) string { return list[g.r.IntN(len(list))] }

// pickN returns k distinct random elements of list, in random order.
func (g *gen) pickN(list []string, k int) []string {
	idx := g.r.Perm(len(list))
	k = min(k, len(list))
	out := make([]string, k)
	for i := range k {
		out[i] = list[idx[i]]
	}
	return out
}

// shuffled returns the expansions of all templates in random order.
func (g *gen) shuffled(templates []string) []string {
	out := make([]string, len(templates))
	for i, j := range g.r.Perm(len(templates)) {
		out[i] = g.x(templates[j])
	}
	return out
}

// x expands a template: "{a|b|c}" picks one alternative (alternatives nest),
// "{name}" substitutes a variable. A braced word that is not a variable is a
// programming error.
func (g *gen) x(tmpl string) string {
	if !strings.Contains(tmpl, "{") {
		return tmpl
	}
	var b strings.Builder
	g.expand(&b, tmpl)
	return b.String()
}

func (g *gen) expand(b *strings.Builder, s string) {
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

// ---------------------------------------------------------------------------
// Organisation, register, defects, style

const (
	tradeGeneric = iota
	tradeShop
	tradeHealth
	tradeAssoc
)

type trade struct {
	fi, sv, en string
	kind       int
}

var trades = []trade{
	{"Rakennus", "Bygg", "Construction", tradeGeneric},
	{"Kone", "Maskin", "Engineering", tradeGeneric},
	{"Puutarha", "Trädgård", "Garden", tradeShop},
	{"Tilitoimisto", "Bokföring", "Accounting", tradeGeneric},
	{"Hammasklinikka", "Tandklinik", "Dental Clinic", tradeHealth},
	{"Fysioterapia", "Fysioterapi", "Physiotherapy", tradeHealth},
	{"Kampaamo", "Frisersalong", "Hair Studio", tradeHealth},
	{"Sähkö", "El", "Electric", tradeGeneric},
	{"Kuljetus", "Transport", "Logistics", tradeGeneric},
	{"Ohjelmisto", "Programvara", "Software", tradeGeneric},
	{"Kiinteistö", "Fastighet", "Property", tradeGeneric},
	{"Kukka", "Blomster", "Flowers", tradeShop},
	{"Leipomo", "Bageri", "Bakery", tradeShop},
	{"Urheilu", "Sport", "Sports", tradeShop},
	{"Matkailu", "Resor", "Travel", tradeGeneric},
	{"Sisustus", "Inredning", "Interiors", tradeShop},
	{"Autohuolto", "Bilservice", "Car Service", tradeGeneric},
	{"Lakitoimisto", "Advokatbyrå", "Law Office", tradeGeneric},
	{"Siivous", "Städ", "Cleaning", tradeGeneric},
	{"Eläinklinikka", "Djurklinik", "Veterinary Clinic", tradeHealth},
	{"Urheiluseura", "Idrottsförening", "Sports Club", tradeAssoc},
	{"Kyläyhdistys", "Byaförening", "Village Association", tradeAssoc},
	{"Vaate", "Kläd", "Clothing", tradeShop},
	{"Kirjakauppa", "Bokhandel", "Books", tradeShop},
}

var zeroPhones = []string{
	"040 000 0000", "050 000 0000", "044 000 0000", "045 000 0000",
	"09 000 0000", "010 000 0000", "+358 00 000 0000", "+358 40 000 0000",
	"+358 50 000 0000", "+358 (0)40 000 0000", "040-000 0000", "0400 000 000",
}

func (g *gen) newOrg() {
	L := g.L
	t := trades[g.r.IntN(len(trades))]
	o := &org{tradeKind: t.kind}
	var base string
	switch L.code {
	case LangFinnish:
		suffix := g.pick([]string{"Oy", "Oy", "Oy", "Oy Ab", "Ky", "Oyj", "Tmi"})
		if t.kind == tradeAssoc {
			suffix = "ry"
		}
		switch g.r.IntN(3) {
		case 0:
			base = g.pick(L.prefixes) + strings.ToLower(t.fi)
		case 1:
			base = t.fi + " " + g.pick(L.prefixes)
		default:
			base = g.pick(L.places) + "n " + t.fi
		}
		if suffix == "Tmi" {
			o.name = "Tmi " + base
			o.genitive = o.name + ":n"
		} else {
			o.name = base + " " + suffix
			o.genitive = o.name + ":n"
		}
	case LangSwedish:
		suffix := g.pick([]string{"Ab", "Ab", "Ab", "Oy Ab", "Kb", "Abp"})
		if t.kind == tradeAssoc {
			suffix = "rf"
		}
		switch g.r.IntN(3) {
		case 0:
			base = g.pick(L.prefixes) + strings.ToLower(t.sv)
		case 1:
			base = t.sv + " " + g.pick(L.prefixes)
		default:
			place := g.pick(L.places)
			if !strings.HasSuffix(place, "s") {
				place += "s"
			}
			base = place + " " + t.sv
		}
		o.name = base + " " + suffix
		o.genitive = o.name + ":s"
	default:
		suffix := g.pick([]string{"Ltd", "Oy", "Oy", "Ltd", "Group Oy", "Finland Oy"})
		if t.kind == tradeAssoc {
			suffix = "ry"
		}
		base = g.pick(L.prefixes) + " " + t.en
		o.name = base + " " + suffix
		o.genitive = o.name + "'s"
	}
	o.slug = ascii(base)
	if g.r.IntN(4) == 0 {
		o.slug = strings.ReplaceAll(o.slug, "-", "")
	}
	o.domain = o.slug + ".example"
	o.street = fmt.Sprintf("%s %d", g.pick(L.streets), 1+g.r.IntN(60))
	if g.chance(0.3) {
		o.street += " " + g.pick([]string{"A", "B", "C", "A 3", "B 12"})
	}
	o.postcode = fmt.Sprintf("%02d%d%d0", g.r.IntN(100), g.r.IntN(10), g.r.IntN(10))
	o.city = g.pick(L.cities)
	o.bid = fmt.Sprintf("0000%03d-%d", g.r.IntN(1000), g.r.IntN(10))
	o.phone = g.pick(zeroPhones)
	o.email = g.pick(L.mailLocal) + "@" + o.domain
	o.privacy = g.pick(L.privacyLocal) + "@" + o.domain
	o.contact = g.newPerson(o.domain)
	o.dpo = g.newPerson(o.domain)
	for range 2 + g.r.IntN(4) {
		p := g.newPerson(o.domain)
		p.title = g.pick(L.web.titles)
		o.staff = append(o.staff, p)
	}
	g.org = o
}

func (g *gen) newPerson(domain string) person {
	first := g.pick(g.L.firstNames)
	last := g.pick(g.L.lastNames)
	return person{
		name:  first + " " + last,
		email: ascii(first) + "." + ascii(last) + "@" + domain,
		phone: g.pick(zeroPhones),
	}
}

type regKind int

const (
	regCustomer regKind = iota
	regMarketing
	regShop
	regRecruit
	regMembers
	regPatient
	regStakeholder
	regNewsletter
	numRegs
)

type regText struct {
	name    string   // lower-case nominative
	form2   string   // fi genitive, sv definite form, en same as name
	purpose []string // leading purpose paragraphs
	items   []string // register-specific data items
}

func (g *gen) pickRegister() {
	var k regKind
	switch g.org.tradeKind {
	case tradeHealth:
		k = []regKind{regPatient, regPatient, regCustomer, regMarketing}[g.r.IntN(4)]
	case tradeShop:
		k = []regKind{regShop, regShop, regCustomer, regMarketing, regRecruit}[g.r.IntN(5)]
	case tradeAssoc:
		k = []regKind{regMembers, regMembers, regMembers, regStakeholder}[g.r.IntN(4)]
	default:
		k = []regKind{regCustomer, regCustomer, regMarketing, regRecruit, regStakeholder}[g.r.IntN(5)]
	}
	g.kind = k
	g.reg = &g.L.regs[k]
}

func (g *gen) pickDefects(layout Layout) {
	d := &g.def
	d.repealedLaw = g.chance(0.3)
	if g.chance(0.18) {
		d.phOther = g.chance(0.6)
		d.phEmail = g.chance(0.5)
		d.phDate = g.chance(0.4)
		if !d.phOther && !d.phEmail && !d.phDate {
			d.phOther = true
		}
	}
	d.emptyField = g.chance(0.12)
	if layout == LayoutTable {
		d.emptyField = g.chance(0.35)
	}
	d.duplicateHeading = g.chance(0.08)
	if !d.phDate {
		switch x := g.r.IntN(100); {
		case x < 35:
			d.oldDate = true
		case x < 85:
			d.recentDate = true
		}
	}
	d.missingComplaint = g.chance(0.25)
	d.literalHTML = g.chance(0.07)
	if layout == LayoutTable {
		d.literalHTML = g.chance(0.4)
	}
	d.crlf = g.chance(0.2)
	d.bom = g.chance(0.1)
}

func (g *gen) pickStyle(layout Layout) {
	st := &g.st
	st.dupAt = -1
	if g.chance(0.45) || layout == LayoutNumbered && g.chance(0.4) {
		st.sep = "\u00a0"
	}
	st.sepMixed = st.sep != "" && g.chance(0.3)
	st.blockGap = g.chance(0.7)
	st.headGap = g.chance(0.35)
	glyphs := []string{"• ", "- ", "– ", "•\t", "· ", "* "}
	w := g.r.IntN(100)
	switch {
	case w < 40:
		st.bullets = []string{"• "}
	case w < 60:
		st.bullets = []string{"- "}
	case w < 75:
		st.bullets = []string{"– "}
	case w < 85:
		st.bullets = []string{g.pick(glyphs)}
	default:
		st.bullets = g.pickN(glyphs[:3], 2)
	}
	st.fieldStyle = g.r.IntN(2)
	if layout == LayoutPlain || g.chance(0.15) {
		st.fieldStyle = 2
	}
	st.numFmt = g.pick([]string{"%d. %s", "%d. %s", "%d. %s", "%d %s", "%d.\t%s"})
	st.upper = g.chance(0.15)
	if (layout == LayoutNumbered || layout == LayoutPlain) && g.chance(0.15) {
		st.wrap = 64 + g.r.IntN(30)
	}
	if g.def.literalHTML {
		st.htmlP = 0.15 + 0.5*g.r.Float64()
	}
	st.tableNum = g.chance(0.7)
	st.tableRowGap = g.chance(0.25)
	st.tableHTMLUL = g.def.literalHTML && g.chance(0.7)
	st.dupMode = g.r.IntN(2)
	st.innerNumbers = g.chance(0.5)
	st.questionHead = g.chance(0.35)
}

func (g *gen) setVars() {
	o := g.org
	years := 2 + g.r.IntN(5)
	months := []int{6, 12, 12, 24, 36}[g.r.IntN(5)]
	g.vars = map[string]string{
		"co":        o.name,
		"coN":       o.genitive,
		"email":     o.privacy,
		"mail":      o.email,
		"web":       "www." + o.domain,
		"phone":     o.phone,
		"city":      o.city,
		"register":  g.reg.name,
		"Register":  upperFirst(g.reg.name),
		"REGISTER":  strings.ToUpper(g.reg.name),
		"register2": g.reg.form2,
		"years":     strconv.Itoa(years),
		"months":    strconv.Itoa(months),
		"year":      strconv.Itoa(2019 + g.r.IntN(7)),
	}
}

// date returns the value for the notice date according to the defects.
func (g *gen) date() string {
	switch {
	case g.def.phDate:
		return g.pick([]string{"XX.XX.20XX", "XX.XX.20XX", "xx.xx.20xx", "XX.XX.2018"})
	case g.def.oldDate:
		return g.fmtDate(1+g.r.IntN(28), 1+g.r.IntN(12), 2013+g.r.IntN(6))
	case g.def.recentDate:
		return g.fmtDate(1+g.r.IntN(28), 1+g.r.IntN(12), 2024+g.r.IntN(2))
	}
	if g.chance(0.5) {
		return g.fmtDate(25, 5, 2018)
	}
	return g.fmtDate(1+g.r.IntN(28), 1+g.r.IntN(12), 2019+g.r.IntN(3))
}

func (g *gen) fmtDate(d, m, y int) string {
	if g.L.code == LangEnglish {
		switch g.r.IntN(3) {
		case 0:
			return fmt.Sprintf("%d %s %d", d, englishMonths[m-1], y)
		case 1:
			return fmt.Sprintf("%s %d, %d", englishMonths[m-1], d, y)
		}
	}
	if g.chance(0.15) {
		return fmt.Sprintf("%02d.%02d.%d", d, m, y)
	}
	return fmt.Sprintf("%d.%d.%d", d, m, y)
}

var englishMonths = []string{"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

// ---------------------------------------------------------------------------
// Building the document

func (g *gen) heading(id secID) string {
	L := g.L
	h := L.headings[id]
	if g.st.questionHead && len(h) > 1 && g.chance(0.6) {
		// question-style headings are listed last
		if q := h[len(h)-1]; strings.HasSuffix(q, "?") {
			return q
		}
	}
	// formal headings (the first) are the most common
	if g.chance(0.6) {
		return h[0]
	}
	return g.pick(h)
}

func (g *gen) para(t string) block { return block{kind: kPara, text: g.x(t)} }

func (g *gen) paras(ts []string) []block {
	out := make([]block, len(ts))
	for i, t := range g.shuffled(ts) {
		out[i] = block{kind: kPara, text: t}
	}
	return out
}

// newSection makes a section with k base paragraphs from pool and the rest
// as padding material.
func (g *gen) newSection(id secID, pool []string, k int) *section {
	s := &section{id: id, title: g.heading(id)}
	ps := g.paras(pool)
	k = min(k, len(ps))
	s.blocks = append(s.blocks, ps[:k]...)
	s.extra = append(s.extra, ps[k:]...)
	return s
}

func (g *gen) buildDoc(budget int, second bool) *doc {
	L := g.L
	d := &doc{}
	if second {
		g.vars["register"] = L.regs[regNewsletter].name
		g.vars["Register"] = upperFirst(L.regs[regNewsletter].name)
		g.vars["REGISTER"] = strings.ToUpper(L.regs[regNewsletter].name)
		g.vars["register2"] = L.regs[regNewsletter].form2
		d.title = g.x(g.pick(L.nl.titles))
		if g.st.upper || g.chance(0.3) {
			d.title = strings.ToUpper(d.title)
		}
		g.buildSecond(d, budget)
		return d
	}

	d.title = g.x(g.pick(L.titles))
	if g.def.repealedLaw && g.chance(0.5) {
		d.subtitle = g.x(g.pick(L.legacySubs))
		d.legacySub = true
	} else if g.chance(0.6) {
		d.subtitle = g.x(g.pick(L.subtitles))
	}
	if g.def.phDate || g.def.oldDate || g.def.recentDate || g.chance(0.5) {
		d.dateLabel = g.pick(L.datePrefixes)
		d.dateValue = g.date()
		d.dateTop = g.chance(0.6)
	}
	rich := budget > 6500
	// lean notices are the short ones seen in practice: a few one-line
	// sections, optional sections only if the size budget allows
	lean := budget < 4000
	if !lean && g.chance(0.45) {
		ps := g.paras(L.intro)
		d.intro = ps[:1+g.r.IntN(2)]
	}
	add := func(s *section, p float64) {
		if lean {
			p *= 0.5
		}
		switch {
		case g.chance(p):
			d.add(s)
		default:
			d.pending = append(d.pending, s)
		}
	}

	d.add(g.controllerSection(false))
	if g.def.phEmail {
		d.add(g.contactSection()) // the placeholder must show
	} else {
		add(g.contactSection(), 0.85)
	}
	if g.chance(0.4) {
		add(g.dpoSection(), 0.3)
	}
	add(g.registerSection(), 0.85)
	d.add(g.purposeSection(rich))
	add(g.newSection(secLegal, L.paras[secLegal], 1+g.r.IntN(2)), 0.45)
	d.add(g.dataSection(rich, lean))
	add(g.newSection(secSources, L.paras[secSources], 1+g.r.IntN(2)), 0.95)
	d.add(g.disclosureSection())
	add(g.transferSection(), 0.85)
	add(g.securitySection(), 0.9)
	add(g.retentionSection(), 0.85)
	complaint := !g.def.missingComplaint
	complaintInRights := complaint && g.chance(0.3)
	d.add(g.rightsSection(rich, complaintInRights))
	if lean {
		// keep the closing paragraphs for padding only
		rs := d.find(secRights)
		if n := len(rs.blocks); n > 1 && rs.blocks[n-1].kind == kPara && !complaintInRights {
			rs.extra = append([]block{rs.blocks[n-1]}, rs.extra...)
			rs.blocks = rs.blocks[:n-1]
		}
	}
	if complaint && !complaintInRights {
		// the first paragraph states the right itself; the others add to it
		cs := g.newSection(secComplaint, L.paras[secComplaint][1:], g.r.IntN(2))
		cs.blocks = append([]block{g.para(L.paras[secComplaint][0])}, cs.blocks...)
		d.add(cs)
	}
	if g.chance(0.6) {
		add(g.newSection(secAutomated, L.paras[secAutomated], 1), 0.35)
	}
	if g.chance(0.6) || g.kind == regShop {
		add(g.cookieSection(), 0.25)
	}
	add(g.changesSection(), 0.5)

	g.pad(d, budget)
	g.applyDefects(d)
	return d
}

func (g *gen) pad(d *doc, budget int) {
	for d.size() < budget {
		var cands []*section
		for _, s := range d.secs {
			if len(s.extra) > 0 {
				cands = append(cands, s)
			}
		}
		n := len(cands) + len(d.pending)
		if n == 0 {
			return
		}
		k := g.r.IntN(n)
		if k < len(cands) {
			s := cands[k]
			s.blocks = append(s.blocks, s.extra[0])
			s.extra = s.extra[1:]
			continue
		}
		k -= len(cands)
		s := d.pending[k]
		d.pending = append(d.pending[:k], d.pending[k+1:]...)
		d.add(s)
	}
}

func (g *gen) controllerFields(withBID bool) []field {
	L, o := g.L, g.org
	lb := L.labels
	fs := []field{{lb.name, o.name}}
	if g.chance(0.5) {
		fs = append(fs, field{lb.address, o.street + ", " + o.postcode + " " + o.city})
	} else {
		fs = append(fs, field{lb.address, o.street}, field{"", o.postcode + " " + o.city})
	}
	if withBID && g.chance(0.7) {
		fs = append(fs, field{lb.bid, o.bid})
	}
	if g.chance(0.8) {
		fs = append(fs, field{lb.phone, o.phone})
	}
	fs = append(fs, field{lb.email, o.email})
	if g.chance(0.4) {
		fs = append(fs, field{lb.web, "www." + o.domain})
	}
	return fs
}

func (g *gen) controllerSection(short bool) *section {
	s := &section{id: secController, title: g.heading(secController)}
	if short {
		s.blocks = append(s.blocks, g.para(g.pick(g.L.nl.controllerRef)))
		return s
	}
	if g.chance(0.25) {
		s.blocks = append(s.blocks, g.para(g.pick(g.L.controllerParas)))
	}
	s.blocks = append(s.blocks, block{kind: kFields, fields: g.controllerFields(true)})
	return s
}

func (g *gen) contactSection() *section {
	L, o := g.L, g.org
	s := &section{id: secContact, title: g.heading(secContact)}
	email := o.contact.email
	if g.chance(0.4) {
		email = o.privacy
	}
	if g.def.phEmail {
		email = g.pick(L.ph.email)
	}
	fs := []field{{L.labels.name, o.contact.name}}
	if g.chance(0.7) {
		fs = append(fs, field{L.labels.phone, o.contact.phone})
	}
	fs = append(fs, field{L.labels.email, email})
	if g.chance(0.3) {
		fs = append([]field{{L.labels.name, o.contact.name}}, fs[1:]...)
		s.blocks = append(s.blocks, g.para(g.pick(L.paras[secContact])))
	}
	s.blocks = append(s.blocks, block{kind: kFields, fields: fs})
	return s
}

func (g *gen) dpoSection() *section {
	L, o := g.L, g.org
	s := &section{id: secDPO, title: g.heading(secDPO)}
	if g.chance(0.4) {
		s.blocks = append(s.blocks, g.para(g.pick(L.paras[secDPO])))
		return s
	}
	s.blocks = append(s.blocks, block{kind: kFields, fields: []field{
		{L.labels.name, o.dpo.name},
		{L.labels.email, g.pick([]string{o.dpo.email, o.privacy})},
	}})
	return s
}

func (g *gen) registerSection() *section {
	s := &section{id: secRegister, title: g.heading(secRegister)}
	name := upperFirst(g.reg.name)
	if g.chance(0.3) {
		name = upperFirst(g.x(g.pick(g.L.registerAlt)))
	}
	s.blocks = append(s.blocks, block{kind: kPara, text: name})
	if g.chance(0.3) {
		s.extra = append(s.extra, g.para(g.pick(g.L.paras[secRegister])))
	}
	return s
}

func (g *gen) purposeSection(rich bool) *section {
	L := g.L
	s := &section{id: secPurpose, title: g.heading(secPurpose)}
	s.blocks = append(s.blocks, g.para(g.pick(g.reg.purpose)))
	ps := g.paras(L.paras[secPurpose])
	k := g.r.IntN(2)
	if rich {
		k++
	}
	s.blocks = append(s.blocks, ps[:k]...)
	list := block{kind: kList, text: g.x(g.pick(L.purposeListIntro)), items: g.pickN(L.purposeItems, 3+g.r.IntN(5))}
	if g.chance(0.4) {
		s.blocks = append(s.blocks, list)
	} else {
		s.extra = append(s.extra, list)
	}
	s.extra = append(s.extra, ps[k:]...)
	g.r.Shuffle(len(s.extra), func(i, j int) { s.extra[i], s.extra[j] = s.extra[j], s.extra[i] })
	return s
}

func (g *gen) dataSection(rich, lean bool) *section {
	L := g.L
	s := &section{id: secData, title: g.heading(secData)}
	// the register's first item (the name) leads the list, as in real notices
	items := []string{g.reg.items[0]}
	more := append(g.pickN(g.reg.items[1:], 1+g.r.IntN(4)), g.pickN(L.dataItems, 4+g.r.IntN(8))...)
	if lean {
		more = more[:min(len(more), 3+g.r.IntN(3))]
	}
	for _, it := range more {
		if !overlaps(items, it) {
			items = append(items, it)
		}
	}
	g.r.Shuffle(len(items)-1, func(i, j int) { items[i+1], items[j+1] = items[j+1], items[i+1] })
	if g.def.phOther {
		items = append(items, g.pick(L.ph.other))
	}
	if g.chance(0.1) && !rich {
		// a comma-separated sentence instead of a list
		s.blocks = append(s.blocks, block{kind: kPara, text: g.x(g.pick(L.dataIntro)) + " " + strings.Join(items, ", ") + "."})
	} else {
		s.blocks = append(s.blocks, block{kind: kList, text: g.x(g.pick(L.dataIntro)), items: items})
	}
	ps := g.paras(L.paras[secData])
	if rich {
		s.blocks = append(s.blocks, ps[0])
		ps = ps[1:]
	}
	// padding: per-group lists ("Asiakkaat:" followed by items) and paragraphs
	for _, grp := range g.pickN(L.groups, 2+g.r.IntN(3)) {
		var list []string
		for _, it := range g.pickN(L.dataItems, 3+g.r.IntN(6)) {
			if !overlaps(list, it) {
				list = append(list, it)
			}
		}
		s.extra = append(s.extra, block{kind: kList, text: grp + ":", items: list})
	}
	s.extra = append(s.extra, ps...)
	g.r.Shuffle(len(s.extra), func(i, j int) { s.extra[i], s.extra[j] = s.extra[j], s.extra[i] })
	return s
}

// overlaps reports whether item repeats or contains (or is contained in) an
// entry of list, e.g. "Y-tunnus" and "yrityksen nimi ja Y-tunnus".
func overlaps(list []string, item string) bool {
	li := strings.ToLower(item)
	for _, e := range list {
		le := strings.ToLower(e)
		if strings.Contains(le, li) || strings.Contains(li, le) {
			return true
		}
	}
	return false
}

func (g *gen) disclosureSection() *section {
	L := g.L
	s := g.newSection(secDisclosure, L.paras[secDisclosure], 1+g.r.IntN(2))
	list := block{kind: kList, text: g.x(g.pick(L.recipientsIntro)), items: g.pickN(L.recipients, 3+g.r.IntN(4))}
	pos := g.r.IntN(len(s.extra) + 1)
	s.extra = append(s.extra[:pos], append([]block{list}, s.extra[pos:]...)...)
	return s
}

// transferSection either denies transfers outside the EU/EEA (the first
// template) or describes them with safeguards (the others), never both.
func (g *gen) transferSection() *section {
	pool := g.L.paras[secTransfer]
	if g.chance(0.5) {
		s := &section{id: secTransfer, title: g.heading(secTransfer)}
		s.blocks = append(s.blocks, g.para(pool[0]))
		return s
	}
	return g.newSection(secTransfer, pool[1:], 1)
}

func (g *gen) securitySection() *section {
	L := g.L
	s := &section{id: secSecurity, title: g.heading(secSecurity)}
	digital := g.paras(L.secDigital)
	if g.chance(0.5) {
		// the template's A/B structure
		s.blocks = append(s.blocks,
			block{kind: kSub, text: g.pick(L.secManualLabel)},
			g.para(g.pick(L.secManual)),
			block{kind: kSub, text: g.pick(L.secDigitalLabel)},
			digital[0])
	} else {
		s.blocks = append(s.blocks, digital[0])
	}
	s.extra = digital[1:]
	return s
}

func (g *gen) retentionSection() *section {
	s := g.newSection(secRetention, g.L.paras[secRetention], 1+g.r.IntN(2))
	if g.kind == regRecruit {
		s.blocks = append(s.blocks, g.para(g.L.recruitRetention))
	}
	return s
}

func (g *gen) rightsSection(rich, complaint bool) *section {
	L := g.L
	s := &section{id: secRights, title: g.heading(secRights)}
	var rights []right
	for _, r := range L.rights {
		if r.complaint && !complaint {
			continue
		}
		if r.complaint || g.chance(0.85) {
			rights = append(rights, r)
		}
	}
	intro := g.x(g.pick(L.rightsIntro))
	switch {
	case rich && g.chance(0.5):
		// sub-heading + paragraph per right
		s.blocks = append(s.blocks, block{kind: kPara, text: intro})
		for _, r := range rights {
			s.blocks = append(s.blocks, block{kind: kSub, text: r.label}, g.para(r.text))
		}
	case rich || g.chance(0.4):
		items := make([]string, len(rights))
		for i, r := range rights {
			items[i] = r.label + ": " + g.x(r.text)
		}
		s.blocks = append(s.blocks, block{kind: kList, text: intro, items: items})
	default:
		intro = g.x(g.pick(L.rightsShortIntro))
		items := make([]string, len(rights))
		for i, r := range rights {
			items[i] = strings.ToLower(r.label[:1]) + r.label[1:]
			if r.short != "" {
				items[i] = r.short
			}
		}
		s.blocks = append(s.blocks, block{kind: kList, text: intro, items: items})
	}
	ps := g.paras(L.paras[secRights])
	s.blocks = append(s.blocks, ps[0])
	s.extra = ps[1:]
	if complaint {
		s.blocks = append(s.blocks, g.para(L.paras[secComplaint][0]))
	}
	return s
}

func (g *gen) cookieSection() *section {
	L := g.L
	s := g.newSection(secCookies, L.paras[secCookies], 1)
	list := block{kind: kList, text: g.x(g.pick(L.cookieListIntro)), items: g.pickN(L.cookieItems, 3+g.r.IntN(4))}
	s.extra = append([]block{list}, s.extra...)
	return s
}

func (g *gen) changesSection() *section {
	return g.newSection(secChanges, g.L.paras[secChanges], 1)
}

// buildSecond builds the newsletter notice that follows the main notice in
// LayoutTwoNotices.
func (g *gen) buildSecond(d *doc, budget int) {
	L := g.L
	nl := L.nl
	d.secs = nil
	d.add(g.controllerSection(g.chance(0.5)))
	if g.chance(0.5) {
		d.add(g.contactSection())
	}
	reg := &section{id: secRegister, title: g.heading(secRegister)}
	reg.blocks = append(reg.blocks, block{kind: kPara, text: upperFirst(L.regs[regNewsletter].name)})
	d.add(reg)
	np := L.regs[regNewsletter].purpose
	p := g.newSection(secPurpose, np[1:], 0)
	p.blocks = append(p.blocks, g.para(np[0]))
	d.add(p)
	if g.chance(0.6) {
		d.add(g.newSection(secLegal, nl.legal, 1))
	} else {
		p.blocks = append(p.blocks, g.para(g.pick(nl.legal)))
	}
	data := &section{id: secData, title: g.heading(secData)}
	items := g.pickN(L.regs[regNewsletter].items, 2+g.r.IntN(3))
	if g.def.phOther && g.chance(0.5) {
		items = append(items, g.pick(L.ph.other))
	}
	data.blocks = append(data.blocks, block{kind: kList, text: g.x(g.pick(L.dataIntro)), items: items})
	d.add(data)
	d.add(g.newSection(secSources, nl.sources, 1))
	d.add(g.newSection(secDisclosure, nl.disclosure, 1))
	if g.chance(0.5) {
		d.add(g.transferSection())
	}
	d.add(g.newSection(secRetention, nl.retention, 1))
	if g.chance(0.7) {
		rs := &section{id: secRights, title: g.heading(secRights)}
		rs.blocks = append(rs.blocks, g.para(g.pick(nl.rights)))
		d.add(rs)
	} else {
		d.pending = append(d.pending, g.rightsSection(false, false))
	}
	if !g.def.missingComplaint && g.chance(0.6) {
		cs := &section{id: secComplaint, title: g.heading(secComplaint)}
		cs.blocks = append(cs.blocks, g.para(L.paras[secComplaint][0]))
		d.add(cs)
	}
	g.pad(d, budget)
}

func (g *gen) applyDefects(d *doc) {
	L := g.L
	if g.def.emptyField {
		var cands []int
		for i, s := range d.secs {
			switch s.id {
			case secDPO, secLegal, secSources, secDisclosure, secTransfer, secSecurity, secRetention, secAutomated, secChanges, secCookies:
				cands = append(cands, i)
			}
		}
		for _, i := range g.r.Perm(len(cands))[:min(len(cands), 1+g.r.IntN(2))] {
			d.secs[cands[i]].blocks = nil
			d.secs[cands[i]].extra = nil
		}
	}
	if g.def.repealedLaw && (!d.legacySub || g.chance(0.7)) {
		var targets []*section
		for _, s := range d.secs {
			switch s.id {
			case secPurpose, secLegal, secData, secSources, secDisclosure, secRights, secSecurity, secRetention:
				if len(s.blocks) > 0 {
					targets = append(targets, s)
				}
			}
		}
		for _, sentence := range g.pickN(L.legacy, 1+g.r.IntN(3)) {
			s := targets[g.r.IntN(len(targets))]
			sentence = g.x(sentence)
			var paras []int
			for i, b := range s.blocks {
				if b.kind == kPara {
					paras = append(paras, i)
				}
			}
			if len(paras) > 0 && g.chance(0.5) {
				i := paras[g.r.IntN(len(paras))]
				s.blocks[i].text += " " + sentence
			} else {
				s.blocks = append(s.blocks, block{kind: kPara, text: sentence})
			}
		}
	}
	if g.def.duplicateHeading && len(d.secs) > 3 {
		g.st.dupAt = 2 + g.r.IntN(len(d.secs)-2)
	}
	if g.def.phDate && d.dateLabel == "" {
		d.dateLabel = g.pick(L.datePrefixes)
		d.dateValue = g.date()
	}
}

// ---------------------------------------------------------------------------
// Rendering

type out struct {
	lines []string
}

func (o *out) add(lines ...string) { o.lines = append(o.lines, lines...) }

func (o *out) String() string { return strings.Join(o.lines, "\n") + "\n" }

func (g *gen) sep() string {
	if g.st.sepMixed && g.chance(0.5) {
		return ""
	}
	return g.st.sep
}

func (g *gen) bullet() string {
	return g.st.bullets[g.r.IntN(len(g.st.bullets))]
}

func (g *gen) headingLine(layout Layout, n int, title string) string {
	if g.st.upper {
		title = strings.ToUpper(title)
	}
	switch layout {
	case LayoutNumbered:
		return fmt.Sprintf(g.st.numFmt, n, title)
	case LayoutTable:
		if g.st.tableNum {
			return fmt.Sprintf("%d. %s", n, title)
		}
	}
	return title
}

func (g *gen) dateText(d *doc) string {
	if d.dateLabel == "" {
		return ""
	}
	return d.dateLabel + " " + d.dateValue
}

func (g *gen) renderDoc(o *out, d *doc, layout Layout) {
	if layout == LayoutTable {
		g.renderTable(o, d)
		return
	}
	o.add(d.title)
	if layout == LayoutPlain {
		o.add("")
	}
	if d.subtitle != "" {
		o.add(d.subtitle)
	}
	if d.dateTop && d.dateLabel != "" {
		o.add(g.dateText(d))
	}
	o.add(g.sep())
	for _, b := range d.intro {
		g.renderBlock(o, b)
		o.add(g.sep())
	}
	for i, s := range d.secs {
		title := s.title
		if g.st.dupAt == i && g.st.dupMode == 1 && i > 0 {
			title = d.secs[i-1].title
		}
		h := g.headingLine(layout, i+1, title)
		o.add(h)
		if g.st.dupAt == i && g.st.dupMode == 0 {
			o.add(h)
		}
		if g.st.headGap && len(s.blocks) > 0 {
			o.add(g.sep())
		}
		for j, b := range s.blocks {
			g.renderBlock(o, b)
			if j < len(s.blocks)-1 && (g.st.blockGap || layout == LayoutPlain) && b.kind != kSub {
				o.add(g.sep())
			}
		}
		o.add(g.sep())
	}
	if !d.dateTop && d.dateLabel != "" {
		o.add(g.dateText(d))
	}
}

func (g *gen) wrap(s string) []string {
	w := g.st.wrap
	if w <= 0 || utf8.RuneCountInString(s) <= w {
		return []string{s}
	}
	var lines []string
	var cur strings.Builder
	n := 0
	for _, word := range strings.Fields(s) {
		wl := utf8.RuneCountInString(word)
		if n > 0 && n+1+wl > w {
			lines = append(lines, cur.String())
			cur.Reset()
			n = 0
		}
		if n > 0 {
			cur.WriteByte(' ')
			n++
		}
		cur.WriteString(word)
		n += wl
	}
	if n > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

func (g *gen) renderBlock(o *out, b block) {
	switch b.kind {
	case kPara:
		text := b.text
		if g.st.htmlP > 0 && g.chance(g.st.htmlP) {
			switch g.r.IntN(3) {
			case 0:
				text = "<p>" + text + "</p>"
			case 1:
				text = "<p>" + text
			default:
				text += "<br>"
			}
		}
		o.add(g.wrap(text)...)
	case kSub:
		o.add(b.text)
	case kList:
		if b.text != "" {
			o.add(g.wrap(b.text)...)
		}
		if g.st.htmlP > 0 && g.chance(g.st.htmlP/2) {
			o.add(`<ul style="list-style-type: disc;">`)
			for _, it := range b.items {
				o.add("<li>" + it + "</li>")
			}
			o.add("</ul>")
			return
		}
		for _, it := range b.items {
			o.add(g.bullet() + it)
		}
	case kFields:
		style := g.st.fieldStyle
		for _, f := range b.fields {
			switch {
			case f.label == "":
				o.add(f.value)
			case style == 0:
				o.add(f.label + ": " + f.value)
			case style == 1:
				o.add(f.value)
			default:
				o.add(f.label+":", f.value)
			}
		}
	}
}

var ulStyles = []string{
	`<ul style="list-style-type: disc;">`,
	`<ul style="margin-left: 20px;">`,
	`<ul style="padding-left: 15px; list-style-type: square;">`,
	`<ul>`,
}

// tableBody renders blocks as the body lines of one template table row.
func (g *gen) tableBody(blocks []block) []string {
	var lines []string
	for _, b := range blocks {
		switch b.kind {
		case kPara:
			t := b.text
			if g.st.htmlP > 0 && g.chance(g.st.htmlP) {
				t = "<p>" + t + "</p>"
			}
			lines = append(lines, t)
		case kSub:
			lines = append(lines, b.text)
		case kList:
			if b.text != "" {
				lines = append(lines, b.text)
			}
			switch {
			case g.st.tableHTMLUL && g.chance(0.5):
				var sb strings.Builder
				sb.WriteString(g.pick(ulStyles))
				for _, it := range b.items {
					sb.WriteString("<li>" + it + "</li>")
				}
				sb.WriteString("</ul>")
				lines = append(lines, sb.String())
			case g.st.tableHTMLUL:
				lines = append(lines, g.pick(ulStyles))
				for _, it := range b.items {
					lines = append(lines, "<li>"+it+"</li>")
				}
				lines = append(lines, "</ul>")
			default:
				for _, it := range b.items {
					lines = append(lines, g.bullet()+it)
				}
			}
		case kFields:
			for _, f := range b.fields {
				switch {
				case f.label == "" || g.st.fieldStyle == 1:
					lines = append(lines, f.value)
				case g.st.fieldStyle == 2:
					lines = append(lines, f.label, f.value)
				default:
					lines = append(lines, f.label+": "+f.value)
				}
			}
		}
	}
	return lines
}

func (g *gen) renderTable(o *out, d *doc) {
	o.add(d.title)
	if d.subtitle != "" {
		o.add(d.subtitle)
	}
	if d.dateLabel != "" {
		o.add(strings.TrimSuffix(d.dateLabel, ":") + "\t" + d.dateValue)
	}
	o.add("")
	for _, b := range d.intro {
		o.add(b.text)
	}
	for i, s := range d.secs {
		title := s.title
		if g.st.dupAt == i && g.st.dupMode == 1 && i > 0 {
			title = d.secs[i-1].title
		}
		h := g.headingLine(LayoutTable, i+1, title)
		if g.st.dupAt == i && g.st.dupMode == 0 {
			o.add(h + "\t")
		}
		body := g.tableBody(s.blocks)
		if len(body) == 0 {
			o.add(h + "\t")
		} else {
			o.add(h + "\t" + body[0])
			for _, l := range body[1:] {
				o.add("\t" + l)
			}
		}
		if g.st.tableRowGap {
			o.add("")
		}
	}
}

// webChrome returns the page header (shop header, navigation, cookie banner)
// and the unrelated content after the notice (staff cards, footer).
func (g *gen) webChrome() (head, foot string) {
	w := &g.L.web
	var h []string
	if g.chance(0.6) {
		h = append(h, g.pick(w.skip))
	}
	if g.chance(0.5) {
		h = append(h, g.pick(w.langs))
	}
	h = append(h, g.org.name)
	h = append(h, g.pickN(w.account, 1+g.r.IntN(2))...)
	h = append(h, g.pick(w.cart))
	nav := g.pickN(w.nav, 4+g.r.IntN(5))
	if g.chance(0.5) {
		h = append(h, strings.Join(nav, " "))
	} else {
		h = append(h, nav...)
	}
	cookie := w.cookie[g.r.IntN(len(w.cookie))]
	cookieTop := g.chance(0.6)
	if cookieTop {
		h = append(h, "")
		h = append(h, cookie...)
		h = append(h, "")
	}
	if g.chance(0.6) {
		h = append(h, g.pick(w.crumbs))
	}
	h = append(h, "")

	var f []string
	if g.chance(0.3) {
		f = append(f, g.pick(w.share))
		f = append(f, "")
	}
	f = append(f, g.pick(w.staffHead))
	for _, p := range g.org.staff {
		f = append(f, "", p.name, p.title, p.phone, p.email)
	}
	f = append(f, "")
	if g.chance(0.6) {
		f = append(f, w.hours[g.r.IntN(len(w.hours))]...)
		f = append(f, "")
	}
	if g.chance(0.5) {
		f = append(f, w.newsletter...)
		f = append(f, "")
	}
	f = append(f, g.org.name, g.org.street, g.org.postcode+" "+g.org.city, g.org.phone, g.org.email, "")
	if g.chance(0.5) {
		f = append(f, w.follow)
		f = append(f, g.pickN([]string{"Facebook", "Instagram", "LinkedIn", "YouTube", "TikTok"}, 2+g.r.IntN(3))...)
	}
	f = append(f, fmt.Sprintf("© %d %s. %s", 2019+g.r.IntN(7), g.org.name, w.rights))
	f = append(f, g.pick(w.footerLinks))
	if !cookieTop || g.chance(0.2) {
		f = append(f, "")
		f = append(f, cookie...)
	}
	return strings.Join(h, "\n"), strings.Join(f, "\n")
}

// ---------------------------------------------------------------------------
// Text material
//
// Templates use "{a|b}" for alternatives and "{name}" for variables: co
// (company), coN (company genitive / possessive), email (privacy e-mail),
// mail (general e-mail), web, phone, city, register, Register, REGISTER,
// register2 (fi genitive, sv definite form), years, months, year.

type right struct {
	label, text, short string
	complaint          bool
}

type fieldLabels struct {
	name, address, bid, phone, email, web string
}

type placeholders struct {
	other, email []string
}

type webText struct {
	skip, langs, account, cart, nav, crumbs, share, staffHead, titles, footerLinks []string
	cookie, hours                                                                  [][]string
	newsletter                                                                     []string
	follow, rights                                                                 string
}

type newsletterText struct {
	titles, controllerRef, legal, sources, disclosure, retention, rights []string
}

type language struct {
	code             string
	titles           []string
	subtitles        []string
	legacySubs       []string
	legacy           []string
	intro            []string
	headings         [numSecs][]string
	paras            [numSecs][]string
	controllerParas  []string
	registerAlt      []string
	regs             [numRegs]regText
	purposeListIntro []string
	purposeItems     []string
	dataIntro        []string
	dataItems        []string
	groups           []string
	recipientsIntro  []string
	recipients       []string
	secManualLabel   []string
	secDigitalLabel  []string
	secManual        []string
	secDigital       []string
	rightsIntro      []string
	rightsShortIntro []string
	rights           []right
	cookieListIntro  []string
	cookieItems      []string
	recruitRetention string
	labels           fieldLabels
	ph               placeholders
	datePrefixes     []string
	web              webText
	nl               newsletterText
	firstNames       []string
	lastNames        []string
	streets          []string
	places           []string
	cities           []string
	prefixes         []string
	privacyLocal     []string
	mailLocal        []string
}

var finnish = language{
	code: LangFinnish,
	titles: []string{
		"TIETOSUOJASELOSTE", "Tietosuojaseloste", "Tietosuojaseloste", "REKISTERI- JA TIETOSUOJASELOSTE",
		"Rekisteri- ja tietosuojaseloste", "Tietosuojaseloste – {register}", "TIETOSUOJASELOSTE – {REGISTER}",
		"{co}: tietosuojaseloste", "Tietosuojaseloste ({register})", "Tietosuojailmoitus", "{Register}: tietosuojaseloste",
	},
	subtitles: []string{
		"EU:n yleinen tietosuoja-asetus (EU) 2016/679, artiklat 13 ja 14",
		"Laadittu EU:n yleisen tietosuoja-asetuksen (GDPR) mukaisesti",
		"EU:n tietosuoja-asetuksen 13 ja 14 artiklan mukainen informointi",
		"Tietosuoja-asetus (EU 2016/679) ja tietosuojalaki (1050/2018)",
		"Tämä on {coN} {register2} tietosuojaseloste.",
		"Rekisterinpitäjän informointivelvollisuus, EU:n yleinen tietosuoja-asetus",
	},
	legacySubs: []string{
		"Henkilötietolain (523/1999) 10 ja 24 § sekä EU:n yleinen tietosuoja-asetus (GDPR)",
		"Henkilötietolain (523/1999) 10 §:n mukainen rekisteriseloste",
		"Rekisteri- ja tietosuojaseloste henkilötietolain 10 ja 24 §:n mukaisesti",
		"Henkilötietolaki (523/1999) 10 §",
		"Henkilötietolain 10 § ja EU:n tietosuoja-asetus (2016/679)",
	},
	legacy: []string{
		"Rekisteröidyllä on henkilötietolain 26 §:n mukaisesti oikeus tarkastaa, mitä häntä koskevia tietoja rekisteriin on tallennettu.",
		"Tietoja käsitellään henkilötietolain (523/1999) ja muun soveltuvan lainsäädännön mukaisesti.",
		"Rekisteröidyllä on oikeus henkilötietolain 29 §:n mukaisesti vaatia virheellisen tiedon korjaamista.",
		"Henkilötietoja ei luovuteta ulkopuolisille, ellei henkilötietolaki tai muu lainsäädäntö sitä edellytä.",
		"Rekisteröidyllä on oikeus kieltää tietojensa käsittely suoramarkkinointia varten henkilötietolain 30 §:n mukaisesti.",
		"Rekisteri on perustettu henkilötietolain (523/1999) edellyttämällä tavalla.",
		"Tarkastuspyyntö tulee tehdä henkilötietolain 28 §:n mukaisesti kirjallisesti ja allekirjoitettuna.",
		"Käsittelyssä noudatetaan henkilötietolakia ja EU:n tietosuoja-asetusta.",
		"Käsittelyn perusteena on henkilötietolain 8 §:n 1 momentin mukainen asiakassuhde.",
		"Rekisteröidyn oikeudet määräytyvät henkilötietolaissa säädetyllä tavalla.",
		"Tiedot säilytetään henkilötietolaki (523/1999) huomioiden.",
		"Henkilötietolain 26 § mukaisesti tarkastusoikeus on maksuton kerran vuodessa.",
	},
	intro: []string{
		"Tässä tietosuojaselosteessa kerrotaan, miten {co} käsittelee henkilötietoja{ ja millaisia oikeuksia rekisteröidyillä on|}.",
		"{Yksityisyytesi suojaaminen on meille tärkeää|Suhtaudumme tietosuojaan vakavasti}. Käsittelemme henkilötietoja {EU:n yleisen tietosuoja-asetuksen (EU 2016/679) ja kansallisen tietosuojalain (1050/2018) mukaisesti|voimassa olevan tietosuojalainsäädännön mukaisesti}.",
		"Tämä seloste koskee {{coN} asiakkaita, yhteistyökumppaneita ja verkkosivuston käyttäjiä|{coN} {register2} rekisteröityjä}.",
		"Olemme koonneet tähän selosteeseen tiedot siitä, {mitä henkilötietoja keräämme, mihin niitä käytämme ja kenelle niitä voidaan luovuttaa|miten henkilötietojasi kerätään, käytetään ja suojataan}.",
	},
	headings: [numSecs][]string{
		secController: {"Rekisterinpitäjä", "Rekisterinpitäjä ja yhteystiedot", "Rekisterinpitäjän yhteystiedot", "Kuka on rekisterinpitäjä?"},
		secContact:    {"Yhteyshenkilö rekisteriä koskevissa asioissa", "Yhteyshenkilö", "Rekisteriasioista vastaava henkilö", "Kehen voin ottaa yhteyttä?"},
		secDPO:        {"Tietosuojavastaava", "Tietosuojavastaavan yhteystiedot"},
		secRegister:   {"Rekisterin nimi", "Rekisteri", "Rekisterin nimi"},
		secPurpose:    {"Henkilötietojen käsittelyn tarkoitus", "Henkilötietojen käsittelyn tarkoitus ja oikeusperuste", "Käsittelyn tarkoitukset", "Mihin käytämme henkilötietoja?"},
		secLegal:      {"Käsittelyn oikeusperuste", "Henkilötietojen käsittelyn oikeusperuste", "Millä perusteella käsittelemme tietoja?"},
		secData:       {"Rekisterin tietosisältö", "Käsiteltävät henkilötiedot", "Rekisteriin tallennettavat tiedot", "Mitä tietoja keräämme?"},
		secSources:    {"Säännönmukaiset tietolähteet", "Henkilötietojen lähteet", "Tietolähteet", "Mistä tiedot saadaan?"},
		secDisclosure: {"Tietojen säännönmukaiset luovutukset", "Tietojen luovutukset ja vastaanottajat", "Henkilötietojen vastaanottajat", "Kenelle tietoja luovutetaan?"},
		secTransfer:   {"Tietojen siirto EU:n tai ETA:n ulkopuolelle", "Tietojen siirrot EU:n ja ETA:n ulkopuolelle", "Siirretäänkö tietoja EU:n ulkopuolelle?"},
		secSecurity:   {"Rekisterin suojauksen periaatteet", "Henkilötietojen suojaaminen", "Tietoturva", "Miten tietosi suojataan?"},
		secRetention:  {"Henkilötietojen säilytysaika", "Tietojen säilytysaika", "Säilytysaika", "Kuinka kauan tietoja säilytetään?"},
		secRights:     {"Rekisteröidyn oikeudet", "Rekisteröidyn oikeudet ja niiden käyttäminen", "Sinun oikeutesi", "Mitä oikeuksia sinulla on?"},
		secComplaint:  {"Oikeus tehdä valitus valvontaviranomaiselle", "Valitusoikeus", "Oikeus valittaa valvontaviranomaiselle"},
		secAutomated:  {"Automatisoitu päätöksenteko ja profilointi", "Automaattinen päätöksenteko", "Profilointi"},
		secCookies:    {"Evästeet", "Evästeiden käyttö", "Evästeet ja verkkoanalytiikka", "Käytämmekö evästeitä?"},
		secChanges:    {"Tietosuojaselosteen muutokset", "Muutokset tähän selosteeseen", "Selosteen päivittäminen"},
	},
	controllerParas: []string{
		"{co} ({jäljempänä|jäljempänä myös} ”{rekisterinpitäjä|yhtiö|me}”)",
		"{co} vastaa tässä selosteessa kuvatusta henkilötietojen käsittelystä.",
		"Rekisterinpitäjänä toimii {co}.",
	},
	registerAlt: []string{
		"{coN} {register}", "{Register} ({co})", "{Register} / {co}",
	},
	paras: [numSecs][]string{
		secContact: {
			"Rekisteriä koskevissa asioissa {voit ottaa yhteyttä|pyydämme ottamaan yhteyttä} {sähköpostitse |}osoitteeseen {email}.",
			"Kaikki henkilötietojen käsittelyyn liittyvät {kysymykset|yhteydenotot} pyydetään osoittamaan {rekisteriasioista vastaavalle henkilölle|alla mainitulle yhteyshenkilölle}.",
		},
		secDPO: {
			"{co} ei ole nimittänyt tietosuojavastaavaa, koska {käsittelyn luonne ja laajuus eivät sitä edellytä|siihen ei ole lakisääteistä velvollisuutta}.",
			"Tietosuojavastaavan tavoittaa sähköpostitse osoitteesta {email}.",
		},
		secRegister: {
			"{Register} sisältää {{coN} asiakkaiden ja yhteistyökumppaneiden|{coN} asiakkaiden|rekisteröityjen} tietoja{ sähköisessä muodossa|}.",
		},
		secPurpose: {
			"{Rekisterinpitäjä|{co}|Yhtiö} käsittelee henkilötietoja vain siihen tarkoitukseen, johon ne on kerätty. Tietoja ei käytetä {tarkoituksiin, jotka ovat ristiriidassa alkuperäisen käyttötarkoituksen kanssa|muihin tarkoituksiin ilman rekisteröidyn suostumusta}.",
			"Henkilötietoja käytetään {myös|lisäksi} {asiakasviestintään|asiakkaille suunnattuun viestintään}, {markkinointiin|suoramarkkinointiin} sekä {palveluiden kehittämiseen|liiketoiminnan kehittämiseen ja tilastointiin}.",
			"Rekisteröity voi milloin tahansa kieltää tietojensa käytön suoramarkkinointiin {ilmoittamalla siitä sähköpostitse osoitteeseen {email}|ilmoittamalla siitä rekisterinpitäjälle|käyttämällä viestissä olevaa peruutuslinkkiä}.",
			"Tietoja käsitellään {lakisääteisten velvoitteiden|kirjanpitoon ja verotukseen liittyvien lakisääteisten velvoitteiden} täyttämiseksi{ sekä oikeudellisten vaatimusten laatimiseksi, esittämiseksi tai puolustamiseksi|}.",
			"Verkkosivuston käyttöön liittyviä tietoja käytetään sivuston {toimivuuden varmistamiseen|teknisen toimivuuden varmistamiseen} ja {kävijäseurantaan|käytön analysointiin}. Tietoja ei {käytetä yksittäisen käyttäjän tunnistamiseen|yhdistetä yksittäiseen henkilöön}.",
			"Emme myy henkilötietoja {kolmansille osapuolille|ulkopuolisille tahoille} emmekä {luovuta niitä markkinointitarkoituksiin|käytä niitä muuhun kuin tässä selosteessa kuvattuun tarkoitukseen}.",
			"Henkilötietoja voidaan käsitellä myös {asiakastyytyväisyyskyselyjen toteuttamiseen|asiakaspalautteen keräämiseen ja käsittelyyn} sekä {palvelun laadun varmistamiseen|palvelujen laadun seurantaan}.",
			"{Puhelut|Asiakaspalvelupuhelut} voidaan tallentaa {laadunvarmistusta ja koulutusta varten|palvelun laadun kehittämiseksi sekä asiointitapahtumien todentamiseksi}. Tallentamisesta kerrotaan puhelun alussa.",
			"Tietoja käytetään myös {väärinkäytösten ehkäisemiseen ja selvittämiseen|tietoturvan varmistamiseen ja väärinkäytösten estämiseen}.",
			"Käsittelemme vain {sellaisia|niitä} henkilötietoja, jotka ovat {tarpeellisia|välttämättömiä} edellä {mainittujen|kuvattujen} tarkoitusten toteuttamiseksi.",
		},
		secLegal: {
			"Henkilötietojen käsittely perustuu {EU:n yleisen tietosuoja-asetuksen|tietosuoja-asetuksen} 6 artiklan 1 kohdan {b alakohtaan eli sopimuksen täytäntöönpanoon|f alakohtaan eli rekisterinpitäjän oikeutettuun etuun|c alakohtaan eli rekisterinpitäjän lakisääteisen velvoitteen noudattamiseen}.",
			"Oikeutettu etu perustuu {rekisterinpitäjän ja rekisteröidyn väliseen asiakassuhteeseen|asialliseen yhteyteen, kuten asiakkuuteen tai aiempaan yhteydenottoon}{. Olemme arvioineet, että käsittely ei loukkaa rekisteröidyn etuja tai oikeuksia|}.",
			"Sähköinen suoramarkkinointi perustuu {rekisteröidyn antamaan suostumukseen|rekisteröidyn suostumukseen}{, jonka hän voi peruuttaa milloin tahansa|}. Suostumuksen peruuttaminen ei vaikuta ennen peruuttamista tapahtuneen käsittelyn lainmukaisuuteen.",
			"Osaa tiedoista käsitellään {lakisääteisen velvoitteen|kirjanpitolain ja verolainsäädännön velvoitteiden} perusteella.",
			"Käsittelyn oikeusperusteet ovat {sopimus, oikeutettu etu ja suostumus|rekisteröidyn suostumus ja sopimuksen täytäntöönpano|lakisääteinen velvoite ja oikeutettu etu}.",
			"Mikäli käsittely perustuu suostumukseen, rekisteröidyllä on oikeus peruuttaa suostumuksensa milloin tahansa ottamalla yhteyttä {rekisterinpitäjään|meihin|asiakaspalveluumme}.",
			"Henkilötietojen antaminen on {sopimuksen tekemisen edellytys|edellytys palvelun toimittamiselle}. Jos tietoja ei anneta, emme voi {toimittaa tilausta|tarjota palvelua|hoitaa asiakassuhdetta}.",
		},
		secData: {
			"Tietoja ei kerätä {enempää kuin käyttötarkoituksen kannalta on tarpeen|tarpeettomasti}.",
			"Emme käsittele {erityisiin henkilötietoryhmiin kuuluvia tietoja|arkaluonteisia tietoja}{, kuten terveystietoja,|} ilman {rekisteröidyn nimenomaista suostumusta|laissa säädettyä perustetta}.",
			"Henkilötunnusta käsitellään vain, kun {sen käsittelyyn on laissa säädetty peruste|se on tarpeen rekisteröidyn yksiselitteiseksi tunnistamiseksi}.",
			"Yritysasiakkaiden osalta käsittelemme {yhteyshenkilöiden nimiä ja työhön liittyviä yhteystietoja|ainoastaan yhteyshenkilöiden työhön liittyviä tietoja}.",
			"Rekisteröidyn on mahdollista antaa lisäksi {vapaaehtoisia tietoja, kuten kiinnostuksen kohteita|vapaamuotoisia lisätietoja}, joita käytetään {palvelun kehittämiseen|asiakaskokemuksen parantamiseen}.",
		},
		secSources: {
			"Tiedot saadaan {rekisteröidyltä itseltään|pääsääntöisesti rekisteröidyltä itseltään} {asiakassuhteen alkaessa|yhteydenottojen, tilausten ja sopimusten yhteydessä|verkkosivuston lomakkeilla ja sähköpostitse}.",
			"Tietoja voidaan kerätä ja päivittää myös {julkisista rekistereistä|osoitepäivityspalveluista|väestötietojärjestelmästä}{ ja {luottotietorekisteristä|kaupparekisteristä}|}.",
			"Verkkosivuston käyttöä koskevia tietoja kerätään {evästeiden ja vastaavien tekniikoiden avulla|evästeiden avulla}.",
			"Yhteyshenkilöiden tiedot saadaan {asiakasyrityksiltä|yhteistyökumppaneilta} {sopimuksen tekemisen yhteydessä|yhteydenpidon yhteydessä}.",
			"Rekisteröity vastaa itse antamiensa tietojen oikeellisuudesta ja {on velvollinen ilmoittamaan|pyydämme ilmoittamaan} tietojen muuttumisesta.",
			"Tietoja voidaan saada myös {yhteistyökumppaneilta|kumppaneiltamme}, esimerkiksi {yhteisten kampanjoiden|tapahtumien} yhteydessä, {rekisteröidyn suostumuksella|mikäli rekisteröity on antanut siihen luvan}.",
		},
		secDisclosure: {
			"Tietoja ei {säännönmukaisesti|pääsääntöisesti} luovuteta {ulkopuolisille|rekisterinpitäjän ulkopuolisille tahoille}{, ellei lainsäädäntö sitä edellytä|}.",
			"Tietoja voidaan luovuttaa {viranomaisille|toimivaltaisille viranomaisille} {lainsäädännön niin edellyttäessä|voimassa olevan lainsäädännön sallimissa ja edellyttämissä rajoissa}.",
			"Käytämme henkilötietojen käsittelyssä {alihankkijoita|palveluntarjoajia}, jotka käsittelevät tietoja {lukuumme|puolestamme} ja {ohjeidemme mukaisesti|kirjallisen sopimuksen perusteella}. Tällaisia ovat esimerkiksi {tilitoimisto|kirjanpitopalvelun tarjoaja}, {IT-palveluntarjoaja|järjestelmätoimittaja} ja {maksunvälittäjä|kuljetusliike}.",
			"Henkilötietojen käsittelijöiden kanssa on tehty {tietosuoja-asetuksen 28 artiklan mukaiset sopimukset|asianmukaiset tietojenkäsittelysopimukset}.",
			"Tilausten yhteydessä {nimi, osoite ja puhelinnumero|toimituksen kannalta tarpeelliset tiedot} luovutetaan {kuljetusyhtiölle|logistiikkakumppanille} tilauksen toimittamiseksi.",
			"Maksutapahtumien käsittelyssä tietoja luovutetaan {maksupalveluntarjoajalle|maksunvälityspalvelulle}, joka toimii {itsenäisenä rekisterinpitäjänä|omana rekisterinpitäjänään} maksujen osalta.",
			"Mikäli {liiketoiminta tai sen osa myydään|yhtiö tai sen liiketoiminta siirtyy uudelle omistajalle}, tietoja voidaan luovuttaa {ostajalle|uudelle omistajalle} osana kauppaa.",
		},
		secTransfer: {
			"Tietoja ei siirretä {EU:n tai Euroopan talousalueen|EU:n tai ETA:n} ulkopuolelle.",
			"Henkilötietoja ei {pääsääntöisesti|lähtökohtaisesti} siirretä EU:n tai ETA:n ulkopuolelle. Mikäli {palveluntarjoajamme käsittelevät tietoja EU:n tai ETA:n ulkopuolella|tietoja siirretään EU:n tai ETA:n ulkopuolelle}, siirrossa käytetään {Euroopan komission hyväksymiä vakiosopimuslausekkeita|asianmukaisia suojatoimia, kuten komission vakiolausekkeita}.",
			"Osa käyttämistämme {pilvipalveluista|järjestelmistä} voi sijaita Yhdysvalloissa. Tällöin siirto perustuu {EU:n ja Yhdysvaltojen väliseen tietosuojakehykseen|komission vakiosopimuslausekkeisiin}{ tai muuhun tietosuoja-asetuksen mukaiseen siirtoperusteeseen|}.",
			"Lisätietoja siirroista ja käytetyistä suojatoimista saa {rekisterinpitäjältä|ottamalla yhteyttä meihin}.",
		},
		secRetention: {
			"Henkilötietoja säilytetään {niin kauan kuin|vain niin kauan kuin} se on tarpeen {käsittelyn tarkoituksen toteuttamiseksi|tässä selosteessa kuvattujen tarkoitusten toteuttamiseksi}.",
			"Asiakastietoja säilytetään asiakassuhteen ajan ja {{years} vuotta|{months} kuukautta} sen päättymisen jälkeen{, ellei lainsäädäntö edellytä pidempää säilytysaikaa|}.",
			"Kirjanpitoaineisto säilytetään kirjanpitolain mukaisesti {kuusi|kymmenen} vuotta {tilikauden päättymisestä|sen vuoden lopusta, jonka aikana tilikausi on päättynyt}.",
			"Markkinointiin liittyviä tietoja säilytetään, {kunnes rekisteröity peruuttaa suostumuksensa|kunnes rekisteröity kieltää suoramarkkinoinnin} tai {enintään {years} vuotta viimeisestä yhteydenotosta|asiakassuhde päättyy}.",
			"Tarpeettomaksi käyneet tiedot {poistetaan|hävitetään} {tietoturvallisesti|asianmukaisesti}{ ja paperiset asiakirjat silputaan|}.",
			"Säilytysajan tarpeellisuutta arvioidaan {säännöllisesti|vähintään kerran vuodessa}.",
			"Verkkosivuston analytiikkatietoja säilytetään {14|26|38} kuukautta.",
		},
		secRights: {
			"Pyynnöt tulee {lähettää|osoittaa} {kirjallisesti|sähköpostitse} osoitteeseen {email}{ tai postitse rekisterinpitäjän osoitteeseen|}. {Vastaamme pyyntöihin kuukauden kuluessa|Pyyntöön vastataan ilman aiheetonta viivytystä, viimeistään kuukauden kuluessa}.",
			"Voimme pyytää rekisteröityä {todistamaan henkilöllisyytensä|tarkentamaan pyyntöään ja todentamaan henkilöllisyytensä} ennen pyynnön käsittelyä.",
			"Oikeuksien käyttäminen on {maksutonta|pääsääntöisesti maksutonta}. Jos pyynnöt ovat {ilmeisen perusteettomia tai kohtuuttomia|selvästi perusteettomia tai kohtuuttomia}, voimme periä kohtuullisen maksun tai kieltäytyä toimimasta pyynnön perusteella.",
			"Oikeuksia voidaan rajoittaa, jos {lainsäädäntö sitä edellyttää|tietojen säilyttämiseen on lakisääteinen velvoite}.",
		},
		secComplaint: {
			"Rekisteröidyllä on oikeus tehdä valitus valvontaviranomaiselle, {mikäli|jos} hän katsoo, että häntä koskevien henkilötietojen käsittelyssä rikotaan {voimassa olevaa tietosuojalainsäädäntöä|EU:n yleistä tietosuoja-asetusta}. Suomessa valvontaviranomaisena toimii tietosuojavaltuutetun toimisto{ (www.tietosuoja.example)|}.",
			"Valituksen voi tehdä {myös |}{siinä jäsenvaltiossa, jossa rekisteröidyn vakinainen asuinpaikka tai työpaikka on|sen EU-maan valvontaviranomaiselle, jossa rekisteröity asuu tai työskentelee}.",
			"Toivomme, että otat ensin yhteyttä {meihin|rekisterinpitäjään}, jotta voimme {selvittää asian|ratkaista asian yhdessä}.",
		},
		secAutomated: {
			"Henkilötietoja ei käytetä automaattiseen päätöksentekoon{ eikä profilointiin|, jolla olisi rekisteröityä koskevia oikeusvaikutuksia}.",
			"{Markkinoinnin kohdentamisessa|Asiakasviestinnässä} voidaan käyttää {asiakassegmentointia|ostohistoriaan perustuvaa segmentointia}, {jolla ei ole oikeusvaikutuksia rekisteröidylle|mutta sillä ei ole rekisteröityyn kohdistuvia oikeusvaikutuksia}.",
		},
		secCookies: {
			"Verkkosivustollamme käytetään evästeitä. Eväste on pieni tekstitiedosto, jonka selain tallentaa {käyttäjän päätelaitteelle|laitteellesi}.",
			"Evästeiden avulla {parannamme sivuston käytettävyyttä|kehitämme sivustoa} ja {keräämme tilastotietoa kävijöistä|kohdennamme markkinointia}. Käyttäjä voi {estää evästeiden käytön selaimen asetuksista|hallita evästeasetuksiaan sivuston evästebannerin kautta}.",
			"Välttämättömät evästeet ovat sivuston toiminnan kannalta {tarpeellisia|välttämättömiä}, eikä niiden käyttöön tarvita suostumusta. {Analytiikka- ja markkinointievästeitä|Muita evästeitä} käytetään vain käyttäjän suostumuksella.",
		},
		secChanges: {
			"{Pidätämme oikeuden|Rekisterinpitäjä pidättää oikeuden} {muuttaa|päivittää} tätä tietosuojaselostetta{ esimerkiksi lainsäädännön muuttuessa|}. {Merkittävistä muutoksista ilmoitetaan verkkosivuillamme|Ajantasainen versio on aina saatavilla verkkosivuillamme {web}}.",
			"Seuraamme lainsäädännön muutoksia ja {päivitämme selosteen tarvittaessa|päivitämme tätä selostetta tarpeen mukaan}. Suosittelemme tutustumaan selosteeseen säännöllisesti.",
		},
	},
	regs: [numRegs]regText{
		regCustomer: {name: "asiakasrekisteri", form2: "asiakasrekisterin",
			purpose: []string{"Henkilötietoja käsitellään {asiakassuhteen|asiakkuuden} hoitamiseksi, {palveluiden|tuotteiden ja palveluiden} toimittamiseksi sekä laskutusta varten.",
				"Henkilötietojen käsittelyn tarkoituksena on {asiakassuhteen hoitaminen ja ylläpito|asiakkuuden hoitaminen ja kehittäminen|palveluiden tuottaminen ja asiakassuhteen hoitaminen}{, tilausten käsittely ja toimittaminen| sekä laskutus ja perintä|}."},
			items: []string{"nimi", "yrityksen nimi ja Y-tunnus", "asiakasnumero", "asiakassuhteen alkamispäivä", "laskutustiedot", "sopimustiedot"}},
		regMarketing: {name: "markkinointirekisteri", form2: "markkinointirekisterin",
			purpose: []string{"Rekisterin tietoja käytetään {coN} {markkinointiin|suoramarkkinointiin ja asiakasviestintään}, kuten uutiskirjeiden, tarjousten ja tapahtumakutsujen lähettämiseen."},
			items:   []string{"nimi", "markkinointiluvat ja -kiellot", "kiinnostuksen kohteet", "asiakassegmentti", "tapahtumiin osallistuminen"}},
		regShop: {name: "verkkokaupan asiakasrekisteri", form2: "verkkokaupan asiakasrekisterin",
			purpose: []string{"Henkilötietoja käytetään verkkokaupan tilausten {vastaanottamiseen, käsittelyyn ja toimittamiseen|käsittelyyn ja toimittamiseen}, maksujen käsittelyyn sekä {palautusten ja reklamaatioiden hoitamiseen|asiakaspalveluun}."},
			items:   []string{"nimi", "toimitusosoite", "tilaustiedot", "maksutapa", "toimitustapa", "palautukset", "käyttäjätunnus"}},
		regRecruit: {name: "työnhakijarekisteri", form2: "työnhakijarekisterin",
			purpose: []string{"Henkilötietoja käsitellään {rekrytointiprosessin hoitamiseksi|avoimiin tehtäviin hakevien henkilöiden arvioimiseksi ja valitsemiseksi} sekä {yhteydenpitoon hakijoiden kanssa|hakijoille viestimiseksi}."},
			items:   []string{"nimi", "hakemus ja CV", "koulutus- ja työhistoria", "kielitaito", "palkkatoive", "suosittelijoiden yhteystiedot", "haastattelumuistiinpanot", "soveltuvuusarvioinnin tulokset hakijan suostumuksella"}},
		regMembers: {name: "jäsenrekisteri", form2: "jäsenrekisterin",
			purpose: []string{"Rekisteriä käytetään {jäsenyyden hoitamiseen|jäsenasioiden hoitoon}, jäsenmaksujen laskutukseen sekä {jäsenviestintään|jäsentiedotteiden lähettämiseen}."},
			items:   []string{"nimi", "jäsennumero", "jäsenyyden alkamispäivä", "jäsenlaji", "jäsenmaksutiedot", "luottamustehtävät", "syntymävuosi"}},
		regPatient: {name: "asiakas- ja potilasrekisteri", form2: "asiakas- ja potilasrekisterin",
			purpose: []string{"Henkilötietoja käsitellään {asiakkaiden hoidon|hoidon ja palvelun} suunnittelemiseksi, toteuttamiseksi ja seuraamiseksi sekä {ajanvarausten hoitamiseksi|ajanvarausta ja laskutusta varten}."},
			items:   []string{"nimi", "henkilötunnus", "hoitoon liittyvät merkinnät", "ajanvaraustiedot", "hoitohistoria", "Kela-korvaustiedot", "alaikäisen huoltajan yhteystiedot"}},
		regStakeholder: {name: "sidosryhmärekisteri", form2: "sidosryhmärekisterin",
			purpose: []string{"Rekisterin tarkoituksena on {yhteistyökumppaneiden ja sidosryhmien yhteyshenkilöiden tietojen ylläpitäminen|sidosryhmäsuhteiden hoitaminen ja kehittäminen} sekä {yhteydenpito|viestintä sidosryhmille}."},
			items:   []string{"nimi", "organisaatio", "tehtävänimike", "yhteydenpitohistoria", "tapahtumaosallistumiset"}},
		regNewsletter: {name: "uutiskirjerekisteri", form2: "uutiskirjerekisterin",
			purpose: []string{"Uutiskirjerekisterin tietoja käytetään {uutiskirjeen lähettämiseen|uutiskirjeiden ja tarjousten lähettämiseen} tilaajille{ sekä tilaajamäärien seurantaan|}.",
				"Tietoja käytetään ainoastaan {uutiskirjeen toimittamiseen|uutiskirjeiden lähettämiseen} ja {tilauksen hallintaan|tilausten hallinnointiin}.",
				"Uutiskirjeiden avaus- ja klikkaustietoja voidaan käyttää {uutiskirjeen sisällön kehittämiseen|viestinnän kehittämiseen}."},
			items: []string{"sähköpostiosoite", "nimi (vapaaehtoinen)", "tilauksen ajankohta", "kiinnostuksen kohteet", "uutiskirjeiden avaus- ja klikkaustiedot"}},
	},
	purposeListIntro: []string{"Henkilötietoja käsitellään {erityisesti|esimerkiksi} seuraaviin tarkoituksiin:", "Käsittelyn tarkoituksia ovat:", "Käytämme tietoja {muun muassa|esimerkiksi}:"},
	purposeItems: []string{"asiakassuhteen hoitaminen ja ylläpito", "tilausten ja toimitusten käsittely", "laskutus ja perintä",
		"asiakaspalvelu ja yhteydenpito", "markkinointi ja viestintä", "palveluiden kehittäminen", "tilastointi ja analysointi",
		"lakisääteisten velvoitteiden täyttäminen", "väärinkäytösten ehkäiseminen", "asiakastyytyväisyyden mittaaminen",
		"kilpailujen ja arvontojen järjestäminen", "sopimusten hallinta", "tapahtumien järjestäminen"},
	dataIntro: []string{"Rekisteriin tallennetaan {seuraavia|rekisteröidyistä seuraavia} tietoja:", "Rekisteri voi sisältää seuraavia henkilötietoja:",
		"Käsittelemme {rekisteröidyistä|asiakkaistamme} {seuraavia|esimerkiksi seuraavia} tietoja:", "Rekisterin tietosisältö:",
		"Rekisteriin kerätään vain {tarpeellisia|käyttötarkoituksen kannalta tarpeellisia} tietoja, kuten:"},
	dataItems: []string{"etu- ja sukunimi", "syntymäaika", "osoite", "postiosoite", "puhelinnumero", "sähköpostiosoite",
		"asema ja tehtävänimike", "asiakasnumero", "tilaus- ja ostohistoria", "laskutus- ja maksutiedot", "toimitusosoite",
		"asiakaspalautteet ja reklamaatiot", "markkinointiluvat ja -kiellot", "asiointikieli", "yhteydenottojen sisältö",
		"verkkosivuston käyttötiedot ja IP-osoite", "evästetiedot", "käyttäjätunnus ja salattu salasana",
		"suostumukset ja niiden ajankohta", "asiakassegmentti", "yrityksen nimi", "Y-tunnus", "laitetiedot ja selaintyyppi"},
	groups: []string{"Asiakkaat", "Potentiaaliset asiakkaat", "Yhteistyökumppaneiden yhteyshenkilöt", "Verkkosivuston käyttäjät",
		"Uutiskirjeen tilaajat", "Yritysasiakkaiden yhteyshenkilöt", "Tapahtumiin osallistujat"},
	recipientsIntro: []string{"Käytämme {esimerkiksi|mm.} seuraavia henkilötietojen käsittelijöitä:", "Tietoja voidaan luovuttaa seuraaville vastaanottajaryhmille:", "Vastaanottajat:"},
	recipients: []string{"tilitoimisto", "IT-tukipalveluiden tarjoaja", "asiakkuudenhallintajärjestelmän toimittaja", "sähköpostipalvelun tarjoaja",
		"kuljetus- ja logistiikkayhtiöt", "maksunvälittäjä", "perintätoimisto", "markkinointitoimisto", "verkkosivujen ylläpitäjä",
		"palkanlaskennan palveluntarjoaja", "ajanvarausjärjestelmän toimittaja"},
	secManualLabel:  []string{"A) Manuaalinen aineisto", "A. Manuaalinen aineisto", "Manuaalinen aineisto:"},
	secDigitalLabel: []string{"B) Sähköisesti tallennetut tiedot", "B. Sähköisesti käsiteltävät tiedot", "Sähköisesti käsiteltävät tiedot:"},
	secManual: []string{
		"Manuaalinen aineisto säilytetään {lukitussa tilassa|lukituissa kaapeissa}, johon on pääsy vain {niillä henkilöillä, joilla on siihen työtehtäviensä vuoksi oikeus|nimetyillä työntekijöillä}.",
		"Manuaalista aineistoa ei {synny|pääsääntöisesti ole}{, tai se hävitetään asianmukaisesti|}.",
	},
	secDigital: []string{
		"Sähköisesti käsiteltävät tiedot on suojattu {palomuurein, salasanoin ja muilla teknisillä keinoilla|käyttäjätunnuksin ja salasanoin}{. Järjestelmiin pääsevät vain ne työntekijät, jotka tarvitsevat tietoja työssään|}.",
		"Rekisterin käyttöoikeus on vain {nimetyillä|niillä} henkilöillä, jotka tarvitsevat tietoja työtehtävissään. {Jokaisella käyttäjällä on henkilökohtainen käyttäjätunnus ja salasana|Käyttöoikeudet tarkistetaan säännöllisesti}.",
		"Tiedot sijaitsevat {palveluntarjoajan|järjestelmätoimittajan} {ylläpitämillä palvelimilla|konesalissa}, {jotka on suojattu asianmukaisesti|joiden fyysinen ja tekninen suojaus on asianmukaisesti järjestetty}.",
		"Tietoliikenne on salattu {SSL|TLS}-{suojauksella|salauksella}{ ja tiedot varmuuskopioidaan säännöllisesti|}.",
		"Henkilökunta on {sitoutunut vaitiolovelvollisuuteen|vaitiolovelvollinen} ja {koulutettu tietosuojaan liittyvissä asioissa|perehdytetty tietosuoja- ja tietoturvakäytäntöihin}.",
		"Mikäli tapahtuu tietoturvaloukkaus, {joka todennäköisesti aiheuttaa riskin|josta aiheutuu riski} rekisteröidyn oikeuksille, ilmoitamme siitä {valvontaviranomaiselle|tietosuojavaltuutetulle} {72 tunnin kuluessa|ilman aiheetonta viivytystä} ja tarvittaessa {rekisteröidyille|asianosaisille}.",
		"Henkilötietoja käsitellään {luottamuksellisesti|huolellisesti} ja {niiden käsittelyssä noudatetaan hyvää tietojenkäsittelytapaa|niitä suojataan asianmukaisin teknisin ja organisatorisin toimenpitein}.",
	},
	rightsIntro: []string{"Rekisteröidyllä on {tietosuoja-asetuksen mukaisesti|EU:n tietosuoja-asetuksen nojalla} seuraavat oikeudet:",
		"Rekisteröidyn oikeuksia ovat:", "Sinulla on seuraavat oikeudet:"},
	rightsShortIntro: []string{"Rekisteröidyllä on oikeus:", "Rekisteröidyllä on {tietosuoja-asetuksen mukaisesti|muun muassa} oikeus:"},
	rights: []right{
		{label: "Tarkastusoikeus", text: "Rekisteröidyllä on oikeus tarkastaa, mitä häntä koskevia tietoja rekisteriin on tallennettu.", short: "tarkastaa omat tietonsa"},
		{label: "Oikeus tietojen oikaisemiseen", text: "Rekisteröidyllä on oikeus vaatia virheellisen tai puutteellisen tiedon {oikaisemista|korjaamista}.", short: "vaatia tietojen oikaisemista"},
		{label: "Oikeus tietojen poistamiseen", text: "Rekisteröidyllä on oikeus pyytää tietojensa poistamista{, mikäli tietoja ei enää tarvita niiden käyttötarkoitukseen|}.", short: "pyytää tietojen poistamista"},
		{label: "Oikeus käsittelyn rajoittamiseen", text: "Rekisteröidyllä on oikeus {tietyissä tilanteissa|laissa säädetyissä tilanteissa} pyytää käsittelyn rajoittamista.", short: "pyytää käsittelyn rajoittamista"},
		{label: "Vastustamisoikeus", text: "Rekisteröidyllä on oikeus vastustaa henkilötietojensa käsittelyä, joka perustuu oikeutettuun etuun.", short: "vastustaa tietojen käsittelyä"},
		{label: "Oikeus siirtää tiedot järjestelmästä toiseen", text: "Rekisteröidyllä on oikeus saada itse toimittamansa tiedot {jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa muodossa|koneluettavassa muodossa} ja siirtää ne toiselle rekisterinpitäjälle.", short: "siirtää tiedot järjestelmästä toiseen"},
		{label: "Oikeus peruuttaa suostumus", text: "Jos käsittely perustuu suostumukseen, rekisteröidyllä on oikeus peruuttaa suostumuksensa milloin tahansa.", short: "peruuttaa suostumuksensa"},
		{label: "Suoramarkkinointikielto", text: "Rekisteröidyllä on oikeus kieltää tietojensa käyttö suoramarkkinointiin.", short: "kieltää suoramarkkinointi"},
		{label: "Oikeus tehdä valitus", text: "Rekisteröidyllä on oikeus tehdä valitus valvontaviranomaiselle{, Suomessa tietosuojavaltuutetun toimistolle|}.", short: "tehdä valitus valvontaviranomaiselle", complaint: true},
	},
	cookieListIntro: []string{"Sivustolla käytetään {mm.|esimerkiksi} seuraavia evästeitä:", "Käyttämämme evästeet:"},
	cookieItems: []string{"session_id – istuntoeväste, poistuu selaimen sulkeutuessa", "cart – tallentaa ostoskorin sisällön, 30 päivää",
		"cookie_consent – tallentaa evästesuostumuksen, 12 kuukautta", "_stat_id – kävijätilastointi, 2 vuotta",
		"_stat_session – kävijätilastointi, 30 minuuttia", "lang – kielivalinta, 1 vuosi", "csrf_token – tietoturva, istunnon ajan",
		"_mk_pixel – markkinoinnin kohdentaminen, 90 päivää"},
	recruitRetention: "Työnhakijoiden tiedot {poistetaan|hävitetään} {kuuden|12} kuukauden kuluttua hakuajan päättymisestä{, ellei hakija ole antanut suostumusta pidempään säilyttämiseen|}.",
	labels:           fieldLabels{name: "Nimi", address: "Osoite", bid: "Y-tunnus", phone: "Puhelin", email: "Sähköposti", web: "Verkkosivut"},
	ph: placeholders{
		other: []string{"(Muuta?)", "(Muuta?)", "(muuta?)", "Muuta?"},
		email: []string{"(s-postiosoite)", "(s-postiosoite)", "(sähköpostiosoite)"},
	},
	datePrefixes: []string{"Päivitetty", "Päivitetty", "Viimeksi päivitetty", "Laadittu", "Laatimispäivä:", "Päivitetty:", "Päiväys:"},
	web: webText{
		skip:    []string{"Siirry sisältöön", "Hyppää sisältöön"},
		langs:   []string{"FI | SV | EN", "Suomeksi", "FI SV EN"},
		account: []string{"Kirjaudu sisään", "Oma tili", "Haku", "Hae sivustolta", "Valikko", "Asiakaspalvelu 040 000 0000"},
		cart:    []string{"0 Tilauskori", "0 Tilauskori", "Tilauskori (0)", "Ostoskori 0,00 €", "0 tuotetta – 0,00 €"},
		nav:     []string{"Etusivu", "Tuotteet", "Palvelut", "Ajankohtaista", "Meistä", "Yhteystiedot", "Verkkokauppa", "Referenssit", "Ura meillä", "Asiakaspalvelu", "Tarjoukset", "Blogi"},
		cookie: [][]string{
			{"Tämä sivusto käyttää evästeitä", "Käytämme evästeitä parantaaksemme käyttökokemusta, analysoidaksemme sivuston liikennettä ja kohdentaaksemme mainontaa. Voit hyväksyä kaikki evästeet tai valita, mitä evästeitä sallit.", "Hyväksy kaikki", "Vain välttämättömät", "Evästeasetukset"},
			{"Käytämme evästeitä", "Sivustomme käyttää evästeitä. Jatkamalla selaamista hyväksyt evästeiden käytön.", "Hyväksy", "Lue lisää"},
			{"Evästeasetukset", "Välttämättömät", "Tilastointi", "Markkinointi", "Tallenna valinnat", "Hylkää"},
		},
		crumbs:      []string{"Etusivu > Tietosuojaseloste", "Etusivu / Tietosuojaseloste", "Olet tässä: Etusivu » Tietosuoja"},
		share:       []string{"Jaa: Facebook Twitter LinkedIn", "Jaa sivu"},
		staffHead:   []string{"Yhteystiedot", "Ota yhteyttä", "Henkilöstö", "Asiantuntijamme"},
		titles:      []string{"toimitusjohtaja", "myyntipäällikkö", "asiakaspalvelu", "talouspäällikkö", "projektipäällikkö", "huoltopäällikkö", "markkinointikoordinaattori"},
		hours:       [][]string{{"Aukioloajat", "ma–pe 8–16", "la suljettu"}, {"Palvelemme", "arkisin klo 9–17"}},
		newsletter:  []string{"Tilaa uutiskirjeemme", "Sähköpostiosoite", "Tilaa"},
		follow:      "Seuraa meitä",
		rights:      "Kaikki oikeudet pidätetään.",
		footerLinks: []string{"Tietosuojaseloste | Evästeasetukset | Toimitusehdot", "Toimitusehdot  Maksutavat  Palautukset", "Tietosuoja · Saavutettavuusseloste"},
	},
	nl: newsletterText{
		titles:        []string{"UUTISKIRJEREKISTERIN TIETOSUOJASELOSTE", "Tietosuojaseloste – uutiskirje", "Uutiskirjeen tietosuojaseloste", "Tietosuojaseloste: uutiskirjerekisteri"},
		controllerRef: []string{"Rekisterinpitäjä on sama kuin yllä.", "Ks. kohta 1.", "{co}, yhteystiedot kuten yllä."},
		legal:         []string{"Käsittely perustuu tilaajan suostumukseen, jonka hän voi peruuttaa milloin tahansa {uutiskirjeen lopussa olevasta linkistä|ilmoittamalla siitä meille}."},
		sources:       []string{"Tiedot saadaan tilaajalta itseltään {uutiskirjeen tilauslomakkeella|tilauksen yhteydessä}.", "Tiedot kerätään {verkkosivuston tilauslomakkeella|tapahtumien yhteydessä tilaajan luvalla}."},
		disclosure:    []string{"Uutiskirjeiden lähettämisessä käytetään {ulkopuolista uutiskirjepalvelua|sähköpostimarkkinointipalvelua}, joka toimii henkilötietojen käsittelijänä.", "Tietoja ei luovuteta ulkopuolisille."},
		retention:     []string{"Tiedot säilytetään, kunnes tilaaja peruuttaa tilauksen.", "Tiedot poistetaan {viipymättä|viimeistään kuukauden kuluessa} tilauksen peruuttamisesta."},
		rights:        []string{"Tilaajalla on samat oikeudet kuin yllä on kuvattu. Tilauksen voi perua milloin tahansa {uutiskirjeen linkistä|ilmoittamalla osoitteeseen {email}}."},
	},
	firstNames:   []string{"Matti", "Maija", "Teppo", "Essi", "Mikko", "Anna", "Juha", "Laura", "Sanna", "Pekka", "Kaisa", "Jussi", "Tiina", "Ville", "Heidi", "Antti", "Riikka", "Timo", "Elina", "Janne"},
	lastNames:    []string{"Meikäläinen", "Esimerkki", "Mallikas", "Testaaja", "Kokeilija", "Näytteinen", "Kuvitelma", "Harjoittelija"},
	streets:      []string{"Esimerkkikatu", "Mallitie", "Testikuja", "Kuvitelmantie", "Harjoituspolku", "Näytekatu", "Fiktiokuja", "Demotie", "Luonnoskatu"},
	places:       []string{"Esimerkkilä", "Kuvitelmala", "Testilä", "Mallikylä", "Näytelä"},
	cities:       []string{"Helsinki", "Espoo", "Tampere", "Vantaa", "Oulu", "Turku", "Jyväskylä", "Lahti", "Kuopio", "Pori", "Seinäjoki", "Joensuu", "Rovaniemi", "Vaasa"},
	prefixes:     []string{"Esimerkki", "Malli", "Kuvitelma", "Testi", "Fiktio", "Harjoitus", "Näyte", "Luonnos", "Kokeilu"},
	privacyLocal: []string{"tietosuoja", "tietosuoja", "info", "asiakaspalvelu", "gdpr", "rekisteri"},
	mailLocal:    []string{"info", "info", "asiakaspalvelu", "myynti", "toimisto"},
}

var swedish = language{
	code: LangSwedish,
	titles: []string{
		"DATASKYDDSBESKRIVNING", "Dataskyddsbeskrivning", "Dataskyddsbeskrivning", "REGISTER- OCH DATASKYDDSBESKRIVNING",
		"Register- och dataskyddsbeskrivning", "Dataskyddsbeskrivning – {register}", "DATASKYDDSBESKRIVNING – {REGISTER}",
		"{co}: dataskyddsbeskrivning", "Dataskyddsbeskrivning ({register})", "Integritetspolicy", "Registerbeskrivning",
	},
	subtitles: []string{
		"EU:s allmänna dataskyddsförordning (EU) 2016/679, artiklarna 13 och 14",
		"Upprättad i enlighet med EU:s allmänna dataskyddsförordning (GDPR)",
		"Information enligt artiklarna 13 och 14 i dataskyddsförordningen",
		"Dataskyddsförordningen (EU 2016/679) och dataskyddslagen (1050/2018)",
		"Detta är dataskyddsbeskrivningen för {coN} {register}.",
	},
	legacySubs: []string{
		"Personuppgiftslagen (523/1999) 10 och 24 § samt EU:s allmänna dataskyddsförordning (GDPR)",
		"Registerbeskrivning enligt 10 § i personuppgiftslagen (523/1999)",
		"Register- och dataskyddsbeskrivning enligt personuppgiftslagen 10 och 24 §",
		"Henkilötietolaki (523/1999) / personuppgiftslagen (523/1999) 10 §",
	},
	legacy: []string{
		"Den registrerade har enligt 26 § i personuppgiftslagen rätt att kontrollera vilka uppgifter om honom eller henne som har registrerats.",
		"Uppgifterna behandlas i enlighet med personuppgiftslagen (523/1999) och övrig tillämplig lagstiftning.",
		"Den registrerade har rätt att kräva rättelse av felaktiga uppgifter enligt 29 § i personuppgiftslagen.",
		"Uppgifter lämnas inte ut till utomstående, om inte personuppgiftslagen eller annan lagstiftning förutsätter det.",
		"Begäran om granskning ska göras skriftligen i enlighet med 28 § i personuppgiftslagen.",
		"Registret har inrättats på det sätt som personuppgiftslagen (523/1999) förutsätter.",
		"Vid behandlingen iakttas personuppgiftslagen och EU:s dataskyddsförordning.",
		"Den registrerade har rätt att förbjuda behandling för direktmarknadsföring enligt 30 § i personuppgiftslagen (henkilötietolain 30 §).",
	},
	intro: []string{
		"I denna dataskyddsbeskrivning berättar vi hur {co} behandlar personuppgifter{ och vilka rättigheter de registrerade har|}.",
		"{Ditt integritetsskydd är viktigt för oss|Vi tar dataskyddet på allvar}. Vi behandlar personuppgifter {i enlighet med EU:s allmänna dataskyddsförordning (EU 2016/679) och dataskyddslagen (1050/2018)|i enlighet med gällande dataskyddslagstiftning}.",
		"Beskrivningen gäller {{coN} kunder, samarbetspartner och användare av webbplatsen|de registrerade i {coN} {register}}.",
	},
	headings: [numSecs][]string{
		secController: {"Personuppgiftsansvarig", "Registeransvarig", "Personuppgiftsansvarig och kontaktuppgifter", "Vem är personuppgiftsansvarig?"},
		secContact:    {"Kontaktperson i ärenden som gäller registret", "Kontaktperson", "Kontaktuppgifter i dataskyddsfrågor", "Vem kan jag kontakta?"},
		secDPO:        {"Dataskyddsombud", "Dataskyddsombudets kontaktuppgifter"},
		secRegister:   {"Registrets namn", "Register", "Registrets namn"},
		secPurpose:    {"Ändamålet med behandlingen av personuppgifter", "Ändamål och rättslig grund för behandlingen", "Ändamål med behandlingen", "Varför behandlar vi personuppgifter?"},
		secLegal:      {"Rättslig grund för behandlingen", "Grund för behandlingen", "På vilken grund behandlar vi uppgifterna?"},
		secData:       {"Registrets datainnehåll", "Personuppgifter som behandlas", "Uppgifter som registreras", "Vilka uppgifter samlar vi in?"},
		secSources:    {"Regelmässiga uppgiftskällor", "Uppgiftskällor", "Varifrån får vi uppgifterna?"},
		secDisclosure: {"Regelmässigt utlämnande av uppgifter", "Mottagare av personuppgifter", "Utlämnande av uppgifter", "Till vem lämnas uppgifter ut?"},
		secTransfer:   {"Överföring av uppgifter utanför EU eller EES", "Överföring av uppgifter till tredjeländer", "Överförs uppgifter utanför EU?"},
		secSecurity:   {"Principer för skydd av registret", "Skydd av personuppgifter", "Datasäkerhet", "Hur skyddas dina uppgifter?"},
		secRetention:  {"Lagringstid för personuppgifter", "Lagringstid", "Hur länge sparas uppgifterna?"},
		secRights:     {"Den registrerades rättigheter", "Den registrerades rättigheter och hur de utövas", "Dina rättigheter", "Vilka rättigheter har du?"},
		secComplaint:  {"Rätt att lämna klagomål till en tillsynsmyndighet", "Rätt att anföra klagomål", "Klagomål till tillsynsmyndigheten"},
		secAutomated:  {"Automatiserat beslutsfattande och profilering", "Profilering"},
		secCookies:    {"Kakor", "Användning av kakor", "Kakor (cookies)", "Använder vi kakor?"},
		secChanges:    {"Ändringar i dataskyddsbeskrivningen", "Uppdatering av beskrivningen", "Ändringar"},
	},
	controllerParas: []string{
		"{co} (nedan ”{den personuppgiftsansvarige|bolaget|vi}”)",
		"{co} ansvarar för den behandling av personuppgifter som beskrivs i denna beskrivning.",
		"Personuppgiftsansvarig är {co}.",
	},
	registerAlt: []string{"{coN} {register}", "{Register} ({co})", "{Register} / {co}"},
	paras: [numSecs][]string{
		secContact: {
			"I ärenden som gäller registret {kan du kontakta oss|ber vi dig kontakta oss} {per e-post |}på adressen {email}.",
			"Alla frågor som gäller behandlingen av personuppgifter ska riktas till {den kontaktperson som anges nedan|kontaktpersonen för registret}.",
		},
		secDPO: {
			"{co} har inte utsett något dataskyddsombud eftersom {behandlingens art och omfattning inte förutsätter det|det inte finns någon lagstadgad skyldighet att göra det}.",
			"Dataskyddsombudet nås per e-post på adressen {email}.",
		},
		secRegister: {
			"{Register} innehåller uppgifter om {{coN} kunder och samarbetspartner|{coN} kunder|de registrerade}{ i elektronisk form|}.",
		},
		secPurpose: {
			"{Den personuppgiftsansvarige|{co}|Bolaget} behandlar personuppgifter endast för det ändamål för vilket de har samlats in. Uppgifterna används inte {för ändamål som är oförenliga med det ursprungliga ändamålet|för andra ändamål utan den registrerades samtycke}.",
			"Personuppgifterna används {också|dessutom} för {kundkommunikation|kommunikation med kunderna}, {marknadsföring|direktmarknadsföring} samt {utveckling av tjänsterna|utveckling av verksamheten och statistikföring}.",
			"Den registrerade kan när som helst förbjuda att uppgifterna används för direktmarknadsföring {genom att meddela detta per e-post till {email}|genom att meddela den personuppgiftsansvarige|via länken i meddelandet}.",
			"Uppgifterna behandlas för att {uppfylla lagstadgade skyldigheter|uppfylla lagstadgade skyldigheter som gäller bokföring och beskattning}{ samt för att fastställa, göra gällande eller försvara rättsliga anspråk|}.",
			"Uppgifter om användningen av webbplatsen används för att {säkerställa att webbplatsen fungerar|säkerställa webbplatsens tekniska funktion} och för {besöksstatistik|analys av användningen}. Uppgifterna {används inte för att identifiera enskilda användare|kopplas inte till en enskild person}.",
			"Vi säljer inte personuppgifter till {tredje parter|utomstående} och {lämnar inte ut dem för marknadsföringsändamål|använder dem inte för andra ändamål än de som beskrivs här}.",
			"Personuppgifterna kan också användas för {kundnöjdhetsundersökningar|insamling och behandling av kundrespons} samt för {kvalitetssäkring av tjänsterna|uppföljning av tjänsternas kvalitet}.",
			"Uppgifterna används även för att {förebygga och utreda missbruk|säkerställa datasäkerheten och förhindra missbruk}.",
		},
		secLegal: {
			"Behandlingen av personuppgifter grundar sig på artikel 6.1 {b i EU:s allmänna dataskyddsförordning, det vill säga fullgörande av avtal|f i dataskyddsförordningen, det vill säga den personuppgiftsansvariges berättigade intresse|c i dataskyddsförordningen, det vill säga en rättslig förpliktelse}.",
			"Det berättigade intresset grundar sig på {kundförhållandet mellan den personuppgiftsansvarige och den registrerade|ett relevant samband, till exempel ett kundförhållande eller en tidigare kontakt}.",
			"Elektronisk direktmarknadsföring grundar sig på {den registrerades samtycke|samtycke}{, som kan återkallas när som helst|}. Återkallandet av samtycket påverkar inte lagligheten av behandlingen före återkallandet.",
			"Rättsliga grunder för behandlingen är {avtal, berättigat intresse och samtycke|samtycke och fullgörande av avtal|rättslig förpliktelse och berättigat intresse}.",
			"Att lämna personuppgifter är {en förutsättning för att ingå avtal|en förutsättning för att vi ska kunna leverera tjänsten}. Om uppgifterna inte lämnas kan vi inte {leverera beställningen|erbjuda tjänsten|sköta kundförhållandet}.",
		},
		secData: {
			"Uppgifter samlas inte in {i större omfattning än vad som är nödvändigt för ändamålet|i onödan}.",
			"Vi behandlar inte {särskilda kategorier av personuppgifter|känsliga uppgifter} utan {den registrerades uttryckliga samtycke|stöd i lag}.",
			"Personbeteckningen behandlas endast när {det finns en i lag angiven grund för det|det är nödvändigt för att entydigt identifiera den registrerade}.",
			"När det gäller företagskunder behandlar vi {kontaktpersonernas namn och arbetsrelaterade kontaktuppgifter|endast kontaktpersonernas arbetsrelaterade uppgifter}.",
		},
		secSources: {
			"Uppgifterna fås {av den registrerade själv|i regel av den registrerade själv} {när kundförhållandet inleds|i samband med kontakter, beställningar och avtal|via formulär på webbplatsen och per e-post}.",
			"Uppgifter kan också samlas in och uppdateras från {offentliga register|adressuppdateringstjänster|befolkningsdatasystemet}.",
			"Uppgifter om användningen av webbplatsen samlas in {med hjälp av kakor och liknande tekniker|med hjälp av kakor}.",
			"Den registrerade ansvarar själv för att de uppgifter han eller hon lämnat är korrekta och {är skyldig att meddela|ombeds meddela} ändringar.",
			"Uppgifter kan också fås från {samarbetspartner|våra partner}, till exempel i samband med {gemensamma kampanjer|evenemang}, {med den registrerades samtycke|om den registrerade har gett sitt tillstånd}.",
		},
		secDisclosure: {
			"Uppgifter lämnas {inte regelmässigt|i regel inte} ut till {utomstående|parter utanför den personuppgiftsansvarige}{, om inte lagstiftningen kräver det|}.",
			"Uppgifter kan lämnas ut till {myndigheter|behöriga myndigheter} {när lagstiftningen kräver det|inom de gränser som gällande lagstiftning tillåter och förutsätter}.",
			"Vi anlitar {underleverantörer|tjänsteleverantörer} som behandlar uppgifter {för vår räkning|på våra vägnar} och {enligt våra instruktioner|på grundval av ett skriftligt avtal}. Sådana är till exempel {en bokföringsbyrå|en redovisningstjänst}, {en IT-tjänsteleverantör|en systemleverantör} och {en betalningsförmedlare|ett transportföretag}.",
			"Med personuppgiftsbiträdena har {avtal enligt artikel 28 i dataskyddsförordningen ingåtts|ändamålsenliga avtal om behandling av personuppgifter ingåtts}.",
			"I samband med beställningar lämnas {namn, adress och telefonnummer|de uppgifter som behövs för leveransen} ut till {transportbolaget|logistikpartnern} för att beställningen ska kunna levereras.",
			"Om {verksamheten eller en del av den säljs|bolaget eller dess verksamhet övergår till en ny ägare}, kan uppgifterna lämnas ut till {köparen|den nya ägaren} som en del av affären.",
		},
		secTransfer: {
			"Uppgifter överförs inte utanför {EU eller Europeiska ekonomiska samarbetsområdet|EU eller EES}.",
			"Personuppgifter överförs {i regel|i princip} inte utanför EU eller EES. Om {våra tjänsteleverantörer behandlar uppgifter utanför EU eller EES|uppgifter överförs utanför EU eller EES}, används {Europeiska kommissionens standardavtalsklausuler|lämpliga skyddsåtgärder, såsom kommissionens standardklausuler}.",
			"En del av de {molntjänster|system} vi använder kan finnas i USA. Då grundar sig överföringen på {ramen för dataskydd mellan EU och USA|kommissionens standardavtalsklausuler}.",
			"Mer information om överföringar och skyddsåtgärder fås {av den personuppgiftsansvarige|genom att kontakta oss}.",
		},
		secRetention: {
			"Personuppgifter lagras {så länge som|endast så länge som} det är nödvändigt {för ändamålet med behandlingen|för de ändamål som beskrivs i denna beskrivning}.",
			"Kunduppgifter lagras under kundförhållandet och {{years} år|{months} månader} efter att det upphört{, om inte lagstiftningen kräver en längre lagringstid|}.",
			"Bokföringsmaterial lagras i enlighet med bokföringslagen i {sex|tio} år {från räkenskapsperiodens utgång|från utgången av det år under vilket räkenskapsperioden har upphört}.",
			"Uppgifter som gäller marknadsföring lagras {tills den registrerade återkallar sitt samtycke|tills den registrerade förbjuder direktmarknadsföring} eller {högst {years} år efter den senaste kontakten|tills kundförhållandet upphör}.",
			"Uppgifter som inte längre behövs {raderas|förstörs} {på ett datasäkert sätt|på ett ändamålsenligt sätt}.",
			"Behovet av att lagra uppgifterna bedöms {regelbundet|minst en gång per år}.",
		},
		secRights: {
			"Begäran ska {skickas|riktas} {skriftligen|per e-post} till {email}{ eller per post till den personuppgiftsansvariges adress|}. {Vi besvarar begäran inom en månad|Begäran besvaras utan onödigt dröjsmål, senast inom en månad}.",
			"Vi kan be den registrerade att {styrka sin identitet|precisera sin begäran och styrka sin identitet} innan begäran behandlas.",
			"Det är {avgiftsfritt|i regel avgiftsfritt} att utöva rättigheterna. Om en begäran är {uppenbart ogrundad eller orimlig|klart ogrundad eller överdriven} kan vi ta ut en rimlig avgift eller vägra att tillmötesgå begäran.",
		},
		secComplaint: {
			"Den registrerade har rätt att lämna in ett klagomål till tillsynsmyndigheten om han eller hon anser att behandlingen av personuppgifter strider mot {gällande dataskyddslagstiftning|EU:s allmänna dataskyddsförordning}. I Finland är tillsynsmyndigheten Dataombudsmannens byrå{ (www.tietosuoja.example)|}.",
			"Klagomålet kan {också |}lämnas in {i den medlemsstat där den registrerade har sin vistelseort eller arbetsplats|till tillsynsmyndigheten i det EU-land där den registrerade bor eller arbetar}.",
			"Vi hoppas att du först kontaktar {oss|den personuppgiftsansvarige} så att vi kan {utreda saken|lösa saken tillsammans}.",
		},
		secAutomated: {
			"Personuppgifter används inte för automatiserat beslutsfattande{ eller profilering|, som skulle ha rättsliga följder för den registrerade}.",
			"Vid {riktad marknadsföring|kundkommunikation} kan {kundsegmentering|segmentering baserad på köphistorik} användas, men den har inga rättsliga följder för den registrerade.",
		},
		secCookies: {
			"På vår webbplats används kakor. En kaka är en liten textfil som webbläsaren sparar {på användarens terminalutrustning|på din enhet}.",
			"Med hjälp av kakor {förbättrar vi webbplatsens användbarhet|utvecklar vi webbplatsen} och {samlar in statistik om besökarna|riktar marknadsföring}. Användaren kan {blockera kakor i webbläsarens inställningar|hantera sina inställningar via webbplatsens kakbanner}.",
			"Nödvändiga kakor behövs för att webbplatsen ska fungera och kräver inget samtycke. {Analys- och marknadsföringskakor|Övriga kakor} används endast med användarens samtycke.",
		},
		secChanges: {
			"{Vi förbehåller oss rätten|Den personuppgiftsansvarige förbehåller sig rätten} att {ändra|uppdatera} denna dataskyddsbeskrivning{ till exempel när lagstiftningen ändras|}. {Väsentliga ändringar meddelas på vår webbplats|Den aktuella versionen finns alltid på vår webbplats {web}}.",
			"Vi följer förändringar i lagstiftningen och {uppdaterar beskrivningen vid behov|uppdaterar denna beskrivning när det behövs}.",
		},
	},
	regs: [numRegs]regText{
		regCustomer: {name: "kundregister", form2: "kundregistret",
			purpose: []string{"Personuppgifterna behandlas för att {sköta kundförhållandet|sköta och utveckla kundförhållandet}, {leverera tjänster|leverera produkter och tjänster} samt för fakturering.",
				"Syftet med behandlingen är {att sköta och upprätthålla kundförhållandet|att producera tjänster och sköta kundförhållandet}{, att hantera och leverera beställningar| samt fakturering och indrivning|}."},
			items: []string{"namn", "företagets namn och FO-nummer", "kundnummer", "datum då kundförhållandet inleddes", "faktureringsuppgifter", "avtalsuppgifter"}},
		regMarketing: {name: "marknadsföringsregister", form2: "marknadsföringsregistret",
			purpose: []string{"Uppgifterna i registret används för {coN} {marknadsföring|direktmarknadsföring och kundkommunikation}, såsom utskick av nyhetsbrev, erbjudanden och inbjudningar till evenemang."},
			items:   []string{"namn", "marknadsföringstillstånd och förbud", "intressen", "kundsegment", "deltagande i evenemang"}},
		regShop: {name: "webbutikens kundregister", form2: "webbutikens kundregister",
			purpose: []string{"Personuppgifterna används för att {ta emot, hantera och leverera|hantera och leverera} beställningar i webbutiken, för hantering av betalningar samt för {returer och reklamationer|kundtjänst}."},
			items:   []string{"namn", "leveransadress", "beställningsuppgifter", "betalningssätt", "leveranssätt", "returer", "användarnamn"}},
		regRecruit: {name: "rekryteringsregister", form2: "rekryteringsregistret",
			purpose: []string{"Personuppgifterna behandlas för att {sköta rekryteringsprocessen|bedöma och välja sökande till lediga tjänster} samt för {kontakten med de sökande|kommunikation med de sökande}."},
			items:   []string{"namn", "ansökan och CV", "utbildning och arbetserfarenhet", "språkkunskaper", "löneanspråk", "referensers kontaktuppgifter", "anteckningar från intervjuer"}},
		regMembers: {name: "medlemsregister", form2: "medlemsregistret",
			purpose: []string{"Registret används för att {sköta medlemskapet|sköta medlemsärenden}, fakturera medlemsavgifter och {för medlemskommunikation|skicka medlemsbrev}."},
			items:   []string{"namn", "medlemsnummer", "datum då medlemskapet inleddes", "medlemskategori", "uppgifter om medlemsavgifter", "förtroendeuppdrag", "födelseår"}},
		regPatient: {name: "kund- och patientregister", form2: "kund- och patientregistret",
			purpose: []string{"Personuppgifterna behandlas för att planera, genomföra och följa upp {kundernas vård|vården och servicen} samt {för tidsbokning|för tidsbokning och fakturering}."},
			items:   []string{"namn", "personbeteckning", "anteckningar om vården", "uppgifter om tidsbokningar", "vårdhistorik", "FPA-ersättningar", "vårdnadshavarens kontaktuppgifter för minderåriga"}},
		regStakeholder: {name: "intressentregister", form2: "intressentregistret",
			purpose: []string{"Syftet med registret är att {upprätthålla uppgifter om kontaktpersoner hos samarbetspartner och intressenter|sköta och utveckla relationerna till intressenterna} samt {att hålla kontakt|kommunikation med intressenterna}."},
			items:   []string{"namn", "organisation", "befattning", "kontakthistorik", "deltagande i evenemang"}},
		regNewsletter: {name: "nyhetsbrevsregister", form2: "nyhetsbrevsregistret",
			purpose: []string{"Uppgifterna i nyhetsbrevsregistret används för att skicka {nyhetsbrevet|nyhetsbrev och erbjudanden} till prenumeranterna.",
				"Uppgifterna används endast för {att leverera nyhetsbrevet|utskick av nyhetsbrev} och {för att administrera prenumerationen|för hantering av prenumerationer}."},
			items: []string{"e-postadress", "namn (frivilligt)", "tidpunkt för prenumerationen", "intressen", "uppgifter om öppnade nyhetsbrev och klick"}},
	},
	purposeListIntro: []string{"Personuppgifter behandlas {särskilt|till exempel} för följande ändamål:", "Ändamål med behandlingen är:", "Vi använder uppgifterna {bland annat|exempelvis} för:"},
	purposeItems: []string{"skötsel och upprätthållande av kundförhållandet", "hantering av beställningar och leveranser", "fakturering och indrivning",
		"kundtjänst och kontakt", "marknadsföring och kommunikation", "utveckling av tjänsterna", "statistik och analys",
		"fullgörande av lagstadgade skyldigheter", "förebyggande av missbruk", "mätning av kundnöjdhet", "anordnande av tävlingar och utlottningar", "avtalshantering"},
	dataIntro: []string{"I registret lagras {följande|följande uppgifter om de registrerade}:", "Registret kan innehålla följande personuppgifter:",
		"Vi behandlar {följande|exempelvis följande} uppgifter om {de registrerade|våra kunder}:", "Registrets datainnehåll:",
		"I registret samlas endast {nödvändiga|för ändamålet nödvändiga} uppgifter in, såsom:"},
	dataItems: []string{"för- och efternamn", "födelsedatum", "adress", "postadress", "telefonnummer", "e-postadress",
		"ställning och titel", "kundnummer", "beställnings- och köphistorik", "fakturerings- och betalningsuppgifter", "leveransadress",
		"kundrespons och reklamationer", "marknadsföringstillstånd och förbud", "kontaktspråk", "innehållet i kontakter",
		"uppgifter om användningen av webbplatsen och IP-adress", "uppgifter från kakor", "användarnamn och krypterat lösenord",
		"samtycken och tidpunkten för dem", "kundsegment", "företagets namn", "FO-nummer"},
	groups:          []string{"Kunder", "Potentiella kunder", "Kontaktpersoner hos samarbetspartner", "Användare av webbplatsen", "Prenumeranter på nyhetsbrevet", "Deltagare i evenemang"},
	recipientsIntro: []string{"Vi anlitar {exempelvis|bland annat} följande personuppgiftsbiträden:", "Uppgifter kan lämnas ut till följande kategorier av mottagare:", "Mottagare:"},
	recipients: []string{"bokföringsbyrå", "leverantör av IT-stöd", "leverantör av kundhanteringssystem", "leverantör av e-posttjänst",
		"transport- och logistikföretag", "betalningsförmedlare", "inkassobyrå", "reklambyrå", "den som underhåller webbplatsen", "leverantör av löneräkningstjänster"},
	secManualLabel:  []string{"A) Manuellt material", "A. Manuellt material", "Manuellt material:"},
	secDigitalLabel: []string{"B) Elektroniskt lagrade uppgifter", "B. Uppgifter som behandlas elektroniskt", "Uppgifter som behandlas elektroniskt:"},
	secManual: []string{
		"Manuellt material förvaras {i ett låst utrymme|i låsta skåp} som endast {personer som har rätt till det på grund av sina arbetsuppgifter|utsedda anställda} har tillgång till.",
		"Manuellt material {uppstår inte|finns i regel inte}{, eller så förstörs det på ett ändamålsenligt sätt|}.",
	},
	secDigital: []string{
		"Uppgifter som behandlas elektroniskt är skyddade {med brandväggar, lösenord och andra tekniska medel|med användarnamn och lösenord}{. Endast de anställda som behöver uppgifterna i sitt arbete har tillgång till systemen|}.",
		"Endast {utsedda personer|de personer} som behöver uppgifterna i sina arbetsuppgifter har rätt att använda registret. {Varje användare har ett personligt användarnamn och lösenord|Användarrättigheterna granskas regelbundet}.",
		"Uppgifterna finns på servrar som {underhålls av tjänsteleverantören|finns i systemleverantörens datacenter} och {som är ändamålsenligt skyddade|vars fysiska och tekniska skydd är ändamålsenligt ordnat}.",
		"Datatrafiken är krypterad {med SSL|med TLS}{ och uppgifterna säkerhetskopieras regelbundet|}.",
		"Personalen är {bunden av tystnadsplikt|tystnadspliktig} och {utbildad i dataskyddsfrågor|insatt i rutinerna för dataskydd och datasäkerhet}.",
		"Om en personuppgiftsincident inträffar som {sannolikt medför en risk|medför en risk} för den registrerades rättigheter, anmäler vi den till {tillsynsmyndigheten|dataombudsmannen} {inom 72 timmar|utan onödigt dröjsmål} och vid behov till {de registrerade|de berörda}.",
	},
	rightsIntro:      []string{"Den registrerade har {enligt dataskyddsförordningen|enligt EU:s dataskyddsförordning} följande rättigheter:", "Du har följande rättigheter:"},
	rightsShortIntro: []string{"Den registrerade har rätt att:", "Den registrerade har {enligt dataskyddsförordningen|bland annat} rätt att:"},
	rights: []right{
		{label: "Rätt till insyn", text: "Den registrerade har rätt att få veta vilka uppgifter om honom eller henne som har registrerats.", short: "granska sina uppgifter"},
		{label: "Rätt till rättelse", text: "Den registrerade har rätt att kräva att felaktiga eller ofullständiga uppgifter {rättas|korrigeras}.", short: "kräva rättelse av uppgifter"},
		{label: "Rätt till radering", text: "Den registrerade har rätt att begära att uppgifterna raderas{, om de inte längre behövs för det ändamål för vilket de samlades in|}.", short: "begära radering av uppgifter"},
		{label: "Rätt till begränsning av behandling", text: "Den registrerade har rätt att {under vissa förutsättningar|i situationer som anges i lag} begära att behandlingen begränsas.", short: "begära begränsning av behandlingen"},
		{label: "Rätt att göra invändningar", text: "Den registrerade har rätt att invända mot behandling som grundar sig på berättigat intresse.", short: "invända mot behandlingen"},
		{label: "Rätt till dataportabilitet", text: "Den registrerade har rätt att få de uppgifter som han eller hon själv har lämnat i ett {strukturerat, allmänt använt och maskinläsbart format|maskinläsbart format} och överföra dem till en annan personuppgiftsansvarig.", short: "överföra uppgifterna från ett system till ett annat"},
		{label: "Rätt att återkalla samtycke", text: "Om behandlingen grundar sig på samtycke har den registrerade rätt att när som helst återkalla sitt samtycke.", short: "återkalla sitt samtycke"},
		{label: "Förbud mot direktmarknadsföring", text: "Den registrerade har rätt att förbjuda att uppgifterna används för direktmarknadsföring.", short: "förbjuda direktmarknadsföring"},
		{label: "Rätt att lämna klagomål", text: "Den registrerade har rätt att lämna klagomål till tillsynsmyndigheten{, i Finland Dataombudsmannens byrå|}.", short: "lämna klagomål till tillsynsmyndigheten", complaint: true},
	},
	cookieListIntro: []string{"På webbplatsen används {bland annat|exempelvis} följande kakor:", "Kakor som vi använder:"},
	cookieItems: []string{"session_id – sessionskaka, raderas när webbläsaren stängs", "cart – sparar innehållet i varukorgen, 30 dagar",
		"cookie_consent – sparar samtycket till kakor, 12 månader", "_stat_id – besöksstatistik, 2 år",
		"_stat_session – besöksstatistik, 30 minuter", "lang – språkval, 1 år", "csrf_token – datasäkerhet, under sessionen",
		"_mk_pixel – riktad marknadsföring, 90 dagar"},
	recruitRetention: "De sökandes uppgifter {raderas|förstörs} {sex|12} månader efter att ansökningstiden gått ut{, om inte den sökande har samtyckt till en längre lagringstid|}.",
	labels:           fieldLabels{name: "Namn", address: "Adress", bid: "FO-nummer", phone: "Telefon", email: "E-post", web: "Webbplats"},
	ph: placeholders{
		other: []string{"(Annat?)", "(Övrigt?)", "(Muuta?)"},
		email: []string{"(e-postadress)", "(e-post)", "(s-postiosoite)"},
	},
	datePrefixes: []string{"Uppdaterad", "Uppdaterad", "Senast uppdaterad", "Upprättad", "Datum för upprättande:", "Uppdaterad:", "Datum:"},
	web: webText{
		skip:    []string{"Hoppa till innehållet", "Gå till innehållet"},
		langs:   []string{"FI | SV | EN", "På svenska", "SV FI EN"},
		account: []string{"Logga in", "Mitt konto", "Sök", "Sök på webbplatsen", "Meny", "Kundtjänst 040 000 0000"},
		cart:    []string{"0 Varukorg", "Varukorg (0)", "Kundvagn 0,00 €", "0 produkter – 0,00 €"},
		nav:     []string{"Hem", "Produkter", "Tjänster", "Aktuellt", "Om oss", "Kontakt", "Webbutik", "Referenser", "Jobba hos oss", "Kundtjänst", "Erbjudanden", "Blogg"},
		cookie: [][]string{
			{"Den här webbplatsen använder kakor", "Vi använder kakor för att förbättra användarupplevelsen, analysera trafiken på webbplatsen och rikta reklam. Du kan godkänna alla kakor eller välja vilka kakor du tillåter.", "Godkänn alla", "Endast nödvändiga", "Inställningar för kakor"},
			{"Vi använder kakor", "Genom att fortsätta använda webbplatsen godkänner du användningen av kakor.", "OK", "Läs mer"},
		},
		crumbs:      []string{"Hem > Dataskyddsbeskrivning", "Hem / Dataskydd", "Du är här: Hem » Dataskyddsbeskrivning"},
		share:       []string{"Dela: Facebook LinkedIn", "Dela sidan"},
		staffHead:   []string{"Kontakta oss", "Personal", "Våra experter", "Kontaktuppgifter"},
		titles:      []string{"verkställande direktör", "försäljningschef", "kundtjänst", "ekonomichef", "projektledare", "servicechef", "marknadsföringskoordinator"},
		hours:       [][]string{{"Öppettider", "mån–fre 8–16", "lör stängt"}, {"Vi betjänar", "vardagar kl. 9–17"}},
		newsletter:  []string{"Prenumerera på vårt nyhetsbrev", "E-postadress", "Prenumerera"},
		follow:      "Följ oss",
		rights:      "Alla rättigheter förbehållna.",
		footerLinks: []string{"Dataskyddsbeskrivning | Inställningar för kakor | Leveransvillkor", "Leveransvillkor  Betalningssätt  Returer"},
	},
	nl: newsletterText{
		titles:        []string{"NYHETSBREVSREGISTRETS DATASKYDDSBESKRIVNING", "Dataskyddsbeskrivning – nyhetsbrev", "Nyhetsbrevets dataskyddsbeskrivning"},
		controllerRef: []string{"Personuppgiftsansvarig är densamma som ovan.", "Se punkt 1.", "{co}, kontaktuppgifter som ovan."},
		legal:         []string{"Behandlingen grundar sig på prenumerantens samtycke, som kan återkallas när som helst {via länken i slutet av nyhetsbrevet|genom att meddela oss}."},
		sources:       []string{"Uppgifterna fås av prenumeranten själv {via beställningsformuläret för nyhetsbrevet|i samband med beställningen}."},
		disclosure:    []string{"För utskick av nyhetsbrev används {en extern nyhetsbrevstjänst|en tjänst för e-postmarknadsföring}, som är personuppgiftsbiträde.", "Uppgifter lämnas inte ut till utomstående."},
		retention:     []string{"Uppgifterna lagras tills prenumeranten avslutar prenumerationen.", "Uppgifterna raderas {utan dröjsmål|senast inom en månad} efter att prenumerationen avslutats."},
		rights:        []string{"Prenumeranten har samma rättigheter som beskrivs ovan. Prenumerationen kan avslutas när som helst {via länken i nyhetsbrevet|genom att meddela {email}}."},
	},
	firstNames:   []string{"Anders", "Karin", "Johan", "Maria", "Mikael", "Sofia", "Henrik", "Emma", "Peter", "Linnea", "Fredrik", "Ida", "Stefan", "Annika"},
	lastNames:    []string{"Exempelsson", "Provström", "Testberg", "Modellin", "Fiktivholm", "Skisslund", "Påhittqvist"},
	streets:      []string{"Exempelgatan", "Modellvägen", "Provgränd", "Testgatan", "Fiktivvägen", "Skissgatan", "Påhittstigen"},
	places:       []string{"Exempelby", "Påhittvik", "Testnäs", "Modellstad", "Provholm"},
	cities:       []string{"Vasa", "Jakobstad", "Borgå", "Ekenäs", "Mariehamn", "Närpes", "Kristinestad", "Helsingfors", "Åbo", "Esbo", "Karleby", "Lovisa"},
	prefixes:     []string{"Exempel", "Modell", "Fiktiv", "Test", "Prov", "Demo", "Påhitt", "Skiss"},
	privacyLocal: []string{"dataskydd", "dataskydd", "info", "kundtjanst", "gdpr", "integritet"},
	mailLocal:    []string{"info", "info", "kundtjanst", "forsaljning", "kontor"},
}

var english = language{
	code: LangEnglish,
	titles: []string{
		"PRIVACY NOTICE", "Privacy Notice", "Privacy notice", "Privacy Policy", "DATA PROTECTION NOTICE",
		"Data Protection Notice", "Privacy notice – {register}", "{co}: privacy notice", "Privacy Statement", "Privacy notice ({register})",
	},
	subtitles: []string{
		"EU General Data Protection Regulation (EU) 2016/679, Articles 13 and 14",
		"Prepared in accordance with the EU General Data Protection Regulation (GDPR)",
		"Information pursuant to Articles 13 and 14 of the GDPR",
		"GDPR (EU 2016/679) and the Finnish Data Protection Act (1050/2018)",
		"This is the privacy notice for the {register} of {co}.",
	},
	legacySubs: []string{
		"Personal Data Act (523/1999), sections 10 and 24, and the EU General Data Protection Regulation (GDPR)",
		"Description of file pursuant to section 10 of the Personal Data Act (523/1999)",
		"Register and privacy statement under the Personal Data Act (523/1999)",
		"Finnish Personal Data Act (henkilötietolaki 523/1999), section 10",
	},
	legacy: []string{
		"Under section 26 of the Personal Data Act, the data subject has the right to check what data concerning them has been stored in the register.",
		"Personal data is processed in accordance with the Personal Data Act (523/1999) and other applicable legislation.",
		"The data subject has the right to demand the rectification of incorrect data under section 29 of the Personal Data Act.",
		"Data is not disclosed to third parties unless required by the Personal Data Act or other legislation.",
		"The register has been established as required by the Finnish Personal Data Act (henkilötietolaki, 523/1999).",
		"A request for access must be made in writing in accordance with section 28 of the Personal Data Act.",
		"The processing complies with the Personal Data Act (henkilötietolain mukaisesti) and the GDPR.",
	},
	intro: []string{
		"This privacy notice explains how {co} processes personal data{ and what rights data subjects have|}.",
		"{Protecting your privacy is important to us|We take data protection seriously}. We process personal data {in accordance with the EU General Data Protection Regulation (EU 2016/679) and the Finnish Data Protection Act (1050/2018)|in accordance with applicable data protection legislation}.",
		"This notice applies to {the customers, partners and website users of {co}|the data subjects in the {register} of {co}}.",
	},
	headings: [numSecs][]string{
		secController: {"Controller", "Data controller", "Controller and contact details", "Who is the controller?"},
		secContact:    {"Contact person for matters concerning the register", "Contact person", "Contact details for privacy matters", "Who can I contact?"},
		secDPO:        {"Data Protection Officer", "Contact details of the Data Protection Officer"},
		secRegister:   {"Name of the register", "Register", "Name of the register"},
		secPurpose:    {"Purpose of processing personal data", "Purpose and legal basis of processing", "Purposes of processing", "Why do we process personal data?"},
		secLegal:      {"Legal basis for processing", "Lawful basis of processing", "On what basis do we process your data?"},
		secData:       {"Content of the register", "Personal data processed", "Data stored in the register", "What data do we collect?"},
		secSources:    {"Regular sources of data", "Sources of personal data", "Where do we get the data?"},
		secDisclosure: {"Regular disclosures of data", "Recipients of personal data", "Disclosure of data", "Who do we share data with?"},
		secTransfer:   {"Transfer of data outside the EU or EEA", "Transfers to third countries", "Is data transferred outside the EU?"},
		secSecurity:   {"Principles of data security", "Protection of personal data", "Data security", "How is your data protected?"},
		secRetention:  {"Retention period", "Retention of personal data", "How long is data kept?"},
		secRights:     {"Rights of the data subject", "Data subject rights and how to exercise them", "Your rights", "What rights do you have?"},
		secComplaint:  {"Right to lodge a complaint with a supervisory authority", "Right to complain", "Complaints to the supervisory authority"},
		secAutomated:  {"Automated decision-making and profiling", "Profiling"},
		secCookies:    {"Cookies", "Use of cookies", "Cookies and web analytics", "Do we use cookies?"},
		secChanges:    {"Changes to this privacy notice", "Updates to this notice", "Changes"},
	},
	controllerParas: []string{
		"{co} (hereinafter “{the controller|the company|we}”)",
		"{co} is responsible for the processing of personal data described in this notice.",
		"The controller is {co}.",
	},
	registerAlt: []string{"{register} of {co}", "{Register} ({co})", "{Register} / {co}"},
	paras: [numSecs][]string{
		secContact: {
			"For matters concerning the register, {please contact|you can contact} us {by email |}at {email}.",
			"All questions concerning the processing of personal data should be addressed to {the contact person below|the contact person for the register}.",
		},
		secDPO: {
			"{co} has not appointed a Data Protection Officer, as {the nature and scope of the processing do not require one|there is no legal obligation to do so}.",
			"The Data Protection Officer can be reached by email at {email}.",
		},
		secRegister: {
			"The {register} contains data on {the customers and partners of {co}|the customers of {co}|the data subjects}{ in electronic form|}.",
		},
		secPurpose: {
			"{The controller|{co}|The company} processes personal data only for the purpose for which it was collected. The data is not used {for purposes incompatible with the original purpose|for other purposes without the consent of the data subject}.",
			"Personal data is {also|additionally} used for {customer communications|communicating with customers}, {marketing|direct marketing} and {developing our services|business development and statistics}.",
			"The data subject may at any time prohibit the use of their data for direct marketing {by notifying us by email at {email}|by notifying the controller|by using the unsubscribe link in the message}.",
			"Data is processed to {comply with legal obligations|comply with statutory obligations relating to accounting and taxation}{ and to establish, exercise or defend legal claims|}.",
			"Data relating to the use of the website is used to {ensure that the website works|ensure the technical functioning of the website} and for {visitor statistics|usage analysis}. The data is {not used to identify individual users|not linked to an individual person}.",
			"We do not sell personal data to {third parties|outside parties} and {do not disclose it for marketing purposes|do not use it for purposes other than those described in this notice}.",
			"Personal data may also be processed to {carry out customer satisfaction surveys|collect and handle customer feedback} and to {assure the quality of our services|monitor service quality}.",
			"The data is also used to {prevent and investigate misuse|ensure information security and prevent misuse}.",
		},
		secLegal: {
			"The processing of personal data is based on Article 6(1)({b) of the GDPR, i.e. the performance of a contract|f) of the GDPR, i.e. the legitimate interest of the controller|c) of the GDPR, i.e. compliance with a legal obligation}.",
			"The legitimate interest is based on {the customer relationship between the controller and the data subject|a relevant connection, such as a customer relationship or a previous contact}.",
			"Electronic direct marketing is based on {the consent of the data subject|consent}{, which can be withdrawn at any time|}. Withdrawal of consent does not affect the lawfulness of processing before the withdrawal.",
			"The legal bases for processing are {contract, legitimate interest and consent|consent and the performance of a contract|legal obligation and legitimate interest}.",
			"Providing personal data is {a requirement for entering into a contract|necessary for us to deliver the service}. If the data is not provided, we cannot {deliver the order|provide the service|manage the customer relationship}.",
		},
		secData: {
			"We do not collect {more data than is necessary for the purpose|data unnecessarily}.",
			"We do not process {special categories of personal data|sensitive data} without {the explicit consent of the data subject|a legal basis}.",
			"The personal identity code is processed only when {there is a legal basis for it|it is necessary to reliably identify the data subject}.",
			"For corporate customers, we process {the names and work contact details of contact persons|only work-related data of contact persons}.",
		},
		secSources: {
			"Data is obtained {from the data subject|primarily from the data subject} {when the customer relationship begins|in connection with contacts, orders and contracts|via forms on the website and by email}.",
			"Data may also be collected and updated from {public registers|address update services|the Population Information System}.",
			"Data on the use of the website is collected {using cookies and similar technologies|using cookies}.",
			"The data subject is responsible for the accuracy of the data they provide and {is obliged to notify|is asked to notify} us of any changes.",
			"Data may also be obtained from {partners|our partners}, for example in connection with {joint campaigns|events}, {with the consent of the data subject|if the data subject has given permission}.",
		},
		secDisclosure: {
			"Data is {not regularly|generally not} disclosed to {third parties|parties outside the controller}{ unless required by law|}.",
			"Data may be disclosed to {authorities|competent authorities} {where required by law|within the limits permitted and required by applicable legislation}.",
			"We use {subcontractors|service providers} that process data {on our behalf|for us} and {according to our instructions|on the basis of a written agreement}. Such parties include, for example, {an accounting firm|a bookkeeping service}, {an IT service provider|a system supplier} and {a payment service provider|a delivery company}.",
			"{Agreements in accordance with Article 28 of the GDPR|Appropriate data processing agreements} have been concluded with the processors.",
			"In connection with orders, {the name, address and phone number|the data needed for delivery} are disclosed to {the carrier|our logistics partner} to deliver the order.",
			"If {the business or part of it is sold|the company or its business is transferred to a new owner}, the data may be disclosed to {the buyer|the new owner} as part of the transaction.",
		},
		secTransfer: {
			"Data is not transferred outside {the EU or the European Economic Area|the EU or EEA}.",
			"Personal data is {generally|as a rule} not transferred outside the EU or EEA. If {our service providers process data outside the EU or EEA|data is transferred outside the EU or EEA}, {the standard contractual clauses approved by the European Commission|appropriate safeguards such as the Commission's standard clauses} are used.",
			"Some of the {cloud services|systems} we use may be located in the United States. In that case, the transfer is based on {the EU-US Data Privacy Framework|the Commission's standard contractual clauses}.",
			"Further information on transfers and safeguards is available {from the controller|by contacting us}.",
		},
		secRetention: {
			"Personal data is retained {as long as|only as long as} it is necessary {for the purpose of processing|for the purposes described in this notice}.",
			"Customer data is retained for the duration of the customer relationship and {{years} years|{months} months} after it ends{, unless legislation requires a longer retention period|}.",
			"Accounting records are retained in accordance with the Accounting Act for {six|ten} years {from the end of the financial period|from the end of the year in which the financial period ended}.",
			"Marketing data is retained {until the data subject withdraws consent|until the data subject prohibits direct marketing} or {for a maximum of {years} years after the last contact|until the customer relationship ends}.",
			"Data that is no longer needed is {deleted|destroyed} {securely|appropriately}.",
			"The need to retain data is assessed {regularly|at least once a year}.",
		},
		secRights: {
			"Requests should be {sent|addressed} {in writing|by email} to {email}{ or by post to the controller's address|}. {We respond to requests within one month|Requests are answered without undue delay and at the latest within one month}.",
			"We may ask the data subject to {verify their identity|specify the request and verify their identity} before processing the request.",
			"Exercising these rights is {free of charge|generally free of charge}. If requests are {manifestly unfounded or excessive|clearly unfounded or excessive}, we may charge a reasonable fee or refuse to act on the request.",
		},
		secComplaint: {
			"The data subject has the right to lodge a complaint with a supervisory authority if they consider that the processing of their personal data infringes {applicable data protection legislation|the GDPR}. In Finland, the supervisory authority is the Office of the Data Protection Ombudsman{ (www.tietosuoja.example)|}.",
			"A complaint may {also |}be lodged {in the Member State of the data subject's habitual residence or place of work|with the supervisory authority of the EU country where the data subject lives or works}.",
			"We hope that you contact {us|the controller} first so that we can {look into the matter|resolve the matter together}.",
		},
		secAutomated: {
			"Personal data is not used for automated decision-making{ or profiling|, which would have legal effects on the data subject}.",
			"{Targeted marketing|Customer communications} may use {customer segmentation|segmentation based on purchase history}, but this has no legal effects on the data subject.",
		},
		secCookies: {
			"Our website uses cookies. A cookie is a small text file that the browser stores on {the user's device|your device}.",
			"Cookies help us {improve the usability of the website|develop the website} and {collect statistics on visitors|target marketing}. Users can {block cookies in their browser settings|manage their cookie settings via the cookie banner}.",
			"Necessary cookies are required for the website to function and do not require consent. {Analytics and marketing cookies|Other cookies} are used only with the user's consent.",
		},
		secChanges: {
			"{We reserve the right|The controller reserves the right} to {change|update} this privacy notice{, for example when legislation changes|}. {Significant changes will be announced on our website|The current version is always available on our website {web}}.",
			"We follow changes in legislation and {update this notice when necessary|update the notice as needed}.",
		},
	},
	regs: [numRegs]regText{
		regCustomer: {name: "customer register", form2: "customer register",
			purpose: []string{"Personal data is processed to {manage the customer relationship|manage and develop the customer relationship}, {deliver services|deliver products and services} and for invoicing.",
				"The purpose of processing is {to manage and maintain the customer relationship|to provide services and manage the customer relationship}{, to handle and deliver orders| and for invoicing and collection|}."},
			items: []string{"name", "company name and business ID", "customer number", "start date of the customer relationship", "invoicing details", "contract details"}},
		regMarketing: {name: "marketing register", form2: "marketing register",
			purpose: []string{"The data in the register is used for the {marketing|direct marketing and customer communications} of {co}, such as sending newsletters, offers and event invitations."},
			items:   []string{"name", "marketing permissions and prohibitions", "interests", "customer segment", "event participation"}},
		regShop: {name: "online shop customer register", form2: "online shop customer register",
			purpose: []string{"Personal data is used to {receive, process and deliver|process and deliver} online shop orders, to process payments and for {returns and complaints|customer service}."},
			items:   []string{"name", "delivery address", "order details", "payment method", "delivery method", "returns", "username"}},
		regRecruit: {name: "job applicant register", form2: "job applicant register",
			purpose: []string{"Personal data is processed to {manage the recruitment process|assess and select applicants for open positions} and to {communicate with applicants|keep in touch with applicants}."},
			items:   []string{"name", "application and CV", "education and work history", "language skills", "salary expectation", "contact details of referees", "interview notes"}},
		regMembers: {name: "membership register", form2: "membership register",
			purpose: []string{"The register is used to {manage memberships|handle membership matters}, invoice membership fees and {communicate with members|send member newsletters}."},
			items:   []string{"name", "membership number", "start date of membership", "membership category", "membership fee details", "positions of trust", "year of birth"}},
		regPatient: {name: "client and patient register", form2: "client and patient register",
			purpose: []string{"Personal data is processed to plan, provide and monitor {client care|care and services} and {to manage appointments|for appointments and invoicing}."},
			items:   []string{"name", "personal identity code", "treatment records", "appointment details", "treatment history", "Kela reimbursement details", "guardian contact details for minors"}},
		regStakeholder: {name: "stakeholder register", form2: "stakeholder register",
			purpose: []string{"The purpose of the register is to {maintain the data of contact persons at partners and stakeholders|manage and develop stakeholder relations} and {to keep in touch|to communicate with stakeholders}."},
			items:   []string{"name", "organisation", "job title", "contact history", "event participation"}},
		regNewsletter: {name: "newsletter register", form2: "newsletter register",
			purpose: []string{"The data in the newsletter register is used to send {the newsletter|newsletters and offers} to subscribers.",
				"The data is used only to {deliver the newsletter|send newsletters} and {to manage subscriptions|to administer the subscription}."},
			items: []string{"email address", "name (optional)", "time of subscription", "interests", "newsletter open and click data"}},
	},
	purposeListIntro: []string{"Personal data is processed {in particular|for example} for the following purposes:", "Purposes of processing include:", "We use the data {among other things|for example} for:"},
	purposeItems: []string{"managing and maintaining the customer relationship", "processing orders and deliveries", "invoicing and debt collection",
		"customer service and communication", "marketing and communications", "developing our services", "statistics and analysis",
		"complying with legal obligations", "preventing misuse", "measuring customer satisfaction", "organising competitions and prize draws", "contract management"},
	dataIntro: []string{"The register contains {the following|the following data on data subjects}:", "The register may contain the following personal data:",
		"We process {the following|for example the following} data about {data subjects|our customers}:", "Content of the register:",
		"Only {necessary|data necessary for the purpose} is collected, such as:"},
	dataItems: []string{"first and last name", "date of birth", "address", "postal address", "phone number", "email address",
		"position and job title", "customer number", "order and purchase history", "invoicing and payment details", "delivery address",
		"customer feedback and complaints", "marketing permissions and prohibitions", "language", "content of contacts",
		"website usage data and IP address", "cookie data", "username and encrypted password",
		"consents and their timestamps", "customer segment", "company name", "business ID"},
	groups:          []string{"Customers", "Prospective customers", "Contact persons of partners", "Website users", "Newsletter subscribers", "Event participants"},
	recipientsIntro: []string{"We use {for example|among others} the following processors:", "Data may be disclosed to the following categories of recipients:", "Recipients:"},
	recipients: []string{"accounting firm", "IT support provider", "CRM system provider", "email service provider",
		"transport and logistics companies", "payment service provider", "debt collection agency", "marketing agency", "website maintenance provider", "payroll service provider"},
	secManualLabel:  []string{"A) Manual data", "A. Manual material", "Manual material:"},
	secDigitalLabel: []string{"B) Electronically stored data", "B. Data processed electronically", "Electronic data:"},
	secManual: []string{
		"Manual material is kept {in a locked room|in locked cabinets} accessible only to {persons who need it for their work|designated employees}.",
		"No manual material is {created|generally kept}{, or it is destroyed appropriately|}.",
	},
	secDigital: []string{
		"Electronically processed data is protected {by firewalls, passwords and other technical means|by usernames and passwords}{. Only employees who need the data in their work have access to the systems|}.",
		"Only {designated persons|persons} who need the data in their duties have access to the register. {Each user has a personal username and password|Access rights are reviewed regularly}.",
		"The data is located on servers {maintained by the service provider|in the system supplier's data centre} that {are appropriately protected|have appropriate physical and technical protection}.",
		"Data traffic is encrypted {using SSL|using TLS}{ and the data is backed up regularly|}.",
		"Staff are {bound by confidentiality|subject to a duty of confidentiality} and {trained in data protection|familiar with data protection and security practices}.",
		"If a personal data breach occurs that {is likely to result in a risk|results in a risk} to the rights of data subjects, we will notify {the supervisory authority|the Data Protection Ombudsman} {within 72 hours|without undue delay} and, where necessary, {the data subjects|those concerned}.",
	},
	rightsIntro:      []string{"Under the {GDPR|EU General Data Protection Regulation}, the data subject has the following rights:", "You have the following rights:"},
	rightsShortIntro: []string{"The data subject has the right to:", "Under the GDPR, the data subject has the right to:"},
	rights: []right{
		{label: "Right of access", text: "The data subject has the right to know what personal data concerning them has been stored.", short: "access their data"},
		{label: "Right to rectification", text: "The data subject has the right to have inaccurate or incomplete data {corrected|rectified}.", short: "have their data rectified"},
		{label: "Right to erasure", text: "The data subject has the right to request the erasure of their data{, where it is no longer needed for the purposes for which it was collected|}.", short: "request erasure of their data"},
		{label: "Right to restriction of processing", text: "The data subject has the right to request restriction of processing {in certain situations|in situations laid down by law}.", short: "request restriction of processing"},
		{label: "Right to object", text: "The data subject has the right to object to processing based on legitimate interest.", short: "object to processing"},
		{label: "Right to data portability", text: "The data subject has the right to receive the data they have provided in a {structured, commonly used and machine-readable format|machine-readable format} and transmit it to another controller.", short: "transfer their data to another controller"},
		{label: "Right to withdraw consent", text: "Where processing is based on consent, the data subject has the right to withdraw consent at any time.", short: "withdraw consent"},
		{label: "Right to prohibit direct marketing", text: "The data subject has the right to prohibit the use of their data for direct marketing.", short: "prohibit direct marketing"},
		{label: "Right to lodge a complaint", text: "The data subject has the right to lodge a complaint with the supervisory authority{, in Finland the Office of the Data Protection Ombudsman|}.", short: "lodge a complaint with the supervisory authority", complaint: true},
	},
	cookieListIntro: []string{"The website uses {for example|among others} the following cookies:", "Cookies we use:"},
	cookieItems: []string{"session_id – session cookie, deleted when the browser is closed", "cart – stores the contents of the shopping cart, 30 days",
		"cookie_consent – stores cookie consent, 12 months", "_stat_id – visitor statistics, 2 years",
		"_stat_session – visitor statistics, 30 minutes", "lang – language selection, 1 year", "csrf_token – security, for the session",
		"_mk_pixel – marketing targeting, 90 days"},
	recruitRetention: "Applicant data is {deleted|destroyed} {six|12} months after the application period ends{, unless the applicant has consented to a longer retention period|}.",
	labels:           fieldLabels{name: "Name", address: "Address", bid: "Business ID", phone: "Phone", email: "Email", web: "Website"},
	ph: placeholders{
		other: []string{"(Other?)", "(Other?)", "(Muuta?)"},
		email: []string{"(email address)", "(e-mail)", "(s-postiosoite)"},
	},
	datePrefixes: []string{"Last updated", "Last updated:", "Updated", "Date of preparation:", "Effective date:", "Date:"},
	web: webText{
		skip:    []string{"Skip to content", "Skip to main content"},
		langs:   []string{"FI | SV | EN", "In English", "EN FI SV"},
		account: []string{"Log in", "My account", "Search", "Search the site", "Menu", "Customer service 040 000 0000"},
		cart:    []string{"0 Shopping cart", "Cart (0)", "Basket 0,00 €", "0 items – €0.00"},
		nav:     []string{"Home", "Products", "Services", "News", "About us", "Contact", "Shop", "References", "Careers", "Customer service", "Offers", "Blog"},
		cookie: [][]string{
			{"This website uses cookies", "We use cookies to improve your experience, analyse site traffic and personalise advertising. You can accept all cookies or choose which cookies to allow.", "Accept all", "Only necessary", "Cookie settings"},
			{"We use cookies", "By continuing to browse the site you accept the use of cookies.", "OK", "Read more"},
		},
		crumbs:      []string{"Home > Privacy notice", "Home / Privacy", "You are here: Home » Privacy policy"},
		share:       []string{"Share: Facebook LinkedIn", "Share this page"},
		staffHead:   []string{"Contact us", "Our team", "People", "Contact details"},
		titles:      []string{"Managing Director", "Sales Manager", "Customer Service", "CFO", "Project Manager", "Service Manager", "Marketing Coordinator"},
		hours:       [][]string{{"Opening hours", "Mon–Fri 8–16", "Sat closed"}, {"Customer service", "weekdays 9–17"}},
		newsletter:  []string{"Subscribe to our newsletter", "Email address", "Subscribe"},
		follow:      "Follow us",
		rights:      "All rights reserved.",
		footerLinks: []string{"Privacy notice | Cookie settings | Terms of delivery", "Terms of delivery  Payment methods  Returns"},
	},
	nl: newsletterText{
		titles:        []string{"PRIVACY NOTICE – NEWSLETTER REGISTER", "Privacy notice – newsletter", "Newsletter privacy notice"},
		controllerRef: []string{"The controller is the same as above.", "See section 1.", "{co}, contact details as above."},
		legal:         []string{"Processing is based on the subscriber's consent, which can be withdrawn at any time {via the link at the end of each newsletter|by notifying us}."},
		sources:       []string{"The data is obtained from the subscriber {via the newsletter subscription form|when subscribing}."},
		disclosure:    []string{"Newsletters are sent using {an external newsletter service|an email marketing service} acting as a processor.", "Data is not disclosed to third parties."},
		retention:     []string{"The data is retained until the subscriber unsubscribes.", "The data is deleted {without delay|within one month} after unsubscribing."},
		rights:        []string{"Subscribers have the same rights as described above. The subscription can be cancelled at any time {via the link in the newsletter|by contacting {email}}."},
	},
	firstNames:   []string{"Alex", "Jamie", "Sam", "Chris", "Taylor", "Jordan", "Morgan", "Robin", "Matti", "Anna", "Mikael", "Laura"},
	lastNames:    []string{"Example", "Sample", "Placeholder", "Doe", "Specimen", "Mockford", "Meikäläinen"},
	streets:      []string{"Esimerkkikatu", "Mallitie", "Testikuja", "Exempelgatan", "Demotie", "Sample Street"},
	places:       []string{"Example"},
	cities:       []string{"Helsinki", "Espoo", "Tampere", "Oulu", "Turku", "Vantaa"},
	prefixes:     []string{"Example", "Sample", "Fictional", "Demo", "Mock", "Placeholder", "Dummy", "Specimen", "Imaginary"},
	privacyLocal: []string{"privacy", "privacy", "info", "dataprotection", "gdpr"},
	mailLocal:    []string{"info", "info", "office", "sales", "contact"},
}
