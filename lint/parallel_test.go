package lint

import (
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/noticelint/noticelint/internal/gen"
	"github.com/noticelint/noticelint/internal/testfiles"
)

// TestParallelSameAsSequential: Run with 8 workers sharing
// one engine (its pooled index memory reused across documents of other
// sizes on other goroutines) gives the results one worker gives. Run with
// -race.
func TestParallelSameAsSequential(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for i, n := range gen.Generate(80, 11) {
		p := filepath.Join(dir, fmt.Sprintf("%03d-%s", i, filepath.Base(n.Name)))
		testfiles.Write(t, p, string(n.Content))
		paths = append(paths, p)
		if i%10 == 0 { // a tiny notice among the large ones
			q := filepath.Join(dir, fmt.Sprintf("%03d-tiny.txt", i))
			testfiles.Write(t, q, "Tietosuojaseloste\nHenkilötietolain mukaisesti.\n")
			paths = append(paths, q)
		}
	}
	seq, _ := runAll(t, paths, Options{Jobs: 1})
	for range 3 {
		par, _ := runAll(t, paths, Options{Jobs: 8})
		for i := range seq {
			if !reflect.DeepEqual(seq[i], par[i]) {
				t.Fatalf("%s: the parallel result differs from the sequential one", seq[i].Path)
			}
		}
	}
}
