package rules

import (
	"cmp"
	"context"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/noticelint/noticelint/extract"
)

// Bounded work. A notice costs the engine time linear in its size, and a
// check stops when its context is done:
//
//   - a sentence is cut after maxSentence bytes (at a space, else at a
//     character), so that a text without full stops is many sentences, not
//     one that each match's sentence exceptions re-read;
//   - a text longer than matchWindow bytes is matched window by window,
//     each window whole sentences, so that no regexp runs longer than a
//     window and the context is checked between windows;
//   - a sentence's exceptions are matched once per sentence, not once per
//     match in it.
//
// Notices as people write them have sentences under 3 KB and sections
// under 10 KB, so none of this changes what they are found to say.
const (
	maxSentence = 4 << 10
	matchWindow = 256 << 10
)

// capSentence appends [start, end) of s to out, cut into pieces of at most
// maxSentence bytes: after the last space in the second half of the
// limit, else at a character's start.
func capSentence(out [][2]int, s string, start, end int) [][2]int {
	for end-start > maxSentence {
		cut := start + maxSentence
		if sp := strings.LastIndexByte(s[start+maxSentence/2:cut], ' '); sp >= 0 {
			cut = start + maxSentence/2 + sp + 1
		} else {
			for cut > start && !utf8.RuneStart(s[cut]) {
				cut--
			}
			if cut == start {
				cut = start + maxSentence // not UTF-8: cut anywhere
			}
		}
		out = append(out, [2]int{start, cut})
		start = cut
	}
	return append(out, [2]int{start, end})
}

// windows cuts a text of length n, whose sentences are sents (in order,
// apart, each at most maxSentence bytes), into ranges of at most size
// bytes (and a sentence) that end where a sentence ends.
func windows(n int, sents [][2]int, size int) [][2]int {
	var out [][2]int
	start := 0
	for _, s := range sents {
		if s[1]-start > size && s[0] > start {
			out = append(out, [2]int{start, s[0]})
			start = s[0]
		}
	}
	return append(out, [2]int{start, n})
}

// lineWindows cuts s into ranges of at most matchWindow bytes that end at a
// line break where one is near; s that fits is one range. Document-wide
// conditions and sub-sections are matched this way.
func lineWindows(s string) [][2]int {
	if len(s) <= matchWindow {
		return [][2]int{{0, len(s)}}
	}
	var out [][2]int
	for start := 0; start < len(s); {
		end := min(len(s), start+matchWindow)
		if end < len(s) {
			if nl := strings.LastIndexByte(s[start+matchWindow/2:end], '\n'); nl >= 0 {
				end = start + matchWindow/2 + nl + 1
			} else {
				for end > start && !utf8.RuneStart(s[end]) {
					end--
				}
				if end == start {
					end = start + matchWindow
				}
			}
		}
		out = append(out, [2]int{start, end})
		start = end
	}
	return out
}

// matchesLong reports whether m matches s, window by window when s is
// long, checking the context between windows.
func (c *check) matchesLong(m *condition, s string) bool {
	if len(s) <= matchWindow {
		c.stopNow()
		return m.MatchString(s)
	}
	for _, w := range lineWindows(s) {
		c.checkStop()
		if m.MatchString(s[w[0]:w[1]]) {
			return true
		}
	}
	return false
}

// matchInLong is matchIn (a text whose literal set is lits) for a text of
// any length: one over a window is matched window by window.
func (c *check) matchInLong(m *condition, s string, lits litSet) bool {
	if len(s) <= matchWindow {
		return m.matchIn(s, lits)
	}
	return lits.hasAny(m.ids) && c.matchesLong(m, s)
}

// spanSet answers whether a range overlaps any of a set of ranges, in
// logarithmic time: ranges sorted by start, with the running maximum of
// their ends.
type spanSet struct {
	starts, maxEnd []int
}

func newSpanSet(ranges [][2]int) spanSet {
	// Ranges that start together may come in any order: maxEnd is the same.
	slices.SortFunc(ranges, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
	s := spanSet{starts: make([]int, len(ranges)), maxEnd: make([]int, len(ranges))}
	end := 0
	for i, r := range ranges {
		end = max(end, r[1])
		s.starts[i], s.maxEnd[i] = r[0], end
	}
	return s
}

// overlaps reports whether [start, end) overlaps one of the ranges: the
// latest end among those starting before end reaches past start.
func (s spanSet) overlaps(start, end int) bool {
	k := sort.SearchInts(s.starts, end) // ranges starting before end
	return k > 0 && s.maxEnd[k-1] > start
}

// errStopped unwinds a check whose context is done.
type errStopped struct{ err error }

// checkStop stops the check, unwinding to CheckCoverageContext, when its
// context is done. It costs a counter, for loops over sentences; every
// stopEvery calls, a look at the context (stopNow, which returns at once
// for a check that cannot be stopped). Small enough to be inlined, it
// costs no call where it is asked at every sentence.
func (c *check) checkStop() {
	c.steps++
	if c.steps%stopEvery == 0 {
		c.stopLook()
	}
}

// addSteps is checkStop for n steps at once.
func (c *check) addSteps(n int) {
	before := c.steps
	c.steps += uint32(n)
	if before/stopEvery != c.steps/stopEvery {
		c.stopLook()
	}
}

// stopLook is stopNow, called out of line: inlined, it would make
// checkStop too large to be inlined itself.
//
//go:noinline
func (c *check) stopLook() { c.stopNow() }

const stopEvery = 64

// stopNow is checkStop that looks at once: between rules, sections and
// windows of text.
func (c *check) stopNow() {
	if c.done == nil {
		return
	}
	select {
	case <-c.done:
		panic(errStopped{context.Cause(c.ctx)})
	default:
	}
}

// CheckCoverageContext is CheckCoverage that stops when ctx is done: the
// rules check the context as they go, and the error is then ctx's.
func (e *Engine) CheckCoverageContext(ctx context.Context, doc *extract.Document) (fs []Finding, cov []Coverage, err error) {
	defer func() {
		if p := recover(); p != nil {
			st, ok := p.(errStopped)
			if !ok {
				panic(p)
			}
			fs, cov, err = nil, nil, st.err
		}
	}()
	c := e.run(ctx, doc)
	e.release(c)
	return c.out, c.coverage, nil
}
