package lint

import (
	"runtime"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/internal/leaktest"
)

// goroutine is the current goroutine's header line ("goroutine 7 [running]").
func goroutine() string {
	buf := make([]byte, 64)
	line, _, _ := strings.Cut(string(buf[:runtime.Stack(buf, false)]), " [")
	return line
}

// TestWorkerKeepsItsGoroutine: a worker runs one input after another on
// the same goroutine, not the caller's; one it abandons, stuck in a call,
// ends once the call does, and the next call runs on a new goroutine, in
// new memory; stop ends the goroutine.
func TestWorkerKeepsItsGoroutine(t *testing.T) {
	var w worker
	on := func() string {
		got := make(chan string)
		w.run(func() { got <- goroutine() })
		return <-got
	}
	first, second := on(), on()
	if first != second || first == goroutine() {
		t.Errorf("calls ran on %q and %q (caller %q), want one goroutine of the worker's", first, second, goroutine())
	}
	release := make(chan struct{})
	mem := w.memory()
	w.run(func() { stuckInCall(release) })
	w.abandon()
	if w.memory() == mem {
		t.Error("the worker kept the memory of the call it abandoned for the next")
	}
	third := on()
	if third == first {
		t.Errorf("the call after an abandoned one ran on the stuck goroutine %q", third)
	}
	close(release)
	w.stop()
	for _, g := range []string{first, third} {
		if left := leaktest.In(g + " ["); len(left) > 0 {
			t.Errorf("%s left: %v", g, left)
		}
	}
}

func stuckInCall(release chan struct{}) { <-release }
