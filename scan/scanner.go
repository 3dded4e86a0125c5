package scan

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"path"
	"strings"
	"time"

	"github.com/noticelint/noticelint/extract"
	"github.com/noticelint/noticelint/fetch"
	"github.com/noticelint/noticelint/lint"
	"github.com/noticelint/noticelint/lint/input"
	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/rules"
)

// Options are a scanner's settings.
type Options struct {
	Fetch  fetch.Options // user agent, limits, timeouts, retries, address policy
	Engine *rules.Engine
	// Lint holds Lang, Timeout and PerFile as lint.Data takes them; Process,
	// when set, is applied to each site's findings, notice-not-found
	// included. The size limit is Fetch.MaxBody.
	Lint lint.Options
	// MessageLang is the language of the reasons scan gives (why a page
	// was taken, why no notice was found): "en" (the default) or "fi".
	MessageLang string
	// OnExchange, when set, is called with every HTTP exchange (robots.txt
	// and redirects included), from the goroutine scanning the site; crawl
	// --warc-out writes these as WARC records.
	OnExchange func(Exchange)
	// SiteTimeout bounds everything done for one site: robots.txt, the
	// home page, the candidates, retries and their waits, and linting.
	// A site that takes longer is an error. 0 means no limit.
	SiteTimeout time.Duration
	// Observer, when set, visits each site that answered in a browser once
	// its notice was looked for, within SiteTimeout, and holds what the
	// site did against the notice (--browser).
	Observer Observer
}

// DefaultTimeout is the --site-timeout default.
const DefaultTimeout = 2 * time.Minute

// Limits of the search for a notice.
const (
	// maxPages is how many pages beyond the home page one site may cost.
	maxPages = 6
	// maxPerPage is how many candidates of one page are tried.
	maxPerPage = 3
	// minHubScore is the score a candidate needs for its own links to be
	// followed when it is not a notice itself.
	minHubScore = 50
)

// Scanner finds, fetches and lints websites' privacy notices.
type Scanner struct {
	opts   Options
	client *fetch.Client
}

// NewScanner returns a scanner; opts.Engine is required.
func NewScanner(opts Options) (*Scanner, error) {
	if opts.Engine == nil {
		return nil, errors.New("scan.NewScanner: no rules engine")
	}
	return &Scanner{opts: opts, client: fetch.New(opts.Fetch)}, nil
}

// Close releases the scanner's idle connections.
func (s *Scanner) Close() { s.client.Close() }

// siteScan is the state of scanning one scan.
type siteScan struct {
	*Scanner
	ctx     context.Context
	tr      *fetch.Trace
	res     *Result
	pages   int
	msg     messages
	visited map[string]bool
	blocked string // why the best candidate robots.txt kept us from cannot be fetched
	failed  string // why the first candidate that could not be fetched (no answer, 5xx) failed
	cause   error  // the fetch error failed ends with
	broken  string // why the first candidate whose link is broken (404) failed
	read    int    // candidates fetched
	lint    time.Duration
	doing   string          // what is being done, for the error of a site out of time
	homeURL string          // the home page, as fetched
	notice  *fetch.Response // the notice linted
}

// Scan finds, fetches and lints one site's notice. Safe for concurrent use
// by many goroutines; the scanner keeps one request in flight per host and
// caches robots.txt per host across calls.
//
// site is a domain ("esimerkki.example", fetched as https://esimerkki.example/
// and, only when https cannot connect at all, http://) or an http(s) URL. The
// home page's links are ranked (Rank); the best are fetched in turn, and a
// page that is not a notice itself but whose links name one (a "Tietosuoja"
// page listing the registers' notices) is looked through once more.
func (s *Scanner) Scan(ctx context.Context, site string) Result {
	start := time.Now()
	res := Result{}
	siteCtx := ctx
	if s.opts.SiteTimeout > 0 {
		var cancel context.CancelFunc
		siteCtx, cancel = context.WithTimeout(ctx, s.opts.SiteTimeout)
		defer cancel()
	}
	sc := &siteScan{Scanner: s, ctx: siteCtx, tr: &fetch.Trace{OnExchange: s.opts.OnExchange}, res: &res, visited: map[string]bool{}, msg: messagesIn(s.opts.MessageLang)}
	sc.run(site)
	linted := res.Status == result.StatusOK && res.File.Err == nil
	if !linted && ctx.Err() == nil && errors.Is(siteCtx.Err(), context.DeadlineExceeded) {
		sc.outOfTime(site) // a search cut short: whatever it found is not the answer
	}
	var browser time.Duration
	if s.opts.Observer != nil && siteCtx.Err() == nil && (linted || res.Status == result.StatusNotFound) {
		b := time.Now()
		sc.observe(site)
		browser = time.Since(b)
	}
	if res.File.Origin == nil {
		res.File.Origin = &result.Origin{}
	}
	res.File.Origin.Site = site
	res.Timings = result.Timings{
		Total: time.Since(start).Milliseconds(), Fetch: sc.tr.Elapsed.Milliseconds(),
		Lint: sc.lint.Milliseconds(), Requests: sc.tr.Requests, Browser: browser.Milliseconds(),
	}
	return res
}

