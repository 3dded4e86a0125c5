package rules

import (
	"cmp"
	"context"
	"math"
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
	e.release(c)
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

// CoverageRow is a require rule's row in the coverage matrix (its
// coverage key): the item it requires, named, and its place in the order
// of Art. 13 and 14.
type CoverageRow struct {
	// Order sorts the rows; rules without a row come after, by id.
	Order int       `yaml:"order"`
	Item  Localized `yaml:"item"`
}

func (cr *CoverageRow) compile(fail failFunc) {
	if cr.Order < 1 {
		fail("coverage.order: give the row's place, 1 or more")
	}
	if cr.Item["en"] == "" {
		fail("coverage.item: name the item in English")
	}
}

// coverageRow returns rule r's row, nil when it has none.
func coverageRow(r *Rule) *CoverageRow {
	if q, ok := r.spec.(*requireSpec); ok {
		return q.Coverage
	}
	return nil
}

// CoverageItem names the item rule r requires, in lang (en or fi), for the
// coverage matrix: its coverage item, or else its title.
func CoverageItem(r *Rule, lang string) string {
	if row := coverageRow(r); row != nil {
		return row.Item.In(lang)
	}
	return r.Title.In(lang)
}

// CoverageOrder sorts coverage rows in the order of the articles: by the
// order of their rules' coverage rows (byID), then the others by rule id.
func CoverageOrder(cs []Coverage, byID map[string]*Rule) {
	rank := func(id string) int {
		if r := byID[id]; r != nil {
			if row := coverageRow(r); row != nil {
				return row.Order
			}
		}
		return math.MaxInt
	}
	slices.SortStableFunc(cs, func(a, b Coverage) int {
		if c := cmp.Compare(rank(a.Rule), rank(b.Rule)); c != 0 {
			return c
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
