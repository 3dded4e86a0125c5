package scan

import (
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/noticelint/noticelint/fetch"
	"github.com/noticelint/noticelint/result"
)

func TestRobotsForbidsNotice(t *testing.T) {
	s := serve(t, map[string]string{
		"/":                  homePage(nil, [][2]string{{"Tietosuojaseloste", "/tietosuojaseloste"}}),
		"/robots.txt":        "User-agent: *\nDisallow: /tietosuojaseloste\n",
		"/tietosuojaseloste": notice(t, "fi-complete.txt"),
	}, nil)
	r := scanSite(t, newScanner(t, nil), s.URL)
	if r.Status != result.StatusBlocked || r.File.Err == nil || !strings.Contains(r.File.Err.Reason, "robots.txt disallows") {
		t.Fatalf("status %s, err %v", r.Status, r.File.Err)
	}
	if s.count("/tietosuojaseloste") != 0 {
		t.Error("the disallowed notice was fetched")
	}
}

// TestRobotsUnavailable: a robots.txt answering 5xx or 429 keeps the
// site from being fetched (RFC 9309), and the site is an error (it is
// down), not blocked; blocked is for a robots.txt that was read.
func TestRobotsUnavailable(t *testing.T) {
	for _, status := range []int{http.StatusInternalServerError, http.StatusServiceUnavailable, http.StatusTooManyRequests} {
		t.Run(strconv.Itoa(status), func(t *testing.T) {
			s := serve(t, map[string]string{"/": homePage(nil, nil)}, map[string]http.HandlerFunc{
				"/robots.txt": func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(status) },
			})
			r := scanSite(t, newScanner(t, func(o *Options) { o.Fetch.Retries = 0 }), s.URL)
			want := fmt.Sprintf("robots.txt answered %d %s: the site is unavailable, so it is not crawled", status, http.StatusText(status))
			if r.Status != result.StatusError || s.count("/") != 0 || r.File.Err == nil || !strings.Contains(r.File.Err.Reason, want) {
				t.Errorf("status %s, home fetched %d times, error %v; want %q", r.Status, s.count("/"), r.File.Err, want)
			}
		})
	}
}

func TestSiteUnreachable(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	_ = ln.Close()
	r := scanSite(t, newScanner(t, nil), "http://"+addr+"/")
	if r.Status != result.StatusError || r.File.Err == nil || !strings.Contains(r.File.Err.Reason, "refused") {
		t.Errorf("status %s, err %v", r.Status, r.File.Err)
	}
}

// TestBareDomainFallsBackToHTTP: a site named without a scheme is tried
// over https first; a server that speaks only http is then read over http.
func TestBareDomainFallsBackToHTTP(t *testing.T) {
	s := serve(t, map[string]string{
		"/":                  homePage(nil, [][2]string{{"Tietosuojaseloste", "/tietosuojaseloste"}}),
		"/tietosuojaseloste": notice(t, "fi-complete.txt"),
	}, nil)
	host := strings.TrimPrefix(s.URL, "http://")
	r := scanSite(t, newScanner(t, nil), host)
	wantNotice(t, r, s.URL+"/tietosuojaseloste", "Tietosuojaseloste")
}

func TestNoticeOverBodyLimit(t *testing.T) {
	s := serve(t, map[string]string{"/": homePage(nil, [][2]string{{"Tietosuojaseloste", "/iso"}})}, map[string]http.HandlerFunc{
		"/iso": func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			chunk := []byte(strings.Repeat("<p>Rekisterinpitäjä henkilötiedot säilytysaika oikeusperuste tarkastusoikeus</p>\n", 400))
			for sent := 0; sent < 1<<30; sent += len(chunk) {
				if _, err := w.Write(chunk); err != nil {
					return
				}
			}
		},
	})
	r := scanSite(t, newScanner(t, func(o *Options) { o.Fetch.MaxBody = 1 << 20 }), s.URL)
	if r.Status != result.StatusError || r.File.Err == nil || !strings.Contains(r.File.Err.Reason, "1 MiB (--max-size)") {
		t.Errorf("status %s, err %v", r.Status, r.File.Err)
	}
}

