package extract

import (
	"iter"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/noticelint/noticelint/internal/ahocorasick"
)

// LineKind is what an extractor already knows about a line. Plain text knows
// nothing (LineText) and the sectionizer classifies the line itself; HTML,
// say, knows its h1-h6 and table rows.
type LineKind int

// Line kinds.
const (
	LineText    LineKind = iota // classify from the text
	LineHeading                 // a heading of Level
	LineRow                     // a table row: Text is the label cell, Value the value cell
	LineBody                    // body text, never a heading
)

// Line is one line (or block) of a notice as an extractor hands it over.
type Line struct {
	Text  Text
	Kind  LineKind
	Level int  // for LineHeading
	Value Text // for LineRow
}

var (
	// "Y-tunnus:" with nothing after the colon.
	labelOnly = regexp.MustCompile(`^([\p{L}][\p{L}\p{N} ()/,.'’&-]{0,58}):$`)
	// "Sähköposti: info@yritys.example".
	labelValue = regexp.MustCompile(`^([\p{L}][\p{L}\p{N} ()/.'’-]{0,38}):[ \t\x{00a0}]+\S`)
)

// companyForms end a company's name, not a heading: "Esimerkki Oy", "Exempel
// Ab", "Example Ltd".
var companyForms = map[string]bool{
	"oy": true, "oyj": true, "ab": true, "abp": true, "ltd": true, "ky": true, "ry": true, "tmi": true,
	"inc": true, "gmbh": true, "llc": true, "plc": true, "as": true, "aps": true,
}

func isCompanyName(lower string) bool {
	for w := range letterWords(lower) {
		if companyForms[w] {
			return true
		}
	}
	return false
}

// letterWords yields the runs of letters in s.
func letterWords(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1
		for i, r := range s {
			letter := unicode.IsLetter(r)
			switch {
			case letter && start < 0:
				start = i
			case !letter && start >= 0:
				if !yield(s[start:i]) {
					return
				}
				start = -1
			}
		}
		if start >= 0 {
			yield(s[start:])
		}
	}
}

// headingWords are stems of the headings notices use, in Finnish, Swedish and
// English. A short line holding one is taken for a heading even when no blank
// line sets it apart.
var headingWords = newWordList([]string{
	// fi: stems, as the words inflect (tarkoitus, tarkoitukset; oikeus, oikeudet)
	"rekisterinpitä", "rekisterin pitä", "yhteyshenkil", "yhteystied", "rekisterin nimi",
	"tietosuojavastaa", "tarkoitu", "perust", "oikeusperust", "käsittelyperust", "oikeutetun edun",
	"tietosisäl", "käsiteltävä", "kerättävä", "tietoryhm", "tietolähte", "luovut", "vastaanotta",
	"siirt", "siirr", "ulkopuolelle", "suojau", "suojaam", "tietoturva", "säily", "tarkastusoikeu",
	"oikeu", "valitu", "valitta", "päätöksente", "profiloin", "evästee", "muutoks", "kielto",
	"korjaam", "poistam", "rajoittam", "vastustam", "yleistä", "tietosuojaseloste", "rekisteriseloste",
	// sv
	"personuppgiftsansvarig", "kontaktperson", "registrets namn", "ändamål", "rättslig", "berättigat intresse",
	"uppgiftskäll", "utlämn", "mottagar", "överför", "skydd", "lagring", "bevar", "rättighet",
	"rätt att", "rätt till", "klagomål", "dataskyddsombud", "dataskyddsbeskrivning", "registerbeskrivning",
	"kakor", "ändring", "uppdatering", "uppgifter som", "datainnehåll",
	// en
	"controller", "contact", "data protection officer", "purpose", "legal basis", "legitimate interest",
	"categories of", "sources", "recipient", "transfer", "retention", "storage", "security", "your rights",
	"rights", "right to", "right of", "complaint", "automated", "cookie", "changes", "update",
	"privacy notice", "privacy policy", "name of the register", "register name", "data we", "personal data we",
	"what data", "information we", "content of",
})

// headingLines are headings too short to tell by a stem: the whole line.
var headingLines = map[string]bool{
	"rekisteri": true, "yleistä": true, "evästeet": true,
	"register": true, "registret": true, "allmänt": true, "kakor": true,
	"general": true, "cookies": true,
}

