package extract

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Position is a place in the source file. Line and Column are 1-based and
// Column counts Unicode code points. Offset is the byte offset in the
// decoded UTF-8 source. Page is 1-based for paged formats (PDF), 0 otherwise.
type Position struct {
	Offset int
	Line   int
	Column int
	Page   int
}

// Span is a half-open range of the source: End is the position just after
// the last character.
type Span struct {
	Start, End Position
}

// Text is extracted text that remembers where each of its bytes came from,
// so that a match in the text maps to a source position without searching
// the source again.
//
// Within one segment the text's runes follow the source's runes one to one
// on one line; a new segment starts wherever that stops being true (a new
// line, a decoded entity, a separator the extractor inserted).
type Text struct {
	S string
	// S is orig[base:base+len(S)]; the segments are in orig's offsets, so a
	// slice of a text shares its bytes and segments instead of copying them.
	orig string
	base int
	segs []segment

	norm *matchCopy // set by Normalized
}

// matchCopy is the normalised, lower-cased copy of a text that rules match
// on, and the way back from its bytes to the text's.
type matchCopy struct {
	lower string
	// drift lists, in order, the places where lower stops lining up with
	// S byte for byte (normalizeInto); nil where it never does.
	drift []drift
	// lowerMap, for a text that was not in NFC (normalizeNFC), is each
	// byte's offset in S; nil for the others.
	lowerMap []int32
	bad      bool // the text holds a character that stands for nothing (hasBadChar)
}

type segment struct {
	at  int // byte offset in orig
	pos Position
}

// chunk bounds the length of a segment, so that finding a position costs
// at most this many bytes of rune counting even on a line megabytes long.
const chunk = 512

// NewText returns text that starts at pos and follows the source one to one.
func NewText(s string, pos Position) Text {
	return newText(s, pos, make([]segment, 0, 1+len(s)/chunk))
}

// newText is NewText appending the segments to segs.
func newText(s string, pos Position, segs []segment) Text {
	return Text{S: s, orig: s, segs: appendSegments(segs, s, 0, len(s), pos)}
}

// appendSegments adds the segments of s[from:to], which starts at pos and
// follows the source one to one, cutting it into chunks.
func appendSegments(segs []segment, s string, from, to int, pos Position) []segment {
	at := from
	for {
		segs = append(segs, segment{at, pos})
		if to-at <= chunk {
			return segs
		}
		next := at + chunk
		for next > at && !utf8.RuneStart(s[next]) {
			next--
		}
		if next == at {
			// No character starts in the chunk: bytes that are none,
			// each counted as one wherever the cut falls.
			next = at + chunk
		}
		pos.Offset += next - at
		pos.Column += utf8.RuneCountInString(s[at:next])
		at = next
	}
}

// Len returns the byte length of the text.
func (t Text) Len() int { return len(t.S) }

// PositionAt returns the source position of byte i of the text. i may equal
// len(t.S), giving the position just after the text.
func (t Text) PositionAt(i int) Position {
	if len(t.segs) == 0 {
		return Position{Line: 1, Column: 1}
	}
	if i < 0 {
		i = 0
	}
	if i > len(t.S) {
		i = len(t.S)
	}
	p, _ := t.positionIn(t.base + i)
	return p
}

// positionIn is PositionAt of byte i of orig, which t holds, and the
// index of its segment.
func (t *Text) positionIn(i int) (Position, int) {
	k := t.segAt(i)
	seg := &t.segs[k]
	p := seg.pos
	p.Offset += i - seg.at
	p.Column += utf8.RuneCountInString(t.orig[seg.at:i])
	return p, k
}

// segAt returns the index of the segment that holds byte i of orig: the
// last that starts at or before it, else the first. (sort.Search's
// binary search, without a call of a closure at each step: the rules ask
// for positions often.)
func (t *Text) segAt(i int) int {
	lo, hi := 0, len(t.segs)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if t.segs[h].at > i {
			hi = h
		} else {
			lo = h + 1
		}
	}
	return max(lo-1, 0)
}

// startLine is PositionAt(0).Line, which needs no characters counted.
func (t *Text) startLine() int {
	if len(t.segs) == 0 {
		return 1
	}
	return t.segs[t.segAt(t.base)].pos.Line
}

// SpanOf returns the source span of bytes [i, j) of the text.
func (t Text) SpanOf(i, j int) Span {
	var start Position
	seg := -1 // start's segment, when known
	if len(t.segs) > 0 && i >= 0 && i <= len(t.S) {
		start, seg = t.positionIn(t.base + i)
	} else {
		start = t.PositionAt(i)
	}
	if j <= i {
		return Span{start, start}
	}
	// The end is the position just after the last rune, which stays on the
	// last rune's line even where the next byte starts a new segment.
	_, size := utf8.DecodeLastRuneInString(t.S[i:j])
	var end Position
	if last := j - size; seg >= 0 && utf8.RuneStart(t.S[i]) && (seg+1 == len(t.segs) || t.base+last < t.segs[seg+1].at) {
		// The last rune in start's segment: its characters counted on
		// from start, not from the segment's start again. (A count
		// split where a character starts adds up to the whole's.)
		end = start
		end.Offset += last - i
		end.Column += utf8.RuneCountInString(t.S[i:last])
	} else {
		end = t.PositionAt(last)
	}
	end.Offset += size
	end.Column++
	if end.Line < start.Line || end.Line == start.Line && end.Column < start.Column {
		// Text put together out of source order (a wide table's header
		// repeated before each cell) can end before it starts: the span
		// is then its start, which is where a reader looks first.
		return Span{start, start}
	}
	return Span{start, end}
}

