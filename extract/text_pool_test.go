package extract

import (
	"reflect"
	"sync"
	"testing"

	"github.com/noticelint/noticelint/internal/gen"
)

// TestFromTextReusesLines: a notice read after others, longer and shorter,
// whose line slices FromText reuses, is read as when read first.
func TestFromTextReusesLines(t *testing.T) {
	notices := gen.Generate(12, 5)
	first := make([]*Document, len(notices))
	for i, n := range notices {
		lineBufs = sync.Pool{} // no slice to reuse: each read as the first
		doc, err := FromText(n.Name, n.Content, Options{})
		if err != nil {
			t.Fatal(err)
		}
		first[i] = doc
	}
	for range 2 {
		for i := len(notices) - 1; i >= 0; i-- {
			doc, err := FromText(notices[i].Name, notices[i].Content, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(doc, first[i]) {
				t.Errorf("%s: read after others, the document differs", notices[i].Name)
			}
		}
	}
	// What goes back to the pool is zeroed over its whole capacity, as
	// splitLines needs it.
	lineBufs = sync.Pool{}
	if _, err := FromText(notices[0].Name, notices[0].Content, Options{}); err != nil {
		t.Fatal(err)
	}
	buf, _ := lineBufs.Get().(*[]Line)
	if buf == nil {
		t.Log("the pool dropped the slice (as it may under the race detector)")
		return
	}
	if cap(*buf) == 0 {
		t.Error("an empty slice went back to the pool")
	}
	for i, l := range (*buf)[:cap(*buf)] {
		if !reflect.ValueOf(l).IsZero() {
			t.Fatalf("line %d of the pooled slice is not zero: %q", i, l.Text.S)
		}
	}
}
