package rules

import "sync"

// analysisTable holds the literal analysis of patterns, by expression:
// what requiredLiterals, literalClauses, boundedWords, checkSyntax and
// compileLocated learn from parsing one. Parsing the pack's patterns was
// most of its compile time; packanalysis.go (generated, go generate ./rules)
// holds the pack's answers, and a pattern it does not know (a user's rule)
// is parsed. Each answer depends on its expression alone.
type analysisTable struct {
	required map[string][]string
	clauses  map[string][][]string
	words    map[string]boundedResult
	syntaxOK map[string]bool
	// prefix: the located body parses and every match starts with this.
	prefix map[string]string
}

// boundedResult is what boundedWords returns.
type boundedResult struct {
	words         []string
	before, after bool
}

// packAnalysis is the pack's analysis, built on first use.
var packAnalysis = sync.OnceValue(packAnalysisTable)

// recording, when set (by the test that writes packanalysis.go), is filled
// with every answer instead of the table being read.
var recording *analysisTable

func newAnalysisTable() *analysisTable {
	return &analysisTable{
		required: map[string][]string{}, clauses: map[string][][]string{},
		words: map[string]boundedResult{}, syntaxOK: map[string]bool{}, prefix: map[string]string{},
	}
}

// known returns the answer of table t for expr.
func known[V any](t func(*analysisTable) map[string]V, expr string) (V, bool) {
	if recording != nil {
		var zero V
		return zero, false
	}
	v, ok := t(packAnalysis())[expr]
	return v, ok
}

// record keeps an answer for packanalysis.go, when recording.
func record[V any](t func(*analysisTable) map[string]V, expr string, v V) V {
	if recording != nil {
		t(recording)[expr] = v
	}
	return v
}

func requiredTable(t *analysisTable) map[string][]string   { return t.required }
func clausesTable(t *analysisTable) map[string][][]string  { return t.clauses }
func wordsTable(t *analysisTable) map[string]boundedResult { return t.words }
func syntaxTable(t *analysisTable) map[string]bool         { return t.syntaxOK }
func prefixTable(t *analysisTable) map[string]string       { return t.prefix }
