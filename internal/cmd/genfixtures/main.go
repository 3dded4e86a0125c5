// Command genfixtures writes the fictional notice of internal/gen in
// every format to a directory (testdata/formats), for people to try
// noticelint on and for the tests that hold the committed files to the
// generator:
//
//	go generate ./internal/gen
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/noticelint/noticelint/internal/gen"
)

func main() {
	out := flag.String("out", "testdata/formats", "directory to write the files to")
	flag.Parse()
	files, err := gen.Fixtures()
	if err != nil {
		fmt.Fprintln(os.Stderr, "genfixtures:", err)
		os.Exit(1)
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(*out, name), data, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "genfixtures:", err)
			os.Exit(1)
		}
	}
}
