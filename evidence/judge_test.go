package evidence

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/noticelint/noticelint/extract"
	"github.com/noticelint/noticelint/rules"
	"github.com/noticelint/noticelint/services"
)

// The judgement of recorded visits, without a browser.

func testJudge(t *testing.T, lang string) Judge {
	t.Helper()
	pack, err := rules.Load()
	if err != nil {
		t.Fatal(err)
	}
	return Judge{Engine: rules.NewEngine(pack, rules.Options{MessageLang: lang}), Table: services.Default(), Lang: lang}
}

func doc(t *testing.T, text string) *extract.Document {
	t.Helper()
	d, err := extract.FromText("n.txt", []byte(text), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

const (
	home   = "https://www.yritys.example/"
	denies = "Tietojen siirto\nTietoja ei siirretä EU:n tai ETA:n ulkopuolelle.\n"
)

// visit is a recorded visit: home page and notice before consent, the
// home page again after "reject all" at 5 s.
func visit() *Visit {
	return &Visit{
		Home: home, Notice: home + "tietosuoja", Start: time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC),
		Pages:   []Page{{URL: home, StartMS: 0, Phase: BeforeConsent}, {URL: home + "tietosuoja", StartMS: 2000, Phase: BeforeConsent}, {URL: home, StartMS: 5500, Phase: AfterRefusal}},
		Consent: Consent{Platform: "Cookiebot", Rejected: true}, RefusedMS: 5000,
	}
}

func ids(fs []rules.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule)
	}
	return out
}

