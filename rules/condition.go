package rules

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/noticelint/noticelint/internal/ahocorasick"
	"github.com/noticelint/noticelint/internal/bytewords"
)

// condition is a compiled pattern that is tested, not located: a
// statement's, a heading's, an exception's test. It answers whether a text
// matches, by a literal set where that can tell (matchIn) and by the
// regexp engine where it cannot; \b may stand anywhere in it. A forbid
// rule's patterns, which find where matches stand, are locators.
type condition struct {
	expr  string   // the pattern, its lines joined
	anyOf []string // every match holds one of these; nil if unknown
	ids   []int32  // anyOf's numbers in the literal table
	// idMask and wordMask are ids and wordIDs, for a literal set's test.
	idMask, wordMask idMask
	// joined compiles the alternatives that are not plain words on first
	// use: the whole pattern when it has no words, the rest when it has.
	joined func() *regexp.Regexp
	// The alternatives that are plain text are words: one of them
	// contained is a match, with no regexp run. The other alternatives'
	// literals are restAnyOf.
	words     []string
	restAnyOf []string
	wordsOnly bool    // every alternative is a plain word
	wordIDs   []int32 // the numbers of the words long enough to number
	// shortWords are the words not numbered (too short, or the pattern's
	// literals are not), looked for in the text itself.
	shortWords []string
	// alts are the alternatives that are not plain words, one by one: a
	// literal set rules out most of them before any regexp runs.
	alts []alternative
	// scan, when not nil, finds the scanned alternatives' words in one
	// pass (wordScan).
	scan func() *wordScan
}

// alternative is one top-level alternative of a pattern.
type alternative struct {
	// re is the alternative's expression, compiled on first use: most
	// alternatives of a pack never meet text holding their literals, and
	// compiling the Unicode classes a \b stands for was most of a pack's
	// load time.
	re func() *regexp.Regexp
	// body, for an alternative that starts with \b, is the rest, matched
	// alone (afterboundary.go); it returns nil when it cannot be.
	body func() *regexp.Regexp
	// words, when set, are all the alternative matches, with \b before
	// and/or after them ("\bposti\b", "\boikeu(?:s|det)"): strings.Index
	// finds them faster than re.
	words         []string
	before, after bool
	// stem is the words' longest common prefix, when they are several: the
	// text is searched for it once, not for every word.
	stem string
	// clauses: every match holds a literal of each; anyOf: one of these,
	// when one is too short for a clause; lits: one of these, always (nil
	// when unknown), for text without a literal set.
	clauses [][]int32
	anyOf   []string
	lits    []string
	bytes   *[256]bool // anyOf, when each is one byte
	// lo and hi, when bytes are those from lo to hi, all ASCII (\d), let
	// mayContain test eight bytes at a time (hasByteIn); hi is 0 when not.
	lo, hi byte
	// order, when the alternative is a sequence of parts two or more of
	// which hold known literals ("oikeutet", then " e", then one of "on",
	// "kuten", ... after a [^.]*), is those parts' literals in their order:
	// text in which they do not stand one after another cannot match, and
	// strings.Index says so sooner than the regexp engine, which tries
	// every word at every place the [^.]* may end.
	order [][]string
	// split, for an alternative "X[^.]*(?:w1|w2|...)", is it cut there
	// (dotsplit.go); it returns nil when it cannot be.
	split func() *dotSplit
	// scanned: the condition's wordScan looks for the words, and match is
	// not asked.
	scanned bool
}

// mayContain reports whether s holds one of the alternative's anyOf.
func (a *alternative) mayContain(s string) bool {
	switch {
	case a.anyOf == nil:
		return true
	case a.hi != 0:
		return hasByteIn(s, a.lo, a.hi)
	case a.bytes != nil:
		for i := 0; i < len(s); i++ {
			if a.bytes[s[i]] {
				return true
			}
		}
		return false
	}
	return containsAnyOf(s, a.anyOf)
}

// byteRange returns lo and hi when set is the bytes from lo to hi, 0 < lo
// <= hi < 0x80; hi is 0 when it is not.
func byteRange(set *[256]bool) (lo, hi byte) {
	first, last := -1, -1
	for b := range set {
		if set[b] {
			if first < 0 {
				first = b
			}
			last = b
		}
	}
	if first <= 0 || last >= utf8.RuneSelf {
		return 0, 0
	}
	for b := first; b <= last; b++ {
		if !set[b] {
			return 0, 0
		}
	}
	return byte(first), byte(last)
}

