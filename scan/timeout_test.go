package scan

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/noticelint/noticelint/result"
)

// hostileSite serves a home page whose notice links lead into slow
// redirect chains, a 503 asking to retry later, and a page that never
// answers: each request stays within the per-request time limit, the
// whole would hold a worker for minutes.
func hostileSite(t *testing.T) *testSite {
	t.Helper()
	stop := make(chan struct{})
	wait := func(r *http.Request, d time.Duration) {
		select {
		case <-time.After(d):
		case <-r.Context().Done():
		case <-stop:
		}
	}
	home := homePage(nil, [][2]string{
		{"Tietosuojaseloste", "/chain/0"}, {"Tietosuoja", "/busy"}, {"Privacy policy", "/never"},
	})
	s := serve(t, map[string]string{"/": home}, map[string]http.HandlerFunc{
		"/busy": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Retry-After", "20")
			w.WriteHeader(http.StatusServiceUnavailable)
		},
		"/never": func(w http.ResponseWriter, r *http.Request) { wait(r, time.Hour) },
	})
	// The handlers of the chain are added by path prefix.
	inner := s.Config.Handler
	s.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if n, ok := strings.CutPrefix(r.URL.Path, "/chain/"); ok {
			wait(r, 300*time.Millisecond)
			var i int
			_, _ = fmt.Sscan(n, &i)
			http.Redirect(w, r, fmt.Sprintf("/chain/%d", i+1), http.StatusFound)
			return
		}
		inner.ServeHTTP(w, r)
	})
	t.Cleanup(func() { close(stop) }) // before the server closes: runs first
	return s
}

// TestSiteTimeout: --site-timeout bounds everything done for one site;
// a site that takes longer is the site's error, saying what was being
// done, and the scan returns soon after the limit.
func TestSiteTimeout(t *testing.T) {
	s := hostileSite(t)
	sc := newScanner(t, func(o *Options) {
		o.Fetch.Timeout = time.Minute
		o.Fetch.MaxRetryWait = time.Minute
		o.Fetch.Retries = 2
		o.SiteTimeout = 1500 * time.Millisecond
	})
	done := make(chan Result, 1)
	start := time.Now()
	go func() { done <- sc.Scan(context.Background(), s.URL) }()
	var r Result
	select {
	case r = <-done:
	case <-time.After(30 * time.Second): // the site alone takes over a minute and a half
		t.Fatal("the scan did not stop at --site-timeout")
	}
	took := time.Since(start)
	if r.Status != result.StatusError || r.File.Err == nil || r.File.Path != s.URL+"/" {
		t.Fatalf("status %s, path %s, error %v", r.Status, r.File.Path, r.File.Err)
	}
	want := "the site took longer than the time limit of 1.5s for one site (--site-timeout); it was fetching " + s.URL + "/chain/"
	if !strings.HasPrefix(r.File.Err.Reason, want) {
		t.Errorf("reason %q\nwant it to start %q", r.File.Err.Reason, want)
	}
	if took < 1500*time.Millisecond || r.Timings.Requests < 3 {
		t.Errorf("took %v, %d requests: the site was given up before its time", took, r.Timings.Requests)
	}
}

// TestSiteTimeoutKeepsNotice: a notice linted within the limit is the
// site's result; and a scan the caller cancels is not called out of time.
func TestSiteTimeoutKeepsNotice(t *testing.T) {
	s := serve(t, map[string]string{
		"/":                  homePage(nil, [][2]string{{"Tietosuojaseloste", "/tietosuojaseloste"}}),
		"/tietosuojaseloste": notice(t, "fi-complete.txt"),
	}, nil)
	sc := newScanner(t, func(o *Options) { o.SiteTimeout = time.Minute })
	wantNotice(t, scanSite(t, sc, s.URL), s.URL+"/tietosuojaseloste", "Tietosuojaseloste")

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if r := sc.Scan(ctx, s.URL); r.File.Err == nil || strings.Contains(r.File.Err.Reason, "--site-timeout") {
		t.Errorf("a cancelled scan: %v", r.File.Err)
	}
}
