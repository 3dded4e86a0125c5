package scan

import "github.com/noticelint/noticelint/internal/vocab"

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

// messagesIn are the messages of lang from the catalog, English when lang
// is not Finnish.
func messagesIn(lang string) messages {
	t := func(id vocab.Msg) string { return vocab.Text(lang, id) }
	return messages{
		link: t(vocab.ScanLink), relLink: t(vocab.ScanRelLink), footerLink: t(vocab.ScanFooterLink),
		byAddress: t(vocab.ScanByAddress), via: t(vocab.ScanVia),
		given: t(vocab.ScanGiven), givenNotice: t(vocab.ScanGivenNotice), refresh: t(vocab.ScanRefresh),
		noLink: t(vocab.ScanNoLink), notNotice: t(vocab.ScanNotNotice), notHTML: t(vocab.ScanNotHTML),
		blocked: t(vocab.ScanBlocked), failed: t(vocab.ScanFailed), broken: t(vocab.ScanBroken),
		tooLarge: t(vocab.ScanTooLarge), outOfTime: t(vocab.ScanOutOfTime),
		fetching: t(vocab.ScanFetching), linting: t(vocab.ScanLinting),
	}
}
