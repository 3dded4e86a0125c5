// Package trackweb serves loopback websites that track their visitors, for
// the tests and benchmark of `scan --browser`: a stand-in for Google
// Analytics on https (www.google-analytics.com, with a certificate of its
// own whose key the browser is told to trust) that sets _ga and receives a
// beacon, and company sites whose home page loads it before consent, or
// behind a consent banner that blocks it until "reject all" or keeps
// loading it after, with a notice that denies transfers outside the EU/EEA
// or names Google Analytics and the Data Privacy Framework. Every site is
// fictional; every address is on loopback, reached through
// --browser-resolve.
package trackweb

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/base64"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"
)

// AnalyticsHost is the host the tracker stands in for.
const AnalyticsHost = "www.google-analytics.com"

// Tracker is the stand-in for Google Analytics.
type Tracker struct {
	Port int
	// SPKI is the base64 SHA-256 hash of its certificate's public key, for
	// the browser's --ignore-certificate-errors-spki-list.
	SPKI string
	srv  *http.Server

	mu    sync.Mutex
	hits  []string // the paths and queries asked for, in order
	ln    net.Listener
	close sync.Once
}

// StartTracker serves the tracker on a loopback port.
func StartTracker() (*Tracker, error) {
	cert, spki, err := selfSigned(AnalyticsHost)
	if err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	t := &Tracker{Port: ln.Addr().(*net.TCPAddr).Port, SPKI: spki, ln: ln}
	t.srv = &http.Server{Handler: http.HandlerFunc(t.serve), ReadHeaderTimeout: 10 * time.Second,
		TLSConfig: &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}}
	go func() { _ = t.srv.ServeTLS(ln, "", "") }()
	return t, nil
}

// ScriptURL is the tracker's script, as a page loads it.
func (t *Tracker) ScriptURL() string {
	return fmt.Sprintf("https://%s:%d/analytics.js", AnalyticsHost, t.Port)
}

// Resolve is the --browser-resolve value that maps the tracker's host to it.
func (t *Tracker) Resolve() string { return fmt.Sprintf("%s:%d:127.0.0.1", AnalyticsHost, t.Port) }

func (t *Tracker) serve(w http.ResponseWriter, r *http.Request) {
	t.mu.Lock()
	t.hits = append(t.hits, r.URL.RequestURI())
	t.mu.Unlock()
	switch r.URL.Path {
	case "/analytics.js":
		w.Header().Set("Content-Type", "text/javascript")
		fmt.Fprintf(w, `(function () {
  var id = Math.floor(Math.random() * 1e9) + "." + Math.floor(Date.now() / 1000);
  if (!/(^|; )_ga=/.test(document.cookie)) document.cookie = "_ga=GA1.1." + id + "; max-age=63072000; path=/; SameSite=Lax";
  new Image().src = "https://%s:%d/g/collect?v=2&tid=G-ESIMERKKI&cid=" + id + "&en=page_view&dl=" + encodeURIComponent(location.href);
})();
`, AnalyticsHost, t.Port)
	case "/g/collect":
		w.Header().Set("Content-Type", "image/gif")
		_, _ = w.Write([]byte("GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"))
	default:
		http.NotFound(w, r)
	}
}

// Beacons are the beacon URLs the tracker received, as the browser asked for
// them (path and query).
func (t *Tracker) Beacons() []string {
	t.mu.Lock()
	defer t.mu.Unlock()
	var out []string
	for _, h := range t.hits {
		if strings.HasPrefix(h, "/g/collect") {
			out = append(out, h)
		}
	}
	return out
}

// Close stops the tracker.
func (t *Tracker) Close() { t.close.Do(func() { _ = t.srv.Close() }) }

// Banner is the consent banner a site shows.
type Banner int

// Banners.
const (
	// NoBanner: the home page loads the tracker at once.
	NoBanner Banner = iota
	// Blocking: a OneTrust-like banner; the tracker loads only after
	// "accept all", never after "reject all".
	Blocking
	// Leaky: the same banner, but the tracker loads after "reject all" too.
	Leaky
)

// Notice is the notice a site serves.
type Notice int

// Notices.
const (
	// DeniesTransfers: "no data is transferred outside the EU/EEA", and no
	// word of analytics.
	DeniesTransfers Notice = iota
	// NamesAnalytics: names Google Analytics and the EU-US Data Privacy
	// Framework as the safeguard of its transfer.
	NamesAnalytics
)

// Site is one company site.
type Site struct {
	Host   string // www.yritysN.example
	Port   int
	Banner Banner
	Notice Notice
	srv    *http.Server
}

// Home is the site's home page URL.
func (s *Site) Home() string { return fmt.Sprintf("http://%s:%d/", s.Host, s.Port) }

// Resolve is the --browser-resolve value that maps the site's host to it.
func (s *Site) Resolve() string { return fmt.Sprintf("%s:%d:127.0.0.1", s.Host, s.Port) }

// Close stops the site.
func (s *Site) Close() { _ = s.srv.Close() }

