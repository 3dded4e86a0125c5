package evidence_test

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/noticelint/noticelint/evidence"
	"github.com/noticelint/noticelint/extract"
	"github.com/noticelint/noticelint/fetch"
	"github.com/noticelint/noticelint/internal/browser"
	"github.com/noticelint/noticelint/internal/trackweb"
	"github.com/noticelint/noticelint/rules"
	"github.com/noticelint/noticelint/services"
)

func TestMain(m *testing.M) { os.Exit(browser.Main(m)) }

// web is a tracker and sites on loopback, and a collector whose browser
// reaches them through --browser-resolve only.
type web struct {
	tracker *trackweb.Tracker
	dial    evidence.Dialer
	col     *evidence.Collector
	hosts   map[string]bool // host:port the overrides map to loopback
}

// startWeb starts the tracker and one site of each given kind, and a
// collector that can reach them.
func startWeb(t *testing.T, kinds ...siteKind) (*web, []*trackweb.Site) {
	t.Helper()
	exe := browser.Need(t)
	tr, err := trackweb.StartTracker()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(tr.Close)
	resolve := []string{tr.Resolve()}
	var sites []*trackweb.Site
	for i, k := range kinds {
		s, err := trackweb.StartSite(fmt.Sprintf("www.yritys%d.example", i+1), tr, k.banner, k.notice)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(s.Close)
		sites = append(sites, s)
		resolve = append(resolve, s.Resolve())
	}
	ov, err := fetch.ParseOverrides(resolve)
	if err != nil {
		t.Fatal(err)
	}
	w := &web{tracker: tr, hosts: map[string]bool{}}
	for k := range ov {
		w.hosts[k] = true
	}
	noDNS := func(host string) ([]netip.Addr, error) {
		return nil, fmt.Errorf("%s is not on this test's loopback web", host)
	}
	w.dial = fetch.Options{Allow: fetch.Allowance{Loopback: true}, Overrides: ov, Resolve: noDNS}.Dialer()
	w.col, err = evidence.New(evidence.Options{Chromium: exe, Dial: w.dial, Settle: 700 * time.Millisecond, TrustSPKI: []string{tr.SPKI}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(w.col.Close)
	return w, sites
}

type siteKind struct {
	banner trackweb.Banner
	notice trackweb.Notice
}

// notice fetches and extracts a site's notice as scan would.
func notice(t *testing.T, s *trackweb.Site) *extract.Document {
	t.Helper()
	ov, _ := fetch.ParseOverrides([]string{s.Resolve()})
	c := fetch.New(fetch.Options{Allow: fetch.Allowance{Loopback: true}, Overrides: ov})
	defer c.Close()
	resp, err := c.Get(context.Background(), s.Home()+"tietosuojaseloste", nil)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := extract.Extract(resp.URL, resp.Body, extract.Options{Format: extract.FormatHTML})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func judge(t *testing.T, lang string) evidence.Judge {
	t.Helper()
	pack, err := rules.Load()
	if err != nil {
		t.Fatal(err)
	}
	return evidence.Judge{Engine: rules.NewEngine(pack, rules.Options{MessageLang: lang}), Table: services.Default(), Lang: lang}
}

func ruleIDs(fs []rules.Finding) []string {
	var ids []string
	for _, f := range fs {
		ids = append(ids, f.Rule)
	}
	return ids
}

// TestVisitJudged: the acceptance's loopback sites, visited in Chromium
// and held against their notices.
func TestVisitJudged(t *testing.T) {
	w, sites := startWeb(t,
		siteKind{trackweb.NoBanner, trackweb.DeniesTransfers}, // tracks before consent, notice denies transfers
		siteKind{trackweb.Blocking, trackweb.DeniesTransfers}, // banner blocks until "reject all"
		siteKind{trackweb.Leaky, trackweb.NamesAnalytics},     // banner, tracking after "reject all"
		siteKind{trackweb.NoBanner, trackweb.NamesAnalytics},  // notice names GA and the DPF
	)
	j := judge(t, "en")
	tests := []struct {
		name string
		want []string // the rules found, sorted
	}{
		{"tracks before consent, notice denies transfers", []string{"tracking-before-consent", "transfer-contradiction", "undisclosed-third-party"}},
		{"banner blocks until reject all", nil},
		{"banner, tracking after reject all", []string{"tracking-after-refusal"}},
		{"notice names Google Analytics and the DPF", []string{"tracking-before-consent"}},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := sites[i]
			v, err := w.col.Visit(context.Background(), s.Home(), s.Home()+"tietosuojaseloste")
			if err != nil {
				t.Fatal(err)
			}
			fs, sum := j.Findings(v, notice(t, s), s.Home()+"tietosuojaseloste")
			if got := ruleIDs(fs); !slices.Equal(got, tt.want) {
				t.Errorf("findings %v, want %v", got, tt.want)
				for _, f := range fs {
					t.Logf("%s: %s [%s]", f.Rule, f.Message, f.Evidence)
				}
			}
			for _, f := range fs {
				if f.Rule == "tracking-before-consent" || f.Rule == "transfer-contradiction" {
					if !strings.Contains(f.Evidence, "/g/collect?v=2&tid=G-ESIMERKKI") || !strings.HasPrefix(f.Evidence, "https://www.google-analytics.com:") {
						t.Errorf("%s: evidence %q, want the beacon's URL", f.Rule, f.Evidence)
					}
				}
				if f.Rule == "transfer-contradiction" && f.Severity != rules.Error {
					t.Errorf("transfer-contradiction with evidence is %s, want error", f.Severity)
				}
			}
			// The proxy saw only the loopback hosts the test mapped.
			for _, c := range v.Contacts {
				if !w.hosts[strings.ToLower(c.Host)] || c.Err != "" {
					t.Errorf("the proxy was asked for %s (%s): not a host of this test's loopback web", c.Host, c.Err)
				}
			}
			if len(v.Contacts) == 0 {
				t.Error("the proxy saw nothing")
			}
			switch i {
			case 1, 2:
				if v.Consent.Platform != "OneTrust" || !v.Consent.Rejected || v.RefusedMS == 0 {
					t.Errorf("consent %+v, refused at %d: want OneTrust rejected", v.Consent, v.RefusedMS)
				}
				for _, x := range sum.Services {
					if i == 1 && services.Category(x.Category).Tracking() {
						t.Errorf("a blocking banner, yet a tracking service seen: %+v", x)
					}
				}
			case 0:
				if len(sum.Services) != 1 || sum.Services[0].Name != "Google Analytics" || !sum.Services[0].BeforeConsent || sum.Services[0].Named != "" {
					t.Errorf("services %+v", sum.Services)
				}
				if !slices.ContainsFunc(v.Cookies, func(c evidence.Cookie) bool {
					return c.Name == "_ga" && !c.ThirdParty && c.Lifetime(v.Start) > 390*24*time.Hour
				}) {
					t.Errorf("no first-party _ga of two years (Chromium caps it at 400 days) among %+v", v.Cookies)
				}
				if len(v.Screenshot) < 100 || string(v.Screenshot[1:4]) != "PNG" {
					t.Error("no screenshot")
				}
			case 3:
				if len(sum.Services) != 1 || sum.Services[0].Named != "google analytics" {
					t.Errorf("services %+v", sum.Services)
				}
			}
		})
	}
	if own := w.col.OwnRequests(); len(own) > 0 {
		t.Errorf("Chromium made requests of its own: %+v", own)
	}
	if n := len(w.tracker.Beacons()); n < 3 {
		t.Errorf("the tracker received %d beacons, want one from each site that tracks", n)
	}
}

// TestVisitRecords: a cross-site frame's requests, web storage, a refused
// address and the pages loaded are recorded; the browser is restarted after
// MaxVisits visits; a visit cut short by its deadline says so.
func TestVisitRecords(t *testing.T) {
	exe := browser.Need(t)
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		switch {
		case r.Host == "www.video.example:"+portOf(r) && r.URL.Path == "/embed":
			fmt.Fprint(w, `<!DOCTYPE html><title>v</title><img src="/pixel?frame=1">`)
		case r.URL.Path == "/":
			fmt.Fprintf(w, `<!DOCTYPE html><title>Esimerkki</title><p>Hei</p>
<iframe src="http://www.video.example:%s/embed"></iframe>
<img src="http://metadata.yritys.example/latest/meta-data/">
<script>localStorage.setItem("seuranta_id", "123"); fetch("/api/collect", {method: "POST", body: "x"});</script>`, portOf(r))
		case r.URL.Path == "/slow":
			time.Sleep(3 * time.Second)
			fmt.Fprint(w, "<!DOCTYPE html><title>slow</title>")
		default:
			w.WriteHeader(http.StatusNoContent)
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	port := portOf(&http.Request{Host: srv.Listener.Addr().String()})
	ov, err := fetch.ParseOverrides([]string{
		"www.yritys.example:" + port + ":127.0.0.1", "www.video.example:" + port + ":127.0.0.1",
		"metadata.yritys.example:80:169.254.169.254",
	})
	if err != nil {
		t.Fatal(err)
	}
	noDNS := func(host string) ([]netip.Addr, error) { return nil, fmt.Errorf("no DNS in this test") }
	dial := fetch.Options{Allow: fetch.Allowance{Loopback: true}, Overrides: ov, Resolve: noDNS}.Dialer()
	col, err := evidence.New(evidence.Options{Chromium: exe, Dial: dial, Settle: 500 * time.Millisecond, MaxVisits: 1, PageTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer col.Close()
	home := "http://www.yritys.example:" + port + "/"
	for visit := range 2 { // MaxVisits 1: the second visit has a new browser
		v, err := col.Visit(context.Background(), home, home)
		if err != nil {
			t.Fatalf("visit %d: %v", visit, err)
		}
		if len(v.Pages) != 1 || v.Pages[0].URL != home || v.Notice != "" {
			t.Errorf("pages %+v, notice %q: want the home page once", v.Pages, v.Notice)
		}
		var frame, post bool
		for _, r := range v.Requests {
			if strings.HasSuffix(r.URL, "/pixel?frame=1") && strings.HasSuffix(r.Page, "/embed") {
				frame = true
			}
			if strings.HasSuffix(r.URL, "/api/collect") && r.Method == http.MethodPost && r.Initiator == "script" {
				post = true
			}
		}
		if !frame || !post {
			t.Errorf("visit %d: the frame's request recorded %v, the script's POST %v: %+v", visit, frame, post, v.Requests)
		}
		if !slices.ContainsFunc(v.Storage, func(s evidence.StorageKey) bool { return s.Key == "seuranta_id" && s.Local }) {
			t.Errorf("storage %+v", v.Storage)
		}
		if !slices.ContainsFunc(v.Contacts, func(c evidence.Contact) bool {
			return c.Host == "metadata.yritys.example:80" && strings.Contains(c.Err, "a cloud metadata address")
		}) {
			t.Errorf("contacts %+v: want the metadata address refused", v.Contacts)
		}
	}
	// A page slower than PageTimeout is watched as far as it got.
	v, err := col.Visit(context.Background(), home+"slow", "")
	if err != nil || !slices.ContainsFunc(v.Problems, func(p string) bool { return strings.Contains(p, "did not finish loading within 1s") }) {
		t.Errorf("a slow page: %v %+v", err, v.Problems)
	}
	// The site's deadline cuts a visit short.
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	if _, err := col.Visit(ctx, home+"slow", ""); err == nil || !strings.Contains(err.Error(), "cut short") {
		t.Errorf("a visit past its deadline: %v", err)
	}
}

func portOf(r *http.Request) string {
	_, port, _ := net.SplitHostPort(r.Host)
	return port
}
