package rules

import (
	"path/filepath"
	"testing"

	"github.com/noticelint/noticelint/extract"
)

// TestCoverageAgreesWithFindings: over every catalog fixture, a require
// rule is missing or empty in the coverage exactly when it has a finding,
// and every require rule has one row.
func TestCoverageAgreesWithFindings(t *testing.T) {
	pack := loadPack(t)
	required := 0
	for _, r := range pack {
		if r.Kind == KindRequire {
			required++
		}
	}
	engine := NewEngine(pack, Options{Now: sampleClock})
	files, err := filepath.Glob("../testdata/catalog/*.txt")
	if err != nil || len(files) < 20 {
		t.Fatalf("%d fixtures: %v", len(files), err)
	}
	seen := map[CoverageStatus]bool{}
	for _, path := range files {
		doc := extractFixture(t, "../testdata/catalog", filepath.Base(path))
		findings, cov := engine.CheckCoverage(doc)
		if len(cov) != required {
			t.Errorf("%s: %d coverage rows, want %d", path, len(cov), required)
		}
		fired := map[string]bool{}
		for _, f := range findings {
			fired[f.Rule] = true
		}
		for _, c := range cov {
			seen[c.Status] = true
			absent := c.Status == CoverageMissing || c.Status == CoverageEmpty
			if absent != fired[c.Rule] {
				t.Errorf("%s: %s is %s, but finding: %v", path, c.Rule, c.Status, fired[c.Rule])
			}
		}
	}
	for _, st := range []CoverageStatus{CoveragePresent, CoverageMissing, CoverageEmpty, CoverageNotApplicable} {
		if !seen[st] {
			t.Errorf("no fixture gives %s: the test does not reach it", st)
		}
	}
}