// Span returns the source span of the whole text.
func (t Text) Span() Span { return t.SpanOf(0, len(t.S)) }

// Slice returns bytes [i, j) of the text with their positions. It shares
// the text's memory.
func (t Text) Slice(i, j int) Text {
	return Text{S: t.S[i:j], orig: t.orig, base: t.base + i, segs: t.segs}
}

// sliceInto sets *dst to Slice(i, j) field by field, without a Text made
// and copied (the sectioniser's line loop).
func (t *Text) sliceInto(dst *Text, i, j int) {
	dst.S, dst.orig, dst.base, dst.segs, dst.norm = t.S[i:j], t.orig, t.base+i, t.segs, nil
}

// TrimSpace returns the text without leading and trailing white space
// (including NBSP), keeping positions.
func (t Text) TrimSpace() Text {
	if n := len(t.S); n > 0 && plainASCII(t.S[0]) && plainASCII(t.S[n-1]) {
		return t
	}
	i := len(t.S) - len(strings.TrimLeftFunc(t.S, isSpace))
	j := len(strings.TrimRightFunc(t.S, isSpace))
	if i == 0 && j == len(t.S) {
		return t
	}
	if i >= j {
		return t.Slice(i, i)
	}
	return t.Slice(i, j)
}

// Normalized returns the text with its matching copy (Lower) computed. The
// extractors normalise section headings and bodies once, when a document is
// complete.
func (t Text) Normalized() Text {
	if t.norm == nil {
		t.norm = normalize(t.S, nil)
	}
	return t
}

// matching returns the text's matching copy, made now (and not kept, t
// being a copy of the Text) when it has none. The accessors below go
// through it rather than Normalized, which copies the whole Text twice
// over: the rules call them a great many times.
func (t *Text) matching() *matchCopy {
	if t.norm != nil {
		return t.norm
	}
	return normalize(t.S, nil)
}

// Lower returns the normalised, lower-cased copy of the text used for
// matching: NFC, NBSP and other spaces as ' ', soft hyphens removed.
func (t Text) Lower() string { return t.matching().lower }

// LowerToText maps a byte offset in Lower() to a byte offset in S.
func (t Text) LowerToText(i int) int { return t.lowerToText(t.matching(), i) }

// lowerToText is LowerToText with the text's matching copy c.
func (t *Text) lowerToText(c *matchCopy, i int) int {
	switch {
	case c.lowerMap != nil:
		if i >= len(c.lowerMap) {
			return len(t.S)
		}
		return int(c.lowerMap[i])
	case c.drift == nil:
		return min(i, len(t.S))
	case i >= len(c.lower):
		return len(t.S)
	}
	d := c.drift
	if i < int(d[0].lower) {
		return i // before the first drift the two line up
	}
	// From there on every byte of a character stands for where the
	// character starts in S (lower is UTF-8 there), and a character
	// starts as far after the last drift before it in S as in lower.
	for i > int(d[0].lower) && !utf8.RuneStart(c.lower[i]) {
		i--
	}
	lo, hi := 1, len(d) // the last drift at or before i: d[lo-1]
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if int(d[h].lower) > i {
			hi = h
		} else {
			lo = h + 1
		}
	}
	return int(d[lo-1].text) + i - int(d[lo-1].lower)
}

