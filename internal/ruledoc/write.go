package ruledoc

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/noticelint/noticelint/rules"
)

// Write writes Files(pack) under dir and removes the pages of rules the
// pack no longer has.
func Write(dir string, pack []*rules.Rule) error {
	files := Files(pack)
	if err := os.MkdirAll(filepath.Join(dir, "rules"), 0o755); err != nil {
		return err
	}
	stale, err := filepath.Glob(filepath.Join(dir, "rules", "*.md"))
	if err != nil {
		return err
	}
	for _, p := range stale {
		if _, ok := files["rules/"+strings.TrimSuffix(filepath.Base(p), ".md")+".md"]; !ok {
			if err := os.Remove(p); err != nil {
				return err
			}
		}
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(name)), []byte(text), 0o644); err != nil {
			return err
		}
	}
	return nil
}
