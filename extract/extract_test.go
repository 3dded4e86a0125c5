package extract

import (
	"os"
	"slices"
	"strings"
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

// TestTextSourceLine quotes a plain text's lines as SplitLines cuts them,
// whatever ends them, a line longer than a segment included.
func TestTextSourceLine(t *testing.T) {
	long := strings.Repeat("ä", 700)
	for _, src := range []string{"a", "a\n", "a\n\n", "a\n\r", "x\r\r", "a\nb\n\nc", "a\r\nb\r\n", "a\rb\r\nc\nd", long + "\n" + long + "x\r\ny"} {
		doc, err := FromText("t.txt", []byte(src), Options{})
		if err != nil {
			t.Fatal(err)
		}
		lines := SplitLines(src)
		if doc.lineCount() != len(lines) {
			t.Errorf("%q: %d lines, want %d", src, doc.lineCount(), len(lines))
		}
		for n := -1; n <= len(lines)+1; n++ {
			want := ""
			if n >= 1 && n <= len(lines) {
				want = lines[n-1].Text.S
			}
			if got := doc.SourceLine(n); got != want {
				t.Errorf("%q: line %d %q, want %q", src, n, got, want)
			}
		}
	}
}
