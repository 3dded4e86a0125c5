package lint

import (
	"context"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/extract"
	"github.com/noticelint/noticelint/lint/input"
	"github.com/noticelint/noticelint/result"
)

// TestStreamKeep: Keep is asked after extraction, in the worker and under
// its guard: the items it leaves out are not emitted and are counted as
// skipped, not as files; a panic in it is that item's error, and the order
// of the others holds.
func TestStreamKeep(t *testing.T) {
	notice := "Tietosuojaseloste\n\nRekisterinpitäjä: Esimerkki Oy\n"
	items := func(yield func(input.Item) bool) {
		for _, name := range []string{"a.txt", "skip.txt", "b.txt", "panic.txt", "c.txt"} {
			if !yield(input.Item{Path: name, Data: []byte(notice)}) {
				return
			}
		}
	}
	keep := func(it input.Item, doc *extract.Document) bool {
		if doc == nil || len(doc.Sections) == 0 {
			t.Errorf("%s: Keep asked before extraction", it.Path)
		}
		if it.Path == "panic.txt" {
			panic("boom")
		}
		return it.Path != "skip.txt"
	}
	var got []string
	sum, err := Stream(context.Background(), items, engine(t), Options{Jobs: 2, Keep: keep}, func(r result.FileResult) error {
		line := r.Path
		if r.Err != nil {
			line += " error"
			if !strings.Contains(r.Err.Reason, "internal error") {
				t.Errorf("%s: %s", r.Path, r.Err.Reason)
			}
		}
		got = append(got, line)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, ", ") != "a.txt, b.txt, panic.txt error, c.txt" || sum.Skipped != 1 || sum.Files != 4 || sum.FileErrors != 1 {
		t.Errorf("got %v, summary %+v", got, sum)
	}
}
