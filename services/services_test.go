package services

import (
	"net/url"
	"slices"
	"strings"
	"testing"
)

// TestTableEntries: every entry of the repository's table has a category,
// at least one domain and a source for each of its facts, and the table
// covers the services most often seen on Finnish company sites.
func TestTableEntries(t *testing.T) {
	tab := Default()
	svcs := tab.Services()
	if len(svcs) < 60 {
		t.Errorf("%d services, want at least 60", len(svcs))
	}
	for _, s := range svcs {
		if !slices.Contains(Categories, s.Category) {
			t.Errorf("%s: category %q", s.Name, s.Category)
		}
		if len(s.Domains) == 0 {
			t.Errorf("%s: no domain", s.Name)
		}
		for _, fact := range Facts {
			if fact == "cookies" && len(s.Cookies) == 0 {
				continue
			}
			u, err := url.Parse(s.SourceOf(fact))
			if err != nil || u.Scheme != "https" || u.Host == "" {
				t.Errorf("%s: the %s has no https source (%q)", s.Name, fact, s.SourceOf(fact))
			}
		}
		if p := Check(s); len(p) > 0 {
			t.Errorf("%s: %v", s.Name, p)
		}
	}
	for _, name := range []string{
		"Google Analytics", "Google Tag Manager", "Google Ads", "Meta Pixel", "LinkedIn Insight Tag", "HubSpot",
		"Hotjar", "Microsoft Clarity", "Leadfeeder", "Snoobi", "Giosg", "Zendesk", "Intercom", "YouTube", "Vimeo",
		"Google Fonts", "Google reCAPTCHA", "Cloudflare", "OneTrust", "Cookiebot", "Usercentrics", "CookieHub",
		"Complianz", "Cookie Information",
	} {
		if !slices.ContainsFunc(svcs, func(s *Service) bool { return s.Name == name }) {
			t.Errorf("no %s in the table", name)
		}
	}
	for _, c := range Categories {
		info := tab.Category(c)
		if info.Title["en"] == "" || info.Title["fi"] == "" {
			t.Errorf("category %s: no English or Finnish title", c)
		}
		for _, lang := range []string{"fi", "sv", "en"} {
			if len(info.Words[lang]) == 0 {
				t.Errorf("category %s: no %s words", c, lang)
			}
		}
	}
}

func TestMatch(t *testing.T) {
	tab := Default()
	tests := []struct{ url, want string }{
		{"https://www.google-analytics.com/g/collect?v=2&tid=G-X", "Google Analytics"},
		{"https://region1.google-analytics.com/g/collect", "Google Analytics"},
		{"https://WWW.GOOGLE-ANALYTICS.COM./analytics.js", "Google Analytics"},
		{"https://www.googletagmanager.com/gtm.js?id=GTM-X", "Google Tag Manager"},
		{"https://www.google.com/recaptcha/api.js", "Google reCAPTCHA"},
		{"https://www.google.com/pagead/1p-conversion/123/", "Google Ads"},
		{"https://www.google.com/search?q=x", ""},
		{"https://googleads.g.doubleclick.net/pagead/viewthroughconversion/1/", "Google Ads"},
		{"https://stats.g.doubleclick.net/g/collect", "Google DoubleClick"},
		{"https://fonts.googleapis.com/css2?family=Inter", "Google Fonts"},
		{"https://maps.googleapis.com/maps/api/js", "Google Maps"},
		{"https://storage.googleapis.com/x.js", ""},
		{"https://connect.facebook.net/en_US/fbevents.js", "Meta Pixel"},
		{"https://www.facebook.com/tr/?id=1&ev=PageView", "Meta Pixel"},
		{"https://www.facebook.com/plugins/page.php", "Facebook"},
		{"https://snap.licdn.com/li.lms-analytics/insight.min.js", "LinkedIn Insight Tag"},
		{"https://static.licdn.com/sc/h/x.js", "LinkedIn"},
		{"https://use.typekit.net/abc.css", "Adobe Fonts"},
		{"https://cdnjs.cloudflare.com/ajax/libs/jquery/3.7.1/jquery.min.js", "Cloudflare"},
		{"https://challenges.cloudflare.com/turnstile/v0/api.js", "Cloudflare Turnstile"},
		{"https://static.hotjar.com/c/hotjar-1.js", "Hotjar"},
		{"https://sc.lfeeder.com/lftracker_v1_x.js", "Leadfeeder"},
		{"https://www.esimerkki.example/", ""},
		{"https://google-analytics.com.esimerkki.example/", ""},
		{"https://notgoogle-analytics.com/", ""},
		{"http://127.0.0.1:8080/x", ""},
		{"https://com/", ""},
		{"::not a url", ""},
	}
	for _, tt := range tests {
		got := ""
		if s := tab.Match(tt.url); s != nil {
			got = s.Name
		}
		if got != tt.want {
			t.Errorf("Match(%q) = %q, want %q", tt.url, got, tt.want)
		}
	}
}

