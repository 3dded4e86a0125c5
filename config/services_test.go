package config

import (
	"slices"
	"testing"
)

// TestServices: the configuration's services are checked as the table's
// entries are, each problem at its line; good ones reach the plan.
func TestServices(t *testing.T) {
	good := `services:
  - name: Esimerkki Chat
    owner: Esimerkki Oy
    country: FI
    category: chat
    domains: [chat.esimerkki.example]
    cookies: [ec_*]
    source: https://esimerkki.example/tietosuoja
`
	cfg, err := Parse("c.yml", []byte(good), pack(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(cfg.Services) != 1 || cfg.Services[0].Name != "Esimerkki Chat" || cfg.Services[0].Cookies[0] != "ec_*" {
		t.Fatalf("services %+v", cfg.Services)
	}
	if got := cfg.String(); got != "0 custom rules, 0 overrides, 1 service" {
		t.Errorf("String() = %q", got)
	}
	if s := NewPlan(cfg, pack(t), Flags{}, asOf).Services(); len(s) != 1 {
		t.Errorf("the plan has %d services", len(s))
	}
	// The schema first: a file that breaks it is not read on.
	got := problemsOf(t, `services:
  - name: esimerkki chat
    owner: Esimerkki Oy
    country: FI
    category: marketing
    domains: [chat.esimerkki.example]
  - name: Kolmas
    owner: O
    country: FI
    category: chat
    domains: [x.example]
    sources: {owner: https://x.example/}
    colour: red
`)
	for _, want := range []string{
		"c.yml:5: services[0].category: value must be one of",
		"c.yml:13: services[1].colour: unknown key",
	} {
		if !slices.ContainsFunc(got, func(p string) bool { return len(p) >= len(want) && p[:len(want)] == want }) {
			t.Errorf("no problem %q in:\n%q", want, got)
		}
	}
	got = problemsOf(t, `services:
  - name: Esimerkki Chat
    owner: Esimerkki Oy
    country: XX
    category: chat
    domains: [co.uk]
    source: https://esimerkki.example/tietosuoja
`)
	for _, want := range []string{
		`c.yml:4: services[0].country: "XX" is not an ISO 3166-1 country code`,
		`c.yml:6: services[0].domains[0]: "co.uk": a public suffix`,
	} {
		if !slices.ContainsFunc(got, func(p string) bool { return len(p) >= len(want) && p[:len(want)] == want }) {
			t.Errorf("no problem %q in:\n%q", want, got)
		}
	}
	got = problemsOf(t, `services:
  - name: Esimerkki Chat
    owner: Esimerkki Oy
    country: FI
    category: chat
    domains: [chat.esimerkki.example]
  - name: ESIMERKKI CHAT
    owner: Esimerkki Oy
    country: FI
    category: chat
    domains: [chat.esimerkki.example]
    source: https://esimerkki.example/
`)
	for _, want := range []string{
		"c.yml:2: services[0].source: no source for the owner, country, category, domains",
		`c.yml:7: services[1].name: "ESIMERKKI CHAT" is named by services[0] already`,
	} {
		if !slices.ContainsFunc(got, func(p string) bool { return len(p) >= len(want) && p[:len(want)] == want }) {
			t.Errorf("no problem %q in:\n%q", want, got)
		}
	}
}
