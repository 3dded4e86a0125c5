// Package scan finds, fetches and lints the privacy notice of a website:
// what `noticelint scan` does for one site and `noticelint crawl` for many.
package scan

import (
	"context"

	"github.com/noticelint/noticelint/fetch"
	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/rules"
)

// Result is what scanning one site gave.
type Result struct {
	// Status is one of result.StatusOK, StatusNotFound, StatusBlocked,
	// StatusError.
	Status string
	// File is the linted notice: Path is the notice's URL; its Origin, set
	// for every site, names the site as it was asked for and why the page
	// was taken. When no notice was found it holds the notice-not-found
	// finding and Path is the home page's URL; when Status is StatusError
	// or StatusBlocked, File.Err says why.
	File result.FileResult
	// Timings of the site; Timings.Requests counts HTTP requests, robots.txt
	// included.
	Timings result.Timings
}

// Site is the site as it was asked for ("esimerkki.example" or a URL).
func (r Result) Site() string { return r.File.Site() }

// Exchange is one HTTP request and its response, as fetched: what
// `crawl --warc-out` keeps as evidence. The fetcher defines it.
type Exchange = fetch.Exchange

// Observer visits a site in a browser and holds what the site did against
// its notice: scan --browser (package evidence).
type Observer interface {
	// Observe visits the site; ctx carries the site's deadline.
	Observe(ctx context.Context, o Observed) Observation
}

// Observed is what scanning a site found, for its browser visit.
type Observed struct {
	// Site is the site as asked for; Home its home page as fetched.
	Site, Home string
	// Path is where the site's findings stand: the notice's URL, or the
	// home page's when no notice was found.
	Path string
	// Notice is the notice as fetched, nil when none was found; Format its
	// format, as it was linted. Lang is the notices' language setting
	// (--lang).
	Notice *fetch.Response
	Format string
	Lang   string
}

// Observation is what a browser visit gave: findings, which the scanner
// processes as the notice's (configuration, severities), and the visit's
// summary.
type Observation struct {
	Findings []rules.Finding
	Browser  *result.Browser
}
