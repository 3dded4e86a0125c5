package main

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/noticelint/noticelint/internal/fserr"
	"github.com/noticelint/noticelint/report"
	"github.com/noticelint/noticelint/rules"
)

type crawlReportFlags struct {
	output  string
	msgLang string
	now     string
	maxLine int
}

func newReportCmd(s streams) *cobra.Command {
	var f crawlReportFlags
	cmd := &cobra.Command{
		Use:   "report RESULTS.jsonl|-",
		Short: "Write an HTML report of crawl results",
		Long: `Write one self-contained HTML page about a whole crawl, from the JSON lines
that noticelint crawl writes (one site a line; - reads standard input).

The page shows how many sites were crawled and the share with a notice found,
findings by rule as a bar chart, the age of the notices as a histogram, and a
table of the sites that sorts (click a header) and filters (text and status);
a site's row opens its notice URL, why it was chosen, and its findings. The
file makes no requests (inline CSS, SVG and a small script, locked down by a
Content-Security-Policy), so it can be mailed, archived or printed to PDF.

Notice ages are measured from the newest crawled_at in the results, so a
report of old results does not age them.

A line that is not a crawl result is reported with its line number and
skipped; the others are still reported, and the exit code is 3. For a single
notice, or a site scanned with noticelint scan, use --format html instead.`,
		Example: `  noticelint report results.jsonl --output crawl.html
  noticelint crawl sites.txt | noticelint report - --output crawl.html
  noticelint report --message-lang fi results.jsonl --output raportti.html`,
		Args: cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			return runReport(s, f, args[0])
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&f.output, "output", "o", "-", "write the report to `FILE` (- for standard output)")
	fl.StringVar(&f.msgLang, "message-lang", "en", "language of the report: en or fi")
	fl.IntVar(&f.maxLine, "max-line", report.DefaultMaxLine, "longest result line in bytes; a longer one is reported and skipped")
	fl.StringVar(&f.now, "now", "", "measure notice ages as of this date, YYYY-MM-DD (default: the newest crawled_at)")
	_ = fl.MarkHidden("now")
	return cmd
}

func runReport(s streams, f crawlReportFlags, input string) error {
	if f.msgLang != "en" && f.msgLang != "fi" {
		return usageError("--message-lang %q: want en or fi", f.msgLang)
	}
	if f.maxLine <= 0 {
		return usageError("--max-line %d: give a number of bytes above 0", f.maxLine)
	}
	var now time.Time
	if f.now != "" {
		var err error
		if now, err = time.Parse("2006-01-02", f.now); err != nil {
			return usageError("--now %q: want a date as YYYY-MM-DD", f.now)
		}
	}
	if f.output != "-" {
		if err := checkDir("--output", f.output); err != nil {
			return usageError("%v", err)
		}
	}
	in := s.in
	name := "<stdin>"
	if input != "-" {
		file, err := os.Open(input)
		if err != nil {
			return &exitError{code: exitInput, err: fmt.Errorf("%s: cannot read: %w", input, fserr.Reason(err))}
		}
		defer func() { _ = file.Close() }()
		in, name = file, input
	}
	badLines := 0
	sites, err := report.ReadSites(in, f.maxLine, func(line int, err error) {
		badLines++
		fmt.Fprintf(s.err, "noticelint: %s:%d: %v\n", name, line, err)
	})
	if err != nil {
		return &exitError{code: exitInput, err: fmt.Errorf("%s: cannot read: %w", name, fserr.Reason(err))}
	}
	pack, err := rules.Load()
	if err != nil {
		return &exitError{code: exitUsage, err: fmt.Errorf("rule pack: %w", err)}
	}
	out, err := openOutput(f.output, s.out)
	if err != nil {
		return err // an exit error naming the file: 3, or 2 for a missing directory
	}
	defer out.abort()
	source := filepath.Base(name)
	if input == "-" {
		source = ""
	}
	if err := report.WriteCrawlHTML(out, sites, report.CrawlOptions{
		Version: buildVersion(), MessageLang: f.msgLang, Rules: pack, Now: now, Source: source,
	}); err != nil {
		return &exitError{code: exitInput, err: fmt.Errorf("writing the report: %w", err)}
	}
	if err := out.commit(); err != nil {
		return &exitError{code: exitInput, err: err}
	}
	if badLines > 0 {
		return &exitError{code: exitInput, err: fmt.Errorf("%s: %d line(s) could not be read; the report shows the other %d site(s)", name, badLines, len(sites))}
	}
	return nil
}
