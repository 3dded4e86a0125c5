// Package rules checks Documents against the rule pack: declarative rules
// from pack/*.yaml and builtin checks for what a pattern cannot express.
package rules

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/noticelint/noticelint/extract"
)

// Options are the settings a check runs with.
type Options struct {
	// Now is the time stale-notice measures age against; zero means the
	// wall clock.
	Now time.Time
	// MaxAge is how many months old a notice may be; 0 means 36.
	MaxAge int
	// MessageLang is the language of messages: "en" (default) or "fi".
	MessageLang string
}

// DefaultMaxAge is stale-notice's limit in months.
const DefaultMaxAge = 36

// Engine checks documents against a pack. It is safe for concurrent use.
type Engine struct {
	rules  []*Rule
	opts   Options
	filter *prefilter
	// requires is how many require rules run: each gives one coverage
	// status, and the statuses are allocated at once.
	requires int
	// patterns is the most patterns a forbid rule has.
	patterns int
	// byID are the rules by id, the last of an id (markOutdated).
	byID map[string]*Rule
	// plain turns the check's shortcuts off, for tests that hold them to
	// the plain way (FuzzCheckShortcuts).
	plain bool
	// scratch keeps indexScratch memory from one check to the next.
	scratch sync.Pool
}

// NewEngine returns an engine running the given rules.
func NewEngine(rules []*Rule, opts Options) *Engine {
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	if opts.MaxAge <= 0 {
		opts.MaxAge = DefaultMaxAge
	}
	if opts.MessageLang == "" {
		opts.MessageLang = "en"
	}
	e := &Engine{rules: rules, opts: opts, filter: newPrefilter(), byID: make(map[string]*Rule, len(rules))}
	for _, r := range rules {
		e.byID[r.ID] = r
		switch spec := r.spec.(type) {
		case *requireSpec:
			e.requires++
		case *forbidSpec:
			e.patterns = max(e.patterns, len(spec.patterns))
		}
	}
	return e
}

// Now is the time the engine judges ages against.
func (e *Engine) Now() time.Time { return e.opts.Now }

// Check runs every rule on doc and returns the findings in source order.
func (e *Engine) Check(doc *extract.Document) []Finding {
	c := e.run(context.Background(), doc)
	e.release(c)
	return c.out
}

// run checks doc: its findings and, for CheckCoverage, the require rules'
// statuses. It stops, panicking with errStopped, when ctx is done.
func (e *Engine) run(ctx context.Context, doc *extract.Document) *check {
	c := &check{doc: doc, opts: e.opts, ctx: ctx, done: ctx.Done(), plain: e.plain}
	if e.requires > 0 {
		c.coverage = make([]Coverage, 0, e.requires)
	}
	sc, _ := e.scratch.Get().(*indexScratch)
	if sc == nil {
		sc = &indexScratch{}
	}
	c.indexMemory = sc
	c.livePatterns = sc.livePatterns[:0]
	if cap(c.livePatterns) < e.patterns {
		c.livePatterns = make([]*Pattern, 0, e.patterns)
	}
	c.leadPairs, c.items, c.scratch = sc.leadPairs[:0], sc.items, sc.union
	c.out = sc.findings[:0]
	c.docIndex = e.filter.scanInto(doc, sc)
	for _, r := range e.rules {
		c.stopNow()
		c.rule = r
		r.spec.check(c)
	}
	// markOutdated reads statements as made whether or not a clause denies
	// them, as it did when it took the last rule's unless_denied (the
	// pack's last rule has none).
	c.unlessDenied = false
	c.markOutdated(e.byID)
	// The findings were gathered in the scratch's memory, which grew to a
	// check's many findings once and not a doubling at a time for each
	// document. They are sorted by their places into a slice of their
	// own: an order of indexes is sorted, and the findings, large, are
	// moved once, where a sort in place moved them at every swap.
	sc.findings, c.out = c.out, nil
	if n := len(sc.findings); n > 0 {
		fs := sc.findings
		order := sc.order[:0]
		for i := range n {
			order = append(order, int32(i))
		}
		slices.SortStableFunc(order, func(i, j int32) int {
			a, b := &fs[i], &fs[j]
			if a.Location.Line != b.Location.Line {
				return cmp.Compare(a.Location.Line, b.Location.Line)
			}
			if a.Location.Column != b.Location.Column {
				return cmp.Compare(a.Location.Column, b.Location.Column)
			}
			return strings.Compare(a.Rule, b.Rule)
		})
		sc.order = order
		c.out = make([]Finding, n)
		for k, i := range order {
			c.out[k] = fs[i]
		}
		setFingerprints(c.out)
		applySuppressions(c.out, doc.Suppressions)
	}
	return c
}

