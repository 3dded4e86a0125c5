package browser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestProblemsAreSeen: what the report tests rely on the page never doing
// is noticed when a page does it.
func TestProblemsAreSeen(t *testing.T) {
	Need(t)
	page := `<!DOCTYPE html><html><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; img-src http://127.0.0.1:9">
</head><body><p id="x">x</p><img src="http://127.0.0.1:9/pixel.png" alt="">
<style>p { color: red }</style>
<script>console.error("broken"); alert("hi");</script>
<script>undefinedFunction();</script>
</body></html>`
	path := filepath.Join(t.TempDir(), "bad.html")
	if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	p := Open(t, path, 800, 600)
	got := strings.Join(p.Problems(), "\n")
	for _, want := range []string{"console.error: broken", "alert dialog", "undefinedFunction", "Content Security Policy", "a request to http://127.0.0.1:9/pixel.png"} {
		if !strings.Contains(got, want) {
			t.Errorf("no problem mentions %q; problems:\n%s", want, got)
		}
	}
	if n := Eval[int](t, p, `document.querySelectorAll("p").length`); n != 1 {
		t.Errorf("Eval: %d paragraphs", n)
	}
}

func TestMain(m *testing.M) { os.Exit(Main(m)) }
