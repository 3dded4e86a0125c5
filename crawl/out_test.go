package crawl

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/internal/testfiles"
	"github.com/noticelint/noticelint/result"
)

func okSite(site string) result.Site {
	return result.Site{Site: site, Status: result.StatusOK, Findings: []result.Finding{}}
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(data) > 0 && !strings.HasSuffix(string(data), "\n") {
		t.Errorf("%s does not end in a newline", path)
	}
	return strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
}

// TestOutResumes: records written are Done after reopening, and appended
// records follow them.
func TestOutResumes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "results.jsonl")
	o, err := OpenOut(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"a.example", "https://b.example/"} {
		if err := o.Write(okSite(s)); err != nil {
			t.Fatal(err)
		}
	}
	if err := o.Close(); err != nil {
		t.Fatal(err)
	}
	var seen []string
	o, err = OpenOut(path, func(r result.Site) { seen = append(seen, r.Site) })
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(seen, " ") != "a.example https://b.example/" || !o.Done("A.example") || !o.Done("b.example") || o.Done("c.example") || o.Repaired {
		t.Errorf("seen %v, done a %v b %v c %v", seen, o.Done("a.example"), o.Done("b.example"), o.Done("c.example"))
	}
	if err := o.Write(okSite("c.example")); err != nil {
		t.Fatal(err)
	}
	o.Close()
	if lines := readLines(t, path); len(lines) != 3 || !strings.Contains(lines[2], `"site":"c.example"`) {
		t.Errorf("lines %q", lines)
	}
}

// TestOutTruncatedLastLine: the half line a killed run leaves is dropped,
// a whole record missing only its newline is kept, a bad line before the
// last is an error naming it.
func TestOutTruncatedLastLine(t *testing.T) {
	dir := t.TempDir()
	good := `{"site":"a.example","status":"ok","findings":[],"timings":{"total_ms":1,"fetch_ms":1,"lint_ms":0,"requests":3}}` + "\n"

	cut := filepath.Join(dir, "cut.jsonl")
	testfiles.Write(t, cut, good+`{"site":"b.example","status":"ok","find`)
	o, err := OpenOut(cut, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !o.Repaired || o.Len() != 1 || o.Done("b.example") {
		t.Errorf("repaired %v, %d sites", o.Repaired, o.Len())
	}
	if err := o.Write(okSite("b.example")); err != nil {
		t.Fatal(err)
	}
	o.Close()
	lines := readLines(t, cut)
	if len(lines) != 2 || lines[0]+"\n" != good || !strings.HasPrefix(lines[1], `{"site":"b.example","status":"ok"`) {
		t.Errorf("after repair:\n%s", strings.Join(lines, "\n"))
	}

	whole := filepath.Join(dir, "whole.jsonl")
	testfiles.Write(t, whole, strings.TrimSuffix(good, "\n"))
	o, err = OpenOut(whole, nil)
	if err != nil {
		t.Fatal(err)
	}
	if o.Repaired || !o.Done("a.example") {
		t.Errorf("a whole last record: repaired %v, done %v", o.Repaired, o.Done("a.example"))
	}
	o.Write(okSite("b.example"))
	o.Close()
	if lines := readLines(t, whole); len(lines) != 2 {
		t.Errorf("lines %q", lines)
	}

	bad := filepath.Join(dir, "bad.jsonl")
	testfiles.Write(t, bad, good+"<html>\n"+good)
	if _, err := OpenOut(bad, nil); err == nil || !strings.Contains(err.Error(), "bad.jsonl:2: not a crawl result line") {
		t.Errorf("a bad line in the middle: %v", err)
	}
	if _, err := OpenOut(filepath.Join(dir, "no", "such", "dir.jsonl"), nil); err == nil || !strings.Contains(err.Error(), "dir.jsonl") {
		t.Errorf("an output that cannot be created: %v", err)
	}
}

// TestOutLocked: a second crawl cannot open a results file in use.
func TestOutLocked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "results.jsonl")
	o, err := OpenOut(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := OpenOut(path, nil); err == nil || !strings.Contains(err.Error(), "another crawl is writing this file") {
		t.Errorf("a second open: %v", err)
	}
	o.Close()
	o, err = OpenOut(path, nil)
	if err != nil {
		t.Errorf("after closing: %v", err)
	} else {
		o.Close()
	}
}
