package gen

import (
	"bytes"
	"time"

	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
)

// Font choices for PDF.
const (
	CoreFont = "core" // Helvetica, WinAnsiEncoding, no font embedded
	UTF8Font = "utf8" // the Go font embedded as TrueType, Identity-H with a ToUnicode map
)

// fixedDate keeps the PDFs the same from run to run.
var fixedDate = time.Date(2026, time.January, 15, 12, 0, 0, 0, time.UTC)

// pdfWriter is an fpdf document with the notice's styles.
type pdfWriter struct {
	*fpdf.Fpdf
	family string
	tr     func(string) string
}

func newPDF(font string) *pdfWriter {
	f := fpdf.New("P", "mm", "A4", "")
	f.SetCreationDate(fixedDate)
	f.SetModificationDate(fixedDate)
	f.SetCatalogSort(true)
	f.SetMargins(20, 20, 20)
	w := &pdfWriter{Fpdf: f, family: "Helvetica", tr: f.UnicodeTranslatorFromDescriptor("")}
	if font == UTF8Font {
		f.AddUTF8FontFromBytes("Go", "", goregular.TTF)
		f.AddUTF8FontFromBytes("Go", "B", gobold.TTF)
		w.family, w.tr = "Go", func(s string) string { return s }
	}
	f.AddPage()
	return w
}

func (w *pdfWriter) bytes() ([]byte, error) {
	var b bytes.Buffer
	err := w.Output(&b)
	return b.Bytes(), err
}

// PDF renders a notice as an A4 PDF: a 16 pt bold title, 12 pt bold
// headings, 11 pt text, paragraphs wrapped to the page (PDFWith's plain
// style).
func PDF(blocks []Block, font string) ([]byte, error) {
	return PDFWith(blocks, PDFStyle{Font: font})
}

// TableRow is a row of the 2018 template: a label and its value.
type TableRow struct{ Label, Value string }

// TemplateTable is a notice in the 2018 template's table, one field a row;
// an empty value is an unfilled field, a value with "\n" goes on over
// several lines of its cell.
var TemplateTable = []TableRow{
	{"Rekisterinpitäjä", "Esimerkki Tilitoimisto Oy\nMallitie 2, 33100 Tampere"},
	{"Yhteyshenkilö", "Kalle Esimerkki, kalle@tilitoimisto.example"},
	{"Rekisterin nimi", "Asiakasrekisteri"},
	{"Käsittelyn tarkoitus", "Asiakassuhteen hoitaminen ja laskutus."},
	{"Oikeutetun edun peruste", ""},
	{"Tietosisältö", "Nimi, yritys, sähköpostiosoite ja puhelinnumero."},
	{"Tietolähteet", "Asiakas itse."},
	{"Säilytysaika", "Kuusi vuotta asiakassuhteen päättymisestä."},
	{"Oikeudet", "Rekisteröidyllä on oikeus tarkastaa tietonsa ja oikeus tehdä valitus valvontaviranomaiselle."},
}

// TablePDF renders a template table as a PDF of two bordered columns:
// labels on the left, values on the right.
func TablePDF(title string, rows []TableRow, font string) ([]byte, error) {
	w := newPDF(font)
	w.SetFont(w.family, "B", 16)
	w.CellFormat(0, 10, w.tr(title), "", 1, "L", false, 0, "")
	w.Ln(4)
	for _, r := range rows {
		w.SetFont(w.family, "B", 10)
		x, y := w.GetXY()
		lines := w.SplitText(w.tr(r.Value), 110)
		if len(lines) == 0 {
			lines = []string{""}
		}
		h := 6.5 * float64(len(lines))
		w.Rect(x, y, 55, h, "D")
		w.Rect(x+55, y, 115, h, "D")
		w.CellFormat(55, 6.5, w.tr(r.Label), "", 0, "L", false, 0, "")
		w.SetFont(w.family, "", 10)
		w.SetXY(x+55, y)
		w.MultiCell(115, 6.5, w.tr(r.Value), "", "L", false)
		w.SetXY(x, y+h)
	}
	return w.bytes()
}
