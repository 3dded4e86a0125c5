package extract

import (
	"bytes"
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/noticelint/noticelint/internal/gen"
	"github.com/noticelint/noticelint/internal/leaktest"
)

// cancelled returns a stopper whose context is done.
func cancelled() *stopper {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	return newStopper(ctx)
}

// stopsWith runs f and reports whether it stopped with a stopped panic.
func stopsWith(f func()) (stoppedOK bool) {
	defer func() {
		p := recover()
		_, stoppedOK = p.(stopped)
	}()
	f()
	return false
}

// TestExtractStopsEveryFormat: a context that is done while a notice is
// read ends the extraction with the context's error, in every format,
// from the sectionizer on (the Lines hook runs just before it).
func TestExtractStopsEveryFormat(t *testing.T) {
	pdf, err := gen.PDF(gen.Sample, gen.CoreFont)
	if err != nil {
		t.Fatal(err)
	}
	docx, err := gen.DOCX(gen.Sample)
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{
		"n.txt":  gen.Text(gen.Sample),
		"n.html": gen.LargeHTML(64 << 10),
		"n.md":   []byte("# Tietosuojaseloste\n\n" + strings.Repeat("Käsittelemme henkilötietoja.\n\n", 200)),
		"n.pdf":  pdf,
		"n.docx": docx,
	} {
		t.Run(name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			doc, err := Read(ctx, name, data, Options{Lines: func([]Line) { cancel() }})
			if doc != nil || !errors.Is(err, context.Canceled) || !IsStopped(err) {
				t.Errorf("document %v, error %v; want none and the context's error", doc != nil, err)
			}
			// Not cancelled, the same file is read.
			if _, err := Read(context.Background(), name, data, Options{}); err != nil {
				t.Errorf("not stopped: %v", err)
			}
		})
	}
}

// TestParsersStop: the checks inside the parsers' runs, which the
// sectionizer's do not reach: the Markdown parser's lines and blocks, the
// HTML tokenizer's tokens, the Word document's XML, the PDF library's reads.
func TestParsersStop(t *testing.T) {
	md := []byte(strings.Repeat("Kappale tekstiä.\n\n", 1000))
	if !stopsWith(func() { parseMarkdown(md, cancelled()) }) {
		t.Error("the Markdown parser did not stop")
	}
	html := strings.Repeat("<p>Kappale tekstiä.</p>\n", 1000)
	if !stopsWith(func() { _, _ = parseHTML(newSource(html), 0, len(html), cancelled()) }) {
		t.Error("the HTML tokenizer did not stop")
	}
	br := &boundedReader{r: strings.NewReader("<w:document/>"), left: 1 << 20, part: "word/document.xml", stop: cancelled()}
	if !stopsWith(func() { _, _ = br.Read(make([]byte, 16)) }) {
		t.Error("reading the Word document did not stop")
	}
	r := stoppingReaderAt{bytes.NewReader([]byte("%PDF-1.4")), cancelled()}
	if !stopsWith(func() { _, _ = r.ReadAt(make([]byte, 4), 0) }) {
		t.Error("the PDF library's reads did not stop")
	}
	for _, f := range []func(){
		func() { normalize(strings.Repeat("Aa ", 10_000), cancelled()) },
		func() { splitLines(strings.Repeat("rivi\n", 10_000), cancelled(), nil, nil) },
		func() { markdownHazard(string(md), cancelled()) },
		func() { _ = checkPDFStructure(gen.RawPDF(slices.Repeat([]string{"null"}, 1000)), cancelled()) },
	} {
		if !stopsWith(f) {
			t.Error("a loop over the whole text did not stop")
		}
	}
}

// TestPDFLibraryLoopsRefused: the files that made the PDF library loop for
// ever, or ask for gigabytes at once, are refused before it reads them,
// and no goroutine is left in the library.
func TestPDFLibraryLoopsRefused(t *testing.T) {
	for _, tt := range []struct {
		name string
		data []byte
		err  string
	}{
		{"cyclic xref", gen.CyclicXrefPDF(), "cross-reference sections loop: /Prev leads back to byte"},
		{"object number bomb", gen.XrefNumberBombPDF(), "numbers objects up to 4000000001, more than a file of"},
		{"object stream extends itself", gen.ObjectStreamLoopPDF(true), "object stream 5 extends itself"},
		{"object stream inside itself", gen.ObjectStreamLoopPDF(false), "which is itself said to be in an object stream"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := FromPDF(tt.name+".pdf", tt.data, Options{Timeout: time.Minute})
			if err == nil || !strings.Contains(err.Error(), tt.err) || !strings.HasPrefix(err.Error(), "damaged PDF") {
				t.Errorf("error %v, want a damaged PDF: %q", err, tt.err)
			}
			if n := len(leaktest.In("github.com/ledongthuc/pdf")); n > 0 {
				t.Errorf("%d goroutines left in the PDF library", n)
			}
		})
	}
	// A content stream ending inside a hex string: the page is not read,
	// the document says why.
	doc, err := FromPDF("hex.pdf", gen.HexTailPDF(), Options{Timeout: time.Minute})
	if err != nil || !strings.Contains(doc.QualityNote, "the content ends inside a hex string") {
		t.Errorf("error %v, note %q", err, doc.QualityNote)
	}
	if n := len(leaktest.In("github.com/ledongthuc/pdf")); n > 0 {
		t.Errorf("%d goroutines left in the PDF library", n)
	}
}

// TestCheckN: checks of several units look at the context when the count
// passes a multiple of stopEvery, as that many single checks do, from any
// count before them.
func TestCheckN(t *testing.T) {
	for _, start := range []uint32{0, 1, stopEvery - 3, stopEvery - 1, 1<<32 - 2} {
		for _, n := range []uint32{1, 3, 4} {
			s := cancelled()
			s.n = start
			calls := 0
			if !stopsWith(func() {
				for ; calls < 2*stopEvery; calls++ {
					s.checkN(n)
				}
			}) {
				t.Fatalf("from %d by %d: never stopped", start, n)
			}
			// The first multiple of stopEvery after start, reached at the
			// call that passes it.
			want := int((stopEvery-start%stopEvery+n-1)/n) - 1
			if start%stopEvery == 0 {
				want = int((stopEvery+n-1)/n) - 1
			}
			if calls != want {
				t.Errorf("from %d by %d: stopped at call %d, want %d", start, n, calls, want)
			}
		}
	}
}
