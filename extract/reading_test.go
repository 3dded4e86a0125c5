package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReading holds each fixture in testdata/reading to the sections a
// person reading the rendered page would name: its outline
// (outline(): "line kind level heading", "[empty]" for a section with no
// body) must equal the fixture's .outline file, written by hand from the
// rendered page. The fixtures are fictional and reproduce the structures
// real notices were misread by (testdata/reading/README.md).
func TestReading(t *testing.T) {
	outlines, err := filepath.Glob("../testdata/reading/*.outline")
	if err != nil || len(outlines) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, o := range outlines {
		name := strings.TrimSuffix(filepath.Base(o), ".outline")
		t.Run(name, func(t *testing.T) {
			want, err := os.ReadFile(o)
			if err != nil {
				t.Fatal(err)
			}
			raw, err := os.ReadFile(filepath.Join("../testdata/reading", name))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := Extract(name, raw, Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkOutline(t, doc, strings.TrimSpace(string(want)))
		})
	}
}

func checkOutline(t *testing.T, doc *Document, want string) {
	t.Helper()
	if got := strings.Join(outline(doc), "\n"); got != want {
		t.Errorf("outline:\n%s\nwant:\n%s", got, want)
	}
}
