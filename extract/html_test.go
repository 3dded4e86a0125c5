package extract

import (
	"errors"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/noticelint/noticelint/internal/gen"
)

func extractFile(t *testing.T, name string) *Document {
	t.Helper()
	raw, err := os.ReadFile("../testdata/formats/" + name)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Extract(name, raw, Options{})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return doc
}

// headings lists a document's section headings, "kind heading".
func headings(doc *Document) []string {
	var out []string
	for _, s := range doc.Sections {
		if s.Heading.Len() > 0 {
			out = append(out, s.Kind.String()+" "+s.Heading.S)
		}
	}
	return out
}

// sourceAt returns the source position of the first occurrence of sub in the
// document's section texts: the test's oracle searches, the code never.
func sourceAt(t *testing.T, doc *Document, sub string) Position {
	t.Helper()
	for _, s := range doc.Sections {
		for _, txt := range []Text{s.Heading, s.Body} {
			if i := strings.Index(txt.S, sub); i >= 0 {
				return txt.PositionAt(i)
			}
		}
	}
	t.Fatalf("%q is in no section", sub)
	return Position{}
}

func TestHTMLPositions(t *testing.T) {
	src := "<!DOCTYPE html>\n<html><body>\n<h1>Tietosuojaseloste</h1>\n" +
		"<p>Käsittely &amp; henkilö&shy;tietolain\n   (523/1999) mukaan &lt;p&gt; ja&#160;ä</p>\n" +
		"<h2>\n  2. Oikeudet\n</h2><p>Teksti.</p>\n</body></html>\n"
	doc, err := FromHTML("a.html", []byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		sub       string
		line, col int
	}{
		{"Tietosuojaseloste", 3, 5},
		{"Käsittely", 4, 4},
		{"& henkilö", 4, 14}, // the decoded "&" stands where "&amp;" does
		{"(523/1999)", 5, 4}, // after a line break and indentation
		{"<p>", 5, 22},       // an escaped tag maps to its "&lt;"
		{"\u00a0ä", 5, 34},   // "&#160;"
		{"2. Oikeudet", 7, 3},
		{"Teksti.", 8, 9},
	}
	for _, tt := range tests {
		p := sourceAt(t, doc, tt.sub)
		if p.Line != tt.line || p.Column != tt.col {
			t.Errorf("%q at %d:%d, want %d:%d", tt.sub, p.Line, p.Column, tt.line, tt.col)
		}
	}
	// Quoted source lines show a page's text, its tags blanked out.
	if got := doc.SourceLine(3); got != "    Tietosuojaseloste     " {
		t.Errorf("source line 3 = %q", got)
	}
	if want := []string{"title Tietosuojaseloste", "heading 2. Oikeudet"}; strings.Join(headings(doc), "|") != strings.Join(want, "|") {
		t.Errorf("headings %q, want %q", headings(doc), want)
	}
}

