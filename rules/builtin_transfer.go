package rules

import (
	"regexp"
	"strings"
)

var (
	// "Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle."
	noTransferClaim = regexp.MustCompile(`(?:ei siirretä|emme siirrä|ei siirry|eivät siirry|ei luovuteta|ei käsitellä)[^.]{0,80}ulkopuol|ulkopuol[^.]{0,40}(?:ei siirretä|emme siirrä)|(?:överförs inte|inte överförs|överför inte|lämnas inte ut)[^.]{0,80}utanför|(?:not transfer|not be transferred|not transferred|no transfers?|never transfer)[^.]{0,80}outside`)
	// Services that transfer data to the United States by default.
	usService = regexp.MustCompile(`google analytics|google tag manager|google ads|google workspace|meta pixel|facebook pixel|facebook|instagram|mailchimp|hubspot|salesforce|microsoft 365|office 365|zoom|slack|dropbox|amazon web services|youtube|linkedin insight`)
	// A safeguard for a transfer: an adequacy decision, clauses, rules.
	transferSafeguard = regexp.MustCompile(`vakiosopimuslauseke|mallisopimuslauseke|\bscc\b|standard contractual|data privacy framework|tietosuojakehy|sitov\p{L}* yrityssään|binding corporate|standardavtalsklausul|dataskyddsramverk|riittävyyspäätö|adequacy|beslut om adekvat|privacy framework`)
)

// checkTransferContradiction reports a notice that says no data leaves the
// EU/EEA yet names a service that transfers data to the United States by
// default, with no safeguard mentioned.
func checkTransferContradiction(c *check) {
	var claimed bool
	for i := range c.doc.Sections {
		if noTransferClaim.MatchString(c.doc.Sections[i].Body.Lower()) {
			claimed = true
			break
		}
	}
	if !claimed || transferSafeguard.MatchString(c.all) {
		return
	}
	for i := range c.doc.Sections {
		s := &c.doc.Sections[i]
		lower := s.Body.Lower()
		loc := usService.FindStringIndex(lower)
		if loc == nil {
			continue
		}
		service := lower[loc[0]:loc[1]]
		msg := strings.ReplaceAll(c.rule.Message.In(c.opts.MessageLang), "{service}", service)
		c.report(s, s.Body.LowerSpan(loc[0], loc[1]), s.Body.S[s.Body.LowerToText(loc[0]):endInText(s.Body, loc[1])], c.rule.Severity, msg)
		return
	}
}
