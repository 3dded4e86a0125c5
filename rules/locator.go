package rules

import (
	"errors"
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Go's \b knows only ASCII letters, so "täydennä\b" would never match before a
// space. A \b at either end of a pack pattern is compiled to a Unicode-aware
// boundary instead, and the match proper is capture group 1.
const (
	boundaryBefore = `(?:^|` + wordless + `)`
	boundaryAfter  = `(?:$|` + wordless + `)`
)

// joinLocatedLines is joinLines for a located pattern, where \b may stand
// only at the ends: a \b that starts (or ends) every line is taken out of
// the lines and put before (or after) their alternation.
func joinLocatedLines(p string) string {
	if !strings.Contains(p, "\n") {
		return p
	}
	alts := patternLines(p)
	before, after := true, true
	for _, a := range alts {
		before = before && strings.HasPrefix(a, `\b`)
		after = after && strings.HasSuffix(a, `\b`) && !strings.HasSuffix(a, `\\b`)
	}
	for i, a := range alts {
		if before {
			a = a[2:]
		}
		if after {
			a = a[:len(a)-2]
		}
		alts[i] = "(?:" + a + ")"
	}
	out := "(?:" + strings.Join(alts, "|") + ")"
	if before {
		out = `\b` + out
	}
	if after {
		out += `\b`
	}
	return out
}

// locator is a compiled pattern whose matches are located: a forbid
// rule's patterns and exceptions. Its expression has the match as group 1,
// between Unicode-aware boundaries when the pattern starts or ends with \b.
type locator struct {
	// whole is the expression, compiled on first use.
	whole func() *regexp.Regexp
	// prefix, when not empty, is a literal every match starts with: text
	// without it is skipped without running the expression, and the
	// search jumps from one occurrence to the next, trying anchored, the
	// expression anchored at the start (compiled on first use), there.
	prefix   string
	anchored func() *regexp.Regexp
	// at, when not nil, is anchored matched by hand (handMatchers): the end
	// of the match that starts s, or -1.
	at func(s string) int
	// leads, for a pattern without a prefix, returns the few strings one of
	// which every match starts with ("when ", "once "), found on first use
	// (leads.go); nil when they are not known. They are looked for as the
	// prefix is.
	leads    func() []string
	boundary bool     // a \b before the match
	anyOf    []string // every match holds one of these; nil if unknown
	ids      []int32  // anyOf's numbers in the literal table
	idsAnyOf bool     // ids are those of anyOf, one for one
	idMask   idMask   // ids, for a literal set's test
	// clauses: every match holds a literal of each.
	clauses [][]int32
}

// mayHold reports whether text holding the literals lits may match.
func (m *locator) mayHold(lits litSet) bool {
	if !m.idMask.in(lits) {
		return false
	}
	for _, c := range m.clauses {
		if !lits.hasAny(c) {
			return false
		}
	}
	return true
}

// compilePattern compiles a pack pattern whose matches are located: lower
// case (the text it meets is lower-cased), \b only at its ends.
func compilePattern(p string) (*locator, error) { return compileLocated(p, true) }

// compileLocated is compilePattern; numbered as for compileTest.
func compileLocated(p string, numbered bool) (*locator, error) {
	p, err := expandNamed(p)
	if err != nil {
		return nil, err
	}
	raw := p
	p = joinLocatedLines(p)
	if err := checkPattern(p); err != nil {
		return nil, err
	}
	body, before, after := p, "", ""
	if strings.HasPrefix(body, `\b`) {
		body, before = body[2:], boundaryBefore
	}
	if strings.HasSuffix(body, `\b`) && !strings.HasSuffix(body, `\\b`) {
		body, after = body[:len(body)-2], boundaryAfter
	}
	if strings.Contains(strings.ReplaceAll(body, `\\`, ""), `\b`) {
		return nil, errors.New(`\b may stand only at the start or end of a pattern`)
	}
	prefix, err := locatedPrefix(body)
	if err != nil {
		return nil, err
	}
	lits := requiredLiterals(body)
	if lines := patternLines(raw); len(lines) > 1 {
		lits = alternativesLiterals(lines)
	}
	var ids []int32
	var clauses [][]int32
	if numbered {
		ids = literalIDs(lits)
		clauses = clauseIDs(literalClauses(body))
	}
	// The expression with its boundaries is compiled on first use, as a
	// condition's alternatives are.
	whole := before + "(" + body + ")" + after
	var leads func() []string
	if prefix == "" {
		leads = sync.OnceValue(func() []string { return leadingStrings(body) })
	}
	var at func(string) int
	if before == "" && after == "" && prefix != "" {
		at = handMatchers[body]
	}
	return &locator{
		leads:    leads,
		idMask:   newIDMask(ids),
		whole:    sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(whole) }),
		anchored: sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(?:` + whole + `)`) }),
		prefix:   prefix, anyOf: lits, ids: ids, idsAnyOf: ids != nil, boundary: before != "",
		at:      at,
		clauses: clauses,
	}, nil
}

// mayMatch reports whether s holds one of the literals every match holds.
func (m *locator) mayMatch(s string) bool {
	return m.anyOf == nil || containsAnyOf(s, m.anyOf)
}

// findAll returns the [start, end) byte ranges of the matches in s, leftmost
// first, without overlaps.
func (m *locator) findAll(s string) [][2]int {
	if !m.mayMatch(s) {
		return nil
	}
	return m.search(s)
}

// findAllIn is findAll on a text whose literal set is lits: when the set
// shows one of the literals every match holds, the text is not searched
// for them again.
func (m *locator) findAllIn(s string, lits litSet) [][2]int {
	if !m.idsAnyOf || !lits.hasKnown(m.ids) {
		return m.findAll(s)
	}
	return m.search(s)
}

// search is findAll without the test for the literals.
func (m *locator) search(s string) [][2]int {
	var starts occurrences // of the strings every match starts with
	if m.prefix != "" {
		starts = occurrences{strings: []string{m.prefix}}
	} else if m.leads != nil {
		starts = occurrences{strings: m.leads()}
	}
	var out [][2]int
	for pos := 0; pos <= len(s); {
		from, at := pos, pos // at: where the prefix stands
		if starts.strings != nil {
			if at = starts.next(s, pos); at < 0 {
				break
			}
			from = at
			if m.boundary && from > 0 {
				_, size := utf8.DecodeLastRuneInString(s[:from])
				from -= size // the boundary character before the match
			}
		}
		var loc []int
		if starts.strings != nil && m.at != nil {
			end := m.at(s[from:])
			if end < 0 {
				pos = at + 1
				continue
			}
			loc = []int{0, end, 0, end} // does not escape
		} else if starts.strings != nil && m.anchored != nil {
			// Every match starts at an occurrence of the prefix (or of a
			// leading string): the expression is tried there alone, and the search goes on
			// from the next occurrence, instead of scanning the rest of
			// the text with the regexp engine.
			if loc = m.anchored().FindStringSubmatchIndex(s[from:]); loc == nil {
				pos = at + 1
				continue
			}
		} else if loc = m.whole().FindStringSubmatchIndex(s[from:]); loc == nil {
			break
		}
		start, end := from+loc[2], from+loc[3]
		if m.boundary && loc[0] == loc[2] && start > 0 && isWordBefore(s, start) {
			// ^ matched where the search began, inside a word.
			_, size := utf8.DecodeRuneInString(s[start:])
			pos = start + max(size, 1)
			if starts.strings != nil {
				// The occurrence at was tried: the next one is after it
				// (start, one character before it when it stands twice
				// over, would find it again and again).
				pos = max(pos, at+1)
			}
			continue
		}
		out = append(out, [2]int{start, end})
		if end > start {
			pos = end
		} else {
			_, size := utf8.DecodeRuneInString(s[start:])
			pos = start + max(size, 1)
		}
	}
	return out
}

func isWordBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_'
}

// locatedPrefix returns the literal every match of body starts with, or
// why body does not compile.
func locatedPrefix(body string) (string, error) {
	if p, ok := known(prefixTable, body); ok {
		return p, nil
	}
	tree, err := parseSimplified(body)
	if err != nil {
		return "", err
	}
	prog, err := syntax.Compile(tree)
	if err != nil {
		return "", err
	}
	prefix, _ := prog.Prefix()
	return record(prefixTable, body, prefix), nil
}