// TestHTMLPageChrome holds the notice to the same outline and text whatever
// site and consent banner stand around it, and no word of those in it.
func TestHTMLPageChrome(t *testing.T) {
	plain, err := FromHTML("notice.html", gen.HTML(gen.Sample, ""), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, platform := range []string{"", "onetrust", "cookiebot", "usercentrics", "generic"} {
		t.Run("chrome "+platform, func(t *testing.T) {
			doc, err := FromHTML("page.html", gen.HTML(gen.Sample, gen.Chrome(platform)), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got, want := strings.Join(headings(doc), "|"), strings.Join(headings(plain), "|"); got != want {
				t.Errorf("outline\n%s\nwant\n%s", got, want)
			}
			all := allText(doc)
			for _, chrome := range []string{"Siirry sisältöön", "Etusivu", "Ostoskori", "Käytämme evästeitä", "Hyväksy kaikki", "Evästeasetukset", "©"} {
				if strings.Contains(all, chrome) {
					t.Errorf("page chrome %q read as the notice", chrome)
				}
			}
		})
	}
}

func allText(doc *Document) string {
	var b strings.Builder
	for _, s := range doc.Sections {
		b.WriteString(s.Heading.S + "\n" + s.Body.S + "\n")
	}
	return b.String()
}

func TestHTMLWebPage(t *testing.T) {
	doc := extractFile(t, "webpage.html")
	want := []string{
		"title Tietosuojaseloste", "heading 1. Rekisterinpitäjä", "heading 2. Käsittelyn tarkoitus ja oikeusperuste",
		"heading Miten kauan tietoja säilytetään?", "heading 3. Rekisteröidyn oikeudet", "heading 4. Evästeet",
	}
	if got := headings(doc); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("outline %q\nwant %q", got, want)
	}
	all := allText(doc)
	if !strings.Contains(all, "kuusi vuotta kirjanpitolain") {
		t.Error("hidden content of <details> was left out")
	}
	if !strings.Contains(all, "tietosuoja-asetuksen mukaisesti") {
		t.Error("the article's own footer was left out")
	}
	for _, chrome := range []string{"Henkilökunta", "Ostoskori", "TODO", "window.dataLayer", "Rekisterinpitäjä</h2>", "Evästeasetukset", "Ruokalista"} {
		if strings.Contains(all, chrome) {
			t.Errorf("%q read as the notice", chrome)
		}
	}
	if p := sourceAt(t, doc, "1. Rekisterinpitäjä"); p.Line != 34 || p.Column != 9 {
		t.Errorf("heading at %d:%d, want 34:9", p.Line, p.Column)
	}
}

func TestHTMLTemplateTable(t *testing.T) {
	doc := extractFile(t, "template-table.html")
	var rows []string
	for _, s := range doc.Sections {
		if s.Kind == KindRow {
			row := s.Number + "|" + s.Title()
			if IsBlank(s.Body.S) {
				row += " [empty]"
			}
			rows = append(rows, row)
		}
	}
	want := []string{
		"1.|rekisterinpitäjä", "2.|yhteyshenkilö rekisteriä koskevissa asioissa", "3.|rekisterin nimi",
		"4.|oikeusperuste ja henkilötietojen käsittelyn tarkoitus", "5.|oikeutetun edun peruste [empty]",
		"6.|rekisterin tietosisältö", "7.|säännönmukaiset tietolähteet", "8.|henkilötietojen säilytysaika [empty]",
		"9.|rekisteröidyn oikeudet",
	}
	if strings.Join(rows, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows\n%s\nwant\n%s", strings.Join(rows, "\n"), strings.Join(want, "\n"))
	}
	body := doc.Sections[4].Body // 4. Oikeusperuste ...
	if !strings.HasPrefix(body.S, "<p>Asiakassuhteen") || !strings.Contains(body.S, "\n(Muuta?)") {
		t.Errorf("row 4 body = %q: the escaped tags must show as text, the list items as lines", body.S)
	}
	if p := body.PositionAt(0); p.Line != 18 || p.Column != 9 {
		t.Errorf("row 4 body at %d:%d, want 18:9", p.Line, p.Column)
	}
}

func TestHTMLStructure(t *testing.T) {
	tests := []struct {
		name, page string
		want       []string // headings, or "~text" that must be read, "!text" that must not
	}{
		{"main preferred", `<div>Valikko</div><main><h1>Tietosuojaseloste</h1><p>Teksti.</p></main><div>Muuta sisältöä</div>`,
			[]string{"title Tietosuojaseloste", "!Valikko", "!Muuta sisältöä"}},
		{"only article", `<aside>Mainos</aside><article><h2>Rekisterinpitäjä</h2><p>Esimerkki Oy</p></article>`,
			[]string{"heading Rekisterinpitäjä", "!Mainos"}},
		{"role heading", `<div role="heading" aria-level="3">Rekisterin nimi</div><div>Asiakasrekisteri</div>`,
			[]string{"heading Rekisterin nimi", "~Asiakasrekisteri"}},
		{"bold paragraph", `<h1>Tietosuojaseloste</h1><p><strong>Tietojen luovutukset</strong></p><p>Tietoja ei luovuteta.</p><p><b>Tärkeää</b> on lukea tämä.</p>`,
			[]string{"title Tietosuojaseloste", "heading Tietojen luovutukset", "~Tärkeää on lukea"}},
		{"definition list", `<dl><dt>Rekisterinpitäjä</dt><dd>Esimerkki Oy</dd><div><dt>Y-tunnus</dt></div></dl>`,
			[]string{"row Rekisterinpitäjä", "row Y-tunnus"}},
		{"layout table", `<table><tr><td>Valikko</td><td><h1>Tietosuojaseloste</h1><p>Teksti.</p></td></tr></table>`,
			[]string{"title Tietosuojaseloste"}},
		{"data table", `<h2>Evästeet</h2><table><tr><th>Nimi</th><th>Tarkoitus</th><th>Kesto</th></tr><tr><td>_ga</td><td>analytiikka</td><td>2 vuotta</td></tr></table>`,
			[]string{"heading Evästeet", "~Nimi: _ga\nTarkoitus: analytiikka\nKesto: 2 vuotta"}}, // each cell named by its column
		{"data table without header", `<h2>Evästeet</h2><table><tr><td>_ga</td><td>analytiikka</td><td>2 vuotta</td></tr></table>`,
			[]string{"heading Evästeet", "~_ga | analytiikka | 2 vuotta"}},
		{"scripts and styles", `<p>Teksti.</p><script>var a = "Rekisterinpitäjä";</script><style>p{}</style><noscript>Ota JavaScript käyttöön</noscript><template><p>Malli</p></template><svg><text>Kuva</text></svg>`,
			[]string{"~Teksti.", "!Rekisterinpitäjä", "!JavaScript", "!Malli", "!Kuva"}},
		{"implied ends", `<p>Yksi<p>Kaksi<ul><li>a<li>b</ul><table><tr><td>Rekisterinpitäjä<td>Esimerkki Oy<tr><td>Y-tunnus<td></table>`,
			[]string{"row Rekisterinpitäjä", "row Y-tunnus", "~Yksi\n\nKaksi"}},
		{"accordion", `<h2>Oikeutesi</h2><details><summary>Tarkastusoikeus</summary><p>Voit tarkastaa tietosi.</p></details><details><summary>Poisto-oikeus</summary><p>Voit pyytää poistoa.</p></details>`,
			[]string{"heading Oikeutesi", "heading Tarkastusoikeus", "heading Poisto-oikeus"}},
		{"wrapper named like a banner", `<div class="site cookie-consent-accepted"><h2>Rekisterinpitäjä</h2><p>Esimerkki Oy, Esimerkkikatu 1, 00100 Helsinki.</p><div class="cookie-banner"><p>Hyväksy evästeet</p></div></div>`,
			[]string{"heading Rekisterinpitäjä", "!Hyväksy evästeet"}},
		{"no head end tag", `<html><head><title>Otsikko</title><body><h2>Yhteystiedot</h2><p>Puh. 040 000 0000</p>`,
			[]string{"heading Yhteystiedot", "!Otsikko"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := FromHTML("t.html", []byte(tt.page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			expectOutline(t, doc, tt.want)
			if tt.name == "accordion" && (doc.Sections[1].Level != doc.Sections[2].Level || doc.Sections[1].Level <= doc.Sections[0].Level) {
				t.Errorf("accordion levels %d, %d under %d: want siblings under the heading", doc.Sections[1].Level, doc.Sections[2].Level, doc.Sections[0].Level)
			}
		})
	}
}

func TestHTMLCharset(t *testing.T) {
	tests := []struct {
		name string
		raw  []byte
		enc  string
		text string
	}{
		{"meta charset", []byte("<meta charset=\"windows-1252\"><p>Rekisterinpit\xe4j\xe4</p>"), EncWindows1252, "Rekisterinpitäjä"},
		{"http-equiv", []byte("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>S\xe4ilytys</p>"), EncWindows1252, "Säilytys"},
		{"undeclared latin-1", []byte("<p>S\xe4ilytys</p>"), EncWindows1252, "Säilytys"},
		{"undeclared utf-8", []byte("<p>Säilytys</p>"), EncUTF8, "Säilytys"},
		{"utf-8 bom", append([]byte{0xEF, 0xBB, 0xBF}, "<p>Säilytys</p>"...), EncUTF8, "Säilytys"},
		{"utf-16 bom", []byte{0xFF, 0xFE, '<', 0, 'p', 0, '>', 0, 0xE4, 0, '<', 0, '/', 0, 'p', 0, '>', 0}, EncUTF16, "ä"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := FromHTML("c.html", tt.raw, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Encoding != tt.enc || !strings.Contains(allText(doc), tt.text) {
				t.Errorf("encoding %s, text %q; want %s, %q", doc.Encoding, allText(doc), tt.enc, tt.text)
			}
		})
	}
	if _, err := FromHTML("b.html", []byte("<p>a\x00b</p>"), Options{}); err == nil || !strings.Contains(err.Error(), "binary") {
		t.Errorf("NUL bytes: %v, want a binary-file error", err)
	}
	if _, err := FromHTML("e.html", []byte("<html><body> </body></html>"), Options{}); !errors.Is(err, ErrEmpty) {
		t.Errorf("no text: %v, want ErrEmpty", err)
	}
}

func TestHTMLImageOnly(t *testing.T) {
	doc, err := FromHTML("scan.html", []byte(`<html><body><main><img src="seloste.png" alt="Tietosuojaseloste"></main></body></html>`), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !doc.Unreadable() || !strings.Contains(doc.QualityNote, "1 image") {
		t.Errorf("quality %.2f %q, want unreadable: only an image", doc.Quality, doc.QualityNote)
	}
	doc, err = FromHTML("ok.html", gen.HTML(gen.Sample, gen.Chrome("generic")), Options{})
	if err != nil || doc.Quality != 1 {
		t.Errorf("a page with a logo: quality %v, %v", doc.Quality, err)
	}
}

// TestHTMLDeepNesting reads a page nested 100,000 deep in bounded time and
// memory, and still finds its text.
func TestHTMLDeepNesting(t *testing.T) {
	page := gen.DeepHTML(100_000)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	doc, err := FromHTML("deep.html", page, Options{})
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(allText(doc), "Henkilötietolain (523/1999)") {
		t.Errorf("the text at the bottom was lost: %q", allText(doc))
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 100<<20 {
		t.Errorf("allocated %d MiB for a %d KiB page", alloc>>20, len(page)>>10)
	}
	if elapsed > 10*time.Second {
		t.Errorf("took %s", elapsed)
	}
}

// TestHTMLNestedTables reads tables nested in first cells in linear time:
// each cell's content is walked once, not once for each table around it.
func TestHTMLNestedTables(t *testing.T) {
	const depth = 160
	page := strings.Repeat("<table><tr><td>", depth) + "<p>Rekisterinpitäjä on Esimerkki Oy.</p>" + strings.Repeat("</td><td>arvo</td></tr></table>", depth)
	start := time.Now()
	doc, err := FromHTML("nested.html", []byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if elapsed := time.Since(start); elapsed > 5*time.Second {
		t.Errorf("took %s", elapsed)
	}
	if all := allText(doc); !strings.Contains(all, "Rekisterinpitäjä on Esimerkki Oy.") || strings.Count(all, "arvo") != depth {
		t.Errorf("text read wrongly: %d of %d value cells", strings.Count(all, "arvo"), depth)
	}
}

// expectOutline holds a document to a list of wants: "kind heading" for
// each heading in order, "~text" for text that must be read, "!text" for
// text that must not.
func expectOutline(t *testing.T, doc *Document, wants []string) {
	t.Helper()
	all := allText(doc)
	var want []string
	for _, w := range wants {
		switch w[0] {
		case '~':
			if !strings.Contains(all, w[1:]) {
				t.Errorf("%q not read; text:\n%s", w[1:], all)
			}
		case '!':
			if strings.Contains(all, w[1:]) {
				t.Errorf("%q read; text:\n%s", w[1:], all)
			}
		default:
			want = append(want, w)
		}
	}
	if got := headings(doc); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("headings %q, want %q", got, want)
	}
}

func TestBlankTags(t *testing.T) {
	for in, want := range map[string]string{
		"plain text":                  "plain text",
		"<p>Rekisterinpitäjä</p><p>x": "   Rekisterinpitäjä       x",
		"a < b, c <3":                 "a < b, c <3",
		`<a href="/x">Tietosuoja</a>`: "             Tietosuoja    ",
		"text <!-- comment --> more":  "text                  more",
		"open <div class=":            "open            ",
	} {
		if got := blankTags(in); got != want {
			t.Errorf("blankTags(%q) = %q, want %q", in, got, want)
		}
	}
}
