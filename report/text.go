package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/fatih/color"

	"github.com/noticelint/noticelint/internal/vocab"
	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/rules"
)

// snippetWidth is how many characters of a source line the text report
// quotes around a finding.
const snippetWidth = 100

type textReporter struct {
	w     *bufio.Writer
	meta  Meta
	opts  Options
	rules map[string]*rules.Rule

	path, dim, bold *color.Color
	sev             map[rules.Severity]*color.Color
	filesWithIssues int
}

func newText(w io.Writer, meta Meta, opts Options) *textReporter {
	mk := func(attrs ...color.Attribute) *color.Color {
		c := color.New(attrs...)
		if opts.Color {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
		return c
	}
	return &textReporter{
		w: bufio.NewWriter(w), meta: meta, opts: opts, rules: ruleByID(meta.Rules),
		path: mk(color.Bold, color.Underline), dim: mk(color.Faint), bold: mk(color.Bold),
		sev: map[rules.Severity]*color.Color{
			rules.Error:   mk(color.FgRed, color.Bold),
			rules.Warning: mk(color.FgYellow, color.Bold),
			rules.Note:    mk(color.FgCyan),
		},
	}
}

func (t *textReporter) File(r result.FileResult) error {
	shown := r.Findings[:0:0]
	for _, f := range r.Findings {
		if f.Suppressed == nil {
			shown = append(shown, f)
		}
	}
	if r.Err == nil && len(shown) == 0 && r.Why() == "" {
		return nil
	}
	t.filesWithIssues++
	if !t.opts.Quiet {
		if t.filesWithIssues > 1 {
			t.w.WriteString("\n")
		}
		fmt.Fprintln(t.w, t.path.Sprint(cleanText(r.Path)))
		if r.Why() != "" { // scan: which page of the site this is, and why
			fmt.Fprintf(t.w, "%s %s: %s\n", t.dim.Sprint(t.word("site")), cleanText(r.Site()), cleanText(r.Why()))
		}
		if r.Browser != nil { // scan --browser: what the site did
			fmt.Fprintf(t.w, "%s %s\n", t.dim.Sprint(t.word("browser")), cleanText(t.browser(r.Browser)))
		}
	}
	if r.Err != nil {
		fmt.Fprintf(t.w, "%s: %s %s\n", cleanText(r.Path), t.sev[rules.Error].Sprint("error"), cleanText(r.Err.Reason))
	}
	for _, f := range shown {
		t.finding(f)
	}
	return t.w.Flush()
}

func (t *textReporter) finding(f rules.Finding) {
	sev := t.sev[f.Severity]
	loc := fmt.Sprintf("%s:%d:%d", cleanText(f.Path), f.Location.Line, f.Location.Column)
	if f.Location.Page > 0 {
		loc += fmt.Sprintf(" (page %d)", f.Location.Page)
	}
	fmt.Fprintf(t.w, "%s %s %s %s\n", loc, sev.Sprint(f.Severity.String()), t.dim.Sprint(f.Rule), cleanText(f.Message))
	if t.opts.Quiet {
		return
	}
	gutter := strings.Repeat(" ", len(fmt.Sprint(f.Location.Line)))
	if line, marks := snippet(f); line != "" {
		fmt.Fprintf(t.w, "  %s %s %s\n", t.dim.Sprint(f.Location.Line), t.dim.Sprint("|"), line)
		fmt.Fprintf(t.w, "  %s %s %s\n", gutter, t.dim.Sprint("|"), sev.Sprint(marks))
	}
	note := func(label, text string) {
		if text != "" {
			fmt.Fprintf(t.w, "  %s %s %s %s\n", gutter, t.dim.Sprint("="), t.bold.Sprint(label+":"), cleanText(text))
		}
	}
	if line, _ := snippet(f); line == "" {
		note(t.word("evidence"), f.Evidence) // a site's: a URL, a cookie
	}
	note(t.word("section"), f.Section)
	note(t.word("write instead"), f.Suggestion)
	if r := t.rules[f.Rule]; r != nil {
		note(t.word("law"), r.Ref)
	}
}

// snippet returns the finding's source line, cut to a window around the
// match and with tabs expanded, and the line of carets under the match.
func snippet(f rules.Finding) (line, marks string) {
	if f.Snippet == "" {
		return "", ""
	}
	start := max(f.Location.Column-1, 0)
	end := -1 // to the end of the line
	if f.Location.EndLine == f.Location.Line {
		end = max(f.Location.EndColumn-1, start+1)
	}
	// Only the runes of the window are decoded: a source line may be a
	// whole 50 MB file, and a file may have many findings on it.
	from := max(0, start-snippetWidth/3)
	src, n := window(f.Snippet, from, snippetWidth+1)
	if from > 0 && n+from <= snippetWidth {
		// The whole line fits: show it all.
		from = 0
		src, n = window(f.Snippet, 0, snippetWidth+1)
	}
	more := n > snippetWidth
	if more {
		src = src[:snippetWidth]
	}
	lineLen := from + len(src)
	start = min(start, lineLen)
	if end < 0 || end > lineLen {
		end = lineLen
	}
	var lb, mb strings.Builder
	if from > 0 {
		lb.WriteString("…")
		mb.WriteString(" ")
	}
	for k, r := range src {
		i := from + k
		w := 1
		if r == '\t' {
			r, w = ' ', 4
		} else {
			r = printable(r) // one rune for one, to keep the carets under the match
		}
		for range w {
			lb.WriteRune(r)
			switch {
			case i >= start && i < end:
				mb.WriteByte('^')
			case i < start:
				mb.WriteByte(' ')
			}
		}
	}
	if more {
		lb.WriteString("…")
	}
	if start >= lineLen && !more { // the match is the end of the line
		mb.WriteByte('^')
	}
	return strings.TrimRight(lb.String(), " "), mb.String()
}

// window returns up to n runes of s from rune index from, and how many
// it found (fewer than n at the end of s).
func window(s string, from, n int) ([]rune, int) {
	k := 0
	for i := range s {
		if k == from {
			out := make([]rune, 0, n)
			for _, r := range s[i:] {
				if len(out) == n {
					break
				}
				out = append(out, r)
			}
			return out, len(out)
		}
		k++
	}
	return nil, 0
}

// cleanText makes text from a site or a notice (a link's text, a reason, a
// heading, a path) safe to print on a terminal: terminal escape sequences
// (CSI "ESC [ ... m", OSC "ESC ] ... BEL") are dropped and every other
// control character becomes a space, so that a page cannot recolour the
// report, retitle the window or hide lines.
func cleanText(s string) string {
	if strings.IndexFunc(s, func(r rune) bool { return printable(r) != r }) < 0 {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if n := escapeLen(s[i:]); n > 0 {
			i += n
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		b.WriteRune(printable(r))
		i += size
	}
	return b.String()
}

// printable returns r, or a space for a control character (C0, DEL, C1,
// which holds the one-byte CSI), a bidirectional override, or invalid UTF-8.
func printable(r rune) rune {
	switch {
	case r < ' ' || (r >= 0x7f && r <= 0x9f) || r == utf8.RuneError,
		r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return ' '
	}
	return r
}

// escapeLen is the length of the terminal escape sequence s starts with, or 0.
func escapeLen(s string) int {
	if len(s) < 2 || s[0] != 0x1b {
		return 0
	}
	switch s[1] {
	case '[': // CSI: parameters and intermediates, then a final byte
		for i := 2; i < len(s); i++ {
			if s[i] >= 0x40 && s[i] <= 0x7e {
				return i + 1
			}
			if s[i] < 0x20 || s[i] > 0x7e { // not a CSI after all
				return i
			}
		}
		return len(s)
	case ']', 'P', '_', '^', 'X': // OSC, DCS, APC, PM, SOS: up to BEL or ESC \
		for i := 2; i < len(s); i++ {
			if s[i] == 0x07 {
				return i + 1
			}
			if s[i] == 0x1b && i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
		}
		return len(s)
	}
	return 2 // ESC and one character (ESC c resets the terminal)
}

func (t *textReporter) End(s result.Summary) error {
	if t.opts.Quiet {
		return t.w.Flush()
	}
	if t.filesWithIssues > 0 {
		t.w.WriteString("\n")
	}
	fmt.Fprintln(t.w, t.summary(s))
	return t.w.Flush()
}

// SummaryLine is the text report's last line, without colours: "3 files
// linted: 7 problems (4 errors, 1 warning, 2 notes)", in meta's message
// language and unit. A command prints it on a terminal when its reports
// go to files.
func SummaryLine(s result.Summary, meta Meta) string {
	return newText(io.Discard, meta, Options{}).summary(s)
}

// summary writes the summary line.
func (t *textReporter) summary(s result.Summary) string {
	total := s.Count(rules.Note)
	var parts []string
	for _, sev := range severitiesDesc {
		if n := s.BySeverity[sev]; n > 0 {
			parts = append(parts, t.sev[sev].Sprint(t.count(n, sev.String())))
		}
	}
	linted := s.Files - s.FileErrors
	unit, done := "file", "linted"
	if t.meta.Unit == "site" {
		unit, done = "site", "scanned"
	}
	line := t.count(linted, unit) + " " + t.word(done)
	switch {
	case linted == 0 && total == 0:
		// Nothing was checked: "no problems" would read as a pass.
	case total == 0:
		line += ": " + t.word("no problems")
	default:
		line += ": " + t.count(total, "problem") + " (" + strings.Join(parts, ", ") + ")"
	}
	if s.Suppressed > 0 {
		line += "; " + t.count(s.Suppressed, "finding") + " " + t.word("suppressed")
	}
	if s.FileErrors > 0 {
		line += "; " + t.sev[rules.Error].Sprint(t.count(s.FileErrors, "input")+" "+t.word("could not be read"))
	}
	return line
}

// word returns a word of the report in the message language.
func (t *textReporter) word(en string) string {
	if t.meta.MessageLang == "fi" {
		if fi, ok := vocab.Phrase(vocab.TextReport, "fi", en); ok {
			one, _, _ := strings.Cut(fi, "|") // a noun's singular
			return one
		}
	}
	return en
}

// count writes "1 file", "3 files" (or "3 tiedostoa").
func (t *textReporter) count(n int, noun string) string {
	if t.meta.MessageLang == "fi" {
		if forms, ok := vocab.Phrase(vocab.TextReport, "fi", noun); ok {
			one, many, _ := strings.Cut(forms, "|")
			return plural(n, one, many)
		}
	}
	return plural(n, noun, noun+"s")
}

// browser sums up a visit in a line: the banner, the services seen, where
// the evidence is, or why the visit failed.
func (t *textReporter) browser(b *result.Browser) string {
	var parts []string
	switch {
	case b.Consent != "" && b.Rejected:
		parts = append(parts, fmt.Sprintf(t.word("%s banner, \u201creject all\u201d pressed"), b.Consent))
	case b.Consent != "":
		parts = append(parts, fmt.Sprintf(t.word("%s banner, no \u201creject all\u201d pressed"), b.Consent))
	default:
		parts = append(parts, t.word("no known consent banner"))
	}
	var svcs []string
	for _, s := range b.Services {
		when := ""
		switch {
		case s.BeforeConsent && s.AfterRefusal:
			when = ", " + t.word("before consent and after refusal")
		case s.BeforeConsent:
			when = ", " + t.word("before consent")
		case s.AfterRefusal:
			when = ", " + t.word("after refusal")
		}
		svcs = append(svcs, fmt.Sprintf("%s (%s, %s%s)", s.Name, s.Category, s.Country, when))
	}
	if len(svcs) > 0 {
		parts = append(parts, t.count(len(svcs), "service")+": "+strings.Join(svcs, ", "))
	}
	parts = append(parts, fmt.Sprintf(t.word("%d hosts contacted"), len(b.Hosts)))
	if b.Evidence != "" {
		parts = append(parts, t.word("evidence in")+" "+b.Evidence)
	}
	if b.Error != "" {
		parts = append(parts, t.word("the visit failed")+": "+b.Error)
	}
	return strings.Join(parts, "; ")
}
