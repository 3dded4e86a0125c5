package extract

import (
	"os"
	"testing"

	"github.com/noticelint/noticelint/internal/gen"
)

// The extractors' throughput, in the bytes of the files they read. The
// notice pages are realistic sizes (a few kilobytes of HTML, a 2-page
// PDF); the large page shows how a page of a megabyte scales.

func benchmarkExtract(b *testing.B, name string, data []byte) {
	b.Helper()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Extract(name, data, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFromHTML(b *testing.B) {
	benchmarkExtract(b, "page.html", gen.HTML(gen.Sample, gen.Chrome("onetrust")))
}

func BenchmarkFromHTMLLarge(b *testing.B) {
	benchmarkExtract(b, "large.html", gen.LargeHTML(1<<20))
}

func BenchmarkFromMarkdown(b *testing.B) {
	benchmarkExtract(b, "notice.md", gen.Markdown(gen.Sample))
}

func benchmarkFile(b *testing.B, name string) {
	data, err := os.ReadFile("../testdata/formats/" + name)
	if err != nil {
		b.Fatal(err)
	}
	benchmarkExtract(b, name, data)
}

func BenchmarkFromPDF(b *testing.B)          { benchmarkFile(b, "notice-winansi.pdf") }
func BenchmarkFromPDFIdentityH(b *testing.B) { benchmarkFile(b, "notice-identity-h.pdf") }
func BenchmarkFromDOCX(b *testing.B)         { benchmarkFile(b, "notice.docx") }

func BenchmarkFromText(b *testing.B) {
	benchmarkExtract(b, "notice.txt", gen.Text(gen.Sample))
}

// BenchmarkFromPDFLong reads the notice ten times over in one PDF, some
// twenty pages, and reports pages a second.
func BenchmarkFromPDFLong(b *testing.B) {
	var blocks []gen.Block
	for range 10 {
		blocks = append(blocks, gen.Sample...)
	}
	data, err := gen.PDF(blocks, gen.UTF8Font)
	if err != nil {
		b.Fatal(err)
	}
	doc, err := FromPDF("long.pdf", data, Options{})
	if err != nil {
		b.Fatal(err)
	}
	pages := doc.Sections[len(doc.Sections)-1].HeadingSpan().Start.Page
	benchmarkExtract(b, "long.pdf", data)
	b.ReportMetric(float64(pages)*float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkFromTextCorpus reads a generated corpus of plain-text notices,
// the lint benchmark's input, to show extraction's own share.
func BenchmarkFromTextCorpus(b *testing.B) {
	notices := gen.Generate(200, 1)
	size := 0
	for _, n := range notices {
		size += len(n.Content)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, n := range notices {
			if _, err := FromText(n.Name, n.Content, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkCountStopwords counts the stop words in the prefixes of
// generated notices' matching texts that DetectLang reads.
func BenchmarkCountStopwords(b *testing.B) {
	var texts []string
	size := 0
	for _, n := range gen.Generate(200, 5) {
		doc, err := FromText(n.Name, n.Content, Options{})
		if err != nil {
			b.Fatal(err)
		}
		m, _ := doc.MatchingText()
		m = m[:min(len(m), 2048)]
		texts = append(texts, m)
		size += len(m)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, s := range texts {
			var counts [len(langs)]int
			countStopwordsUTF8(s, &counts)
		}
	}
}
