package rules

import (
	"strings"
	"sync"

	"github.com/noticelint/noticelint/internal/ahocorasick"
)

var (
	// "Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle": a sentence with a
	// negated transfer and the world outside the EU.
	noTransfer = []string{
		"ei siirretä", "emme siirrä", "ei siirry", "eivät siirry", "ei luovuteta", "ei käsitellä",
		"överförs inte", "inte överförs", "överför inte", "lämnas inte ut",
		"not transfer", "not be transferred", "not transferred", "no transfer", "never transfer",
	}
	outsideEU = []string{"ulkopuol", "utanför", "outside"}
	// Services that transfer data to the United States by default, as
	// their makers write them: messages name them so ("uses Mailchimp",
	// not "uses mailchimp"); usServices holds them in lower case, for
	// matching.
	usServiceNames = []string{
		"Google Analytics", "Google Tag Manager", "Google Ads", "Google Workspace", "Meta Pixel",
		"Facebook Pixel", "Facebook", "Instagram", "Mailchimp", "HubSpot", "Salesforce", "Microsoft 365",
		"Office 365", "Zoom", "Slack", "Dropbox", "Amazon Web Services", "YouTube", "LinkedIn Insight",
	}
	usServices = lowerAll(usServiceNames)
	// Safeguards for a transfer: an adequacy decision, clauses, rules.
	transferSafeguards = []string{
		"vakiosopimuslauseke", "mallisopimuslauseke", "scc", "standard contractual", "data privacy framework",
		"vakiosopimuslausekk", "mallisopimuslausekk", // lausekkeen, lausekkeiden, lausekkein ...
		"tietosuojakehy", "yrityssään", "binding corporate", "standardavtalsklausul", "dataskyddsramverk",
		"riittävyyspäätö", "adequacy", "beslut om adekvat", "privacy framework",
	}
)

// The lists' numbers in the literal table: the document's literal set says
// at once whether any of them is there.
var (
	usServiceIDs  = literalIDs(usServices)
	noTransferIDs = literalIDs(noTransfer)
)

// safeguardFinder finds transferSafeguards in one pass over a text, where
// looking for each in turn read the whole document once a word.
var safeguardFinder = sync.OnceValue(func() *ahocorasick.Automaton { return ahocorasick.New(transferSafeguards) })

// namesSafeguard reports whether the document names a safeguard for a
// transfer: one of transferSafeguards stands in its text.
func (c *check) namesSafeguard() bool {
	if c.plain {
		at, _ := firstOf(c.all, transferSafeguards)
		return at >= 0
	}
	found := false
	safeguardFinder().Scan(c.all, func(int32, int, int) { found = true })
	return found
}

// firstOf returns where the earliest of words stands in s, or -1.
func firstOf(s string, words []string) (at int, word string) {
	at = -1
	for _, w := range words {
		if i := strings.Index(s, w); i >= 0 && (at < 0 || i < at) {
			at, word = i, w
		}
	}
	return at, word
}

// claimsNoTransfer reports whether a body sentence says no data leaves the
// EU/EEA.
func claimsNoTransfer(c *check) bool {
	for i := range c.doc.Sections {
		body := c.doc.Sections[i].Body.Lower()
		if !containsAnyOf(body, outsideEU) {
			continue
		}
		for _, sn := range c.sentences(i) {
			s := body[sn[0]:sn[1]]
			if containsAnyOf(s, outsideEU) && containsAnyOf(s, noTransfer) {
				return true
			}
		}
	}
	return false
}

// checkTransferContradiction reports a notice that says no data leaves the
// EU/EEA yet names a service that transfers data to the United States by
// default, with no safeguard mentioned.
func checkTransferContradiction(c *check) {
	if !c.anyText.hasAny(usServiceIDs) || !c.anyText.hasAny(noTransferIDs) || !claimsNoTransfer(c) {
		return
	}
	if c.namesSafeguard() {
		return
	}
	for i := range c.doc.Sections {
		if !c.plain && !c.body[i].hasKnown(usServiceIDs) {
			continue // the body's literal set holds no service: firstOf finds none
		}
		s := &c.doc.Sections[i]
		lower := s.Body.Lower()
		at, service := firstOf(lower, usServices)
		if at < 0 {
			continue
		}
		loc := []int{at, at + len(service)}
		msg := strings.ReplaceAll(c.rule.Message.In(c.opts.MessageLang), "{service}", serviceName(service))
		c.report(s, s.Body.LowerSpan(loc[0], loc[1]), s.Body.S[s.Body.LowerToText(loc[0]):endInText(s.Body, loc[1])], c.rule.Severity, msg)
		return
	}
}

// serviceName is the name of the service whose lower-case form is lower.
func serviceName(lower string) string {
	for i, l := range usServices {
		if l == lower {
			return usServiceNames[i]
		}
	}
	return lower
}

func lowerAll(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = strings.ToLower(w)
	}
	return out
}