func TestMatchCookie(t *testing.T) {
	tab := Default()
	tests := []struct{ name, domain, want string }{
		{"_ga", "www.esimerkki.example", "Google Analytics"},
		{"_ga_ABC123", ".esimerkki.example", "Google Analytics"},
		{"_fbp", ".esimerkki.example", "Meta Pixel"},
		{"_hjSessionUser_123", "esimerkki.example", "Hotjar"},
		{"_pk_id.1.abcd", "esimerkki.example", ""}, // self-hosted Matomo sets it too: not a third party's
		{"IDE", ".doubleclick.net", "Google DoubleClick"},
		{"VISITOR_INFO1_LIVE", ".youtube.com", "YouTube"},
		{"_ga", ".vimeo.com", "Vimeo"}, // its domain says whose it is
		{"session", "esimerkki.example", ""},
		{"fr", "esimerkki.example", ""},
	}
	for _, tt := range tests {
		got := ""
		if s := tab.MatchCookie(tt.name, tt.domain); s != nil {
			got = s.Name
		}
		if got != tt.want {
			t.Errorf("MatchCookie(%q, %q) = %q, want %q", tt.name, tt.domain, got, tt.want)
		}
	}
}

func TestNamed(t *testing.T) {
	tab := Default()
	byName := map[string]*Service{}
	for _, s := range tab.Services() {
		byName[s.Name] = s
	}
	tests := []struct {
		service, text string
		want          string // the word, "" for not named
		byCategory    bool
	}{
		{"Google Analytics", "käytämme google analytics -palvelua.", "google analytics", false},
		{"Google Analytics", "google analyticsin evästeet", "google analytics", false},
		{"Google Analytics", "tietoja käsittelee googlen palvelu.", "google", false},
		{"Google Analytics", "vi använder googles tjänster.", "google", false},
		{"Google Analytics", "kävijäseurantaan käytämme ulkopuolista palvelua.", "kävijäseuran", true},
		{"Google Analytics", "analytiikkapalvelun tarjoaja", "analytiik", true},
		{"Google Analytics", "we use web analytics.", "analytics", true},
		{"Google Analytics", "vi använder webbanalys.", "webbanalys", true},
		{"Google Analytics", "googleplex ja muut", "", false},
		{"Google Analytics", "vi analyserar dina uppgifter.", "", false},
		{"Meta Pixel", "metan pikseli", "meta", false},
		{"Meta Pixel", "meta:n mainosalusta", "meta", false},
		{"Meta Pixel", "tallennamme metatiedot.", "", false},
		{"Meta Pixel", "kohdennettua mainontaa", "mainon", true},
		{"Meta Pixel", "kohdennetut tarjoukset", "kohdennet", true},
		{"Hotjar", "hotjarin avulla", "hotjar", false},
		{"Hotjar", "hotjaria käytetään", "hotjar", false},
		{"Hotjar", "photjar", "", false},
		{"YouTube", "upotetut videot tulevat youtubesta", "youtube", false},
		{"YouTube", "sivulla on upotettuja videoita.", "upotettuja videoita", true},
		{"YouTube", "tilojamme valvotaan videovalvonnalla.", "", false},
		{"Twilio Segment", "jokainen asiakassegmentti", "", false},
		{"Google Fonts", "fonts.googleapis.com", "fonts.googleapis.com", false},
		{"Giosg", "chat-palvelumme", "chat", true},
		{"Cookiebot", "evästebannerimme", "evästebann", true},
	}
	for _, tt := range tests {
		s := byName[tt.service]
		if s == nil {
			t.Fatalf("no service %s", tt.service)
		}
		n, ok := tab.Named(tt.text, s)
		if ok != (tt.want != "") || n.Word != tt.want || n.ByCategory != tt.byCategory {
			t.Errorf("Named(%q, %s) = %+v, %v; want %q (category %v)", tt.text, tt.service, n, ok, tt.want, tt.byCategory)
		}
	}
}

