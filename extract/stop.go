package extract

import (
	"context"
	"errors"
)

// Stopping. The work on one notice stops when the context handed to Read
// is done (a per-file time limit, a cancelled run): every loop that runs
// over the whole input (lines, tokens, PDF operators, the parsers' lines
// and blocks) checks, and a check that finds the context done unwinds the
// extraction by panicking with a stopped value, which Read turns into the
// context's error. One panic at the top, instead of an error threaded
// through every helper, keeps the helpers as they were; the PDF reader
// does the same with its budgets.

// stopper is the check. It is cheap enough for inner loops: a counter, and
// every stopEvery calls a non-blocking look at the context. A nil stopper
// never stops (the From* functions called directly, a context that cannot
// be done). It belongs to one extraction, on one goroutine.
type stopper struct {
	ctx  context.Context
	done <-chan struct{}
	n    uint32
}

// stopEvery is how many checks pass between looks at the context: a look
// costs a channel select, a check an increment.
const stopEvery = 256

func newStopper(ctx context.Context) *stopper {
	if ctx == nil || ctx.Done() == nil {
		return nil
	}
	return &stopper{ctx: ctx, done: ctx.Done()}
}

// stopped is the panic value that unwinds a stopped extraction.
type stopped struct{ err error }

// check counts one unit of work and stops the extraction if the context
// is done.
func (s *stopper) check() {
	if s == nil {
		return
	}
	s.n++
	if s.n%stopEvery == 0 {
		s.now()
	}
}

// checkN is check of n < stopEvery units of work at once: the context is
// looked at as often as n checks would, when the count passes a multiple
// of stopEvery.
func (s *stopper) checkN(n uint32) {
	if s == nil {
		return
	}
	s.n += n
	if s.n%stopEvery < n {
		s.now()
	}
}

// now stops the extraction if the context is done, without counting:
// between stages, and before work no check interrupts (a parser's run).
func (s *stopper) now() {
	if s == nil {
		return
	}
	select {
	case <-s.done:
		panic(stopped{s.err()})
	default:
	}
}

// err is why the work stopped.
func (s *stopper) err() error {
	if err := context.Cause(s.ctx); err != nil {
		return err
	}
	return context.Canceled
}

// catchStop turns a stopped panic into *err; other panics go on.
func catchStop(err *error) {
	if p := recover(); p != nil {
		st, ok := p.(stopped)
		if !ok {
			panic(p)
		}
		*err = st.err
	}
}

// IsStopped reports whether err is the error of work stopped by its
// context: its time limit, or the run's cancellation.
func IsStopped(err error) bool {
	return errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled)
}
