package scan

import (
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestReadPage(t *testing.T) {
	base, _ := url.Parse("https://www.esimerkki.example/fi/")
	page := "<html><head><base href=\"/sv/\"><link rel=\"privacy-policy\" href=\"/integritet\"><script>var a = '<a href=x>Tietosuoja</a>';</script></head><body>" +
		"<a href=\"#top\">Ylös</a><a href=\"mailto:info@esimerkki.example\">Tietosuoja</a><a href=\"/sv/\">Hem</a>" +
		"<a href=\"dataskydd#mer\" title=\"Dataskyddsbeskrivning\"><img alt=\"Dataskydd\"></a>" +
		"<div class=\"site-footer\"><a href=\"https://muu.example/tietosuoja\">Tietosuojaseloste</a></div>" +
		"<p>R\xe4kna</p></body></html>"
	p := ReadPage([]byte(page), "text/html; charset=windows-1252", base)
	want := []Link{
		{URL: "https://www.esimerkki.example/integritet", Rel: true},
		{URL: "https://www.esimerkki.example/sv/dataskydd", Text: "Dataskydd", Label: "Dataskyddsbeskrivning"},
		{URL: "https://muu.example/tietosuoja", Text: "Tietosuojaseloste", Footer: true},
	}
	if len(p.Links) != len(want) {
		t.Fatalf("links %+v, want %+v", p.Links, want)
	}
	for i := range want {
		if p.Links[i] != want[i] {
			t.Errorf("link %d = %+v, want %+v", i, p.Links[i], want[i])
		}
	}
	if !strings.Contains(p.Text, "räkna") || strings.Contains(p.Text, "var a") {
		t.Errorf("text %q", p.Text)
	}
}

func TestRank(t *testing.T) {
	base, _ := url.Parse("https://esimerkki.example/")
	links := []Link{
		{URL: "https://esimerkki.example/evasteet", Text: "Evästeet", Footer: true},
		{URL: "https://esimerkki.example/tuotteet", Text: "Tuotteet"},
		{URL: "https://esimerkki.example/tietosuoja", Text: "Tietosuoja"},
		{URL: "https://muu.example/tietosuojaseloste", Text: "Tietosuojaseloste"},
		{URL: "https://esimerkki.example/seloste", Text: "Tietosuojaselosteemme", Footer: true},
		{URL: "https://esimerkki.example/seloste", Text: "Lue", Footer: false},
	}
	got := Rank(links, base)
	var urls []string
	for _, c := range got {
		urls = append(urls, strings.TrimPrefix(c.URL, "https://"))
	}
	want := "esimerkki.example/seloste muu.example/tietosuojaseloste esimerkki.example/tietosuoja esimerkki.example/evasteet"
	if strings.Join(urls, " ") != want {
		t.Errorf("ranked %v, want %s", urls, want)
	}
	if got[0].Why() != "footer link 'Tietosuojaselosteemme'" {
		t.Errorf("why %q", got[0].Why())
	}
}

func TestLooksLikeNotice(t *testing.T) {
	hub := "tietosuoja täältä löydät rekisteriemme tietosuojaselosteet: asiakasrekisteri, rekrytointirekisteri. käsittelemme henkilötietoja huolella."
	if looksLikeNotice(hub) {
		t.Error("a page of links read as a notice")
	}
	for _, name := range []string{"fi-complete.txt", "sv-complete.txt", "en-complete.txt"} {
		if !looksLikeNotice(strings.ToLower(notice(t, name))) {
			t.Errorf("%s does not read as a notice", name)
		}
	}
}

// FuzzReadPage: any bytes give links that are absolute http(s) URLs and
// text that is valid UTF-8, without a panic.
func FuzzReadPage(f *testing.F) {
	f.Add([]byte(homePage(nil, [][2]string{{"Tietosuojaseloste", "/tietosuojaseloste"}})), "text/html")
	f.Add([]byte("<base href=\"//x\"><a href=\"\\\\y\">z</a><link rel=privacy-policy href=::>"), "text/html; charset=windows-1252")
	f.Add([]byte("<footer><a href=\"http://[::1]:80/%zz\">Privacy</a>"), "text/html; charset=utf-16")
	base, _ := url.Parse("https://esimerkki.example/")
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		p := ReadPage(body, contentType, base)
		if !utf8.ValidString(p.Text) {
			t.Errorf("text is not UTF-8")
		}
		for _, l := range p.Links {
			u, err := url.Parse(l.URL)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				t.Errorf("link %q", l.URL)
			}
		}
		Rank(p.Links, base)
	})
}
