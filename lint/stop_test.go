package lint

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/noticelint/noticelint/internal/leaktest"
)

// TestTimeoutStopsTheWork: an input over its time limit is reported so,
// and the work on it stops: when the run ends, no goroutine is left in the
// extractors or the rules engine, so that the next input has the CPU and
// the memory. Each of these inputs takes seconds to lint whole.
func TestTimeoutStopsTheWork(t *testing.T) {
	sentence := "Rekisterinpitäjä käsittelee henkilötietoja henkilötietolain (523/1999) mukaisesti ja tietosuojadirektiivin mukaan "
	dir := t.TempDir()
	files := map[string]string{
		"oneline.txt":  strings.Repeat(sentence, 20<<20/len(sentence)),
		"nostops.txt":  strings.Repeat(strings.TrimSpace(sentence)+" ", 8<<20/len(sentence)),
		"page.html":    "<!doctype html><html><body><h1>Tietosuojaseloste</h1><p>" + strings.Repeat(sentence+"<br>", 8<<20/len(sentence)) + "</p></body></html>",
		"notice.md":    "# Tietosuojaseloste\n\n" + strings.Repeat("- "+sentence+"\n", 8<<20/len(sentence)),
		"paragraph.md": "# Tietosuojaseloste\n\n" + strings.Repeat(sentence+"\n\n", 8<<20/len(sentence)),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, _ := runAll(t, []string{dir}, Options{Jobs: 1, Timeout: 200 * time.Millisecond})
	if len(got) != len(files) {
		t.Fatalf("%d results for %d files", len(got), len(files))
	}
	for _, r := range got {
		if r.Err == nil || r.Err.Reason != "took longer than the per-file time limit of 200ms" {
			t.Errorf("%s: error %v, want the time limit", r.Path, r.Err)
		}
	}
	for _, pkg := range []string{"noticelint/extract.", "noticelint/rules.", "yuin/goldmark", "ledongthuc/pdf"} {
		if n := len(leaktest.In(pkg)); n > 0 {
			t.Errorf("%d goroutines still at work in %s after the run", n, pkg)
		}
	}
}