func TestCheck(t *testing.T) {
	ok := Service{Name: "Esimerkki Analytics", Owner: "Esimerkki Oy", Country: "FI", Category: Analytics,
		Domains: []string{"analytics.esimerkki.example"}, Source: "https://esimerkki.example/privacy"}
	if p := Check(&ok); len(p) > 0 {
		t.Fatalf("a good entry: %v", p)
	}
	tests := []struct {
		edit  func(*Service)
		field string
		msg   string
	}{
		{func(s *Service) { s.Name = "" }, "name", "name"},
		{func(s *Service) { s.Owner = " " }, "owner", "company"},
		{func(s *Service) { s.Country = "usa" }, "country", "ISO 3166-1"},
		{func(s *Service) { s.Country = "XX" }, "country", "not an ISO 3166-1 country"},
		{func(s *Service) { s.Category = "marketing" }, "category", "want one of analytics"},
		{func(s *Service) { s.Domains = nil }, "domains", "at least one domain"},
		{func(s *Service) { s.Domains = []string{"co.uk"} }, "domains[0]", "public suffix"},
		{func(s *Service) { s.Domains = []string{"Esimerkki.example"} }, "domains[0]", "lower case"},
		{func(s *Service) { s.Domains = []string{"localhost"} }, "domains[0]", "not a domain"},
		{func(s *Service) { s.Domains = []string{"a_b.example"} }, "domains[0]", "not a domain"},
		{func(s *Service) { s.Cookies = []string{"a b"} }, "cookies[0]", "cookie name"},
		{func(s *Service) { s.Cookies = []string{"*"} }, "cookies[0]", "cookie name"},
		{func(s *Service) { s.Cookies = []string{"a*b"} }, "cookies[0]", "cookie name"},
		{func(s *Service) { s.Source = "" }, "source", "no source for the owner, country, category, domains:"},
		{func(s *Service) { s.Cookies = []string{"a"}; s.Sources = map[string]string{"cookies": "ftp://x/"} }, "sources.cookies", "not an http(s) URL"},
		{func(s *Service) { s.Source = "ftp://x.example/" }, "source", "not an http(s) URL"},
		{func(s *Service) { s.Sources = map[string]string{"price": "https://x.example/"} }, "sources.price", "not a fact"},
		{func(s *Service) { s.Source, s.Sources = "", map[string]string{"owner": "https://x.example/"} }, "source", "no source for the country, category, domains"},
	}
	for _, tt := range tests {
		s := ok
		tt.edit(&s)
		ps := Check(&s)
		if !slices.ContainsFunc(ps, func(p Problem) bool { return p.Field() == tt.field && strings.Contains(p.Msg, tt.msg) }) {
			t.Errorf("%+v: problems %v, want one in %s saying %q", s, ps, tt.field, tt.msg)
		}
	}
}