func TestJudge(t *testing.T) {
	j := testJudge(t, "en")
	tests := []struct {
		name   string
		edit   func(v *Visit)
		notice string
		want   []string
		check  func(t *testing.T, fs []rules.Finding)
	}{
		{"a script load and a beacon before consent: the beacon is the evidence", func(v *Visit) {
			v.Requests = []Request{
				{TimeMS: 300, Method: "GET", URL: "https://www.googletagmanager.com/gtag/js?id=G-X", Type: "Script", Phase: BeforeConsent},
				{TimeMS: 350, Method: "GET", URL: "https://www.google-analytics.com/analytics.js", Type: "Script", Phase: BeforeConsent},
				{TimeMS: 2400, Method: "POST", URL: "https://region1.google-analytics.com/g/collect?v=2&tid=G-X", Type: "Ping", Phase: BeforeConsent},
			}
		}, denies, []string{"tracking-before-consent", "transfer-contradiction", "transfer-contradiction", "undisclosed-third-party", "undisclosed-third-party"},
			func(t *testing.T, fs []rules.Finding) {
				f := fs[0]
				if f.Evidence != "https://region1.google-analytics.com/g/collect?v=2&tid=G-X" {
					t.Errorf("evidence %q", f.Evidence)
				}
				if !strings.Contains(f.Message, "a request to https://region1.google-analytics.com/g/collect 0.4 s after https://www.yritys.example/tietosuoja began to load") {
					t.Errorf("message %q", f.Message)
				}
			}},
		{"a first-party _ga cookie alone: tracking, but no data shown to have left", func(v *Visit) {
			v.Cookies = []Cookie{{Name: "_ga", Domain: ".yritys.example", Path: "/", FirstSeenMS: 800, Expires: v.Start.Add(400 * 24 * time.Hour), Phase: BeforeConsent}}
		}, denies, []string{"tracking-before-consent"},
			func(t *testing.T, fs []rules.Finding) {
				if want := "the cookie _ga (yritys.example, kept for 1 year) by 0.8 s after https://www.yritys.example/ began to load"; !strings.Contains(fs[0].Message, want) || fs[0].Evidence != "cookie _ga (yritys.example)" {
					t.Errorf("%q / %q, want %q", fs[0].Message, fs[0].Evidence, want)
				}
			}},
		{"after reject all: a request, and a cookie set again", func(v *Visit) {
			v.Requests = []Request{{TimeMS: 5800, Method: "GET", URL: "https://static.hotjar.com/c/hotjar-1.js", Type: "Script", Phase: AfterRefusal}}
			v.Cookies = []Cookie{{Name: "_fbp", Domain: ".yritys.example", FirstSeenMS: 5600, Phase: AfterRefusal, Session: true}}
		}, "Vastaanottajat\nKäytämme Hotjar-palvelua ja Metan mainospikseliä.\n", []string{"tracking-after-refusal", "tracking-after-refusal"},
			func(t *testing.T, fs []rules.Finding) {
				if !strings.Contains(fs[0].Message+fs[1].Message, "in the Cookiebot banner") || !strings.Contains(fs[0].Message+fs[1].Message, "a session cookie") {
					t.Errorf("%q %q", fs[0].Message, fs[1].Message)
				}
			}},
		{"a notice that names the service and a safeguard", func(v *Visit) {
			v.Requests = []Request{{TimeMS: 100, Method: "GET", URL: "https://player.vimeo.com/video/1", Type: "Document", Phase: BeforeConsent}}
		}, "Tietojen siirto\nTietoja ei siirretä EU:n ulkopuolelle muutoin kuin vakiosopimuslausekkein. Sivulla on upotettuja videoita.\n", nil, nil},
		{"a service the site owns is its own", func(v *Visit) {
			v.Home = "https://www.hubspot.com/"
			v.Requests = []Request{{TimeMS: 100, URL: "https://js.hs-scripts.com/1.js", Type: "Script", Phase: BeforeConsent}}
		}, denies, nil, nil},
		{"a connection only the proxy saw (a worker's)", func(v *Visit) {
			v.Contacts = []Contact{{Time: v.Start.Add(1500 * time.Millisecond), Method: "CONNECT", Host: "www.clarity.ms:443"}, {Time: v.Start, Method: "CONNECT", Host: "www.yritys.example:443"}}
		}, denies, []string{"tracking-before-consent", "transfer-contradiction", "undisclosed-third-party"},
			func(t *testing.T, fs []rules.Finding) {
				if fs[0].Evidence != "CONNECT www.clarity.ms:443" || !strings.Contains(fs[0].Message, "a connection to www.clarity.ms:443 1.5 s after https://www.yritys.example/ began to load") {
					t.Errorf("%q %q", fs[0].Evidence, fs[0].Message)
				}
			}},
		{"a refused connection and an unknown host are not services", func(v *Visit) {
			v.Contacts = []Contact{{Time: v.Start, Method: "CONNECT", Host: "www.clarity.ms:443", Err: "refused"}, {Time: v.Start, Method: "CONNECT", Host: "cdn.tuntematon.example:443"}}
		}, denies, nil, nil},
		{"no notice found: the tracking rules only", func(v *Visit) {
			v.Notice = ""
			v.Requests = []Request{{TimeMS: 100, URL: "https://connect.facebook.net/en_US/fbevents.js", Type: "Script", Phase: BeforeConsent}}
		}, "", []string{"tracking-before-consent"}, nil},
		{"a font before consent is no tracking, but a recipient the notice does not name", func(v *Visit) {
			v.Requests = []Request{{TimeMS: 100, URL: "https://fonts.googleapis.com/css2?family=Inter", Type: "Stylesheet", Phase: BeforeConsent}}
		}, "Vastaanottajat\nEmme luovuta tietoja.\n", []string{"undisclosed-third-party"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := visit()
			tt.edit(v)
			var d *extract.Document
			if tt.notice != "" {
				d = doc(t, tt.notice)
			}
			fs, sum := j.Findings(v, d, home+"tietosuoja")
			if got := ids(fs); !slices.Equal(got, tt.want) {
				t.Errorf("findings %v, want %v", got, tt.want)
				for _, f := range fs {
					t.Logf("%s: %s", f.Rule, f.Message)
				}
			}
			for _, f := range fs {
				if f.Path != home+"tietosuoja" || f.Location.Line != 1 || strings.Contains(f.Message, "{") {
					t.Errorf("%+v", f)
				}
				if f.Rule == "transfer-contradiction" && f.Severity != rules.Error {
					t.Errorf("transfer-contradiction from a visit: %s", f.Severity)
				}
			}
			if tt.check != nil && len(fs) > 0 {
				tt.check(t, fs)
			}
			if sum == nil || sum.Consent != "Cookiebot" || !sum.Rejected {
				t.Errorf("summary %+v", sum)
			}
		})
	}
}

