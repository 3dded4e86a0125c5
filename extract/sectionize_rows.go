package extract

// Tables as the sectionizer reads them from text: the 2018 template's
// "Label<TAB>value" rows, rows the formats mark (LineRow) under their
// heading, and TAB-separated rows of wider tables.

import (
	"strings"
	"unicode/utf8"
)

// numbersOn reports whether a label, in a table whose last row is open,
// carries the number after that row's: "7. ..." after "6. ...".
func (z *sectionizer) numbersOn(label string) bool {
	num, rest := splitNumber(label)
	if z.cur.Kind != KindRow || num == "" || endsSentence(rest) {
		return false
	}
	z.parts = numberParts(z.parts, num)
	return continues(z.rowNum, z.parts)
}

// row opens a section for a table row the format marks as one: a label
// and its value, under the heading the table stands in ("Sähköposti" under
// "1. Rekisterinpitäjä"). Every row of a table has the level of its first.
func (z *sectionizer) row(l *Line, label Text) {
	table := l.Table
	if table == 0 {
		table = 1
	}
	if table != z.table {
		z.table, z.tableLevel = table, z.curLevel+1
		if z.cur.Kind == KindRow || z.cur.Kind == KindLabel {
			z.tableLevel = z.cur.Level // a table after a table, or under a field, is their sibling
		}
	}
	if strings.HasSuffix(label.S, ":") {
		label = label.Slice(0, len(label.S)-1).TrimSpace()
	}
	num, _ := splitNumber(label.S)
	if num != "" {
		z.rowNum = numberParts(z.rowNum, num)
	}
	level := z.tableLevel
	z.open(Section{Kind: KindRow, Number: num, Heading: label, Level: level, Table: table})
	v := l.Value.TrimSpace()
	z.add(&v)
}

// wideRow reads line i, a row of three or more TAB-separated cells (a
// table copied from a web page): body text, a line a cell named by its
// column when the table's first row names the columns.
func (z *sectionizer) wideRow(i int, t Text) {
	cells := splitTabs(t)
	first := i == 0 || tabs(z.lines[i-1].Text.S) != len(cells)-1
	if first {
		z.wideHeader = nil
		if i+1 < len(z.lines) && tabs(z.lines[i+1].Text.S) == len(cells)-1 && isHeaderRow(cells) {
			z.wideHeader = cells
			return
		}
	}
	if z.wideHeader == nil || len(cells) != len(z.wideHeader) {
		z.add(&t)
		return
	}
	if !first {
		gap := NewText("", t.PositionAt(0))
		z.add(&gap) // rows apart
	}
	for _, c := range namedCells(z.wideHeader, cells) {
		z.add(&c)
	}
}

func tabs(s string) int { return strings.Count(s, "\t") }

// splitTabs cuts a line at its TABs, each cell trimmed.
func splitTabs(t Text) []Text {
	var out []Text
	start := 0
	for i := 0; i <= len(t.S); i++ {
		if i == len(t.S) || t.S[i] == '\t' {
			out = append(out, t.Slice(start, i).TrimSpace())
			start = i + 1
		}
	}
	return out
}

// isHeaderRow reports whether a table's first row names its columns:
// short capitalised names, no numbers, no sentences.
func isHeaderRow(cells []Text) bool {
	for _, c := range cells {
		s := c.S
		if s == "" || moreWords(s, 4) || endsSentence(s) || strings.ContainsAny(s, "0123456789@") || startsLower(s) {
			return false
		}
	}
	return true
}

// classifyRow handles line i of the template layout, whose first TAB is
// at tab (-1 for none; a line of three cells or more is a wideRow); it
// reports false for a line that is not part of a table.
func (z *sectionizer) classifyRow(i int, l *Line, trimmed Text, tab int) bool {
	s := l.Text.S
	if s[0] == '\t' || StartsWithBullet(s) {
		// A continuation of the row above, or a list item in it.
		if z.cur.Kind != KindRow {
			return false
		}
		z.add(&trimmed)
		return true
	}
	label := s
	if tab >= 0 {
		label = s[:tab]
	}
	label = trimSpace(label)
	if label == "" || strings.HasSuffix(label, ".") {
		return false
	}
	if tab < 0 && (z.cur.Kind != KindRow || z.blankBefore(i)) {
		return false // a line before a table starts, or after it ended
	}
	if (moreWords(label, 10) || utf8.RuneCountInString(label) > 90) && !z.numbersOn(label) {
		return false // a sentence, unless a long label numbered next to the row above
	}
	lt := l.Text.Slice(0, max(tab, 0)).TrimSpace()
	if tab < 0 {
		lt = trimmed
	}
	table := z.table
	if z.cur.Kind != KindRow || z.blankBefore(i) {
		table++ // a new table: after a heading, or set apart
	}
	var value Text
	if tab >= 0 {
		value = l.Text.Slice(tab+1, len(s))
	} else {
		value = NewText("", lt.Span().End)
	}
	z.row(&Line{Kind: LineRow, Text: lt, Value: value, Table: table}, lt)
	return true
}

// isTemplate reports whether the text uses the template layout: at least two
// lines that start with a label cell followed by a TAB; and whether any line
// holds a TAB. known is what the extractor knows of the lines' TABs.
func isTemplate(lines []Line, known tabsKnown) (template, tabs bool) {
	if known == tabsNone || known == tabsUnknown && !mayHoldTab(lines) {
		return false, false
	}
	n := 0
	for _, l := range lines {
		s := l.Text.S
		tab := strings.IndexByte(s, '\t')
		tabs = tabs || tab >= 0
		if tab <= 0 || s[0] == ' ' || StartsWithBullet(s) {
			continue
		}
		if strings.IndexByte(s[tab+1:], '\t') >= 0 {
			continue // a row of a wider table
		}
		if label := trimSpace(s[:tab]); label != "" && !moreWords(label, 10) && !strings.HasSuffix(label, ".") {
			n++
			if n >= 2 {
				return true, true
			}
		}
	}
	return false, tabs
}

// mayHoldTab reports whether a line may hold a TAB: false when the lines
// are slices of one source (as plain text's are) none of which does, found
// by one byte search over the source rather than one a line.
func mayHoldTab(lines []Line) bool {
	if len(lines) == 0 {
		return false
	}
	src := lines[0].Text.orig
	lo, hi := len(src), 0
	for i := range lines {
		t := &lines[i].Text
		if !sameString(t.orig, src) {
			return true
		}
		lo, hi = min(lo, t.base), max(hi, t.base+len(t.S))
	}
	return lo < hi && strings.IndexByte(src[lo:hi], '\t') >= 0
}
