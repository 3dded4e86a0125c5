package input

import (
	"bytes"
	"path/filepath"
	"strings"

	"github.com/noticelint/noticelint/extract"
)

// sniffSize is how much of an input is read before the rest: the window
// of the extractors' binary check.
const sniffSize = 8 << 10

// sniffBinary refuses, from an input's first block, an input its
// extractor would refuse as binary once read whole: a text notice (plain
// text, a web page or Markdown, by its extension, else by its content)
// with a NUL byte or many control bytes there. A 2 GiB file of zeros is
// then refused after 8 KiB, not after reading 2 GiB into memory. It runs
// the extractors' own check (extract.CheckBinary), and leaves alone what
// they read otherwise: PDF and Word files, and text with a byte order mark
// (UTF-16 holds NUL bytes).
func sniffBinary(path string, head []byte) error {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".pdf", ".docx":
		return nil
	case ".txt", ".text", ".html", ".htm", ".md", ".markdown":
	default: // the content tells the format
		if bytes.HasPrefix(head, []byte("%PDF-")) || bytes.HasPrefix(head, []byte("PK\x03\x04")) {
			return nil
		}
	}
	for _, bom := range []string{"\xEF\xBB\xBF", "\xFF\xFE", "\xFE\xFF"} {
		if bytes.HasPrefix(head, []byte(bom)) {
			return nil
		}
	}
	return extract.CheckBinary(head)
}
