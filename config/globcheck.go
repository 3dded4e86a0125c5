package config

import (
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/bmatcuk/doublestar/v4"

	"github.com/noticelint/noticelint/extract"
)

// UnmatchedIncludes returns a Problem for each include glob that matches
// no file a directory walk would lint (a notice file, not hidden) under the
// configuration's directory: a typo there ("notice/**" for "notices/**")
// would leave every file out. Each glob's walk covers only its literal
// leading directory ("notices" of "notices/**/*.txt").
func (c *Config) UnmatchedIncludes() []Problem {
	var ps []Problem
	for i, g := range c.Include {
		if c.includeMatches(g) {
			continue
		}
		line := 0
		if i < len(c.includeLines) {
			line = c.includeLines[i]
		}
		ps = append(ps, Problem{File: c.Path, Line: line, Key: "include[" + strconv.Itoa(i) + "]",
			Msg: strconv.Quote(g) + " matches no notice file under " + c.Dir})
	}
	return ps
}

// includeMatches reports whether glob matches a lintable file below its
// literal base directory.
func (c *Config) includeMatches(glob string) bool {
	base, _ := doublestar.SplitPattern(glob)
	root := filepath.Join(c.Dir, filepath.FromSlash(base))
	found := false
	_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return filepath.SkipDir // an unreadable directory: nothing found there
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !extract.Supported(d.Name()) {
			return nil
		}
		rel, err := filepath.Rel(c.Dir, path)
		if err == nil && matchAny([]string{glob}, filepath.ToSlash(rel)) {
			found = true
			return filepath.SkipAll
		}
		return nil
	})
	return found
}
