package extract

import (
	"html"
	"strings"
)

// decoded returns src[from:to] as the reader sees it: character references
// ("&lt;", "&#228;", "&auml;") decoded and, when escapes is set, Markdown's
// backslash escapes ("\<") resolved. A decoded character maps to where its
// reference starts in the source.
func (s *source) decoded(from, to int, escapes bool) Text {
	special := "&"
	if escapes {
		special = "&\\"
	}
	if !strings.ContainsAny(s.src[from:to], special) {
		return s.text(from, to)
	}
	var b TextBuilder
	plain := from
	for i := from; i < to; {
		k := strings.IndexAny(s.src[i:to], special)
		if k < 0 {
			break
		}
		i += k
		if s.src[i] == '\\' {
			if i+1 < to && isASCIIPunct(s.src[i+1]) {
				b.Append(s.text(plain, i))
				plain = i + 1 // the escaped character stands for itself
				i += 2
				continue
			}
			i++
			continue
		}
		n, out := charRef(s.src[i:to])
		if n == 0 {
			i++
			continue
		}
		b.Append(s.text(plain, i))
		b.AppendAt(out, s.pos(i), s.pos(i+n))
		i += n
		plain = i
	}
	b.Append(s.text(plain, to))
	return b.Text()
}

// charRef decodes the character reference at the start of s ("&amp;",
// "&#x41;", "&auml" without its semicolon as HTML allows); n is the number
// of source bytes it takes, 0 when s starts with no reference.
func charRef(s string) (n int, out string) {
	j := 1
	if j < len(s) && s[j] == '#' {
		j++
		hex := j < len(s) && (s[j] == 'x' || s[j] == 'X')
		if hex {
			j++
		}
		start := j
		for j < len(s) && j-start < 8 && (isDigit(s[j]) || hex && isHexLetter(s[j])) {
			j++
		}
		if j == start {
			return 0, ""
		}
	} else {
		for j < len(s) && j < 40 && (isASCIILetter(s[j]) || isDigit(s[j])) {
			j++
		}
		if j == 1 {
			return 0, ""
		}
	}
	if j < len(s) && s[j] == ';' {
		j++
	}
	candidate := s[:j]
	dec := html.UnescapeString(candidate)
	if dec == candidate {
		return 0, ""
	}
	// A legacy reference without a semicolon may decode only a prefix
	// ("&notin" is "¬in"): the rest of the candidate is left as it was.
	tail := 0
	for tail < len(dec)-1 && tail < len(candidate)-1 && dec[len(dec)-1-tail] == candidate[len(candidate)-1-tail] {
		tail++
	}
	return j - tail, dec[:len(dec)-tail]
}

func isDigit(c byte) bool     { return '0' <= c && c <= '9' }
func isHexLetter(c byte) bool { return 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }

// isASCIIPunct reports the characters Markdown lets a backslash escape.
func isASCIIPunct(c byte) bool {
	return strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) >= 0
}
