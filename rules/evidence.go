package rules

import (
	"sort"
	"strings"

	"github.com/noticelint/noticelint/extract"
)

// Evidence is what a visit of a site in a browser showed, for a finding of
// a site rule (tracking-before-consent ...) or of a rule that also judges
// such evidence (transfer-contradiction).
type Evidence struct {
	// Key identifies the finding across visits, the service's name: the
	// fingerprint hashes the rule, the path and Key, not Evidence, whose
	// URL and time change from visit to visit.
	Key string
	// Evidence is what was seen: a request's URL, or a cookie.
	Evidence string
	// Message names one of the rule's Messages; "" is its Message.
	Message string
	// Vars are put for {name} in the message: service, category, owner,
	// country, seen (what was seen, when and where), cmp.
	Vars map[string]string
	// Severity, when set, replaces the rule's.
	Severity Severity
}

// evidenceRules are the rules that are not of kind site but take a visit's
// evidence too.
var evidenceRules = map[string]bool{"transfer-contradiction": true}

// EvidenceFinding is the finding of rule id about the site whose notice (or
// home page, when no notice was found) is at path, from a visit's evidence:
// at line 1, with its message in the engine's language. ok is false when
// the engine does not run the rule.
func (e *Engine) EvidenceFinding(id, path string, ev Evidence) (f Finding, ok bool) {
	for _, r := range e.rules {
		if r.ID != id || r.Kind != KindSite && !evidenceRules[r.ID] {
			continue
		}
		msg := r.Message.In(e.opts.MessageLang)
		if ev.Message != "" {
			msg = r.messages()[ev.Message].In(e.opts.MessageLang)
		}
		keys := make([]string, 0, len(ev.Vars))
		for k := range ev.Vars {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			msg = strings.ReplaceAll(msg, "{"+k+"}", ev.Vars[k])
		}
		sev := r.Severity
		if ev.Severity != None {
			sev = ev.Severity
		}
		f = Finding{
			Rule: r.ID, Severity: sev, Path: path, Message: msg, Evidence: ev.Key,
			Location: Location{Line: 1, Column: 1, EndLine: 1, EndColumn: 1},
		}
		fs := []Finding{f}
		setFingerprints(fs)
		fs[0].Evidence = ev.Evidence
		return fs[0], true
	}
	return Finding{}, false
}

// TransferClaims reports whether a notice says that no personal data
// leaves the EU/EEA, and whether it names a safeguard for a transfer (the
// EU-US Data Privacy Framework, standard contractual clauses, an adequacy
// decision): what transfer-contradiction holds a visit's evidence against.
func (e *Engine) TransferClaims(doc *extract.Document) (deniesTransfers, namesSafeguard bool) {
	c := &check{doc: doc, opts: e.opts, docIndex: e.filter.scanDocument(doc)}
	return c.anyText.hasAny(noTransferIDs) && claimsNoTransfer(c), c.namesSafeguard()
}

// siteSample is how a site rule's example reads: the scan that raises it
// and what its message's placeholders hold.
type siteSample struct {
	scan string
	ev   Evidence
}

var siteSamples = map[string]siteSample{
	"notice-not-found": {
		scan: "$ noticelint scan https://esimerkki.example/\n(its home page links no privacy notice)",
		ev:   Evidence{Vars: map[string]string{"reason": "no link on the home page names one"}},
	},
	"tracking-before-consent": {
		scan: "$ noticelint scan --browser https://esimerkki.example/\n(its home page loads Google Analytics before the visitor has answered the cookie banner)",
		ev: Evidence{Key: "Google Analytics", Evidence: "https://www.google-analytics.com/g/collect?v=2&tid=G-XXXXXXX&en=page_view", Vars: map[string]string{
			"service": "Google Analytics", "category": "analytics", "owner": "Google LLC", "country": "US",
			"seen": "a request to https://www.google-analytics.com/g/collect 0.4 s after https://esimerkki.example/ began to load",
		}},
	},
	"tracking-after-refusal": {
		scan: "$ noticelint scan --browser https://esimerkki.example/\n(Hotjar goes on recording after \"reject all\" in the Cookiebot banner)",
		ev: Evidence{Key: "Hotjar", Evidence: "https://static.hotjar.com/c/hotjar-1234567.js", Vars: map[string]string{
			"service": "Hotjar", "category": "session replay", "owner": "Hotjar Ltd", "country": "MT", "cmp": "Cookiebot",
			"seen": "a request to https://static.hotjar.com/c/hotjar-1234567.js 1.2 s after https://esimerkki.example/ began to load again",
		}},
	},
	"undisclosed-third-party": {
		scan: "$ noticelint scan --browser https://esimerkki.example/\n(the site embeds a Vimeo video; its notice names no video service)",
		ev: Evidence{Key: "Vimeo", Evidence: "https://player.vimeo.com/video/123456789", Vars: map[string]string{
			"service": "Vimeo", "category": "video", "owner": "Vimeo.com, Inc.", "country": "US",
			"seen": "a request to https://player.vimeo.com/video/123456789 0.8 s after https://esimerkki.example/ began to load",
		}},
	},
}

// SiteExample is the finding a site rule's example scan gives, for explain
// and the reference; ok is false for a rule of another kind.
func (e *Engine) SiteExample(r *Rule) (Finding, bool) {
	s, ok := siteSamples[r.ID]
	if r.Kind != KindSite || !ok {
		return Finding{}, false
	}
	return e.EvidenceFinding(r.ID, "https://esimerkki.example/", s.ev)
}
