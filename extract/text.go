package extract

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unsafe"
)

// FromText extracts a plain-text notice from the file's bytes.
//
// Most files are UTF-8: such a file is read as it stands, and checked as
// it is read (see readSource), instead of in a pass of its own before;
// one that turns out not to be is decoded and read again.
func FromText(path string, raw []byte, opts Options) (*Document, error) {
	if opts.Lines == nil { // shown the lines once, as decoded
		src, ok, err := undecodedUTF8(raw, opts.Charset)
		if err != nil {
			return nil, err
		}
		if ok {
			doc, facts := fromText(path, src, EncUTF8, opts)
			v := readSource(doc, src, facts)
			if err := v.binaryErr(len(src)); err != nil {
				return nil, err
			}
			if v.ok {
				return doc, nil
			}
		}
	}
	src, enc, err := decodeText(raw, opts.Charset)
	if err != nil {
		return nil, err
	}
	doc, _ := fromText(path, src, enc, opts)
	return doc, nil
}

// fromText is FromText of the text src, and what normalizeSections saw of
// it.
func fromText(path, src, enc string, opts Options) (*Document, sourceFacts) {
	opts.stop.now()
	buf, _ := lineBufs.Get().(*[]Line)
	if buf == nil {
		buf = new([]Line)
	}
	var segs []segment
	if opts.Scratch != nil {
		segs = opts.Scratch.segs
	}
	lines := splitLines(src, opts.stop, *buf, segs)
	// SourceLine finds a line through the segments: no slice of the lines'
	// strings is made for the few quoted.
	doc := &Document{Path: path, Format: FormatText, Encoding: enc, Quality: 1, plain: src}
	if len(lines) > 0 {
		doc.plainSegs = lines[0].Text.segs
		if opts.Scratch != nil {
			opts.Scratch.segs = keep(doc.plainSegs)
		}
	}
	// A byte search over the source tells whether a line holds a TAB.
	opts.tabs = tabsNone
	if strings.IndexByte(src, '\t') >= 0 {
		opts.tabs = tabsSome
	}
	doc.Sections = sectionize(lines, opts)
	// The sections hold what they need of the lines: the slice goes back,
	// zeroed, for the next text.
	if cap(lines) <= maxPooledLines {
		clear(lines)
		*buf = lines[:0]
		lineBufs.Put(buf)
	}
	return doc, finish(doc, opts)
}

// lineBufs holds slices of Lines, zeroed over their whole capacity, for
// FromText to reuse: a Line is large, and a slice of a notice's lines
// made and zeroed anew for every notice was half the bytes extraction
// allocated. A slice longer than maxPooledLines is left to the collector.
var lineBufs sync.Pool // of *[]Line

const maxPooledLines = 1 << 16

// SplitLines cuts source text into lines (LF, CRLF or lone CR), each a Text
// with its position. The lines are slices of one Text over the whole
// source, so consecutive lines join without copying (see joinLines).
func SplitLines(src string) []Line { return splitLines(src, nil, nil, nil) }

// splitLines is SplitLines that stops when stop says so, and puts the
// lines in buf when it has the room, and their segments in segs; buf must
// be zeroed over its whole capacity.
func splitLines(src string, stop *stopper, buf []Line, segs []segment) []Line {
	// Most texts hold no CR: their line ends are found a byte search apart.
	crs, loneCRs := 0, 0
	for at := 0; ; at++ {
		k := strings.IndexByte(src[at:], '\r')
		if k < 0 {
			break
		}
		at += k
		crs++
		if at+1 == len(src) || src[at+1] != '\n' {
			loneCRs++
		}
	}
	n := strings.Count(src, "\n") + loneCRs + 1
	lines := buf[:0]
	if cap(lines) < n {
		lines = make([]Line, 0, n)
	}
	segs = slices.Grow(segs[:0], n+len(src)/chunk+1)
	offset, line := 0, 1
	for offset <= len(src) {
		stop.check()
		var end int
		if loneCRs > 0 {
			end = strings.IndexAny(src[offset:], "\r\n")
		} else {
			// Every CR, if any, stands before a LF (CRLF): a byte search
			// for the LF, and the CR before it ends the line.
			end = strings.IndexByte(src[offset:], '\n')
			if end > 0 && crs > 0 && src[offset+end-1] == '\r' {
				end--
			}
		}
		next := len(src) + 1
		if end < 0 {
			end = len(src)
		} else {
			end += offset
			next = end + 1
			if src[end] == '\r' && end+1 < len(src) && src[end+1] == '\n' {
				next++
			}
		}
		if end == len(src) && offset == len(src) && line > 1 {
			break // no empty line after a final newline
		}
		pos := Position{Offset: offset, Line: line, Column: 1}
		if end-offset <= chunk {
			segs = append(segs, segment{offset, pos}) // appendSegments of a line of one chunk
		} else {
			segs = appendSegments(segs, src, offset, end, pos)
		}
		// The line's fields are set one by one in the zeroed slice: a Line
		// is large, and copying a whole one is dear.
		lines = lines[:len(lines)+1]
		t := &lines[len(lines)-1].Text
		t.S, t.orig, t.base = src[offset:end], src, offset
		offset, line = next, line+1
	}
	// Every line holds all the segments (see joinLines), known only now.
	for i := range lines {
		lines[i].Text.segs = segs
	}
	return lines
}

