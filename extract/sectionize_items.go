package extract

// List items: which lines are items, and where each item and its list's
// lead-in stand in a section's body (Section.Items).

import (
	"slices"
	"strings"
)

// itemLine reports whether line j is a line of a list item: marked so, or
// starting with a bullet or a list marker.
func (z *sectionizer) itemLine(j int) bool {
	if j < 0 {
		return false
	}
	// A blank line is classed as nothing; a marked one is checked last.
	if c := z.classes[j]; c.is(bullet) || c.marker != 0 {
		return true
	}
	l := &z.lines[j]
	return l.Item && trimSpace(l.Text.S) != ""
}

// listItem reports whether line i, which starts with a list marker ("1)",
// "a)"), is an item of a list: a line next to it (blank lines aside) is an
// item of the same kind, or the line above leads in with a colon. Alone, it
// may be a sub-heading ("a) Asiakassuhde" above its paragraph).
func (z *sectionizer) listItem(i int, marker byte) bool {
	if prev := z.prevNonBlank(i); prev >= 0 {
		if z.classes[prev].marker == marker || strings.HasSuffix(z.trimmed(prev), ":") {
			return true
		}
	}
	next := z.nextNonBlank(i)
	return next >= 0 && z.classes[next].marker == marker
}

// leadsIn reports whether line i is followed by a list it leads in to.
func (z *sectionizer) leadsIn(i int) bool {
	next := z.nextNonBlank(i)
	if next < 0 {
		return false
	}
	l := z.lines[next]
	return l.Kind == LineBody || (l.Kind == LineText || l.Kind == LinePart) && (z.classes[next].is(bullet) || z.classes[next].marker != 0)
}

// Values of sectionizer.item.
const (
	itemStart  = 1 // the first line of a list item
	itemGoesOn = 2 // a line of the item above
)

// addItem adds a line of a list item to the body: its first line (start)
// or one that goes on with it.
func (z *sectionizer) addItem(t *Text, start bool) {
	if z.item == nil {
		z.item = slices.Grow(z.itemBuf[:0], cap(z.body))[:len(z.body)]
		clear(z.item)
	}
	z.body = append(z.body, *t)
	if start {
		z.item = append(z.item, itemStart)
	} else {
		z.item = append(z.item, itemGoesOn)
	}
}

// items finds the list items among a body's lines (marks: itemStart,
// itemGoesOn or 0), in bytes of the body they are joined into: as written
// in the source (joined) or one after another with "\n" between.
func items(lines []Text, marks []int8, joined bool) []Item {
	n := 0
	for _, m := range marks {
		if m == itemStart {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]Item, 0, n) // made at its size: grown item by item, it was a fifth of extraction's allocations
	off := 0
	lead := [2]int{-1, -1} // the last line of text before the list being read
	for k, t := range lines {
		if joined {
			off = t.base - lines[0].base
		}
		switch {
		case marks[k] == itemStart:
			out = append(out, Item{Start: off, End: off + t.Len(), LeadStart: lead[0], LeadEnd: lead[1]})
		case marks[k] == itemGoesOn && len(out) > 0:
			out[len(out)-1].End = off + t.Len()
		case t.Len() > 0:
			lead = [2]int{off, off + t.Len()}
		}
		if !joined {
			off += t.Len() + 1
		}
	}
	return out
}
