package extract

import (
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/noticelint/noticelint/internal/gen"
	"github.com/noticelint/noticelint/internal/testfiles"
)

// checkPositions fails the test when a span of the document lies outside
// its lines: every line and column 1-based, every start within its line.
func checkPositions(t *testing.T, doc *Document) {
	t.Helper()
	nLines := doc.lineCount()
	check := func(what string, s Span) {
		if s.Start.Line < 1 || s.Start.Column < 1 || s.Start.Line > nLines {
			t.Fatalf("%s starts at %d:%d of %d lines", what, s.Start.Line, s.Start.Column, nLines)
		}
		if s.End.Line < s.Start.Line || (s.End.Line == s.Start.Line && s.End.Column < s.Start.Column) {
			t.Fatalf("%s ends before it starts: %+v", what, s)
		}
		if s.Start.Column > utf8.RuneCountInString(doc.SourceLine(s.Start.Line))+1 {
			t.Fatalf("%s starts at column %d beyond its line %q", what, s.Start.Column, doc.SourceLine(s.Start.Line))
		}
	}
	for _, s := range doc.Sections {
		if s.Heading.Len() > 0 {
			check("heading", s.HeadingSpan())
		}
		if s.Body.Len() > 0 {
			check("body", s.BodySpan())
			lower := s.Body.Lower()
			for i := 0; i < len(lower); i += 7 {
				if !utf8.RuneStart(lower[i]) {
					continue // matches start on a character
				}
				if c := s.Body.S[s.Body.LowerToText(i)]; c == '\r' || c == '\n' {
					continue // a line break stands after its line's last column
				}
				check("body match", s.Body.LowerSpan(i, min(i+5, len(lower))))
			}
			checkLowerOffsets(t, s.Body)
		}
	}
	for _, s := range doc.Sections {
		prev := 0
		for _, it := range s.Items {
			if it.Start < prev || it.End < it.Start || it.End > len(s.Body.S) {
				t.Fatalf("item %+v after byte %d of a body of %d bytes", it, prev, len(s.Body.S))
			}
			if (it.LeadStart < 0) != (it.LeadEnd < 0) || it.LeadStart >= 0 && (it.LeadEnd < it.LeadStart || it.LeadEnd > it.Start) {
				t.Fatalf("item %+v: its lead-in is not before it", it)
			}
			prev = it.End
		}
	}
	for _, d := range doc.Dates {
		check("date", d.Text.Span())
	}
	for _, s := range doc.Suppressions {
		if s.FromLine < 1 || s.ToLine < s.FromLine || s.ToLine > nLines || s.CommentLine < 1 {
			t.Fatalf("suppression %+v in %d lines", s, nLines)
		}
	}
}

// checkLowerOffsets holds LowerOffsets to LowerSpan's offsets over ranges
// of a body's Lower() (the rules ask for a sentence's).
func checkLowerOffsets(t *testing.T, body Text) {
	t.Helper()
	n := len(body.Lower())
	for i := 0; i <= n; i += 1 + n/40 {
		for _, j := range []int{i - 1, i, i + 1, i + 5, i + 40, i + n/3, n} {
			j = max(min(j, n), 0)
			sp := body.LowerSpan(i, j)
			if a, b := body.LowerOffsets(i, j); a != sp.Start.Offset || b != sp.End.Offset {
				t.Fatalf("LowerOffsets(%d, %d) of %q = %d, %d; LowerSpan gives %+v", i, j, body.S, a, b, sp)
			}
		}
	}
}

// FuzzFromText feeds the text extractor arbitrary bytes: it must return a
// document or an error, never panic, and every span it gives must lie in the
// source with 1-based lines and columns.
func FuzzFromText(f *testing.F) {
	testfiles.AddSeeds(f, "../testdata/notices/*.txt")
	testfiles.AddSeeds(f, "../testdata/reading/*.txt")
	f.Add([]byte("1. Rekisterinpitäjä\tEsimerkki Oy\n\tKatu 1\nOikeutetun edun peruste\t\n"))
	f.Add([]byte("Tarkoitus\tTiedot\tSäilytysaika\nA\tB\t1 v\n- a\n  b\n1) x\n2) y\nOta yhteyttä\nx\nOta yhteyttä\ny\n"))
	f.Add([]byte("Y-tunnus:\r\nSähköposti: a@b.example\r\n\u00a0\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := FromText("fuzz.txt", data, Options{})
		if err != nil {
			return
		}
		checkPositions(t, doc)
		checkTabsKnown(t, doc.plain)
	})
}