// TestWith: the user's services join the table; one named as a service of
// the table replaces it, and a domain the user names goes to the user's.
func TestWith(t *testing.T) {
	extra, err := Parse(".noticelint.yml", []byte(`
- name: Esimerkki Chat
  owner: Esimerkki Oy
  country: FI
  category: chat
  domains: [chat.esimerkki.example, clarity.ms]
  cookies: [ec_*]
  source: https://esimerkki.example/privacy
- name: google analytics
  owner: Google LLC
  country: US
  category: analytics
  domains: [ga.esimerkki.example]
  source: https://policies.google.com/privacy
`))
	if err != nil {
		t.Fatal(err)
	}
	tab := Default().With(extra)
	for url, want := range map[string]string{
		"https://chat.esimerkki.example/widget.js":     "Esimerkki Chat",
		"https://www.clarity.ms/tag/x":                 "Esimerkki Chat",
		"https://ga.esimerkki.example/collect":         "google analytics",
		"https://www.google-analytics.com/g/collect":   "",
		"https://www.googletagmanager.com/gtm.js?id=x": "Google Tag Manager",
	} {
		got := ""
		if s := tab.Match(url); s != nil {
			got = s.Name
		}
		if got != want {
			t.Errorf("Match(%s) = %q, want %q", url, got, want)
		}
	}
	if s := tab.MatchCookie("ec_visitor", "esimerkki.example"); s == nil || s.Name != "Esimerkki Chat" {
		t.Errorf("ec_visitor: %v", s)
	}
	if n := len(tab.Services()); n != len(Default().Services())+1 {
		t.Errorf("%d services, want one more than the table's", n)
	}
	if s := Default().Match("https://www.google-analytics.com/g/collect"); s == nil {
		t.Error("With changed the default table")
	}
}

func TestParseErrors(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"- name: X\n  colour: red\n", "unknown field"},
		{"- name: X\n  owner: O\n  country: FI\n  category: chat\n  domains: [x.example]\n", "no source for the owner"},
		{"not: a list\n", "x.yml"},
		{"- name: A\n  owner: O\n  country: FI\n  category: chat\n  domains: [a.example]\n  source: https://a.example/\n- name: a\n  owner: O\n  country: FI\n  category: chat\n  domains: [b.example]\n  source: https://a.example/\n", "also services[0]'s"},
	} {
		_, err := Parse("x.yml", []byte(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%q): %v, want an error saying %q", tt.in, err, tt.want)
		}
	}
}

func TestThirdCountry(t *testing.T) {
	for c, want := range map[string]bool{"US": true, "GB": true, "CH": true, "CN": true, "FI": false, "NO": false, "IS": false, "DE": false, "mt": false} {
		if got := (&Service{Country: c}).ThirdCountry(); got != want {
			t.Errorf("ThirdCountry(%s) = %v", c, got)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("- name: X\n  owner: O\n  country: FI\n  category: chat\n  domains: [x.example]\n  source: https://x.example/\n"))
	f.Add([]byte("- {name: Y, owner: O, country: US, category: video, domains: [a.b.example/path], cookies: [a*], sources: {owner: 'https://a/'}}\n"))
	f.Add([]byte("[]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		list, err := Parse("fuzz.yml", data)
		if err != nil {
			return
		}
		for _, s := range list {
			if p := Check(s); len(p) > 0 {
				t.Fatalf("Parse accepted %+v: %v", s, p)
			}
		}
		tab := Default().With(list)
		for _, s := range list {
			for _, d := range s.Domains {
				host, path, _ := strings.Cut(d, "/")
				if got := tab.MatchHost(host, "/"+path); got == nil {
					t.Fatalf("%s: no service for its own domain %s", s.Name, d)
				}
			}
			tab.Named("google analytics ja analytiikka", s)
		}
	})
}
