package services

import (
	"net"
	"net/url"
	"strings"

	"golang.org/x/net/publicsuffix"
)

// Match gives the service a URL is served by, nil when the table knows
// none: the longest of the table's domains that the URL's host is or is
// under, a host and path before the host alone.
func (t *Table) Match(rawURL string) *Service {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil
	}
	return t.MatchHost(u.Hostname(), u.EscapedPath())
}

// MatchHost gives the service a host (and path, which may be "") is served
// by, as Match does.
func (t *Table) MatchHost(host, path string) *Service {
	h := strings.TrimSuffix(strings.ToLower(host), ".")
	if h == "" || net.ParseIP(h) != nil {
		return nil
	}
	for {
		for _, r := range t.hosts[h] {
			if r.path == "" || strings.HasPrefix(path, r.path) {
				return r.svc
			}
		}
		_, parent, ok := strings.Cut(h, ".")
		if !ok || !strings.Contains(parent, ".") {
			return nil
		}
		h = parent
	}
}

// MatchCookie gives the service a cookie belongs to: the one its domain is
// served by, else the one that names it (a first-party cookie such as _ga
// that a script of the service set on the site's own domain), else nil.
func (t *Table) MatchCookie(name, domain string) *Service {
	if s := t.MatchHost(strings.TrimPrefix(domain, "."), ""); s != nil {
		return s
	}
	if s := t.cookies[name]; s != nil {
		return s
	}
	for _, p := range t.prefixes {
		if strings.HasPrefix(name, p.prefix) {
			return p.svc
		}
	}
	return nil
}

// Site gives the registrable domain (public suffix + 1) of a host, in lower
// case: what decides whether a request or a cookie is first party. An IP
// address or a name with no registrable domain is itself.
func Site(host string) string {
	h := strings.TrimSuffix(strings.ToLower(host), ".")
	if net.ParseIP(strings.Trim(h, "[]")) != nil {
		return h
	}
	if d, err := publicsuffix.EffectiveTLDPlusOne(h); err == nil {
		return d
	}
	return h
}
