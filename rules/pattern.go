package rules

import (
	"errors"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// alternativesLiterals returns the literals one of which every match of
// the alternatives holds, nil when one of them has none. Each alternative
// is read alone: parsed as one alternation, their common prefixes are
// factored out ("ma(?:rkkinoin|rketing)"), leaving literals that stand in
// most texts ("arkkinoin", "nen").
func alternativesLiterals(alts []string) []string {
	var out []string
	for _, a := range alts {
		lits := requiredLiterals(a)
		if lits == nil {
			return nil
		}
		out = append(out, lits...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// splitAlternatives cuts a pattern at its top-level |.
func splitAlternatives(p string) []string {
	var out []string
	start := 0
	walkGroups(p, func(i, depth int) bool {
		if p[i] == '|' && depth == 0 {
			out = append(out, p[start:i])
			start = i + 1
		}
		return true
	})
	return append(out, p[start:])
}

// walkGroups calls at with the index of each byte of pattern p that stands
// outside an escape and a character class, and the depth of the
// parentheses around it (a '(' or ')' counts as outside the group it
// opens or closes), until at returns false. It returns the depth where it
// stopped and whether that is inside a class.
func walkGroups(p string, at func(i, depth int) bool) (depth int, inClass bool) {
	for i := 0; i < len(p); i++ {
		switch c := p[i]; {
		case c == '\\':
			i++
		case inClass:
			inClass = c != ']'
		case c == '[':
			inClass = true
		default:
			if c == ')' {
				depth--
			}
			if !at(i, depth) {
				return depth, inClass
			}
			if c == '(' {
				depth++
			}
		}
	}
	return depth, inClass
}

// plainText returns the text a pattern matches when it has no regexp
// syntax but escaped punctuation ("tietosuoja\.fi").
func plainText(p string) (string, bool) {
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case c == '\\' && i+1 < len(p) && strings.IndexByte(`.+*?()|[]{}^$-\\/`, p[i+1]) >= 0:
			i++
			b.WriteByte(p[i])
		case strings.IndexByte(`\\.+*?()|[]{}^$`, c) >= 0:
			return "", false
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), b.Len() > 0
}

// joinLines makes a pattern written one alternative a line (a YAML block
// scalar) one alternation: blank lines and lines starting with "# " are
// left out. A pattern of one line is returned as it is.
func joinLines(p string) string {
	if !strings.Contains(p, "\n") {
		return p
	}
	return strings.Join(patternLines(p), "|")
}

// patternLines returns the lines of a pattern written one alternative a
// line.
func patternLines(p string) []string {
	var alts []string
	for line := range strings.SplitSeq(p, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line == "#" || strings.HasPrefix(line, "# ") {
			continue
		}
		alts = append(alts, line)
	}
	return alts
}

func checkPattern(p string) error {
	if p == "" {
		return errors.New("empty pattern")
	}
	if hasUpper(p) {
		return errors.New("write patterns in lower case: they are matched against lower-cased text")
	}
	return nil
}

func containsAnyOf(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// hasUpper reports whether p has an upper-case letter outside its escapes
// (\p{Lu}, \S) and ASCII classes ([[:alpha:]]): what leaving out every
// match of \\[pP]\{[^}]*\}|\\[A-Za-z]|\[\[:[a-z]+:\]\] and looking at the
// rest tells, without an expression run over every pattern at start-up.
func hasUpper(p string) bool {
	for i := 0; i < len(p); {
		if p[i] == '\\' && i+1 < len(p) {
			c := p[i+1]
			if c == 'p' || c == 'P' {
				if rest, ok := strings.CutPrefix(p[i+2:], "{"); ok {
					if end := strings.IndexByte(rest, '}'); end >= 0 {
						i += 3 + end + 1
						continue
					}
				}
			}
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				i += 2
				continue
			}
		}
		if strings.HasPrefix(p[i:], "[[:") {
			j := i + 3
			for j < len(p) && 'a' <= p[j] && p[j] <= 'z' {
				j++
			}
			if j > i+3 && strings.HasPrefix(p[j:], ":]]") {
				i = j + 3
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(p[i:])
		if unicode.IsUpper(r) {
			return true
		}
		i += size
	}
	return false
}
