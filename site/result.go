// Package site finds, fetches and lints the privacy notice of a website:
// what `noticelint scan` does for one site and `noticelint crawl` for many.
package site

import (
	"net/http"
	"time"

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
// `crawl --warc-out` keeps as evidence.
type Exchange struct {
	Time           time.Time // when the request was sent
	Method         string
	URL            string // the URL requested (each redirect hop is its own Exchange)
	RequestHeader  http.Header
	Proto          string // "HTTP/1.1"
	Status         int
	ResponseHeader http.Header
	// Body is the response body, decompressed but not charset-decoded;
	// Truncated says the body limit cut it.
	Body      []byte
	Truncated bool
	// IP is the address the response came from.
	IP string
}
