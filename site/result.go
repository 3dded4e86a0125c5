// Package site finds, fetches and lints the privacy notice of a website:
// what `noticelint scan` does for one site and `noticelint crawl` for many.
package site

import (
	"github.com/noticelint/noticelint/fetch"
	"github.com/noticelint/noticelint/lint"
	"github.com/noticelint/noticelint/record"
)

// Result is what scanning one site gave.
type Result struct {
	// Site is the site as it was asked for ("esimerkki.example" or a URL).
	Site string
	// Status is one of record.StatusOK, StatusNotFound, StatusBlocked,
	// StatusError.
	Status string
	// File is the linted notice: Path is the notice's URL, Site and Why are
	// set. When no notice was found it holds the notice-not-found finding
	// and Path is the home page's URL; when Status is StatusError or
	// StatusBlocked, File.Err says why.
	File lint.FileResult
	// Timings of the site; Timings.Requests counts HTTP requests, robots.txt
	// included.
	Timings record.Timings
}

// Exchange is one HTTP request and its response, as fetched: what
// `crawl --warc-out` keeps as evidence. The fetcher defines it.
type Exchange = fetch.Exchange
