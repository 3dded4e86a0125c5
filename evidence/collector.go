package evidence

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/domstorage"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"

	"github.com/noticelint/noticelint/services"
)

//go:embed consent.js
var consentJS string

// Defaults of Options.
const (
	DefaultJobs        = 2
	DefaultSettle      = 3 * time.Second
	DefaultPageTimeout = 15 * time.Second
	// DefaultMaxVisits is how many visits one browser process makes before
	// it is started afresh, so that a long crawl's memory stays bounded.
	DefaultMaxVisits = 50
	// DefaultMaxRecords bounds each of a visit's requests, connections,
	// cookies and web-storage keys; the rest are counted.
	DefaultMaxRecords = 5000
)

// Options are a collector's settings.
type Options struct {
	// Chromium is the browser binary; "" means FindChromium's.
	Chromium string
	// Dial connects as the fetcher does (fetch.Options.Dialer): every
	// connection the browser makes goes through it.
	Dial Dialer
	// Jobs is how many visits run at once, each in a tab of its own.
	Jobs int
	// Settle is how long a page is watched after it has loaded.
	Settle time.Duration
	// PageTimeout bounds one page's load; a page slower than that is
	// watched as far as it got.
	PageTimeout time.Duration
	// MaxVisits is how many visits a browser process makes before it is
	// restarted.
	MaxVisits int
	// MaxRecords bounds each of a visit's requests, connections, cookies
	// and web-storage keys kept; the rest are counted (Visit.Dropped).
	MaxRecords int
	// TrustSPKI are base64 SHA-256 hashes of certificates' public keys
	// that the browser accepts for any host (Chromium's
	// --ignore-certificate-errors-spki-list): for tests whose local
	// servers stand in for real https hosts.
	TrustSPKI []string
	// Width and Height are the window's size; 0 means 1280 x 800.
	Width, Height int
}

func (o Options) withDefaults() Options {
	if o.Jobs <= 0 {
		o.Jobs = DefaultJobs
	}
	if o.Settle < 0 {
		o.Settle = 0
	} else if o.Settle == 0 {
		o.Settle = DefaultSettle
	}
	if o.PageTimeout <= 0 {
		o.PageTimeout = DefaultPageTimeout
	}
	if o.MaxVisits <= 0 {
		o.MaxVisits = DefaultMaxVisits
	}
	if o.MaxRecords <= 0 {
		o.MaxRecords = DefaultMaxRecords
	}
	if o.Width <= 0 || o.Height <= 0 {
		o.Width, o.Height = 1280, 800
	}
	return o
}

// Collector visits sites in headless Chromium: a pool of Jobs tabs in one
// browser process, each visit in a fresh browser context (an incognito
// profile: no cookies, no consent given) whose traffic goes through a
// proxy of its own. It is safe for concurrent use.
type Collector struct {
	opts Options
	tabs chan struct{}

	mu      sync.Mutex
	cond    *sync.Cond
	b       *browserProc
	visits  int // visits made by b
	active  int // visits in progress on b
	closed  bool
	ownLogs []Contact // Chromium's own requests, of every browser process
}

// browserProc is one running Chromium.
type browserProc struct {
	ctx        context.Context // the browser's chromedp context
	cancel     func()
	dir        string // its profile, removed when it stops
	background *proxy // where Chromium's own requests go: nowhere
}

// New starts a collector and its browser. Without Chromium it returns
// ErrNoChromium.
func New(opts Options) (*Collector, error) {
	opts = opts.withDefaults()
	if opts.Chromium == "" {
		opts.Chromium = FindChromium()
	}
	if opts.Chromium == "" {
		return nil, ErrNoChromium
	}
	if opts.Dial == nil {
		return nil, errors.New("evidence.New: no dialer")
	}
	c := &Collector{opts: opts, tabs: make(chan struct{}, opts.Jobs)}
	c.cond = sync.NewCond(&c.mu)
	b, err := c.start()
	if err != nil {
		return nil, err
	}
	c.b = b
	return c, nil
}

