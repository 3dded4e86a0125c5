package extract

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"github.com/noticelint/noticelint/internal/gen"
)

// TestPDFReadsTheNotice holds both PDF renditions of the notice to the
// outline of its plain-text rendition, with every position on a page and
// a row.
func TestPDFReadsTheNotice(t *testing.T) {
	text, err := FromText("notice.txt", gen.Text(gen.Sample), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"notice-winansi.pdf", "notice-identity-h.pdf"} {
		t.Run(name, func(t *testing.T) {
			doc := extractFile(t, name)
			if got, want := strings.Join(headings(doc), "|"), strings.Join(headings(text), "|"); got != want {
				t.Errorf("outline\n%s\nwant\n%s", got, want)
			}
			if doc.Quality != 1 {
				t.Errorf("quality %v %q", doc.Quality, doc.QualityNote)
			}
			// Spaces put back from gaps, letters decoded, nothing glued.
			for _, want := range []string{"henkilötietolain (523/1999) ja EU:n", "Esimerkkikatu 1, 00100 Helsinki", "• (Muuta?)", "puhelinnumero.<p></p>"} {
				if !strings.Contains(allText(doc), want) {
					t.Errorf("%q not in the text:\n%s", want, allText(doc))
				}
			}
			p := sourceAt(t, doc, "henkilötietolain")
			if p.Page != 1 || p.Line != 4 || p.Column != 29 || !strings.HasPrefix(doc.SourceLine(p.Line), "Käsittelemme henkilötietoja") {
				t.Errorf("henkilötietolain at page %d %d:%d of %q", p.Page, p.Line, p.Column, doc.SourceLine(p.Line))
			}
			for _, s := range doc.Sections {
				for _, txt := range []Text{s.Heading, s.Body} {
					if txt.Len() > 0 && (txt.Span().Start.Page < 1 || txt.Span().Start.Line > doc.lineCount()) {
						t.Errorf("%q at %+v", txt.S, txt.Span().Start)
					}
				}
			}
		})
	}
}

func TestPDFTwoColumnTable(t *testing.T) {
	doc := extractFile(t, "template-table.pdf")
	var rows []string
	for _, s := range doc.Sections {
		if s.Kind == KindRow {
			rows = append(rows, s.Heading.S+" = "+strings.ReplaceAll(s.Body.S, "\n", " / "))
		}
	}
	want := []string{
		"Rekisterinpitäjä = Esimerkki Tilitoimisto Oy / Mallitie 2, 33100 Tampere",
		"Yhteyshenkilö = Kalle Esimerkki, kalle@tilitoimisto.example",
		"Rekisterin nimi = Asiakasrekisteri",
		"Käsittelyn tarkoitus = Asiakassuhteen hoitaminen ja laskutus.",
		"Oikeutetun edun peruste = ",
		"Tietosisältö = Nimi, yritys, sähköpostiosoite ja puhelinnumero.",
		"Tietolähteet = Asiakas itse.",
		"Säilytysaika = Kuusi vuotta asiakassuhteen päättymisestä.",
		"Oikeudet = Rekisteröidyllä on oikeus tarkastaa tietonsa ja oikeus tehdä valitus / valvontaviranomaiselle.",
	}
	if strings.Join(rows, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows\n%s\nwant\n%s", strings.Join(rows, "\n"), strings.Join(want, "\n"))
	}
	// The value cell's position is on its row, after the label.
	v := doc.Sections[2].Body
	if p := v.PositionAt(0); p.Column <= len("Yhteyshenkilö") || doc.SourceLine(p.Line) != "Yhteyshenkilö\tKalle Esimerkki, kalle@tilitoimisto.example" {
		t.Errorf("value at %+v of %q", p, doc.SourceLine(p.Line))
	}
}

