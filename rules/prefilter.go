package rules

import (
	"slices"
	"strings"
	"sync"
	"unsafe"

	"github.com/noticelint/noticelint/extract"
	"github.com/noticelint/noticelint/internal/ahocorasick"
)

// prefilter finds, in one pass over a text, which pack literals it holds;
// a pattern none of whose literals is there cannot match and is not run.
type prefilter struct {
	ac    *ahocorasick.Automaton
	count int
}

var lastPrefilter struct {
	sync.Mutex
	p *prefilter
}

// newPrefilter returns a prefilter for every literal numbered so far; it is
// built again only when literals were added since the last one.
func newPrefilter() *prefilter {
	lits := allLiterals()
	lastPrefilter.Lock()
	defer lastPrefilter.Unlock()
	if p := lastPrefilter.p; p != nil && p.count == len(lits) {
		return p
	}
	a := builtPrefilter(lits)
	if a == nil {
		a = ahocorasick.New(lits)
	}
	p := &prefilter{ac: a, count: len(lits)}
	lastPrefilter.p = p
	return p
}

// docIndex is what one pass of the prefilter learns about a document: the
// literals each heading, body and body sentence holds, and where the
// sentences are. Every rule's check reads it.
type docIndex struct {
	// all is the document's matching text: each section's heading and
	// body (extract.Text.Lower), each followed by a line break.
	all string
	// heading and body are the literals of each section's heading and
	// body; anyText those of the whole document.
	heading, body []litSet
	anyText       litSet
	// sents are each body's sentences, sentLits the literals each holds.
	sents    [][][2]int
	sentLits [][]litSet
	// bodiesOf are, for a document of at most maxIndexedBodies sections,
	// the bodies each literal stands in: literal id's are the bits of
	// bodiesOf[id], section i's bit i; nil for a larger document.
	bodiesOf []bodies
	// headingsOf are, in the same way, the headings each literal stands
	// in (nil when bodiesOf is).
	headingsOf []bodies
}

// bodies is a set of sections, section i its bit i.
type bodies uint64

// maxIndexedBodies is the most sections whose bodies each literal's set
// tells (docIndex.bodiesOf).
const maxIndexedBodies = 64

// scanDocument runs the automaton once over the whole document's matching
// text and sorts what it finds into the sections' headings and bodies.
func (p *prefilter) scanDocument(doc *extract.Document) docIndex {
	return p.scanInto(doc, &indexScratch{})
}

// indexScratch is the memory of a docIndex, kept by the engine for the
// next document (Engine.scratch) instead of being allocated and cleared
// anew for each: the literal sets are most of what a check allocates.
type indexScratch struct {
	texts          []string
	starts         []int
	sets, sentSets litSet
	heading, body  []litSet
	setOf          []litSet
	sents          [][][2]int
	sentLits       [][]litSet
	allSents       [][2]int
	hits           []ahocorasick.Hit
	bodiesOf       []bodies
	headingsOf     []bodies
	// The lists a check keeps (check's fields of these names).
	livePatterns []*Pattern
	leads        [][][2]int
	leadPairs    [][2]int
	items        []int8
	denials      []int8
	denialOf     []int32
	union        litSet
	headings     map[headingKey]*extract.Section // checkDuplicateHeadings', cleared
	findings     []Finding                       // a check's, before they are copied
	order        []int32                         // the findings' order by place
}

// maxScratchWords is the most literal-set words a scratch is kept with:
// the memory a huge document grew it to is not held for the next one.
const maxScratchWords = 1 << 16

// maxScratchFindings is the most findings a scratch is kept with.
const maxScratchFindings = 1 << 10

// reusable reports whether the scratch is small enough to keep, and
// forgets the document's texts and slices, which it must not hold alive.
func (sc *indexScratch) reusable() bool {
	clear(sc.texts[:cap(sc.texts)])
	clear(sc.heading[:cap(sc.heading)])
	clear(sc.body[:cap(sc.body)])
	clear(sc.setOf[:cap(sc.setOf)])
	clear(sc.sents[:cap(sc.sents)])
	clear(sc.sentLits[:cap(sc.sentLits)])
	clear(sc.livePatterns[:cap(sc.livePatterns)])
	clear(sc.leads[:cap(sc.leads)])
	clear(sc.findings) // those after its length are zero: none was written
	sc.findings = sc.findings[:0]
	return cap(sc.sets)+cap(sc.sentSets) <= maxScratchWords && cap(sc.leadPairs) <= maxScratchWords && cap(sc.hits) <= maxScratchWords &&
		cap(sc.findings) <= maxScratchFindings
}

