package input

import (
	"archive/zip"
	"bytes"
	"mime"
	"strings"

	"github.com/noticelint/noticelint/extract"
)

// CharsetOf gives the charset parameter of a MIME type (an HTTP
// Content-Type), "" when it names none.
func CharsetOf(contentType string) string {
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	return params["charset"]
}

// FormatOf gives the notice format of a MIME type (an HTTP Content-Type),
// or "" when it is not one noticelint reads.
func FormatOf(contentType string) string {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.Split(contentType, ";")[0]))
	}
	switch mt {
	case "text/html", "application/xhtml+xml":
		return extract.FormatHTML
	case "application/pdf", "application/x-pdf":
		return extract.FormatPDF
	case "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
		return extract.FormatDOCX
	case "text/markdown", "text/x-markdown":
		return extract.FormatMarkdown
	case "text/plain":
		return extract.FormatText
	}
	return ""
}

// SniffFormat gives the format a body's first bytes show beyond doubt,
// whatever its Content-Type says: a PDF (%PDF-) or a Word document (a zip
// archive holding word/document.xml); "" otherwise. Servers label PDFs
// text/html or application/octet-stream often enough.
func SniffFormat(body []byte) string {
	switch {
	case bytes.HasPrefix(body, []byte("%PDF-")):
		return extract.FormatPDF
	case bytes.HasPrefix(body, []byte("PK\x03\x04")):
		zr, err := zip.NewReader(bytes.NewReader(body), int64(len(body)))
		if err != nil {
			return ""
		}
		for _, f := range zr.File {
			if f.Name == "word/document.xml" {
				return extract.FormatDOCX
			}
		}
	}
	return ""
}
