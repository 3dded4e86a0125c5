package rules

import (
	"testing"

	"github.com/noticelint/noticelint/extract"
)

// TestCoverageOutdated: an item whose statement is made only in sentences
// that cite the repealed Personal Data Act (or Privacy Shield) is
// outdated; one also made in a sentence citing no outdated law, or in a
// notice citing none, stays present.
func TestCoverageOutdated(t *testing.T) {
	engine := NewEngine(loadPack(t), Options{Now: sampleClock})
	status := func(text, rule string) CoverageStatus {
		t.Helper()
		doc, err := extract.Extract("notice.txt", []byte(text), extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		_, cov := engine.CheckCoverage(doc)
		for _, c := range cov {
			if c.Rule == rule {
				return c.Status
			}
		}
		t.Fatalf("no coverage row for %s", rule)
		return ""
	}
	const head = "Tietosuojaseloste\n\n1. Rekisterinpitäjä\nEsimerkki Oy, Esimerkkikatu 1, 00100 Helsinki, tietosuoja@esimerkki.example\n\n2. Käsittelyn tarkoitus\nTietoja käsitellään asiakassuhteen hoitamiseksi.\n\n"
	for _, tt := range []struct {
		name, text, rule string
		want             CoverageStatus
	}{
		{"only through the repealed act", head + "3. Tietojen luovutukset\nTietoja luovutetaan henkilötietolain (523/1999) sallimissa rajoissa viranomaisille.\n", "missing-recipients", CoverageOutdated},
		{"also in a sentence of its own", head + "3. Tietojen luovutukset\nTietoja luovutetaan henkilötietolain (523/1999) sallimissa rajoissa viranomaisille. Tietoja luovutetaan myös tilitoimistollemme.\n", "missing-recipients", CoveragePresent},
		{"no outdated law", head + "3. Tietojen luovutukset\nTietoja luovutetaan viranomaisille lain sallimissa rajoissa.\n", "missing-recipients", CoveragePresent},
		{"through Privacy Shield", head + "3. Tietojen siirrot\nSiirrämme tietoja Yhdysvaltoihin Privacy Shield -järjestelyn perusteella.\n", "missing-transfer-info", CoverageOutdated},
	} {
		if got := status(tt.text, tt.rule); got != tt.want {
			t.Errorf("%s: %s is %s, want %s", tt.name, tt.rule, got, tt.want)
		}
	}
}
