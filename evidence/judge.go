package evidence

import (
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/noticelint/noticelint/extract"
	"github.com/noticelint/noticelint/internal/vocab"
	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/rules"
	"github.com/noticelint/noticelint/services"
)

// Judge holds a visit against the site's notice: the findings of
// tracking-before-consent, tracking-after-refusal, undisclosed-third-party
// and transfer-contradiction, at path (the notice's URL, or the home page's
// when there is no notice), and the visit's summary. notice is the notice
// as extracted, nil when none was found; the findings about what it says
// need it.
type Judge struct {
	Engine *rules.Engine
	Table  *services.Table
	// Lang is the language of the evidence's words: "en" (default) or "fi",
	// as the engine's messages.
	Lang string
}

// sighting is one thing that shows a service was used: a request, a
// connection in the proxy's log, or a cookie.
type sighting struct {
	svc    *services.Service
	timeMS int64
	phase  string
	page   Page // the page load it belongs to
	url    string
	cookie *Cookie
	host   string // a connection's host:port
	// beacon is a request that carries data (a query, a body, a ping), not
	// one that loads a script: the best evidence.
	beacon bool
}

// seen is what a visit saw of one service.
type seen struct {
	svc           *services.Service
	first         *sighting
	before, after *sighting // the best of each phase
	requested     bool      // a request or connection reached it, not only a cookie of its name
	requests      int
	cookies       []string
	named         services.Naming
	isNamed       bool
}

// better reports whether a is better evidence than b: a request that
// carries data, then a cookie, then any request; the earlier of two alike.
func better(a, b *sighting) bool {
	if b == nil {
		return true
	}
	rank := func(s *sighting) int {
		switch {
		case s.beacon:
			return 0
		case s.cookie != nil:
			return 1
		}
		return 2
	}
	if ra, rb := rank(a), rank(b); ra != rb {
		return ra < rb
	}
	return a.timeMS < b.timeMS
}

// Findings judges v; path is where the findings stand.
func (j Judge) Findings(v *Visit, notice *extract.Document, path string) ([]rules.Finding, *result.Browser) {
	site := services.Site(hostOf(v.Home))
	bySvc := map[*services.Service]*seen{}
	var order []*seen
	add := func(s sighting) {
		if s.svc == nil || ownedBy(s.svc, site) {
			return
		}
		x := bySvc[s.svc]
		if x == nil {
			x = &seen{svc: s.svc}
			bySvc[s.svc] = x
			order = append(order, x)
		}
		if x.first == nil || s.timeMS < x.first.timeMS {
			x.first = &s
		}
		switch s.phase {
		case AfterRefusal:
			if better(&s, x.after) {
				x.after = &s
			}
		default:
			if better(&s, x.before) {
				x.before = &s
			}
		}
		if s.cookie == nil {
			x.requested = true
		}
	}
	requested := map[string]bool{} // hosts the recorded requests went to
	for i := range v.Requests {
		r := &v.Requests[i]
		h := hostOf(r.URL)
		requested[h] = true
		if services.Site(h) == site {
			continue
		}
		svc := j.Table.Match(r.URL)
		add(sighting{svc: svc, timeMS: r.TimeMS, phase: r.Phase, page: v.pageAt(r.TimeMS), url: r.URL, beacon: isBeacon(r)})
		if x := bySvc[svc]; x != nil && svc != nil {
			x.requests++
		}
	}
	for _, c := range v.Contacts {
		host, _, _ := strings.Cut(c.Host, ":")
		if c.Err != "" || requested[strings.ToLower(host)] {
			continue // a request of the page's shows it better
		}
		ms := c.Time.Sub(v.Start).Milliseconds()
		phase := BeforeConsent
		if v.RefusedMS > 0 && ms >= v.RefusedMS {
			phase = AfterRefusal
		}
		add(sighting{svc: j.Table.MatchHost(host, ""), timeMS: ms, phase: phase, page: v.pageAt(ms), host: c.Host})
	}
	for i := range v.Cookies {
		c := &v.Cookies[i]
		svc := j.Table.MatchCookie(c.Name, c.Domain)
		ms := c.FirstSeenMS
		if c.Phase == AfterRefusal && c.ChangedMS > ms {
			ms = c.ChangedMS
		}
		add(sighting{svc: svc, timeMS: ms, phase: c.Phase, page: v.pageAt(ms), cookie: c})
		if x := bySvc[svc]; x != nil && svc != nil {
			x.cookies = append(x.cookies, c.Name)
		}
	}
	sort.SliceStable(order, func(a, b int) bool { return order[a].first.timeMS < order[b].first.timeMS })

	var text string
	var denies, safeguard bool
	if notice != nil {
		text = noticeText(notice)
		denies, safeguard = j.Engine.TransferClaims(notice)
	}
	var out []rules.Finding
	report := func(id string, x *seen, s *sighting, msg string, sev rules.Severity) {
		ev := rules.Evidence{Key: x.svc.Name, Evidence: s.evidence(), Message: msg, Severity: sev, Vars: j.vars(v, x.svc, s)}
		if f, ok := j.Engine.EvidenceFinding(id, path, ev); ok {
			out = append(out, f)
		}
	}
	for _, x := range order {
		if notice != nil {
			x.named, x.isNamed = j.Table.Named(text, x.svc)
		}
		tracking := x.svc.Category.Tracking()
		if tracking && x.before != nil {
			report("tracking-before-consent", x, x.before, "", rules.None)
		}
		if tracking && x.after != nil && v.Consent.Rejected {
			report("tracking-after-refusal", x, x.after, "", rules.None)
		}
		if notice == nil || !x.requested {
			continue // a cookie of its name alone shows no data went to it
		}
		best := x.before
		if best == nil || !best.isRequest() {
			best = x.bestRequest()
		}
		if !x.isNamed {
			report("undisclosed-third-party", x, best, "", rules.None)
		}
		if denies && !safeguard && x.svc.ThirdCountry() {
			report("transfer-contradiction", x, best, "observed", rules.Error)
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Rule < out[b].Rule })
	return out, j.summary(v, order)
}

