package config

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Problem is one mistake in a configuration (or custom rule) file.
type Problem struct {
	File string
	Line int    // 1-based; 0 when the file as a whole is meant
	Key  string // where in the file: "rules.severity.stale-notice", "custom-rules[0]"
	Msg  string
}

func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		b.WriteString(":" + strconv.Itoa(p.Line))
	}
	b.WriteString(": ")
	if p.Key != "" {
		b.WriteString(p.Key + ": ")
	}
	b.WriteString(p.Msg)
	return b.String()
}

// Error is every problem found in a configuration, one a line.
type Error struct {
	Problems []Problem
}

func (e *Error) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// problems collects Problems for one file.
type problems struct {
	list []Problem
}

func (ps *problems) add(file string, line int, key, format string, args ...any) {
	ps.list = append(ps.list, Problem{File: file, Line: line, Key: key, Msg: fmt.Sprintf(format, args...)})
}

// err returns the problems, sorted by file and line, as an *Error, or nil.
func (ps *problems) err() error {
	if len(ps.list) == 0 {
		return nil
	}
	sort.SliceStable(ps.list, func(i, j int) bool {
		a, b := ps.list[i], ps.list[j]
		if a.File != b.File {
			return a.File < b.File
		}
		return a.Line < b.Line
	})
	return &Error{Problems: ps.list}
}

// keyPath writes a location as "overrides[0].rules.disable[1]".
func keyPath(loc []string, isIndex func(depth int) bool) string {
	var b strings.Builder
	for i, k := range loc {
		switch {
		case isIndex(i):
			b.WriteString("[" + k + "]")
		case i > 0:
			b.WriteString("." + k)
		default:
			b.WriteString(k)
		}
	}
	return b.String()
}
