package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// testOptions allow only 127.0.0.1, where the tests' servers listen:
// other private addresses stay refused.
func testOptions() Options {
	return Options{
		UserAgent: DefaultUserAgent("test"), Timeout: 5 * time.Second, RetryBackoff: 10 * time.Millisecond,
		Allow: Allowance{Nets: []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}},
	}
}

// site is a test server with a robots.txt and handlers by path; it counts
// the requests each path got.
type site struct {
	*httptest.Server
	mu    sync.Mutex
	count map[string]int
}

func newSite(t *testing.T, robots string, routes map[string]http.HandlerFunc) *site {
	t.Helper()
	s := &site{count: map[string]int{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.count[r.URL.Path]++
		s.mu.Unlock()
		if h, ok := routes[r.URL.Path]; ok {
			h(w, r)
			return
		}
		if r.URL.Path == "/robots.txt" && robots != "" {
			_, _ = w.Write([]byte(robots))
			return
		}
		http.NotFound(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *site) hits(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.count[path]
}

func text(body string) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte(body))
	}
}

func wantKind(t *testing.T, err error, kind string) *Error {
	t.Helper()
	var fe *Error
	if !errors.As(err, &fe) || fe.Kind != kind {
		t.Fatalf("error %v, want one of kind %s", err, kind)
	}
	return fe
}

func TestUserAgentAndGzip(t *testing.T) {
	var ua string
	s := newSite(t, "", map[string]http.HandlerFunc{"/": func(w http.ResponseWriter, r *http.Request) {
		ua = r.Header.Get("User-Agent")
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		_, _ = zw.Write([]byte("<p>Tietosuojaseloste</p>"))
		_ = zw.Close()
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("Content-Type", "text/html; charset=ISO-8859-1")
		_, _ = w.Write(b.Bytes())
	}})
	var exchanges []Exchange
	tr := &Trace{OnExchange: func(e Exchange) { exchanges = append(exchanges, e) }}
	resp, err := New(testOptions()).Get(context.Background(), s.URL+"/", tr)
	if err != nil {
		t.Fatal(err)
	}
	if ua != "noticelint/test (+https://github.com/noticelint/noticelint)" {
		t.Errorf("User-Agent %q", ua)
	}
	if string(resp.Body) != "<p>Tietosuojaseloste</p>" || resp.ContentType() != "text/html" || resp.Charset() != "iso-8859-1" {
		t.Errorf("body %q, type %q, charset %q", resp.Body, resp.ContentType(), resp.Charset())
	}
	if tr.Requests != 2 || len(exchanges) != 2 {
		t.Fatalf("%d requests, %d exchanges; want robots.txt and the page", tr.Requests, len(exchanges))
	}
	if e := exchanges[0]; !strings.HasSuffix(e.URL, "/robots.txt") || e.Status != 404 || e.IP != "127.0.0.1" {
		t.Errorf("first exchange %s %d from %s", e.URL, e.Status, e.IP)
	}
	if e := exchanges[1]; string(e.Body) != "<p>Tietosuojaseloste</p>" || e.Proto != "HTTP/1.1" || e.RequestHeader.Get("User-Agent") != ua {
		t.Errorf("page exchange %+v", e)
	}
}

func TestRedirects(t *testing.T) {
	s := newSite(t, "", map[string]http.HandlerFunc{
		"/a":       func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/b", http.StatusMovedPermanently) },
		"/b":       func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/notice", http.StatusFound) },
		"/notice":  text("notice"),
		"/forever": nil,
	})
	var n atomic.Int32
	loop := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		http.Redirect(w, r, "/r"+strconv.Itoa(int(n.Add(1))), http.StatusTemporaryRedirect)
	}))
	defer loop.Close()
	c := New(testOptions())
	resp, err := c.Get(context.Background(), s.URL+"/a", nil)
	if err != nil {
		t.Fatal(err)
	}
	if resp.URL != s.URL+"/notice" || string(resp.Body) != "notice" || len(resp.Redirects) != 2 {
		t.Errorf("got %s %q via %v", resp.URL, resp.Body, resp.Redirects)
	}
	_, err = c.Get(context.Background(), loop.URL+"/", nil)
	fe := wantKind(t, err, KindRedirects)
	if !strings.Contains(fe.Reason, "more than 10 redirects") {
		t.Errorf("reason %q", fe.Reason)
	}
	if got := n.Load(); got != 11 {
		t.Errorf("followed %d redirects, want the first request and 10 more", got)
	}
}