// FuzzFromTextUTF8 holds FromText, which reads a file as UTF-8 before it
// knows it is and checks it as it goes (normalizeInto, readSource), to
// the plain way: the file checked and decoded first (decodeText), then
// read. What readSource tells is what scanUTF8 tells.
func FuzzFromTextUTF8(f *testing.F) {
	testfiles.AddSeeds(f, "../testdata/notices/*.txt")
	for _, s := range []string{
		"Otsikko\n\nTeksti\xe4 t\xe4ss\xe4.\n", "1. Rekisterinpit\xc3\xa4j\xc3\xa4\n\xff\n  \xc3\n", "a\xc3\n\xa4b",
		"Nimi:\t\x80\nOsoite:\tKatu 1\n", "Y-tunnus:\r\n\xed\xa0\x80\r\n", "Etusivu \xe2\x80\xba Tietosuoja\n\nTietosuojaseloste\n\xc3\x28",
		"x\u0308\xc3\n", "A\xe2\x80", "\xc3\xa4\xcc",
		// Bytes no section's text holds as a slice of the source: a
		// heading's second line, which joins it, and contact cards left
		// out at the end.
		"1. Tietojen luovutus ja\nsiirto \xff\n\nTietoja ei luovuteta kenellek\xc3\xa4\xc3\xa4n ulkopuolisille.\n",
		"1. A\n\nTeksti on t\xc3\xa4ss\xc3\xa4 lauseena nyt.\n\n2. B\n\nToinen teksti on t\xc3\xa4ss\xc3\xa4 nyt.\n\n3. C\n\nKolmas teksti on t\xc3\xa4ss\xc3\xa4 nyt.\n\n" +
			"Yhteystiedot\n\nMatti\n\nYhteystiedot\n\nMaija \xff\n",
		// Control bytes: a few, too many, in cards left out, and on either
		// side of the first 8 KiB, which are counted.
		"Otsikko\n\x01\x7f teksti\x1f\n", strings.Repeat("\x01a\n", 50), "\xef\xbb\xbf" + strings.Repeat("\x01a\n", 33) + "\xff",
		"\xef\xbb\xbfOtsikko\n\n\xc3\xa4\n", "Otsikko\n\n\x01 a\u0308 \x02\n", // a text not in NFC (normalizeNFC)
		"1. A\n\nTeksti on t\xc3\xa4ss\xc3\xa4 lauseena nyt.\n\n2. B\n\nToinen teksti on t\xc3\xa4ss\xc3\xa4 nyt.\n\n3. C\n\nKolmas teksti on t\xc3\xa4ss\xc3\xa4 nyt.\n\n" +
			"Yhteystiedot\n\nMatti\n\nYhteystiedot\n\nMaija \x01\n",
		"1. Otsikko\n\n" + strings.Repeat("Teksti on t\xc3\xa4ss\xc3\xa4.\n", 430) + "\x01\x02 \x03\n" + strings.Repeat("x\x04\n", 40),
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		src, ok, err := undecodedUTF8(data, "")
		if err != nil || !ok {
			return
		}
		doc, facts := fromText("fuzz.txt", src, EncUTF8, Options{})
		got, want := readSource(doc, src, facts), scanUTF8(data)
		if got.ok != want.ok || want.ok && got != want || got.controls != controlsInString(src[:min(len(src), binaryWindow)]) {
			t.Fatalf("readSource(%q) = %+v, scanUTF8: %+v", data, got, want)
		}
		plain, perr := fromTextPlain(data)
		doc, err = FromText("fuzz.txt", data, Options{})
		if (err == nil) != (perr == nil) || err != nil && err.Error() != perr.Error() {
			t.Fatalf("FromText(%q): %v, decoded first: %v", data, err, perr)
		}
		if !reflect.DeepEqual(doc, plain) {
			t.Fatalf("FromText(%q) differs from the text decoded first", data)
		}
	})
}

// fromTextPlain is FromText decoding the data before it reads it.
func fromTextPlain(data []byte) (*Document, error) {
	src, enc, err := decodeText(data, "")
	if err != nil {
		return nil, err
	}
	doc, _ := fromText("fuzz.txt", src, enc, Options{})
	return doc, nil
}

// checkTabsKnown holds isTemplate told of a plain text's TABs by a byte
// search over its source (FromText) to isTemplate looking at its lines.
func checkTabsKnown(t *testing.T, src string) {
	t.Helper()
	lines := SplitLines(src)
	known := tabsNone
	if strings.IndexByte(src, '\t') >= 0 {
		known = tabsSome
	}
	template, tabs := isTemplate(lines, known)
	wantTemplate, wantTabs := isTemplate(lines, tabsUnknown)
	if template != wantTemplate || tabs != wantTabs {
		t.Errorf("isTemplate(%q) told of the TABs = %v %v, looking = %v %v", src, template, tabs, wantTemplate, wantTabs)
	}
}

// TestTabsKnown: texts with TABs in each place a line has, and none.
func TestTabsKnown(t *testing.T) {
	for _, src := range []string{"", "x", "\t", "a\tb\nc\td\n", "a\tb\tc\n", "x\n\ty", "a\r\n\tb", "a\r\tb\r", "\n\n", "Nimi\tEsimerkki Oy\nOsoite\tKatu 1\n"} {
		checkTabsKnown(t, src)
	}
}

