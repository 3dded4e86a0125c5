package gen

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"compress/zlib"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"strings"

	"codeberg.org/go-pdf/fpdf"
)

// The hostile files: what a linter meets in the wild or from an attacker.
// Large ones are made when a test runs, never committed.

// ImageOnlyPDF is a scanned notice: a page holding one picture and no text.
func ImageOnlyPDF() ([]byte, error) {
	img := image.NewGray(image.Rect(0, 0, 400, 560))
	for y := 0; y < 560; y++ {
		for x := 0; x < 400; x++ {
			c := uint8(255)
			if y%24 < 10 && x > 40 && x < 360-(y*7)%120 {
				c = 40 // lines of "text"
			}
			img.SetGray(x, y, color.Gray{Y: c})
		}
	}
	var pngData bytes.Buffer
	if err := png.Encode(&pngData, img); err != nil {
		return nil, err
	}
	w := newPDF(CoreFont)
	w.RegisterImageOptionsReader("scan", fpdf.ImageOptions{ImageType: "PNG"}, &pngData)
	w.ImageOptions("scan", 20, 20, 170, 0, false, fpdf.ImageOptions{ImageType: "PNG"}, 0, "")
	return w.bytes()
}

// EncryptedPDF is the notice encrypted (RC4, as fpdf does) with a user
// password: "" opens without one, as many "protected" PDFs do.
func EncryptedPDF(userPassword string) ([]byte, error) {
	w := newPDF(CoreFont)
	w.SetProtection(fpdf.CnProtectPrint, userPassword, "omistaja-salasana")
	w.SetFont(w.family, "B", 16)
	w.CellFormat(0, 9, "Tietosuojaseloste", "", 1, "L", false, 0, "")
	w.SetFont(w.family, "", 11)
	w.MultiCell(0, 5.5, w.tr("Rekisterinpitäjä on Esimerkki Verkkokauppa Oy. Sinulla on oikeus tehdä valitus valvontaviranomaiselle."), "", "L", false)
	return w.bytes()
}

// Truncated cuts a file after keep bytes, as an interrupted download does.
func Truncated(data []byte, keep int) []byte {
	return append([]byte(nil), data[:min(keep, len(data))]...)
}

// RawPDF writes a PDF from its objects (1-based, in order) with a correct
// cross-reference table, for files fpdf will not make.
func RawPDF(objects []string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objects))
	for i, o := range objects {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objects)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objects)+1, xref)
	return b.Bytes()
}

func deflated(data []byte) string {
	var b bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&b, zlib.BestCompression)
	_, _ = zw.Write(data)
	_ = zw.Close()
	return b.String()
}

// ContentBombPDF has a page whose content stream is small in the file and
// inflates to size bytes of operands that never meet an operator.
func ContentBombPDF(size int) []byte {
	content := deflated(bytes.Repeat([]byte("0 "), size/2))
	return RawPDF([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
		fmt.Sprintf("<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream", len(content), content),
	})
}

// LoopingPDF has a page tree that holds itself and a page whose Parent
// chain loops, which a naive reader follows for ever.
func LoopingPDF() []byte {
	content := "BT /F1 12 Tf 72 720 Td (Tietosuojaseloste) Tj ET"
	return RawPDF([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [2 0 R 3 0 R 2 0 R] /Count 2 /Parent 2 0 R >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
	})
}

// hostilePage is a one-page PDF's objects, numbered from 1: the catalog,
// the page tree, the page and its content, which shows "Tietosuojaseloste".
func hostilePage(content string) []string {
	return []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
	}
}

const hostileContent = "BT /F1 12 Tf 72 720 Td (Tietosuojaseloste) Tj ET"

// CyclicXrefPDF is a one-page PDF whose cross-reference table names itself
// as the table before it (/Prev): a reader that follows /Prev goes round
// for ever.
func CyclicXrefPDF() []byte {
	data := RawPDF(hostilePage(hostileContent))
	xref := bytes.LastIndex(data, []byte("xref\n0 "))
	return bytes.Replace(data, []byte("/Root 1 0 R >>"), fmt.Appendf(nil, "/Root 1 0 R /Prev %d >>", xref), 1)
}

// XrefNumberBombPDF is a one-page PDF whose cross-reference table has a
// subsection for object 4,000,000,000: a reader that keeps a slot for
// every number up to the highest asks for 160 GB.
func XrefNumberBombPDF() []byte {
	data := RawPDF(hostilePage(hostileContent))
	return bytes.Replace(data, []byte("trailer\n"), []byte("4000000000 1\n0000000009 00000 n \ntrailer\n"), 1)
}