// refuseAll is the dialer of the proxy Chromium's own requests go to.
func refuseAll(_ context.Context, _, addr string) (net.Conn, error) {
	return nil, fmt.Errorf("refused: Chromium's own request to %s, not the page's", addr)
}

// start runs a browser with a fresh profile.
func (c *Collector) start() (*browserProc, error) {
	dir, err := os.MkdirTemp("", "noticelint-chromium-")
	if err != nil {
		return nil, fmt.Errorf("--browser: a profile directory for Chromium: %w", err)
	}
	bg, err := startProxy(refuseAll, time.Second, DefaultMaxRecords)
	if err != nil {
		_ = os.RemoveAll(dir)
		return nil, err
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		// As root chromedp adds --no-sandbox, which Chromium needs then.
		chromedp.ExecPath(c.opts.Chromium), chromedp.UserDataDir(dir),
		chromedp.WindowSize(c.opts.Width, c.opts.Height),
		// Chromium's own requests go to a proxy that refuses them; each
		// visit's browser context has a proxy of its own.
		chromedp.ProxyServer("http://"+bg.Addr()), chromedp.Flag("proxy-bypass-list", "<-loopback>"))
	for k, v := range chromiumFlags {
		opts = append(opts, chromedp.Flag(k, v))
	}
	if len(c.opts.TrustSPKI) > 0 {
		opts = append(opts, chromedp.Flag("ignore-certificate-errors-spki-list", strings.Join(c.opts.TrustSPKI, ",")))
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	b := &browserProc{ctx: ctx, dir: dir, background: bg, cancel: func() {
		cancelCtx()
		cancelAlloc()
	}}
	// The first call starts the browser; it must not carry a deadline,
	// which would stop the browser when it passes.
	started := make(chan error, 1)
	go func() {
		_, err := chromedp.Run(ctx, chromedp.Evaluate[int]("0"))
		started <- err
	}()
	select {
	case err = <-started:
	case <-time.After(60 * time.Second):
		err = errors.New("it did not start within 60 s")
	}
	if err != nil {
		b.stop()
		return nil, fmt.Errorf("--browser: starting %s: %w", c.opts.Chromium, err)
	}
	return b, nil
}

func (b *browserProc) stop() {
	b.cancel()
	b.background.Close()
	_ = os.RemoveAll(b.dir)
}

// Close stops the browser. Visits in progress fail.
func (c *Collector) Close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.closed = true
	if c.b != nil {
		c.keepOwnLog(c.b)
		c.b.stop()
		c.b = nil
	}
	c.cond.Broadcast()
}

// keepOwnLog keeps what Chromium itself tried to reach; c.mu is held.
func (c *Collector) keepOwnLog(b *browserProc) {
	log, _ := b.background.Log()
	c.ownLogs = append(c.ownLogs, log...)
}

// OwnRequests are the connections Chromium asked for on its own (updates,
// reports ...), not for a page: all refused. With the flags it runs with
// there should be none.
func (c *Collector) OwnRequests() []Contact {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := append([]Contact(nil), c.ownLogs...)
	if c.b != nil {
		log, _ := c.b.background.Log()
		out = append(out, log...)
	}
	return out
}

// acquire gives a browser to visit with, restarting it after MaxVisits
// visits (once the visits on it are done) or when it has died.
func (c *Collector) acquire() (*browserProc, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for {
		if c.closed {
			return nil, errors.New("the browser was closed")
		}
		dead := c.b == nil || c.b.ctx.Err() != nil
		if !dead && c.visits < c.opts.MaxVisits {
			break
		}
		if c.active > 0 {
			c.cond.Wait() // let the visits on the old browser finish
			continue
		}
		if c.b != nil {
			c.keepOwnLog(c.b)
			c.b.stop()
			c.b = nil
		}
		b, err := c.start()
		if err != nil {
			return nil, err
		}
		c.b, c.visits = b, 0
	}
	c.visits++
	c.active++
	return c.b, nil
}

