// Package extract turns notice files into Documents: decoded text split into
// sections, with every piece of text carrying its source position.
package extract

import (
	"sort"
	"strings"
	"time"
	"unicode/utf8"
	"unsafe"
)

// Formats a Document can come from.
const (
	FormatText     = "text"
	FormatHTML     = "html"
	FormatMarkdown = "markdown"
	FormatPDF      = "pdf"
	FormatDOCX     = "docx"
)

// Document is one notice as the rules see it.
type Document struct {
	Path     string
	Format   string
	Encoding string
	Lang     string // fi, sv or en; "" when it cannot be told
	Title    string
	Sections []Section
	Dates    []Date
	// Suppressions are the notice's own noticelint-disable comments
	// (formats that have comments: HTML, Markdown).
	Suppressions []Suppression
	// Quality is how much of the notice the extractor could read, from 0
	// (nothing: a scanned PDF) to 1 (all of it). Every extractor sets it;
	// below PoorQuality the rules cannot judge the notice (see Unreadable).
	Quality float64
	// QualityNote says why Quality is below 1: "2 of 3 pages hold only
	// images".
	QualityNote string
	// QualityAt is where the problem is when the format can say (the
	// first page of a PDF that holds only images); zero otherwise.
	QualityAt Position
	// Fallback, when set, says how and why the notice was read otherwise
	// than its format asks: Markdown whose lists nest too deep for the
	// Markdown parser is read as plain text.
	Fallback string

	lines []string // source lines, for quoting evidence
	// plain is a plain text's source when lines is nil: splitLines's
	// segments start its lines, one or more a line, in order.
	plain     string
	plainSegs []segment
	parents   []int // Parent's answers, computed once the sections are known
	// matching is MatchingText's answer, "" when the copies were not
	// made together.
	matching string
}

// MatchingText returns every section's heading and body as matched
// (Text.Lower), each followed by a line break, in the sections' order: one
// string whose parts are those texts themselves, so that a caller can tell
// where each stands by its address. ok is false when the document's
// copies were not made together; the caller then joins them itself. A
// caller that changed a section since must not trust it either.
func (d *Document) MatchingText() (s string, ok bool) {
	return d.matching, d.matching != ""
}

// Suppression is a noticelint-disable comment: findings of Rule (every rule
// when empty) on source lines FromLine to ToLine, inclusive, are suppressed.
type Suppression struct {
	Rule             string
	FromLine, ToLine int
	CommentLine      int // where the comment stands
}

// SourceLine returns line n (1-based) of the source without its line ending
// (a web page's tags blanked out, columns kept),
// or "" when there is no such line.
func (d *Document) SourceLine(n int) string {
	if d.lines == nil && d.plainSegs != nil {
		segs := d.plainSegs
		k := sort.Search(len(segs), func(k int) bool { return segs[k].pos.Line >= n })
		if k == len(segs) || segs[k].pos.Line != n {
			return ""
		}
		// The line runs up to the next one's start, or to the end, and its
		// line break (LF, CRLF or CR) after it: a line holds no other.
		end := len(d.plain)
		if next := sort.Search(len(segs)-k, func(j int) bool { return segs[k+j].pos.Line > n }); k+next < len(segs) {
			end = segs[k+next].at
		}
		s := strings.TrimSuffix(d.plain[segs[k].at:end], "\n")
		return strings.TrimSuffix(s, "\r")
	}
	if n < 1 || n > len(d.lines) {
		return ""
	}
	return d.lines[n-1]
}

// lineCount is the number of source lines SourceLine quotes.
func (d *Document) lineCount() int {
	if d.lines == nil && len(d.plainSegs) > 0 {
		return d.plainSegs[len(d.plainSegs)-1].pos.Line
	}
	return len(d.lines)
}

// SectionKind tells how a section was recognised.
type SectionKind int

// Section kinds.
const (
	KindPreamble SectionKind = iota // text before the first heading
	KindTitle                       // the notice's own title ("Tietosuojaseloste")
	KindHeading                     // a heading line, numbered or not
	KindRow                         // a template table row: label cell, value cell
	KindLabel                       // a "Label:" line with its value below it
)

func (k SectionKind) String() string {
	return [...]string{"preamble", "title", "heading", "row", "label"}[k]
}

// Section is a heading with the body text under it. Body holds the lines
// up to the next section, joined by "\n".
type Section struct {
	Kind    SectionKind
	Number  string // the heading's numbering, "3." or "2.1", if any
	Heading Text   // the heading as written, numbering included
	Level   int    // 0 for titles; children have a higher level
	Body    Text
	// Table is, for a KindRow, the table the row stands in, counted from 1
	// in the document: rows of one table share it ("Sähköposti" in a
	// controller's table and in a contact table are two tables' rows).
	Table int
	// Items are the list items in Body, in order.
	Items []Item
}

