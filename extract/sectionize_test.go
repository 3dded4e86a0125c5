package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

func readNotice(t *testing.T, name string) *Document {
	t.Helper()
	raw, err := os.ReadFile("../testdata/notices/" + name)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := FromText(name, raw, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// outline writes a document's sections one a line: "line kind level heading
// [empty]".
func outline(doc *Document) []string {
	var out []string
	for _, s := range doc.Sections {
		line := fmt.Sprintf("%d %s %d %s", s.HeadingSpan().Start.Line, s.Kind, s.Level, s.Heading.S)
		if s.Kind == KindPreamble {
			line = fmt.Sprintf("%d preamble", s.BodySpan().Start.Line)
		}
		if IsBlank(s.Body.S) {
			line += " [empty]"
		}
		out = append(out, line)
	}
	return out
}

// TestSectionizeLayouts checks the outline of each real-world layout.
func TestSectionizeLayouts(t *testing.T) {
	tests := []struct {
		file string
		want []string // a prefix of the outline, or lines it must hold ("~" first)
	}{
		{"fi-layout1-numbered.txt", []string{
			"1 title 0 Tietosuojaseloste",
			"6 heading 1 1. Rekisterinpitäjä",
			"11 heading 1 2. Yhteyshenkilö",
			"15 heading 1 3. Rekisterin nimi",
			"19 heading 1 4. Henkilötietojen käsittelyn tarkoitukset",
			"26 heading 1 5. Käsittelyn oikeusperusteet",
			"32 heading 1 6. Käsiteltävät henkilötiedot",
			"39 heading 1 7. Säännönmukaiset tietolähteet",
			"42 heading 1 8. Tietojen vastaanottajat",
			"45 heading 1 9. Tietojen siirto EU:n tai ETA:n ulkopuolelle [empty]",
			"47 heading 1 10. Tietojen säilytysaika",
		}},
		{"fi-layout2-template-table.txt", []string{
			"1 title 0 REKISTERI- JA TIETOSUOJASELOSTE",
			"3 row 1 Laatimispäivä",
			"4 row 1 1. Rekisterinpitäjä",
			"8 row 1 2. Yhteyshenkilö rekisteriä koskevissa asioissa",
			"11 row 1 3. Rekisterin nimi",
			"12 row 1 4. Oikeusperuste ja henkilötietojen käsittelyn tarkoitus",
			"19 row 1 Oikeutetun edun peruste [empty]",
			"20 row 1 5. Rekisterin tietosisältö",
			"28 row 1 Henkilötietojen säilytysaika [empty]",
			"29 row 1 6. Säännönmukaiset tietolähteet",
		}},
		{"fi-layout3-unnumbered.txt", []string{
			"1 title 0 Tietosuojaseloste",
			"6 heading 1 Rekisterinpitäjä",
			"8 label 2 Y-tunnus [empty]",
			"9 label 2 Osoite",
			"11 label 2 Puhelin",
			"13 label 2 Sähköposti",
			"16 heading 1 Yhteyshenkilö [empty]", // its content is in the labels under it
			"17 label 2 Nimi",
			"19 label 2 Sähköposti",
			"22 heading 1 Mihin henkilötietoja käytetään",
		}},
		{"fi-layout4-webpage.txt", []string{
			"1 preamble", // the shop's header and navigation are no headings
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got := outline(readNotice(t, tt.file))
			for i, want := range tt.want {
				if i >= len(got) || got[i] != want {
					t.Fatalf("outline line %d:\n got %q\nwant %q\nwhole outline:\n%s", i, at(got, i), want, strings.Join(got, "\n"))
				}
			}
		})
	}
}

func at(s []string, i int) string {
	if i < len(s) {
		return s[i]
	}
	return "(none)"
}

func TestTwoNoticesHaveTwoTitles(t *testing.T) {
	doc := readNotice(t, "fi-layout5-two-notices.txt")
	var titles []string
	for _, s := range doc.Sections {
		if s.Kind == KindTitle {
			titles = append(titles, s.Heading.S)
		}
	}
	if len(titles) != 2 {
		t.Errorf("titles %q, want the customer register's and the newsletter's", titles)
	}
	if doc.Title != "TIETOSUOJASELOSTE" {
		t.Errorf("Title %q", doc.Title)
	}
}

func TestSectionizeSmall(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"address is no heading", "1. Controller\n1.1 Name\nExample Ltd\n1.2 Address\n1 Example Street",
			[]string{"1 heading 1 1. Controller [empty]", "2 heading 2 1.1 Name", "4 heading 2 1.2 Address"}},
		{"cart count is no heading", "0 Tilauskori\nEtusivu\n\nTietosuojaseloste\n\n1. Rekisterinpitäjä\nEsimerkki Oy",
			[]string{"1 preamble", "4 title 0 Tietosuojaseloste [empty]", "6 heading 1 1. Rekisterinpitäjä"}},
		{"list intro is no heading", "Käsittelyn tarkoitus\n\nVi behandlar uppgifter för att\n- fakturera\n- skicka brev",
			[]string{"1 heading 1 Käsittelyn tarkoitus"}},
		{"nbsp separator is blank", "1. Rekisterinpitäjä\n\u00a0\n2. Yhteyshenkilö\nMatti Meikäläinen",
			[]string{"1 heading 1 1. Rekisterinpitäjä [empty]", "3 heading 1 2. Yhteyshenkilö"}},
		{"label then label", "Rekisterinpitäjä:\nEsimerkki Oy\nY-tunnus:\nSähköposti: info@esimerkki.example",
			[]string{"1 heading 1 Rekisterinpitäjä", "3 label 2 Y-tunnus [empty]", "4 label 2 Sähköposti"}},
		{"escaped markup only is blank", "Rekisterin nimi\t<p></p>\nTietosisältö\tNimi",
			[]string{"1 row 1 Rekisterin nimi [empty]", "2 row 1 Tietosisältö"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := FromText("t.txt", []byte(tt.text), Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := outline(doc)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("outline:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestFindDates(t *testing.T) {
	tests := []struct {
		text string
		want string // yyyy-mm-dd of each date found, or ""
	}{
		{"Tietosuojaseloste\nPäivitetty 1.3.2017", "2017-03-01"},
		{"Laatimispäivä:\n24.05.2019", "2019-05-24"},
		{"Privacy notice\nLast updated: 14 February 2024", "2024-02-14"},
		{"Privacy notice\nUpdated 2024-02-14", "2024-02-14"},
		{"Privacy notice\nEffective: February 14, 2024", "2024-02-14"},
		{"Dataskyddsbeskrivning\nUppgjord 12.3.2019, uppdaterad 3 mars 2026", "2019-03-12 2026-03-03"},
		{"Tietosuojaseloste\nPäivitetty 14. helmikuuta 2024", "2024-02-14"},
		{"Laatimispäivä\t24.5.2018\nRekisterinpitäjä\tEsimerkki Oy", "2018-05-24"},
		{"Tietosuojalaki tuli voimaan 1.1.2019.", ""},
		{"Päivitetty 31.2.2024", ""},
	}
	for _, tt := range tests {
		doc, err := FromText("t.txt", []byte(tt.text), Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, d := range doc.Dates {
			got = append(got, d.Time.Format(time.DateOnly))
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%q: dates %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestDetectLang(t *testing.T) {
	for file, want := range map[string]string{
		"fi-modern-clean.txt": "fi", "sv-modern-clean.txt": "sv", "en-modern-clean.txt": "en",
		"fi-windows-1252.txt": "fi",
	} {
		if got := readNotice(t, file).Lang; got != want {
			t.Errorf("%s: language %q, want %q", file, got, want)
		}
	}
	doc, err := FromText("t.txt", []byte("1234 5678"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Lang != "" {
		t.Errorf("no words: language %q, want none", doc.Lang)
	}
	doc, _ = FromText("t.txt", []byte("The data and the notice"), Options{Lang: "sv"})
	if doc.Lang != "sv" {
		t.Errorf("forced language: %q", doc.Lang)
	}
}

func TestSplitNumber(t *testing.T) {
	tests := []struct{ in, num, rest string }{
		{"1. Rekisterinpitäjä", "1.", "Rekisterinpitäjä"},
		{"2.1 Tietolähteet", "2.1", "Tietolähteet"},
		{"12) Oikeudet", "12)", "Oikeudet"},
		{"3.2.1.\tSäilytys", "3.2.1.", "Säilytys"},
		{"10.\u00a0Evästeet", "10.", "Evästeet"},
		{"0 Tilauskori", "", "0 Tilauskori"},
		{"2018 alkaen", "", "2018 alkaen"},
		{"24.5.2018", "", "24.5.2018"},
		{"1.", "", "1."},
		{"1.Otsikko", "", "1.Otsikko"},
		{"Otsikko", "", "Otsikko"},
	}
	for _, tt := range tests {
		num, rest := splitNumber(tt.in)
		if num != tt.num || rest != tt.rest {
			t.Errorf("splitNumber(%q) = %q, %q; want %q, %q", tt.in, num, rest, tt.num, tt.rest)
		}
	}
}

func TestHasYear(t *testing.T) {
	for s, want := range map[string]bool{
		"päivitetty 1.3.2024": true, "2019": true, "x1999y": true,
		"1899": false, "2100 euroa": false, "20 €": false, "": false, "päivitetty 1.3.": false,
		"1920": true, "2019x": true, "19202": true, "202": false, "x20": false, "1919": true, "191": false, "2 020": false,
	} {
		if got := hasYear(s); got != want {
			t.Errorf("hasYear(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestMoreWords(t *testing.T) {
	for _, s := range []string{"", "  ", "yksi", " yksi\tkaksi  kolme ", "a b c d e f g h i j", "1. Rekisterinpitäjä\u00a0ja yhteyshenkilö", "a\vb\fc\rd\ne", "ä\u2007ö\u202få\ufeffx\u00ady", "\xff \xe2\x80 x\xe2\x80\xaf"} {
		for n := range 12 {
			if got, want := moreWords(s, n), words(s) > n; got != want {
				t.Errorf("moreWords(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}

func TestIsNavigation(t *testing.T) {
	for s, want := range map[string]bool{
		"Etusivu › Tietosuoja": true, "Koti » Ehdot": true, "A | B": true, "A > B": true,
		"Rekisterinpitäjä": false, "\xe2\x80": false, "\xe2\xe2\x80\xba": true, "": false,
	} {
		if got := isNavigation(s); got != want || got != strings.ContainsAny(s, "›»|>") {
			t.Errorf("isNavigation(%q) = %v, want %v", s, got, want)
		}
	}
}

// isWordBefore reports whether the character before s[i] is a letter or
// a digit.
func isWordBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// hasAtBoundaryIndex is the word test by strings.Index, one word after
// another: the reference wordList.atBoundary must agree with.
func hasAtBoundaryIndex(s string, subs []string, start bool) bool {
	for _, w := range subs {
		for from := 0; ; {
			k := strings.Index(s[from:], w)
			if k < 0 {
				break
			}
			at, end := from+k, from+k+len(w)
			if start && (at == 0 || !isWordBefore(s, at)) {
				return true
			}
			if r, _ := utf8.DecodeRuneInString(s[end:]); !start && (end == len(s) || !unicode.IsLetter(r)) {
				return true
			}
			from = at + 1
		}
	}
	return false
}

// TestWordListAtBoundary: the one-pass word test agrees with strings.Index
// word by word, on headings, words inside others, repeats and the ends of
// lines.
func TestWordListAtBoundary(t *testing.T) {
	lines := []string{
		"", "henkilötietojen säilytysaika", "dataskyddsförordningen", "skydd av uppgifter", "oikeusperuste",
		"käsittelyn perusteet", "tietosuojaseloste", "asiakasrekisterin tietosuojaseloste", "tietosuojaselosteen muutokset",
		"rekisteri- ja tietosuojaseloste", "privacy notice2", "privacy noticeä", "our privacy notice.", "changes to this notice",
		"skyddskydd skydd", "a right to object", "rightsrights", "1. rekisterinpitäjä", "ääkkösiä: ändringar", "x\xffskydd",
	}
	lists := map[string][]string{"heading": headingWords.words, "title": titleWords.words, "notTitle": notTitleWords.words, "few": {"ab", "b", "abc", "bc"}}
	hits := 0
	for name, words := range lists {
		l := newWordList(words)
		for _, s := range append(lines, "abc", "xabc", "ab c", "b", "cab") {
			for _, start := range []bool{true, false} {
				got, want := l.atBoundary(s, start), hasAtBoundaryIndex(s, words, start)
				if got != want {
					t.Errorf("%s: atBoundary(%q, start=%v) = %v, want %v", name, s, start, got, want)
				}
				if got {
					hits++
				}
			}
		}
	}
	if hits < 20 {
		t.Errorf("only %d hits: the cases test little", hits)
	}
}

// FuzzWordListAtBoundary: the word-start index and the automaton agree
// with strings.Index word by word on any line, broken UTF-8 included.
func FuzzWordListAtBoundary(f *testing.F) {
	for _, s := range []string{"henkilötietojen säilytysaika", "x\xffskydd", "1.rekisterinpitäjä", "ä\xa4oikeus", "\xe4\xb8tietosuojaseloste", "privacy noticeä"} {
		f.Add(s)
	}
	lists := [][]string{headingWords.words, titleWords.words, notTitleWords.words, {"ab", "b", "abc", "bc", "ä"}}
	f.Fuzz(func(t *testing.T, s string) {
		for _, words := range lists {
			l := newWordList(words)
			for _, start := range []bool{true, false} {
				if got, want := l.atBoundary(s, start), hasAtBoundaryIndex(s, words, start); got != want {
					t.Errorf("atBoundary(%q, start=%v) = %v, want %v (words %.60q)", s, start, got, want, words)
				}
			}
		}
	})
}

// TestSectionItems: the list items of a plain-text section, an indented or
// lower-case line going on with the item above, and each item's lead-in;
// TextToLower finds an item in the text rules match.
func TestSectionItems(t *testing.T) {
	doc, err := FromText("t.txt", []byte("1. Oikeudet\nSinulla on oikeus:\n- tarkastaa tietosi ja\n  pyytää niiden korjaamista\n- TEHDÄ valitus\u00a0valvojalle\n\nMuuta tekstiä.\n• poistaa tiedot\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := doc.Sections[0]
	var got []string
	for _, it := range s.Items {
		lead := ""
		if it.LeadStart >= 0 {
			lead = s.Body.S[it.LeadStart:it.LeadEnd]
		}
		got = append(got, lead+"|"+s.Body.S[it.Start:it.End])
		lower := s.Body.Lower()[s.Body.TextToLower(it.Start):s.Body.TextToLower(it.End)]
		if strings.Join(strings.Fields(lower), " ") != strings.Join(strings.Fields(strings.ToLower(s.Body.S[it.Start:it.End])), " ") {
			t.Errorf("item in Lower(): %q", lower)
		}
	}
	want := []string{
		"Sinulla on oikeus:|- tarkastaa tietosi ja\n  pyytää niiden korjaamista",
		"Sinulla on oikeus:|- TEHDÄ valitus\u00a0valvojalle",
		"Muuta tekstiä.|• poistaa tiedot",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("items:\n%q\nwant:\n%q", got, want)
	}
}
