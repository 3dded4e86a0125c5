package lint

import (
	"context"
	"iter"
	"runtime"

	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/rules"
)

// task is one input of a run: lint, run by a worker, gives its result,
// unless err says the input failed before it could be linted.
type task struct {
	path string
	err  *result.FileError
	lint func(context.Context, *worker) outcome
}

// pipeline lints the tasks with opts.Jobs workers and calls emit with each
// result in task order, after opts.Process, leaving out those opts.Keep
// skipped (counted in Summary.Skipped); at most about three tasks a
// worker are in flight, so a long stream runs in bounded memory. It stops
// early only when emit fails or ctx is done.
func pipeline(ctx context.Context, tasks iter.Seq[task], opts Options, emit func(result.FileResult) error) (result.Summary, error) {
	sum := result.Summary{BySeverity: map[rules.Severity]int{}}
	workers := opts.Jobs
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		t   task
		res chan outcome
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan *job)
	order := make(chan *job, 2*workers)
	go func() {
		defer close(order)
		defer close(jobs)
		for t := range tasks {
			j := &job{t: t, res: make(chan outcome, 1)}
			select {
			case order <- j:
			case <-ctx.Done():
				return
			}
			if t.err != nil {
				j.res <- outcome{res: result.FileResult{Path: t.path, Err: t.err}}
				continue
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				return
			}
		}
	}()
	for range workers {
		go func() {
			var w worker
			defer w.stop()
			for j := range jobs {
				j.res <- j.t.lint(ctx, &w)
			}
		}()
	}
	for j := range order {
		var o outcome
		select {
		case o = <-j.res:
		case <-ctx.Done():
			return sum, ctx.Err()
		}
		if o.skip {
			sum.Skipped++
			continue
		}
		r := o.res
		if r.Err == nil && opts.Process != nil {
			r.Findings = opts.Process(r.Path, r.Findings)
		}
		sum.Add(r)
		if err := emit(r); err != nil {
			return sum, err
		}
	}
	return sum, ctx.Err()
}
