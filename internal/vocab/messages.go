package vocab

import (
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/message/catalog"
)

// Msg names a message of the catalog. Each is a typed constant, so the
// compiler checks every use, and messageTexts gives its English and
// Finnish.
type Msg string

// Messages of scan: why it chose a page, or why it found no notice.
const (
	ScanLink        Msg = "scan.link"
	ScanRelLink     Msg = "scan.relLink"
	ScanFooterLink  Msg = "scan.footerLink"
	ScanByAddress   Msg = "scan.byAddress"   // where, URL, term: a link without text
	ScanVia         Msg = "scan.via"         // how the hub was reached, then which link on it
	ScanGiven       Msg = "scan.given"       // the address given
	ScanGivenNotice Msg = "scan.givenNotice" // the address given reads as a notice
	ScanRefresh     Msg = "scan.refresh"     // the page a home page's <meta refresh> leads to
	ScanNoLink      Msg = "scan.noLink"
	ScanNotNotice   Msg = "scan.notNotice" // the names of the links tried
	ScanNotHTML     Msg = "scan.notHTML"   // the content type of the home page
	ScanBlocked     Msg = "scan.blocked"   // URL, why chosen, reason
	ScanFailed      Msg = "scan.failed"    // URL, why chosen, reason
	ScanBroken      Msg = "scan.broken"    // URL (why chosen): reason
	ScanTooLarge    Msg = "scan.tooLarge"  // the size limit
	ScanOutOfTime   Msg = "scan.outOfTime" // --site-timeout, what was being done, the requests made
	ScanFetching    Msg = "scan.fetching"  // a URL
	ScanLinting     Msg = "scan.linting"   // a URL
)

// Messages of evidence: what a browser visit saw.
const (
	EvidenceRequest    Msg = "evidence.request"    // URL, after, page
	EvidenceConnection Msg = "evidence.connection" // host, after, page
	EvidenceCookie     Msg = "evidence.cookie"     // name, domain, lifetime, after, page
	EvidenceSession    Msg = "evidence.session"    // a cookie's lifetime: the session
	EvidenceLifetime   Msg = "evidence.lifetime"   // a cookie's lifetime: a duration
)

// Messages of evidence: a cookie's lifetime, "one|many" of a unit.
const (
	EvidenceYears   Msg = "evidence.years"
	EvidenceMonths  Msg = "evidence.months"
	EvidenceDays    Msg = "evidence.days"
	EvidenceHours   Msg = "evidence.hours"
	EvidenceMinutes Msg = "evidence.minutes"
	EvidenceSeconds Msg = "evidence.seconds" // a count of seconds
)

// Messages of the reports.
const (
	ReportUnderAYear Msg = "report.underAYear" // the first bar of the crawl report's notice ages ("< 1 years" reads wrong)
)

