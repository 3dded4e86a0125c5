package rules

import (
	"cmp"
	"sort"
	"strings"
	"sync"
)

// The literal analysis of patterns, by expression: what requiredLiterals,
// literalClauses, boundedWords, checkSyntax and compileLocated learn from
// parsing one. Parsing the pack's patterns was most of its compile time;
// packanalysis.go (generated, go generate ./rules) holds the pack's
// answers, and a pattern it does not know (a user's rule) is parsed. Each
// answer depends on its expression alone.
//
// packAnalysis is a slice sorted by expression (shorter first, then in
// byte order), not a map: the linker lays it out, so that a process starts
// without building a table, and a binary search finds an expression,
// comparing the bytes of few.

// analysisEntry is what the analysis learnt of one expression; has tells
// which of its answers are known (an answer may be nil).
type analysisEntry struct {
	expr     string
	has      analysisKinds
	required []string
	clauses  [][]string
	words    boundedResult
	// prefix: the located body parses and every match starts with this.
	prefix string
}

// analysisKinds are the answers an entry holds, one bit each.
type analysisKinds uint8

const (
	hasRequired analysisKinds = 1 << iota
	hasClauses
	hasWords
	hasSyntaxOK // the expression parses
	hasPrefix
)

// analysis is one kind of answer: its bit, and how to read and write it.
type analysis[V any] struct {
	bit analysisKinds
	get func(*analysisEntry) V
	set func(*analysisEntry, V)
}

var (
	requiredTable = analysis[[]string]{hasRequired,
		func(e *analysisEntry) []string { return e.required },
		func(e *analysisEntry, v []string) { e.required = v }}
	clausesTable = analysis[[][]string]{hasClauses,
		func(e *analysisEntry) [][]string { return e.clauses },
		func(e *analysisEntry, v [][]string) { e.clauses = v }}
	wordsTable = analysis[boundedResult]{hasWords,
		func(e *analysisEntry) boundedResult { return e.words },
		func(e *analysisEntry, v boundedResult) { e.words = v }}
	syntaxTable = analysis[bool]{hasSyntaxOK,
		func(*analysisEntry) bool { return true },
		func(*analysisEntry, bool) {}}
	prefixTable = analysis[string]{hasPrefix,
		func(e *analysisEntry) string { return e.prefix },
		func(e *analysisEntry, v string) { e.prefix = v }}
)

// boundedResult is what boundedWords returns.
type boundedResult struct {
	words         []string
	before, after bool
}

// recording, when set (by the test that writes packanalysis.go), is filled
// with every answer instead of the table being read.
var recording *analysisRecord

// analysisRecord collects answers by expression.
type analysisRecord struct {
	sync.Mutex
	entries map[string]*analysisEntry
}

// known returns the answer of kind a for expr, when packAnalysis has it.
func known[V any](a analysis[V], expr string) (V, bool) {
	var zero V
	if recording != nil {
		return zero, false
	}
	i := sort.Search(len(packAnalysis), func(i int) bool { return compareExprs(packAnalysis[i].expr, expr) >= 0 })
	if i == len(packAnalysis) || packAnalysis[i].expr != expr || packAnalysis[i].has&a.bit == 0 {
		return zero, false
	}
	return a.get(&packAnalysis[i]), true
}

// record keeps an answer for packanalysis.go, when recording.
func record[V any](a analysis[V], expr string, v V) V {
	if recording != nil {
		recording.Lock()
		e := recording.entries[expr]
		if e == nil {
			e = &analysisEntry{expr: expr}
			recording.entries[expr] = e
		}
		e.has |= a.bit
		a.set(e, v)
		recording.Unlock()
	}
	return v
}

// sortedEntries returns the recorded entries, sorted by expression.
func (r *analysisRecord) sortedEntries() []analysisEntry {
	out := make([]analysisEntry, 0, len(r.entries))
	for _, e := range r.entries {
		out = append(out, *e)
	}
	sort.Slice(out, func(i, j int) bool { return compareExprs(out[i].expr, out[j].expr) < 0 })
	return out
}

// compareExprs orders expressions by length, then byte by byte.
func compareExprs(a, b string) int {
	if len(a) != len(b) {
		return cmp.Compare(len(a), len(b))
	}
	return strings.Compare(a, b)
}
