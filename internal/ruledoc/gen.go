//go:build ignore

// gen writes the rule reference into docs/: rules.md and rules/ID.md.
//
//	go generate ./internal/ruledoc
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/noticelint/noticelint/internal/ruledoc"
	"github.com/noticelint/noticelint/rules"
)

func main() {
	out := flag.String("out", "docs", "the docs `DIR`")
	flag.Parse()
	pack, err := rules.Load()
	if err == nil {
		err = ruledoc.Write(*out, pack)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "ruledoc:", err)
		os.Exit(1)
	}
}