// hasByteIn reports whether s holds a byte from lo to hi (0 < lo <= hi <
// 0x80), eight bytes at a time: in each byte b of a word below 0x80,
// b + 0x80 - lo sets its high bit when b >= lo, b + 0x7f - hi when b > hi,
// with no carry into the next byte.
func hasByteIn(s string, lo, hi byte) bool {
	const ones, highs = bytewords.Ones, bytewords.Highs
	atLeast, above := ones*uint64(0x80-lo), ones*uint64(0x7f-hi)
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := bytewords.Load64(s, i)
		t := x &^ highs
		if (t+atLeast)&^(t+above)&^x&highs != 0 {
			return true
		}
	}
	for ; i < len(s); i++ {
		if lo <= s[i] && s[i] <= hi {
			return true
		}
	}
	return false
}

func newAlternative(re func() *regexp.Regexp, expr string, numbered bool) alternative {
	a := alternative{re: re}
	if numbered {
		a.clauses = clauseIDs(literalClauses(expr))
	}
	a.words, a.before, a.after = boundedWords(expr)
	if a.words == nil {
		a.body = sharedBody(expr)
		a.order = literalOrder(expr)
		a.split = dotSplitOf(expr)
	}
	if len(a.words) > 1 {
		a.stem = commonPrefix(a.words)
	}
	a.lits = requiredLiterals(expr)
	if a.words == nil && slices.ContainsFunc(a.lits, func(l string) bool { return len(l) < minClauseLiteral }) {
		a.anyOf = a.lits // words are looked for as they are: no test before
		if !slices.ContainsFunc(a.anyOf, func(l string) bool { return len(l) != 1 }) {
			// A class such as \d: its bytes are found in one pass.
			a.bytes = new([256]bool)
			for _, l := range a.anyOf {
				a.bytes[l[0]] = true
			}
			a.lo, a.hi = byteRange(a.bytes)
		}
	}
	return a
}

// boundedWord returns the text of a pattern that is plain text with \b at
// its start, its end or both; word is "" for any other pattern.
func boundedWord(p string) (word string, before, after bool) {
	if strings.HasPrefix(p, `\b`) {
		p, before = p[2:], true
	}
	if strings.HasSuffix(p, `\b`) && !strings.HasSuffix(p, `\\b`) {
		p, after = p[:len(p)-2], true
	}
	w, ok := plainText(p)
	if !ok || !before && !after {
		return "", false, false
	}
	return w, before, after
}

// maxWords is the most strings without a common stem an alternative is
// looked for as, one strings.Index each; more are left to the regexp,
// which looks for them all in one pass.
const maxWords = 12

// boundedWords returns the strings a pattern matches when they are few
// and plain, with or without \b at its start or end ("\bvoi(?:t|vat)\b",
// "saada (?:tieto|kopio)"); words is nil for any other pattern.
func boundedWords(p string) (words []string, before, after bool) {
	r, ok := known(wordsTable, p)
	if !ok {
		r = record(wordsTable, p, parseBoundedWords(p))
	}
	return r.words, r.before, r.after
}

func parseBoundedWords(p string) boundedResult {
	var r boundedResult
	r.words, r.before, r.after = parseBoundedWordsOf(p)
	return r
}

func parseBoundedWordsOf(p string) (words []string, before, after bool) {
	if w, b, a := boundedWord(p); w != "" {
		return []string{w}, b, a
	}
	if strings.HasPrefix(p, `\b`) {
		p, before = p[2:], true
	}
	if strings.HasSuffix(p, `\b`) && !strings.HasSuffix(p, `\\b`) {
		p, after = p[:len(p)-2], true
	}
	re, err := parseSimplified(p)
	if err != nil {
		return nil, false, false
	}
	words = spelled(re, true)
	if len(words) == 0 || slices.Contains(words, "") || len(words) > maxWords && len(commonPrefix(words)) < 3 {
		return nil, false, false
	}
	return words, before, after
}

// literalOrder is an alternative's order (alternative.order), nil when
// fewer than two of its parts hold known literals.
func literalOrder(expr string) [][]string {
	clauses := literalClauses(expr)
	for _, c := range clauses {
		// The regexp engine reads a byte that is not UTF-8 as U+FFFD,
		// which strings.Index does not find.
		if slices.ContainsFunc(c, func(l string) bool { return strings.ContainsRune(l, utf8.RuneError) }) {
			return nil
		}
	}
	if len(clauses) < 2 {
		return nil
	}
	return clauses
}

