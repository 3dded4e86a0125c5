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
// then characters other than '.' reach. The words are found by
// strings.Index, and "X[^.]*$" runs only on the text from the last '.'
// before p to p (X matches no '.'), once for the last such p between two
// dots: X[^.]* that reaches an earlier p reaches it too.
// FuzzPatternFastPaths holds this to what the whole expression answers.

// dotSplit is an alternative cut at its [^.]*.
type dotSplit struct {
	expr  string         // the alternative's
	head  *regexp.Regexp // "(?:X)[^.]*$"
	words []splitWord
}

// splitWord is one of the words after the [^.]*, with \b before and/or
// after it.
type splitWord struct {
	w             string
	before, after bool
}

// dotConnector stands between an alternative's head and its words.
const dotConnector = `[^.]*(?:`

// dotSplitOf returns expr cut at its [^.]*, made on first use; nil when
// expr is not of that form. The function returns nil when the head or the
// words do not qualify (the head holds an assertion or may match a '.', a
// word is not plain text).
func dotSplitOf(expr string) func() *dotSplit {
	at := strings.LastIndex(expr, dotConnector)
	if at <= 0 || !strings.HasSuffix(expr, ")") {
		return nil
	}
	head, group := expr[:at], expr[at+len(dotConnector):len(expr)-1]
	return sync.OnceValue(func() *dotSplit {
		words := splitWords(group)
		if words == nil || len(splitAlternatives(expr)) != 1 || !contextFree(head) {
			return nil
		}
		re, err := compileTested("(?:" + head + ")[^.]*$")
		if err != nil {
			return nil
		}
		return &dotSplit{expr: expr, head: re, words: words}
	})
}

// splitWords returns the words of the alternation group, nil when one is
// not plain text (or a few spelled-out strings) with \b only at its ends.
// The group's own parentheses are the last: a word holds none.
func splitWords(group string) []splitWord {
	var out []splitWord
	for _, alt := range splitAlternatives(group) {
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
	if len(out) == 0 || !checkGroup(group) {
		return nil
	}
	return out
}

// checkGroup reports whether group, the text between "(?:" and the
// expression's last ")", is one balanced alternation: that ")" closes the
// "(?:".
func checkGroup(group string) bool {
	depth, class := 0, false
	for i := 0; i < len(group); i++ {
		switch c := group[i]; {
		case c == '\\':
			i++
		case class:
			class = c != ']'
		case c == '[':
			class = true
		case c == '(':
			depth++
		case c == ')':
			if depth--; depth < 0 {
				return false
			}
		}
	}
	return depth == 0 && !class
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
		if d.head.MatchString(s[strings.LastIndexByte(s[:p], '.')+1 : p]) {
			return true, true
		}
	}
	return false, true
}
