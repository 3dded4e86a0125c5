package main

import (
	"cmp"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/noticelint/noticelint/extract"
)

// newSectionsCmd shows how noticelint splits a notice into sections: what a
// rule author or a bug report needs to see.
func newSectionsCmd(s streams) *cobra.Command {
	var showLines bool
	cmd := &cobra.Command{
		Use:   "sections FILE",
		Short: "Show how a notice is split into sections (for rule authors and bug reports)",
		Long: `Show how a notice is split into sections: its format, language, title and
dates, each section's line, kind, level and heading, and for a PDF its page.
Also how well the text could be read and the noticelint-disable comments.
For a PDF, a line is a row of text counted from the document's start; for a
Word document, a paragraph (or a line of one broken by hand).

With --lines, first the lines the extractor read, each with what the format
told of it: "heading N" (marked: h2, "##", a Heading style, a larger font,
a paragraph all in bold), "row" (a table row: label -> value), "body" (a
list item, a table cell: never a heading), "part" (a line of a longer
paragraph in markup: no unnumbered heading) or "text" (told from its text
alone), and "item" for a list item's lines. A section the reader would not
name comes either from a line read wrong here or from the text rules that
turn "text" lines into sections.`,
		Args: exactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			data, err := os.ReadFile(args[0])
			if err != nil {
				return &exitError{code: exitInput, err: err}
			}
			opts := extract.Options{}
			if showLines {
				opts.Lines = func(lines []extract.Line) { printLines(s.out, lines) }
			}
			doc, err := extract.Extract(args[0], data, opts)
			if err != nil {
				return &exitError{code: exitInput, err: fmt.Errorf("%s: %w", args[0], err)}
			}
			// PDF and Word carry their own encoding: there is no charset to name.
			encoding := ""
			if doc.Encoding != "" {
				encoding = ", encoding " + doc.Encoding
			}
			fmt.Fprintf(s.out, "format %s%s, language %q, title %q\n", doc.Format, encoding, doc.Lang, doc.Title)
			if doc.Fallback != "" {
				fmt.Fprintln(s.out, doc.Fallback)
			}
			if doc.Quality < 1 {
				fmt.Fprintf(s.out, "quality %.2f: %s\n", doc.Quality, doc.QualityNote)
			}
			for _, sup := range doc.Suppressions {
				fmt.Fprintf(s.out, "suppressed %s on lines %d-%d (comment on line %d)\n", cmp.Or(sup.Rule, "all rules"), sup.FromLine, sup.ToLine, sup.CommentLine)
			}
			for _, d := range doc.Dates {
				fmt.Fprintf(s.out, "date %s (%s) at line %d\n", d.Time.Format("2006-01-02"), d.Label, d.Text.Span().Start.Line)
			}
			for _, sec := range doc.Sections {
				line := sec.BodySpan().Start.Line
				if sec.Heading.Len() > 0 {
					line = sec.HeadingSpan().Start.Line
				}
				empty := ""
				if extract.IsBlank(sec.Body.S) {
					empty = "  [no body]"
				}
				page := ""
				if p := sec.HeadingSpan().Start.Page; p > 0 {
					page = fmt.Sprintf("  (page %d)", p)
				}
				fmt.Fprintf(s.out, "%5d  %-8s %d  %s%s%s\n", line, sec.Kind, sec.Level, sec.Heading.S, empty, page)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&showLines, "lines", false, "first show the lines the extractor read and what the format told of each")
	return cmd
}

// printLines writes the extractor's lines, one a line: where it stands,
// what the format told of it, its text (a row's label -> value).
func printLines(w io.Writer, lines []extract.Line) {
	fmt.Fprintln(w, "lines:")
	for _, l := range lines {
		text := strings.TrimSpace(l.Text.S)
		if text == "" && l.Kind != extract.LineRow {
			continue
		}
		kind := l.Kind.String()
		switch {
		case l.Kind == extract.LineHeading:
			kind = fmt.Sprintf("heading %d", l.Level)
		case l.Kind == extract.LineRow && l.Table > 0:
			kind = fmt.Sprintf("row t%d", l.Table)
		}
		if l.Item {
			kind += " item"
		}
		if l.Kind == extract.LineRow {
			text += " -> " + strings.TrimSpace(l.Value.S)
		}
		fmt.Fprintf(w, "%5d  %-10s %s\n", l.Text.Span().Start.Line, kind, clip(strings.Join(strings.Fields(text), " "), 80))
	}
	fmt.Fprintln(w, "sections:")
}

// clip shortens s to n characters, marking the cut.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
