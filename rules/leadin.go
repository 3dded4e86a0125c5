package rules

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/noticelint/noticelint/extract"
)

// maxLeadIn is the longest sentence taken for a list's lead-in, in bytes:
// "Sinulla on oikeus", "You have the right to:".
const maxLeadIn = 200

// maxLeadItems is how many items a lead-in is read with. An item may be a
// lead-in itself (it ends with a letter), so without a bound a list of n
// such items makes n²/2 pairs: 40,000 bullet lines (1 MB) would make 800
// million. Lists in notices are far shorter.
const maxLeadItems = 32

// leadIns returns the lists of section i's body as pairs of sentence
// indexes, lead-in and item. A lead-in is a short sentence that ends with a
// colon or with no punctuation at all; its items are the sentences after it
// that start with a bullet, a list number or a lower-case letter:
//
//	Sinulla on oikeus
//	- tarkastaa tietosi;
//	- vaatia virheellisten tietojen korjaamista.
//
// A statement made by the lead-in and an item together is made: the item
// alone ("tarkastaa tietosi") names the right without the entitlement.
func (c *check) leadIns(i int) [][2]int {
	if c.leads == nil {
		c.leads = make([][][2]int, len(c.doc.Sections))
	}
	if c.leads[i] == nil {
		c.leads[i] = c.findLeadIns(i)
	}
	return c.leads[i]
}

// noLeadIns is the lead-ins of a body without lists.
var noLeadIns = [][2]int{}

// findLeadIns finds the lists of section i's body. The pairs of all
// sections are appended to one slice, leadPairs, which grows for the
// document, not for each section.
func (c *check) findLeadIns(i int) [][2]int {
	first := len(c.leadPairs)
	t := c.doc.Sections[i].Body
	lower := t.Lower()
	sents := c.sentences(i)
	// Whether each sentence is an item, found once: the items of a list
	// are read again for each lead-in before them (an item may be one).
	if cap(c.items) < len(sents) {
		c.items = make([]int8, len(sents))
	}
	items := c.items[:len(sents)]
	clear(items)
	isListItem := func(j int) bool {
		if c.plain {
			return isItem(t, sents[j][0]) || inItem(t, c.doc.Sections[i].Items, sents[j][0])
		}
		if items[j] == 0 {
			items[j] = -1
			if isItem(t, sents[j][0]) || inItem(t, c.doc.Sections[i].Items, sents[j][0]) {
				items[j] = 1
			}
		}
		return items[j] > 0
	}
	for k := 0; k+1 < len(sents); k++ {
		lead := lower[sents[k][0]:sents[k][1]]
		for len(lead) > 0 && (lead[len(lead)-1] == ' ' || lead[len(lead)-1] == '\n') {
			lead = lead[:len(lead)-1]
		}
		if len(lead) > maxLeadIn || !endsLeadIn(lead) {
			continue
		}
		for j := k + 1; j < len(sents) && j <= k+maxLeadItems && isListItem(j); j++ {
			c.leadPairs = append(c.leadPairs, [2]int{k, j})
		}
	}
	if len(c.leadPairs) == first {
		return noLeadIns
	}
	return c.leadPairs[first:len(c.leadPairs):len(c.leadPairs)] // capped: no one appends into another section's pairs
}

// endsLeadIn reports whether a sentence ends as a list's lead-in does: with
// a colon, or with a letter (no full stop).
func endsLeadIn(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == ':' || unicode.IsLetter(r)
}

// inItem reports whether the sentence starting at lower-case offset start
// of t stands in one of the list items the extractor marked (an HTML li, a
// Markdown or Word list item), which keep no bullet in the text and may start
// with a capital: "Du når oss på:" / "Hamngatan 3, 457 40 Fjällbacka".
func inItem(t extract.Text, items []extract.Item, start int) bool {
	if len(items) == 0 {
		return false
	}
	off := t.LowerToText(start)
	for off < len(t.S) && (t.S[off] == ' ' || t.S[off] == '\n' || t.S[off] == '\t' || t.S[off] == '\r') {
		off++
	}
	// Items are in document order: the last one starting at or before off.
	k := sort.Search(len(items), func(k int) bool { return items[k].Start > off }) - 1
	return k >= 0 && off < items[k].End
}

// isItem reports whether the sentence starting at lower-case offset start of
// t reads as a list item: a bullet, a list number ("1.", "a)") or a
// lower-case first letter in the text as written.
func isItem(t extract.Text, start int) bool {
	s := t.S[t.LowerToText(start):]
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\n' || s[0] == '\t' || s[0] == '\r') {
		s = s[1:]
	}
	if extract.StartsWithBullet(s) {
		return true
	}
	digits := len(s) - len(strings.TrimLeft(s, "0123456789"))
	if digits > 0 && digits <= 2 && len(s) > digits && (s[digits] == '.' || s[digits] == ')') {
		return true
	}
	r, size := utf8.DecodeRuneInString(s)
	if unicode.IsLower(r) && len(s) > size && s[size] == ')' {
		return true // "a) tarkastaa"
	}
	return unicode.IsLower(r)
}