// Item is a list item in a section's body: its bytes in Body.S (bullet
// included where the source writes one), and those of the line that leads
// in to its list ("Sinulla on oikeus:"), or -1 and -1 when the list opens
// the section, under its heading ("Rekisteröidyn oikeudet"). Items of one
// list share their lead-in.
type Item struct {
	Start, End         int
	LeadStart, LeadEnd int
}

// HeadingSpan returns where the heading stands in the source.
func (s *Section) HeadingSpan() Span { return s.Heading.Span() }

// BodySpan returns where the body stands in the source.
func (s *Section) BodySpan() Span { return s.Body.Span() }

// DisplayHeading is the heading as the reader sees it, numbering included.
func (s *Section) DisplayHeading() string { return s.Heading.S }

// Title is the heading's lower-cased matching text without its numbering.
func (s *Section) Title() string {
	lower := s.Heading.Lower()
	if s.Number != "" && strings.HasPrefix(lower, s.Number) {
		lower = lower[len(s.Number):]
	}
	return trimSpace(lower)
}

// Date is a date the notice gives for itself ("Päivitetty 1.3.2024").
type Date struct {
	Label string // the label as written, lower case ("päivitetty")
	Time  time.Time
	Text  Text // the date as written, with its position
}

// NoticeDate returns the notice's own date as of now: the latest date it
// gives that is not in the future (a future date is a typo or a plan, not
// an age); nil when it gives none.
func (d *Document) NoticeDate(now time.Time) *Date {
	var latest *Date
	for i := range d.Dates {
		x := &d.Dates[i]
		if x.Time.After(now) {
			continue
		}
		if latest == nil || x.Time.After(latest.Time) {
			latest = x
		}
	}
	return latest
}

// SectionAt returns the index of the section whose heading or body holds the
// given source line, or -1.
func (d *Document) SectionAt(line int) int {
	for i := len(d.Sections) - 1; i >= 0; i-- {
		s := &d.Sections[i]
		// Where a span starts, without the span's end worked out.
		if s.Heading.Len() > 0 && s.Heading.startLine() <= line {
			return i
		}
		if s.Body.Len() > 0 && s.Body.startLine() <= line {
			return i
		}
	}
	return -1
}

// Parent returns the index of the section that section i stands under:
// the nearest section before it of a lower level (a row or a label under
// its heading, a sub-heading under its heading); -1 for none.
func (d *Document) Parent(i int) int {
	if len(d.parents) != len(d.Sections) {
		d.parents = parents(d.Sections)
	}
	return d.parents[i]
}

// parents computes Parent for every section in one pass: a stack of the
// sections still open at each level.
func parents(secs []Section) []int {
	out := make([]int, len(secs))
	var open []int
	for i := range secs {
		for len(open) > 0 && secs[open[len(open)-1]].Level >= secs[i].Level {
			open = open[:len(open)-1]
		}
		out[i] = -1
		if len(open) > 0 {
			out[i] = open[len(open)-1]
		}
		open = append(open, i)
	}
	return out
}

// Owner returns the section a finding in section i is reported under: the
// section itself, or for a "Label:" field the heading it stands under, so
// that "Rekisteriin tallennetaan seuraavat tiedot:" does not hide
// "6. Rekisterin tietosisältö".
func (d *Document) Owner(i int) *Section {
	for d.Sections[i].Kind == KindLabel {
		p := d.Parent(i)
		if p < 0 {
			break
		}
		i = p
	}
	return &d.Sections[i]
}

// OwnerOf is Owner for a pointer to one of the document's sections; any
// other section is its own owner.
func (d *Document) OwnerOf(s *Section) *Section {
	if i := d.index(s); i >= 0 {
		return d.Owner(i)
	}
	return s
}

// index returns the index of s in d.Sections, or -1 when s is not one of
// them.
func (d *Document) index(s *Section) int {
	if len(d.Sections) == 0 || s == nil {
		return -1
	}
	off := uintptr(unsafe.Pointer(s)) - uintptr(unsafe.Pointer(&d.Sections[0]))
	i := int(off / unsafe.Sizeof(Section{}))
	if i < 0 || i >= len(d.Sections) || &d.Sections[i] != s {
		return -1
	}
	return i
}

// IsBlank reports whether text holds nothing a reader could use: white
// space, or markup left over from a template ("<p></p>", "&nbsp;") with
// nothing inside it.
func IsBlank(s string) bool {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case isSpace(r):
			i += size
		case r == '<' && i+1 < len(s) && (isASCIILetter(s[i+1]) || s[i+1] == '/'):
			end := strings.IndexAny(s[i+1:], "<>")
			if end < 0 || s[i+1+end] != '>' {
				return false
			}
			i += end + 2
		case strings.HasPrefix(s[i:], "&nbsp;"):
			i += len("&nbsp;")
		case strings.HasPrefix(s[i:], "&#160;"):
			i += len("&#160;")
		default:
			return false
		}
	}
	return true
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
