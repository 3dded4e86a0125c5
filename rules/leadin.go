package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/noticelint/noticelint/extract"
)

// maxLeadIn is the longest sentence taken for a list's lead-in, in bytes:
// "Sinulla on oikeus", "You have the right to:".
const maxLeadIn = 200

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
	if c.leadAt == nil {
		c.findLeadIns()
	}
	return c.leads[c.leadAt[i]:c.leadAt[i+1]]
}

// findLeadIns finds the lists of every section's body, in one slice for
// the document.
func (c *check) findLeadIns() {
	c.leadAt = make([]int32, len(c.doc.Sections)+1)
	for i := range c.doc.Sections {
		c.leadAt[i] = int32(len(c.leads))
		t := c.doc.Sections[i].Body
		lower := t.Lower()
		sents := c.sentences(i)
		for k := 0; k+1 < len(sents); k++ {
			lead := strings.TrimSpace(lower[sents[k][0]:sents[k][1]])
			if len(lead) > maxLeadIn || !endsLeadIn(lead) {
				continue
			}
			for j := k + 1; j < len(sents) && isItem(t, sents[j][0]); j++ {
				c.leads = append(c.leads, [2]int{k, j})
			}
		}
	}
	c.leadAt[len(c.doc.Sections)] = int32(len(c.leads))
}

// endsLeadIn reports whether a sentence ends as a list's lead-in does: with
// a colon, or with a letter (no full stop).
func endsLeadIn(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == ':' || unicode.IsLetter(r)
}

// isItem reports whether the sentence starting at lower-case offset start of
// t reads as a list item: a bullet, a list number ("1.", "a)") or a
// lower-case first letter in the text as written.
func isItem(t extract.Text, start int) bool {
	s := strings.TrimLeft(t.S[t.LowerToText(start):], " \t\r\n")
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