func (c *Collector) release() {
	c.mu.Lock()
	c.active--
	c.mu.Unlock()
	c.cond.Broadcast()
}

// Visit loads the home page and the notice (when not "" and not the home
// page) in a fresh browser context, with no consent given, watching each for
// the settle time; then, where a known consent banner is found, presses
// its "reject all", loads the home page again and watches what still
// happens. It records every request, cookie and web-storage key and the
// proxy's log. ctx bounds it (the site's deadline): a visit cut short
// returns what it recorded and an error saying so.
func (c *Collector) Visit(ctx context.Context, home, notice string) (*Visit, error) {
	select {
	case c.tabs <- struct{}{}:
	case <-ctx.Done():
		return nil, fmt.Errorf("no browser tab came free in time: %w", ctx.Err())
	}
	defer func() { <-c.tabs }()
	b, err := c.acquire()
	if err != nil {
		return nil, err
	}
	defer c.release()
	px, err := startProxy(c.opts.Dial, c.opts.PageTimeout, c.opts.MaxRecords)
	if err != nil {
		return nil, err
	}
	defer px.Close()

	v := &Visit{Home: home, Notice: notice, Start: time.Now()}
	if notice == home {
		v.Notice = ""
	}
	rec := newRecorder(v, services.Site(hostOf(home)), c.opts.MaxRecords)
	tab, cancel := chromedp.NewContext(b.ctx, chromedp.WithNewBrowserContext(func(p *target.CreateBrowserContextParams) {
		p.ProxyServer = "http://" + px.Addr()
		p.ProxyBypassList = "<-loopback>"
	}))
	defer cancel()
	stop := context.AfterFunc(ctx, cancel)
	defer stop()
	err = c.run(tab, rec)
	if ctx.Err() != nil {
		err = fmt.Errorf("the visit was cut short: %w", ctx.Err())
	}
	cancel() // close the tab and dispose of its context before reading the log
	contacts, dropped := px.Log()
	v.Contacts, v.Dropped = contacts, v.Dropped+dropped
	return v, err
}

// run makes the visit's steps in tab.
func (c *Collector) run(tab context.Context, rec *recorder) error {
	if err := chromedp.Listen(tab, rec.event); err != nil {
		return fmt.Errorf("opening a tab: %w", err)
	}
	if _, err := chromedp.Call(tab, network.Enable, network.EnableParams{}); err != nil {
		return fmt.Errorf("recording the network: %w", err)
	}
	if _, err := chromedp.Call(tab, domstorage.Enable, cdp.Empty{}); err != nil {
		return fmt.Errorf("recording web storage: %w", err)
	}
	v := rec.v
	if err := c.load(tab, rec, v.Home); err != nil {
		return err
	}
	v.Screenshot = c.screenshot(tab, rec)
	atHome, _ := c.findBanner(tab, rec, false)
	if v.Notice == "" {
		return c.refuse(tab, rec, atHome)
	}
	if err := c.load(tab, rec, v.Notice); err != nil {
		return err
	}
	cs, ok := c.findBanner(tab, rec, false)
	if ok && !cs.Found && atHome.Found {
		// The banner shows on the home page only: back there.
		if err := c.load(tab, rec, v.Home); err != nil {
			return err
		}
		cs, ok = c.findBanner(tab, rec, false)
	}
	if !ok {
		return nil
	}
	return c.refuse(tab, rec, cs)
}

