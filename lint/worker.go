package lint

import (
	"context"
	"time"
)

// worker runs the inputs of one pipeline worker, each on a goroutine of
// its own as guarded needs, but keeps that goroutine from one input to the
// next: the stack it grew on one notice serves the next instead of growing
// again from a few KiB (a new goroutine per input spent about 2 % of a
// run's CPU copying stacks). An input that overruns its time and grace
// keeps the goroutine, which is left to end on its own; the next input
// starts another. The zero worker is ready; stop ends its goroutine.
//
// The worker also keeps the memory its inputs are read and extracted
// into (memory.go), which an abandoned input keeps as well.
type worker struct {
	calls chan func()
	mem   *memory
	ctx   *fileContext // the last input's, while it can serve the next
	done  chan outcome // where a call's outcome is sent, empty between calls
}

// results returns the channel the next call's outcome is sent on: the
// last call's, which was received from, unless that call was abandoned.
func (w *worker) results() chan outcome {
	if w.done == nil {
		w.done = make(chan outcome, 1)
	}
	return w.done
}

// fileContext returns the context for the next input under parent, done
// after timeout: the last input's when it can serve. A worker serves the
// inputs of one run, all under the same parent.
func (w *worker) fileContext(parent context.Context, timeout time.Duration) *fileContext {
	if w.ctx == nil {
		w.dropContext()
		w.ctx = newFileContext(parent)
	}
	w.ctx.start(timeout)
	return w.ctx
}

// finish ends an input's use of c, which is dropped unless it can serve
// the next input.
func (w *worker) finish(c *fileContext) {
	if c == w.ctx && !c.finish() {
		w.dropContext()
	}
}

// dropContext releases the worker's file context, if any.
func (w *worker) dropContext() {
	if w.ctx != nil {
		w.ctx.release()
		w.ctx = nil
	}
}

// memory returns the worker's memory for the next input; a nil worker
// has none.
func (w *worker) memory() *memory {
	if w == nil {
		return nil
	}
	if w.mem == nil {
		w.mem = new(memory)
	}
	return w.mem
}

// run starts call on the worker's goroutine.
func (w *worker) run(call func()) {
	if w.calls == nil {
		w.calls = make(chan func())
		go func(calls chan func()) {
			for call := range calls {
				call()
			}
		}(w.calls)
	}
	w.calls <- call
}

// abandon leaves the goroutine to finish the call it is stuck in, and
// end then, with the memory it is using.
func (w *worker) abandon() {
	w.stop()
	w.mem = nil
	w.done = nil // the abandoned call sends on it
	w.dropContext()
}

// stop ends the goroutine once its call, if any, is done.
func (w *worker) stop() {
	w.dropContext()
	if w.calls != nil {
		close(w.calls)
		w.calls = nil
	}
}