// inOrder reports whether a literal of each of order stands in s, each
// after the one before it ends: every match of the alternative holds them
// so, the parts of a sequence matching one after another.
func inOrder(s string, order [][]string) bool {
	at := 0
	for _, lits := range order {
		end := -1
		for _, l := range lits {
			if i := strings.Index(s[at:], l); i >= 0 && (end < 0 || at+i+len(l) < end) {
				end = at + i + len(l)
			}
		}
		if end < 0 {
			return false
		}
		at = end // the earliest end leaves the most room for the next part
	}
	return true
}

// match reports whether the alternative matches s.
func (a *alternative) match(s string) bool {
	if a.words == nil {
		if a.order != nil && !inOrder(s, a.order) {
			return false
		}
		if a.split != nil {
			if split := a.split(); split != nil {
				if matched, ok := split.match(s); ok {
					return matched
				}
			}
		}
		if a.body != nil {
			if body := a.body(); body != nil {
				if matched, ok := matchAfterBoundary(body, s); ok {
					return matched
				}
			}
		}
		return a.re().MatchString(s)
	}
	if len(a.stem) >= 3 {
		return a.matchStem(s)
	}
	for _, w := range a.words {
		if a.matchWord(s, w) {
			return true
		}
	}
	return false
}

// matchStem is match for words with a common stem: each place the stem
// stands is tried with every word.
func (a *alternative) matchStem(s string) bool {
	for at := 0; ; {
		k := strings.Index(s[at:], a.stem)
		if k < 0 {
			return false
		}
		i := at + k
		if !a.before || i == 0 || !isWordRune(utf8.DecodeLastRuneInString(s[:i])) {
			for _, w := range a.words {
				e := i + len(w)
				if strings.HasPrefix(s[i:], w) && (!a.after || e == len(s) || !isWordRune(utf8.DecodeRuneInString(s[e:]))) {
					return true
				}
			}
		}
		at = i + 1
	}
}

// commonPrefix returns the longest prefix of all words, cut at a whole
// character.
func commonPrefix(words []string) string {
	p := words[0]
	for _, w := range words[1:] {
		n := 0
		for n < len(p) && n < len(w) && p[n] == w[n] {
			n++
		}
		p = p[:n]
	}
	for len(p) > 0 && !utf8.ValidString(p) {
		p = p[:len(p)-1]
	}
	return p
}

// matchWord reports whether w stands in s with the alternative's
// boundaries.
func (a *alternative) matchWord(s, w string) bool {
	for at := 0; ; {
		k := strings.Index(s[at:], w)
		if k < 0 {
			return false
		}
		i, e := at+k, at+k+len(w)
		if (!a.before || i == 0 || !isWordRune(utf8.DecodeLastRuneInString(s[:i]))) &&
			(!a.after || e == len(s) || !isWordRune(utf8.DecodeRuneInString(s[e:]))) {
			return true
		}
		at = i + 1
	}
}

// isWordRune reports whether r is what anyBoundary is not: a letter, a
// number or '_'. size is ignored.
func isWordRune(r rune, _ int) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_'
}

// mayHold reports whether text holding the literals lits may match.
func (a *alternative) mayHold(lits litSet) bool {
	for _, c := range a.clauses {
		if !lits.hasAny(c) {
			return false
		}
	}
	return true
}

// mayHold reports whether text holding the literals lits may match.
func (m *condition) mayHold(lits litSet) bool {
	switch {
	case !m.idMask.in(lits):
		return false
	case len(m.shortWords) > 0 || m.wordIDs != nil && m.wordMask.in(lits):
		return true
	}
	for i := range m.alts {
		if m.alts[i].mayHold(lits) {
			return true
		}
	}
	return false
}

// matchIn reports whether the pattern matches sentence s, whose literals
// are lits: by the literal set where that can tell, by the regexp engine
// where it cannot.
func (m *condition) matchIn(s string, lits litSet) bool {
	switch {
	case !m.idMask.in(lits):
		return false
	case m.wordIDs != nil && m.wordMask.in(lits) && (m.wordMask.inKnown(lits) || containsAnyOf(s, m.words)):
		return true // a word the set holds, or one it does not know, found in s
	case len(m.shortWords) > 0 && containsAnyOf(s, m.shortWords):
		return true // a word too short to be numbered ("@"), looked for in s
	}
	if m.scan != nil && m.scan().find(m.alts, s, false) {
		return true // a scanned alternative: no clause, its mayHold always true
	}
	var bytes *[256]bool // the last alternative's bytes looked for, and whether s holds one
	var has bool
	for i := range m.alts {
		a := &m.alts[i]
		if a.scanned || !a.mayHold(lits) {
			continue
		}
		if a.bytes == nil || a.bytes != bytes {
			has = a.mayContain(s)
			bytes = a.bytes
		}
		if has && a.match(s) {
			return true
		}
	}
	return false
}

