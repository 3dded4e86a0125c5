package rules

import (
	"context"
	"slices"
	"strings"

	"github.com/noticelint/noticelint/extract"
)

// CoverageStatus is how a notice meets one required item of Art. 13/14.
type CoverageStatus string

// Coverage statuses.
const (
	// CoveragePresent: the statement is made.
	CoveragePresent CoverageStatus = "present"
	// CoverageMissing: the statement is not made anywhere.
	CoverageMissing CoverageStatus = "missing"
	// CoverageEmpty: a section for it exists but says nothing.
	CoverageEmpty CoverageStatus = "empty"
	// CoverageNotApplicable: a conditional item whose condition does not
	// hold (no consent relied on, no DPO named ...).
	CoverageNotApplicable CoverageStatus = "not-applicable"
	// CoverageUnread: the text could not be read well enough to judge
	// (extraction-quality).
	CoverageUnread CoverageStatus = "unread"
)

// Coverage is the status of one require rule in one notice: one row of the
// Art. 13/14 coverage matrix.
type Coverage struct {
	Rule   string
	Status CoverageStatus
	// Section is the heading of the section the statement belongs under,
	// when the notice has one.
	Section string
}

// CheckCoverage is Check that also gives the status of every require rule,
// in the engine's rule order: what the engine decided, not a guess.
func (e *Engine) CheckCoverage(doc *extract.Document) ([]Finding, []Coverage) {
	c := e.run(context.Background(), doc)
	return c.out, c.coverage
}

// cover records the current require rule's status.
func (c *check) cover(st CoverageStatus, sec *extract.Section) {
	cv := Coverage{Rule: c.rule.ID, Status: st}
	if sec != nil {
		cv.Section = sec.DisplayHeading()
	}
	c.coverage = append(c.coverage, cv)
}

// missingStatus tells a statement that is not made where it belongs
// (anchor, nil when no section fits) apart from one whose section is there
// with nothing in it, its sub-sections included.
func (c *check) missingStatus(anchor *extract.Section) CoverageStatus {
	if anchor == nil {
		return CoverageMissing
	}
	secs := c.doc.Sections
	i := -1
	for k := range secs {
		if &secs[k] == anchor {
			i = k
		}
	}
	if i < 0 {
		return CoverageMissing
	}
	for j := i; j < len(secs) && (j == i || secs[j].Level > secs[i].Level); j++ {
		if !extract.IsBlank(secs[j].Body.S) || j > i {
			return CoverageMissing
		}
	}
	return CoverageEmpty
}

// coverageItems names the required items of the built-in pack, in the
// order of Art. 13 and 14; a rule not listed here (a custom require rule)
// comes after them, named by its title.
var coverageItems = []struct {
	rule string
	name Localized
}{
	{"missing-controller", Localized{"en": "Controller's identity and contact details", "fi": "Rekisterinpitäjän nimi ja yhteystiedot"}},
	{"missing-dpo-contact", Localized{"en": "Data protection officer's contact details", "fi": "Tietosuojavastaavan yhteystiedot"}},
	{"missing-purpose", Localized{"en": "Purposes of processing", "fi": "Käsittelyn tarkoitukset"}},
	{"missing-legal-basis", Localized{"en": "Legal basis", "fi": "Käsittelyn oikeusperuste"}},
	{"missing-legitimate-interest", Localized{"en": "Legitimate interest pursued", "fi": "Oikeutettu etu"}},
	{"missing-recipients", Localized{"en": "Recipients or their categories", "fi": "Vastaanottajat tai vastaanottajaryhmät"}},
	{"missing-transfer-info", Localized{"en": "Transfers outside the EU/EEA", "fi": "Siirrot EU:n ja ETA:n ulkopuolelle"}},
	{"missing-retention", Localized{"en": "Retention period or criteria", "fi": "Säilytysaika tai sen kriteerit"}},
	{"missing-right-access", Localized{"en": "Right of access", "fi": "Tarkastusoikeus"}},
	{"missing-right-rectification", Localized{"en": "Right to rectification", "fi": "Oikeus tietojen oikaisemiseen"}},
	{"missing-right-erasure", Localized{"en": "Right to erasure", "fi": "Oikeus tietojen poistamiseen"}},
	{"missing-right-restriction", Localized{"en": "Right to restriction of processing", "fi": "Oikeus käsittelyn rajoittamiseen"}},
	{"missing-right-object", Localized{"en": "Right to object", "fi": "Vastustamisoikeus"}},
	{"missing-right-portability", Localized{"en": "Right to data portability", "fi": "Oikeus siirtää tiedot järjestelmästä toiseen"}},
	{"missing-consent-withdrawal", Localized{"en": "Right to withdraw consent", "fi": "Oikeus peruuttaa suostumus"}},
	{"missing-complaint-right", Localized{"en": "Right to complain to the supervisory authority", "fi": "Oikeus tehdä valitus valvontaviranomaiselle"}},
	{"missing-statutory-requirement", Localized{"en": "Whether providing the data is required", "fi": "Tietojen antamisen pakollisuus"}},
	{"missing-automated-decision-info", Localized{"en": "Automated decisions and profiling", "fi": "Automaattiset päätökset ja profilointi"}},
	{"missing-source", Localized{"en": "Sources of the data (Art. 14)", "fi": "Tietolähteet (14 artikla)"}},
}

// CoverageItem names the item rule r requires, in lang (en or fi), for the
// coverage matrix.
func CoverageItem(r *Rule, lang string) string {
	for _, it := range coverageItems {
		if it.rule == r.ID {
			return it.name.In(lang)
		}
	}
	return r.Title.In(lang)
}

// CoverageOrder sorts coverage rows in the order of the articles: the
// built-in items first as listed, then the others by rule id.
func CoverageOrder(cs []Coverage) {
	rank := func(id string) int {
		for i, it := range coverageItems {
			if it.rule == id {
				return i
			}
		}
		return len(coverageItems)
	}
	slices.SortStableFunc(cs, func(a, b Coverage) int {
		if ra, rb := rank(a.Rule), rank(b.Rule); ra != rb {
			return ra - rb
		}
		return strings.Compare(a.Rule, b.Rule)
	})
}

// Article is the short article reference of a rule's Ref, as the coverage
// matrix shows it: "GDPR Art. 13(2)(b), 15" gives "Art. 13(2)(b), 15".
func Article(ref string) string {
	ref, _, _ = strings.Cut(ref, ";")
	return strings.TrimSpace(strings.TrimPrefix(ref, "GDPR "))
}
