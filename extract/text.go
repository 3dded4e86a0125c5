package extract

import (
	"strings"
)

// FromText extracts a plain-text notice from the file's bytes.
func FromText(path string, raw []byte, opts Options) (*Document, error) {
	src, enc, err := DecodeText(raw)
	if err != nil {
		return nil, err
	}
	lines := SplitLines(src)
	doc := &Document{Path: path, Format: FormatText, Encoding: enc}
	doc.lines = make([]string, len(lines))
	for i, l := range lines {
		doc.lines[i] = l.Text.S
	}
	doc.Sections = Sectionize(lines)
	finish(doc, opts.Lang)
	return doc, nil
}

// SplitLines cuts source text into lines (LF, CRLF or lone CR), each a Text
// with its position.
func SplitLines(src string) []Line {
	lines := make([]Line, 0, strings.Count(src, "\n")+1)
	offset, n := 0, 1
	for offset <= len(src) {
		end := strings.IndexAny(src[offset:], "\r\n")
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
		if end == len(src) && offset == len(src) && n > 1 {
			break // no empty line after a final newline
		}
		lines = append(lines, Line{Text: NewText(src[offset:end], Position{Offset: offset, Line: n, Column: 1})})
		offset, n = next, n+1
	}
	return lines
}

// finish fills in what every extractor's Document needs once its sections
// are known: language, title and the notice's own dates.
func finish(doc *Document, lang string) {
	for i := range doc.Sections {
		s := &doc.Sections[i]
		s.Heading = s.Heading.Normalized()
		s.Body = s.Body.Normalized()
	}
	if lang == "" || lang == "auto" {
		doc.Lang = DetectLang(doc)
	} else {
		doc.Lang = lang
	}
	doc.Title = title(doc.Sections)
	doc.Dates = FindDates(doc)
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
		if first := firstLine(secs[i].Body.S); first != "" {
			return first
		}
	}
	return ""
}

func firstLine(s string) string {
	s = strings.TrimFunc(s, isSpace)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return strings.TrimFunc(s, isSpace)
}
