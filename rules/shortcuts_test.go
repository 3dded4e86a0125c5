package rules

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/noticelint/noticelint/extract"
	"github.com/noticelint/noticelint/internal/gen"
	"github.com/noticelint/noticelint/internal/testfiles"
)

// shortcutEngines returns the pack's engine and one that takes none of the
// check's shortcuts.
func shortcutEngines(t testing.TB) (fast, plain *Engine) {
	t.Helper()
	pack := loadPack(t)
	fast = NewEngine(pack, Options{Now: sampleClock})
	plain = NewEngine(pack, Options{Now: sampleClock})
	plain.plain = true
	return fast, plain
}

// sameCheck reports how the two engines' findings or coverage of doc
// differ, "" when they do not.
func sameCheck(fast, plain *Engine, doc *extract.Document) string {
	ff, fc := fast.CheckCoverage(doc)
	pf, pc := plain.CheckCoverage(doc)
	if !reflect.DeepEqual(ff, pf) {
		return fmt.Sprintf("findings\n%+v\nplain\n%+v", ff, pf)
	}
	if !reflect.DeepEqual(fc, pc) {
		return fmt.Sprintf("coverage\n%+v\nplain\n%+v", fc, pc)
	}
	return ""
}

// TestCheckShortcuts: the check's shortcuts (forbid patterns ruled out for
// a whole document, ...) change no finding and no coverage status, on the
// test notices, the rules' samples and generated notices of every format.
func TestCheckShortcuts(t *testing.T) {
	fast, plain := shortcutEngines(t)
	names, err := filepath.Glob("../testdata/notices/*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("no notices: %v", err)
	}
	var docs []*extract.Document
	for _, name := range names {
		docs = append(docs, readDoc(t, name, readFile(t, name)))
	}
	for _, r := range loadPack(t) {
		for _, s := range slices.Concat(r.Samples.Fire, r.Samples.Quiet) {
			docs = append(docs, readDoc(t, "sample.txt", []byte(s.Text)))
		}
	}
	n := 300
	if testing.Short() {
		n = 60
	}
	for _, nt := range gen.Generate(n, 7) {
		docs = append(docs, readDoc(t, nt.Name, nt.Content))
	}
	for _, doc := range docs {
		if diff := sameCheck(fast, plain, doc); diff != "" {
			t.Fatalf("%s: %s", doc.Path, diff)
		}
	}
}

func readDoc(t testing.TB, name string, data []byte) *extract.Document {
	t.Helper()
	doc, err := extract.Read(context.Background(), name, data, extract.Options{})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return doc
}

// FuzzCheckShortcuts: on any text, the check's shortcuts change no finding
// and no coverage status (TestCheckShortcuts).
func FuzzCheckShortcuts(f *testing.F) {
	testfiles.AddSeeds(f, "../testdata/notices/*.txt")
	for _, r := range loadPack(f) {
		for _, s := range r.Samples.Fire {
			f.Add([]byte(s.Text))
		}
	}
	fast, plain := shortcutEngines(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := extract.FromText("fuzz.txt", data, extract.Options{})
		if err != nil {
			return
		}
		if diff := sameCheck(fast, plain, doc); diff != "" {
			t.Fatal(diff)
		}
	})
}

func readFile(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
