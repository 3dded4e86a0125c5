package rules

import (
	"strings"
	"testing"
	"time"

	"github.com/noticelint/noticelint/extract"
)

// TestManyMatchesInOneSection: a section of a megabyte with 20,000 matches
// whose sentences are judged (repealed-law's downgrade) is checked in
// linear time, not in time that grows with matches times text.
func TestManyMatchesInOneSection(t *testing.T) {
	text := "Tietosuojaseloste\n" + strings.Repeat("Henkilötietolaki (523/1999) kumottiin vuonna 2019, ja tietoja käsitellään nyt tietosuojalain mukaan. ", 20_000)
	doc, err := extract.FromText("big.txt", []byte(text), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	engine := NewEngine([]*Rule{Find(loadPack(t), "repealed-law")}, Options{Now: sampleClock})
	start := time.Now()
	fs := engine.Check(doc)
	if elapsed := time.Since(start); elapsed > 10*time.Second {
		t.Errorf("took %s", elapsed)
	}
	if len(fs) != 20_000 || fs[0].Severity != Note || fs[len(fs)-1].Severity != Note {
		t.Errorf("%d findings, first %s; want 20000 notes", len(fs), fs[0].Severity)
	}
}
