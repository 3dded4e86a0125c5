package rules

import (
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
)

// requiredLiterals returns strings one of which every match of the
// expression contains, or nil when it cannot tell. Text holding none of them
// cannot match, and strings.Contains says so far faster than the regexp
// engine, which does not skip ahead on alternations.
func requiredLiterals(expr string) []string {
	if lits, ok := known(requiredTable, expr); ok {
		return lits
	}
	return record(requiredTable, expr, parseRequiredLiterals(expr))
}

func parseRequiredLiterals(expr string) []string {
	re, err := parseSimplified(expr)
	if err != nil {
		return nil
	}
	lits := literalsOf(re)
	for _, l := range lits {
		if l == "" {
			return nil
		}
	}
	return lits
}

// parsed holds each expression parsed and simplified, by its text: the
// families of wordings the rules share (the rights' entitlements, say) and
// each alternative's literals and clauses are read from one parse.
var parsed sync.Map // string -> parseResult

type parseResult struct {
	re  *syntax.Regexp
	err error
}

// forgetParses empties the cache of parse trees once a pack is compiled.
func forgetParses() { parsed.Clear() }

// parseSimplified parses expr (Perl syntax) and simplifies it, once for
// every caller. The tree returned is shared: do not change it.
func parseSimplified(expr string) (*syntax.Regexp, error) {
	if r, ok := parsed.Load(expr); ok {
		return r.(parseResult).re, r.(parseResult).err
	}
	re, err := syntax.Parse(expr, syntax.Perl)
	if err == nil {
		re = re.Simplify()
	}
	parsed.Store(expr, parseResult{re, err})
	return re, err
}

func literalsOf(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil
		}
		return []string{string(re.Rune)}
	case syntax.OpCharClass:
		// A small class such as \d is as good as its members: a text
		// without a digit cannot match \d{5}.
		return classLiterals(re.Rune)
	case syntax.OpCapture:
		return literalsOf(re.Sub[0])
	case syntax.OpPlus:
		return literalsOf(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return literalsOf(re.Sub[0])
		}
	case syntax.OpConcat:
		// Children in a row that each match one of a few strings match
		// one of their joins ("p" then "äivämäärä|vm", as the parser
		// factors "päivämäärä|pvm"); keep the run, or the other child,
		// whose weakest literal is longest.
		var best []string
		consider := func(lits []string) {
			if lits != nil && (best == nil || shortest(lits) > shortest(best)) {
				best = lits
			}
		}
		var run []string
		for _, sub := range re.Sub {
			if ex := exactStrings(sub); ex != nil {
				// A run long enough to be rare ends: "henkilötietola"
				// is one literal where "henkilötietolaki|-lain" are two,
				// but "vänd" stands in "använd".
				if run != nil && (shortest(run) >= minRunLiteral || len(run)*len(ex) > maxExact) {
					consider(run)
					run = nil
				}
				run = joinAll(run, ex)
				continue
			}
			consider(run)
			run = nil
			consider(literalsOf(sub))
		}
		consider(run)
		return best
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			lits := literalsOf(sub)
			if lits == nil {
				return nil
			}
			all = append(all, lits...)
		}
		return all
	}
	return nil
}

// literalClauses returns sets of strings such that every match of the
// expression holds one string of each set: for "a[^.]*(?:b|c)" both {a} and
// {b, c}. Text missing every string of one set cannot match.
func literalClauses(expr string) [][]string {
	if c, ok := known(clausesTable, expr); ok {
		return c
	}
	return record(clausesTable, expr, parseLiteralClauses(expr))
}

func parseLiteralClauses(expr string) [][]string {
	re, err := parseSimplified(expr)
	if err != nil {
		return nil
	}
	var out [][]string
	for _, c := range clausesOf(re) {
		if !slices.Contains(c, "") {
			out = append(out, c)
		}
	}
	return out
}

func clausesOf(re *syntax.Regexp) [][]string {
	switch re.Op {
	case syntax.OpCapture, syntax.OpPlus:
		return clausesOf(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return clausesOf(re.Sub[0])
		}
	case syntax.OpConcat:
		// Every child is matched: each child's sets hold, adjacent
		// literals joined.
		var out [][]string
		var run strings.Builder
		for _, sub := range re.Sub {
			if sub.Op == syntax.OpLiteral && sub.Flags&syntax.FoldCase == 0 {
				run.WriteString(string(sub.Rune))
				continue
			}
			if run.Len() > 0 {
				out = append(out, []string{run.String()})
				run.Reset()
			}
			out = append(out, clausesOf(sub)...)
		}
		if run.Len() > 0 {
			out = append(out, []string{run.String()})
		}
		return out
	default:
		if lits := literalsOf(re); lits != nil {
			return [][]string{lits}
		}
	}
	return nil
}

