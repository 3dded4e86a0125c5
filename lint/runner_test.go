package lint

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"

	"github.com/noticelint/noticelint/internal/testengine"
	"github.com/noticelint/noticelint/internal/testfiles"
	"github.com/noticelint/noticelint/lint/input"
	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/rules"
)

func engine(t testing.TB) *rules.Engine { return testengine.New(t) }

func runAll(t *testing.T, paths []string, opts Options) ([]result.FileResult, result.Summary) {
	t.Helper()
	var got []result.FileResult
	sum, err := Run(context.Background(), paths, engine(t), opts, func(r result.FileResult) error {
		got = append(got, r)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return got, sum
}

func TestWalk(t *testing.T) {
	dir := t.TempDir()
	testfiles.Write(t, filepath.Join(dir, "b.txt"), "Tietosuojaseloste\nHenkilötietolain mukaan.\n")
	testfiles.Write(t, filepath.Join(dir, "a", "c.TXT"), "Privacy notice\nTODO\n")
	testfiles.Write(t, filepath.Join(dir, ".git", "d.txt"), "hidden\n")
	testfiles.Write(t, filepath.Join(dir, ".e.txt"), "hidden\n")
	testfiles.Write(t, filepath.Join(dir, "logo.png"), "not a notice\n")
	if err := os.Mkdir(filepath.Join(dir, "empty"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(dir, "z.txt")); err != nil {
		t.Fatal(err)
	}
	got, sum := runAll(t, []string{dir, filepath.Join(dir, "logo.png"), filepath.Join(dir, "empty"), filepath.Join(dir, "nope.txt")}, Options{})
	var lines []string
	for _, r := range got {
		rel, _ := filepath.Rel(dir, r.Path)
		line := rel
		if r.Err != nil {
			line += " error: " + r.Err.Reason
		}
		lines = append(lines, line)
	}
	want := []string{
		filepath.Join("a", "c.TXT"),
		"b.txt",
		"z.txt error: broken symbolic link: cannot read: no such file or directory",
		"logo.png", // named explicitly: linted as text
		"empty error: no notice files (.docx, .htm, .html, .markdown, .md, .pdf, .text, .txt) in this directory",
		"nope.txt error: cannot read: no such file or directory",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("inputs:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	if sum.Files != 6 || sum.FileErrors != 3 {
		t.Errorf("summary %+v", sum)
	}
}

// TestOrderAndParallelism lints many files on several workers and gets the
// results back in input order.
func TestOrderAndParallelism(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for i := range 200 {
		p := filepath.Join(dir, fmt.Sprintf("n%03d.txt", i))
		text := "Tietosuojaseloste\nTiedot käsitellään asianmukaisesti.\n"
		if i%3 == 0 {
			text += "Henkilötietolain mukaisesti.\n"
		}
		testfiles.Write(t, p, text)
		paths = append(paths, p)
	}
	got, sum := runAll(t, paths, Options{Jobs: 8})
	if len(got) != len(paths) {
		t.Fatalf("%d results for %d inputs", len(got), len(paths))
	}
	repealed := 0
	for i, r := range got {
		if r.Path != paths[i] {
			t.Fatalf("result %d is %s, want %s", i, r.Path, paths[i])
		}
		for _, f := range r.Findings {
			if f.Rule == "repealed-law" {
				repealed++
				if i%3 != 0 {
					t.Errorf("%s: repealed-law where there is none", r.Path)
				}
			}
		}
	}
	if repealed != 67 || sum.BySeverity[rules.Error] < 67 {
		t.Errorf("%d repealed-law findings, want 67 (summary %+v)", repealed, sum)
	}
}

func TestLimitsAndStdin(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	testfiles.Write(t, big, strings.Repeat("Tietosuojaseloste ja henkilötiedot.\n", 100))
	got, _ := runAll(t, []string{big, "-"}, Options{MaxSize: 1000, Stdin: strings.NewReader(strings.Repeat("x", 2000)), StdinName: "<stdin>"})
	if got[0].Err == nil || got[0].Err.Reason != "file is 3.6 KiB, over the size limit of 1000 B" {
		t.Errorf("big file: %+v", got[0].Err)
	}
	if got[1].Path != "<stdin>" || got[1].Err == nil || !strings.Contains(got[1].Err.Reason, "size limit") {
		t.Errorf("big stdin: %+v %+v", got[1].Path, got[1].Err)
	}
	got, _ = runAll(t, []string{"-"}, Options{Stdin: strings.NewReader("Tietosuojaseloste\n(Muuta?)\n"), StdinName: "notice.txt"})
	placeholder := false
	for _, f := range got[0].Findings {
		placeholder = placeholder || f.Rule == "placeholder" && f.Path == "notice.txt" && f.Location.Line == 2
	}
	if got[0].Path != "notice.txt" || !placeholder {
		t.Errorf("stdin: %+v", got[0])
	}
}

func TestEmitErrorStops(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for i := range 50 {
		p := filepath.Join(dir, fmt.Sprintf("n%02d.txt", i))
		testfiles.Write(t, p, "Tietosuojaseloste\n")
		paths = append(paths, p)
	}
	stop := errors.New("disk full")
	n := 0
	_, err := Run(context.Background(), paths, engine(t), Options{}, func(result.FileResult) error {
		n++
		if n == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 3 {
		t.Errorf("err %v after %d results, want the emit error after 3", err, n)
	}
}

// TestNothingHangs: a named pipe that never delivers is cut off by the
// per-file time limit when named, and not opened at all in a walk.
func TestNothingHangs(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(t.TempDir(), "named.txt")
	walked := filepath.Join(dir, "pipe.txt")
	for _, p := range []string{fifo, walked} {
		if err := syscall.Mkfifo(p, 0o644); err != nil {
			t.Skipf("no named pipes here: %v", err)
		}
	}
	testfiles.Write(t, filepath.Join(dir, "notice.txt"), "Tietosuojaseloste\nHenkilötietolain mukaan.\n")
	start := time.Now()
	got, sum := runAll(t, []string{fifo, dir}, Options{Timeout: 300 * time.Millisecond})
	if elapsed := time.Since(start); elapsed > 10*time.Second {
		t.Fatalf("took %s", elapsed)
	}
	reasons := map[string]string{}
	for _, r := range got {
		if r.Err != nil {
			reasons[r.Path] = r.Err.Reason
		}
	}
	if !strings.Contains(reasons[fifo], "longer than the per-file time limit of 300ms") {
		t.Errorf("named pipe: %q", reasons[fifo])
	}
	if sum.Files != 3 || !strings.Contains(reasons[walked], "not a regular file") {
		t.Errorf("files %d; walked pipe: %q", sum.Files, reasons[walked])
	}
}

// Data lints bytes under any name, such as a URL without an extension, in the
// format the caller names; without a format the content decides.
func TestData(t *testing.T) {
	page := []byte("<!doctype html><html><body><h1>Tietosuojaseloste</h1>" +
		"<h2>Rekisterinpitäjä</h2><p>Esimerkki Oy, Kuja 1, 00100 Helsinki.</p>" +
		"<p>Laki: henkilötietolaki (523/1999).</p><p>Päivitetty 1.3.2024. Seuraava päivitys 1.1.2030.</p></body></html>")
	for _, tc := range []struct{ format, want string }{{"html", "html"}, {"", "html"}, {"text", "text"}} {
		r := Data(context.Background(), "https://www.esimerkki.example/tietosuoja", page, tc.format, engine(t), Options{Timeout: time.Minute})
		if r.Err != nil {
			t.Fatalf("format %q: %v", tc.format, r.Err)
		}
		if r.Format != tc.want || r.Path != "https://www.esimerkki.example/tietosuoja" {
			t.Errorf("format %q: got format %q path %q, want %q", tc.format, r.Format, r.Path, tc.want)
		}
		if want := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC); !r.Date.Equal(want) {
			t.Errorf("format %q: notice date %v, want %v (the latest date not in the future)", tc.format, r.Date, want)
		}
		if !hasRule(r.Findings, "repealed-law") {
			t.Errorf("format %q: no repealed-law finding in %v", tc.format, r.Findings)
		}
	}
	if r := Data(context.Background(), "x.pdf", []byte("%PDF-1.4 broken"), "", engine(t), Options{}); r.Err == nil || !strings.Contains(r.Err.Error(), "x.pdf") {
		t.Errorf("broken PDF: want an error naming x.pdf, got %+v", r)
	}
}

// TestItemCharset: an item's Content-Type charset decodes it (a fetched
// page, a WARC record, a JSON line with content_type), over its <meta>.
func TestItemCharset(t *testing.T) {
	page := "<!doctype html><html><head><meta charset=\"utf-8\"></head><body><h1>Tietosuojaseloste</h1>" +
		"<h2>Rekisterinpitäjä</h2><p>Esimerkki Oy, Kuja 1, 00100 Helsinki.</p></body></html>"
	latin1, err := charmap.ISO8859_1.NewEncoder().Bytes([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for ct, enc := range map[string]string{"text/html; charset=ISO-8859-1": "windows-1252", "text/html": "utf-8"} {
		r := Item(context.Background(), input.Item{Path: "https://www.esimerkki.example/tietosuoja", Format: "html", Data: latin1, ContentType: ct}, engine(t), Options{})
		if r.Err != nil || r.Encoding != enc {
			t.Errorf("%s: encoding %q (%v), want %q", ct, r.Encoding, r.Err, enc)
		}
	}
}

func hasRule(fs []rules.Finding, id string) bool {
	for _, f := range fs {
		if f.Rule == id {
			return true
		}
	}
	return false
}
