package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// The tests here hold the documentation together: every link between the
// README, docs/ and the repository's files leads somewhere, the README
// reaches every page of docs/, and the package map names every package.

var (
	mdLink    = regexp.MustCompile(`\]\(([^)\s]+)\)`)
	mdHeading = regexp.MustCompile(`(?m)^#{1,6} (.+)$`)
)

// anchor is the fragment GitHub gives a heading.
func anchor(heading string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(heading)) {
		switch {
		case r == ' ':
			b.WriteRune('-')
		case r == '-' || r == '_' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// anchors are the fragments a Markdown file's headings give, those inside
// code blocks left out.
func anchors(t *testing.T, path string) map[string]bool {
	t.Helper()
	text := readFile(t, path)
	var prose strings.Builder
	in := false
	for line := range strings.Lines(text) {
		if fence.MatchString(strings.TrimSuffix(line, "\n")) {
			in = !in
			continue
		}
		if !in {
			prose.WriteString(line)
		}
	}
	set := map[string]bool{}
	for _, m := range mdHeading.FindAllStringSubmatch(prose.String(), -1) {
		set[anchor(m[1])] = true
	}
	return set
}

// TestDocLinks: every relative link of the README, docs/ and the other
// Markdown files names a file inside the repository that exists, and a
// fragment names a heading of the Markdown file it points at.
func TestDocLinks(t *testing.T) {
	var docs []string
	err := filepath.WalkDir(repoRoot, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "node_modules") {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".md") {
			docs = append(docs, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) < 10 {
		t.Fatalf("found %d Markdown files", len(docs))
	}
	for _, doc := range docs {
		rel, _ := filepath.Rel(repoRoot, doc)
		for _, m := range mdLink.FindAllStringSubmatch(readFile(t, doc), -1) {
			target := m[1]
			if strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
				continue
			}
			file, frag, _ := strings.Cut(target, "#")
			path := doc
			if file != "" {
				path = filepath.Join(filepath.Dir(doc), filepath.FromSlash(file))
			}
			if r, err := filepath.Rel(repoRoot, path); err != nil || strings.HasPrefix(r, "..") {
				t.Errorf("%s: link %s leads outside the repository", rel, target)
				continue
			}
			if _, err := os.Stat(path); err != nil {
				t.Errorf("%s: link %s: %v", rel, target, err)
				continue
			}
			if frag != "" && strings.HasSuffix(path, ".md") && !anchors(t, path)[frag] {
				t.Errorf("%s: link %s: no heading gives #%s", rel, target, frag)
			}
		}
	}
}

// TestREADMEReachesDocs: the README links every page of docs/, and stays
// a short page that does.
func TestREADMEReachesDocs(t *testing.T) {
	readme := readFile(t, repoFile(t, "README.md"))
	if n := strings.Count(readme, "\n"); n > 200 {
		t.Errorf("the README has %d lines; keep it within 200 and the rest in docs/", n)
	}
	pages, err := filepath.Glob(repoFile(t, "docs/*.md"))
	if err != nil || len(pages) < 8 {
		t.Fatalf("docs/*.md: %d pages, %v", len(pages), err)
	}
	for _, p := range pages {
		if link := "](docs/" + filepath.Base(p); !strings.Contains(readme, link) {
			t.Errorf("the README does not link docs/%s", filepath.Base(p))
		}
	}
}

// TestPackageMap: the package map of docs/architecture.md names every
// package of the module.
func TestPackageMap(t *testing.T) {
	arch := readFile(t, repoFile(t, "docs/architecture.md"))
	_, packages, ok := strings.Cut(arch, "\n## Packages\n")
	if !ok {
		t.Fatal("docs/architecture.md has no Packages section")
	}
	packages, _, _ = strings.Cut(packages, "\n## ")
	found := 0
	err := filepath.WalkDir(repoRoot, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != repoRoot {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		dir, _ := filepath.Rel(repoRoot, filepath.Dir(path))
		name := "`" + filepath.ToSlash(dir) + "/`"
		if !strings.Contains(packages, "| "+name+" |") {
			t.Errorf("docs/architecture.md's package map does not name %s", name)
		}
		found++
		return nil
	})
	if err != nil || found == 0 {
		t.Fatalf("walked %d Go files: %v", found, err)
	}
}

// TestHelpPointsToDocs: root and lint --help summarise the exit codes and
// formats and point to the documentation, which holds them in full, rather
// than keeping a third copy of the tables.
func TestHelpPointsToDocs(t *testing.T) {
	const docs = "https://github.com/noticelint/noticelint/tree/main/docs"
	root := NewRootCmd(streams{})
	lint, _, err := root.Find([]string{"lint"})
	if err != nil {
		t.Fatal(err)
	}
	for _, cmd := range []*cobra.Command{root, lint} {
		if !strings.Contains(cmd.Long, docs) {
			t.Errorf("%s --help does not point to %s", cmd.CommandPath(), docs)
		}
		if n := strings.Count(cmd.Long, "\n"); n > 40 {
			t.Errorf("%s --help is %d lines: summarise, and leave the detail to the docs", cmd.CommandPath(), n)
		}
		for _, page := range regexp.MustCompile(`docs/[a-z-]+\.md`).FindAllString(cmd.Long, -1) {
			if _, err := os.Stat(repoFile(t, page)); err != nil {
				t.Errorf("%s --help names %s: %v", cmd.CommandPath(), page, err)
			}
		}
	}
}
