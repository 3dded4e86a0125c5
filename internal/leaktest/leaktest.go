// Package leaktest tells the tests whether goroutines are left at work in
// a package after the work on an input was stopped.
package leaktest

import (
	"runtime"
	"strings"
	"time"
)

// In returns the stacks of the goroutines with a frame of pkg on them,
// waiting up to a second for those that are ending.
func In(pkg string) []string {
	var left []string
	for range 50 {
		buf := make([]byte, 4<<20)
		buf = buf[:runtime.Stack(buf, true)]
		left = left[:0]
		for g := range strings.SplitSeq(string(buf), "\n\n") {
			if strings.Contains(g, pkg) {
				left = append(left, g)
			}
		}
		if len(left) == 0 {
			return nil
		}
		time.Sleep(20 * time.Millisecond)
	}
	return left
}