// refuse presses the "reject all" of the banner found on the page, cs;
// then it loads the home page again and watches what still happens. A
// banner that cannot be pressed is a problem of the visit, which goes on.
func (c *Collector) refuse(tab context.Context, rec *recorder, cs consentResult) error {
	v := rec.v
	if !cs.Found {
		return nil
	}
	var ok bool
	v.Consent = Consent{Platform: cs.Platform, Button: cs.Button, Hidden: cs.Button != "" && !cs.Visible, Page: rec.currentPage()}
	if cs.Button == "" {
		rec.problem(cs.Platform + "'s banner has no \"reject all\" button that noticelint knows")
		return nil
	}
	// What the press sets off is after the refusal, from the first instant.
	rec.refused()
	if cs, ok = c.findBanner(tab, rec, true); !ok || !cs.Clicked {
		return nil
	}
	v.Consent.Rejected = true
	if err := c.settle(tab, rec); err != nil {
		return err
	}
	if err := c.load(tab, rec, v.Home); err != nil {
		return err
	}
	v.AfterScreenshot = c.screenshot(tab, rec)
	return nil
}

// load loads a page and watches it for the settle time, taking the
// browser's cookies every half second.
func (c *Collector) load(tab context.Context, rec *recorder, u string) error {
	rec.page(u)
	nctx, cancel := context.WithTimeout(tab, c.opts.PageTimeout)
	err := chromedp.Do(nctx, chromedp.Navigate(u))
	cancel()
	switch {
	case tab.Err() != nil:
		return tab.Err()
	case errors.Is(err, context.DeadlineExceeded):
		rec.problem(fmt.Sprintf("%s did not finish loading within %s; it was watched as far as it got", u, c.opts.PageTimeout))
	case err != nil:
		rec.problem(fmt.Sprintf("%s: %v", u, err))
	}
	return c.settle(tab, rec)
}

// settle watches the page for the settle time, taking the cookies every
// half second and once at the end.
func (c *Collector) settle(tab context.Context, rec *recorder) error {
	end := time.Now().Add(c.opts.Settle)
	for {
		c.cookies(tab, rec)
		left := time.Until(end)
		if left <= 0 {
			return tab.Err()
		}
		select {
		case <-time.After(min(left, 500*time.Millisecond)):
		case <-tab.Done():
			return tab.Err()
		}
	}
}

// cookies takes the browser context's cookies, of every domain.
func (c *Collector) cookies(tab context.Context, rec *recorder) {
	id := chromedp.FromContext(tab).BrowserContextID
	res, err := chromedp.CallBrowser(tab, storage.GetCookies, storage.GetCookiesParams{BrowserContextID: id})
	if err == nil {
		rec.snapshot(res.Cookies)
	}
}

func (c *Collector) screenshot(tab context.Context, rec *recorder) []byte {
	sctx, cancel := context.WithTimeout(tab, c.opts.PageTimeout)
	defer cancel()
	res, err := chromedp.Call(sctx, page.CaptureScreenshot, page.CaptureScreenshotParams{Format: page.CaptureScreenshotFormatPng})
	if err != nil {
		rec.problem("screenshot: " + err.Error())
		return nil
	}
	return res.Data
}

// consentResult is what consent.js found and did.
type consentResult struct {
	Platform string `json:"platform"`
	Found    bool   `json:"found"`
	Clicked  bool   `json:"clicked"`
	Visible  bool   `json:"visible"`
	Button   string `json:"button"`
}

// findBanner looks for a known consent banner in the page and its "reject
// all" button; press presses it. ok is false, and the visit has a problem
// more, when the page could not be looked at.
func (c *Collector) findBanner(tab context.Context, rec *recorder, press bool) (r consentResult, ok bool) {
	ectx, cancel := context.WithTimeout(tab, c.opts.PageTimeout)
	defer cancel()
	r, err := chromedp.Run(ectx, chromedp.Evaluate[consentResult](fmt.Sprintf("(%s)(%v)", consentJS, press)))
	if err != nil {
		what := "looking for a consent banner"
		if press {
			what = "pressing \"reject all\""
		}
		rec.problem(what + ": " + err.Error())
		return r, false
	}
	return r, true
}
