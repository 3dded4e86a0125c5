package input

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func TestSniffFormat(t *testing.T) {
	docx, err := os.ReadFile(filepath.Join("..", "..", "testdata", "formats", "notice.docx"))
	if err != nil {
		t.Fatal(err)
	}
	var other bytes.Buffer // a zip archive that is not a Word document
	zw := zip.NewWriter(&other)
	if w, err := zw.Create("kuvat/logo.txt"); err == nil {
		_, _ = w.Write([]byte("logo"))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	for name, tc := range map[string]struct {
		body []byte
		want string
	}{
		"pdf":          {[]byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), "pdf"},
		"docx":         {docx, "docx"},
		"other zip":    {other.Bytes(), ""},
		"damaged zip":  {[]byte("PK\x03\x04 not really"), ""},
		"html":         {[]byte("<!doctype html><p>%PDF-"), ""},
		"empty":        {nil, ""},
		"pdf in words": {[]byte(" %PDF-1.4"), ""},
	} {
		if got := SniffFormat(tc.body); got != tc.want {
			t.Errorf("%s: %q, want %q", name, got, tc.want)
		}
	}
}
