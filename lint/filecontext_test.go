package lint

import (
	"context"
	"errors"
	"testing"
	"time"
)

// TestFileContextReused: a worker's inputs that end in time share one
// context, never done; one whose time runs out gets a context done with
// DeadlineExceeded, and the next input a fresh one.
func TestFileContextReused(t *testing.T) {
	var w worker
	defer w.stop()
	var seen []context.Context
	quick := func(ctx context.Context) outcome {
		if ctx.Err() != nil {
			t.Errorf("a new input's context is done: %v", ctx.Err())
		}
		if d, ok := ctx.Deadline(); !ok || time.Until(d) <= 0 {
			t.Errorf("deadline %v, %v", d, ok)
		}
		seen = append(seen, ctx)
		return outcome{}
	}
	for range 3 {
		guarded(context.Background(), &w, "quick.txt", time.Minute, quick)
	}
	if seen[0] != seen[1] || seen[1] != seen[2] {
		t.Fatal("inputs that ended in time did not share the worker's context")
	}
	var slowCtx context.Context
	r := guarded(context.Background(), &w, "slow.txt", 10*time.Millisecond, func(ctx context.Context) outcome {
		slowCtx = ctx
		<-ctx.Done()
		return failed("slow.txt", "stopped")
	})
	var te *TimeoutError
	if !errors.As(r.res.Err, &te) {
		t.Fatalf("slow input: %v, want a timeout", r.res.Err)
	}
	if !errors.Is(slowCtx.Err(), context.DeadlineExceeded) {
		t.Fatalf("slow input's context: %v, want DeadlineExceeded", slowCtx.Err())
	}
	guarded(context.Background(), &w, "after.txt", time.Minute, quick)
	if last := seen[len(seen)-1]; last == slowCtx || last == seen[0] {
		t.Fatal("the input after a timeout got a context that was done")
	}
}

// TestFileContextCancelled: cancelling the run ends the input's context,
// with the run's error.
func TestFileContextCancelled(t *testing.T) {
	var w worker
	defer w.stop()
	ctx, cancel := context.WithCancel(context.Background())
	started := make(chan struct{})
	var fileCtx context.Context
	go func() {
		<-started
		cancel()
	}()
	r := guarded(ctx, &w, "long.txt", time.Minute, func(c context.Context) outcome {
		fileCtx = c
		close(started)
		<-c.Done()
		return failed("long.txt", "stopped")
	})
	if r.res.Err == nil || r.res.Err.Error() != "long.txt: cancelled" {
		t.Fatalf("got %v, want cancelled", r.res.Err)
	}
	if !errors.Is(fileCtx.Err(), context.Canceled) {
		t.Fatalf("input's context: %v, want Canceled", fileCtx.Err())
	}
}