// observe has the Observer visit the site in a browser and adds what it
// found to the result.
func (sc *siteScan) observe(site string) {
	o := Observed{Site: site, Home: sc.homeURL, Path: sc.res.File.Path, Lang: sc.opts.Lint.Lang}
	if o.Home == "" {
		o.Home = sc.res.File.Path
	}
	if sc.res.Status == result.StatusOK && sc.notice != nil {
		o.Notice = sc.notice
		o.Format = formatOf(sc.notice)
	}
	obs := sc.opts.Observer.Observe(sc.ctx, o)
	fs := obs.Findings
	if len(fs) > 0 && sc.opts.Lint.Process != nil {
		fs = sc.opts.Lint.Process(sc.res.File.Path, fs)
	}
	sc.res.File.Findings = append(sc.res.File.Findings, fs...)
	sc.res.File.Browser = obs.Browser
}

// outOfTime makes the site's result the error of a site that took longer
// than SiteTimeout, whatever the step cut short made of it.
func (sc *siteScan) outOfTime(site string) {
	home, _, err := HomeURL(site)
	if err != nil {
		home = site
	}
	sc.fail(home, result.StatusError, fmt.Sprintf(sc.msg.outOfTime, sc.opts.SiteTimeout, sc.doing, sc.tr.Requests))
}

// get fetches url for the site, saying so should time run out.
func (sc *siteScan) get(url string) (*fetch.Response, error) {
	sc.doing = fmt.Sprintf(sc.msg.fetching, url)
	return sc.client.Get(sc.ctx, url, sc.tr)
}

func (sc *siteScan) run(site string) {
	home, bare, err := HomeURL(site)
	if err != nil {
		sc.fail(site, result.StatusError, err.Error())
		return
	}
	resp, err := sc.get(home)
	if err != nil && bare && fetch.IsKind(err, fetch.KindNetwork) {
		// No https at all: try http, as a browser given a bare domain would.
		if r, err2 := sc.get("http" + strings.TrimPrefix(home, "https")); err2 == nil {
			resp, err = r, nil
		}
	}
	if err != nil {
		sc.fetchFailed(home, err)
		return
	}
	sc.visited[home] = true
	sc.home(resp, false)
}

// home looks for the notice from a home page; refreshed says a <meta
// refresh> led to it, which is followed once.
func (sc *siteScan) home(resp *fetch.Response, refreshed bool) {
	sc.visited[resp.URL] = true
	sc.homeURL = resp.URL
	given := sc.msg.given
	if refreshed {
		given = fmt.Sprintf(sc.msg.refresh, resp.URL)
	}
	base, _ := url.Parse(resp.URL)
	format := formatOf(resp)
	if format != extract.FormatHTML {
		if base.Path != "/" && base.Path != "" {
			// A URL of the notice itself, a PDF say.
			sc.lintNotice(resp, given)
			return
		}
		sc.notFound(resp.URL, fmt.Sprintf(sc.msg.notHTML, resp.ContentType()))
		return
	}
	page := ReadPage(resp.Body, resp.Header.Get("Content-Type"), base)
	if base.Path != "/" && base.Path != "" && looksLikeNotice(page.Text) {
		if !refreshed {
			given = sc.msg.givenNotice
		}
		sc.lintNotice(resp, given)
		return
	}
	cands := Rank(page.Links, base)
	if len(cands) == 0 && page.Refresh != "" && !refreshed && !sc.visited[page.Refresh] {
		// A home page that only sends the reader on (<meta
		// http-equiv="refresh">): read the page it sends to instead.
		sc.visited[page.Refresh] = true
		next, err := sc.get(page.Refresh)
		if err != nil {
			sc.fetchFailed(page.Refresh, err)
			return
		}
		sc.home(next, true)
		return
	}
	if sc.search(cands, "", 1) {
		return
	}
	switch {
	case sc.blocked != "":
		sc.fail(resp.URL, result.StatusBlocked, sc.blocked)
		return
	case sc.failed != "":
		// A candidate did not answer: whether it is the notice is not
		// known, so the site is an error, not notice-not-found.
		sc.failWith(resp.URL, result.StatusError, sc.failed, sc.cause)
		return
	}
	reason := sc.msg.noLink
	switch {
	case sc.read == 0 && sc.broken != "":
		reason = fmt.Sprintf(sc.msg.broken, sc.broken)
	case len(cands) > 0:
		reason = fmt.Sprintf(sc.msg.notNotice, quoteNames(cands))
	}
	sc.notFound(resp.URL, reason)
}