// titleWords mark the title of a notice; a later title starts a second notice
// in the same document (a newsletter register after a customer register).
var titleWords = newWordList([]string{
	"tietosuojaseloste", "rekisteriseloste", "tietosuojailmoitus", "tietosuojakäytäntö", "tietosuojaselvitys",
	"dataskyddsbeskrivning", "registerbeskrivning", "dataskyddsmeddelande", "integritetspolicy",
	"privacy notice", "privacy policy", "privacy statement", "data protection notice",
})

// Sectionize groups lines into sections.
func Sectionize(lines []Line) []Section {
	z := sectionizer{lines: lines, template: isTemplate(lines)}
	return z.run()
}

type sectionizer struct {
	lines    []Line
	template bool // the 2018 template layout: "Heading<TAB>Body" rows

	out      []Section
	body     []Text // lines of the open section's body
	cur      *Section
	curLevel int          // level of the innermost heading, for labels under it
	lastNum  []int        // the last heading number, [2 1] for "2.1"
	titles   map[int]bool // isTitle's answers, asked twice for early lines
}

func (z *sectionizer) run() []Section {
	z.cur = &Section{Kind: KindPreamble}
	chrome := z.pageChrome()
	for i := range z.lines {
		l := z.lines[i]
		trimmed := l.Text.TrimSpace()
		if i < chrome {
			z.add(trimmed) // the page around the notice: header, menu, cookie banner
			continue
		}
		switch l.Kind {
		case LineHeading:
			z.open(z.markedHeading(trimmed, l.Level))
			continue
		case LineRow:
			num, _ := splitNumber(trimmed.S)
			z.open(Section{Kind: KindRow, Number: num, Heading: trimmed, Level: 1})
			z.add(l.Value.TrimSpace())
			continue
		case LineBody:
			z.add(trimmed)
			continue
		}
		if trimmed.Len() == 0 {
			z.add(trimmed)
			continue
		}
		if z.template && z.classifyRow(l, trimmed) {
			continue
		}
		s := trimmed.S
		switch {
		case StartsWithBullet(s):
			z.add(trimmed)
		case z.isTitle(i, s):
			z.open(Section{Kind: KindTitle, Heading: trimmed, Level: 0})
		case z.numbered(trimmed):
		case isLetteredHeading(s):
			z.openSub(Section{Kind: KindHeading, Heading: trimmed})
		case strings.HasSuffix(s, ":") && !moreWords(s, 4) && labelOnly.MatchString(s) && !startsLikeSentence(strings.ToLower(s)) && !z.continuesAbove(i, s):
			label := trimmed.Slice(0, len(trimmed.S)-1)
			if hasWordStart(strings.ToLower(label.S), headingWords) && (z.cur.Kind != KindHeading && z.cur.Kind != KindRow || !z.bodyEmpty()) {
				// "Rekisterinpitäjä:" or "Rekisterin tietosisältö:" is a
				// section, the labels below it its fields; right under a
				// heading it leads in to that heading's text.
				z.open(Section{Kind: KindHeading, Heading: label, Level: max(z.curLevel, 1)})
				break
			}
			z.openSub(Section{Kind: KindLabel, Heading: label})
		case hasLabelColon(s) && labelValue.MatchString(s):
			colon := strings.IndexByte(s, ':')
			z.openSub(Section{Kind: KindLabel, Heading: trimmed.Slice(0, colon)})
			z.add(trimmed.Slice(colon+1, len(s)).TrimSpace())
		case z.isHeading(i, s):
			z.open(Section{Kind: KindHeading, Heading: trimmed, Level: 1})
		default:
			z.add(trimmed)
		}
	}
	z.close()
	return z.out
}

// markedHeading is the section of a heading the format marks as one (an
// HTML <h2>, a Markdown "##", a Word heading style): a title when it names
// the kind of document, numbered when it starts with a number, a level
// deeper for each level of its numbering ("2.1").
func (z *sectionizer) markedHeading(t Text, level int) Section {
	if t.Len() > 0 && isTitleText(t.S) {
		return Section{Kind: KindTitle, Heading: t, Level: 0}
	}
	num, _ := splitNumber(t.S)
	if num != "" {
		level += strings.Count(strings.TrimRight(num, ".)"), ".")
	}
	return Section{Kind: KindHeading, Number: num, Heading: t, Level: max(level, 1)}
}

// pageChrome returns the number of lines before the notice's title when the
// text is a notice copied from a web page (a shop's header, its menu, a
// cookie banner, then "Tietosuojaseloste"): those lines are no headings.
// It is 0 when the title is the first text.
func (z *sectionizer) pageChrome() int {
	seen := 0
	for i := range z.lines {
		s := strings.TrimFunc(z.lines[i].Text.S, isSpace)
		if s == "" || z.lines[i].Kind != LineText {
			continue
		}
		if z.isTitle(i, s) {
			if seen < 3 {
				return 0
			}
			return i
		}
		seen++
		if seen > 60 {
			return 0
		}
	}
	return 0
}