// ObjectStreamLoopPDF is a one-page PDF with a cross-reference stream: with
// extends set, its page tree is in an object stream that /Extends itself;
// without, in an object stream the cross-reference data says is stored in
// itself. A reader that follows either loops for ever.
func ObjectStreamLoopPDF(extends bool) []byte {
	objects := hostilePage(hostileContent)
	tree := objects[1]
	objects[1] = "null" // object 2 is in object stream 5
	held := "2 0 " + tree
	objects = append(objects, fmt.Sprintf("<< /Type /ObjStm /N 1 /First 4 /Extends 5 0 R /Length %d >>\nstream\n%s\nendstream", len(held), held))
	entries := map[int][2]int{2: {2, 5}}
	if !extends {
		entries[5] = [2]int{2, 5}
	}
	return rawXrefStreamPDF(objects, entries)
}

// HexTailPDF is a one-page PDF whose content stream ends inside a hex
// string ("<4142" and no ">"): a lexer that waits for the string's end
// waits for ever.
func HexTailPDF() []byte {
	return RawPDF(hostilePage("BT /F1 12 Tf 72 720 Td <5469657473"))
}

// rawXrefStreamPDF writes a PDF from its objects (1-based, in order) with a
// cross-reference stream (/W [1 4 2], deflated) in place of a table;
// entries sets the type and second field of an object's entry ({2, n}: in
// object stream n).
func rawXrefStreamPDF(objects []string, entries map[int][2]int) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.5\n")
	offsets := make([]int, len(objects)+2)
	for i, o := range objects {
		offsets[i+1] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	self := len(objects) + 1
	offsets[self] = b.Len()
	var rows []byte
	for n := range self + 1 {
		kind, field := 1, offsets[n]
		if n == 0 {
			kind, field = 0, 0
		}
		if e, ok := entries[n]; ok {
			kind, field = e[0], e[1]
		}
		rows = append(rows, byte(kind), byte(field>>24), byte(field>>16), byte(field>>8), byte(field), 0, 0)
	}
	data := deflated(rows)
	fmt.Fprintf(&b, "%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Root 1 0 R /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream\nendobj\n", self, self+1, len(data), data)
	fmt.Fprintf(&b, "startxref\n%d\n%%%%EOF\n", offsets[self])
	return b.Bytes()
}

// ZipBombDOCX is a Word document whose document.xml inflates to size bytes
// (a million paragraphs of nothing) from a few hundred kilobytes; with
// lie set, the archive claims it inflates to 1 KiB.
func ZipBombDOCX(size int, lie bool) ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	head := `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`
	para := "<w:p><w:r><w:t>                                                            </w:t></w:r></w:p>"
	var body bytes.Buffer
	body.WriteString(head)
	for body.Len() < size {
		body.WriteString(para)
	}
	body.WriteString("</w:body></w:document>")
	if !lie {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate, Modified: fixedDate})
		if err != nil {
			return nil, err
		}
		if _, err := fw.Write(body.Bytes()); err != nil {
			return nil, err
		}
		err = zw.Close()
		return buf.Bytes(), err
	}
	var comp bytes.Buffer
	fl, _ := flate.NewWriter(&comp, flate.BestCompression)
	_, _ = io.Copy(fl, &body)
	_ = fl.Close()
	fw, err := zw.CreateRaw(&zip.FileHeader{
		Name: "word/document.xml", Method: zip.Deflate, Modified: fixedDate,
		CompressedSize64: uint64(comp.Len()), UncompressedSize64: 1024,
	})
	if err != nil {
		return nil, err
	}
	if _, err := fw.Write(comp.Bytes()); err != nil {
		return nil, err
	}
	err = zw.Close()
	return buf.Bytes(), err
}

// DeepHTML nests a notice's text depth elements deep.
func DeepHTML(depth int) []byte {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><body>\n")
	b.WriteString(strings.Repeat("<div>", depth))
	b.WriteString("<h1>Tietosuojaseloste</h1><p>Henkilötietolain (523/1999) mukainen rekisteriseloste.</p>")
	b.WriteString(strings.Repeat("</div>", depth))
	b.WriteString("\n</body></html>\n")
	return []byte(b.String())
}

// LargeHTML is a web page of about size bytes: the notice's text again and
// again.
func LargeHTML(size int) []byte {
	var b bytes.Buffer
	b.Grow(size + 4096)
	b.WriteString("<!DOCTYPE html><html><body><main>\n")
	for b.Len() < size {
		for _, bl := range Sample {
			if bl.Kind == Paragraph {
				b.WriteString("<p>" + strings.ReplaceAll(bl.Text, "<", "&lt;") + "</p>\n")
			}
		}
	}
	b.WriteString("</main></body></html>\n")
	return b.Bytes()
}
