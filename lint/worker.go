package lint

// worker runs the inputs of one pipeline worker, each on a goroutine of
// its own as guarded needs, but keeps that goroutine from one input to the
// next: the stack it grew on one notice serves the next instead of growing
// again from a few KiB (a new goroutine per input spent about 2 % of a
// run's CPU copying stacks). An input that overruns its time and grace
// keeps the goroutine, which is left to end on its own; the next input
// starts another. The zero worker is ready; stop ends its goroutine.
type worker struct {
	calls chan func()
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
// end then.
func (w *worker) abandon() { w.stop() }

// stop ends the goroutine once its call, if any, is done.
func (w *worker) stop() {
	if w.calls != nil {
		close(w.calls)
		w.calls = nil
	}
}
