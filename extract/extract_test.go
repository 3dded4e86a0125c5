package extract

import (
	"os"
	"slices"
	"testing"
)

// TestExtractSniffs reads a file without a known extension (standard
// input, say) in the format its content shows.
func TestExtractSniffs(t *testing.T) {
	for name, want := range map[string]string{
		"notice-winansi.pdf": FormatPDF, "notice.docx": FormatDOCX, "notice.html": FormatHTML,
		"webpage.html": FormatHTML, "notice.txt": FormatText, "notice.md": FormatText,
	} {
		data, err := os.ReadFile("../testdata/formats/" + name)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Extract("-", data, Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if doc.Format != want {
			t.Errorf("%s read as %s, want %s", name, doc.Format, want)
		}
	}
	if got, want := Extensions(), []string{".docx", ".htm", ".html", ".markdown", ".md", ".pdf", ".text", ".txt"}; !slices.Equal(got, want) {
		t.Errorf("extensions %q, want %q", got, want)
	}
}