// bestRequest is the best request or connection sighting of a service.
func (x *seen) bestRequest() *sighting {
	var best *sighting
	for _, s := range []*sighting{x.before, x.after, x.first} {
		if s != nil && s.isRequest() && better(s, best) {
			best = s
		}
	}
	if best == nil {
		return x.first
	}
	return best
}

func (s *sighting) isRequest() bool { return s.cookie == nil }

// ownedBy reports whether the service is served from the site's own
// registrable domain: the site is the service's, not a third party's.
func ownedBy(svc *services.Service, site string) bool {
	for _, d := range svc.Domains {
		host, _, _ := strings.Cut(d, "/")
		if services.Site(host) == site {
			return true
		}
	}
	return false
}

// isBeacon reports whether a request carries data to its host rather than
// loading a resource: a ping or beacon, a form post, a fetch or XHR, or an
// image or other request with a query string.
func isBeacon(r *Request) bool {
	switch r.Type {
	case "Ping", "XHR", "Fetch", "EventSource", "WebSocket":
		return true
	case "Script", "Stylesheet", "Font", "Document", "Manifest", "Media":
		return false
	}
	return r.Method == http.MethodPost || strings.Contains(r.URL, "?")
}

// pageAt is the page load under way at ms.
func (v *Visit) pageAt(ms int64) Page {
	var p Page
	for _, pg := range v.Pages {
		if pg.StartMS <= ms {
			p = pg
		}
	}
	return p
}

// maxEvidence bounds a finding's evidence, a URL.
const maxEvidence = 500

// evidence is the sighting as a finding's evidence: the URL, the cookie or
// the connection.
func (s *sighting) evidence() string {
	switch {
	case s.cookie != nil:
		return "cookie " + s.cookie.Name + " (" + strings.TrimPrefix(s.cookie.Domain, ".") + ")"
	case s.host != "":
		return "CONNECT " + s.host
	}
	if len(s.url) > maxEvidence {
		return s.url[:maxEvidence] + "…"
	}
	return s.url
}