func TestRobotsDisallow(t *testing.T) {
	robots := "User-agent: *\nDisallow: /\n\nUser-agent: noticelint\nDisallow: /private\nAllow: /private/notice\n"
	s := newSite(t, robots, map[string]http.HandlerFunc{
		"/":               text("home"),
		"/private/x":      text("private"),
		"/private/notice": text("notice"),
		"/moved":          func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/private/x", http.StatusFound) },
	})
	c := New(testOptions())
	ctx := context.Background()
	if _, err := c.Get(ctx, s.URL+"/", nil); err != nil {
		t.Errorf("/: %v (the noticelint group allows it)", err)
	}
	if _, err := c.Get(ctx, s.URL+"/private/notice", nil); err != nil {
		t.Errorf("/private/notice: %v (the longer Allow wins)", err)
	}
	_, err := c.Get(ctx, s.URL+"/private/x", nil)
	fe := wantKind(t, err, KindBlocked)
	if !strings.Contains(fe.Reason, "robots.txt disallows it for noticelint") {
		t.Errorf("reason %q", fe.Reason)
	}
	// A redirect into a disallowed path is checked too.
	_, err = c.Get(ctx, s.URL+"/moved", nil)
	wantKind(t, err, KindBlocked)
	if s.hits("/private/x") != 0 {
		t.Error("a disallowed page was fetched")
	}
	if n := s.hits("/robots.txt"); n != 1 {
		t.Errorf("robots.txt fetched %d times, want once (cached)", n)
	}
}

func TestRobotsStatus(t *testing.T) {
	for _, tt := range []struct {
		status  int
		allowed bool
	}{{404, true}, {403, true}, {401, true}, {500, false}, {503, false}, {429, false}} {
		t.Run(strconv.Itoa(tt.status), func(t *testing.T) {
			s := newSite(t, "", map[string]http.HandlerFunc{
				"/robots.txt": func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(tt.status) },
				"/":           text("home"),
			})
			o := testOptions()
			o.Retries = 0
			_, err := New(o).Get(context.Background(), s.URL+"/", nil)
			if tt.allowed {
				if err != nil {
					t.Errorf("robots.txt %d: %v, want allowed", tt.status, err)
				}
				return
			}
			// Nothing is fetched (RFC 9309), but the site is unavailable,
			// not blocking: a status error, not KindBlocked.
			fe := wantKind(t, err, KindStatus)
			want := fmt.Sprintf("robots.txt answered %d %s: the site is unavailable, so it is not crawled", tt.status, http.StatusText(tt.status))
			if !strings.Contains(fe.Reason, want) || fe.Status != tt.status || s.hits("/") != 0 {
				t.Errorf("reason %q, status %d, %d hits on /; want %q", fe.Reason, fe.Status, s.hits("/"), want)
			}
		})
	}
}

// TestRobotsTimeoutIsTimeout: a robots.txt that does not answer in time
// keeps the site from being fetched, as a timeout, not as blocked.
func TestRobotsTimeoutIsTimeout(t *testing.T) {
	s := newSite(t, "", map[string]http.HandlerFunc{
		"/robots.txt": func(_ http.ResponseWriter, r *http.Request) {
			select {
			case <-r.Context().Done():
			case <-time.After(5 * time.Second):
			}
		},
		"/": text("home"),
	})
	o := testOptions()
	o.Timeout = 200 * time.Millisecond
	_, err := New(o).Get(context.Background(), s.URL+"/", nil)
	fe := wantKind(t, err, KindTimeout)
	if !strings.Contains(fe.Reason, "robots.txt could not be read: no complete answer within the time limit of 200ms") ||
		!strings.Contains(fe.Reason, "the site is unavailable") || s.hits("/") != 0 {
		t.Errorf("reason %q, %d hits on /", fe.Reason, s.hits("/"))
	}
}

