package baseline

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/noticelint/noticelint/internal/testfiles"
	"github.com/noticelint/noticelint/lint"
	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/rules"
)

func lintDir(t *testing.T, dir string, process result.Processor) ([]rules.Finding, result.Summary) {
	t.Helper()
	pack, err := rules.Load()
	if err != nil {
		t.Fatal(err)
	}
	engine := rules.NewEngine(pack, rules.Options{Now: time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)})
	var all []rules.Finding
	sum, err := lint.Run(context.Background(), []string{dir}, engine, lint.Options{Process: process}, func(r result.FileResult) error {
		all = append(all, r.Findings...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return all, sum
}

const notice = `Tietosuojaseloste

1. Rekisterinpitäjä
Esimerkki Oy, tietosuoja@esimerkki.example

2. Henkilötiedot
Nimi, osoite, puhelinnumero (Muuta?)

3. Oikeusperuste
Käsittelemme tietoja henkilötietolain mukaisesti.
`

// TestRoundTrip: a baseline written for a notice suppresses its findings
// after an edit that moves every line; a problem added by the edit is
// reported; the same text in another file is not covered.
func TestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "notices", "tietosuojaseloste.txt")
	testfiles.Write(t, path, notice)
	base := filepath.Join(dir, "noticelint-baseline.json")

	w := NewWriter(base)
	before, sum := lintDir(t, filepath.Join(dir, "notices"), w.Process)
	if len(before) < 3 || sum.Count(rules.Note) != 0 || sum.Suppressed != len(before) {
		t.Fatalf("writing: %d findings, summary %+v: want every finding recorded and suppressed", len(before), sum)
	}
	if err := w.Write(); err != nil {
		t.Fatal(err)
	}
	lineBefore := map[string]int{}
	for _, f := range before {
		lineBefore[f.Fingerprint] = f.Location.Line
	}
	data, err := os.ReadFile(base)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(data), "{\n  \"version\": 1,") || strings.Contains(string(data), "line") {
		t.Errorf("baseline file:\n%s", data)
	}

	// The edit: three lines on top move every finding down; a new
	// placeholder at the end.
	edited := "Päivitetty 1.10.2026\nSisällys\n\n" + notice + "\n9. Lisätietoja\nTODO\n"
	testfiles.Write(t, path, edited)
	testfiles.Write(t, filepath.Join(dir, "notices", "copy.txt"), notice)

	b, err := Load(base)
	if err != nil {
		t.Fatal(err)
	}
	if b.Len() != len(before) {
		t.Errorf("loaded %d entries, wrote %d", b.Len(), len(before))
	}
	after, sum := lintDir(t, filepath.Join(dir, "notices"), b.Process)
	var open, suppressed []string
	for _, f := range after {
		desc := filepath.Base(f.Path) + " " + f.Rule + " " + f.Evidence
		if f.Suppressed == nil {
			open = append(open, desc)
			continue
		}
		suppressed = append(suppressed, desc)
		if f.Suppressed.Kind != rules.SuppressedExternal || f.Suppressed.Justification != "in baseline "+base {
			t.Errorf("%s: suppression %+v", desc, *f.Suppressed)
		}
		if old := lineBefore[f.Fingerprint]; old > 1 && f.Location.Line != old+3 {
			t.Errorf("%s at line %d, before the edit %d: want it moved by 3", desc, f.Location.Line, old)
		}
	}
	if len(suppressed) != len(before) {
		t.Errorf("suppressed after the edit:\n%s\nwant the %d findings from before", strings.Join(suppressed, "\n"), len(before))
	}
	joined := strings.Join(open, "\n")
	if !strings.Contains(joined, "tietosuojaseloste.txt placeholder TODO") || strings.Count(joined, "copy.txt") != len(before) {
		t.Errorf("reported after the edit:\n%s\nwant the new TODO and every finding of copy.txt", joined)
	}
	if sum.Suppressed != len(before) || sum.Count(rules.Note) != len(open) {
		t.Errorf("summary %+v", sum)
	}
}