// search tries the candidates of one page in turn, looking through a page
// of links once more (depth 1 is the home page's); it reports whether a
// notice was linted. via is how the page was reached, for Why.
func (sc *siteScan) search(cands []Candidate, via string, depth int) bool {
	tried := 0
	for _, c := range cands {
		if tried >= maxPerPage || sc.pages >= maxPages || sc.ctx.Err() != nil {
			return false
		}
		if sc.visited[c.URL] {
			continue
		}
		sc.visited[c.URL] = true
		tried++
		sc.pages++
		why := c.why(sc.msg)
		if via != "" {
			why = fmt.Sprintf(sc.msg.via, via, why)
		}
		resp, err := sc.get(c.URL)
		if err != nil {
			switch {
			case fetch.IsKind(err, fetch.KindBlocked):
				if sc.blocked == "" {
					sc.blocked = fmt.Sprintf(sc.msg.blocked, c.URL, why, reason(c.URL, err))
				}
			case brokenLink(err):
				if sc.broken == "" {
					sc.broken = fmt.Sprintf("%s (%s): %s", c.URL, why, reason(c.URL, err))
				}
			case sc.failed == "":
				sc.failed, sc.cause = fmt.Sprintf(sc.msg.failed, c.URL, why, reason(c.URL, err)), err
			}
			continue
		}
		sc.read++
		sc.visited[resp.URL] = true
		format := formatOf(resp)
		switch format {
		case extract.FormatPDF, extract.FormatDOCX:
			sc.lintNotice(resp, why)
			return true
		case extract.FormatHTML:
			base, _ := url.Parse(resp.URL)
			page := ReadPage(resp.Body, resp.Header.Get("Content-Type"), base)
			if looksLikeNotice(page.Text) {
				sc.lintNotice(resp, why)
				return true
			}
			if depth < 2 && c.Score >= minHubScore && sc.search(Rank(page.Links, base), why, depth+1) {
				return true
			}
		case extract.FormatText, extract.FormatMarkdown:
			if looksLikeNotice(strings.ToLower(string(resp.Body))) {
				sc.lintNotice(resp, why)
				return true
			}
		}
	}
	return false
}

// lintNotice lints the fetched notice.
func (sc *siteScan) lintNotice(resp *fetch.Response, why string) {
	fetched := time.Now().UTC() // the response was just read in full
	sc.res.Status = result.StatusOK
	sc.notice = resp
	if resp.Truncated {
		sc.fail(resp.URL, result.StatusError, fmt.Sprintf(sc.msg.tooLarge, input.FormatSize(int64(len(resp.Body)))))
		sc.res.File.Origin = &result.Origin{Why: why}
		return
	}
	format := formatOf(resp)
	sc.doing = fmt.Sprintf(sc.msg.linting, resp.URL)
	start := time.Now()
	it := input.Item{Path: resp.URL, Format: format, Data: resp.Body, ContentType: resp.Header.Get("Content-Type")}
	f := lint.Item(sc.ctx, it, sc.opts.Engine, sc.opts.Lint)
	sc.lint += time.Since(start)
	if f.Err != nil {
		sc.res.Status = result.StatusError
	} else if sc.opts.Lint.Process != nil {
		f.Findings = sc.opts.Lint.Process(f.Path, f.Findings)
	}
	f.Origin = &result.Origin{Why: why}
	f.FetchedAt, f.Redirects = fetched, resp.Redirects
	sc.res.File = f
}

// notFound gives the site the notice-not-found finding at its home page.
func (sc *siteScan) notFound(home, reason string) {
	sc.res.Status = result.StatusNotFound
	sc.res.File = result.FileResult{Path: home, Origin: &result.Origin{Why: reason}, FetchedAt: time.Now().UTC()}
	if f, ok := sc.opts.Engine.SiteFinding("notice-not-found", home, reason); ok {
		fs := []rules.Finding{f}
		if sc.opts.Lint.Process != nil {
			fs = sc.opts.Lint.Process(home, fs)
		}
		sc.res.File.Findings = fs
	}
}