// TestPDFPages reads a notice over three pages with running headers and
// page numbers: positions carry their page, page numbers are no text, a
// sentence broken by a page break goes on.
func TestPDFPages(t *testing.T) {
	f := fpdf.New("P", "mm", "A4", "")
	tr := f.UnicodeTranslatorFromDescriptor("")
	f.SetHeaderFunc(func() {
		f.SetFont("Helvetica", "", 9)
		f.CellFormat(0, 8, fmt.Sprintf("%d", f.PageNo()), "", 1, "R", false, 0, "")
	})
	f.SetFooterFunc(func() {
		f.SetY(-15)
		f.SetFont("Helvetica", "", 9)
		f.CellFormat(0, 10, fmt.Sprintf("Sivu %d/3", f.PageNo()), "", 0, "C", false, 0, "")
	})
	for page := 1; page <= 3; page++ {
		f.AddPage()
		if page == 3 {
			f.SetFont("Helvetica", "", 11)
			f.CellFormat(0, 5.5, tr("asiakassuhteen päättymisen jälkeen."), "", 1, "L", false, 0, "")
			f.Ln(4)
		}
		f.SetFont("Helvetica", "B", 12)
		f.CellFormat(0, 6, fmt.Sprintf("%d. Kohta", page), "", 1, "L", false, 0, "")
		f.SetFont("Helvetica", "", 11)
		f.MultiCell(0, 5.5, tr("Tietoja käsitellään asiakassuhteen hoitamiseksi."), "", "L", false)
		if page == 2 {
			f.SetY(265)
			f.CellFormat(0, 5.5, tr("Tiedot säilytetään kolme vuotta"), "", 1, "L", false, 0, "")
		}
	}
	var b strings.Builder
	if err := f.Output(&b); err != nil {
		t.Fatal(err)
	}
	doc, err := FromPDF("pages.pdf", []byte(b.String()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := allText(doc)
	if strings.Contains(text, "Sivu") || strings.Contains(text, "\n2\n") {
		t.Errorf("page numbers read as text:\n%s", text)
	}
	for page := 1; page <= 3; page++ {
		if p := sourceAt(t, doc, fmt.Sprintf("%d. Kohta", page)); p.Page != page {
			t.Errorf("heading %d on page %d", page, p.Page)
		}
	}
	if !strings.Contains(text, "kolme vuotta\nasiakassuhteen päättymisen") {
		t.Errorf("a sentence broken by a page break is broken:\n%s", text)
	}
}

// TestPDFHostile feeds the PDF extractor what it meets in the wild: each
// file ends in a clear error or in a document whose poor quality says why,
// quickly and without a panic.
func TestPDFHostile(t *testing.T) {
	notice, err := gen.PDF(gen.Sample, gen.CoreFont)
	if err != nil {
		t.Fatal(err)
	}
	imageOnly, err := gen.ImageOnlyPDF()
	if err != nil {
		t.Fatal(err)
	}
	locked, err := gen.EncryptedPDF("salasana")
	if err != nil {
		t.Fatal(err)
	}
	ownerOnly, err := gen.EncryptedPDF("")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data []byte
		err  string // the error must say this; "" for a poor document
		note string // or the quality note must
	}{
		{"image only", imageOnly, "", "1 of 1 pages hold only images"},
		{"password", locked, "encrypted with a password", ""},
		{"owner password only", ownerOnly, "encrypted and its text could not be decrypted", ""},
		{"truncated early", gen.Truncated(notice, 600), "truncated or damaged PDF", ""},
		{"truncated late", gen.Truncated(notice, len(notice)-20), "truncated or damaged PDF", ""},
		{"content bomb", gen.ContentBombPDF(100 << 20), "", "decompresses to more than 4 MiB"},
		{"looping page tree", gen.LoopingPDF(), "", "could not be decoded"},
		{"not a pdf", []byte("<html>Tietosuojaseloste</html>"), "not a PDF file", ""},
		{"empty", nil, "not a PDF file", ""},
		{"header only", []byte("%PDF-1.7\n"), "damaged PDF", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			start := time.Now()
			doc, err := FromPDF(tt.name+".pdf", tt.data, Options{})
			elapsed := time.Since(start)
			runtime.ReadMemStats(&after)
			switch {
			case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
				t.Errorf("error %v, want one saying %q", err, tt.err)
			case tt.err == "" && err != nil:
				t.Errorf("error %v, want a document of poor quality", err)
			case tt.err == "" && (!doc.Unreadable() || !strings.Contains(doc.QualityNote, tt.note)):
				t.Errorf("quality %.2f %q, want unreadable: %q", doc.Quality, doc.QualityNote, tt.note)
			case tt.err == "" && doc.QualityAt.Page == 0 && tt.name != "looping page tree":
				t.Errorf("the problem's page is not given: %+v", doc.QualityAt)
			}
			if elapsed > 5*time.Second {
				t.Errorf("took %s", elapsed)
			}
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 200<<20 {
				t.Errorf("allocated %d MiB", alloc>>20)
			}
		})
	}
}

// TestPDFTimeLimit proves the limit on time holds: a page of a million
// operators stops at the deadline with an error that says so.
func TestPDFTimeLimit(t *testing.T) {
	ops := strings.Repeat("q\nQ\n", 500_000)
	data := noticegenRawPage(ops)
	start := time.Now()
	_, err := FromPDF("slow.pdf", data, Options{Timeout: time.Millisecond})
	if err == nil || !strings.Contains(err.Error(), "took longer than 1ms") {
		t.Errorf("error %v, want the time limit", err)
	}
	if elapsed := time.Since(start); elapsed > 3*time.Second {
		t.Errorf("stopped after %s", elapsed)
	}
	if _, err := FromPDF("slow.pdf", data, Options{}); err != nil {
		t.Errorf("without the tight limit: %v", err)
	}
}

// noticegenRawPage is a one-page PDF with the given content stream.
func noticegenRawPage(content string) []byte {
	return gen.RawPDF([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
	})
}
