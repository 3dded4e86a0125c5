package rules

// wordClass is the class of the characters a Unicode-aware \b stands
// between and a word: neither a letter, a number nor '_'.
const wordClass = `[^\p{L}\p{N}_]`

// wordless (wordless_table.go, written by go generate ./rules) is
// wordClass written out as the ranges it stands for. Each of the pack's
// patterns with a \b holds the class once or twice, and the regexp parser
// builds \p{L} and \p{N} from Unicode's tables at every compile: written
// out, a pattern compiles in about 0.6 of the time, and about 90 patterns
// a run are compiled on first use. TestWordlessUpToDate holds it to
// wordClass (a Go release with newer Unicode tables fails it until it is
// written again), TestWordlessClass for every character, case folded or
// not.
