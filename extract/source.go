package extract

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// source is a decoded markup file (HTML, Markdown) that extractors cut text
// from by byte offset: it turns offsets into positions and source ranges
// into Text, so that no position is ever found by searching the text.
type source struct {
	src        string
	lineStarts []int // byte offset where each line starts; LF, CRLF or CR end a line

	// The last position asked for, so that positions asked for in source
	// order cost the rune count since the last one, not since the line's
	// start (a minified page is one line of megabytes).
	last Position
}

func newSource(src string) *source {
	starts := make([]int, 1, strings.Count(src, "\n")+2)
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			starts = append(starts, i+1)
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			starts = append(starts, i+1)
		}
	}
	if n := len(starts); n > 1 && starts[n-1] == len(src) {
		starts = starts[:n-1] // no empty line after a final line break, as SplitLines
	}
	return &source{src: src, lineStarts: starts, last: Position{Line: 1, Column: 1}}
}

// lines returns the source's lines without their line ends, for quoting.
func (s *source) lines() []string {
	out := make([]string, len(s.lineStarts))
	for i, start := range s.lineStarts {
		end := len(s.src)
		if i+1 < len(s.lineStarts) {
			end = s.lineStarts[i+1]
		}
		out[i] = strings.TrimRight(s.src[start:end], "\r\n")
	}
	return out
}

// lineOf returns the 0-based line index holding byte offset off.
func (s *source) lineOf(off int) int {
	return sort.Search(len(s.lineStarts), func(i int) bool { return s.lineStarts[i] > off }) - 1
}

// pos returns the position of byte offset off.
func (s *source) pos(off int) Position {
	off = max(0, min(off, len(s.src)))
	if off >= s.last.Offset && s.lastLineHolds(off) {
		s.last.Column += utf8.RuneCountInString(s.src[s.last.Offset:off])
		s.last.Offset = off
		return s.last
	}
	line := s.lineOf(off)
	start := s.lineStarts[line]
	s.last = Position{Offset: off, Line: line + 1, Column: 1 + utf8.RuneCountInString(s.src[start:off])}
	return s.last
}

// lastLineHolds reports whether off lies on the line of the last position.
func (s *source) lastLineHolds(off int) bool {
	next := s.last.Line // the index of the next line's start
	return next >= len(s.lineStarts) || off < s.lineStarts[next]
}

// text returns src[from:to] as Text, one segment run per source line.
func (s *source) text(from, to int) Text {
	if from >= to {
		return NewText("", s.pos(from))
	}
	str := s.src[from:to]
	segs := make([]segment, 0, 1+len(str)/chunk)
	for at := from; at < to; {
		end := at + strings.IndexAny(s.src[at:to], "\r\n")
		if end < at {
			end = to
		} else {
			end++
			if s.src[end-1] == '\r' && end < to && s.src[end] == '\n' {
				end++
			}
		}
		segs = appendSegments(segs, str, at-from, end-from, s.pos(at))
		at = end
	}
	return Text{S: str, orig: str, segs: segs}
}
