package lint

import (
	"context"
	"runtime/debug"
	"testing"

	"github.com/noticelint/noticelint/extract"
	"github.com/noticelint/noticelint/internal/corpus"
)

// BenchmarkLintCorpus lints the 2,000-notice generated corpus (about 12 MB)
// from disk, as the CLI does; the target is under 0.5 s an iteration on two
// cores. scripts/bench.sh times the CLI itself, with peak memory.
func BenchmarkLintCorpus(b *testing.B) {
	notices := corpus.Generate(2000, 1)
	dir := b.TempDir()
	if err := corpus.WriteDir(dir, notices); err != nil {
		b.Fatal(err)
	}
	size := 0
	for _, n := range notices {
		size += len(n.Content)
	}
	eng := engine(b)
	// As the command runs (cmd/noticelint/main.go, tuneGC).
	defer debug.SetGCPercent(debug.SetGCPercent(800))
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		files := 0
		_, err := Run(context.Background(), []string{dir}, eng, Options{}, func(r FileResult) error {
			if r.Err != nil {
				b.Fatal(r.Err)
			}
			files++
			return nil
		})
		if err != nil || files != len(notices) {
			b.Fatalf("%d files, %v", files, err)
		}
	}
}

// BenchmarkExtractAndCheck is the work per notice without I/O or
// parallelism, split into its two stages.
func BenchmarkExtractAndCheck(b *testing.B) {
	notices := corpus.Generate(200, 1)
	size := 0
	for _, n := range notices {
		size += len(n.Content)
	}
	eng := engine(b)
	docs := make([]*extract.Document, len(notices))
	b.Run("extract", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			for i, n := range notices {
				doc, err := extract.FromText(n.Name, n.Content, extract.Options{})
				if err != nil {
					b.Fatal(err)
				}
				docs[i] = doc
			}
		}
	})
	b.Run("check", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			for _, doc := range docs {
				eng.Check(doc)
			}
		}
	})
}
