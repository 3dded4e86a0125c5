package fetch

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptrace"
	"net/url"
	"os"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/temoto/robotstxt"
)

// Client fetches pages politely. It is safe for concurrent use: requests
// to one host wait for each other, and robots.txt is fetched once per
// origin and cached.
type Client struct {
	opts  Options
	hc    *http.Client
	agent string // the product token robots.txt groups are matched against

	mu    sync.Mutex
	hosts map[string]*host
}

// host is the state kept for one origin (scheme, host and port), the
// scope of a robots.txt.
type host struct {
	slot chan struct{} // holds one token: one request in flight
	next time.Time     // when the next request may start (Crawl-delay)

	refs     int       // uses in progress; guarded by Client.mu
	lastUsed time.Time // when the last use ended; guarded by Client.mu

	fetching chan struct{} // holds one token while robots.txt is fetched: one fetch at a time
	robotsMu sync.Mutex    // guards robots
	robots   *robots       // nil until fetched
}

// New returns a client with opts.
func New(opts Options) *Client {
	opts = opts.withDefaults()
	tr := &http.Transport{
		// No proxy from the environment: a proxy would connect on our
		// behalf and bypass the address policy.
		Proxy:                 nil,
		DialContext:           opts.dialer(),
		TLSClientConfig:       &tls.Config{MinVersion: tls.VersionTLS12},
		TLSHandshakeTimeout:   opts.Timeout,
		ResponseHeaderTimeout: opts.Timeout,
		MaxIdleConnsPerHost:   1,
		MaxIdleConns:          256, // a crawl moves on: keep few idle connections open
		IdleConnTimeout:       30 * time.Second,
		ForceAttemptHTTP2:     true,
	}
	return &Client{
		opts:  opts,
		agent: productToken(opts.UserAgent),
		hosts: map[string]*host{},
		hc: &http.Client{
			Transport: tr,
			// Redirects are followed by Get, hop by hop, so that robots.txt
			// is checked for each.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
	}
}

// Close releases idle connections.
func (c *Client) Close() { c.hc.CloseIdleConnections() }

// productToken is the user agent's name as robots.txt groups name it:
// "noticelint" of "noticelint/1.0 (+https://...)".
func productToken(ua string) string {
	tok, _, _ := strings.Cut(strings.TrimSpace(ua), "/")
	tok, _, _ = strings.Cut(tok, " ")
	return strings.ToLower(tok)
}

// Hosts not used for hostIdle are forgotten once the client knows more
// than maxHosts, so that a crawl of a million sites does not keep a
// million robots.txt files; a host used again fetches its robots.txt again.
const (
	maxHosts = 1024
	hostIdle = time.Minute
)

// host returns u's origin's state, in use until release is called.
func (c *Client) host(u *url.URL) *host {
	key := u.Scheme + "://" + strings.ToLower(u.Host)
	c.mu.Lock()
	defer c.mu.Unlock()
	h := c.hosts[key]
	if h == nil {
		if len(c.hosts) >= maxHosts {
			c.forgetIdle(time.Now())
		}
		h = &host{slot: make(chan struct{}, 1), fetching: make(chan struct{}, 1)}
		c.hosts[key] = h
	}
	h.refs++
	return h
}

// release ends a use of h.
func (c *Client) release(h *host) {
	c.mu.Lock()
	h.refs--
	h.lastUsed = time.Now()
	c.mu.Unlock()
}

// forgetIdle drops the hosts nobody uses that have been idle for
// hostIdle; c.mu is held.
func (c *Client) forgetIdle(now time.Time) {
	for k, h := range c.hosts {
		if h.refs == 0 && now.Sub(h.lastUsed) > hostIdle {
			delete(c.hosts, k)
		}
	}
}

// Get fetches rawURL, following up to MaxRedirects redirects. Each URL,
// the first and every redirect's, must be allowed by its site's
// robots.txt. An error status (4xx, 5xx after the retries) is an *Error of
// KindStatus; every failure is an *Error. tr may be nil.
func (c *Client) Get(ctx context.Context, rawURL string, tr *Trace) (*Response, error) {
	if tr == nil {
		tr = &Trace{}
	}
	start := time.Now()
	defer func() { tr.Elapsed += time.Since(start) }()
	u, err := parseHTTPURL(rawURL)
	if err != nil {
		return nil, newError(rawURL, KindURL, "%v", err)
	}
	var redirects []string
	for hop := 0; ; hop++ {
		if err := c.checkRobots(ctx, u, tr); err != nil {
			return nil, err
		}
		resp, err := c.do(ctx, u, c.opts.MaxBody, tr)
		if err != nil {
			return nil, err
		}
		loc := resp.Header.Get("Location")
		if !isRedirect(resp.Status) || loc == "" {
			resp.Redirects = redirects
			if resp.Status >= 400 {
				e := newError(u.String(), KindStatus, "the server answered %d %s%s", resp.Status, http.StatusText(resp.Status), c.waitNote(resp))
				e.Status = resp.Status
				return resp, e
			}
			return resp, nil
		}
		redirects = append(redirects, u.String())
		if hop >= MaxRedirects {
			return nil, newError(rawURL, KindRedirects, "more than %d redirects (the last to %s)", MaxRedirects, loc)
		}
		next, err := u.Parse(loc)
		if err == nil {
			next, err = parseHTTPURL(next.String())
		}
		if err != nil {
			return nil, newError(u.String(), KindRedirects, "redirects to an unusable location %q: %v", loc, err)
		}
		u = next
	}
}

// waitNote says that resp's Retry-After asked for a longer wait than
// MaxRetryWait, when it did: why no retry came.
func (c *Client) waitNote(resp *Response) string {
	if resp == nil || resp.waitAsked <= 0 {
		return ""
	}
	return fmt.Sprintf(" and asked to wait %d s, more than --max-retry-wait %s", int64((resp.waitAsked+time.Second-1)/time.Second), c.opts.MaxRetryWait)
}

func isRedirect(status int) bool {
	switch status {
	case http.StatusMovedPermanently, http.StatusFound, http.StatusSeeOther,
		http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
		return true
	}
	return false
}

// parseHTTPURL parses an absolute http or https URL, without its fragment.
func parseHTTPURL(s string) (*url.URL, error) {
	u, err := url.Parse(s)
	if err != nil {
		return nil, err
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, errors.New("not an http(s) URL")
	}
	if u.Hostname() == "" {
		return nil, errors.New("no host name")
	}
	u.Fragment, u.RawFragment = "", ""
	return u, nil
}

// do sends one GET to u, one request in flight per host and after the
// host's Crawl-delay, retrying 429 and 5xx answers; it reads at most limit
// bytes of the body.
func (c *Client) do(ctx context.Context, u *url.URL, limit int64, tr *Trace) (*Response, error) {
	h := c.host(u)
	defer c.release(h)
	select {
	case h.slot <- struct{}{}:
	case <-ctx.Done():
		return nil, newError(u.String(), KindNetwork, "cancelled")
	}
	defer func() { <-h.slot }()
	for attempt := 0; ; attempt++ {
		if err := sleep(ctx, time.Until(h.next)); err != nil {
			return nil, newError(u.String(), KindNetwork, "cancelled")
		}
		delay := h.crawlDelay(c.opts.MaxCrawlDelay)
		h.next = time.Now().Add(delay)
		resp, err := c.once(ctx, u, limit, tr)
		if err != nil {
			return nil, err
		}
		if !retryable(resp.Status) || attempt >= c.opts.Retries {
			return resp, nil
		}
		wait, asked := retryAfter(resp.Header.Get("Retry-After"), time.Now())
		if !asked {
			wait = c.opts.RetryBackoff << attempt
		}
		if wait > c.opts.MaxRetryWait {
			if asked {
				resp.waitAsked = wait // the server asks for longer than we wait: its answer stands
				return resp, nil
			}
			wait = c.opts.MaxRetryWait
		}
		if err := sleep(ctx, wait); err != nil {
			return nil, newError(u.String(), KindNetwork, "cancelled")
		}
	}
}

func retryable(status int) bool {
	return status == http.StatusTooManyRequests || status >= 500 && status <= 599
}

// crawlDelay is the host's robots.txt Crawl-delay, capped.
func (h *host) crawlDelay(limit time.Duration) time.Duration {
	h.robotsMu.Lock()
	r := h.robots
	h.robotsMu.Unlock()
	if r == nil {
		return 0
	}
	return min(r.delay, limit)
}

func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// once sends one request and reads its body within Timeout.
func (c *Client) once(ctx context.Context, u *url.URL, limit int64, tr *Trace) (*Response, error) {
	ctx, cancel := context.WithTimeout(ctx, c.opts.Timeout)
	defer cancel()
	var ip string
	ctx = httptrace.WithClientTrace(ctx, &httptrace.ClientTrace{
		GotConn: func(info httptrace.GotConnInfo) {
			if a, ok := info.Conn.RemoteAddr().(*net.TCPAddr); ok {
				ip = a.IP.String()
			}
		},
	})
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, newError(u.String(), KindURL, "%v", err)
	}
	req.Header.Set("User-Agent", c.opts.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	req.Header.Set("Accept-Language", "fi,sv;q=0.9,en;q=0.8")
	sent := time.Now()
	tr.Requests++
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, c.requestError(ctx, u, err)
	}
	defer func() { _ = resp.Body.Close() }()
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, c.requestError(ctx, u, err)
	}
	truncated := int64(len(body)) > limit
	if truncated {
		body = body[:limit:limit]
	}
	out := &Response{URL: u.String(), Status: resp.StatusCode, Header: resp.Header, Body: body, Truncated: truncated}
	if tr.OnExchange != nil {
		tr.OnExchange(Exchange{
			Time: sent, Method: req.Method, URL: u.String(), RequestHeader: req.Header.Clone(),
			Proto: resp.Proto, Status: resp.StatusCode, ResponseHeader: resp.Header.Clone(),
			Body: body, Truncated: truncated, IP: ip,
		})
	}
	return out, nil
}

