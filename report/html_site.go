package report

import (
	"fmt"

	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/rules"
	"github.com/noticelint/noticelint/services"
)

// htmlBrowser is a notice card's "What the site did": what scan --browser
// saw of the site, which the findings drawn from it link to.
type htmlBrowser struct {
	ID                         string
	Consent                    string
	Rejected                   bool
	Services                   []htmlService
	Pages, Hosts, Refused      []string
	Problems                   []string
	Requests, Cookies, Storage int
	Evidence, Error            string
}

type htmlService struct {
	Name, Category, Owner, Country string
	ThirdCountry, Before, After    bool
	FirstSeen, Page, PageLink      string
	Evidence, Named                string
}

// browserRules are the rules whose findings can come from a browser visit:
// they link to the card's "What the site did".
var browserRules = map[string]bool{
	"tracking-before-consent": true, "tracking-after-refusal": true,
	"undisclosed-third-party": true, "transfer-contradiction": true,
}

// fromBrowser reports whether f was drawn from r's browser visit: a rule
// that takes a visit's evidence, with no source line in the notice.
func fromBrowser(r result.FileResult, f rules.Finding) bool {
	return r.Browser != nil && browserRules[f.Rule] && f.Snippet == ""
}

// browser gathers the card's "What the site did", nil without a visit.
func (h *htmlReporter) browser(r result.FileResult, id string) *htmlBrowser {
	b := r.Browser
	if b == nil {
		return nil
	}
	lang := h.meta.MessageLang
	out := &htmlBrowser{
		ID: id, Consent: b.Consent, Rejected: b.Rejected, Pages: b.Pages, Hosts: b.Hosts, Refused: b.Refused,
		Problems: b.Problems, Requests: b.Requests, Cookies: b.Cookies, Storage: b.Storage, Evidence: b.Evidence, Error: b.Error,
	}
	table := services.Default()
	for _, s := range b.Services {
		cat := services.Category(s.Category)
		title := table.Category(cat).TitleIn(lang)
		if title == "" {
			title = s.Category
		}
		out.Services = append(out.Services, htmlService{
			Name: s.Name, Category: title, Owner: s.Owner, Country: s.Country,
			ThirdCountry: !services.InEEA(s.Country), Before: s.BeforeConsent, After: s.AfterRefusal,
			FirstSeen: fmt.Sprintf("%.1f s", float64(s.FirstSeenMS)/1000), Page: s.Page, PageLink: httpLink(s.Page),
			Evidence: s.Evidence, Named: s.Named,
		})
	}
	return out
}
