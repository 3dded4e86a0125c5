package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/noticelint/noticelint/crawl"
	"github.com/noticelint/noticelint/internal/fserr"
	"github.com/noticelint/noticelint/report"
	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/rules"
)

type crawlReportFlags struct {
	output    string
	msgLang   string
	now       string
	maxLine   int
	maxErrors int
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
line or notice_date) is reported with its line number and skipped, up to
--max-errors of them (the rest are counted); the others are still reported,
and the exit code is 3. An input in which no line is a crawl result, such
as the JSON report of lint or scan --format json, or whose first
--max-errors lines are none, is one error and no page is written. For a
single notice, or a site scanned with noticelint scan, use --format html
instead.

Exit codes: 0 the page was written; 2 usage error; 3 the input or the output
could not be read or written, or a line was not a crawl result (the page
still shows the others) or none was.`,
		Example: `  noticelint report results.jsonl --output crawl.html
  noticelint crawl sites.txt | noticelint report - --output crawl.html
  noticelint report --message-lang fi results.jsonl --output raportti.html`,
		Args: exactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			return runReport(s, f, args[0])
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&f.output, "output", "o", "-", "write the report to `FILE` (- for standard output)")
	fl.StringVar(&f.msgLang, "message-lang", "en", "language of the report: en or fi")
	fl.IntVar(&f.maxLine, "max-line", result.DefaultMaxLine, "longest result line in bytes; a longer one is reported and skipped")
	fl.IntVar(&f.maxErrors, "max-errors", defaultMaxErrors, "report at most this many lines that are not crawl results, and count the rest; an input whose first this many lines are none is not crawl results")
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
	if f.maxErrors <= 0 {
		return usageError("--max-errors %d: give a number above 0", f.maxErrors)
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
	bad := &badLines{w: s.err, name: name, max: f.maxErrors}
	sites, err := result.ReadSites(io.TeeReader(in, head), f.maxLine, func(line int, err error, read int) error {
		return bad.add(line, err, read > 0)
	})
	stopped := errors.Is(err, errNoResults) // the first lines are no crawl results: not read on
	switch {
	case err != nil && !stopped:
		return &exitError{code: exitInput, err: fmt.Errorf("%s: cannot read: %w", name, fserr.Reason(err))}
	case len(sites) == 0 && isJSONReport(head.b):
		return &exitError{code: exitInput, err: fmt.Errorf("%s is a JSON report, not crawl results (JSON lines): for an HTML report of a notice or a scan, use lint or scan --format html", name)}
	case len(sites) == 0 && bad.n > 0:
		which := "no line is"
		if stopped {
			which = "none of its first " + plural(bad.n, "line") + " is"
		}
		return &exitError{code: exitInput, err: fmt.Errorf("%s holds no crawl results (JSON lines of sites, as noticelint crawl writes): %s a site record (line %d: %s)", name, which, bad.first.n, lineReason(bad.first.err))}
	}
	bad.end()
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
	if bad.n > 0 {
		return &exitError{code: exitInput, err: fmt.Errorf("%s: %s could not be read; the report shows the other %s", name, plural(bad.n, "line"), plural(len(sites), "site"))}
	}
	return nil
}

// defaultMaxErrors is the --max-errors default.
const defaultMaxErrors = 20

// errNoResults stops reading an input whose first --max-errors lines are
// not crawl results.
var errNoResults = errors.New("no crawl results")

// badLine is a line that is not a crawl result.
type badLine struct {
	n   int
	err error
}

// badLines reports the lines of an input that are not crawl results as
// they come, in bounded memory: the first max are printed (held back until
// a line shows the input holds crawl results, so that an input of none
// gives one error instead), the rest are counted.
type badLines struct {
	w     io.Writer
	name  string
	max   int
	n     int       // bad lines so far
	first badLine   // the first
	held  []badLine // not yet printed: no site read yet
}

// add takes bad line n; sites says a site has been read. It returns
// errNoResults when the first max lines are all bad.
func (b *badLines) add(n int, err error, sites bool) error {
	b.n++
	if b.n == 1 {
		b.first = badLine{n, err}
	}
	switch {
	case !sites && b.n >= b.max:
		return errNoResults
	case !sites:
		b.held = append(b.held, badLine{n, err})
		return nil
	}
	b.flush()
	if b.n <= b.max {
		b.print(badLine{n, err})
	}
	return nil
}

// flush prints the lines held back.
func (b *badLines) flush() {
	for _, l := range b.held {
		b.print(l)
	}
	b.held = nil
}

func (b *badLines) print(l badLine) {
	fmt.Fprintf(b.w, "noticelint: %s:%d: %s\n", b.name, l.n, lineReason(l.err))
}

// lineReason words why a line is not a crawl result, naming the flag
// that sets a limit.
func lineReason(err error) string {
	var tl *result.TooLongError
	if errors.As(err, &tl) {
		return tl.Error() + " (--max-line)"
	}
	return err.Error()
}

// end prints the lines held back, and how many were not printed.
func (b *badLines) end() {
	b.flush()
	switch more := b.n - b.max; {
	case more == 1:
		fmt.Fprintf(b.w, "noticelint: %s: and 1 more line that is not a crawl result (--max-errors %d)\n", b.name, b.max)
	case more > 1:
		fmt.Fprintf(b.w, "noticelint: %s: and %d more lines that are not crawl results (--max-errors %d)\n", b.name, more, b.max)
	}
}

// latestSites keeps each site once, by crawl.Key, as its latest record
// has it: results files concatenated, or a site crawled again, count it
// once.
func latestSites(sites []result.Site) []result.Site {
	last := make(map[string]int, len(sites))
	for i, st := range sites {
		last[crawl.Key(st.Site)] = i
	}
	if len(last) == len(sites) {
		return sites
	}
	kept := make([]result.Site, 0, len(last))
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