// classifyRow handles a line of the template layout; it reports false for a
// line that is not part of the table.
func (z *sectionizer) classifyRow(l Line, trimmed Text) bool {
	s := l.Text.S
	if s[0] == '\t' || StartsWithBullet(s) {
		// A continuation of the row above, or a list item in it.
		if z.cur.Kind != KindRow {
			return false
		}
		z.add(trimmed)
		return true
	}
	tab := strings.IndexByte(s, '\t')
	label := s
	if tab >= 0 {
		label = s[:tab]
	}
	label = strings.TrimFunc(label, isSpace)
	if label == "" || moreWords(label, 10) || utf8.RuneCountInString(label) > 90 || strings.HasSuffix(label, ".") {
		return false
	}
	if tab < 0 && z.cur.Kind != KindRow {
		return false // a line before the table starts
	}
	lt := l.Text.Slice(0, max(tab, 0)).TrimSpace()
	if tab < 0 {
		lt = trimmed
	}
	num, _ := splitNumber(lt.S)
	z.open(Section{Kind: KindRow, Number: num, Heading: lt, Level: 1})
	if tab >= 0 {
		z.add(l.Text.Slice(tab+1, len(s)).TrimSpace())
	}
	return true
}

// numbered opens a section for a numbered heading line.
func (z *sectionizer) numbered(t Text) bool {
	if t.S[0] < '1' || t.S[0] > '9' {
		return false
	}
	num, rest := splitNumber(t.S)
	if num == "" || !looksLikeHeading(rest, 12, 100) {
		return false
	}
	parts := numberParts(num)
	// "1 Example Street" is an address: a number without a dot or bracket
	// counts only where it continues the numbering.
	if !strings.HasSuffix(num, ".") && !strings.HasSuffix(num, ")") && !continues(z.lastNum, parts) {
		return false
	}
	z.lastNum = parts
	heading := t
	if strings.HasSuffix(heading.S, ":") {
		heading = heading.Slice(0, len(heading.S)-1).TrimSpace()
	}
	level := 1 + strings.Count(strings.TrimRight(num, ".)"), ".")
	z.open(Section{Kind: KindHeading, Number: num, Heading: heading, Level: level})
	return true
}

func numberParts(num string) []int {
	var parts []int
	for _, p := range strings.Split(strings.TrimRight(num, ".)"), ".") {
		n, _ := strconv.Atoi(p)
		parts = append(parts, n)
	}
	return parts
}

// continues reports whether next is the number after last: the next at the
// same depth, the first under it, or the next of a level above.
func continues(last, next []int) bool {
	if len(last) == 0 {
		return len(next) == 1 && next[0] == 1
	}
	if len(next) == len(last)+1 {
		return slices.Equal(next[:len(last)], last) && next[len(last)] == 1
	}
	if len(next) > len(last) {
		return false
	}
	k := len(next) - 1
	if slices.Equal(next, last) {
		return true // the same heading again: duplicate-heading's business
	}
	return slices.Equal(next[:k], last[:k]) && next[k] == last[k]+1
}

// splitNumber splits "2.1. Tietolähteet" into "2.1." and "Tietolähteet":
// numbers of one or two digits, the first from 1, joined by dots, an
// optional closing dot or bracket, then white space. "0 Tilauskori" is a
// shop's cart, not a heading.
func splitNumber(s string) (num, rest string) {
	i := 0
	for part := 0; ; part++ {
		j := i
		for j < len(s) && j-i < 3 && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == i || j-i > 2 || (part == 0 && s[i] == '0') {
			return "", s
		}
		i = j
		if i+1 < len(s) && s[i] == '.' && s[i+1] >= '0' && s[i+1] <= '9' {
			i++
			continue
		}
		break
	}
	if i < len(s) && (s[i] == '.' || s[i] == ')') {
		i++
	}
	num = s[:i]
	rest = strings.TrimLeftFunc(s[i:], func(r rune) bool { return r == ' ' || r == '\t' || r == '\u00a0' })
	if len(rest) == len(s)-i || rest == "" {
		return "", s // no white space, or nothing, after the number
	}
	return num, rest
}

