// Package result holds the shapes of what noticelint gives: one linted
// input (FileResult), a run's counts (Summary), the processing of findings
// (Processor), and the one-line result of a site (Site) that crawl writes,
// lint --jsonl and the jsonl report write too, and crawl resume and the
// crawl report read back, through one Encode and one validating Reader.
// It imports no other noticelint package than rules.
package result

import (
	"time"

	"github.com/noticelint/noticelint/rules"
)

// FileResult is what linting one input gave.
type FileResult struct {
	Path     string
	Format   string
	Lang     string
	Encoding string
	Title    string    // the notice's title, when it has one
	Date     time.Time // the notice's own date (its latest, not in the future); zero when it gives none
	// Origin is set by scan and crawl: the site that was asked for and why
	// this page (Path, a URL) was taken for it. Nil for a file.
	Origin *Origin
	// FetchedAt and Redirects are set by scan and crawl: when the page
	// (Path, the final URL) was fetched, and the URLs that redirected to
	// it, in order.
	FetchedAt time.Time
	Redirects []string
	Findings  []rules.Finding
	// Coverage is the status of each required statement (the engine's
	// require rules), for the HTML report's Art. 13/14 matrix.
	Coverage []rules.Coverage
	// Err is set when the input could not be read or extracted; the reason
	// names the file.
	Err *FileError
	// Browser is what the site did when scan or crawl visited it in a
	// browser (--browser); nil otherwise.
	Browser *Browser
}

// Origin is where a page of a website came from: the site as it was asked
// for ("esimerkki.example" or a URL), and why this page was taken as its
// notice, or why none was found.
type Origin struct {
	Site, Why string
}

// Site is the site r was fetched for, "" for a file.
func (r FileResult) Site() string {
	if r.Origin == nil {
		return ""
	}
	return r.Origin.Site
}

// Why says why r's page was taken for its site, "" for a file.
func (r FileResult) Why() string {
	if r.Origin == nil {
		return ""
	}
	return r.Origin.Why
}

// FileError is an input that could not be linted.
type FileError struct {
	Path   string
	Reason string
	// Err is the typed error the reason ends with, when there is one (a
	// size or time limit, a refused address): the command words it for
	// its users, naming the flag that sets the limit.
	Err error
}

func (e *FileError) Error() string { return e.Path + ": " + e.Reason }

// Unwrap gives the typed error the reason ends with, if any.
func (e *FileError) Unwrap() error { return e.Err }

// Failed is the result of an input that could not be linted.
func Failed(path, reason string) FileResult {
	return FileResult{Path: path, Err: &FileError{Path: path, Reason: reason}}
}

// FailedWith is the result of an input that could not be linted because
// of err: the reason is err's text, and Err keeps err.
func FailedWith(path string, err error) FileResult {
	return FileResult{Path: path, Err: &FileError{Path: path, Reason: err.Error(), Err: err}}
}