// vars are the placeholders of a finding's message.
func (j Judge) vars(v *Visit, svc *services.Service, s *sighting) map[string]string {
	lang := j.Lang
	if lang != "fi" {
		lang = "en"
	}
	w := func(id vocab.Msg) string { return vocab.Text(lang, id) }
	after := seconds(s.timeMS - s.page.StartMS)
	var seen string
	switch {
	case s.cookie != nil:
		life := w(vocab.EvidenceSession)
		if d := s.cookie.Lifetime(v.Start); d > 0 {
			life = fmt.Sprintf(w(vocab.EvidenceLifetime), humanDuration(d, lang))
		}
		seen = fmt.Sprintf(w(vocab.EvidenceCookie), s.cookie.Name, strings.TrimPrefix(s.cookie.Domain, "."), life, after, s.page.URL)
	case s.host != "":
		seen = fmt.Sprintf(w(vocab.EvidenceConnection), s.host, after, s.page.URL)
	default:
		seen = fmt.Sprintf(w(vocab.EvidenceRequest), withoutQuery(s.url), after, s.page.URL)
	}
	return map[string]string{
		"service": svc.Name, "owner": svc.Owner, "country": svc.Country,
		"category": j.Table.Category(svc.Category).TitleIn(lang), "cmp": v.Consent.Platform, "seen": seen,
	}
}

// seconds writes milliseconds as "0.4 s".
func seconds(ms int64) string { return fmt.Sprintf("%.1f s", float64(max(ms, 0))/1000) }

// humanDuration writes a cookie's lifetime in the largest unit it reaches,
// to the nearest.
func humanDuration(d time.Duration, lang string) string {
	units := []struct {
		d    time.Duration
		name vocab.Msg // "one|many"
	}{
		{365 * 24 * time.Hour, vocab.EvidenceYears},
		{30 * 24 * time.Hour, vocab.EvidenceMonths},
		{24 * time.Hour, vocab.EvidenceDays},
		{time.Hour, vocab.EvidenceHours},
		{time.Minute, vocab.EvidenceMinutes},
	}
	for _, u := range units {
		if d >= u.d {
			n := int64((d + u.d/2) / u.d) // to the nearest
			one, many, _ := strings.Cut(vocab.Text(lang, u.name), "|")
			if n == 1 {
				return "1 " + one
			}
			return fmt.Sprintf("%d %s", n, many)
		}
	}
	return fmt.Sprintf(vocab.Text(lang, vocab.EvidenceSeconds), int64(d/time.Second))
}

// withoutQuery is a URL without its query and fragment, for messages.
func withoutQuery(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	u.RawQuery, u.Fragment, u.RawFragment = "", "", ""
	return u.String()
}

// noticeText is the notice's text, headings and bodies, in lower case.
func noticeText(doc *extract.Document) string {
	var b strings.Builder
	for i := range doc.Sections {
		s := &doc.Sections[i]
		b.WriteString(s.Heading.Lower())
		b.WriteByte('\n')
		b.WriteString(s.Body.Lower())
		b.WriteByte('\n')
	}
	return b.String()
}

// summary is the visit as the reports show it.
func (j Judge) summary(v *Visit, order []*seen) *result.Browser {
	b := &result.Browser{
		Consent: v.Consent.Platform, Rejected: v.Consent.Rejected, Services: []result.Service{}, Hosts: []string{},
		Requests: len(v.Requests), Cookies: len(v.Cookies), Storage: len(v.Storage), Problems: v.Problems,
	}
	for _, p := range v.Pages {
		b.Pages = append(b.Pages, p.URL)
	}
	seenHost := map[string]bool{}
	for _, c := range v.Contacts {
		if seenHost[c.Host] {
			continue
		}
		seenHost[c.Host] = true
		if c.Err != "" {
			b.Refused = append(b.Refused, c.Host+": "+c.Err)
		} else {
			b.Hosts = append(b.Hosts, c.Host)
		}
	}
	for _, x := range order {
		best := x.before
		if best == nil {
			best = x.after
		}
		s := result.Service{
			Name: x.svc.Name, Owner: x.svc.Owner, Country: x.svc.Country, Category: string(x.svc.Category),
			FirstSeenMS: x.first.timeMS, Page: x.first.page.URL, Evidence: best.evidence(),
			BeforeConsent: x.before != nil, AfterRefusal: x.after != nil && v.Consent.Rejected,
			Requests: x.requests, Cookies: x.cookies,
		}
		if x.isNamed {
			s.Named = x.named.Word
		}
		b.Services = append(b.Services, s)
	}
	return b
}
