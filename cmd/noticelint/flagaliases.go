package main

import (
	"fmt"

	"github.com/spf13/pflag"
)

// One idea, one spelling on every command: --output/-o for where results
// go, -j/--jobs for how many at once, --max-size for the largest input.
// crawl said --out/-o and -c/--concurrency, scan and crawl --max-body;
// those spellings stay, hidden, so that scripts and manifests keep working.

// alias adds old (with its one-letter form short, if any) as a hidden
// spelling of the flag name: both set the same value.
func alias(fl *pflag.FlagSet, old, short, name string) {
	f := fl.Lookup(name)
	if f == nil {
		panic("alias of an unknown flag --" + name)
	}
	fl.AddFlag(&pflag.Flag{
		Name: old, Shorthand: short, Value: f.Value, DefValue: f.DefValue, NoOptDefVal: f.NoOptDefVal,
		Usage: fmt.Sprintf("the former spelling of --%s", name), Hidden: true,
	})
}