func TestJudgeSummaryAndFinnish(t *testing.T) {
	v := visit()
	v.Requests = []Request{
		{TimeMS: 100, URL: "https://www.google-analytics.com/g/collect?v=2", Type: "Image", Phase: BeforeConsent},
		{TimeMS: 200, URL: "https://www.google-analytics.com/g/collect?v=2", Type: "Image", Phase: BeforeConsent},
		{TimeMS: 5600, URL: "https://www.youtube-nocookie.com/embed/x", Type: "Document", Phase: AfterRefusal},
	}
	v.Cookies = []Cookie{{Name: "_ga", Domain: ".yritys.example", FirstSeenMS: 900, Phase: BeforeConsent, Expires: v.Start.Add(400 * 24 * time.Hour)}}
	v.Contacts = []Contact{{Time: v.Start, Method: "CONNECT", Host: "www.google-analytics.com:443"}, {Time: v.Start, Method: "CONNECT", Host: "www.google-analytics.com:443"},
		{Time: v.Start, Method: "GET", Host: "169.254.169.254:80", Err: "refused to connect to 169.254.169.254: a cloud metadata address"}}
	fs, sum := testJudge(t, "fi").Findings(v, doc(t, "Evästeet\nKäytämme Google Analytics -palvelua.\n"), home+"tietosuoja")
	if len(sum.Services) != 2 {
		t.Fatalf("services %+v", sum.Services)
	}
	ga, yt := sum.Services[0], sum.Services[1]
	if ga.Name != "Google Analytics" || ga.Requests != 2 || !slices.Equal(ga.Cookies, []string{"_ga"}) || !ga.BeforeConsent || ga.AfterRefusal || ga.Named != "google analytics" || ga.FirstSeenMS != 100 {
		t.Errorf("GA %+v", ga)
	}
	if yt.Name != "YouTube" || yt.BeforeConsent || !yt.AfterRefusal || yt.Named != "google" || yt.Page != home {
		t.Errorf("YouTube %+v", yt)
	}
	if !slices.Equal(sum.Hosts, []string{"www.google-analytics.com:443"}) || len(sum.Refused) != 1 || !strings.Contains(sum.Refused[0], "cloud metadata") {
		t.Errorf("hosts %v, refused %v", sum.Hosts, sum.Refused)
	}
	want := "pyyntö osoitteeseen https://www.google-analytics.com/g/collect 0.1 s sen jälkeen, kun sivun https://www.yritys.example/ lataus alkoi"
	if len(fs) == 0 || fs[0].Rule != "tracking-before-consent" || !strings.Contains(fs[0].Message, want) || !strings.Contains(fs[0].Message, "(analytiikka, Google LLC, US)") {
		t.Errorf("findings %+v, want the first with %q", fs, want)
	}
}

func TestHumanDuration(t *testing.T) {
	day := 24 * time.Hour
	for _, tt := range []struct {
		d      time.Duration
		en, fi string
	}{
		{400 * day, "1 year", "1 vuoden"},
		{730 * day, "2 years", "2 vuotta"},
		{30 * day, "1 month", "1 kuukauden"},
		{day, "1 day", "1 päivän"},
		{90 * time.Minute, "2 hours", "2 tuntia"},
		{30 * time.Minute, "30 minutes", "30 minuuttia"},
		{10 * time.Second, "10 seconds", "10 sekuntia"},
	} {
		if got := humanDuration(tt.d, "en"); got != tt.en {
			t.Errorf("%s: %q, want %q", tt.d, got, tt.en)
		}
		if got := humanDuration(tt.d, "fi"); got != tt.fi {
			t.Errorf("%s fi: %q, want %q", tt.d, got, tt.fi)
		}
	}
}

func TestSlug(t *testing.T) {
	a, b := Slug("https://www.esimerkki.example/fi/"), Slug("www.esimerkki.example")
	if !strings.HasPrefix(a, "www.esimerkki.example-") || !strings.HasPrefix(b, "www.esimerkki.example-") || a == b {
		t.Errorf("%q %q", a, b)
	}
	if s := Slug("http://../../etc:80/"); strings.Contains(s, "/") || strings.HasPrefix(s, ".") {
		t.Errorf("%q", s)
	}
}
