package rules

import (
	"bytes"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/extract"
	"github.com/noticelint/noticelint/internal/gen"
)

// TestFormatInvariance lints the same notice as plain text, HTML,
// Markdown, PDF (WinAnsi core font and Identity-H TrueType) and Word, and
// wants the same rule ids and counts from each: the notice's seven defects,
// nothing more. The renditions are the committed files in testdata/formats.
func TestFormatInvariance(t *testing.T) {
	engine := NewEngine(loadPack(t), Options{Now: sampleClock})
	for _, name := range []string{"notice.txt", "notice.html", "notice.md", "notice-winansi.pdf", "notice-identity-h.pdf", "notice.docx"} {
		t.Run(name, func(t *testing.T) {
			doc := extractFixture(t, "../testdata/formats", name)
			got := map[string]int{}
			for _, f := range engine.Check(doc) {
				got[f.Rule]++
				if f.Suppressed != nil {
					t.Errorf("%s suppressed", f.Rule)
				}
			}
			if !maps.Equal(got, gen.SampleFindings) {
				t.Errorf("findings by rule %v\nwant %v", got, gen.SampleFindings)
			}
			if doc.Lang != "fi" {
				t.Errorf("language %q", doc.Lang)
			}
		})
	}
}

// TestFormatFixturesUpToDate holds the committed renditions to the
// generator, so that they cannot drift apart from the notice the tests
// expect (go generate ./internal/gen rewrites them).
func TestFormatFixturesUpToDate(t *testing.T) {
	files, err := gen.Fixtures()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range slices.Sorted(maps.Keys(files)) {
		committed, err := os.ReadFile(filepath.Join("../testdata/formats", name))
		if err != nil {
			t.Errorf("%s: %v (go generate ./internal/gen)", name, err)
			continue
		}
		if !bytes.Equal(committed, files[name]) {
			t.Errorf("testdata/formats/%s differs from what internal/gen makes: run go generate ./internal/gen", name)
		}
	}
}

// TestUnreadableNoticeFloodsNothing: a scanned PDF gets extraction-quality,
// not a missing-* finding for every statement that was not read.
func TestUnreadableNoticeFloodsNothing(t *testing.T) {
	scan, err := gen.ImageOnlyPDF()
	if err != nil {
		t.Fatal(err)
	}
	pages := map[string][]byte{"scan.pdf": scan, "scan.html": []byte(`<main><img src="seloste.png"></main>`)}
	engine := NewEngine(loadPack(t), Options{Now: sampleClock})
	for name, data := range pages {
		doc, err := extract.Extract(name, data, extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		fs := engine.Check(doc)
		if len(fs) != 1 || fs[0].Rule != "extraction-quality" || fs[0].Severity != Error {
			t.Fatalf("%s: %s, want one extraction-quality error", name, describe(fs))
		}
		if !strings.Contains(fs[0].Message, "only images") && !strings.Contains(fs[0].Message, "only 1 image") {
			t.Errorf("%s: message %q does not say why", name, fs[0].Message)
		}
		if strings.HasSuffix(name, ".pdf") && fs[0].Location.Page != 1 {
			t.Errorf("%s: finding on page %d, want 1", name, fs[0].Location.Page)
		}
	}
}
