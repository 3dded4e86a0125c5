package rules

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// An alternative "X[^.]*(?:w1|w2|...)" ("oikeutet\p{L}* (?:edun|etu\p{L}*)
// [^.]*(?:\bon\b|kuten|...)") has the backtracker try each word at every
// place the [^.]* may end: tens of microseconds a sentence. It matches
// exactly where a word stands, with its boundaries, at a place p that X and
// then characters other than '.' reach: where X matches in the text from
// the last '.' before p to p (X matches no '.'). The words are found by
// strings.Index, and X is looked for once for the last such p between two
// dots: X before an earlier p stands before it too.
// TestDotSplitPack, FuzzDotSplit and FuzzPatternFastPaths hold this to what
// the whole expression answers.

// dotSplit is an alternative cut at its [^.]*.
type dotSplit struct {
	expr string // the alternative's
	// head is X, or headWords the few strings it matches.
	head      *regexp.Regexp
	headWords []string
	words     []splitWord
}

// splitWord is one of the words after the [^.]*, with \b before and/or
// after it.
type splitWord struct {
	w             string
	before, after bool
}

// dotSplitOf returns expr cut at its last [^.]*, made on first use; nil
// when expr holds none. The function returns nil when the head or the
// words do not qualify (the head holds an assertion or may match a '.', a
// word is not plain text).
func dotSplitOf(expr string) func() *dotSplit {
	at := strings.LastIndex(expr, `[^.]*`)
	if at <= 0 || at+len(`[^.]*`) == len(expr) {
		return nil
	}
	head, rest := expr[:at], expr[at+len(`[^.]*`):]
	return sync.OnceValue(func() *dotSplit {
		if !contextFree(head) || len(splitAlternatives(expr)) != 1 {
			return nil // with the head whole, the [^.]* stands at the top
		}
		// The words are an alternation group, "(?:w1|w2)", or one
		// sequence, "till (?:en annan|ett annat)".
		alts := []string{rest}
		if group, ok := strings.CutPrefix(rest, "(?:"); ok && strings.HasSuffix(group, ")") && balanced(group[:len(group)-1]) {
			alts = splitAlternatives(group[:len(group)-1])
		}
		words := splitWords(alts)
		if words == nil {
			return nil
		}
		d := &dotSplit{expr: expr, words: words}
		if heads := splitWords([]string{head}); heads != nil && !slices.ContainsFunc(heads, func(w splitWord) bool { return w.before || w.after }) {
			for _, w := range heads {
				d.headWords = append(d.headWords, w.w)
			}
			return d
		}
		re, err := compileTested(head)
		if err != nil {
			return nil
		}
		d.head = re
		return d
	})
}

// splitWords returns the words of the alternatives, nil when one is not
// plain text (or a few strings spelled out) with \b only at its ends.
func splitWords(alts []string) []splitWord {
	var out []splitWord
	for _, alt := range alts {
		var w splitWord
		if strings.HasPrefix(alt, `\b`) {
			alt, w.before = alt[2:], true
		}
		if strings.HasSuffix(alt, `\b`) && !strings.HasSuffix(alt, `\\b`) {
			alt, w.after = alt[:len(alt)-2], true
		}
		if strings.ContainsAny(alt, "()") && strings.Count(alt, "(") != strings.Count(alt, "(?:") {
			return nil // a capture or flags
		}
		var spelledOut []string
		if text, ok := plainText(alt); ok {
			spelledOut = []string{text}
		} else {
			tree, err := syntax.Parse(alt, syntax.Perl)
			if err != nil {
				return nil
			}
			spelledOut = spelled(tree.Simplify(), true)
		}
		if len(spelledOut) == 0 {
			return nil
		}
		for _, text := range spelledOut {
			if text == "" || !utf8.ValidString(text) || strings.ContainsRune(text, utf8.RuneError) {
				return nil
			}
			out = append(out, splitWord{text, w.before, w.after})
		}
	}
	return out
}

// balanced reports whether the parentheses of expr pair up, none closing
// before it opens: a group "(?:" + expr + ")" is one.
func balanced(expr string) bool {
	closedEarly := false
	depth, inClass := walkGroups(expr, func(i, depth int) bool {
		closedEarly = expr[i] == ')' && depth < 0
		return !closedEarly
	})
	return !closedEarly && depth == 0 && !inClass
}

// contextFree reports whether head parses alone and its matches depend on
// the matched text alone, none holding a '.': no assertion (^, $, \b), no
// flags that would reach past it, no '.' in a literal or class, no any
// character.
func contextFree(head string) bool {
	if strings.Count(head, "(?") != strings.Count(head, "(?:") {
		return false
	}
	tree, err := syntax.Parse(head, syntax.Perl)
	if err != nil {
		return false
	}
	var ok func(re *syntax.Regexp) bool
	ok = func(re *syntax.Regexp) bool {
		switch re.Op {
		case syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
			syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
			return false
		case syntax.OpLiteral:
			if slices.Contains(re.Rune, '.') {
				return false
			}
		case syntax.OpCharClass:
			for i := 0; i+1 < len(re.Rune); i += 2 {
				if re.Rune[i] <= '.' && '.' <= re.Rune[i+1] {
					return false
				}
			}
		}
		return !slices.ContainsFunc(re.Sub, func(sub *syntax.Regexp) bool { return !ok(sub) })
	}
	return ok(tree)
}

// match reports whether the alternative matches s; ok is false when s is
// not UTF-8, where characters start is the regexp engine's to say.
func (d *dotSplit) match(s string) (matched, ok bool) {
	if !utf8.ValidString(s) {
		return false, false
	}
	// starts has bit p set where a word, with the character a \b before
	// it takes, may start.
	var small [8]uint64
	starts := small[:]
	if n := len(s)/64 + 1; n > len(small) {
		starts = make([]uint64, n)
	}
	found := false
	for _, w := range d.words {
		for at := 0; ; {
			k := strings.Index(s[at:], w.w)
			if k < 0 {
				break
			}
			t := at + k
			at = t + 1
			if e := t + len(w.w); w.after && e < len(s) && isWordRune(utf8.DecodeRuneInString(s[e:])) {
				continue
			}
			p := t
			if w.before && t > 0 {
				r, size := utf8.DecodeLastRuneInString(s[:t])
				if isWordRune(r, size) {
					continue
				}
				p = t - size
			}
			starts[p/64] |= 1 << (p % 64)
			found = true
		}
	}
	if !found {
		return false, true
	}
	tried := false // a start between this '.' and the next one
	for p := len(s); p >= 0; p-- {
		if p < len(s) && s[p] == '.' {
			tried = false
		}
		if tried || starts[p/64]&(1<<(p%64)) == 0 {
			continue
		}
		tried = true
		before := s[strings.LastIndexByte(s[:p], '.')+1 : p]
		if d.head != nil && d.head.MatchString(before) || d.head == nil && containsAnyOf(before, d.headWords) {
			return true, true
		}
	}
	return false, true
}
