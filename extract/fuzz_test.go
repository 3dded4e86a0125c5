package extract

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzFromText feeds the text extractor arbitrary bytes: it must return a
// document or an error, never panic, and every span it gives must lie in the
// source with 1-based lines and columns.
func FuzzFromText(f *testing.F) {
	files, _ := filepath.Glob("../testdata/notices/*.txt")
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("1. Rekisterinpitäjä\tEsimerkki Oy\n\tKatu 1\nOikeutetun edun peruste\t\n"))
	f.Add([]byte("Y-tunnus:\r\nSähköposti: a@b.example\r\n\u00a0\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := FromText("fuzz.txt", data, Options{})
		if err != nil {
			return
		}
		nLines := len(doc.lines)
		check := func(what string, s Span) {
			if s.Start.Line < 1 || s.Start.Column < 1 || s.Start.Line > nLines {
				t.Fatalf("%s starts at %d:%d of %d lines", what, s.Start.Line, s.Start.Column, nLines)
			}
			if s.End.Line < s.Start.Line || (s.End.Line == s.Start.Line && s.End.Column < s.Start.Column) {
				t.Fatalf("%s ends before it starts: %+v", what, s)
			}
			if s.Start.Column > utf8.RuneCountInString(doc.SourceLine(s.Start.Line))+1 {
				t.Fatalf("%s starts at column %d beyond its line %q", what, s.Start.Column, doc.SourceLine(s.Start.Line))
			}
		}
		for _, s := range doc.Sections {
			if s.Heading.Len() > 0 {
				check("heading", s.HeadingSpan())
			}
			if s.Body.Len() > 0 {
				check("body", s.BodySpan())
				lower := s.Body.Lower()
				for i := 0; i < len(lower); i += 7 {
					if !utf8.RuneStart(lower[i]) {
						continue // matches start on a character
					}
					if c := s.Body.S[s.Body.LowerToText(i)]; c == '\r' || c == '\n' {
						continue // a line break stands after its line's last column
					}
					check("body match", s.Body.LowerSpan(i, min(i+5, len(lower))))
				}
			}
		}
		for _, d := range doc.Dates {
			check("date", d.Text.Span())
		}
	})
}