// TestNetworkReasons: a failed connection is told in words for people,
// never Go's "dial tcp ...".
func TestNetworkReasons(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	dead := ln.Addr().String()
	_ = ln.Close()
	hangup := newSite(t, "", map[string]http.HandlerFunc{
		"/": func(w http.ResponseWriter, _ *http.Request) {
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				_ = conn.Close()
			}
		},
		"/robots.txt": func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusNotFound) },
	})
	for _, tt := range []struct {
		name, url, want string
		resolve         func(string) ([]netip.Addr, error)
	}{
		{"refused", "http://" + dead + "/", "connection refused by " + dead, nil},
		{"no such host", "http://eiole.example/", "no such host eiole.example",
			func(string) ([]netip.Addr, error) { return nil, errors.New("no such host") }},
		{"hung up", hangup.URL + "/", "closed the connection before it answered in full", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			o := testOptions()
			o.Resolve = tt.resolve
			_, err := New(o).Get(context.Background(), tt.url, nil)
			fe := wantKind(t, err, KindNetwork)
			if !strings.Contains(fe.Reason, tt.want) || strings.Contains(fe.Reason, "dial tcp") || strings.Contains(fe.Reason, "lookup ") {
				t.Errorf("reason %q, want %q", fe.Reason, tt.want)
			}
		})
	}
}

func TestRobotsUnreachableIsNetworkError(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	_ = ln.Close() // nothing listens there now
	_, err = New(testOptions()).Get(context.Background(), "http://"+addr+"/", nil)
	wantKind(t, err, KindNetwork)
}

func TestRetryAfter(t *testing.T) {
	var first atomic.Bool
	s := newSite(t, "", map[string]http.HandlerFunc{
		"/": func(w http.ResponseWriter, r *http.Request) {
			if !first.Swap(true) {
				w.Header().Set("Retry-After", "1")
				w.WriteHeader(http.StatusTooManyRequests)
				return
			}
			text("ok")(w, r)
		},
		"/later": func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Retry-After", time.Now().Add(time.Hour).UTC().Format(http.TimeFormat))
			w.WriteHeader(http.StatusServiceUnavailable)
		},
	})
	o := testOptions()
	o.MaxRetryWait = 2 * time.Second
	o.Retries = 2
	c := New(o)
	start := time.Now()
	resp, err := c.Get(context.Background(), s.URL+"/", nil)
	if err != nil || string(resp.Body) != "ok" {
		t.Fatalf("%v", err)
	}
	if d := time.Since(start); d < time.Second {
		t.Errorf("retried after %s, before the Retry-After of 1s", d)
	}
	if s.hits("/") != 2 {
		t.Errorf("%d requests, want 2", s.hits("/"))
	}
	// An HTTP date an hour away is over the cap: the 503 stands, at once.
	start = time.Now()
	_, err = c.Get(context.Background(), s.URL+"/later", nil)
	if fe := wantKind(t, err, KindStatus); fe.Status != 503 || s.hits("/later") != 1 || time.Since(start) > time.Second {
		t.Errorf("status %d after %d requests in %s", fe.Status, s.hits("/later"), time.Since(start))
	} else if want := "the server answered 503 Service Unavailable and asked to wait 3600 s, more than --max-retry-wait 2s"; fe.Reason != want {
		t.Errorf("reason %q, want %q", fe.Reason, want)
	}
}

func TestRetry5xxWithBackoff(t *testing.T) {
	var n atomic.Int32
	s := newSite(t, "", map[string]http.HandlerFunc{
		"/": func(w http.ResponseWriter, r *http.Request) {
			if n.Add(1) <= 2 {
				w.WriteHeader(http.StatusBadGateway)
				return
			}
			text("ok")(w, r)
		},
		"/down": func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusInternalServerError) },
	})
	o := testOptions()
	o.Retries = 2
	c := New(o)
	if _, err := c.Get(context.Background(), s.URL+"/", nil); err != nil {
		t.Fatal(err)
	}
	_, err := c.Get(context.Background(), s.URL+"/down", nil)
	if fe := wantKind(t, err, KindStatus); fe.Status != 500 || s.hits("/down") != 3 {
		t.Errorf("status %d after %d requests, want 500 after 3", fe.Status, s.hits("/down"))
	}
}