// TextToLower maps a byte offset in S to the offset in Lower() of the
// first byte that stands at or after it (LowerToText's inverse), so that a
// range of S, such as a Section's Item, can be matched in Lower().
func (t Text) TextToLower(i int) int {
	c := t.matching()
	if c.drift == nil && c.lowerMap == nil {
		return min(i, len(c.lower))
	}
	// sort.Search for the first k that stands at or after i, without the
	// closure: LowerToText never decreases.
	lo, hi := 0, len(c.lower)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if t.lowerToText(c, h) < i {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo
}

// LowerSpan returns the source span of bytes [i, j) of Lower().
func (t Text) LowerSpan(i, j int) Span {
	c := t.matching()
	a, b := t.lowerToText(c, i), t.lowerToText(c, j)
	if j >= len(c.lower) {
		b = len(t.S)
	}
	return t.SpanOf(a, b)
}

// LowerOffsets returns LowerSpan(i, j)'s start and end offsets, without
// counting columns where the lines alone tell the span's order (the rules
// compare a sentence's offsets with the cited spans').
func (t Text) LowerOffsets(i, j int) (start, end int) {
	c := t.matching()
	a, b := t.lowerToText(c, i), t.lowerToText(c, j)
	if j >= len(c.lower) {
		b = len(t.S)
	}
	return t.offsetsOf(a, b)
}

// offsetsOf returns SpanOf(i, j)'s start and end offsets.
func (t *Text) offsetsOf(i, j int) (int, int) {
	if len(t.segs) == 0 || i < 0 || i > len(t.S) || j > len(t.S) {
		sp := t.SpanOf(i, j)
		return sp.Start.Offset, sp.End.Offset
	}
	k := t.segAt(t.base + i)
	seg := &t.segs[k]
	start := seg.pos.Offset + t.base + i - seg.at
	if j <= i {
		return start, start
	}
	_, size := utf8.DecodeLastRuneInString(t.S[i:j])
	last := j - size
	if utf8.RuneStart(t.S[i]) && (k+1 == len(t.segs) || t.base+last < t.segs[k+1].at) {
		return start, start + last - i + size // SpanOf's count on from start
	}
	e := &t.segs[t.segAt(t.base+last)]
	switch {
	case e.pos.Line > seg.pos.Line:
		return start, e.pos.Offset + t.base + last - e.at + size
	case e.pos.Line < seg.pos.Line:
		return start, start // SpanOf's span out of source order
	}
	sp := t.SpanOf(i, j) // one line: the columns tell
	return sp.Start.Offset, sp.End.Offset
}

// TextBuilder joins pieces of Text, keeping each byte's source position.
type TextBuilder struct {
	sb   strings.Builder
	segs []segment
	last Position // position just after the last appended byte
	any  bool
}

// Append adds a whole text.
func (b *TextBuilder) Append(t Text) { b.appendRange(t, 0, len(t.S)) }

// AppendString adds text the extractor made up (a separator, say): it maps
// to the position just after what came before it.
func (b *TextBuilder) AppendString(s string) {
	if s == "" {
		return
	}
	if !b.any {
		b.last = Position{Line: 1, Column: 1}
		b.any = true
	}
	// Text that stands for nothing in the source (a separator) stays at
	// one place: a segment a character, so its second character is not a
	// column further on, past the end of the line.
	for i := range s {
		b.segs = append(b.segs, segment{b.sb.Len() + i, b.last})
	}
	b.sb.WriteString(s)
}

// AppendStringAt adds text the extractor made up that stands for the
// source at one place, every character of it: a column's name written
// before a cell of its column stands where the cell starts.
func (b *TextBuilder) AppendStringAt(s string, at Position) {
	b.last, b.any = at, true
	b.AppendString(s)
}

// AppendAt adds s, which stands for the source from start to end: a
// character reference decoded ("&lt;" as "<"), say.
func (b *TextBuilder) AppendAt(s string, start, end Position) {
	if s == "" {
		return
	}
	b.segs = append(b.segs, segment{b.sb.Len(), start})
	b.sb.WriteString(s)
	b.last = end
	b.any = true
}

// Len returns the number of bytes appended so far.
func (b *TextBuilder) Len() int { return b.sb.Len() }

func (b *TextBuilder) appendRange(t Text, i, j int) {
	if i >= j {
		if !b.any {
			b.last = t.PositionAt(i)
			b.any = true
		}
		return
	}
	base := b.sb.Len()
	oi, oj := t.base+i, t.base+j // in t.orig
	k := sort.Search(len(t.segs), func(k int) bool { return t.segs[k].at > oi }) - 1
	if k < 0 {
		k = 0
	}
	b.segs = append(b.segs, segment{base, t.PositionAt(i)})
	for k++; k < len(t.segs) && t.segs[k].at < oj; k++ {
		b.segs = append(b.segs, segment{base + t.segs[k].at - oi, t.segs[k].pos})
	}
	b.sb.WriteString(t.S[i:j])
	b.last = t.SpanOf(i, j).End
	b.any = true
}

// Text returns the built text.
func (b *TextBuilder) Text() Text {
	t := Text{S: b.sb.String(), segs: b.segs}
	t.orig = t.S
	if len(t.segs) == 0 {
		if b.last == (Position{}) {
			t.segs = noSegments // an empty body, say: one for every heading right above another
		} else {
			t.segs = []segment{{0, b.last}}
		}
	}
	return t
}

// noSegments is the segments of a text built from nothing, shared by them
// all: a segment is never written once made, and appending to it copies.
var noSegments = []segment{{}}[:1:1]

// trimSpace is strings.TrimFunc(s, isSpace), with no character decoded
// for a line that starts and ends with printable ASCII, as most do.
func trimSpace(s string) string {
	if n := len(s); n > 0 && plainASCII(s[0]) && plainASCII(s[n-1]) {
		return s
	}
	return strings.TrimFunc(s, isSpace)
}

// plainASCII reports whether c is ASCII and neither white space nor a
// control character: a byte of its own that isSpace is false for.
func plainASCII(c byte) bool { return c > ' ' && c < utf8.RuneSelf }

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u2007', '\u202f', '\u200b', '\ufeff', '\u00ad':
		return true
	}
	return false
}