// requestError explains why a request failed, in words for people: not
// Go's "dial tcp ...: connect: ..." but "connection refused by ...".
func (c *Client) requestError(ctx context.Context, u *url.URL, err error) *Error {
	var re *RefusedAddressError
	var cv *tls.CertificateVerificationError
	switch {
	case errors.As(err, &re):
		return &Error{URL: u.String(), Kind: KindRefused, Reason: re.Error(), Err: re}
	case errors.As(err, &cv):
		return newError(u.String(), KindTLS, "the https certificate is not valid: %v", cv.Err)
	case errors.Is(ctx.Err(), context.DeadlineExceeded), errors.Is(err, context.DeadlineExceeded):
		return timeoutError(u, c.opts.Timeout)
	case errors.Is(err, context.Canceled):
		return newError(u.String(), KindNetwork, "cancelled")
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return timeoutError(u, c.opts.Timeout)
	}
	return newError(u.String(), KindNetwork, "%s", networkReason(u, err))
}

// TimeoutError is a request that got no complete answer within the time
// limit (Options.Timeout).
type TimeoutError struct{ Limit time.Duration }

func (e *TimeoutError) Error() string {
	return fmt.Sprintf("no complete answer within the time limit of %s", e.Limit)
}

func timeoutError(u *url.URL, limit time.Duration) *Error {
	te := &TimeoutError{limit}
	return &Error{URL: u.String(), Kind: KindTimeout, Reason: te.Error(), Err: te}
}

