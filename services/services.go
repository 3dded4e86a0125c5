// Package services is the table of third-party services a website may load
// (table/*.yaml, which users extend in .noticelint.yml): who provides each,
// where, what kind of service it is, the domains it is served from and the
// cookies it sets, each fact with its source. It matches a request's host,
// or a cookie, to its service by registrable domain, and tells whether a
// notice's text names a service, by name or by its category's words.
package services

import (
	"slices"
	"strings"
)

// Category is what kind of service a service is.
type Category string

// The categories.
const (
	Analytics     Category = "analytics"
	Advertising   Category = "advertising"
	Social        Category = "social"
	TagManager    Category = "tag-manager"
	SessionReplay Category = "session-replay"
	Chat          Category = "chat"
	Video         Category = "video"
	FontsCDN      Category = "fonts-cdn"
	Consent       Category = "consent"
	Essential     Category = "essential"
)

// Categories lists every category, in the table's order.
var Categories = []Category{Analytics, Advertising, Social, TagManager, SessionReplay, Chat, Video, FontsCDN, Consent, Essential}

// Tracking reports whether services of the category track visitors —
// analytics, advertising, social media and session replay — and so may
// store or read anything on a visitor's device only with consent (ePrivacy
// Directive Art. 5(3)).
func (c Category) Tracking() bool {
	switch c {
	case Analytics, Advertising, Social, SessionReplay:
		return true
	}
	return false
}

// Service is one third-party service.
type Service struct {
	// Name is the service's name ("Google Analytics").
	Name string `yaml:"name" json:"name"`
	// Names are further names a notice may use for it: its provider's brand
	// ("Google"), an old name.
	Names []string `yaml:"names,omitempty" json:"names,omitempty"`
	// Owner is the company that provides it; Country is where that company
	// is based, ISO 3166-1 alpha-2 ("US").
	Owner    string   `yaml:"owner" json:"owner"`
	Country  string   `yaml:"country" json:"country"`
	Category Category `yaml:"category" json:"category"`
	// Domains are the registrable domains, host names, or a host and a
	// path prefix ("www.google.com/recaptcha/") it is served from.
	Domains []string `yaml:"domains" json:"domains"`
	// Cookies are the names of cookies it sets; a name ending in "*"
	// stands for every name it starts.
	Cookies []string `yaml:"cookies,omitempty" json:"cookies,omitempty"`
	// Source is where the facts are documented, Sources where one fact
	// (owner, country, category, domains, cookies) is, if elsewhere.
	Source  string            `yaml:"source,omitempty" json:"source,omitempty"`
	Sources map[string]string `yaml:"sources,omitempty" json:"sources,omitempty"`
}

// Facts are the facts of a service that need a source.
var Facts = []string{"owner", "country", "category", "domains", "cookies"}

// SourceOf gives the source of one of the service's Facts, "" when it has
// none.
func (s *Service) SourceOf(fact string) string {
	if u := s.Sources[fact]; u != "" {
		return u
	}
	return s.Source
}

// ThirdCountry reports whether the service's owner is based outside the
// EU/EEA, so that using the service transfers personal data to a third
// country (GDPR Chapter V).
func (s *Service) ThirdCountry() bool { return !InEEA(s.Country) }

// eea are the EU member states and Iceland, Liechtenstein and Norway.
var eea = []string{
	"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
	"LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "IS", "LI", "NO",
}

// InEEA reports whether country (ISO 3166-1 alpha-2) is in the EU/EEA.
func InEEA(country string) bool { return slices.Contains(eea, strings.ToUpper(country)) }
