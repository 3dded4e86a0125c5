// Package testweb serves simulated company websites on loopback for the
// crawl tests and benchmark: each site on an address of its own in
// 127.0.0.0/8 (Linux routes all of it to loopback), with a home page whose
// footer links a privacy notice, and a fixed latency per response.
package testweb

import (
	"fmt"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// Notice is the notice every site serves: fictional, with a reference to
// the repealed Personal Data Act (a repealed-law finding).
const Notice = `<!DOCTYPE html><html lang="fi"><head><title>Tietosuojaseloste</title></head><body>
<main><h1>Tietosuojaseloste</h1>
<h2>1. Rekisterinpitäjä</h2><p>Esimerkki Oy, Esimerkkikatu 1, 00100 Helsinki, tietosuoja@esimerkki.example, puh. 040 000 0000.</p>
<h2>2. Käsittelyn tarkoitus ja oikeusperuste</h2><p>Käsittelemme asiakastietoja asiakassuhteen hoitamiseksi sopimuksen perusteella henkilötietolain (523/1999) mukaisesti.</p>
<h2>3. Säilytysaika</h2><p>Tietoja säilytetään asiakassuhteen ajan ja kaksi vuotta sen jälkeen.</p>
<h2>4. Rekisteröidyn oikeudet</h2><p>Sinulla on oikeus tarkastaa tietosi, oikaista ne ja pyytää niiden poistamista. Sinulla on oikeus tehdä valitus tietosuojavaltuutetun toimistolle.</p>
</main></body></html>
`

const home = `<!DOCTYPE html><html lang="fi"><head><title>Esimerkki Oy</title></head><body>
<nav><a href="/">Etusivu</a> <a href="/tuotteet">Tuotteet</a></nav>
<main><h1>Tervetuloa</h1><p>Myymme retkeilyvarusteita.</p></main>
<footer><a href="/yhteystiedot">Yhteystiedot</a> <a href="/tietosuojaseloste">Tietosuojaseloste</a></footer>
</body></html>
`

// Web is a set of simulated sites.
type Web struct {
	Sites    []string     // "http://127.0.x.y:port/", one a site
	Requests atomic.Int64 // requests served
	servers  []*http.Server
}

// Serve starts n sites (Start) that stop when the test ends.
func Serve(tb testing.TB, n int, latency time.Duration) *Web {
	tb.Helper()
	w, err := Start(n, latency)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(w.Close)
	return w
}

// Start starts n sites, on 127.0.0.2 and up, each answering after
// latency.
func Start(n int, latency time.Duration) (*Web, error) {
	w := &Web{}
	handler := http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		w.Requests.Add(1)
		time.Sleep(latency)
		switch r.URL.Path {
		case "/":
			rw.Header().Set("Content-Type", "text/html; charset=utf-8")
			_, _ = rw.Write([]byte(home))
		case "/tietosuojaseloste":
			rw.Header().Set("Content-Type", "text/html; charset=utf-8")
			_, _ = rw.Write([]byte(Notice))
		default:
			http.NotFound(rw, r)
		}
	})
	for i := range n {
		ip := fmt.Sprintf("127.%d.%d.%d", (i+2)>>16&255, (i+2)>>8&255, (i+2)&255)
		ln, err := net.Listen("tcp", ip+":0")
		if err != nil {
			w.Close()
			return nil, fmt.Errorf("listening on %s (site %d of %d): %w", ip, i+1, n, err)
		}
		srv := &http.Server{Handler: handler, ReadHeaderTimeout: 10 * time.Second}
		go func() { _ = srv.Serve(ln) }()
		w.servers = append(w.servers, srv)
		w.Sites = append(w.Sites, "http://"+ln.Addr().String()+"/")
	}
	return w, nil
}

// Close stops the sites.
func (w *Web) Close() {
	for _, s := range w.servers {
		_ = s.Close()
	}
}

// Input is the sites as a crawl input file's text.
func (w *Web) Input() string { return strings.Join(w.Sites, "\n") + "\n" }
