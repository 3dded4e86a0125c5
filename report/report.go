// Package report writes lint results: text for people, JSON for programs,
// SARIF for code scanning, JUnit XML and Code Climate JSON for CI systems, self-contained HTML for
// people (html.go), JSON lines in the shape of crawl results (jsonl.go). Every reporter streams: it writes each file's
// results as they come, so memory does not grow with the number of files.
package report

import (
	"fmt"
	"io"
	"net/url"
	"time"

	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/rules"
)

// Reporter writes one report.
type Reporter interface {
	// File writes one file's results; files come in input order.
	File(r result.FileResult) error
	// End writes the summary and whatever closes the report.
	End(s result.Summary) error
}

// Meta is what every report may tell besides the results.
type Meta struct {
	Version     string
	Rules       []*rules.Rule // the rules that ran, for SARIF and help links
	MessageLang string
	// WorkDir is the directory SARIF uris are relative to.
	WorkDir string
	// Unit is what the text summary counts: "file" (the default) or
	// "site" (scan).
	Unit string
	// Generated is when the run made the report; AsOf the day notice ages
	// were judged at (--as-of, else the day of the run). The HTML report
	// shows them, as an auditor files the report as evidence; zero values
	// are not shown.
	Generated, AsOf time.Time
}

// Options change how a report looks.
type Options struct {
	Color bool // text: colours
	Quiet bool // text: findings and errors only, one line each, no summary
	// OmitSuppressed leaves suppressed findings out of SARIF, for GitHub
	// code scanning, which shows them as open alerts.
	OmitSuppressed bool
}

// Formats lists the report formats.
var Formats = []string{"text", "json", "sarif", "junit", "codeclimate", "html", "jsonl"}

// New returns a reporter of the named format writing to w.
func New(format string, w io.Writer, meta Meta, opts Options) (Reporter, error) {
	switch format {
	case "text":
		return newText(w, meta, opts), nil
	case "json":
		return newJSON(w, meta)
	case "sarif":
		return newSARIF(w, meta, opts.OmitSuppressed)
	case "junit":
		return newJUnit(w, meta)
	case "codeclimate":
		return newCodeClimate(w, meta)
	case "html":
		h := newHTML(w, meta)
		return h, h.err
	case "jsonl":
		return newJSONL(w, meta), nil
	}
	return nil, fmt.Errorf("unknown format %q (want %v)", format, Formats)
}

// ruleByID indexes the rules that ran.
func ruleByID(rs []*rules.Rule) map[string]*rules.Rule {
	m := make(map[string]*rules.Rule, len(rs))
	for _, r := range rs {
		m[r.ID] = r
	}
	return m
}

// severitiesDesc lists the finding severities, most serious first.
var severitiesDesc = []rules.Severity{rules.Error, rules.Warning, rules.Note}

func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

// webURL returns path as a URL when it is one (an http(s) page that scan,
// crawl or a WARC record gave), for reporters to keep as it is instead of
// treating it as a file path.
func webURL(path string) (string, bool) {
	u, err := url.Parse(path)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", false
	}
	return u.String(), true
}
