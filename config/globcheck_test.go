package config

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/internal/testfiles"
)

// TestUnmatchedIncludes: an include glob is reported, with its line, when
// no notice file a directory walk would lint matches it: not a file of
// another kind, not a hidden one; globs above the configuration's folder
// are looked up there.
func TestUnmatchedIncludes(t *testing.T) {
	root := t.TempDir()
	for _, f := range []string{"repo/notices/fi/tietosuoja.txt", "repo/docs/guide.yml", "repo/.hidden/privacy.md", "shared/notices/privacy.html"} {
		testfiles.Write(t, filepath.Join(root, f), "Tietosuojaseloste\n")
	}
	path := filepath.Join(root, "repo", FileName)
	testfiles.Write(t, path, `include:
  - "notices/**"
  - "notice/**"
  - "docs/**"
  - "**/privacy.md"
  - "../shared/notices/*.html"
  - "../elsewhere/**"
  - "**/*.txt"
`)
	cfg, err := Load(path, pack(t))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range cfg.UnmatchedIncludes() {
		got = append(got, strings.ReplaceAll(p.String(), root, "ROOT"))
	}
	want := []string{
		`ROOT/repo/.noticelint.yml:3: include[1]: "notice/**" matches no notice file under ROOT/repo`,
		`ROOT/repo/.noticelint.yml:4: include[2]: "docs/**" matches no notice file under ROOT/repo`,
		`ROOT/repo/.noticelint.yml:5: include[3]: "**/privacy.md" matches no notice file under ROOT/repo`,
		`ROOT/repo/.noticelint.yml:7: include[5]: "../elsewhere/**" matches no notice file under ROOT/repo`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