// joinLines returns the lines as one text when they are consecutive
// slices of one source: the source between the first and the last, with
// the line breaks and indentation as written. ok is false otherwise.
func joinLines(lines []Text) (Text, bool) {
	if len(lines) == 0 {
		return Text{}, false
	}
	first, last := &lines[0], &lines[len(lines)-1]
	// The lines are read in place: a Text copied for each was most of
	// the loop.
	orig, end := first.orig, first.base
	for k := range lines {
		t := &lines[k]
		if !sameString(t.orig, orig) || t.base < end {
			return Text{}, false
		}
		end = t.base + len(t.S)
	}
	whole := Text{S: orig, orig: orig, segs: first.segs}
	return whole.Slice(first.base, last.base+len(last.S)), true
}

func sameString(a, b string) bool {
	return len(a) == len(b) && unsafe.StringData(a) == unsafe.StringData(b)
}

// finish fills in what every extractor's Document needs once its sections
// are known: language, title, the notice's own dates, and whether its text
// decoded. It stops when opts.stop says so. It returns what
// normalizeSections saw of a plain text's source.
func finish(doc *Document, opts Options) sourceFacts {
	stop := opts.stop
	facts := normalizeSections(doc, stop, opts.Scratch)
	stop.now()
	if lang := opts.Lang; lang == "" || lang == "auto" {
		doc.Lang = detectLang(doc)
	} else {
		doc.Lang = lang
	}
	doc.parents = parents(doc.Sections)
	doc.Title = title(doc.Sections)
	doc.Dates = findDates(doc, stop, true)
	stop.now()
	checkDecoding(doc, stop)
	return facts
}

// normalizeSections normalises the sections' headings and bodies: their
// copies made in one allocation, their text written into one buffer, each
// followed by a line break, and their drifts into another. When it normalised them all, the buffer is the
// document's matching text (MatchingText), and each copy a part of it.
// For a plain text it notes what it sees of the source (sourceFacts).
func normalizeSections(doc *Document, stop *stopper, sc *Scratch) sourceFacts {
	secs := doc.Sections
	n, size := 0, 0
	for i := range secs {
		for _, t := range [2]*Text{&secs[i].Heading, &secs[i].Body} {
			if t.norm == nil {
				n++
				size += len(t.S) + 1
			}
		}
	}
	all := n == 2*len(secs)
	var copies []matchCopy
	var b copyBuf
	if sc != nil {
		copies = slices.Grow(sc.copies[:0], n)[:n]
		clear(copies)
		b.text = slices.Grow(sc.text[:0], size+copyRoom)
	} else {
		copies = make([]matchCopy, n)
		b.text = make([]byte, 0, size+copyRoom)
	}
	k := 0
	for i := range secs {
		for _, t := range [2]*Text{&secs[i].Heading, &secs[i].Body} {
			if t.norm == nil {
				t.norm = &copies[k]
				k++
				// The control bytes of the source's first binaryWindow
				// bytes, in the texts that are slices of it.
				b.countTo = 0
				if doc.plain != "" && sameString(t.orig, doc.plain) {
					b.countTo = binaryWindow - t.base
				}
				normalizeInto(t.norm, &b, t.S, stop)
				b.text = append(b.text, '\n')
			}
		}
	}
	buf := b.text
	// A fold that lengthens the text ("İ") may have moved the buffer:
	// the copies are then pointed at its final place, their text the same
	// (each as long as it was written, a line break after it).
	from := 0
	for k := range copies {
		end := from + len(copies[k].lower)
		copies[k].lower = bufString(buf[from:end])
		from = end + 1
	}
	if all && len(buf) > 0 {
		doc.matching = bufString(buf)
	}
	if sc != nil {
		sc.copies, sc.text = keep(copies), keep(buf)
	}
	return b.facts
}

// title is the notice's own title, or failing one its first heading or line.
func title(secs []Section) string {
	for i := range secs {
		if secs[i].Kind == KindTitle {
			return secs[i].DisplayHeading()
		}
	}
	for i := range secs {
		if secs[i].Heading.Len() > 0 {
			return secs[i].DisplayHeading()
		}
		if first := firstLine(secs[i].Body.S); strings.ContainsFunc(first, unicode.IsLetter) {
			return first // a line of words, not "{*" left by a template
		}
	}
	return ""
}

func firstLine(s string) string {
	s = trimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return trimSpace(s)
}
