package config

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
)

// TestAliasBomb: a few lines of nested aliases standing for millions of
// values are refused at once, not expanded.
func TestAliasBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString("l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i <= 9; i++ {
		fmt.Fprintf(&b, "l%d: &l%d [*l%d, *l%d, *l%d, *l%d, *l%d, *l%d, *l%d, *l%d, *l%d, *l%d]\n", i, i, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1)
	}
	start := time.Now()
	got := problemsOf(t, b.String())
	if len(got) != 1 || !strings.Contains(got[0], "c.yml: too large with its aliases expanded") {
		t.Errorf("problems %v", got)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v", d)
	}
}

// TestAliasesAllowed: ordinary anchors and aliases work, and lines of
// problems behind them are still found.
func TestAliasesAllowed(t *testing.T) {
	text := `rules:
  disable: &old [duplicate-heading]
overrides:
  - files: ["a/**"]
    rules: {disable: *old}
  - files: ["b/**"]
    max-age: 0
`
	got := problemsOf(t, text)
	if strings.Join(got, "\n") != "c.yml:7: overrides[1].max-age: must be at least 1" {
		t.Errorf("problems %v", got)
	}
	if size := expandedSize(mustParse(t, text), maxNodes); size < 10 || size > 60 {
		t.Errorf("expanded size %d", size)
	}
}

func mustParse(t *testing.T, text string) *ast.File {
	t.Helper()
	f, err := parser.ParseBytes([]byte(text), 0)
	if err != nil {
		t.Fatal(err)
	}
	return f
}
