package report

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/rules"
)

// browserResult is a notice scan --browser visited the site of.
func browserResult() result.FileResult {
	r := siteResult()
	r.Findings = append(r.Findings, rules.Finding{
		Rule: "tracking-before-consent", Severity: rules.Error, Path: r.Path, Fingerprint: "fedcba9876543210:1",
		Message:  "Google Analytics (analytics, Google LLC, US) was used before any consent was given: a request.",
		Evidence: `https://www.google-analytics.com/g/collect?v=2&dl=<script>alert(1)</script>`,
		Location: rules.Location{Line: 1, Column: 1, EndLine: 1, EndColumn: 1},
	})
	r.Browser = &result.Browser{
		Pages: []string{"https://www.esimerkki.example/", "https://www.esimerkki.example/tietosuojaseloste"}, Consent: "OneTrust", Rejected: true,
		Services: []result.Service{
			{Name: "Google Analytics", Owner: "Google LLC", Country: "US", Category: "analytics", FirstSeenMS: 412,
				Page: "https://www.esimerkki.example/", Evidence: `https://www.google-analytics.com/g/collect?v=2&dl=<script>alert(1)</script>`,
				BeforeConsent: true, Requests: 3, Cookies: []string{"_ga"}},
			{Name: "Giosg", Owner: "Giosg.com Oy", Country: "FI", Category: "chat", FirstSeenMS: 1900,
				Page: "javascript:alert(1)", Evidence: "CONNECT service.giosg.com:443", Named: "chat"},
		},
		Hosts: []string{"www.esimerkki.example:443", "www.google-analytics.com:443"}, Refused: []string{"metadata.example:80: refused to connect to 169.254.169.254"},
		Requests: 40, Cookies: 5, Storage: 2, Evidence: "evidence/www.esimerkki.example-0a1b2c3d",
	}
	return r
}

// TestHTMLWhatTheSiteDid: a visit's services, with their category,
// provider, phases and evidence, in the card; the findings drawn from it
// link there; hostile URLs stay text.
func TestHTMLWhatTheSiteDid(t *testing.T) {
	for lang, words := range map[string][]string{
		"en": {"What the site did", "analytics", "outside the EU/EEA", "OneTrust consent banner", "“reject all” pressed", "one visit, from one place, at one time"},
		"fi": {"Mitä sivusto teki", "analytiikka", "EU:n/ETA:n ulkopuolella", "OneTrust suostumusbanneri", "yksi käynti, yhdestä paikasta, yhteen aikaan"},
	} {
		page := renderAll(t, "html", Meta{MessageLang: lang, Rules: packRules(t)}, browserResult())
		for _, w := range words {
			if !strings.Contains(page, w) {
				t.Errorf("%s: the page lacks %q", lang, w)
			}
		}
		if !strings.Contains(page, `id="notice-1-site"`) || !strings.Contains(page, `href="#notice-1-site"`) {
			t.Errorf("%s: the finding does not link to the section", lang)
		}
		if strings.Contains(page, "<script>alert(1)") || strings.Contains(page, `href="javascript:`) {
			t.Errorf("%s: hostile text became markup", lang)
		}
		if strings.Count(page, "<tr><th scope=\"row\">Google Analytics</th>") != 1 || !strings.Contains(page, "0.4 s") {
			t.Errorf("%s: the services table", lang)
		}
	}
	// A notice without a visit has no such section.
	if page := renderAll(t, "html", Meta{Rules: packRules(t)}, siteResult()); strings.Contains(page, "What the site did") {
		t.Error("a card without a visit shows one")
	}
}

func TestJSONCarriesBrowser(t *testing.T) {
	out := renderAll(t, "json", Meta{Rules: packRules(t)}, browserResult())
	var rep struct {
		Files []struct {
			Browser *result.Browser `json:"browser"`
		} `json:"files"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if b := rep.Files[0].Browser; b == nil || len(b.Services) != 2 || b.Services[0].Cookies[0] != "_ga" || !b.Rejected {
		t.Errorf("browser %+v", b)
	}
	validate(t, compileSchema(t, "../docs/json-report.schema.json"), []byte(out))
	if out := renderAll(t, "json", Meta{Rules: packRules(t)}, siteResult()); strings.Contains(out, `"browser"`) {
		t.Error("a result without a visit has a browser field")
	}
}

func packRules(t *testing.T) []*rules.Rule {
	t.Helper()
	pack, err := rules.Load()
	if err != nil {
		t.Fatal(err)
	}
	return pack
}

// TestTextShowsBrowser: the text report sums the visit up in a line and
// shows a site finding's evidence.
func TestTextShowsBrowser(t *testing.T) {
	out := renderAll(t, "text", Meta{Rules: packRules(t)}, browserResult())
	for _, want := range []string{
		"browser OneTrust banner, “reject all” pressed; 2 services: Google Analytics (analytics, US, before consent), Giosg (chat, FI); 2 hosts contacted; evidence in evidence/www.esimerkki.example-0a1b2c3d\n",
		"= evidence: https://www.google-analytics.com/g/collect?v=2&dl=<script>alert(1)</script>\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
	fi := renderAll(t, "text", Meta{Rules: packRules(t), MessageLang: "fi"}, browserResult())
	if !strings.Contains(fi, "selain OneTrust-banneri, “hylkää kaikki” valittu; 2 palvelua: Google Analytics (analytics, US, ennen suostumusta)") {
		t.Errorf("Finnish:\n%s", fi)
	}
}
