package rules

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
	"unicode/utf8"
)

// An alternative that starts with \b ("\bantaminen\b[^.]*...") compiles to
// an expression that starts with anyBoundary, an alternation the regexp
// engine tries at every position of a text, with no literal to jump to.
// Its body, the rest, is matched alone instead: the engine jumps to where
// the body's literal prefix stands, and a match counts where the
// character before it is not a letter, a number or '_' (or it starts the
// text), which is what the boundary asks. FuzzPatternFastPaths holds this
// to what the whole expression answers.

// maxBoundaryMisses is how many matches of the body inside a word are
// skipped before the whole expression is run instead: each costs a regexp
// run, and a text full of them ("xoikeu xoikeu ...") must not cost more
// than a few runs of the plain expression.
const maxBoundaryMisses = 4

// afterBoundary returns the body of an alternative that starts with \b,
// compiled on first use; the function returns nil when the body cannot be
// matched alone (an assertion such as ^ may stand at its start, where a
// text cut before it would satisfy it).
func afterBoundary(expr string) func() *regexp.Regexp {
	if !strings.HasPrefix(expr, `\b`) {
		return nil
	}
	body := expr[2:]
	return sync.OnceValue(func() *regexp.Regexp {
		re, err := compileTested(body)
		if err != nil || !startsWithCharacter(re.String()) {
			return nil
		}
		return re
	})
}

// startsWithCharacter reports whether every match of expr starts by
// matching a character: no assertion (^, $, \b) and no empty match can
// come first.
func startsWithCharacter(expr string) bool {
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return false
	}
	prog, err := syntax.Compile(tree.Simplify())
	if err != nil {
		return false
	}
	seen := make([]bool, len(prog.Inst))
	var consumes func(pc uint32) bool
	consumes = func(pc uint32) bool {
		if seen[pc] {
			return true // a loop back to an instruction being looked at
		}
		seen[pc] = true
		switch in := prog.Inst[pc]; in.Op {
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			return true
		case syntax.InstAlt, syntax.InstAltMatch:
			return consumes(in.Out) && consumes(in.Arg)
		case syntax.InstNop, syntax.InstCapture:
			return consumes(in.Out)
		default: // InstEmptyWidth, InstMatch, InstFail
			return false
		}
	}
	return consumes(uint32(prog.Start))
}

// matchAfterBoundary reports whether \b followed by body matches s. ok is
// false when it cannot tell and the whole expression must run.
func matchAfterBoundary(body *regexp.Regexp, s string) (matched, ok bool) {
	for at, misses := 0, 0; at <= len(s); misses++ {
		if misses == maxBoundaryMisses {
			return false, false
		}
		loc := body.FindStringIndex(s[at:])
		if loc == nil {
			return false, true
		}
		i := at + loc[0]
		if i == 0 {
			return true, true
		}
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if r == utf8.RuneError && size <= 1 {
			return false, false // not UTF-8 before the match: where characters start is the engine's to say
		}
		if !isWordRune(r, size) {
			return true, true
		}
		_, size = utf8.DecodeRuneInString(s[i:])
		at = i + max(size, 1)
	}
	return false, true
}
