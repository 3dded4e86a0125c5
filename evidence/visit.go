package evidence

import (
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/domstorage"
	"github.com/chromedp/cdproto/network"

	"github.com/noticelint/noticelint/services"
)

// Phases of a visit.
const (
	// BeforeConsent is everything until a consent banner's "reject all" was
	// pressed: the home page and the notice loaded with no answer given.
	BeforeConsent = "before-consent"
	// AfterRefusal is everything after it, the pages loaded again included.
	AfterRefusal = "after-refusal"
)

// Visit is what one visit of a site in the browser recorded. Times are
// milliseconds after the visit's first page began to load.
type Visit struct {
	Home   string    `json:"home"`
	Notice string    `json:"notice,omitempty"`
	Start  time.Time `json:"start"`
	// Pages are the page loads, in order.
	Pages    []Page       `json:"pages"`
	Requests []Request    `json:"requests"`
	Cookies  []Cookie     `json:"cookies"`
	Storage  []StorageKey `json:"storage"`
	// Contacts are the proxy's log: every connection the visit asked for,
	// the authoritative list of the hosts it contacted.
	Contacts []Contact `json:"contacts"`
	Consent  Consent   `json:"consent"`
	// RefusedMS is when "reject all" was pressed; 0 when it was not.
	RefusedMS int64 `json:"refused_ms,omitempty"`
	// Dropped counts what the limits kept out: requests, contacts, cookies
	// and storage keys beyond them.
	Dropped int `json:"dropped,omitempty"`
	// Problems are steps that did not go as planned (a page that did not
	// finish loading in time); the visit went on.
	Problems []string `json:"problems,omitempty"`

	// Screenshots of the home page as loaded and, after "reject all", as
	// loaded again (PNG).
	Screenshot      []byte `json:"-"`
	AfterScreenshot []byte `json:"-"`
}

// Page is one page load of a visit.
type Page struct {
	URL     string `json:"url"`
	StartMS int64  `json:"start_ms"`
	Phase   string `json:"phase"`
}

// Request is one request the browser made.
type Request struct {
	TimeMS int64  `json:"time_ms"`
	Method string `json:"method"`
	URL    string `json:"url"`
	Type   string `json:"type,omitempty"` // Document, Script, Image, XHR ...
	// Initiator is what made the request (parser, script, other) and its
	// URL, when known.
	Initiator    string `json:"initiator,omitempty"`
	InitiatorURL string `json:"initiator_url,omitempty"`
	// Page is the document the request was made for.
	Page     string `json:"page,omitempty"`
	Status   int64  `json:"status,omitempty"`
	Error    string `json:"error,omitempty"`
	RemoteIP string `json:"remote_ip,omitempty"`
	Phase    string `json:"phase"`
}

// Cookie is one cookie the visit ended up with, or saw set.
type Cookie struct {
	Name   string `json:"name"`
	Domain string `json:"domain"`
	Path   string `json:"path"`
	// FirstSeenMS is when a snapshot of the browser's cookies first held
	// it; ChangedMS when its value or expiry last changed after that (0 if
	// never).
	FirstSeenMS int64 `json:"first_seen_ms"`
	ChangedMS   int64 `json:"changed_ms,omitempty"`
	// Expires is when it expires, zero for a session cookie; LifetimeS how
	// many seconds that was after it was (last) set.
	Expires   time.Time `json:"expires,omitzero"`
	LifetimeS int64     `json:"lifetime_s,omitempty"`
	Session   bool      `json:"session"`
	Secure    bool      `json:"secure"`
	HTTPOnly  bool      `json:"http_only"`
	SameSite  string    `json:"same_site,omitempty"`
	// ThirdParty is a cookie of another registrable domain than the site's.
	ThirdParty bool `json:"third_party"`
	// Page is the page loaded when it was first seen.
	Page  string `json:"page"`
	Phase string `json:"phase"`

	value string
}

// Lifetime is how long the cookie lives from when it was first seen; 0 for
// a session cookie.
func (c Cookie) Lifetime(start time.Time) time.Duration {
	if c.Session || c.Expires.IsZero() {
		return 0
	}
	return c.Expires.Sub(start.Add(time.Duration(c.FirstSeenMS) * time.Millisecond))
}

// StorageKey is a key a page put in local or session storage.
type StorageKey struct {
	Origin string `json:"origin"`
	Key    string `json:"key"`
	Local  bool   `json:"local"`
	TimeMS int64  `json:"time_ms"`
	Phase  string `json:"phase"`
}

// Consent is what became of a consent banner.
type Consent struct {
	// Platform is the consent platform whose banner was found ("" for
	// none); Rejected says its "reject all" was pressed, Button the
	// button's text.
	Platform string `json:"platform,omitempty"`
	Rejected bool   `json:"rejected"`
	Button   string `json:"button,omitempty"`
	// Hidden says the button was not on screen (a settings layer's).
	Hidden bool `json:"hidden,omitempty"`
	// Page is where the banner was found.
	Page string `json:"page,omitempty"`
}

// maxURL bounds a URL or key kept in a visit's record.
const maxURL = 2048