// isTitle reports whether line i is a notice's title: a short line naming
// the kind of document, first in the file or set apart by a blank line.
func (z *sectionizer) isTitle(i int, s string) bool {
	if len(s) > 120 || !z.blankBefore(i) {
		return false // most lines: answered without the memo
	}
	if v, ok := z.titles[i]; ok {
		return v
	}
	v := z.titleLine(i, s)
	if z.titles == nil {
		z.titles = map[int]bool{}
	}
	z.titles[i] = v
	return v
}

func (z *sectionizer) titleLine(i int, s string) bool {
	if len(s) > 120 || !z.blankBefore(i) || !looksLikeHeading(s, 8, 120) || isNavigation(s) || z.wrapsOn(i) {
		return false
	}
	return isTitleText(s)
}

// isTitleText reports whether a short line names the kind of document:
// "Tietosuojaseloste", "Asiakasrekisterin tietosuojaseloste".
func isTitleText(s string) bool {
	if len(s) > 120 || moreWords(s, 8) {
		return false
	}
	lower := strings.ToLower(s)
	return hasWordEnd(lower, titleWords) && !hasWordStart(lower, notTitleWords)
}

// notTitleWords mark a heading about the notice, not its title: "Changes
// to this privacy notice".
var notTitleWords = newWordList([]string{"muutok", "päivity", "ändring", "uppdater", "change", "update", "this ", "denna ", "tämä"})

// hasWordEnd reports whether one of subs stands in s at the end of a word:
// "tietosuojaseloste" in "Rekisteri- ja tietosuojaseloste", but not in
// "Tietosuojaselosteen muutokset".
func hasWordEnd(s string, subs *wordList) bool { return subs.atBoundary(s, false) }

// isHeading decides whether an unnumbered line is a heading.
func (z *sectionizer) isHeading(i int, s string) bool {
	if !looksLikeHeading(s, 8, 70) || strings.HasSuffix(s, ":") || strings.ContainsAny(s, "@") || strings.Contains(s, "://") {
		return false
	}
	lower := strings.ToLower(s)
	if isCompanyName(lower) || continuesOnNextLine(lower) || startsLikeSentence(lower) || isNavigation(s) {
		return false
	}
	if (z.cur.Kind == KindTitle || z.cur.Kind == KindHeading && z.cur.Number != "") && z.bodyEmpty() {
		return false // the first line under a title or a numbered heading is its body
	}
	if z.wrapsOn(i) || isConsentButton(lower) {
		return false
	}
	if headingLines[lower] || hasWordStart(lower, headingWords) || isAllCaps(s) || strings.HasSuffix(s, "?") || z.repeatedNext(i, s) {
		return true // a known heading, one in capitals, a question ("Mihin käytämme tietoja?"), or a heading written twice
	}
	if z.cur.Kind != KindPreamble && z.cur.Kind != KindLabel && z.bodyEmpty() {
		return false // an unknown line right under a heading is its content
	}
	// An unknown short line counts only when set apart before and followed
	// by a paragraph.
	if !z.blankBefore(i) && !z.afterSentence(i) {
		return false
	}
	next := z.nextNonBlank(i)
	if next < 0 {
		return false
	}
	ns := strings.TrimFunc(z.lines[next].Text.S, isSpace)
	if StartsWithBullet(ns) || strings.HasSuffix(ns, "?") {
		return false // a line that introduces a list, or a heading above a heading
	}
	return utf8.RuneCountInString(ns) >= 60 || (endsSentence(ns) && words(ns) >= 5)
}

// danglingWords end a line whose sentence goes on below it ("Du har rätt
// att", "We process personal data to"): such a line is no heading.
var danglingWords = map[string]bool{
	"ja": true, "tai": true, "sekä": true, "että": true, "kuten": true, "eli": true, "jotka": true, "joita": true,
	"att": true, "och": true, "eller": true, "som": true, "för": true, "till": true, "med": true, "av": true,
	"om": true, "på": true, "i": true, "enligt": true,
	"to": true, "and": true, "or": true, "the": true, "a": true, "an": true, "of": true, "for": true,
	"with": true, "by": true, "in": true, "on": true, "as": true, "that": true, "which": true, "including": true,
}

// sentenceStarts open a sentence, not a heading.
var sentenceStarts = []string{
	"du ", "vi ", "ni ", "jag ", "we ", "you ", "i ", "sinulla ", "meillä ", "voit ", "voimme ", "me ", "te ",
}

// isAllCaps reports whether s has letters, at least four, and all of them
// upper case: "REKISTERIN NIMI".
func isAllCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 4
}

