package extract

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// LineKind is what an extractor already knows about a line. Plain text knows
// nothing (LineText) and the sectionizer classifies the line itself; HTML,
// say, knows its h1-h6 and table rows.
type LineKind int

func (k LineKind) String() string {
	return [...]string{"text", "heading", "row", "body", "part"}[k]
}

// Line kinds.
const (
	LineText    LineKind = iota // classify from the text
	LineHeading                 // a heading of Level
	LineRow                     // a table row: Text is the label cell, Value the value cell
	LineBody                    // body text, never a heading
	// LinePart is a line of a block of several lines in markup (a
	// paragraph's source lines, lines broken by <br>): a label, a field or
	// a numbered or lettered heading as LineText, but never an unnumbered
	// heading or a title, which markup marks.
	LinePart
)

// Line is one line (or block) of a notice as an extractor hands it over.
type Line struct {
	Text  Text
	Kind  LineKind
	Level int  // for LineHeading
	Value Text // for LineRow
	// Table is, for a LineRow, the table of the document the row is in,
	// counted from 1 (0: the text template's one table).
	Table int
	// Item marks a line of a list item (an HTML li, a Markdown or Word list
	// item, a PDF item's continuation): the first after a blank line starts
	// an item, the next go on with it. Text and PDF lines starting with a
	// bullet are items whatever this says.
	Item bool
}

// sectionize groups an extractor's lines into sections, showing them to
// opts.Lines first.
func sectionize(lines []Line, opts Options) []Section {
	if opts.Lines != nil {
		opts.Lines(lines)
	}
	opts.stop.now()
	z, _ := sectionizers.Get().(*sectionizer)
	if z == nil {
		z = new(sectionizer)
	}
	var out []Section
	if opts.Scratch != nil {
		out = opts.Scratch.sections
	}
	// What the last text left: its working slices, emptied.
	*z = sectionizer{
		lines: lines, stop: opts.stop, body: z.body, itemBuf: z.itemBuf, out: out,
		classes: slices.Grow(z.classes[:0], len(lines))[:len(lines)],
		trims:   slices.Grow(z.trims[:0], len(lines))[:len(lines)],
		lastNum: z.lastNum[:0], parts: z.parts[:0], rowNum: z.rowNum[:0],
	}
	z.template, z.tabs = isTemplate(lines, opts.tabs)
	clear(z.classes)
	secs := z.run()
	if opts.Scratch != nil {
		opts.Scratch.sections = keep(z.out)
	}
	// The sections hold what they need of the text: the sectionizer goes
	// back for the next text, the lines its bodies held zeroed and its
	// other references to the text dropped.
	if len(lines) <= maxPooledLines && cap(z.body) <= maxPooledLines {
		clear(z.body[:z.bodyMax])
		*z = sectionizer{
			body: z.body[:0], itemBuf: z.itemBuf[:0], classes: z.classes[:0], trims: z.trims[:0],
			lastNum: z.lastNum[:0], parts: z.parts[:0], rowNum: z.rowNum[:0],
		}
		sectionizers.Put(z)
	}
	return secs
}

// sectionizers holds sectionizers for the next text, with their working
// slices: made anew for each, they were a tenth of what extraction
// allocated, and a body's lines grew line by line, a Text copied at each
// step. A pooled sectionizer's body is zeroed.
var sectionizers sync.Pool // of *sectionizer

// Sectionize groups lines into sections.
func Sectionize(lines []Line) []Section { return sectionize(lines, Options{}) }

// sectionizer is the state machine that applies the lines' classes
// (classify.go) in their context: the lines around them and the section
// open.
type sectionizer struct {
	stop     *stopper
	lines    []Line
	template bool         // the 2018 template layout: "Heading<TAB>Body" rows
	tabs     bool         // a line holds a TAB
	classes  []lineClass  // classify's answer for each LineText line
	trims    []trimBounds // each line's text without white space around it
	// lower is the last line lowerOf lowered, in lowerBuf: line lowered-1.
	lower    string
	lowered  int
	lowerBuf [lowerRoom]byte

	out      []Section
	body     []Text   // lines of the open section's body
	bodyMax  int      // the most lines body held: those are zeroed for the next text
	item     []int8   // for each of body: itemStart, itemGoesOn or 0; nil for a body without items
	itemBuf  []int8   // item's memory, for the next body with items
	cur      *Section // the open section, nil when none: &opened
	opened   Section  // the open section's storage, so that opening one allocates nothing
	curLevel int      // level of the innermost heading, for labels under it
	lastNum  []int    // the last heading number, [2 1] for "2.1"
	parts    []int    // numberParts' answer for the line read, its memory kept
	skip     int      // lines before this one are read already (a heading's second line)

	table, tableLevel int    // the table of the last row, and its rows' level
	wideHeader        []Text // the column names of the TAB-separated table being read
	rowNum            []int  // the last row's number
	titled            bool   // the notice's first title is read
	line              Text   // the line read, trimmed (trimInto)
}

