package config

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/noticelint/noticelint/internal/testfiles"
)

// TestFind: the configuration is found in the working directory or the
// nearest parent, but not above the repository's root (.git as a directory
// or, in a worktree, a file), and not at all when there is none.
func TestFind(t *testing.T) {
	root := t.TempDir()
	mk := func(rel string) string {
		dir := filepath.Join(root, rel)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	outside := filepath.Join(root, FileName) // above every repository below
	testfiles.Write(t, outside, "lang: fi\n")

	repo := mk("repo")
	mk("repo/.git")
	testfiles.Write(t, filepath.Join(repo, FileName), "")
	mk("repo/notices/fi")
	mk("repo/sub")
	testfiles.Write(t, filepath.Join(repo, "sub", FileName), "")

	mk("bare") // a repository without a configuration
	mk("bare/.git")
	mk("bare/notices")

	worktree := mk("worktree") // .git is a file here
	testfiles.Write(t, filepath.Join(worktree, ".git"), "gitdir: /elsewhere\n")
	mk("worktree/notices")

	tests := []struct {
		from, want string
	}{
		{"repo/notices/fi", filepath.Join(repo, FileName)},
		{"repo", filepath.Join(repo, FileName)},
		{"repo/sub", filepath.Join(repo, "sub", FileName)},
		{"bare/notices", ""},
		{"worktree/notices", ""},
		{"elsewhere/deep", outside}, // no repository: up to the filesystem root
	}
	mk("elsewhere/deep")
	for _, tt := range tests {
		t.Run(tt.from, func(t *testing.T) {
			got, err := Find(filepath.Join(root, tt.from))
			if err != nil {
				t.Fatal(err)
			}
			if got != "" {
				got, _ = filepath.Abs(got)
			}
			if got != tt.want {
				t.Errorf("Find = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestFindRelative: from the working directory, the path comes back
// relative to it.
func TestFindRelative(t *testing.T) {
	root := t.TempDir()
	if err := os.MkdirAll(filepath.Join(root, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	testfiles.Write(t, filepath.Join(root, FileName), "")
	sub := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(sub)
	got, err := Find(".")
	if want := filepath.Join("..", "..", FileName); err != nil || got != want {
		t.Errorf("Find(.) = %q, %v; want %q", got, err, want)
	}
}

func TestFindDirectoryNamedLikeConfig(t *testing.T) {
	root := t.TempDir()
	if err := os.Mkdir(filepath.Join(root, FileName), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := Find(root); err == nil {
		t.Error("a directory named .noticelint.yml is not an error")
	}
}