// isLetteredHeading reports a short sub-heading lettered "A)" or "b)".
func isLetteredHeading(s string) bool {
	if len(s) < 4 || s[1] != ')' || s[2] != ' ' || !isASCIILetter(s[0]) {
		return false
	}
	return looksLikeHeading(s[3:], 8, 70)
}

// isNavigation reports a breadcrumb or menu line: "Etusivu › Tietosuojaseloste".
func isNavigation(s string) bool {
	// Four byte searches are faster than ContainsAny's rune by rune loop.
	return strings.IndexByte(s, '|') >= 0 || strings.IndexByte(s, '>') >= 0 || strings.Contains(s, "›") || strings.Contains(s, "»")
}

func continuesOnNextLine(lower string) bool {
	lower = strings.TrimRightFunc(lower, isSpace)
	i := strings.LastIndexFunc(lower, isSpace)
	return i > 0 && danglingWords[lower[i+1:]]
}

func startsLikeSentence(lower string) bool {
	for _, p := range sentenceStarts {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	return false
}

// repeatedNext reports whether the next line says the same as line i, the
// mark of a heading pasted twice; the second is a heading too.
func (z *sectionizer) repeatedNext(i int, s string) bool {
	if i+1 < len(z.lines) && strings.TrimFunc(z.lines[i+1].Text.S, isSpace) == s {
		return true
	}
	return i > 0 && strings.TrimFunc(z.lines[i-1].Text.S, isSpace) == s && z.cur.Heading.S == s
}

// continuesAbove reports whether line i, starting in lower case, goes on
// with the sentence of the line above.
func (z *sectionizer) continuesAbove(i int, s string) bool {
	if i == 0 || !startsLower(s) {
		return false
	}
	prev := strings.TrimFunc(z.lines[i-1].Text.S, isSpace)
	return prev != "" && !endsSentence(prev) && !strings.HasSuffix(prev, ":")
}

// wrapsOn reports whether line i is the first line of a paragraph that
// goes on, in lower case, on the next line.
func (z *sectionizer) wrapsOn(i int) bool {
	return i+1 < len(z.lines) && startsLower(z.lines[i+1].Text.S)
}

// consentButtons are the buttons of cookie banners, which a notice copied
// from a web page often ends with; they are no headings.
var consentButtons = []string{
	"hyväksy kaikki", "hylkää kaikki", "vain välttämättömät", "evästeasetukset", "muokkaa asetuksia",
	"godkänn alla", "avvisa alla", "endast nödvändiga", "inställningar för kakor", "kakinställningar",
	"accept all", "reject all", "necessary only", "only necessary", "cookie settings", "manage cookies",
}

func isConsentButton(lower string) bool {
	for _, b := range consentButtons {
		if strings.HasPrefix(lower, b) {
			return true
		}
	}
	return false
}

// bodyEmpty reports whether the open section has no text yet.
func (z *sectionizer) bodyEmpty() bool {
	for _, t := range z.body {
		if t.Len() > 0 {
			return false
		}
	}
	return true
}

// startsLower reports whether a line starts with a lower-case letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(s, isSpace))
	return unicode.IsLower(r)
}

func (z *sectionizer) blankBefore(i int) bool {
	return i == 0 || strings.TrimFunc(z.lines[i-1].Text.S, isSpace) == ""
}

func (z *sectionizer) afterSentence(i int) bool {
	if i == 0 {
		return true
	}
	prev := strings.TrimFunc(z.lines[i-1].Text.S, isSpace)
	return strings.HasSuffix(prev, ".") || strings.HasSuffix(prev, "!") || strings.HasSuffix(prev, "?")
}

func (z *sectionizer) nextNonBlank(i int) int {
	for j := i + 1; j < len(z.lines); j++ {
		if strings.TrimFunc(z.lines[j].Text.S, isSpace) != "" {
			return j
		}
	}
	return -1
}

// open closes the current section and starts s, a heading that sets the
// level of the labels and sub-headings under it.
func (z *sectionizer) open(s Section) {
	z.close()
	z.curLevel = s.Level
	z.cur = &s
}

// openSub starts a label or sub-heading under the current heading.
func (z *sectionizer) openSub(s Section) {
	z.close()
	s.Level = z.curLevel + 1
	z.cur = &s
}

func (z *sectionizer) add(t Text) { z.body = append(z.body, t) }

