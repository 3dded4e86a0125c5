package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/internal/testfiles"
	"github.com/noticelint/noticelint/internal/testweb"
)

// TestFlagSpellings: every command spells an idea alike (--output/-o,
// -j/--jobs, --max-size), its --help shows only those, and crawl's and
// scan's former spellings (--out, -c/--concurrency, --max-body) still set
// the same values.
func TestFlagSpellings(t *testing.T) {
	root := NewRootCmd(streams{})
	for _, c := range []struct {
		cmd  string
		long []string
	}{
		{"lint", []string{"output", "jobs", "max-size"}},
		{"scan", []string{"output", "jobs", "max-size"}},
		{"crawl", []string{"output", "jobs", "max-size"}},
		{"report", []string{"output"}},
	} {
		cmd, _, err := root.Find([]string{c.cmd})
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range c.long {
			f := cmd.Flags().Lookup(name)
			want := map[string]string{"output": "o", "jobs": "j"}[name]
			if f == nil || f.Shorthand != want || f.Hidden {
				t.Errorf("%s has no --%s (shorthand -%s): %+v", c.cmd, name, want, f)
			}
		}
		help, _, _ := cli(t, "", c.cmd, "--help")
		_, flags, ok := strings.Cut(help, "\nFlags:\n")
		for _, old := range []string{"--out ", "--concurrency", "--max-body", "-c,"} {
			if !ok || strings.Contains(flags, old) {
				t.Errorf("%s --help lists the former spelling %s", c.cmd, old)
			}
		}
	}

	// The former spellings reach the same values: their errors name the
	// new ones.
	dir := t.TempDir()
	input := filepath.Join(dir, "sites.txt")
	testfiles.Write(t, input, "esimerkki.example\n")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"crawl", "--input", input, "--out", ""}, "crawl: --output: give a file"},
		{[]string{"crawl", "--input", input, "--concurrency", "0"}, "--jobs 0: give 1 or more"},
		{[]string{"crawl", "--input", input, "-c", "0"}, "--jobs 0: give 1 or more"},
		{[]string{"crawl", "--input", input, "--max-body", "lots"}, "--max-size: invalid size"},
		{[]string{"scan", "--max-body", "lots", "esimerkki.example"}, "--max-size: invalid size"},
		{[]string{"crawl", "--input", input, "-j", "0"}, "--jobs 0: give 1 or more"},
		{[]string{"scan", "--max-size", "lots", "esimerkki.example"}, "--max-size: invalid size"},
	} {
		if _, stderr, code := cli(t, "", c.args...); code != exitUsage || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: exit %d, want %d with %q\n%s", c.args, code, exitUsage, c.want, stderr)
		}
	}

	// A crawl with either spelling writes its results where it is told.
	web := testweb.Serve(t, 2, 0)
	testfiles.Write(t, input, web.Input())
	for _, spelling := range [][]string{
		{"--out", filepath.Join(dir, "old.jsonl"), "-c", "2", "--max-body", "1MiB"},
		{"-o", filepath.Join(dir, "new.jsonl"), "-j", "2", "--max-size", "1MiB"},
	} {
		if _, stderr, code := cli(t, "", append([]string{"crawl", "-q", "--allow-private", "--input", input}, spelling...)...); code != exitClean {
			t.Fatalf("%v: exit %d\n%s", spelling, code, stderr)
		}
		if got := crawlResults(t, spelling[1]); len(got) != 2 {
			t.Errorf("%v: %d results, want 2", spelling, len(got))
		}
	}
}
