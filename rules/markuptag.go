package rules

// markupTag is the pack's pattern for an HTML tag shown as text
// (markup-residue). The backtracker tried its 32 tag names and its optional
// attributes at every '<' of a text, allocating for each match; tagAt finds
// the same matches by hand. FuzzMarkupTag holds it to the expression.
const markupTag = `</?(?:p|ul|ol|li|br|hr|strong|b|i|em|u|span|div|a|h[1-6]|table|tbody|thead|tr|td|th|font|center|small|sup|sub)(?:\s[^<>\n]*)?\s*/?>`

// handMatchers are located patterns matched by hand where their prefix
// stands, by the pattern's body: each returns the end of the match that
// starts s, or -1 when none does, as the expression anchored there would.
var handMatchers = map[string]func(string) int{markupTag: tagAt}

// isMarkupTagName reports whether name is one of markupTag's tag names.
func isMarkupTagName(name string) bool {
	switch name {
	case "p", "ul", "ol", "li", "br", "hr", "strong", "b", "i", "em", "u", "span", "div", "a",
		"h1", "h2", "h3", "h4", "h5", "h6", "table", "tbody", "thead", "tr", "td", "th",
		"font", "center", "small", "sup", "sub":
		return true
	}
	return false
}

// isPerlSpace reports whether b is what \s matches: [\t\n\f\r ].
func isPerlSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r'
}

// tagAt is markupTag anchored at the start of s. A name must be followed by
// \s, '/' or '>', none of which a name holds, so at most one name fits
// whatever order the alternation tries them in. After the name, a space
// starts the attributes, which run to the first '<', '>' or line break: at
// a '>' the match ends there; otherwise only \s*/?> from that place can end
// it (a shorter run of attributes leaves characters neither \s nor a '/'
// before a '>'), and without attributes the same \s*/?> is tried.
func tagAt(s string) int {
	if len(s) < 3 || s[0] != '<' {
		return -1
	}
	i := 1
	if s[i] == '/' {
		i++
	}
	j := i
	for j < len(s) && j-i <= len("strong") && !isPerlSpace(s[j]) && s[j] != '/' && s[j] != '>' {
		j++
	}
	if j == len(s) || !isMarkupTagName(s[i:j]) {
		return -1
	}
	if isPerlSpace(s[j]) {
		k := j + 1
		for k < len(s) && s[k] != '<' && s[k] != '>' && s[k] != '\n' {
			k++
		}
		if k < len(s) && s[k] == '>' {
			return k + 1
		}
		j = k
	}
	for j < len(s) && isPerlSpace(s[j]) {
		j++
	}
	if j < len(s) && s[j] == '/' {
		j++
	}
	if j < len(s) && s[j] == '>' {
		return j + 1
	}
	return -1
}