// TestWriterKeepsBaselinedAndSkipsComments: rewriting a baseline keeps the
// findings the old one suppressed and leaves out findings a comment
// suppresses; the file is sorted.
func TestWriterKeepsBaselinedAndSkipsComments(t *testing.T) {
	w := NewWriter(filepath.Join(t.TempDir(), "b.json"))
	fs := []rules.Finding{
		{Rule: "placeholder", Fingerprint: "bbbb:1"},
		{Rule: "placeholder", Fingerprint: "aaaa:1", Suppressed: &rules.Suppression{Kind: rules.SuppressedExternal, Justification: "in baseline old.json"}},
		{Rule: "repealed-law", Fingerprint: "cccc:1", Suppressed: &rules.Suppression{Kind: rules.SuppressedInSource, Justification: "comment"}},
	}
	fs = w.Process("./notices//a.txt", fs)
	if err := w.Write(); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(w.name)
	if err != nil {
		t.Fatal(err)
	}
	want := `{
  "version": 1,
  "tool": "noticelint",
  "findings": [
    {
      "path": "notices/a.txt",
      "rule": "placeholder",
      "fingerprint": "aaaa:1"
    },
    {
      "path": "notices/a.txt",
      "rule": "placeholder",
      "fingerprint": "bbbb:1"
    }
  ]
}
`
	if string(data) != want {
		t.Errorf("baseline:\n%s\nwant:\n%s", data, want)
	}
	if fs[2].Suppressed.Kind != rules.SuppressedInSource {
		t.Error("a comment's suppression was replaced")
	}
	// An empty baseline is an empty list, not null.
	empty := NewWriter(filepath.Join(t.TempDir(), "e.json"))
	if err := empty.Write(); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(empty.name); !strings.Contains(string(data), `"findings": []`) {
		t.Errorf("empty baseline:\n%s", data)
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct{ name, text, want string }{
		{"syntax", "{\n  \"version\": 1,\n  \"findings\": [\n    {\"path\": \"a.txt\",}\n  ]\n}\n", "syntax.json:4: invalid character '}'"},
		{"type", "{\n  \"version\": \"1\"\n}\n", "type.json:2: version: want a int, not a string"},
		{"version", `{"version": 2, "findings": []}`, "version.json: baseline version 2; this noticelint reads version 1"},
		{"fields", `{"version": 1, "findings": [{"path": "a.txt", "rule": "placeholder"}]}`, "fields.json: findings[0]: needs path, rule and fingerprint"},
		{"empty", "", "empty.json: empty file, not a baseline"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.name+".json")
			testfiles.Write(t, path, tt.text)
			_, err := Load(path)
			if err == nil || !strings.HasPrefix(err.Error(), filepath.Join(dir, tt.want)) {
				t.Errorf("error %v, want one starting %q", err, tt.want)
			}
		})
	}
	if _, err := Load(filepath.Join(dir, "none.json")); err == nil {
		t.Error("no error for a missing baseline")
	}
}

// TestRootRelativePaths: with a root, a baseline records paths relative to
// it and matches the same files named from another folder or by absolute
// path; a baseline written before paths were relative (paths as given)
// still matches a run that names them so; Mismatch is said only when
// nothing matched.
func TestRootRelativePaths(t *testing.T) {
	root := t.TempDir()
	path := filepath.Join(root, "notices", "tietosuojaseloste.txt")
	testfiles.Write(t, path, notice)
	base := filepath.Join(root, "b.json")
	t.Chdir(root)

	w := NewWriter(base)
	w.Root = root
	before, _ := lintDir(t, "notices", w.Process)
	if err := w.Write(); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(base); !strings.Contains(string(data), `"path": "notices/tietosuojaseloste.txt"`) {
		t.Errorf("recorded paths:\n%s", data)
	}
	for name, dir := range map[string]string{"from below": ".", "absolute": filepath.Join(root, "notices")} {
		t.Run(name, func(t *testing.T) {
			t.Chdir(filepath.Join(root, "notices"))
			b, err := Load(base)
			if err != nil {
				t.Fatal(err)
			}
			b.Root = root
			_, sum := lintDir(t, dir, b.Process)
			if sum.Suppressed != len(before) || sum.Count(rules.Note) != 0 || b.Mismatch() != "" {
				t.Errorf("summary %+v, mismatch %q", sum, b.Mismatch())
			}
		})
	}

	// A baseline as written before: the path as given and the engine's
	// fingerprint.
	legacy := NewWriter(filepath.Join(root, "legacy.json"))
	lintDir(t, "notices", legacy.Process)
	if err := legacy.Write(); err != nil {
		t.Fatal(err)
	}
	b, err := Load(filepath.Join(root, "legacy.json"))
	if err != nil {
		t.Fatal(err)
	}
	b.Root = root
	if _, sum := lintDir(t, "notices", b.Process); sum.Suppressed != len(before) {
		t.Errorf("a baseline of paths as given: %d suppressed, want %d", sum.Suppressed, len(before))
	}

	// Another file's baseline matches nothing here.
	testfiles.Write(t, filepath.Join(root, "other", "seloste.txt"), notice)
	b, _ = Load(base)
	b.Root = root
	lintDir(t, "other", b.Process)
	if got := b.Mismatch(); !strings.Contains(got, "matched none of this run's") || !strings.Contains(got, "such as notices/tietosuojaseloste.txt, this run such as other/seloste.txt (paths relative to "+root+")") {
		t.Errorf("Mismatch %q", got)
	}
}