// resize returns s with length n, reusing its memory when it has room;
// what it held is left as it was.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// resizeZeroed is resize with every element zero: reused memory is
// cleared, new memory is zero already and left untouched, so that the
// pages of a huge document's sets are not all written before a hit sets a
// bit in one of them.
func resizeZeroed[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// joinTexts writes texts one after the other, each followed by a line
// break, noting where each starts.
func joinTexts(texts []string, starts []int, size int) string {
	var sb strings.Builder
	sb.Grow(size)
	for k, t := range texts {
		starts[k] = sb.Len()
		sb.WriteString(t)
		sb.WriteByte('\n')
	}
	return sb.String()
}

// partsOf reports whether all is texts joined as joinTexts joins them,
// each text the very bytes of all where it stands (extract's matching
// text, made so), noting where each starts: then the document's text need
// not be copied.
func partsOf(all string, texts []string, starts []int) bool {
	at := 0
	for k, t := range texts {
		if at+len(t) >= len(all) || all[at+len(t)] != '\n' ||
			len(t) > 0 && unsafe.StringData(t) != unsafe.StringData(all[at:]) {
			return false
		}
		starts[k] = at
		at += len(t) + 1
	}
	return at == len(all)
}

// hitWindow is how much of a document's text the prefilter takes the hits
// of at once: a huge text's hits are not all held.
const hitWindow = 1 << 16

// scanInto is scanDocument, its index in sc's memory.
func (p *prefilter) scanInto(doc *extract.Document, sc *indexScratch) docIndex {
	n := len(doc.Sections)
	texts := resize(sc.texts, 2*n)[:0]
	size := 0
	for i := range doc.Sections {
		h, b := doc.Sections[i].Heading.Lower(), doc.Sections[i].Body.Lower()
		texts = append(texts, h, b)
		size += len(h) + len(b) + 2
	}
	starts := resize(sc.starts, len(texts))
	all, ok := doc.MatchingText()
	if !ok || !partsOf(all, texts, starts) {
		all = joinTexts(texts, starts, size)
	}
	words := (p.count + 63) / 64
	sets := resizeZeroed(sc.sets, (len(texts)+1)*words)
	heading, body := resize(sc.heading, n), resize(sc.body, n)
	for i := range n {
		heading[i], body[i] = sets[2*i*words:(2*i+1)*words], sets[(2*i+1)*words:(2*i+2)*words]
	}
	anyText := litSet(sets[len(texts)*words:])
	// Each body's sentences get a literal set of their own: a statement is
	// made by one sentence. Every body's sentences, and their sets, are
	// parts of one slice.
	sents, sentLits := resize(sc.sents, n), resize(sc.sentLits, n)
	room := 0
	for i := range n {
		room += len(texts[2*i+1])/64 + 1
	}
	allSents := sc.allSents[:0]
	if cap(allSents) < room {
		allSents = make([][2]int, 0, room)
	}
	for i := range n {
		from := len(allSents)
		allSents = appendSentences(allSents, texts[2*i+1])
		sents[i] = allSents[from:] // its length; the slice is taken again below, allSents having grown
	}
	total := len(allSents)
	sentSets := resizeZeroed(sc.sentSets, total*words)
	setOf := resize(sc.setOf, total)
	for j := range setOf {
		setOf[j] = sentSets[j*words : (j+1)*words]
	}
	for i, at := 0, 0; i < n; i++ {
		k := len(sents[i])
		sents[i], sentLits[i] = allSents[at:at+k:at+k], setOf[at:at+k:at+k]
		at += k
	}
	sc.texts, sc.starts, sc.sets, sc.sentSets, sc.heading, sc.body = texts, starts, sets, sentSets, heading, body
	sc.setOf, sc.sents, sc.sentLits, sc.allSents = setOf, sents, sentLits, allSents
	var bodiesOf, headingsOf []bodies
	if n <= maxIndexedBodies {
		bodiesOf, headingsOf = resizeZeroed(sc.bodiesOf, p.count), resizeZeroed(sc.headingsOf, p.count)
		sc.bodiesOf, sc.headingsOf = bodiesOf, headingsOf
	}
	if p.count > 0 && all != "" {
		// Hits come in the order of their ends, so the text and the
		// sentence a hit ends in only move forward: the hits of one text
		// are marked by a loop of its own (markHeading, markBody), whose
		// few values stay in registers.
		k, j := 0, 0 // the text the next hits may end in, and the sentence of a body
		// The document's set is the union of its texts': of those that
		// have hits, each joined once the hits have moved past it.
		last := -1 // the last text with hits
		for w := 0; w < len(all); w += hitWindow {
			sc.hits = p.ac.AppendHits(sc.hits[:0], all, w, min(w+hitWindow, len(all)))
			hits := sc.hits
			for len(hits) > 0 {
				for k < len(texts) && hits[0].End > starts[k]+len(texts[k]) {
					k, j = k+1, 0
				}
				if k == len(texts) {
					break // across the last text's end
				}
				from := starts[k]
				var bit bodies // the section's in bodiesOf and headingsOf
				if bodiesOf != nil {
					bit = 1 << (k / 2)
				}
				var used int
				if k%2 == 0 {
					used = markHeading(hits, from, from+len(texts[k]), sets[k*words:(k+1)*words], headingsOf, bit)
				} else {
					used, j = markBody(hits, from, from+len(texts[k]), sets[k*words:(k+1)*words], sents[k/2], sentLits[k/2], j, bodiesOf, bit)
				}
				if used > 0 && last != k {
					if last >= 0 {
						anyText.union(sets[last*words : (last+1)*words])
					}
					last = k
				}
				hits = hits[used:]
			}
		}
		if last >= 0 {
			anyText.union(sets[last*words : (last+1)*words])
		}
	}
	return docIndex{all: all, heading: heading, body: body, anyText: anyText, sents: sents, sentLits: sentLits, bodiesOf: bodiesOf, headingsOf: headingsOf}
}

// markHeading marks in set the literals of hits, in the order of their
// ends, that stand in the text all[from:to], until a hit ends after to, and
// in headingsOf, when not nil, with bit, the heading's; it returns how many
// hits it read. A hit that starts before from crosses the text's start.
func markHeading(hits []ahocorasick.Hit, from, to int, set litSet, headingsOf []bodies, bit bodies) int {
	for k := range hits {
		h := &hits[k]
		if h.End > to {
			return k
		}
		if h.Start < from {
			continue
		}
		id := uint32(h.ID) // an id is never negative
		set[id>>6] |= 1 << (id & 63)
		if headingsOf != nil {
			headingsOf[id] |= bit
		}
	}
	return len(hits)
}

// headingsHolding returns the headings that may hold one of the literals
// ids: by headingsOf, or every heading (nil ids, a literal the prefilter
// does not know, a document whose headings are not indexed, a plain
// check). A heading's bit stands for it only under maxIndexedBodies
// (mayBe).
func (c *check) headingsHolding(ids []int32) bodies {
	if c.headingsOf == nil || c.plain {
		return ^bodies(0)
	}
	return holding(c.headingsOf, ids)
}

// holding is the union of of's sets for the literals ids: every section
// for nil ids or a literal of does not know.
func holding(of []bodies, ids []int32) bodies {
	if ids == nil {
		return ^bodies(0)
	}
	var b bodies
	for _, id := range ids {
		if int(id) >= len(of) {
			return ^bodies(0) // a literal the prefilter does not know
		}
		b |= of[id]
	}
	return b
}

// mayBe reports whether section i may be one of in (headingsHolding): a
// section past the indexed ones always may.
func (in bodies) mayBe(i int) bool {
	return i >= maxIndexedBodies || in&(1<<i) != 0
}

// markBody is markHeading for a body, whose sentences are sents (from the
// body's start) and their sets sentSets: a hit's literal is also marked in
// the set of the sentence that holds it, j being the first sentence the
// hits may end in, and in bodiesOf, when not nil, with bit, the body's.
// The hits that end in a sentence are read by a loop of their own. It
// returns how many hits it read and the sentence the next may end in.
func markBody(hits []ahocorasick.Hit, from, to int, set litSet, sents [][2]int, sentSets []litSet, j int, bodiesOf []bodies, bit bodies) (int, int) {
	k := 0
	for ; j < len(sents); j++ {
		start, end := from+sents[j][0], from+sents[j][1]
		in := sentSets[j]
		for ; k < len(hits) && hits[k].End <= end; k++ {
			h := &hits[k]
			if h.Start < from {
				continue // across the body's start
			}
			id := uint32(h.ID) // an id is never negative
			w, b := id>>6, uint64(1)<<(id&63)
			set[w] |= b
			if bodiesOf != nil {
				bodiesOf[id] |= bit
			}
			if h.Start >= start {
				in[w] |= b
			}
		}
		if k == len(hits) {
			return k, j // the next hits may end in sentence j too
		}
	}
	// After the last sentence: white space, or a hit across its end.
	for ; k < len(hits) && hits[k].End <= to; k++ {
		h := &hits[k]
		if h.Start < from {
			continue
		}
		id := uint32(h.ID)
		set[id>>6] |= 1 << (id & 63)
		if bodiesOf != nil {
			bodiesOf[id] |= bit
		}
	}
	return k, j
}

// litSet is a set of literal ids.
type litSet []uint64

// has reports whether the set holds id; an id the prefilter does not know
// (a literal numbered after it was built) may be there.
func (s litSet) has(id int32) bool {
	return int(id/64) >= len(s) || s[id/64]&(1<<(id%64)) != 0
}

// hasKnown reports whether the set surely holds one of ids: unlike hasAny,
// an id the prefilter does not know is not taken to be there.
func (s litSet) hasKnown(ids []int32) bool {
	for _, id := range ids {
		if int(id/64) < len(s) && s[id/64]&(1<<(id%64)) != 0 {
			return true
		}
	}
	return false
}

func (s litSet) union(o litSet) {
	for i := range s {
		s[i] |= o[i]
	}
}

// idMask is a set of literal ids as bit masks, one a word of a literal set
// that holds any of them: a text's set is tested a word at a time, faster
// than an id at a time when the ids are many, and with no division of an
// id into its word and bit when they are few.
type idMask struct {
	ids   []int32 // nil: any text may hold them (no literal known)
	words []maskWord
}

type maskWord struct {
	at   int32
	bits uint64
}

func newIDMask(ids []int32) idMask {
	m := idMask{ids: ids}
	if len(ids) == 0 {
		return m
	}
	sorted := slices.Sorted(slices.Values(ids))
	for _, id := range sorted {
		at := id / 64
		if n := len(m.words); n > 0 && m.words[n-1].at == at {
			m.words[n-1].bits |= 1 << (id % 64)
			continue
		}
		m.words = append(m.words, maskWord{at, 1 << (id % 64)})
	}
	return m
}

// in reports whether the set s holds one of the ids (s.hasAny(ids)).
func (m *idMask) in(s litSet) bool {
	if m.words == nil {
		return s.hasAny(m.ids)
	}
	for _, w := range m.words {
		if int(w.at) >= len(s) || s[w.at]&w.bits != 0 {
			return true // an id the prefilter does not know may be there
		}
	}
	return false
}

// inKnown reports whether the set s surely holds one of the ids: unlike
// in, an id the prefilter does not know is not taken to be there.
func (m *idMask) inKnown(s litSet) bool {
	if m.words == nil {
		return s.hasKnown(m.ids)
	}
	for _, w := range m.words {
		if int(w.at) < len(s) && s[w.at]&w.bits != 0 {
			return true
		}
	}
	return false
}

// hasAny reports whether the set holds one of ids; a nil ids (no literal
// known) always may.
func (s litSet) hasAny(ids []int32) bool {
	if ids == nil {
		return true
	}
	for _, id := range ids {
		if s.has(id) {
			return true
		}
	}
	return false
}
