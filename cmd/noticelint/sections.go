package main

import (
	"cmp"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/noticelint/noticelint/extract"
)

// newSectionsCmd shows how noticelint splits a notice into sections: what a
// rule author or a bug report needs to see.
func newSectionsCmd(s streams) *cobra.Command {
	return &cobra.Command{
		Use:   "sections FILE",
		Short: "Show how a notice is split into sections (for rule authors and bug reports)",
		Long: `Show how a notice is split into sections: its format, language, title and
dates, each section's line, kind, level and heading, and for a PDF its page.
Also how well the text could be read and the noticelint-disable comments.
For a PDF, a line is a row of text counted from the document's start; for a
Word document, a paragraph (or a line of one broken by hand).`,
		Args: cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			data, err := os.ReadFile(args[0])
			if err != nil {
				return &exitError{code: exitInput, err: err}
			}
			doc, err := extract.Extract(args[0], data, extract.Options{})
			if err != nil {
				return &exitError{code: exitInput, err: fmt.Errorf("%s: %w", args[0], err)}
			}
			// PDF and Word carry their own encoding: there is no charset to name.
			encoding := ""
			if doc.Encoding != "" {
				encoding = ", encoding " + doc.Encoding
			}
			fmt.Fprintf(s.out, "format %s%s, language %q, title %q\n", doc.Format, encoding, doc.Lang, doc.Title)
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
}
