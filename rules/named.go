package rules

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"strings"
	"sync"
)

// Named patterns are families of wordings several rule files share, defined
// once in pack/named/NAME.txt, one alternative a line (lines starting with
// "# " are comments). A line of a pattern that is just {NAME} stands for
// the named pattern's lines: YAML's anchors do not reach across files.

//go:embed pack/named/*.txt
var namedFS embed.FS

var namedRef = regexp.MustCompile(`^\{([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\}$`)

// namedPatterns are the named patterns, by name, their lines joined with
// line breaks.
var namedPatterns = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	files, err := fs.Glob(namedFS, "pack/named/*.txt")
	if err != nil {
		panic(err) // the pattern is constant
	}
	for _, name := range files {
		data, err := namedFS.ReadFile(name)
		if err != nil {
			panic(err) // embedded
		}
		out[strings.TrimSuffix(path.Base(name), ".txt")] = strings.Join(patternLines(string(data)), "\n")
	}
	return out
})

// expandNamed puts each named pattern's lines in place of the lines of p
// that refer to it ({rights-heading}).
func expandNamed(p string) (string, error) {
	if !strings.Contains(p, "{") {
		return p, nil
	}
	lines := strings.Split(p, "\n")
	expanded := false
	for i, line := range lines {
		m := namedRef.FindStringSubmatch(strings.TrimSpace(line))
		if m == nil {
			continue
		}
		named, ok := namedPatterns()[m[1]]
		if !ok {
			return "", fmt.Errorf("no named pattern is called %q (pack/named/%s.txt)", m[1], m[1])
		}
		lines[i], expanded = named, true
	}
	if !expanded {
		return p, nil
	}
	return strings.Join(lines, "\n") + "\n", nil
}
