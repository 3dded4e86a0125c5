package rules

import (
	"reflect"
	"sync"
	"testing"

	"github.com/noticelint/noticelint/extract"
	"github.com/noticelint/noticelint/internal/gen"
)

// TestSharedEngineParallel: one engine shared by 8
// goroutines, each checking every notice (large and small in turn, so the
// pooled scratch is reused by documents of other sizes), gives what a
// fresh engine gives one document at a time. Run with -race.
func TestSharedEngineParallel(t *testing.T) {
	pack := loadPack(t)
	notices := gen.Generate(60, 3)
	notices = append(notices, gen.Notice{Name: "tiny.txt", Content: []byte("x")})
	var docs []*extract.Document
	for _, n := range notices {
		doc, err := extract.FromText(n.Name, n.Content, extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	type res struct {
		f []Finding
		c []Coverage
	}
	want := make([]res, len(docs))
	for i, d := range docs {
		f, c := NewEngine(pack, Options{Now: sampleClock}).CheckCoverage(d)
		want[i] = res{f, c}
	}
	shared := NewEngine(pack, Options{Now: sampleClock})
	got := make([][]res, 8)
	var wg sync.WaitGroup
	for g := range got {
		got[g] = make([]res, len(docs))
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range docs {
				i := (k*7 + g*13) % len(docs)
				f, c := shared.CheckCoverage(docs[i])
				got[g][i] = res{f, c}
			}
		}()
	}
	wg.Wait()
	for g := range got {
		for i := range docs {
			if !reflect.DeepEqual(got[g][i], want[i]) {
				t.Fatalf("goroutine %d, %s: differs from a fresh engine's check", g, docs[i].Path)
			}
		}
	}
}