func (z *sectionizer) run() []Section {
	opens := 1 // lines that may open a section: the output's capacity
	for i := range z.lines {
		z.stop.check()
		z.trims[i] = trimmedBounds(z.lines[i].Text.S)
		switch z.lines[i].Kind {
		case LineText:
			z.classes[i] = classify(z.trimmed(i))
		case LinePart:
			c := classify(z.trimmed(i))
			c.flags &^= titleLike | headLike
			z.classes[i] = c
		case LineHeading, LineRow:
			opens++
			continue
		default:
			continue
		}
		if c := z.classes[i]; c.num > 0 || c.field > 0 || c.is(titleLike|label|lettered) {
			opens++
		}
	}
	z.out = slices.Grow(z.out[:0], opens)
	z.opened = Section{Kind: KindPreamble}
	z.cur = &z.opened
	chrome := z.pageChrome()
	for i := range z.lines {
		z.stop.check()
		if i < z.skip {
			continue
		}
		l := &z.lines[i]
		trimmed := &z.line
		z.trimInto(trimmed, i)
		if i < chrome {
			z.add(trimmed) // the page around the notice: header, menu, cookie banner
			continue
		}
		switch l.Kind {
		case LineHeading:
			z.open(z.markedHeading(*trimmed, l.Level))
			continue
		case LineRow:
			z.row(l, *trimmed)
			continue
		case LineBody:
			if l.Item {
				z.addItem(trimmed, !z.itemLine(i-1))
				continue
			}
			z.add(trimmed)
			continue
		}
		if trimmed.Len() == 0 {
			z.add(trimmed)
			continue
		}
		tab := -1 // the line's first TAB, looked for when the text holds one
		if z.tabs {
			if tab = strings.IndexByte(l.Text.S, '\t'); tab >= 0 && strings.IndexByte(l.Text.S[tab+1:], '\t') >= 0 {
				z.wideRow(i, *trimmed)
				continue
			}
		}
		if z.template && z.classifyRow(i, l, *trimmed, tab) {
			continue
		}
		z.textLine(i, trimmed, z.classes[i])
	}
	z.close()
	return dropTrailingCards(z.out)
}

