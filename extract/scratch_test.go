package extract

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/noticelint/noticelint/internal/gen"
)

// TestScratchReadsAsNew: a document read in a Scratch that read other
// documents before is the document read in memory of its own, in every
// format; the notices are read twice over, larger and smaller ones in
// turn, so that each is read into memory a larger one grew, and in the
// memory of one whose text drifted from its copy.
func TestScratchReadsAsNew(t *testing.T) {
	var paths []string
	for _, dir := range []string{"../testdata/formats", "../testdata/examples"} {
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			paths = append(paths, filepath.Join(dir, e.Name()))
		}
	}
	inputs := map[string][]byte{}
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		inputs[path] = data
	}
	for _, n := range gen.Generate(12, 5) {
		paths = append(paths, n.Name)
		inputs[n.Name] = n.Content
	}
	var sc Scratch
	for range 2 {
		for _, path := range paths {
			data := inputs[path]
			want, err := Read(context.Background(), path, data, Options{})
			if err != nil {
				t.Fatal(err)
			}
			got, err := Read(context.Background(), path, data, Options{Scratch: &sc})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s read in a used Scratch differs from the document read anew", path)
			}
		}
	}
}