// StartSite serves a site named host on a loopback port, loading the
// tracker t as banner says, with the notice n.
func StartSite(host string, t *Tracker, banner Banner, n Notice) (*Site, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	s := &Site{Host: host, Port: ln.Addr().(*net.TCPAddr).Port, Banner: banner, Notice: n}
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, homePage, bannerHTML(banner, t))
	})
	mux.HandleFunc("/tietosuojaseloste", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		body := deniesTransfers
		if n == NamesAnalytics {
			body = namesAnalytics
		}
		fmt.Fprintf(w, noticePage, body, bannerHTML(banner, t))
	})
	s.srv = &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = s.srv.Serve(ln) }()
	return s, nil
}

const homePage = `<!DOCTYPE html><html lang="fi"><head><meta charset="utf-8"><title>Esimerkki Oy</title></head><body>
<main><h1>Tervetuloa</h1><p>Myymme retkeilyvarusteita.</p></main>
<footer><a href="/tietosuojaseloste">Tietosuojaseloste</a></footer>
%s</body></html>
`

const noticePage = `<!DOCTYPE html><html lang="fi"><head><meta charset="utf-8"><title>Tietosuojaseloste</title></head><body>
<main><h1>Tietosuojaseloste</h1>
<h2>1. Rekisterinpitäjä</h2><p>Esimerkki Oy, Esimerkkikatu 1, 00100 Helsinki, tietosuoja@esimerkki.example, puh. 040 000 0000.</p>
<h2>2. Käsittelyn tarkoitus ja oikeusperuste</h2><p>Käsittelemme asiakastietoja asiakassuhteen hoitamiseksi sopimuksen perusteella.</p>
%s
<h2>5. Säilytysaika</h2><p>Tietoja säilytetään asiakassuhteen ajan ja kaksi vuotta sen jälkeen.</p>
<h2>6. Rekisteröidyn oikeudet</h2><p>Sinulla on oikeus tarkastaa tietosi, oikaista ne ja pyytää niiden poistamista. Sinulla on oikeus tehdä valitus tietosuojavaltuutetun toimistolle.</p>
</main>
<footer><a href="/">Etusivu</a></footer>
%s</body></html>
`

const deniesTransfers = `<h2>3. Tietojen vastaanottajat</h2><p>Tietoja ei luovuteta kolmansille osapuolille.</p>
<h2>4. Tietojen siirto</h2><p>Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.</p>`

const namesAnalytics = `<h2>3. Tietojen vastaanottajat</h2><p>Käytämme Google Analytics -palvelua sivuston kävijämäärien seurantaan suostumuksellasi.</p>
<h2>4. Tietojen siirto</h2><p>Google Analytics -palvelun tarjoaja Google LLC voi käsitellä tietoja Yhdysvalloissa; siirto perustuu EU:n ja Yhdysvaltojen väliseen tietosuojakehykseen (EU-U.S. Data Privacy Framework). Muutoin tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.</p>`

// bannerHTML is a page's consent banner and the script that loads the
// tracker, as banner says.
func bannerHTML(banner Banner, t *Tracker) string {
	load := fmt.Sprintf(`function loadAnalytics() { var s = document.createElement("script"); s.src = %q; document.head.appendChild(s); }`, t.ScriptURL())
	if banner == NoBanner {
		return fmt.Sprintf(`<script src="%s"></script>`, t.ScriptURL())
	}
	leaky := "false"
	if banner == Leaky {
		leaky = "true"
	}
	return `<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="dialog" aria-label="Evästeet">
<p>Käytämme evästeitä sivuston analytiikkaan.</p>
<button id="onetrust-accept-btn-handler">Hyväksy kaikki</button> <button id="onetrust-reject-all-handler">Hylkää kaikki</button>
</div></div>
<script>
` + load + `
var leaky = ` + leaky + `;
var m = document.cookie.match(/(?:^|; )OptanonConsent=([^;]*)/), answer = m ? m[1] : "";
function hide() { var b = document.getElementById("onetrust-banner-sdk"); if (b) b.remove(); }
if (answer) hide();
if (answer === "accepted" || (answer === "rejected" && leaky)) loadAnalytics();
document.getElementById("onetrust-accept-btn-handler").addEventListener("click", function () {
  document.cookie = "OptanonConsent=accepted; max-age=31536000; path=/"; hide(); loadAnalytics();
});
document.getElementById("onetrust-reject-all-handler").addEventListener("click", function () {
  document.cookie = "OptanonConsent=rejected; max-age=31536000; path=/"; hide(); if (leaky) loadAnalytics();
});
</script>`
}

// selfSigned makes a certificate for host and the base64 SHA-256 hash of
// its public key.
func selfSigned(host string) (tls.Certificate, string, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, "", err
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(time.Now().UnixNano()), Subject: pkix.Name{CommonName: host}, DNSNames: []string{host},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(24 * time.Hour),
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return tls.Certificate{}, "", err
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		return tls.Certificate{}, "", err
	}
	sum := sha256.Sum256(c.RawSubjectPublicKeyInfo)
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key, Leaf: c}, base64.StdEncoding.EncodeToString(sum[:]), nil
}
