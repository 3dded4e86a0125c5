package report

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/noticelint/noticelint/lint"
	"github.com/noticelint/noticelint/rules"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// goldenInputs are linted for every format: the bundled examples, a
// fixture in each layout, and an input that does not exist.
var goldenInputs = []string{
	"../testdata/examples",
	"../testdata/notices/fi-layout2-template-table.txt",
	"../testdata/notices/sv-template-residue.txt",
	"../testdata/catalog/fi-complete.txt", // clean
	"../testdata/notices/missing.txt",
}

const workDirToken = "/WORKDIR"

// lintReport lints paths with the full pack and writes them in format,
// paths made relative to workDir.
func lintReport(t *testing.T, format, workDir string, paths []string, opts Options) []byte {
	t.Helper()
	return lintReportIn(t, format, "en", workDir, paths, opts)
}

// lintReportIn is lintReport with messages in lang.
func lintReportIn(t testing.TB, format, lang, workDir string, paths []string, opts Options) []byte {
	t.Helper()
	pack, err := rules.Load()
	if err != nil {
		t.Fatal(err)
	}
	engine := rules.NewEngine(pack, rules.Options{Now: time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC), MessageLang: lang})
	var buf bytes.Buffer
	rep, err := New(format, &buf, Meta{Version: "1.0.0", Rules: pack, MessageLang: lang, WorkDir: workDir}, opts)
	if err != nil {
		t.Fatal(err)
	}
	sum, err := lint.Run(context.Background(), paths, engine, lint.Options{Jobs: 2}, rep.File)
	if err != nil {
		t.Fatal(err)
	}
	if err := rep.End(sum); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// render lints the golden inputs and writes them in format.
func render(t *testing.T, format string, opts Options) []byte {
	t.Helper()
	wd, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	out := lintReport(t, format, wd, goldenInputs, opts)
	return bytes.ReplaceAll(out, []byte(wd), []byte(workDirToken))
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./report -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test ./report -update rewrites it after review):\n%s", name, firstDiff(string(want), string(got)))
	}
}

func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return "line " + itoa(i+1) + ":\n want: " + a + "\n  got: " + b
		}
	}
	return ""
}

func TestGolden(t *testing.T) {
	tests := []struct {
		name, format string
		opts         Options
	}{
		{"examples.txt", "text", Options{}},
		{"examples-quiet.txt", "text", Options{Quiet: true}},
		{"examples-color.txt", "text", Options{Color: true}},
		{"examples.json", "json", Options{}},
		{"examples.sarif", "sarif", Options{}},
		{"examples.junit.xml", "junit", Options{}},
		{"examples.codeclimate.json", "codeclimate", Options{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			golden(t, tt.name, render(t, tt.format, tt.opts))
		})
	}
}

func TestColorOnlyWhenAsked(t *testing.T) {
	plain := render(t, "text", Options{})
	if bytes.Contains(plain, []byte("\x1b[")) {
		t.Error("colour codes in a report without Color")
	}
	if !bytes.Contains(render(t, "text", Options{Color: true}), []byte("\x1b[31;1m")) {
		t.Error("no red for errors in a coloured report")
	}
}

func TestUnknownFormat(t *testing.T) {
	if _, err := New("xml", &bytes.Buffer{}, Meta{}, Options{}); err == nil {
		t.Error("no error for an unknown format")
	}
}

func TestSnippetWindow(t *testing.T) {
	long := strings.Repeat("x", 300) + "henkilötietolain" + strings.Repeat("y", 300)
	line, marks := snippet(rules.Finding{Snippet: long, Location: rules.Location{Line: 1, Column: 301, EndLine: 1, EndColumn: 317}})
	if n := len([]rune(line)); n > snippetWidth+2 {
		t.Errorf("snippet of %d characters, want at most %d", n, snippetWidth+2)
	}
	i := strings.Index(line, "henkilötietolain")
	if i < 0 || len([]rune(line[:i])) != strings.Index(marks, "^") || strings.Count(marks, "^") != 16 {
		t.Errorf("marks do not underline the match:\n%s\n%s", line, marks)
	}
	line, marks = snippet(rules.Finding{Snippet: "\tTODO", Location: rules.Location{Line: 1, Column: 2, EndLine: 1, EndColumn: 6}})
	if line != "    TODO" || marks != "    ^^^^" {
		t.Errorf("tab not expanded: %q %q", line, marks)
	}
}

// BenchmarkSnippetHugeLine: a one-line 8 MB file with findings near its
// end costs the runes up to the window per finding, with no copy of the
// whole line (it was a []rune of the line per finding: 50 MB lines made
// the text report take longer than the lint).
func BenchmarkSnippetHugeLine(b *testing.B) {
	line := strings.Repeat("tietoja käsitellään ", 400_000) + "henkilötietolain"
	col := len([]rune(line)) - 15
	f := rules.Finding{Snippet: line, Location: rules.Location{Line: 1, Column: col, EndLine: 1, EndColumn: col + 16}}
	b.ReportAllocs()
	for b.Loop() {
		if l, _ := snippet(f); !strings.HasSuffix(l, "henkilötietolain") {
			b.Fatalf("window lost the match: %q", l)
		}
	}
}