// anyBoundary stands for a \b inside a condition, where the match's exact
// extent does not matter.
const anyBoundary = `(?:^|$|` + wordless + `)`

var wordBoundary = regexp.MustCompile(`(^|[^\\])\\b`)

// compileCondition compiles a pattern that is only tested, not located
// (anchors, statements): \b may stand anywhere. Its literals are numbered
// for the prefilter, which tells which of them a sentence holds.
func compileCondition(p string) (*condition, error) { return compileTest(p, true) }

// compileTest compiles a condition, or returns the one a rule of the same
// load compiled from p (shared.go); numbered says whether its literals
// join the prefilter's. A condition only ever tested on whole texts
// (MatchString), or seldom, gains nothing from them, and every literal
// numbered makes the automaton that runs over every text larger.
func compileTest(p string, numbered bool) (*condition, error) {
	return sharedCondition(p, numbered)
}

// buildCondition is compileTest without sharing.
func buildCondition(p string, numbered bool) (*condition, error) {
	p, err := expandNamed(p)
	if err != nil {
		return nil, err
	}
	p = joinLines(p)
	if err := checkPattern(p); err != nil {
		return nil, err
	}
	// The literals are read from p: a \b holds none, and parsing the
	// Unicode classes that replace it is most of a pack's load time.
	alts := splitAlternatives(p)
	lits := alternativesLiterals(alts)
	m := &condition{expr: p, anyOf: lits}
	if numbered {
		m.ids = literalIDs(lits)
	}
	var rest []string
	for _, alt := range alts {
		if word, ok := plainText(alt); ok {
			m.words = append(m.words, word)
		} else {
			rest = append(rest, alt)
		}
	}
	m.wordsOnly = len(rest) == 0 && len(m.words) > 0
	// Numbered as they are, the words are found by the document's
	// Aho-Corasick pass, and a sentence's literal set says whether one is
	// there; a word too short to be numbered ("@") is looked for in the
	// text.
	var long []string
	for _, w := range m.words {
		if numbered && len(w) >= minWordLiteral {
			long = append(long, w)
		} else {
			m.shortWords = append(m.shortWords, w)
		}
	}
	if len(long) > 0 {
		m.wordIDs = literalIDs(long)
		if m.wordsOnly && len(m.shortWords) == 0 {
			m.ids = m.wordIDs // a literal set answers the pattern
		}
	}
	m.idMask, m.wordMask = newIDMask(m.ids), newIDMask(m.wordIDs)
	if len(rest) == 0 {
		return m, nil // plain words need no expression
	}
	// Only the alternatives that are not plain words are compiled: without
	// words they are the whole pattern (re), with them what is left (rest).
	joined := strings.Join(rest, "|")
	if len(m.words) > 0 {
		m.restAnyOf = alternativesLiterals(rest)
	}
	// Only the alternatives that are not plain words are compiled, each on
	// first use; their syntax is checked now.
	if err := checkSyntax(joined); err != nil {
		return nil, err
	}
	m.joined = sharedAlternative(joined)
	if len(rest) == 1 {
		m.alts = []alternative{newAlternative(m.joined, joined, numbered)}
	} else {
		for _, alt := range rest {
			a := newAlternative(sharedAlternative(alt), alt, numbered)
			for k := range m.alts {
				if b := m.alts[k].bytes; a.bytes != nil && b != nil && *a.bytes == *b {
					a.bytes = b // one pass over a sentence answers both (matchIn)
					break
				}
			}
			m.alts = append(m.alts, a)
		}
	}
	m.scan = newWordScan(m.alts)
	return m, nil
}

// minScanWords is the fewest strings.Index calls (one a word, or one a
// stem) a condition's word alternatives that no literal set rules out
// cost a text before they are found in one automaton pass instead.
const minScanWords = 8

// wordScan finds the words of a condition's word alternatives that no
// literal set rules out (alternative.scanned: the denial cues' 36
// alternatives, a \d spelled as ten digits) in one Aho-Corasick pass over
// a text, instead of a strings.Index for each: a word found with its
// alternative's boundaries is that alternative's match.
type wordScan struct {
	ac *ahocorasick.Automaton
	of [][]int // by pattern, the alternatives (in alts) it is a word of
}

