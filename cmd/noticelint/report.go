package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/noticelint/noticelint/crawl"
	"github.com/noticelint/noticelint/internal/fserr"
	"github.com/noticelint/noticelint/record"
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

A site on several lines (results files concatenated, a site crawled again
with --retry-errors) is shown once, as its latest line has it. A line that
is not a crawl result (bad JSON, no site, an unknown status, a bad severity,
line or notice_date) is reported with its line number and skipped; the
others are still reported, and the exit code is 3. An input in which no line
is a crawl result, such as the JSON report of lint or scan --format json, is
one error and no page is written. For a single notice, or a site scanned
with noticelint scan, use --format html instead.

Exit codes: 0 the page was written; 2 usage error; 3 the input or the output
could not be read or written, or a line was not a crawl result (the page
still shows the others) or none was.`,
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
	out, err := openOutput(f.output, s.out)
	if err != nil {
		return err // an exit error naming the file
	}
	defer out.abort()
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
	head := &headWriter{max: 64 << 10}
	type badLine struct {
		n   int
		err error
	}
	var bad []badLine // printed once the input shows it holds crawl results
	sites, err := report.ReadSites(io.TeeReader(in, head), f.maxLine, func(line int, err error) {
		bad = append(bad, badLine{line, err})
	})
	if err != nil {
		return &exitError{code: exitInput, err: fmt.Errorf("%s: cannot read: %w", name, fserr.Reason(err))}
	}
	switch {
	case len(sites) == 0 && isJSONReport(head.b):
		return &exitError{code: exitInput, err: fmt.Errorf("%s is a JSON report, not crawl results (JSON lines): for an HTML report of a notice or a scan, use lint or scan --format html", name)}
	case len(sites) == 0 && len(bad) > 0:
		return &exitError{code: exitInput, err: fmt.Errorf("%s holds no crawl results (JSON lines of sites, as noticelint crawl writes): no line is a site record (line %d: %w)", name, bad[0].n, bad[0].err)}
	}
	for _, b := range bad {
		fmt.Fprintf(s.err, "noticelint: %s:%d: %v\n", name, b.n, b.err)
	}
	sites = latestSites(sites)
	pack, err := rules.Load()
	if err != nil {
		return &exitError{code: exitUsage, err: fmt.Errorf("rule pack: %w", err)}
	}
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
	if len(bad) > 0 {
		return &exitError{code: exitInput, err: fmt.Errorf("%s: %s could not be read; the report shows the other %s", name, plural(len(bad), "line"), plural(len(sites), "site"))}
	}
	return nil
}

// latestSites keeps each site once, by crawl.Key, as its latest record
// has it: results files concatenated, or a site crawled again, count it
// once.
func latestSites(sites []record.Site) []record.Site {
	last := make(map[string]int, len(sites))
	for i, st := range sites {
		last[crawl.Key(st.Site)] = i
	}
	if len(last) == len(sites) {
		return sites
	}
	kept := make([]record.Site, 0, len(last))
	for i, st := range sites {
		if last[crawl.Key(st.Site)] == i {
			kept = append(kept, st)
		}
	}
	return kept
}

// headWriter keeps the first max bytes written to it.
type headWriter struct {
	b   []byte
	max int
}

func (h *headWriter) Write(p []byte) (int, error) {
	if n := h.max - len(h.b); n > 0 {
		h.b = append(h.b, p[:min(n, len(p))]...)
	}
	return len(p), nil
}

// isJSONReport reports whether an input begins as the JSON report of lint
// or scan --format json does: one object with "tool" and "files".
func isJSONReport(head []byte) bool {
	head = bytes.TrimSpace(bytes.TrimPrefix(head, []byte("\ufeff")))
	return bytes.HasPrefix(head, []byte("{")) && bytes.Contains(head, []byte(`"tool"`)) && bytes.Contains(head, []byte(`"files"`))
}