// minRunLiteral is the shortest literal, in bytes, that a run of children
// of a concatenation stops at rather than being joined to the next child:
// a shorter one is most often a prefix the parser factored out ("p" of
// "päivämäärä|pvm"), and joining a longer one would number many literals
// where one serves.
const minRunLiteral = 4

// maxExact is the most strings an expression is spelled out as.
const maxExact = 64

// exactStrings returns the strings an expression matches when they are
// few (maxExact) and plain: "ki|in", "p(?:vm|äivämäärä)", [abc]; nil
// otherwise.
func exactStrings(re *syntax.Regexp) []string { return spelled(re, false) }

// spelled is exactStrings; with optional, "x?" is spelled "x" and "" too.
func spelled(re *syntax.Regexp, optional bool) []string {
	switch re.Op {
	case syntax.OpEmptyMatch:
		if !optional {
			return nil
		}
		return []string{""}
	case syntax.OpQuest:
		if !optional {
			return nil
		}
		ex := spelled(re.Sub[0], true)
		if ex == nil || len(ex) >= maxExact {
			return nil
		}
		return append(ex, "")
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil
		}
		return []string{string(re.Rune)}
	case syntax.OpCharClass:
		return classLiterals(re.Rune)
	case syntax.OpCapture:
		return spelled(re.Sub[0], optional)
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			ex := spelled(sub, optional)
			if ex == nil || len(out)+len(ex) > maxExact {
				return nil
			}
			out = append(out, ex...)
		}
		return out
	case syntax.OpConcat:
		var out []string
		for _, sub := range re.Sub {
			ex := spelled(sub, optional)
			if ex == nil || len(out)*len(ex) > maxExact {
				return nil
			}
			out = joinAll(out, ex)
		}
		return out
	}
	return nil
}

// joinAll returns every string of a followed by one of b; a nil a is no
// string before b.
func joinAll(a, b []string) []string {
	if a == nil {
		return slices.Clone(b)
	}
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = append(out, x+y)
		}
	}
	return out
}

// maxClassLiterals is the largest class that stands for its members.
const maxClassLiterals = 10

// classLiterals returns the members of a character class given as ranges,
// or nil when it has more than maxClassLiterals.
func classLiterals(ranges []rune) []string {
	n := 0
	for i := 0; i+1 < len(ranges); i += 2 {
		n += int(ranges[i+1]-ranges[i]) + 1
		if n > maxClassLiterals {
			return nil
		}
	}
	lits := make([]string, 0, n)
	for i := 0; i+1 < len(ranges); i += 2 {
		for r := ranges[i]; r <= ranges[i+1]; r++ {
			lits = append(lits, string(r))
		}
	}
	return lits
}

func shortest(lits []string) int {
	n := -1
	for _, l := range lits {
		if n < 0 || len(l) < n {
			n = len(l)
		}
	}
	return n
}

// literalTable numbers every literal a compiled pattern needs, so that one
// Aho-Corasick pass over a text tells which of them it holds.
var literalTable = struct {
	sync.Mutex
	ids  map[string]int32
	list []string
}{ids: map[string]int32{}}

// minWordLiteral is the shortest literal numbered, in bytes.
const minWordLiteral = 3

func literalIDs(lits []string) []int32 {
	for _, l := range lits {
		if len(l) < minWordLiteral {
			// "(" or "<" stands in most texts: it would only slow the
			// automaton down. strings.Contains tests these.
			return nil
		}
	}
	if lits == nil {
		return nil
	}
	literalTable.Lock()
	defer literalTable.Unlock()
	ids := make([]int32, 0, len(lits))
	for _, l := range lits {
		id, ok := literalTable.ids[l]
		if !ok {
			id = int32(len(literalTable.list))
			literalTable.ids[l] = id
			literalTable.list = append(literalTable.list, l)
		}
		ids = append(ids, id)
	}
	return ids
}

// minClauseLiteral is the shortest literal a clause is numbered with:
// shorter ones (" on ", "data") stand in most sentences, and each costs the
// automaton a hit wherever it stands.
const minClauseLiteral = 5

// clauseIDs numbers the clauses' literals, leaving out a clause with a
// literal shorter than minClauseLiteral.
func clauseIDs(clauses [][]string) [][]int32 {
	var out [][]int32
	for _, c := range clauses {
		if !slices.ContainsFunc(c, func(l string) bool { return len(l) < minClauseLiteral }) {
			out = append(out, literalIDs(c))
		}
	}
	return out
}

func allLiterals() []string {
	literalTable.Lock()
	defer literalTable.Unlock()
	return slices.Clone(literalTable.list)
}
