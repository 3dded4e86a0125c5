// Command noticelint lints privacy notices against the GDPR and Finnish law.
package main

import (
	"os"
	"runtime/debug"
)

func main() {
	tuneGC()
	os.Exit(run(os.Args[1:], streams{in: os.Stdin, out: os.Stdout, err: os.Stderr}))
}

// tuneGC trades memory for speed: linting allocates a lot of short-lived
// text while keeping little alive, so the default GOGC=100 collects a few
// hundred times a run. GOGC=300 collects a third as often; a higher
// setting (800 was) only grows the heap to the soft limit of 80 MiB, where
// the collector and the scavenger, which hands the pages back and faults
// them in again, cost more than they save (docs/performance.md). The limit
// is not a cap: a large input may still use more.
// The GOGC and GOMEMLIMIT environment variables still win.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(300)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(80 << 20)
	}
}
