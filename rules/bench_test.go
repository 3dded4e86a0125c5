package rules

import (
	"testing"

	"github.com/noticelint/noticelint/extract"
	"github.com/noticelint/noticelint/internal/ahocorasick"
	"github.com/noticelint/noticelint/internal/gen"
)

// corpusDocs extracts n generated notices.
func corpusDocs(b *testing.B, n int) ([]*extract.Document, int) {
	b.Helper()
	notices := gen.Generate(n, 1)
	docs := make([]*extract.Document, len(notices))
	size := 0
	for i, nt := range notices {
		doc, err := extract.FromText(nt.Name, nt.Content, extract.Options{})
		if err != nil {
			b.Fatal(err)
		}
		docs[i] = doc
		size += len(nt.Content)
	}
	return docs, size
}

// BenchmarkPrefilter is the literal prefilter's one pass over each of 200
// generated notices.
func BenchmarkPrefilter(b *testing.B) {
	if _, err := Load(); err != nil {
		b.Fatal(err)
	}
	docs, size := corpusDocs(b, 200)
	p := newPrefilter()
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, doc := range docs {
			p.scanDocument(doc)
		}
	}
}

// BenchmarkHits is the prefilter automaton's hits in each of 200
// generated notices' matching text, without sorting them.
func BenchmarkHits(b *testing.B) {
	if _, err := Load(); err != nil {
		b.Fatal(err)
	}
	docs, size := corpusDocs(b, 200)
	p := newPrefilter()
	texts := make([]string, len(docs))
	for i, doc := range docs {
		texts[i], _ = doc.MatchingText()
	}
	var hits []ahocorasick.Hit
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, s := range texts {
			hits = p.ac.AppendHits(hits[:0], s, 0, len(s))
		}
	}
}

// BenchmarkCheck is the whole pack's check of each of 200 generated
// notices, without extraction.
func BenchmarkCheck(b *testing.B) {
	rules, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	docs, size := corpusDocs(b, 200)
	eng := NewEngine(rules, Options{})
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, doc := range docs {
			if _, _, err := eng.CheckCoverageContext(b.Context(), doc); err != nil {
				b.Fatal(err)
			}
		}
	}
}
