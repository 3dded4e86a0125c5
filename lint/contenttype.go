package lint

import (
	"mime"
	"strings"

	"github.com/noticelint/noticelint/extract"
)

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
