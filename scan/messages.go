package scan

// messages are the words scan uses to say why it chose a page, or why it
// found no notice, in one message language (--message-lang). Fetch
// failures are told by the fetcher, in English.
type messages struct {
	link, relLink, footerLink string
	byAddress                 string // where, URL, term: a link without text
	via                       string // how the hub was reached, then which link on it
	given, givenNotice        string
	refresh                   string // the page a home page's <meta refresh> leads to
	noLink                    string
	notNotice                 string // the names of the links tried
	notHTML                   string // the content type of the home page
	blocked, failed           string // URL, why chosen, reason
	broken                    string // URL (why chosen): reason
	tooLarge                  string // the size limit
	outOfTime                 string // --site-timeout, what was being done, the requests made
	fetching, linting         string // a URL: what was being done
}

var messageTable = map[string]messages{
	"en": {
		link: "link", relLink: `link rel="privacy-policy"`, footerLink: "footer link",
		byAddress:   "%s %s (its address names %s)",
		via:         "%s, then %s on that page",
		given:       "the address given",
		givenNotice: "the address given reads as a notice",
		refresh:     "the page the home page refreshes to, %s",
		noLink:      "no link on the home page names one",
		notNotice:   "the pages its home page links as %s do not read as a notice",
		notHTML:     "the home page is %s, not a web page with links",
		blocked:     "the likeliest notice, %s (%s), cannot be fetched: %s",
		failed:      "the likeliest notice, %s (%s), could not be fetched: %s",
		broken:      "the links that name one could not be fetched; the first, %s",
		tooLarge:    "the notice is larger than the body limit of %s (--max-size): it was cut there and not linted",
		outOfTime:   "the site took longer than the time limit of %s for one site (--site-timeout); it was %s after %d requests",
		fetching:    "fetching %s",
		linting:     "linting %s",
	},
	"fi": {
		link: "linkki", relLink: `linkki rel="privacy-policy"`, footerLink: "alatunnisteen linkki",
		byAddress:   "%s %s (sen osoitteessa on sana %s)",
		via:         "%s, sitten sen sivun %s",
		given:       "annettu osoite",
		givenNotice: "annetun osoitteen sivu on tietosuojaseloste",
		refresh:     "sivu, jolle etusivu ohjaa, %s",
		noLink:      "mikään etusivun linkki ei viittaa siihen",
		notNotice:   "sivut, joihin etusivu linkittää nimillä %s, eivät ole tietosuojaselosteita",
		notHTML:     "etusivu on %s eikä verkkosivu, jolla on linkkejä",
		blocked:     "todennäköisintä selostetta, %s (%s), ei saa hakea: %s",
		failed:      "todennäköisintä selostetta, %s (%s), ei saatu haettua: %s",
		broken:      "siihen viittaavia linkkejä ei saatu haettua; ensimmäinen, %s",
		tooLarge:    "seloste on suurempi kuin kokoraja %s (--max-size): se katkaistiin siihen eikä sitä tarkistettu",
		outOfTime:   "sivuston käsittely kesti yli sivustokohtaisen aikarajan %s (--site-timeout); kesken oli %s %d pyynnön jälkeen",
		fetching:    "osoitteen %s haku",
		linting:     "osoitteen %s tarkistus",
	},
}

// messagesIn are the messages of lang, English when lang is not Finnish.
func messagesIn(lang string) messages {
	if m, ok := messageTable[lang]; ok {
		return m
	}
	return messageTable["en"]
}
