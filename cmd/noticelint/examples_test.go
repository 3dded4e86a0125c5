package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/baseline"
	"github.com/noticelint/noticelint/internal/formatcheck"
	"github.com/noticelint/noticelint/internal/testfiles"
)

// The tests here run the command lines of the README and docs/, as a shell
// would, with the test binary
// as noticelint, in a sandbox holding the bundled example notices; and they
// validate the reports those commands write.

const modulePath = "github.com/noticelint/noticelint"

// sandbox is a repository (with .git) holding notices/ and a bin/ whose
// noticelint runs this test binary as the command.
type sandbox struct {
	dir string
	env []string
}

func newSandbox(t *testing.T) *sandbox {
	t.Helper()
	dir := exampleRepo(t)
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin := t.TempDir()
	testfiles.Write(t, filepath.Join(bin, "noticelint"), "#!/bin/sh\nNOTICELINT_RUN_MAIN=1 exec '"+self+"' \"$@\"\n")
	if err := os.Chmod(filepath.Join(bin, "noticelint"), 0o755); err != nil {
		t.Fatal(err)
	}
	env := append(os.Environ(), "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"), "NO_COLOR=1")
	return &sandbox{dir: dir, env: env}
}

// bash runs script as GitHub Actions runs a bash step, with extra
// environment variables.
func (s *sandbox) bash(t *testing.T, script string, extra ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script)
	cmd.Dir = s.dir
	cmd.Env = append(slices.Clip(s.env), extra...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		code = ee.ExitCode()
	case err != nil:
		t.Fatal(err)
	}
	return out.String(), errOut.String(), code
}

// run runs one noticelint command line; it must exit 0 or 1, and every
// report and baseline it names must be written and valid.
func (s *sandbox) run(t *testing.T, line string) (stdout string, code int) {
	t.Helper()
	if strings.ContainsAny(line, `'"$|;&<>`+"`") {
		t.Fatalf("%s: keep example command lines plain words, so that the test reads them as the shell does", line)
	}
	out, errOut, code := s.bash(t, line)
	if code != exitClean && code != exitFindings {
		t.Fatalf("%s: exit %d\n%s%s", line, code, out, errOut)
	}
	s.checkWritten(t, line, strings.Fields(line))
	return out, code
}

// checkWritten validates what a lint command line writes: each --output
// report in its format, and a --write-baseline file.
func (s *sandbox) checkWritten(t *testing.T, line string, args []string) {
	t.Helper()
	if len(args) < 2 || args[1] != "lint" {
		return
	}
	format := "text"
	for i := 0; i < len(args)-1; i++ {
		if args[i] == "--format" || args[i] == "-f" {
			format = args[i+1]
		}
	}
	for i := 0; i < len(args)-1; i++ {
		switch args[i] {
		case "--output", "-o":
			f, path := format, args[i+1]
			if m := formatPrefix.FindStringSubmatch(path); m != nil {
				f, path = m[1], m[2]
			}
			if path != "-" {
				checkReport(t, line, f, filepath.Join(s.dir, path))
			}
		case "--write-baseline":
			if _, err := baseline.Load(filepath.Join(s.dir, args[i+1])); err != nil {
				t.Errorf("%s: %v", line, err)
			}
		}
	}
}

// checkReport validates a report file against its format.
func checkReport(t *testing.T, context, format, path string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Errorf("%s: %v", context, err)
		return
	}
	var errs []error
	switch format {
	case "sarif":
		errs = append(errs, formatcheck.Schema(repoFile(t, "report/testdata/sarif-schema-2.1.0.json"), data),
			formatcheck.SARIFForGitHub(data, 0))
	case "json":
		errs = append(errs, formatcheck.Schema(repoFile(t, "docs/json-report.schema.json"), data))
	case "junit":
		errs = append(errs, formatcheck.JUnit(data))
	case "codeclimate":
		errs = append(errs, formatcheck.Schema(repoFile(t, "docs/codeclimate-report.schema.json"), data),
			formatcheck.CodeClimateForGitLab(data))
	}
	if err := errors.Join(errs...); err != nil {
		t.Errorf("%s: %s report %s: %v", context, format, filepath.Base(path), err)
	}
}

// mdBlock is a fenced code block of a Markdown file.
type mdBlock struct {
	doc, lang, text string // doc: the document's path in the repository
	line            int
}

var fence = regexp.MustCompile("^\\s*```(\\w*)\\s*$")

func markdownBlocks(t *testing.T, path string) []mdBlock {
	t.Helper()
	var blocks []mdBlock
	var cur *mdBlock
	indent := ""
	for i, line := range strings.Split(readFile(t, path), "\n") {
		m := fence.FindStringSubmatch(line)
		switch {
		case m != nil && cur == nil:
			cur = &mdBlock{lang: m[1], line: i + 1}
			indent = line[:strings.Index(line, "```")]
		case m != nil:
			blocks = append(blocks, *cur)
			cur = nil
		case cur != nil:
			cur.text += strings.TrimPrefix(line, indent) + "\n"
		}
	}
	return blocks
}