func (z *sectionizer) close() {
	s := z.cur
	if s == nil {
		return
	}
	// Drop blank lines at either end of the body; keep inner ones.
	lines := z.body
	for len(lines) > 0 && lines[0].Len() == 0 {
		lines = lines[1:]
	}
	for len(lines) > 0 && lines[len(lines)-1].Len() == 0 {
		lines = lines[:len(lines)-1]
	}
	if joined, ok := joinLines(lines); ok {
		s.Body = joined
	} else {
		var b TextBuilder
		n := 0
		for _, t := range lines {
			n += t.Len() + 1
		}
		b.sb.Grow(n)
		for k, t := range lines {
			if k > 0 {
				b.AppendString("\n")
			}
			b.Append(t)
		}
		s.Body = b.Text()
	}
	if s.Kind != KindPreamble || s.Body.Len() > 0 {
		z.out = append(z.out, *s)
	}
	z.cur, z.body = nil, z.body[:0]
}

// isTemplate reports whether the text uses the template layout: at least two
// lines that start with a label cell followed by a TAB.
func isTemplate(lines []Line) bool {
	n := 0
	for _, l := range lines {
		s := l.Text.S
		tab := strings.IndexByte(s, '\t')
		if tab <= 0 || s[0] == ' ' || StartsWithBullet(s) {
			continue
		}
		if label := strings.TrimFunc(s[:tab], isSpace); label != "" && !moreWords(label, 10) && !strings.HasSuffix(label, ".") {
			n++
			if n >= 2 {
				return true
			}
		}
	}
	return false
}

func looksLikeHeading(s string, maxWords, maxRunes int) bool {
	if s == "" || len(s) > 4*maxRunes {
		return false
	}
	// The cheap tests first: most lines are sentences.
	if c := s[len(s)-1]; c == '.' || c == '!' || c == ',' || c == ';' {
		return false // a question may be a heading ("Mihin käytämme tietoja?"), a sentence not
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) || utf8.RuneCountInString(s) > maxRunes || moreWords(s, maxWords) {
		return false
	}
	if strings.Contains(s, ". ") || strings.Count(s, ",") > 1 {
		return false // two sentences, or a list
	}
	digits := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			digits++
		}
	}
	return digits <= 4
}

func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, isSpace)
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}

// words counts the words of s without allocating.
func words(s string) int {
	n, in := 0, false
	for _, r := range s {
		if isSpace(r) {
			in = false
		} else if !in {
			n++
			in = true
		}
	}
	return n
}

// moreWords reports whether s has more than n words, reading no further
// than the word that makes it so.
func moreWords(s string, n int) bool {
	in := false
	for i := 0; i < len(s); {
		var space bool
		if c := s[i]; c < utf8.RuneSelf { // ASCII without decoding
			space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = isSpace(r)
			i += size
		}
		if space {
			in = false
		} else if !in {
			if n == 0 {
				return true
			}
			n--
			in = true
		}
	}
	return false
}

// hasLabelColon is a cheap test for "Label: value": a colon within the
// first 40 bytes.
func hasLabelColon(s string) bool {
	i := strings.IndexByte(s, ':')
	return i > 0 && i <= 40
}

// StartsWithBullet reports whether a line is a list item: a bullet
// character followed by white space.
func StartsWithBullet(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	if !strings.ContainsRune("•·▪◦○●■□➢►✓*-–—", r) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(s[size:])
	return next == ' ' || next == '\t' || next == '\u00a0'
}

// hasWordStart reports whether one of subs stands in s at the start of a
// word: "säilytysaika" in "Henkilötietojen säilytysaika", but not "skydd" in
// "dataskyddsförordningen".
func hasWordStart(s string, subs *wordList) bool { return subs.atBoundary(s, true) }

// wordList is a list of words found in one pass over a line, by an
// Aho-Corasick automaton instead of one strings.Index a word.
type wordList struct {
	words []string
	ac    *ahocorasick.Automaton
}

func newWordList(words []string) *wordList {
	return &wordList{words: words, ac: ahocorasick.New(words)}
}

// atBoundary reports whether one of the words stands in s at the start of
// a word (start) or at the end of one.
func (l *wordList) atBoundary(s string, start bool) bool {
	found := false
	l.ac.Scan(s, func(_ int32, at, end int) {
		if found {
			return
		}
		if start {
			found = at == 0 || !isWordBefore(s, at)
		} else {
			r, _ := utf8.DecodeRuneInString(s[end:])
			found = end == len(s) || !unicode.IsLetter(r)
		}
	})
	return found
}

func isWordBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