// newWordScan returns, when the word alternatives of alts without clauses
// would cost minScanWords searches or more, their scan, built on first
// use, and marks them scanned; nil otherwise.
func newWordScan(alts []alternative) func() *wordScan {
	cost := 0
	for i := range alts {
		if a := &alts[i]; a.words != nil && len(a.clauses) == 0 {
			if len(a.stem) >= 3 {
				cost++ // matchStem searches for the stem alone
			} else {
				cost += len(a.words)
			}
		}
	}
	if cost < minScanWords {
		return nil
	}
	var words []string
	var of [][]int
	at := map[string]int{}
	for i := range alts {
		a := &alts[i]
		if a.words == nil || len(a.clauses) > 0 {
			continue
		}
		a.scanned = true
		for _, w := range a.words {
			k, ok := at[w]
			if !ok {
				k = len(words)
				at[w] = k
				words, of = append(words, w), append(of, nil)
			}
			if !slices.Contains(of[k], i) {
				of[k] = append(of[k], i)
			}
		}
	}
	return sync.OnceValue(func() *wordScan { return &wordScan{ac: ahocorasick.New(words), of: of} })
}

// find reports whether one of the scanned alternatives of alts matches s;
// with gated, only one that holds a literal of its lits (MatchString's
// test) counts.
func (w *wordScan) find(alts []alternative, s string, gated bool) bool {
	return w.ac.Find(s, func(id int32, i, e int) bool {
		for _, k := range w.of[id] {
			a := &alts[k]
			if (!a.before || i == 0 || !isWordRune(utf8.DecodeLastRuneInString(s[:i]))) &&
				(!a.after || e == len(s) || !isWordRune(utf8.DecodeRuneInString(s[e:]))) &&
				(!gated || a.lits == nil || containsAnyOf(s, a.lits)) {
				return true
			}
		}
		return false
	})
}

// checkSyntax reports a pattern that would not compile. Parsing it as
// written (its \b being Go's ASCII boundary) finds what compiling it with
// the Unicode-aware boundaries would, without their Unicode classes.
func checkSyntax(p string) error {
	if _, ok := known(syntaxTable, p); ok {
		return nil
	}
	_, err := parseSimplified(p)
	if err == nil {
		record(syntaxTable, p, true)
	}
	return err
}

// lazyAnyBoundary compiles p with Unicode-aware boundaries on first use.
// Its syntax was checked (checkSyntax): an error here is a bug.
func lazyAnyBoundary(p string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp {
		re, err := compileTested(p)
		if err != nil {
			panic(fmt.Sprintf("pattern %q: %v", p, err))
		}
		return re
	})
}

// whole returns the pattern's expression, when it has no words.
func (m *condition) whole() *regexp.Regexp {
	if m.joined != nil && len(m.words) == 0 {
		return m.joined()
	}
	return nil
}

// restRe returns the expression of the alternatives that are not words,
// when there are words.
func (m *condition) restRe() *regexp.Regexp {
	if m.joined != nil && len(m.words) > 0 {
		return m.joined()
	}
	return nil
}

func compileAnyBoundary(p string) (*regexp.Regexp, error) {
	return regexp.Compile(wordBoundary.ReplaceAllString(p, "${1}"+anyBoundary))
}

// compileTested is compileAnyBoundary for a condition's expression, of
// which only whether it matches and where its leftmost match starts are
// asked (MatchString, matchAfterBoundary). Neither depends on which
// quantifiers are greedy, and with every quantifier lazy ((?U)) a match
// that exists is found sooner: "oikeutettu etu[^.]*(?:kuten|...)" tries
// its words right after the "etu" instead of from the sentence's end
// backwards (FuzzPatternFastPaths holds these to the greedy expression).
func compileTested(p string) (*regexp.Regexp, error) {
	return compileAnyBoundary("(?U)" + p)
}

// MatchString reports whether the pattern matches anywhere in s.
func (m *condition) MatchString(s string) bool {
	if m.wordsOnly {
		return containsAnyOf(s, m.words)
	}
	if containsAnyOf(s, m.words) {
		return true
	}
	// The alternatives one by one, each only where its literals stand:
	// cheaper than their alternation, whose Unicode boundaries the
	// regexp engine walks for every alternative at every position.
	if m.restAnyOf != nil && !containsAnyOf(s, m.restAnyOf) {
		return false
	}
	if m.scan != nil && m.scan().find(m.alts, s, true) {
		return true
	}
	for i := range m.alts {
		a := &m.alts[i]
		if !a.scanned && (a.lits == nil || containsAnyOf(s, a.lits)) && a.match(s) {
			return true
		}
	}
	return false
}
