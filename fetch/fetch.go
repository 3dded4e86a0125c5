// Package fetch is a polite, robust HTTP client for fetching a few pages of
// many websites: it identifies itself, obeys robots.txt (RFC 9309), keeps
// one request in flight per host, retries 429 and 5xx answers with backoff,
// bounds every response in time and size, and refuses to connect to
// loopback, private and other non-public addresses.
package fetch

import (
	"errors"
	"fmt"
	"net/http"
	"net/netip"
	"time"
)

// Defaults of Options.
const (
	DefaultTimeout       = 15 * time.Second
	DefaultMaxBody       = 10 << 20
	DefaultRetries       = 2
	DefaultMaxRetryWait  = 30 * time.Second
	DefaultMaxCrawlDelay = 5 * time.Second
	DefaultRetryBackoff  = time.Second
	MaxRedirects         = 10
	// robotsMaxBody is how much of a robots.txt is read (RFC 9309 asks
	// for at least 500 KiB).
	robotsMaxBody = 512 << 10
	// robotsMaxRedirects is how many redirects a robots.txt may take (RFC
	// 9309: at least five).
	robotsMaxRedirects = 5
	// robotsMaxAge is how long a robots.txt is cached (RFC 9309: not more
	// than 24 hours).
	robotsMaxAge = 24 * time.Hour
)

// DefaultUserAgent is the User-Agent for a noticelint version: a product
// token robots.txt groups can name, and a contact URL.
func DefaultUserAgent(version string) string {
	return "noticelint/" + version + " (+https://github.com/noticelint/noticelint)"
}

// Options are a client's identity and limits; zero values mean the
// defaults.
type Options struct {
	// UserAgent identifies the client; its product token (the part before
	// the first "/") is what robots.txt groups are matched against.
	UserAgent string
	// Timeout bounds one request, body included.
	Timeout time.Duration
	// MaxBody is how many bytes of a body are read; a longer body is cut
	// there and the Response says so.
	MaxBody int64
	// Retries is how many times a 429 or 5xx answer is retried (0: none;
	// DefaultRetries is the command line's default).
	Retries int
	// MaxRetryWait caps one wait before a retry; a Retry-After asking for
	// longer ends the retries.
	MaxRetryWait time.Duration
	// RetryBackoff is the first wait when the server gives no Retry-After;
	// it doubles with each retry.
	RetryBackoff time.Duration
	// MaxCrawlDelay caps the Crawl-delay of a robots.txt.
	MaxCrawlDelay time.Duration
	// AllowPrivate lets the client connect to every non-public address
	// (loopback, private, carrier-grade NAT ...) but link-local and cloud
	// metadata addresses: --allow-private, for intranet audits.
	AllowPrivate bool
	// Allow names more non-public addresses the client may connect to
	// (--allow-net): a class, or ranges, link-local ones included, and a
	// cloud metadata address named as itself.
	Allow Allowance
	// Resolve, when set, replaces DNS: it gives the addresses of a host
	// name (tests map invented domains to their servers).
	Resolve func(host string) ([]netip.Addr, error)
	// Overrides, when set, give the addresses of a host and port before
	// Resolve or DNS does (--browser-resolve).
	Overrides Overrides
}

func (o Options) withDefaults() Options {
	if o.AllowPrivate {
		o.Allow, o.AllowPrivate = o.Allow.Union(AllowPrivate), false
	}
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent("dev")
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxBody <= 0 {
		o.MaxBody = DefaultMaxBody
	}
	if o.Retries < 0 {
		o.Retries = 0
	}
	if o.MaxRetryWait <= 0 {
		o.MaxRetryWait = DefaultMaxRetryWait
	}
	if o.RetryBackoff <= 0 {
		o.RetryBackoff = DefaultRetryBackoff
	}
	if o.MaxCrawlDelay < 0 {
		o.MaxCrawlDelay = 0
	} else if o.MaxCrawlDelay == 0 {
		o.MaxCrawlDelay = DefaultMaxCrawlDelay
	}
	return o
}

// Response is a fetched page after any redirects.
type Response struct {
	URL    string // the final URL, after redirects
	Status int
	Header http.Header
	// Body is decompressed but not charset-decoded; Truncated says MaxBody
	// cut it.
	Body      []byte
	Truncated bool
	// Redirects lists the URLs that redirected, in order.
	Redirects []string

	waitAsked time.Duration // a Retry-After over MaxRetryWait, which ended the retries
}

// ContentType is the media type of the response, lower-case, without
// parameters ("text/html").
func (r *Response) ContentType() string {
	mt, _ := splitContentType(r.Header.Get("Content-Type"))
	return mt
}

// Charset is the charset the Content-Type header names, or "".
func (r *Response) Charset() string {
	_, cs := splitContentType(r.Header.Get("Content-Type"))
	return cs
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

// Trace follows one caller's requests: how many were sent, how long they
// took, and, when OnExchange is set, each exchange. It is not safe for
// concurrent use; give each goroutine its own.
type Trace struct {
	Requests int
	Elapsed  time.Duration // time spent fetching, waits for retries and Crawl-delay included
	// OnExchange, when set, is called with every exchange, robots.txt and
	// redirects included, from the goroutine that called Get.
	OnExchange func(Exchange)
}

// Error kinds.
const (
	KindNetwork   = "network"   // no connection, or it broke
	KindTLS       = "tls"       // the https certificate is not valid for the host
	KindTimeout   = "timeout"   // the request took longer than Timeout
	KindRefused   = "refused"   // the address policy refused the address
	KindBlocked   = "blocked"   // robots.txt forbids the URL
	KindStatus    = "status"    // the server answered with an error status
	KindRedirects = "redirects" // too many redirects, or a bad one
	KindURL       = "url"       // the URL cannot be fetched (scheme, syntax)
)

// Error is a URL that could not be fetched; Reason says why.
type Error struct {
	URL    string
	Kind   string
	Status int // for KindStatus
	Reason string
	// Err is the typed error Reason is the text of, when there is one (a
	// *RefusedAddressError).
	Err error
}

func (e *Error) Error() string { return e.URL + ": " + e.Reason }

// Unwrap gives the typed error of the reason, if any.
func (e *Error) Unwrap() error { return e.Err }

// IsKind reports whether err is an *Error of kind.
func IsKind(err error, kind string) bool {
	var fe *Error
	return errors.As(err, &fe) && fe.Kind == kind
}

func newError(url, kind, format string, args ...any) *Error {
	return &Error{URL: url, Kind: kind, Reason: fmt.Sprintf(format, args...)}
}