// textLine places a line of LineText by its class and its context.
func (z *sectionizer) textLine(i int, t *Text, c lineClass) {
	s := t.S
	switch {
	case c.is(bullet), c.marker != 0 && z.listItem(i, c.marker):
		z.addItem(t, true)
	case c.is(titleLike) && z.isTitle(i):
		z.open(Section{Kind: KindTitle, Heading: *t, Level: 0})
	case c.num > 0 && z.numbered(i, *t, s[:c.num]):
	case c.is(lettered):
		z.openSub(Section{Kind: KindHeading, Heading: *t})
	case c.is(label) && !z.continuesAbove(i, s):
		if (z.cur.Kind == KindHeading || z.cur.Kind == KindRow) && z.leadsIn(i) {
			z.add(t) // "Tallennettavat tiedot:" above a list, under a heading: its text
			return
		}
		label := t.Slice(0, len(s)-1)
		if c.is(known) && (z.cur.Kind != KindHeading && z.cur.Kind != KindRow || !z.bodyEmpty()) {
			// "Rekisterinpitäjä:" or "Rekisterin tietosisältö:" is a
			// section, the labels below it its fields; right under a
			// heading it leads in to that heading's text.
			z.open(Section{Kind: KindHeading, Heading: label, Level: max(z.curLevel, 1)})
			return
		}
		z.openSub(Section{Kind: KindLabel, Heading: label})
	case c.field > 0 && !z.continuesAbove(i, s):
		z.openSub(Section{Kind: KindLabel, Heading: t.Slice(0, int(c.field))})
		v := t.Slice(int(c.field)+1, len(s)).TrimSpace()
		z.add(&v)
	case c.is(headLike) && z.isHeading(i, s):
		z.open(Section{Kind: KindHeading, Heading: *t, Level: 1})
	case z.itemLine(i-1) && (startsLower(s) || strings.IndexAny(z.lines[i].Text.S[:1], " \t") == 0):
		z.addItem(t, false) // an item going on, indented or in lower case
	default:
		z.add(t)
	}
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

// numbered opens a section for a numbered heading line, and the line
// below it when the heading wraps on to it.
func (z *sectionizer) numbered(i int, t Text, num string) bool {
	z.parts = numberParts(z.parts, num)
	// "1 Example Street" is an address: a number without a dot or bracket
	// counts only where it continues the numbering.
	if !strings.HasSuffix(num, ".") && !strings.HasSuffix(num, ")") && !continues(z.lastNum, z.parts) {
		return false
	}
	z.lastNum = append(z.lastNum[:0], z.parts...)
	heading := t
	if strings.HasSuffix(heading.S, ":") {
		heading = heading.Slice(0, len(heading.S)-1).TrimSpace()
	}
	if z.wrapsHeading(i) {
		heading = joinWrapped(heading, z.trimmedText(i+1))
		z.skip = i + 2
	}
	level := 1 + strings.Count(strings.TrimRight(num, ".)"), ".")
	z.open(Section{Kind: KindHeading, Number: num, Heading: heading, Level: level})
	return true
}

// wrapsHeading reports whether the numbered heading on line i goes on on
// the next line, as a notice copied from a PDF wraps a long heading: after
// a hyphen or a word that cannot end it ("ja"), or after a long line, a
// short line in lower case that is no sentence and stands apart from the
// paragraph below it.
func (z *sectionizer) wrapsHeading(i int) bool {
	if i+1 >= len(z.lines) || z.lines[i+1].Kind != LineText {
		return false
	}
	s := z.trimmed(i)
	next := z.trimmed(i + 1)
	if !startsLower(next) || moreWords(next, 5) || endsSentence(next) || strings.ContainsAny(next, ",;:") {
		return false
	}
	if strings.HasSuffix(s, "-") || continuesOnNextLine(z.lowerOf(i)) {
		return true
	}
	return utf8.RuneCountInString(s) >= 45 && (i+2 == len(z.lines) || z.trimmed(i+2) == "")
}

// numberParts returns the parts of a heading's number, [2 1] for "2.1",
// in dst's memory.
func numberParts(dst []int, num string) []int {
	num = strings.TrimRight(num, ".)")
	parts := dst[:0]
	for {
		p, rest, more := strings.Cut(num, ".")
		n, _ := strconv.Atoi(p)
		parts = append(parts, n)
		if !more {
			return parts
		}
		num = rest
	}
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

// joinWrapped joins a heading's lines: with a space, or without the hyphen
// where it broke a word ("pois-" "taminen"); a hyphen after a capital or a
// digit stays ("EU-" "alueen").
func joinWrapped(first, next Text) Text {
	var b TextBuilder
	s := first.S
	if strings.HasSuffix(s, "-") && len(s) > 1 {
		before, _ := utf8.DecodeLastRuneInString(s[:len(s)-1])
		if unicode.IsLower(before) && startsLower(next.S) {
			b.Append(first.Slice(0, len(s)-1))
		} else {
			b.Append(first)
		}
		b.Append(next)
		return b.Text()
	}
	b.Append(first)
	b.AppendString(" ")
	b.Append(next)
	return b.Text()
}

// isTitle reports whether line i, shaped as a title, is a notice's title:
// it names the kind of document, stands first in the file or set apart by
// a blank line, and is not the first line of a paragraph.
func (z *sectionizer) isTitle(i int) bool {
	return z.blankBefore(i) && !z.wrapsOn(i) && z.titleText(i)
}

// titleText is isTitleText of line i, trimmed, asked once: the test of the
// notice's page chrome asks it of the lines before the title too.
func (z *sectionizer) titleText(i int) bool {
	c := &z.classes[i]
	if !c.is(titleAsked) {
		c.flags |= titleAsked
		// A line shaped as a title (classify) has 8 words at most, but for
		// a question.
		s := z.trimmed(i)
		sized := len(s) <= 120 && (c.is(titleLike) && !strings.HasSuffix(s, "?") || titleSized(s))
		if sized && isTitleLower(z.lowerOf(i)) {
			c.flags |= titleText
		}
	}
	return c.is(titleText)
}

// lowerOf is line i, trimmed, in lower case (lowerIn), kept for the next
// test of the line: the title and heading tests look up its words.
func (z *sectionizer) lowerOf(i int) string {
	if z.lowered != i+1 {
		z.lower, z.lowered = lowerIn(&z.lowerBuf, z.trimmed(i)), i+1
	}
	return z.lower
}

// isHeading decides whether a line shaped as an unnumbered heading is one.
func (z *sectionizer) isHeading(i int, s string) bool {
	if (z.cur.Kind == KindTitle || z.cur.Kind == KindHeading && z.cur.Number != "") && z.bodyEmpty() {
		return false // the first line under a title or a numbered heading is its body
	}
	if z.wrapsOn(i) {
		return false
	}
	ok, strong := headingTextLower(s, z.lowerOf(i))
	if !ok {
		return false
	}
	if strong || z.repeatedNext(i, s) {
		return true // a known heading, one in capitals, a question, or a heading written twice
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
	ns := z.trimmed(next)
	if StartsWithBullet(ns) || strings.HasSuffix(ns, "?") {
		return false // a line that introduces a list, or a heading above a heading
	}
	return utf8.RuneCountInString(ns) >= 60 || (endsSentence(ns) && words(ns) >= 5)
}

// repeatedNext reports whether the next line says the same as line i, the
// mark of a heading pasted twice; the second is a heading too.
func (z *sectionizer) repeatedNext(i int, s string) bool {
	if i+1 < len(z.lines) && z.trimmed(i+1) == s {
		return true
	}
	return i > 0 && z.trimmed(i-1) == s && z.cur.Heading.S == s
}

// continuesAbove reports whether line i, starting in lower case, goes on
// with the sentence of the line above.
func (z *sectionizer) continuesAbove(i int, s string) bool {
	if i == 0 || !startsLower(s) {
		return false
	}
	prev := z.trimmed(i - 1)
	return prev != "" && !endsSentence(prev) && !strings.HasSuffix(prev, ":")
}

// wrapsOn reports whether line i is the first line of a paragraph that
// goes on, in lower case, on the next line.
func (z *sectionizer) wrapsOn(i int) bool {
	return i+1 < len(z.lines) && startsLower(z.lines[i+1].Text.S)
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

func (z *sectionizer) blankBefore(i int) bool {
	return i == 0 || z.trimmed(i-1) == ""
}

func (z *sectionizer) afterSentence(i int) bool {
	if i == 0 {
		return true
	}
	prev := z.trimmed(i - 1)
	return strings.HasSuffix(prev, ".") || strings.HasSuffix(prev, "!") || strings.HasSuffix(prev, "?")
}

func (z *sectionizer) prevNonBlank(i int) int {
	for j := i - 1; j >= 0; j-- {
		if z.trimmed(j) != "" {
			return j
		}
	}
	return -1
}

func (z *sectionizer) nextNonBlank(i int) int {
	for j := i + 1; j < len(z.lines); j++ {
		if z.trimmed(j) != "" {
			return j
		}
	}
	return -1
}

// trimBounds are where a line's text without white space around it
// starts and ends in the line.
type trimBounds struct{ from, to int32 }

// trimmedBounds is where trimSpace(s) stands in s; an all-blank s trims
// to nothing at its end, as Text.TrimSpace does.
func trimmedBounds(s string) trimBounds {
	if n := len(s); n > 0 && plainASCII(s[0]) && plainASCII(s[n-1]) {
		return trimBounds{0, int32(n)}
	}
	i := len(s) - len(strings.TrimLeftFunc(s, isSpace))
	j := max(len(strings.TrimRightFunc(s, isSpace)), i)
	return trimBounds{int32(i), int32(j)}
}

// trimmed is line i's text without white space around it: trimSpace of
// it, worked out once.
func (z *sectionizer) trimmed(i int) string {
	b := z.trims[i]
	return z.lines[i].Text.S[b.from:b.to]
}

// trimmedText is trimmed as a Text: the line's Text.TrimSpace.
func (z *sectionizer) trimmedText(i int) Text {
	var t Text
	z.trimInto(&t, i)
	return t
}

// trimInto sets *t to line i's trimmed text, in place: a Text is large,
// and the line loop hands each line's on by pointer rather than copying it.
func (z *sectionizer) trimInto(t *Text, i int) {
	b := z.trims[i]
	z.lines[i].Text.sliceInto(t, int(b.from), int(b.to))
}

// open closes the current section and starts s, a heading that sets the
// level of the labels and sub-headings under it.
func (z *sectionizer) open(s Section) {
	z.close()
	if s.Kind == KindTitle && !z.titled {
		z.titled = true
		z.chromeBeforeTitle()
	}
	z.curLevel = s.Level
	z.opened = s
	z.cur = &z.opened
}

// openSub starts a label or sub-heading under the current heading.
func (z *sectionizer) openSub(s Section) {
	z.close()
	s.Level = z.curLevel + 1
	z.opened = s
	z.cur = &z.opened
}

func (z *sectionizer) add(t *Text) {
	z.body = append(z.body, *t)
	if z.item != nil {
		z.item = append(z.item, 0)
	}
}

func (z *sectionizer) close() {
	s := z.cur
	if s == nil {
		return
	}
	// Drop blank lines at either end of the body; keep inner ones.
	from, to := 0, len(z.body)
	for from < to && z.body[from].Len() == 0 {
		from++
	}
	for to > from && z.body[to-1].Len() == 0 {
		to--
	}
	lines := z.body[from:to]
	joined, ok := joinLines(lines)
	if ok {
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
	if z.item != nil {
		s.Items = items(lines, z.item[from:to], ok)
	}
	if s.Kind != KindPreamble || s.Body.Len() > 0 {
		z.out = append(z.out, *s)
	}
	if z.item != nil {
		z.itemBuf = z.item[:0]
	}
	z.bodyMax = max(z.bodyMax, len(z.body))
	z.cur, z.body, z.item = nil, z.body[:0], nil
}