// recorder collects one visit's events, from chromedp's reading goroutine
// and the visit's own.
type recorder struct {
	mu      sync.Mutex
	v       *Visit
	byID    map[network.RequestID]int
	cookies map[string]int // name|domain|path -> index in v.Cookies
	site    string         // the home page's registrable domain
	phase   string
	limit   int // of requests, cookies and storage keys each (MaxRecords)
}

func newRecorder(v *Visit, site string, limit int) *recorder {
	return &recorder{v: v, byID: map[network.RequestID]int{}, cookies: map[string]int{}, site: site, phase: BeforeConsent, limit: limit}
}

func (r *recorder) since() int64 { return time.Since(r.v.Start).Milliseconds() }

// page notes a page load starting now; the first starts the visit's
// clock.
func (r *recorder) page(u string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.v.Pages) == 0 {
		r.v.Start = time.Now()
	}
	r.v.Pages = append(r.v.Pages, Page{URL: u, StartMS: r.since(), Phase: r.phase})
}

// refused notes that "reject all" was pressed now.
func (r *recorder) refused() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.phase = AfterRefusal
	r.v.RefusedMS = max(r.since(), 1)
}

func (r *recorder) problem(p string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.v.Problems = append(r.v.Problems, p)
}

// currentPage is the page loading or loaded now.
func (r *recorder) currentPage() string {
	if n := len(r.v.Pages); n > 0 {
		return r.v.Pages[n-1].URL
	}
	return ""
}

// event records a network or storage event; it runs on chromedp's reading
// goroutine, so it is quick.
func (r *recorder) event(ev any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	switch e := ev.(type) {
	case *network.EventRequestWillBeSent:
		if len(r.v.Requests) >= r.limit {
			r.v.Dropped++
			return
		}
		req := Request{TimeMS: r.since(), Method: e.Request.Method, URL: clip(e.Request.URL), Type: string(e.Type), Page: clip(e.DocumentURL), Phase: r.phase}
		if e.Initiator != nil {
			req.Initiator, req.InitiatorURL = string(e.Initiator.Type), clip(e.Initiator.URL)
		}
		r.byID[e.RequestID] = len(r.v.Requests) // a redirect's next hop is the same id: the newest is kept
		r.v.Requests = append(r.v.Requests, req)
	case *network.EventResponseReceived:
		if i, ok := r.byID[e.RequestID]; ok && e.Response != nil {
			r.v.Requests[i].Status, r.v.Requests[i].RemoteIP = e.Response.Status, e.Response.RemoteIPAddress
		}
	case *network.EventLoadingFailed:
		if i, ok := r.byID[e.RequestID]; ok {
			r.v.Requests[i].Error = e.ErrorText
		}
	case *domstorage.EventDomStorageItemAdded:
		if len(r.v.Storage) >= r.limit {
			r.v.Dropped++
			return
		}
		if e.StorageID != nil {
			r.v.Storage = append(r.v.Storage, StorageKey{Origin: e.StorageID.SecurityOrigin, Key: clip(e.Key), Local: e.StorageID.IsLocalStorage, TimeMS: r.since(), Phase: r.phase})
		}
	}
}

// snapshot merges the browser's cookies now into the record: a cookie not
// seen before is first seen now, one whose value or expiry changed is
// changed now.
func (r *recorder) snapshot(cs []*network.Cookie) {
	r.mu.Lock()
	defer r.mu.Unlock()
	now := r.since()
	for _, c := range cs {
		key := c.Name + "|" + c.Domain + "|" + c.Path
		var exp time.Time
		if !c.Session && c.Expires > 0 {
			exp = time.Unix(int64(c.Expires), 0).UTC()
		}
		if i, ok := r.cookies[key]; ok {
			old := &r.v.Cookies[i]
			if old.value != c.Value || !old.Expires.Equal(exp) {
				old.value, old.Expires, old.ChangedMS, old.LifetimeS = c.Value, exp, max(now, 1), lifetime(exp)
				if r.phase == AfterRefusal {
					old.Phase = AfterRefusal // set again after the refusal
				}
			}
			continue
		}
		if len(r.v.Cookies) >= r.limit {
			r.v.Dropped++
			continue
		}
		r.cookies[key] = len(r.v.Cookies)
		r.v.Cookies = append(r.v.Cookies, Cookie{
			Name: c.Name, Domain: c.Domain, Path: c.Path, FirstSeenMS: now, Expires: exp, LifetimeS: lifetime(exp), Session: c.Session,
			Secure: c.Secure, HTTPOnly: c.HTTPOnly, SameSite: string(c.SameSite),
			ThirdParty: services.Site(strings.TrimPrefix(c.Domain, ".")) != r.site,
			Page:       r.currentPage(), Phase: r.phase, value: c.Value,
		})
	}
}

// lifetime is how many seconds from now a cookie expiring at exp lives; 0
// for a session cookie.
func lifetime(exp time.Time) int64 {
	if exp.IsZero() {
		return 0
	}
	return max(int64(time.Until(exp)/time.Second), 0)
}

// clip keeps a URL or key to a bounded length.
func clip(s string) string {
	if len(s) > maxURL {
		return s[:maxURL] + "…"
	}
	return s
}

// hostOf is a URL's host name, lower case.
func hostOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.ToLower(u.Hostname())
}