// release gives the memory of c's index to the next check: c's findings
// and coverage stay (their strings are the document's, not the index's),
// its index is gone. A check stopped on its way (errStopped) is not
// released, its memory left to the collector.
func (e *Engine) release(c *check) {
	sc := c.indexMemory
	if sc == nil {
		return
	}
	sc.livePatterns, sc.leads, sc.leadPairs, sc.items = c.livePatterns, c.leads, c.leadPairs, c.items
	sc.denials, sc.denialOf, sc.union = c.denials, c.denialOf, c.scratch
	c.docIndex, c.indexMemory = docIndex{}, nil
	c.livePatterns, c.leads, c.leadPairs, c.items, c.denials, c.denialOf, c.scratch = nil, nil, nil, nil, nil, nil, nil
	if sc.reusable() {
		e.scratch.Put(sc)
	}
}

// memory returns the memory the check may keep its lists in: its index's,
// or new memory for a check made without (TransferClaims).
func (c *check) memory() *indexScratch {
	if c.indexMemory == nil {
		c.indexMemory = &indexScratch{}
	}
	return c.indexMemory
}

// SiteFinding is the finding of the site rule id (kind site) about the
// page at path, the site's home page: at line 1, with the rule's message in
// the engine's language, {reason} replaced by reason. ok is false when the
// engine does not run the rule.
func (e *Engine) SiteFinding(id, path, reason string) (f Finding, ok bool) {
	for _, r := range e.rules {
		if r.ID != id || r.Kind != KindSite {
			continue
		}
		msg := strings.ReplaceAll(r.Message.In(e.opts.MessageLang), "{reason}", reason)
		f = Finding{
			Rule: r.ID, Severity: r.Severity, Path: path, Message: msg,
			Location: Location{Line: 1, Column: 1, EndLine: 1, EndColumn: 1},
		}
		fs := []Finding{f}
		setFingerprints(fs)
		return fs[0], true
	}
	return Finding{}, false
}

// check is the state of one rule run on one document.
type check struct {
	doc  *extract.Document
	opts Options
	rule *Rule
	out  []Finding
	// plain is Engine.plain.
	plain bool
	// ctx stops the check when done (bounded.go); done is nil when it
	// cannot be.
	ctx   context.Context
	done  <-chan struct{}
	steps uint32
	// coverage is each require rule's status (coverage.go).
	coverage []Coverage

	// unlessDenied is the running require rule's unless_denied: its
	// helpers do not count what a clause denies.
	unlessDenied bool
	// docIndex is the document's literals and sentences (prefilter.go),
	// in indexMemory.
	docIndex
	indexMemory *indexScratch
	matched     map[*condition]bool // document-level conditions, tested once
	// leads are each body's lists: pairs of a lead-in sentence and an
	// item (leadin.go), found when first needed.
	leads     [][][2]int
	leadPairs [][2]int // what leads hold
	items     []int8   // findLeadIns' memory of which sentences are items
	scratch   litSet
	joined    []byte // joinLeadIn's memory
	// livePatterns are the running forbid rule's patterns the document
	// may match (forbidSpec.check).
	livePatterns []*Pattern
	// patternBodies, matches and found are forbidSpec.check's lists,
	// kept for the next rule.
	patternBodies []bodies
	matches       []match
	found         [][2]int
	// denials are whether each sentence holds a denial cue, when known
	// (sentenceMakes), section i's from denialAt[i] on.
	denials  []int8
	denialOf []int32
}

// sentences returns the sentences of section i's body.
func (c *check) sentences(i int) [][2]int { return c.sents[i] }

// docMatches reports whether the whole document matches m.
func (c *check) docMatches(m *condition) bool {
	v, ok := c.matched[m]
	if !ok {
		// A match holds one of m's literals, within a heading or a body
		// unless one holds the line break that joins them: the document's
		// literal set tells, without a search of its text for each.
		v = (c.plain || m.mayHold(c.anyText) || slices.ContainsFunc(m.anyOf, func(l string) bool { return strings.Contains(l, "\n") })) &&
			c.matchesLong(m, c.all)
		if c.matched == nil {
			c.matched = map[*condition]bool{}
		}
		c.matched[m] = v
	}
	return v
}
