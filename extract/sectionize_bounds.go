package extract

// Where the notice starts and ends in a page or a text copy of one: page
// chrome before its title, contact cards after its last section.

import (
	"strings"
)

// dropTrailingCards leaves out the blocks a page puts after the notice,
// such as staff contact cards, each with the same small heading: from the
// first card whose heading the last heading of the document repeats (with
// the card's own heading above it), when none of the sections from there
// on is numbered or holds a sentence. Text before a notice's title is the
// preamble's (chromeBeforeTitle); this is the notice's other boundary.
func dropTrailingCards(secs []Section) []Section {
	start := len(secs)
	for start > 0 {
		s := &secs[start-1]
		if s.Kind != KindHeading && s.Kind != KindLabel || s.Number != "" || holdsSentence(s.Body.S) {
			break
		}
		start--
	}
	last := -1
	for i := len(secs) - 1; i >= start && last < 0; i-- {
		if secs[i].Kind == KindHeading {
			last = i
		}
	}
	if last < 0 {
		return secs
	}
	key := trimSpace(secs[last].Heading.Lower())
	first := -1
	for i := start; i < last && first < 0; i++ {
		if secs[i].Kind == KindHeading && trimSpace(secs[i].Heading.Lower()) == key {
			first = i
		}
	}
	if first < 0 {
		return secs // no heading repeated at the end
	}
	if first > start && underCardHeadings(secs, first, last, key) {
		first-- // the card's own heading above its repeated one
	}
	if first < 3 {
		return secs // little would be left: the repeats are the notice's own
	}
	return secs[:first]
}

// pageChrome returns the number of lines before the notice's title when the
// text is a notice copied from a web page (a shop's header, its menu, a
// cookie banner, then "Tietosuojaseloste"): those lines are no headings.
// It is 0 when the title is the first text.
func (z *sectionizer) pageChrome() int {
	seen := 0
	for i := range z.lines {
		if z.lines[i].Kind != LineText || z.trimmed(i) == "" {
			continue
		}
		if z.classes[i].is(titleLike) && z.isTitle(i) {
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

// chromeBeforeTitle makes the few sections before the notice's first
// title, when none holds a sentence, part of the preamble: a site's name
// in a banner heading, a product's name above the title, a "back to the
// front page" link. A reader does not name them as the notice's sections.
func (z *sectionizer) chromeBeforeTitle() {
	n := 0
	for i := range z.out {
		s := &z.out[i]
		if s.Kind == KindPreamble {
			continue
		}
		if n++; n > 3 || holdsSentence(s.Body.S) {
			return
		}
	}
	if n == 0 {
		return
	}
	var b TextBuilder
	for i := range z.out {
		for _, t := range []Text{z.out[i].Heading, z.out[i].Body} {
			if t.Len() == 0 {
				continue
			}
			if b.Len() > 0 {
				b.AppendString("\n")
			}
			b.Append(t)
		}
	}
	z.out = append(z.out[:0], Section{Kind: KindPreamble, Body: b.Text()})
}

// underCardHeadings reports whether each heading from first to last that
// says key stands right under a heading of its own ("Matti Esimerkki" over
// "Yhteystiedot", "Maija Esimerkki" over "Yhteystiedot").
func underCardHeadings(secs []Section, first, last int, key string) bool {
	for k := first; k <= last; k++ {
		if secs[k].Kind != KindHeading || trimSpace(secs[k].Heading.Lower()) != key {
			continue
		}
		if above := &secs[k-1]; above.Kind != KindHeading || above.Level >= secs[k].Level {
			return false
		}
	}
	return true
}

// holdsSentence reports whether text holds a sentence of five words or
// more, as a section of a notice does and a banner or a menu does not.
func holdsSentence(s string) bool {
	for line := range strings.Lines(s) {
		if line = trimSpace(line); endsSentence(line) && words(line) >= 5 {
			return true
		}
	}
	return false
}
