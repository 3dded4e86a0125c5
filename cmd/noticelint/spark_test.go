package main

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/internal/testfiles"
)

// TestSparkScript runs docs/spark/lint_notices.py as spark-submit would,
// with a local stand-in for PySpark (testdata/pyspark: read.json, select,
// rdd.map, pipe per partition, saveAsTextFile) and this test binary as
// noticelint on the PATH: text, HTML, PDF and Word pages all reach
// noticelint and are linted, one result line each; pages with no binary
// content at all still work (no content_base64 column to select).
func TestSparkScript(t *testing.T) {
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 is not installed: .ci/run installs it (Debian's python3)")
	}
	s := newSandbox(t)
	file := func(name string) string { return readFile(t, repoFile(t, "testdata/formats/"+name)) }
	b64 := func(name string) string { return base64.StdEncoding.EncodeToString([]byte(file(name))) }
	pages := []map[string]string{
		{"url": "https://kahvila.example/tietosuoja", "content": file("notice.txt")},
		{"url": "https://leipomo.example/tietosuoja", "content": file("notice.html"), "content_type": "text/html"},
		{"url": "https://kirjasto.example/tietosuoja.pdf", "content_base64": b64("notice-winansi.pdf"), "content_type": "application/pdf"},
		{"url": "https://sauna.example/tietosuoja.docx", "content_base64": b64("notice.docx")},
		{"url": "https://kampaamo.example/tietosuoja", "content": file("notice.md"), "content_type": "text/markdown"},
	}
	write := func(dir string, pages []map[string]string) {
		var b strings.Builder
		for _, p := range pages {
			line, _ := json.Marshal(p)
			b.Write(line)
			b.WriteByte('\n')
		}
		testfiles.Write(t, filepath.Join(s.dir, dir, "part-00000.json"), b.String())
	}
	run := func(pagesDir, results string) (string, int) {
		t.Helper()
		cmd := exec.Command(python, repoFile(t, "docs/spark/lint_notices.py"), pagesDir, results)
		cmd.Dir = s.dir
		cmd.Env = append(s.env, "PYTHONPATH="+filepath.Join(repoRoot, "cmd", "noticelint", "testdata", "pyspark"), "PYTHONDONTWRITEBYTECODE=1")
		out, err := cmd.CombinedOutput()
		var ee *exec.ExitError
		switch {
		case err == nil:
			return string(out), 0
		case errors.As(err, &ee):
			return string(out), ee.ExitCode()
		}
		t.Fatal(err)
		return "", 0
	}
	results := func(dir string) map[string]map[string]any {
		parts, _ := filepath.Glob(filepath.Join(s.dir, dir, "part-*"))
		if len(parts) != 2 {
			t.Errorf("%d part files, want one per partition", len(parts))
		}
		got := map[string]map[string]any{}
		for _, p := range parts {
			for _, line := range strings.Split(strings.TrimSpace(readFile(t, p)), "\n") {
				var r map[string]any
				if err := json.Unmarshal([]byte(line), &r); err != nil {
					t.Fatalf("%s: %v: %s", p, err, line)
				}
				got[r["site"].(string)] = r
			}
		}
		return got
	}

	write("pages", pages)
	if out, code := run("pages", "results"); code != 0 {
		t.Fatalf("the script: exit %d\n%s", code, out)
	}
	got := results("results")
	formats := map[string]string{"kahvila": "text", "leipomo": "html", "kirjasto": "pdf", "sauna": "docx", "kampaamo": "markdown"}
	for _, p := range pages {
		r := got[p["url"]]
		name := strings.Split(strings.TrimPrefix(p["url"], "https://"), ".")[0]
		if r == nil || r["status"] != "ok" || r["format"] != formats[name] || len(r["findings"].([]any)) == 0 {
			t.Errorf("%s: %v, want status ok, format %s and its findings", p["url"], r, formats[name])
		}
	}
	if len(got) != len(pages) {
		t.Errorf("%d results for %d pages", len(got), len(pages))
	}

	// Text pages only: the data has no content_base64 column.
	write("text-pages", pages[:2])
	if out, code := run("text-pages", "text-results"); code != 0 || len(results("text-results")) != 2 {
		t.Errorf("text pages only: exit %d\n%s", code, out)
	}
	// No url column: said, not a crash deep in Spark.
	testfiles.Write(t, filepath.Join(s.dir, "no-url", "part-00000.json"), `{"content": "Tietosuojaseloste"}`+"\n")
	if out, code := run("no-url", "no-url-results"); code == 0 || !strings.Contains(out, "the pages have no url column") {
		t.Errorf("pages without a url column: exit %d\n%s", code, out)
	}
	if _, err := os.Stat(filepath.Join(s.dir, "no-url-results")); err == nil {
		t.Error("results written for pages without a url column")
	}
}
