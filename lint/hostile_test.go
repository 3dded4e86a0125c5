package lint

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/noticelint/noticelint/internal/gen"
	"github.com/noticelint/noticelint/result"
)

// TestHostileFiles lints a directory of files made to break a linter. Each
// must end in a clear error naming the reason, or in an extraction-quality
// finding and no missing-* finding; none may panic, hang or take memory
// beyond its bounds.
func TestHostileFiles(t *testing.T) {
	notice, err := gen.PDF(gen.Sample, gen.CoreFont)
	if err != nil {
		t.Fatal(err)
	}
	scan, err := gen.ImageOnlyPDF()
	if err != nil {
		t.Fatal(err)
	}
	locked, err := gen.EncryptedPDF("salasana")
	if err != nil {
		t.Fatal(err)
	}
	bomb, err := gen.ZipBombDOCX(80<<20, false)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	files := map[string][]byte{
		"truncated.pdf":   gen.Truncated(notice, len(notice)/2),
		"encrypted.pdf":   locked,
		"scan.pdf":        scan,
		"zipbomb.docx":    bomb,
		"deep.html":       gen.DeepHTML(100_000),
		"large.html":      gen.LargeHTML(60 << 20),
		"renamed.pdf":     []byte("Tietosuojaseloste\nTämä ei ole PDF.\n"),
		"contentbomb.pdf": gen.ContentBombPDF(64 << 20),
	}
	want := map[string]string{ // the error's reason, or "quality" for an extraction-quality finding
		"truncated.pdf":   "truncated or damaged PDF",
		"encrypted.pdf":   "encrypted with a password",
		"scan.pdf":        "quality",
		"zipbomb.docx":    "zip bomb",
		"deep.html":       "", // read: the text at the bottom is linted
		"large.html":      "over the size limit of 50 MiB",
		"renamed.pdf":     "not a PDF file",
		"contentbomb.pdf": "quality",
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	got, _ := runAll(t, []string{dir}, Options{Jobs: 2})
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)
	if len(got) != len(files) {
		t.Fatalf("%d results for %d files", len(got), len(files))
	}
	for _, r := range got {
		name := filepath.Base(r.Path)
		reason := want[name]
		switch reason {
		case "quality":
			if r.Err != nil || len(r.Findings) != 1 || r.Findings[0].Rule != "extraction-quality" {
				t.Errorf("%s: error %v, findings %v; want extraction-quality alone", name, r.Err, ruleIDs(r))
			}
		case "":
			if r.Err != nil || !strings.Contains(strings.Join(ruleIDs(r), " "), "repealed-law") {
				t.Errorf("%s: error %v, findings %v; want it linted", name, r.Err, ruleIDs(r))
			}
		default:
			if r.Err == nil || !strings.Contains(r.Err.Reason, reason) {
				t.Errorf("%s: error %v, want one saying %q", name, r.Err, reason)
			}
		}
		for _, id := range ruleIDs(r) {
			if strings.HasPrefix(id, "missing-") && reason != "" {
				t.Errorf("%s: %s on a file that was not read", name, id)
			}
		}
	}
	if elapsed > 20*time.Second {
		t.Errorf("took %s", elapsed)
	}
	// The 60 MB page is refused before it is read; nothing else is large.
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 256<<20 {
		t.Errorf("allocated %d MiB", alloc>>20)
	}
}

// TestLargeStdin: standard input has no size to look at first; reading
// stops one byte past the limit.
func TestLargeStdin(t *testing.T) {
	page := gen.LargeHTML(60 << 20)
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	got, _ := runAll(t, []string{"-"}, Options{Stdin: bytes.NewReader(page), StdinName: "page.html", MaxSize: 8 << 20})
	runtime.ReadMemStats(&after)
	if len(got) != 1 || got[0].Err == nil || !strings.Contains(got[0].Err.Reason, "size limit of 8 MiB") {
		t.Fatalf("got %+v", got)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 64<<20 {
		t.Errorf("allocated %d MiB to refuse 60 MB over a limit of 8", alloc>>20)
	}
}

func ruleIDs(r result.FileResult) []string {
	var ids []string
	for _, f := range r.Findings {
		ids = append(ids, f.Rule)
	}
	return ids
}
