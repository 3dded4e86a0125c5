package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/noticelint/noticelint/result"
)

// stuckSite serves a home page whose notice link never answers.
func stuckSite(t *testing.T) *httptest.Server {
	t.Helper()
	stop := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			_, _ = w.Write([]byte(`<!doctype html><html><body><footer><a href="/tietosuoja">Tietosuojaseloste</a></footer></body></html>`))
		case "/tietosuoja":
			select {
			case <-r.Context().Done():
			case <-stop:
			}
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	t.Cleanup(func() { close(stop) }) // runs first
	return srv
}

// TestSiteTimeoutFlag: scan and crawl --site-timeout give up on a site
// that takes longer, as the site's error (exit 3 for scan, an error line
// for crawl), though each request is within --timeout.
func TestSiteTimeoutFlag(t *testing.T) {
	srv := stuckSite(t)
	start := time.Now()
	stdout, _, code := cli(t, "", "scan", "--no-config", "--allow-private", "--timeout", "5m", "--site-timeout", "1s", srv.URL)
	if code != exitInput || !strings.Contains(stdout, "the site took longer than the time limit of 1s for one site (--site-timeout); it was fetching "+srv.URL+"/tietosuoja") {
		t.Errorf("scan: exit %d:\n%s", code, stdout)
	}
	if took := time.Since(start); took > time.Minute {
		t.Errorf("scan took %v", took)
	}

	out := filepath.Join(t.TempDir(), "results.jsonl")
	if _, stderr, code := cli(t, srv.URL+"\n", "crawl", "--no-config", "-q", "--allow-private", "--timeout", "5m", "--site-timeout", "1s", "--input", "-", "--out", out); code != exitClean {
		t.Fatalf("crawl: exit %d:\n%s", code, stderr)
	}
	var rec result.Site
	data, err := os.ReadFile(out)
	if err == nil {
		err = json.Unmarshal(data, &rec)
	}
	if err != nil || rec.Status != result.StatusError || !strings.Contains(rec.Error, "(--site-timeout)") {
		t.Errorf("crawl result %+v (%v)", rec, err)
	}

	if _, stderr, code := cli(t, "", "scan", "--site-timeout", "-1s", srv.URL); code != exitUsage || !strings.Contains(stderr, "--site-timeout -1s: must not be negative") {
		t.Errorf("a negative --site-timeout: exit %d: %s", code, stderr)
	}
}

// TestAllowNetFlag: --allow-net loopback lets scan read a loopback site,
// --allow-net private does not (it allows RFC 1918 and ULA only), and a
// value that is no class, address or range is a usage error.
func TestAllowNetFlag(t *testing.T) {
	srv := noticeSite(t, "notices/fi-modern-clean.txt")
	if _, stderr, code := cli(t, "", "scan", "--no-config", asOf, "--allow-net", "loopback", srv.URL); code != exitClean {
		t.Errorf("--allow-net loopback: exit %d: %s", code, stderr)
	}
	if stdout, _, code := cli(t, "", "scan", "--no-config", "--allow-net", "private,10.1.0.0/16", srv.URL); code != exitInput || !strings.Contains(stdout, "refused to connect to 127.0.0.1: a loopback address") {
		t.Errorf("--allow-net private: exit %d: %s", code, stdout)
	}
	if _, stderr, code := cli(t, "", "crawl", "--allow-net", "intranet", "--input", "-"); code != exitUsage || !strings.Contains(stderr, `--allow-net "intranet": want loopback, private, an IP address or a CIDR range`) {
		t.Errorf("a bad --allow-net: exit %d: %s", code, stderr)
	}
}