// networkReason says why a connection failed or broke, naming the address
// where it helps.
func networkReason(u *url.URL, err error) string {
	addr := u.Host
	var oe *net.OpError
	if errors.As(err, &oe) && oe.Addr != nil {
		addr = oe.Addr.String()
	}
	var de *net.DNSError
	switch {
	case errors.As(err, &de):
		if de.IsNotFound {
			return "no such host " + de.Name
		}
		return "the host name " + de.Name + " could not be looked up (DNS)"
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connection refused by " + addr
	case errors.Is(err, syscall.ECONNRESET):
		return "the connection was reset by " + addr
	case errors.Is(err, syscall.EHOSTUNREACH), errors.Is(err, syscall.ENETUNREACH):
		return "no route to " + addr
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return "the server at " + addr + " closed the connection before it answered in full"
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	msg := err.Error()
	if errors.As(err, &oe) && oe.Err != nil {
		msg = oe.Err.Error()
		var se *os.SyscallError
		if errors.As(oe.Err, &se) {
			msg = se.Err.Error()
		}
	}
	if strings.Contains(msg, "server gave HTTP response to HTTPS client") || strings.Contains(msg, "first record does not look like a TLS handshake") {
		return "the server at " + addr + " does not speak https"
	}
	msg = strings.TrimPrefix(msg, "net/http: ")
	msg = strings.TrimPrefix(msg, "tls: ")
	return "could not talk to " + addr + ": " + msg
}

// robots is a site's robots.txt as read.
type robots struct {
	data    *robotstxt.RobotsData
	delay   time.Duration
	fetched time.Time
	note    string // why robots.txt could not be read, when it could not
	kind    string // the Error kind of a failed fetch ("" when it was read)
	cause   error  // the typed error of a failed fetch, if any (Error.Err)
	status  int    // the 5xx or 429 robots.txt answered, for KindStatus
}

// checkRobots fetches and caches u's robots.txt, and returns a KindBlocked
// error when it forbids u.
func (c *Client) checkRobots(ctx context.Context, u *url.URL, tr *Trace) error {
	if u.Path == "/robots.txt" {
		return nil
	}
	h := c.host(u)
	defer c.release(h)
	// Waiting for another caller's fetch of the same robots.txt is
	// bounded by this caller's context (its site's deadline), not theirs.
	select {
	case h.fetching <- struct{}{}:
	case <-ctx.Done():
		return newError(u.String(), KindNetwork, "cancelled")
	}
	h.robotsMu.Lock()
	r := h.robots
	h.robotsMu.Unlock()
	if r == nil || time.Since(r.fetched) > robotsMaxAge {
		r = c.fetchRobots(ctx, u, tr)
		if ctx.Err() != nil {
			<-h.fetching
			return newError(u.String(), KindNetwork, "cancelled")
		}
		h.robotsMu.Lock()
		h.robots = r
		h.robotsMu.Unlock()
	}
	<-h.fetching
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	if r.data.TestAgent(path, c.agent) {
		return nil
	}
	switch {
	case r.kind == KindNetwork || r.kind == KindRefused || r.kind == KindTLS:
		// The site cannot be reached at all: say that, not "blocked".
		return &Error{URL: u.String(), Kind: r.kind, Reason: r.note, Err: r.cause}
	case r.kind != "":
		// robots.txt answered 5xx or 429, or not in time: RFC 9309 says to
		// fetch nothing, but the site is down, not blocking us.
		e := newError(u.String(), r.kind, "%s: the site is unavailable, so it is not crawled (RFC 9309)", r.note)
		e.Status, e.Err = r.status, r.cause
		return e
	}
	return newError(u.String(), KindBlocked, "%s://%s/robots.txt disallows it for %s", u.Scheme, u.Host, c.agent)
}

// fetchRobots reads u's robots.txt as RFC 9309 says: a 2xx answer is
// parsed, 4xx (no robots.txt) and too many redirects allow everything,
// and 5xx, 429 or a failed fetch disallow everything; kind and note then
// say why, for the site is unavailable rather than blocking.
func (c *Client) fetchRobots(ctx context.Context, u *url.URL, tr *Trace) *robots {
	r := &robots{fetched: time.Now()}
	ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	status := 0
	var body []byte
	var last *Response
	for hop := 0; ; hop++ {
		resp, err := c.do(ctx, ru, robotsMaxBody, tr)
		if err != nil {
			var fe *Error
			errors.As(err, &fe)
			r.data, r.kind, r.cause = disallowAll, fe.Kind, fe.Err
			r.note = fe.Reason
			if fe.Kind == KindTimeout {
				r.note = "robots.txt could not be read: " + fe.Reason
			}
			return r
		}
		loc := resp.Header.Get("Location")
		if !isRedirect(resp.Status) || loc == "" {
			status, body, last = resp.Status, resp.Body, resp
			break
		}
		next, err := ru.Parse(loc)
		if err == nil {
			next, err = parseHTTPURL(next.String())
		}
		if hop >= robotsMaxRedirects || err != nil {
			status = http.StatusNotFound // RFC 9309 2.3.1.2: may be taken as unavailable
			break
		}
		ru = next
	}
	switch {
	case status == http.StatusTooManyRequests || status >= 500:
		r.data, r.kind, r.status = disallowAll, KindStatus, status
		r.note = fmt.Sprintf("robots.txt answered %d %s%s", status, http.StatusText(status), c.waitNote(last))
	case status >= 400 || status < 200 || status >= 300:
		r.data = allowAll
	default:
		data, err := robotstxt.FromBytes(body)
		if err != nil {
			// The parser rejects a file with a stray rule; RFC 9309 asks
			// to use what can be read, which is at most those rules, so
			// take the file as allowing everything.
			data = allowAll
		}
		r.data = data
		if g := data.FindGroup(c.agent); g != nil {
			r.delay = g.CrawlDelay
		}
	}
	return r
}

var (
	allowAll, _    = robotstxt.FromStatusAndBytes(http.StatusNotFound, nil)
	disallowAll, _ = robotstxt.FromStatusAndBytes(http.StatusServiceUnavailable, nil)
)
