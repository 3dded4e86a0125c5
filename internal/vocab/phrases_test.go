package vocab

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// Every phrase has its English and Finnish, and the catalog gives them.
func TestPhrasesHaveEveryLanguage(t *testing.T) {
	for key := range htmlEnglish {
		if _, ok := htmlFinnish[key]; !ok {
			t.Errorf("HTML key %q has English but no Finnish", key)
		}
	}
	for d, phrases := range phraseTexts() {
		for key, p := range phrases {
			if p.en == "" || p.fi == "" {
				t.Errorf("%s %q: English %q, Finnish %q", d, key, p.en, p.fi)
			}
			if got, ok := Phrase(d, "fi", key); !ok || got != p.fi {
				t.Errorf("Phrase(%s, fi, %q) = %q, %v; want %q", d, key, got, ok, p.fi)
			}
			if got, ok := Phrase(d, "en", key); !ok || got != p.en {
				t.Errorf("Phrase(%s, en, %q) = %q, %v; want %q", d, key, got, ok, p.en)
			}
		}
	}
	if got, ok := Phrase(HTMLReport, "fi", "no such phrase"); ok {
		t.Errorf("a phrase the catalog lacks: %q, true", got)
	}
}

// dynamicPhrases are keys the reports look up from data, not from a
// literal: severities, coverage statuses, crawl statuses.
var dynamicPhrases = map[string]bool{
	"error": true, "warning": true, "note": true,
	"present": true, "missing": true, "empty": true, "not-applicable": true, "contradicted": true,
	"outdated": true, "unread": true, "disabled": true,
	"ok": true, "not-found": true, "blocked": true,
}

// tmplPhrase is a template's call of its phrase function: {{t "Findings"}}.
var tmplPhrase = regexp.MustCompile(`\{\{-? *t ("(?:[^"\\]|\\.)*")`)

// No phrase is left unused: each key is a string literal of the report
// code or of a {{t "…"}} in its templates, or a dynamic key.
func TestPhrasesAreUsed(t *testing.T) {
	literals := map[string]bool{}
	files, err := filepath.Glob("../../report/*")
	if err != nil {
		t.Fatal(err)
	}
	tmpls, _ := filepath.Glob("../../report/html/*.tmpl")
	for _, f := range append(files, tmpls...) {
		b, err := os.ReadFile(f)
		if err != nil {
			continue // a folder
		}
		switch {
		case strings.HasSuffix(f, ".tmpl"):
			for _, m := range tmplPhrase.FindAllStringSubmatch(string(b), -1) {
				if v, err := strconv.Unquote(m[1]); err == nil {
					literals[v] = true
				}
			}
		case strings.HasSuffix(f, ".go") && !strings.HasSuffix(f, "_test.go"):
			file, err := parser.ParseFile(token.NewFileSet(), f, b, 0)
			if err != nil {
				t.Fatal(err)
			}
			ast.Inspect(file, func(n ast.Node) bool {
				if _, ok := n.(*ast.ImportSpec); ok {
					return false // "errors" the package is no phrase
				}
				if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
					if v, err := strconv.Unquote(lit.Value); err == nil {
						literals[v] = true
					}
				}
				return true
			})
		}
	}
	for d, phrases := range phraseTexts() {
		for key := range phrases {
			if !literals[key] && !dynamicPhrases[key] {
				t.Errorf("%s phrase %q is used nowhere", d, key)
			}
		}
	}
}
