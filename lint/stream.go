package lint

import (
	"context"
	"iter"

	"github.com/noticelint/noticelint/lint/input"
	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/rules"
)

// Stream lints the items as Run lints files: in parallel, within the
// limits, emitting each result in item order; opts.Keep may leave items
// out once extracted. The items are read as the workers need them, so a
// stream of any length runs in bounded memory.
func Stream(ctx context.Context, items iter.Seq[input.Item], engine *rules.Engine, opts Options, emit func(result.FileResult) error) (result.Summary, error) {
	tasks := func(yield func(task) bool) {
		for it := range items {
			t := task{path: it.Path, err: it.Err, lint: func(ctx context.Context, w *worker) outcome {
				mem := w.memory()
				return guarded(ctx, w, it.Path, opts.Timeout, func(ctx context.Context) outcome {
					return lintData(ctx, it, engine, opts, opts.Keep, mem)
				})
			}}
			if !yield(t) {
				return
			}
		}
	}
	return pipeline(ctx, tasks, opts, emit)
}