func TestRetryAfterParse(t *testing.T) {
	now := time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		in    string
		wait  time.Duration
		asked bool
	}{
		{"", 0, false}, {"5", 5 * time.Second, true}, {"-1", 0, false}, {"soon", 0, false},
		{"Sun, 22 Nov 2026 12:00:30 GMT", 30 * time.Second, true},
		{"Sun, 22 Nov 2026 11:00:00 GMT", 0, true},
	} {
		if w, a := retryAfter(tt.in, now); w != tt.wait || a != tt.asked {
			t.Errorf("retryAfter(%q) = %s, %v; want %s, %v", tt.in, w, a, tt.wait, tt.asked)
		}
	}
}

func TestTimeout(t *testing.T) {
	s := newSite(t, "", map[string]http.HandlerFunc{
		"/slow": func(_ http.ResponseWriter, r *http.Request) {
			select {
			case <-r.Context().Done():
			case <-time.After(10 * time.Second):
			}
		},
		"/dribble": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			for i := 0; i < 100; i++ {
				if _, err := w.Write([]byte("<p>x</p>")); err != nil {
					return
				}
				w.(http.Flusher).Flush()
				select {
				case <-r.Context().Done():
					return
				case <-time.After(100 * time.Millisecond):
				}
			}
		},
	})
	o := testOptions()
	o.Timeout = 300 * time.Millisecond
	c := New(o)
	for _, p := range []string{"/slow", "/dribble"} {
		start := time.Now()
		_, err := c.Get(context.Background(), s.URL+p, nil)
		fe := wantKind(t, err, KindTimeout)
		if !strings.Contains(fe.Reason, "300ms") {
			t.Errorf("%s: reason %q", p, fe.Reason)
		}
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("%s: gave up after %s", p, d)
		}
	}
}

// TestBodyLimit serves a 1 GB body from a generator: the client reads up
// to the limit, says so, and does not read on.
func TestBodyLimit(t *testing.T) {
	const size = 1 << 30
	var sent atomic.Int64
	s := newSite(t, "", map[string]http.HandlerFunc{"/big": func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Header().Set("Content-Length", strconv.Itoa(size))
		chunk := bytes.Repeat([]byte("tietosuoja "), 3000)
		for sent.Load() < size {
			n, err := w.Write(chunk[:min(int64(len(chunk)), size-sent.Load())])
			sent.Add(int64(n))
			if err != nil {
				return
			}
		}
	}})
	o := testOptions()
	o.MaxBody = 1 << 20
	resp, err := New(o).Get(context.Background(), s.URL+"/big", nil)
	if err != nil {
		t.Fatal(err)
	}
	if !resp.Truncated || len(resp.Body) != 1<<20 {
		t.Errorf("truncated %v, %d bytes; want the first MiB", resp.Truncated, len(resp.Body))
	}
	s.CloseClientConnections()
	if n := sent.Load(); n > 64<<20 {
		t.Errorf("the server sent %d bytes: the client read on past the limit", n)
	}
}

func TestAddressPolicy(t *testing.T) {
	s := newSite(t, "", map[string]http.HandlerFunc{"/": text("home")})
	port := s.Listener.Addr().(*net.TCPAddr).Port
	private := newSite(t, "", map[string]http.HandlerFunc{
		"/to-private": func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, fmt.Sprintf("http://127.0.0.2:%d/", port), http.StatusFound)
		},
		"/to-10": func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "http://10.0.0.1/", http.StatusFound)
		},
	})
	ctx := context.Background()

	// By default loopback is refused, before any connection.
	_, err := New(Options{}).Get(ctx, s.URL+"/", nil)
	if fe := wantKind(t, err, KindRefused); !strings.Contains(fe.Reason, "127.0.0.1") || s.hits("/robots.txt")+s.hits("/") != 0 {
		t.Errorf("reason %q, hits %d", fe.Reason, s.hits("/"))
	}
	// A redirect to another private address is refused, though the first
	// server was allowed.
	c := New(testOptions())
	for _, p := range []string{"/to-private", "/to-10"} {
		_, err = c.Get(ctx, private.URL+p, nil)
		wantKind(t, err, KindRefused)
	}
	// A host name that resolves to a private address is refused (the
	// dialer checks the address DNS gave); --allow-private allows it.
	o := Options{Resolve: func(string) ([]netip.Addr, error) { return []netip.Addr{netip.MustParseAddr("127.0.0.1")}, nil }}
	_, err = New(o).Get(ctx, fmt.Sprintf("http://esimerkki.example:%d/", port), nil)
	wantKind(t, err, KindRefused)
	o.AllowPrivate = true
	if _, err := New(o).Get(ctx, fmt.Sprintf("http://esimerkki.example:%d/", port), nil); err != nil {
		t.Errorf("--allow-private: %v", err)
	}
}