// commandLines returns the noticelint command lines of a shell block,
// joining continued lines.
func commandLines(text string) []string {
	var out []string
	for _, line := range strings.Split(strings.ReplaceAll(text, "\\\n", " "), "\n") {
		if line = strings.TrimSpace(line); strings.HasPrefix(line, "noticelint ") {
			out = append(out, line)
		}
	}
	return out
}

// exampleDocs are the documents whose commands the tests run: the README
// and every page of docs/ but the generated rule reference, whose examples
// are the rules' samples (go test ./rules runs them).
func exampleDocs(t *testing.T) []string {
	t.Helper()
	pages, err := filepath.Glob(repoFile(t, "docs/*.md"))
	if err != nil {
		t.Fatal(err)
	}
	docs := []string{"README.md"}
	for _, p := range pages {
		if rel := "docs/" + filepath.Base(p); rel != "docs/rules.md" {
			docs = append(docs, rel)
		}
	}
	return docs
}

// TestDocExamples runs, for each document of exampleDocs in document order
// and in a sandbox of its own, every noticelint command line of its sh
// blocks (but those of a block whose first line is "# not run by the tests:
// REASON"), after writing each yaml block that starts "# .noticelint.yml" as
// the configuration; and it replays each text block that starts with
// "$ cat FILE" in a sandbox of its own, comparing the output.
func TestDocExamples(t *testing.T) {
	ran := map[string]int{}
	for _, doc := range exampleDocs(t) {
		s := newSandbox(t)
		for _, b := range markdownBlocks(t, repoFile(t, doc)) {
			b.doc = doc
			switch {
			case b.lang == "sh" && strings.HasPrefix(b.text, "# not run by the tests: "):
				// Commands that need the network (crawl, scan) or files the
				// sandbox cannot have, marked so in the document itself.
				reason, _, _ := strings.Cut(strings.TrimPrefix(b.text, "# not run by the tests: "), "\n")
				t.Logf("%s:%d: not run: %s", doc, b.line, reason)
			case b.lang == "sh":
				for _, line := range commandLines(b.text) {
					t.Logf("%s:%d: %s", doc, b.line, line)
					s.run(t, line)
					ran[doc]++
				}
			case b.lang == "yaml" && strings.HasPrefix(b.text, "# .noticelint.yml\n"):
				testfiles.Write(t, filepath.Join(s.dir, ".noticelint.yml"), b.text)
				if out, _ := s.run(t, "noticelint config verify"); !strings.Contains(out, ": ok (1 custom rule") {
					t.Errorf("%s:%d: the example configuration: %s", doc, b.line, out)
				}
			case b.lang == "text" && strings.HasPrefix(b.text, "$ cat "):
				replay(t, b)
				ran[doc]++
			case b.lang == "text" && strings.HasPrefix(b.text, "$ noticelint lint "):
				// (scan's transcript needs a site: TestScanDocExample.)
				transcript(t, s, b)
				ran[doc]++
			}
		}
	}
	// The harness must keep finding the examples where they stand.
	for doc, least := range map[string]int{"README.md": 4, "docs/lint.md": 1, "docs/output-formats.md": 5, "docs/configuration.md": 4, "docs/ci.md": 3} {
		if ran[doc] < least {
			t.Errorf("ran %d examples of %s, want at least %d; the harness no longer finds them", ran[doc], doc, least)
		}
	}
}

// transcript runs a "$ noticelint ... / output" block in the repository
// and compares the output line by line; a "..." line stands for any lines.
func transcript(t *testing.T, s *sandbox, b mdBlock) {
	t.Helper()
	command, want, _ := strings.Cut(strings.TrimPrefix(b.text, "$ "), "\n")
	out, errOut, _ := s.bash(t, "cd "+repoRoot+" && "+command)
	got := strings.Split(strings.TrimSuffix(out+errOut, "\n"), "\n")
	i, skip := 0, false
	for _, w := range strings.Split(strings.TrimSuffix(want, "\n"), "\n") {
		if w == "..." {
			skip = true
			continue
		}
		for skip && i < len(got) && got[i] != w {
			i++
		}
		if i >= len(got) || got[i] != w {
			t.Errorf("%s:%d: %s does not give the line\n%s\nit gives:\n%s", b.doc, b.line, command, w, out+errOut)
			return
		}
		i, skip = i+1, false
	}
	if !skip && i != len(got) {
		t.Errorf("%s:%d: %s gives more than the document shows (from %q on)", b.doc, b.line, command, got[i])
	}
}

// replay runs a "$ cat FILE / content / $ command / output" block.
func replay(t *testing.T, b mdBlock) {
	t.Helper()
	s := newSandbox(t)
	parts := strings.Split(strings.TrimPrefix(b.text, "$ "), "\n$ ")
	name, content, _ := strings.Cut(parts[0], "\n")
	testfiles.Write(t, filepath.Join(s.dir, strings.TrimPrefix(name, "cat ")), content)
	for _, p := range parts[1:] {
		command, want, _ := strings.Cut(p, "\n")
		out, errOut, _ := s.bash(t, command)
		if got := out + errOut; got != want {
			t.Errorf("%s:%d: %s gives:\n%s\nthe document says:\n%s", b.doc, b.line, command, got, want)
		}
	}
}