func (sc *siteScan) fetchFailed(home string, err error) {
	status := result.StatusError
	if fetch.IsKind(err, fetch.KindBlocked) {
		status = result.StatusBlocked
	}
	sc.failWith(home, status, reason(home, err), err)
}

// brokenLink reports whether err is the server saying the page is not
// there (4xx other than 429): a broken link, which the site answered,
// unlike a timeout, a 5xx or a redirect loop.
func brokenLink(err error) bool {
	var fe *fetch.Error
	return errors.As(err, &fe) && fe.Kind == fetch.KindStatus && fe.Status >= 400 && fe.Status < 500 && fe.Status != 429
}

// reason is why fetching url failed, without repeating url.
func reason(url string, err error) string {
	var fe *fetch.Error
	if errors.As(err, &fe) && fe.URL == url {
		return fe.Reason
	}
	return err.Error()
}

func (sc *siteScan) fail(path, status, reason string) { sc.failWith(path, status, reason, nil) }

// failWith fails the site with a reason that ends with the text of cause
// (a fetch error), kept as the error's Err for the command to word.
func (sc *siteScan) failWith(path, status, reason string, cause error) {
	sc.res.Status = status
	sc.res.File = result.Failed(path, reason)
	sc.res.File.Err.Err = cause
}

// HomeURL is the home page of site: a domain means https://domain/ (bare is
// true), a URL is taken as it is.
func HomeURL(site string) (home string, bare bool, err error) {
	s := strings.TrimSpace(site)
	if s == "" {
		return "", false, errors.New("empty site")
	}
	if !strings.Contains(s, "://") {
		if scheme, rest, ok := strings.Cut(s, ":"); ok && isScheme(scheme) && !strings.Contains(scheme, ".") && !isPort(rest) {
			// javascript:alert(1), mailto:info@esimerkki.example
			return "", false, fmt.Errorf("not an http(s) URL: it is a %s: address", strings.ToLower(scheme))
		}
		s, bare = "https://"+s, true
	}
	u, err := url.Parse(s)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // not Go's `parse "https://...": `, which repeats the site
		}
		return "", false, fmt.Errorf("not a domain or URL: %w", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		if u.Scheme == "" {
			return "", false, errors.New("not a domain or URL")
		}
		return "", false, fmt.Errorf("not an http(s) URL: it is a %s: address", strings.ToLower(u.Scheme))
	}
	if u.User != nil {
		return "", false, errors.New("not a domain or URL: it has a user name")
	}
	if u.Hostname() == "" || strings.ContainsAny(u.Hostname(), " \t") {
		return "", false, errors.New("no host name")
	}
	if u.Path == "" {
		u.Path = "/"
	}
	u.Fragment = ""
	return u.String(), bare, nil
}

// isScheme reports whether s can be a URL scheme (RFC 3986: a letter, then
// letters, digits, "+", "-" or ".").
func isScheme(s string) bool {
	for i, r := range s {
		letter := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
		other := r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.'
		if !letter && (i == 0 || !other) {
			return false
		}
	}
	return s != ""
}

// isPort reports whether rest, what follows the first ":" of a site, is a
// port and a path ("8080/fi/"), as in "esimerkki.example:8080/fi/".
func isPort(rest string) bool {
	port, _, _ := strings.Cut(rest, "/")
	for _, r := range port {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// formatOf is the notice format a response's body shows beyond doubt (a
// PDF, a Word document), else the one its Content-Type names, else the one
// its address's extension names, else "" (the content decides).
func formatOf(resp *fetch.Response) string {
	if f := input.SniffFormat(resp.Body); f != "" {
		return f
	}
	if f := input.FormatOf(resp.ContentType()); f != "" {
		return f
	}
	if u, err := url.Parse(resp.URL); err == nil {
		switch strings.ToLower(path.Ext(u.Path)) {
		case ".pdf":
			return extract.FormatPDF
		case ".docx":
			return extract.FormatDOCX
		case ".html", ".htm", "":
			return extract.FormatHTML
		}
	}
	return ""
}

// quoteNames lists the first candidates' names: "'Tietosuoja', 'Evästeet'".
func quoteNames(cands []Candidate) string {
	var names []string
	for _, c := range cands[:min(len(cands), maxPerPage)] {
		n := c.Text
		if n == "" {
			n = c.URL
		}
		names = append(names, "'"+n+"'")
	}
	return strings.Join(names, ", ")
}