func TestSlowSite(t *testing.T) {
	s := serve(t, nil, map[string]http.HandlerFunc{"/": func(_ http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
	}})
	start := time.Now()
	r := scanSite(t, newScanner(t, func(o *Options) { o.Fetch.Timeout = 300 * time.Millisecond }), s.URL)
	if r.Status != result.StatusError || r.File.Err == nil || !strings.Contains(r.File.Err.Reason, "time limit of 300ms") {
		t.Errorf("status %s, err %v", r.Status, r.File.Err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("took %s", d)
	}
}

func TestRedirectToPrivateRefused(t *testing.T) {
	// The notice is on 127.0.0.2, an address the policy refuses; the test
	// allows only 127.0.0.1, where the site itself is.
	ln, err := net.Listen("tcp", "127.0.0.2:0")
	if err != nil {
		t.Skipf("cannot listen on 127.0.0.2: %v", err)
	}
	private := httptest.NewUnstartedServer(nil)
	_ = private.Listener.Close()
	private.Listener = ln
	var hits sync.Map
	private.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Store(r.URL.Path, true)
		_, _ = w.Write([]byte(notice(t, "fi-complete.txt")))
	})
	private.Start()
	defer private.Close()
	s := serve(t, map[string]string{"/": homePage(nil, [][2]string{{"Tietosuojaseloste", "/seloste"}})}, map[string]http.HandlerFunc{
		"/seloste": func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, private.URL+"/tietosuojaseloste", http.StatusFound)
		},
	})
	sc := newScanner(t, func(o *Options) {
		o.Fetch.AllowPrivate = false
		o.Fetch.Allow = fetch.Allowance{Nets: []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}}
	})
	r := scanSite(t, sc, s.URL)
	if r.Status != result.StatusError || s.count("/seloste") != 1 || r.File.Err == nil ||
		!strings.Contains(r.File.Err.Reason, "could not be fetched: ") || !strings.Contains(r.File.Err.Reason, "refused to connect to 127.0.0.2") {
		t.Errorf("status %s, /seloste fetched %d times, error %v", r.Status, s.count("/seloste"), r.File.Err)
	}
	hits.Range(func(k, _ any) bool {
		t.Errorf("the private server was asked for %s", k)
		return true
	})
	// With --allow-private the same redirect is followed.
	r = scanSite(t, newScanner(t, nil), s.URL)
	wantNotice(t, r, private.URL+"/tietosuojaseloste", "Tietosuojaseloste")
}

func TestNoticeLinkBroken(t *testing.T) {
	s := serve(t, map[string]string{"/": homePage(nil, [][2]string{{"Tietosuojaseloste", "/poistettu"}})}, nil)
	r := scanSite(t, newScanner(t, nil), s.URL)
	if r.Status != result.StatusNotFound || len(r.File.Findings) != 1 ||
		!strings.Contains(r.File.Findings[0].Message, "could not be fetched; the first, "+s.URL+"/poistettu (footer link 'Tietosuojaseloste'): the server answered 404 Not Found") {
		t.Errorf("status %s, findings %+v", r.Status, r.File.Findings)
	}
}

// TestCandidateUnfetchable: a notice link that was found but did not
// answer (a timeout, a redirect loop, a 5xx, a refused address) makes the
// site an error naming the link and why; notice-not-found is only for a
// site whose links were read and are not a notice, or are broken (404).
func TestCandidateUnfetchable(t *testing.T) {
	slow := func(_ http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
	}
	loop := func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/seloste", http.StatusFound) }
	for _, tt := range []struct {
		name    string
		handler http.HandlerFunc
		status  string
		want    string
	}{
		{"timeout", slow, result.StatusError, "could not be fetched: no complete answer within the time limit of 300ms"},
		{"redirect loop", loop, result.StatusError, "could not be fetched: more than 10 redirects"},
		{"5xx", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusBadGateway) }, result.StatusError,
			"could not be fetched: the server answered 502 Bad Gateway"},
		{"404", http.NotFound, result.StatusNotFound, "the links that name one could not be fetched; the first, "},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := serve(t, map[string]string{"/": homePage(nil, [][2]string{{"Tietosuojaseloste", "/seloste"}})},
				map[string]http.HandlerFunc{"/seloste": tt.handler})
			r := scanSite(t, newScanner(t, func(o *Options) {
				o.Fetch.Timeout = 300 * time.Millisecond
				o.Fetch.Retries = 0
			}), s.URL)
			got := ""
			if r.File.Err != nil {
				got = r.File.Err.Reason
			} else if len(r.File.Findings) == 1 {
				got = r.File.Findings[0].Message
			}
			if r.Status != tt.status || !strings.Contains(got, tt.want) || !strings.Contains(got, s.URL+"/seloste (footer link 'Tietosuojaseloste')") {
				t.Errorf("status %s, reason %q; want %s, %q", r.Status, got, tt.status, tt.want)
			}
		})
	}
}
