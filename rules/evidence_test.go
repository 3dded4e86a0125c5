package rules

import (
	"strings"
	"testing"

	"github.com/noticelint/noticelint/extract"
)

func TestEvidenceFinding(t *testing.T) {
	pack, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	e := NewEngine(pack, Options{MessageLang: "fi"})
	ev := Evidence{Key: "Google Analytics", Evidence: "https://www.google-analytics.com/g/collect?v=2&cid=1", Vars: map[string]string{
		"service": "Google Analytics", "category": "analytiikka", "owner": "Google LLC", "country": "US", "seen": "pyyntö",
	}}
	f, ok := e.EvidenceFinding("tracking-before-consent", "https://esimerkki.example/tietosuoja", ev)
	if !ok || f.Severity != Error || f.Location.Line != 1 || f.Evidence != ev.Evidence || f.Path != "https://esimerkki.example/tietosuoja" {
		t.Fatalf("%+v %v", f, ok)
	}
	if want := "Palvelua Google Analytics (analytiikka, Google LLC, US) käytettiin ennen kuin mihinkään oli annettu suostumus: pyyntö."; f.Message != want {
		t.Errorf("message %q, want %q", f.Message, want)
	}
	// Another visit's URL keeps the fingerprint; another service does not.
	again := ev
	again.Evidence = "https://www.google-analytics.com/g/collect?v=2&cid=2"
	g, _ := e.EvidenceFinding("tracking-before-consent", "https://esimerkki.example/tietosuoja", again)
	if g.Fingerprint != f.Fingerprint {
		t.Errorf("fingerprint changed with the URL: %s, %s", f.Fingerprint, g.Fingerprint)
	}
	other := ev
	other.Key = "Hotjar"
	if h, _ := e.EvidenceFinding("tracking-before-consent", "https://esimerkki.example/tietosuoja", other); h.Fingerprint == f.Fingerprint {
		t.Error("two services, one fingerprint")
	}
	// transfer-contradiction takes evidence, with its own message and an error.
	tc := ev
	tc.Message, tc.Severity = "observed", Error
	f, ok = e.EvidenceFinding("transfer-contradiction", "https://esimerkki.example/", tc)
	if !ok || f.Severity != Error || !strings.Contains(f.Message, "jonka tarjoaa Google LLC (US)") || strings.Contains(f.Message, "{") {
		t.Errorf("transfer-contradiction: %+v %v", f, ok)
	}
	// Other rules, and rules the engine does not run, give none.
	if _, ok := e.EvidenceFinding("repealed-law", "x", ev); ok {
		t.Error("a forbid rule took evidence")
	}
	if _, ok := NewEngine(nil, Options{}).EvidenceFinding("tracking-before-consent", "x", ev); ok {
		t.Error("an engine without the rule gave its finding")
	}
}

func TestTransferClaims(t *testing.T) {
	pack, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	e := NewEngine(pack, Options{})
	tests := []struct {
		text              string
		denies, safeguard bool
	}{
		{"Tietojen siirto\nTietoja ei siirretä EU:n tai ETA:n ulkopuolelle.", true, false},
		{"Överföring\nUppgifter överförs inte utanför EU eller EES.", true, false},
		{"Transfers\nWe do not transfer personal data outside the EU or the EEA.", true, false},
		{"Tietojen siirto\nTietoja ei siirretä EU:n ulkopuolelle. Google Analytics -palvelun käyttö perustuu EU:n ja Yhdysvaltojen väliseen tietosuojakehykseen (Data Privacy Framework).", true, true},
		{"Tietojen siirto\nTietoja siirretään Yhdysvaltoihin; siirron perusteena on EU:n vakiosopimuslauseke.", false, true},
		{"Tietojen siirto\nKäytämme palveluntarjoajia.", false, false},
		{"Tietojen siirto\nTietoja ei siirretä EU:n ulkopuolelle muutoin kuin komission vakiosopimuslausekkeiden perusteella.", true, true},
		{"Tietojen siirto\nTietoja ei siirretä ETA:n ulkopuolelle ilman mallisopimuslausekkeita.", true, true},
		{"Otsikko\nTietoja ei siirretä kolmansille osapuolille.", false, false},
	}
	for _, tt := range tests {
		doc, err := extract.FromText("n.txt", []byte(tt.text), extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		d, s := e.TransferClaims(doc)
		if d != tt.denies || s != tt.safeguard {
			t.Errorf("%q: denies %v, safeguard %v; want %v, %v", tt.text, d, s, tt.denies, tt.safeguard)
		}
	}
}
