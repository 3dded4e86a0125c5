package rules

import (
	"regexp/syntax"
	"strings"
)

// A located pattern whose matches start with one of a few strings, not one
// literal ("(?:when|once) ...", "(?:for )?as long as ..."), has no prefix
// the regexp engine can jump to: it is tried at every position of the text.
// Its leading strings are looked for instead, and the expression tried,
// anchored, where one stands, as a single prefix is.

// maxLeads is the most leading strings a pattern is looked for by: each is
// one more strings.Index over the text.
const maxLeads = 4

// leadingStrings returns strings one of which every match of expr starts
// with, none empty: the strings its first parts spell, as far as they are
// few. nil when there are none such.
func leadingStrings(expr string) []string {
	re, err := parseSimplified(expr)
	if err != nil {
		return nil
	}
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	parts := []*syntax.Regexp{re}
	if re.Op == syntax.OpConcat {
		parts = re.Sub
	}
	leads := []string{""}
	for _, part := range parts {
		ex := spelled(part, true)
		if ex == nil || len(leads)*len(ex) > maxLeads {
			break
		}
		var longer []string
		for _, l := range leads {
			for _, e := range ex {
				longer = append(longer, l+e)
			}
		}
		leads = longer
	}
	for _, l := range leads {
		if l == "" {
			return nil
		}
	}
	return leads
}

// occurrences finds, from a position on, the first place one of strings
// stands. Positions only grow: where each string stands next is kept, and
// it is searched for again only once passed, so that each string is
// searched for once over the text.
type occurrences struct {
	strings []string
	at      []int // where strings[i] stands next; -1 nowhere further, -2 not searched yet
}

// next returns the first position at or after pos where one of the
// strings stands, or -1.
func (o *occurrences) next(s string, pos int) int {
	if len(o.strings) == 1 {
		if k := strings.Index(s[pos:], o.strings[0]); k >= 0 {
			return pos + k
		}
		return -1
	}
	if o.at == nil {
		o.at = make([]int, len(o.strings))
		for i := range o.at {
			o.at[i] = -2
		}
	}
	first := -1
	for i, str := range o.strings {
		if o.at[i] != -1 && o.at[i] < pos {
			o.at[i] = -1
			if k := strings.Index(s[pos:], str); k >= 0 {
				o.at[i] = pos + k
			}
		}
		if o.at[i] >= 0 && (first < 0 || o.at[i] < first) {
			first = o.at[i]
		}
	}
	return first
}