// FuzzFromHTML: no panic, positions in the source, and the tokenizer's
// tokens cover the page byte for byte (what positions are counted from).
func FuzzFromHTML(f *testing.F) {
	testfiles.AddSeeds(f, "../testdata/formats/*.html")
	testfiles.AddSeeds(f, "../testdata/reading/*.html")
	f.Add(gen.HTML(gen.Sample, gen.Chrome("onetrust")))
	f.Add([]byte("<p>a&amp;b&notin;c &#x1F600; &#99999999;</p><table><tr><td>Label<td><tr><th>X</table><!-- noticelint-disable x -->"))
	f.Add([]byte("<head><title>T</title><p>x\r\ny</p><pre>a\n b</pre><dl><dt>a<dd>b</dl><svg/><math><mi/></math>"))
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00a\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := FromHTML("fuzz.html", data, Options{})
		if err != nil {
			return
		}
		checkPositions(t, doc)
		src, _, err := decodeHTML(data, "")
		if err != nil {
			t.Fatalf("extracted, but decoding alone fails: %v", err)
		}
		z := html.NewTokenizer(strings.NewReader(src))
		n := 0
		for z.Next() != html.ErrorToken {
			raw := string(z.Raw())
			if !strings.HasPrefix(src[n:], raw) {
				t.Fatalf("token %q is not the source at byte %d", raw, n)
			}
			n += len(raw)
		}
		// Only a tag the page leaves unfinished at its end is no token.
		if errors.Is(z.Err(), io.EOF) && n != len(src) && !strings.HasPrefix(src[n:], "<") {
			t.Fatalf("tokens cover %d bytes of %d, leaving %q", n, len(src), src[n:])
		}
	})
}

func FuzzFromMarkdown(f *testing.F) {
	testfiles.AddSeeds(f, "../testdata/formats/*.md")
	testfiles.AddSeeds(f, "../testdata/reading/*.md")
	f.Add([]byte("+++\ntitle = \"x\"\n+++\n::A\n---\np: 1\n---\n::\n:::note\nx{: .y}\n:::\n# a\n# b {#c}\n**d**\ne\n"))
	f.Add([]byte("---\ntitle: x\n---\n# T\n\n**B**\n\n| a | b |\n|---|---|\n| c | |\n\n<div>\n<p>x</p>\n</div>\n\n- a\\<p\\>&amp;\n  b  \n<!-- noticelint-disable-next-line -->\n`c&lt;`\n"))
	f.Add([]byte("Setext\n===\n\n> quote <https://a.example> <b@c.example>\n\n    code\n\n![img](x.png)\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := FromMarkdown("fuzz.md", data, Options{})
		if err != nil {
			return
		}
		checkPositions(t, doc)
	})
}

// FuzzFromPDF: damaged and hostile PDFs give an error or a document, in
// bounded time, never a panic.
func FuzzFromPDF(f *testing.F) {
	testfiles.AddSeeds(f, "../testdata/formats/notice-winansi.pdf")
	testfiles.AddSeeds(f, "../testdata/formats/template-table.pdf")
	for _, blocks := range []([]gen.Block){gen.Wrapped, gen.Tables} {
		if data, err := gen.PDFWith(blocks, gen.PDFStyle{Justify: true, Bullet: "-"}); err == nil {
			f.Add(data)
		}
	}
	f.Add(gen.LoopingPDF())
	f.Add(gen.CyclicXrefPDF())
	f.Add(gen.ObjectStreamLoopPDF(true))
	f.Add(gen.RawPDF([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		"<< /Length 61 >>\nstream\nBT /F1 12 Tf 1 0 0 1 72 720 Tm [(Tieto) -250 (suoja)] TJ T* (x) ' ET\nendstream",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
	}))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := FromPDF("fuzz.pdf", data, Options{Timeout: 2 * time.Second})
		if err != nil {
			return
		}
		checkPositions(t, doc)
		if doc.Quality < 0 || doc.Quality > 1 {
			t.Fatalf("quality %v", doc.Quality)
		}
	})
}

// FuzzPDFStructure: the check that runs before the PDF library reads a
// file ends, without a panic, on any bytes.
func FuzzPDFStructure(f *testing.F) {
	testfiles.AddSeeds(f, "../testdata/formats/*.pdf")
	for _, data := range [][]byte{
		gen.CyclicXrefPDF(), gen.XrefNumberBombPDF(), gen.HexTailPDF(),
		gen.ObjectStreamLoopPDF(true), gen.ObjectStreamLoopPDF(false),
	} {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		_ = checkPDFStructure(data, nil)
		_ = endsInHexString(data)
	})
}

func FuzzFromDOCX(f *testing.F) {
	testfiles.AddSeeds(f, "../testdata/formats/*.docx")
	if data, err := gen.DOCX(gen.Tables); err == nil {
		f.Add(data)
	}
	if data, err := gen.Package(map[string]string{"word/document.xml": `<w:document xmlns:w="w"><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>Label</w:t></w:r></w:p></w:tc><w:tc/></w:tr></w:tbl><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>Otsikko</w:t><w:br/><w:t>rivi</w:t></w:r></w:p></w:body></w:document>`}); err == nil {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := FromDOCX("fuzz.docx", data, Options{})
		if err != nil {
			return
		}
		checkPositions(t, doc)
	})
}