// messageTexts are the messages in English and Finnish, fmt formats. The
// catalog stores them; fmt, not message.Printer, fills them in, so numbers
// are written as they always were (no Finnish thousands separators).
var messageTexts = map[Msg]struct{ en, fi string }{
	ScanLink:        {"link", "linkki"},
	ScanRelLink:     {`link rel="privacy-policy"`, `linkki rel="privacy-policy"`},
	ScanFooterLink:  {"footer link", "alatunnisteen linkki"},
	ScanByAddress:   {"%s %s (its address names %s)", "%s %s (sen osoitteessa on sana %s)"},
	ScanVia:         {"%s, then %s on that page", "%s, sitten sen sivun %s"},
	ScanGiven:       {"the address given", "annettu osoite"},
	ScanGivenNotice: {"the address given reads as a notice", "annetun osoitteen sivu on tietosuojaseloste"},
	ScanRefresh:     {"the page the home page refreshes to, %s", "sivu, jolle etusivu ohjaa, %s"},
	ScanNoLink:      {"no link on the home page names one", "mikään etusivun linkki ei viittaa siihen"},
	ScanNotNotice: {"the pages its home page links as %s do not read as a notice",
		"sivut, joihin etusivu linkittää nimillä %s, eivät ole tietosuojaselosteita"},
	ScanNotHTML: {"the home page is %s, not a web page with links", "etusivu on %s eikä verkkosivu, jolla on linkkejä"},
	ScanBlocked: {"the likeliest notice, %s (%s), cannot be fetched: %s",
		"todennäköisintä selostetta, %s (%s), ei saa hakea: %s"},
	ScanFailed: {"the likeliest notice, %s (%s), could not be fetched: %s",
		"todennäköisintä selostetta, %s (%s), ei saatu haettua: %s"},
	ScanBroken: {"the links that name one could not be fetched; the first, %s",
		"siihen viittaavia linkkejä ei saatu haettua; ensimmäinen, %s"},
	ScanTooLarge: {"the notice is larger than the body limit of %s (--max-size): it was cut there and not linted",
		"seloste on suurempi kuin kokoraja %s (--max-size): se katkaistiin siihen eikä sitä tarkistettu"},
	ScanOutOfTime: {"the site took longer than the time limit of %s for one site (--site-timeout); it was %s after %d requests",
		"sivuston käsittely kesti yli sivustokohtaisen aikarajan %s (--site-timeout); kesken oli %s %d pyynnön jälkeen"},
	ScanFetching: {"fetching %s", "osoitteen %s haku"},
	ScanLinting:  {"linting %s", "osoitteen %s tarkistus"},

	EvidenceRequest: {"a request to %s %s after %s began to load",
		"pyyntö osoitteeseen %s %s sen jälkeen, kun sivun %s lataus alkoi"},
	EvidenceConnection: {"a connection to %s %s after %s began to load",
		"yhteys palvelimeen %s %s sen jälkeen, kun sivun %s lataus alkoi"},
	EvidenceCookie: {"the cookie %s (%s, %s) by %s after %s began to load",
		"eväste %s (%s, %s) viimeistään %s sen jälkeen, kun sivun %s lataus alkoi"},
	EvidenceSession:  {"a session cookie", "istuntoeväste"},
	EvidenceLifetime: {"kept for %s", "säilyy %s"},
	EvidenceYears:    {"year|years", "vuoden|vuotta"},
	EvidenceMonths:   {"month|months", "kuukauden|kuukautta"},
	EvidenceDays:     {"day|days", "päivän|päivää"},
	EvidenceHours:    {"hour|hours", "tunnin|tuntia"},
	EvidenceMinutes:  {"minute|minutes", "minuutin|minuuttia"},
	EvidenceSeconds:  {"%d seconds", "%d sekuntia"},

	ReportUnderAYear: {"under a year", "alle vuoden"},
}

// messageCatalog is built on first use, not at package init: the
// messages under their ids, the phrases under "domain/key".
var messageCatalog = sync.OnceValue(buildCatalog)

func buildCatalog() catalog.Catalog {
	b := catalog.NewBuilder(catalog.Fallback(language.English))
	// SetString fails only for a malformed message, and a plain string is
	// never one.
	set := func(key, en, fi string) {
		_ = b.SetString(language.English, key, en)
		_ = b.SetString(language.Finnish, key, fi)
	}
	for id, t := range messageTexts {
		set(string(id), t.en, t.fi)
	}
	for d, phrases := range phraseTexts() {
		for key, t := range phrases {
			set(string(d)+"/"+key, t.en, t.fi)
		}
	}
	return b
}

// Text is message id in lang ("fi"; English otherwise), as a fmt format.
func Text(lang string, id Msg) string {
	s, ok := lookup(lang, string(id))
	if !ok {
		panic("vocab: no message " + string(id)) // a Msg constant without its text
	}
	return s
}

// lookup is the catalog's text for key in lang ("fi"; English otherwise).
func lookup(lang, key string) (string, bool) {
	texts := resolved()
	if lang == "fi" {
		s, ok := texts.fi[key]
		return s, ok
	}
	s, ok := texts.en[key]
	return s, ok
}

// resolved are the catalog's texts read out once, on first use: a report
// looks a word up for each notice, and a map is 20 times faster than the
// catalog's Execute.
var resolved = sync.OnceValue(func() texts { return readOut(messageCatalog()) })

// texts are the catalog's texts by key, in English and in Finnish.
type texts struct{ en, fi map[string]string }

// readOut reads every message and phrase out of cat.
func readOut(cat catalog.Catalog) (out texts) {
	out.en, out.fi = map[string]string{}, map[string]string{}
	read := func(key string) {
		for _, l := range []struct {
			tag language.Tag
			m   map[string]string
		}{{language.English, out.en}, {language.Finnish, out.fi}} {
			var r rawText
			if cat.Context(l.tag, &r).Execute(key) == nil {
				l.m[key] = r.s
			}
		}
	}
	for id := range messageTexts {
		read(string(id))
	}
	for d, phrases := range phraseTexts() {
		for key := range phrases {
			read(string(d) + "/" + key)
		}
	}
	return out
}

// rawText receives a catalog message's text as it was stored: the
// catalog's own renderer, message.Printer, would fill in its verbs.
type rawText struct{ s string }

func (r *rawText) Render(s string) { r.s += s }
func (r *rawText) Arg(int) any     { return nil }
