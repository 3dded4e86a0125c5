package crawl

import (
	"strings"
	"testing"
)

// TestReadSites: domains, URLs and JSON objects, one a line; comments,
// blank lines, a BOM and CRLF endings; bad lines named and passed over.
func TestReadSites(t *testing.T) {
	in := "\ufeff# yritykset\r\n" +
		"esimerkki.example\r\n" +
		"\n" +
		"  https://www.kauppa.example/fi/  \n" +
		`{"site": "foretag.example"}` + "\n" +
		`{"url": "http://10.0.0.7:8080/"}` + "\n" +
		`{"name": "ei sivustoa"}` + "\n" +
		"{not json\n" +
		`{"site": 5}` + "\n" +
		"ftp://tiedostot.example/\n" +
		"two words.example\n" +
		strings.Repeat("a", maxLine+10) + ".example\n" +
		"viimeinen.example" // no newline at the end
	sites, bad, err := ReadSites(strings.NewReader(in), "sites.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"esimerkki.example", "https://www.kauppa.example/fi/", "foretag.example", "http://10.0.0.7:8080/", "viimeinen.example"}
	if strings.Join(sites, " ") != strings.Join(want, " ") {
		t.Errorf("sites %q, want %q", sites, want)
	}
	var got []string
	for _, b := range bad {
		got = append(got, b.Error())
	}
	wantBad := []string{
		`sites.txt:7: the JSON object has no "site" or "url"`,
		"sites.txt:8: not valid JSON (at byte 2)",
		`sites.txt:9: "site" must be a string, not a number`,
		`sites.txt:10: "ftp://tiedostot.example/": scheme "ftp"`,
		`sites.txt:11: "two words.example": not a domain or URL`,
		"sites.txt:12: line longer than 64 KiB",
	}
	if len(got) != len(wantBad) {
		t.Fatalf("bad lines:\n%s", strings.Join(got, "\n"))
	}
	for i := range got {
		if !strings.HasPrefix(got[i], wantBad[i]) {
			t.Errorf("bad line %d: %q, want it to start %q", i, got[i], wantBad[i])
		}
	}
}

func TestKeyAndHost(t *testing.T) {
	for _, s := range []string{"esimerkki.example", "HTTPS://Esimerkki.example/", "http://esimerkki.example//", " esimerkki.example "} {
		if k := Key(s); k != "esimerkki.example" {
			t.Errorf("Key(%q) = %q", s, k)
		}
	}
	if Key("esimerkki.example/fi") == Key("esimerkki.example") {
		t.Error("a path makes another site")
	}
	if h, err := Host("https://WWW.Kauppa.example.:8443/x"); err != nil || h != "www.kauppa.example" {
		t.Errorf("Host = %q, %v", h, err)
	}
}
