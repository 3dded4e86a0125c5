package vocab

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// msgConsts are the names and values of the Msg constants in messages.go.
func msgConsts(t *testing.T) map[string]Msg {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "messages.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]Msg{}
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, spec := range g.Specs {
			v := spec.(*ast.ValueSpec)
			if id, ok := v.Type.(*ast.Ident); ok && id.Name == "Msg" {
				lit := v.Values[0].(*ast.BasicLit)
				out[v.Names[0].Name] = Msg(strings.Trim(lit.Value, `"`))
			}
		}
	}
	return out
}

// Every message has its English and Finnish, and the catalog gives them
// back as stored: verbs unfilled, English for a language without its own.
func TestMessagesHaveEveryLanguage(t *testing.T) {
	consts := msgConsts(t)
	if len(consts) != len(messageTexts) {
		t.Errorf("%d Msg constants, %d messages", len(consts), len(messageTexts))
	}
	verbs := regexp.MustCompile(`%[a-z]`)
	for name, id := range consts {
		m, ok := messageTexts[id]
		if !ok || m.en == "" || m.fi == "" {
			t.Errorf("%s (%s): English %q, Finnish %q", name, id, m.en, m.fi)
			continue
		}
		if en, fi := verbs.FindAllString(m.en, -1), verbs.FindAllString(m.fi, -1); strings.Join(en, "") != strings.Join(fi, "") {
			t.Errorf("%s: English verbs %v, Finnish %v", name, en, fi)
		}
		if got := Text("fi", id); got != m.fi {
			t.Errorf("Text(fi, %s) = %q, want %q", name, got, m.fi)
		}
		for _, lang := range []string{"en", "sv", ""} {
			if got := Text(lang, id); got != m.en {
				t.Errorf("Text(%q, %s) = %q, want %q", lang, name, got, m.en)
			}
		}
	}
}

// No message is left unused: each constant is named outside this package.
func TestMessagesAreUsed(t *testing.T) {
	var code strings.Builder
	err := filepath.WalkDir("../..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || d.Name() == ".git") {
			return filepath.SkipDir
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") || filepath.Dir(path) == "." {
			return nil
		}
		b, err := os.ReadFile(path)
		code.Write(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for name := range msgConsts(t) {
		if !strings.Contains(code.String(), "vocab."+name) {
			t.Errorf("message %s is used nowhere", name)
		}
	}
}

// BenchmarkBuildCatalog is what the first message of a run costs once:
// the catalog built and its texts read out.
func BenchmarkBuildCatalog(b *testing.B) {
	for b.Loop() {
		readOut(buildCatalog())
	}
}

// BenchmarkText is one message looked up.
func BenchmarkText(b *testing.B) {
	for b.Loop() {
		Text("fi", ScanNotNotice)
	}
}