func TestCoverageStatuses(t *testing.T) {
	engine := NewEngine(loadPack(t), Options{Now: sampleClock})
	status := func(text, rule string) (CoverageStatus, string) {
		doc, err := extract.Extract("notice.txt", []byte(text), extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		_, cov := engine.CheckCoverage(doc)
		for _, c := range cov {
			if c.Rule == rule {
				return c.Status, c.Section
			}
		}
		t.Fatalf("no coverage row for %s", rule)
		return "", ""
	}
	tests := []struct {
		text, rule string
		want       CoverageStatus
		section    string
	}{
		{"7. Säilytysaika\n\n8. Tietoturva\nTiedot on suojattu.", "missing-retention", CoverageEmpty, "7. Säilytysaika"},
		{"Tietosuojaseloste\nKäsittelemme asiakkaiden tietoja.\n\nRekisteröidyn oikeudet\nVoit pyytää virheellisten tietojen oikaisua.", "missing-right-access", CoverageMissing, "Rekisteröidyn oikeudet"},
		{"Tietosuojaseloste\nKäsittelemme asiakkaiden tietoja.\n\nRekisteröidyn oikeudet\n\nYhteystiedot\nPuh. 010 555 0100", "missing-right-access", CoverageEmpty, "Rekisteröidyn oikeudet"},
		{"Tietosuojaseloste\nKäsittelemme asiakkaiden tietoja.", "missing-retention", CoverageMissing, ""},
		{"Tietoja säilytetään asiakassuhteen ajan ja kaksi vuotta sen jälkeen.", "missing-retention", CoveragePresent, ""},
		{"Tietosuojaseloste\nKäsittelemme asiakkaiden tietoja.", "missing-consent-withdrawal", CoverageNotApplicable, ""},
		// A heading, or a sentence that denies the right, is never present.
		{"Tietosuojaseloste\nKäsittelemme asiakkaiden tietoja.\n\nOikeus tietojen oikaisemiseen\n\nTietoturva\nTiedot on suojattu.", "missing-right-rectification", CoverageEmpty, "Oikeus tietojen oikaisemiseen"},
		{"Tietosuojaseloste\nKäsittelemme asiakkaiden tietoja.\n\nRekisteröidyn oikeudet\nRekisteröidyllä ei ole oikeutta lokitietojen oikaisuun.", "missing-right-rectification", CoverageMissing, "Rekisteröidyn oikeudet"},
		{"Privacy notice\nWe process log data.\n\nYour rights\nWe do not offer any right to correct the entries, since the log holds network addresses only.", "missing-right-rectification", CoverageMissing, "Your rights"},
		{"Tietosuojaseloste\n\nKäsittelyn oikeusperuste: sopimus vai suostumus?\nKäsittelemme tietoja asiakassuhteen hoitamiseksi.", "missing-legal-basis", CoverageMissing, "Käsittelyn oikeusperuste"},
	}
	for _, tt := range tests {
		got, sec := status(tt.text, tt.rule)
		if got != tt.want || sec != tt.section {
			t.Errorf("%s on %q: %s under %q, want %s under %q", tt.rule, tt.text, got, sec, tt.want, tt.section)
		}
	}
	doc, err := extract.Extract("notice.txt", []byte("Tietosuojaseloste\nKäsittelemme asiakkaiden tietoja."), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc.Quality = 0 // as a scanned PDF's
	if _, cov := engine.CheckCoverage(doc); len(cov) == 0 || cov[0].Status != CoverageUnread {
		t.Errorf("an unreadable notice: %v, want every row %s", cov, CoverageUnread)
	}
}

func TestArticle(t *testing.T) {
	for ref, want := range map[string]string{
		"GDPR Art. 13(2)(b), 15":           "Art. 13(2)(b), 15",
		"GDPR Art. 13(1)(e); WP260 rev.01": "Art. 13(1)(e)",
		"Tietosuojalaki 1050/2018 § 36":    "Tietosuojalaki 1050/2018 § 36",
	} {
		if got := Article(ref); got != want {
			t.Errorf("Article(%q) = %q, want %q", ref, got, want)
		}
	}
}

// TestCoverageRows: every require rule of the pack names its row of the
// matrix in English and Finnish, each at its own place; the rows sort in
// that order, and a rule without a row (a custom one) comes after them,
// named by its title.
func TestCoverageRows(t *testing.T) {
	pack := loadPack(t)
	byID := map[string]*Rule{}
	at := map[int]string{}
	var cs []Coverage
	for _, r := range pack {
		byID[r.ID] = r
		if r.Kind != KindRequire {
			continue
		}
		row := coverageRow(r)
		if row == nil || row.Item["en"] == "" || row.Item["fi"] == "" {
			t.Errorf("%s: no coverage row in English and Finnish", r.ID)
			continue
		}
		if other, dup := at[row.Order]; dup {
			t.Errorf("%s and %s share coverage.order %d", r.ID, other, row.Order)
		}
		at[row.Order] = r.ID
		cs = append(cs, Coverage{Rule: r.ID})
	}
	custom := testRule(t, "id: acme-rule\nkind: require\nstatements: {fi: [{all: ['x']}]}\n")
	byID[custom.ID] = custom
	cs = append([]Coverage{{Rule: custom.ID}, {Rule: "unknown-rule"}}, cs...)
	CoverageOrder(cs, byID)
	var got []string
	for _, c := range cs {
		got = append(got, c.Rule)
	}
	if got[0] != "missing-controller" || got[2] != "missing-purpose" || got[len(got)-3] != "missing-source" ||
		got[len(got)-2] != "acme-rule" || got[len(got)-1] != "unknown-rule" {
		t.Errorf("coverage order %v", got)
	}
	if CoverageItem(byID["missing-right-access"], "fi") != "Tarkastusoikeus" || CoverageItem(custom, "en") != "T" {
		t.Errorf("items %q, %q", CoverageItem(byID["missing-right-access"], "fi"), CoverageItem(custom, "en"))
	}
}