func TestOneRequestPerHost(t *testing.T) {
	var inFlight, most atomic.Int32
	s := newSite(t, "", map[string]http.HandlerFunc{"/": func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for {
			m := most.Load()
			if n <= m || most.CompareAndSwap(m, n) {
				break
			}
		}
		time.Sleep(20 * time.Millisecond)
		text("home")(w, r)
	}})
	c := New(testOptions())
	var wg sync.WaitGroup
	for range 6 {
		wg.Go(func() {
			if _, err := c.Get(context.Background(), s.URL+"/", nil); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if most.Load() != 1 || s.hits("/robots.txt") != 1 {
		t.Errorf("%d requests at once, robots.txt fetched %d times; want 1 and 1", most.Load(), s.hits("/robots.txt"))
	}
}

func TestCrawlDelayCapped(t *testing.T) {
	var mu sync.Mutex
	var times []time.Time
	s := newSite(t, "User-agent: *\nCrawl-delay: 30\nDisallow: /x\n", map[string]http.HandlerFunc{"/": func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		times = append(times, time.Now())
		mu.Unlock()
		text("home")(w, r)
	}})
	o := testOptions()
	o.MaxCrawlDelay = 300 * time.Millisecond
	c := New(o)
	start := time.Now()
	for range 3 {
		if _, err := c.Get(context.Background(), s.URL+"/", nil); err != nil {
			t.Fatal(err)
		}
	}
	for i := 1; i < len(times); i++ {
		if gap := times[i].Sub(times[i-1]); gap < 280*time.Millisecond {
			t.Errorf("requests %s apart, want the capped Crawl-delay of 300ms", gap)
		}
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %s: the 30s Crawl-delay was not capped", d)
	}
}

// TestForgetIdleHosts: a client that has seen many sites forgets those
// idle for long, and not those in use.
func TestForgetIdleHosts(t *testing.T) {
	c := New(testOptions())
	old := time.Now().Add(-2 * hostIdle)
	for i := range maxHosts {
		u := &url.URL{Scheme: "https", Host: fmt.Sprintf("site%d.example", i)}
		h := c.host(u)
		c.release(h)
		h.lastUsed = old
	}
	busy := c.host(&url.URL{Scheme: "https", Host: "site0.example"})
	busy.lastUsed = old
	c.host(&url.URL{Scheme: "https", Host: "new.example"})
	if len(c.hosts) != 2 || c.hosts["https://site0.example"] != busy {
		t.Errorf("%d hosts kept, want the one in use and the new one", len(c.hosts))
	}
}

func TestBadCertificate(t *testing.T) {
	s := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte("ok")) }))
	defer s.Close()
	_, err := New(testOptions()).Get(context.Background(), s.URL+"/", nil)
	if fe := wantKind(t, err, KindTLS); !strings.Contains(fe.Reason, "certificate is not valid") {
		t.Errorf("reason %q", fe.Reason)
	}
}

// TestRobotsWaitIsBounded: a caller waiting for another's fetch of the
// same robots.txt stops at its own deadline (a site's --site-timeout),
// not when the other's fetch ends.
func TestRobotsWaitIsBounded(t *testing.T) {
	stop := make(chan struct{})
	s := newSite(t, "", map[string]http.HandlerFunc{"/robots.txt": func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-stop:
		case <-r.Context().Done():
		}
	}})
	t.Cleanup(func() { close(stop) }) // before the server closes
	o := testOptions()
	o.Timeout = time.Minute
	c := New(o)
	first, cancelFirst := context.WithCancel(context.Background())
	defer cancelFirst()
	go func() { _, _ = c.Get(first, s.URL+"/a", nil) }()
	for s.hits("/robots.txt") == 0 {
		time.Sleep(5 * time.Millisecond)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	done := make(chan error, 1)
	go func() { _, err := c.Get(ctx, s.URL+"/b", nil); done <- err }()
	select {
	case err := <-done:
		wantKind(t, err, KindNetwork)
	case <-time.After(20 * time.Second):
		t.Fatal("the second caller waited for the first caller's robots.txt past its own deadline")
	}
}
