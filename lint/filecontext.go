package lint

import (
	"context"
	"sync"
	"sync/atomic"
	"time"
)

// fileContext is the context a worker lints an input under: done when the
// input's time is up or the run's context is. A worker keeps one from an
// input to the next while it is not done, its timer reset for each: a
// context.WithTimeout an input (a context, a timer, and an entry in the
// parent's set of children made and removed each time) cost about 1 % of
// a run's instructions. One that is done is never used again.
type fileContext struct {
	context.Context // the run's: Value, and the end of the run
	done            chan struct{}
	closing         sync.Once
	expired         atomic.Bool
	deadline        time.Time // set before each input is handed on
	timer           *time.Timer
	unwatch         func() bool // stops watching the run's context
}

// newFileContext returns a file context under parent, its timer stopped.
func newFileContext(parent context.Context) *fileContext {
	c := &fileContext{Context: parent, done: make(chan struct{})}
	c.timer = time.AfterFunc(time.Hour, func() {
		c.expired.Store(true)
		c.close()
	})
	c.timer.Stop()
	c.unwatch = context.AfterFunc(parent, c.close)
	return c
}

func (c *fileContext) close() { c.closing.Do(func() { close(c.done) }) }

// start gives the context timeout from now; it must not be done.
func (c *fileContext) start(timeout time.Duration) {
	c.deadline = time.Now().Add(timeout)
	c.timer.Reset(timeout)
}

// finish stops the input's timer and reports whether the context can serve
// the next input: not when it is done, nor when its timer has fired (it is
// then done, or about to be).
func (c *fileContext) finish() bool {
	if !c.timer.Stop() {
		return false
	}
	select {
	case <-c.done:
		return false
	default:
		return true
	}
}

// release stops the context's timer and its watch of the run's context.
func (c *fileContext) release() {
	c.timer.Stop()
	c.unwatch()
}

func (c *fileContext) Deadline() (time.Time, bool) { return c.deadline, true }

func (c *fileContext) Done() <-chan struct{} { return c.done }

func (c *fileContext) Err() error {
	select {
	case <-c.done:
	default:
		return nil
	}
	if c.expired.Load() {
		return context.DeadlineExceeded
	}
	if err := c.Context.Err(); err != nil {
		return err
	}
	return context.Canceled
}
