package lint

import (
	"context"
	"iter"

	"github.com/noticelint/noticelint/rules"
)

// Item is a notice that comes from a stream rather than a file: a JSON
// line, a WARC record.
type Item struct {
	Path   string // its name in the results: a URL, or "INPUT:LINE"
	Format string // extract.FormatHTML, ...; "" to tell from Path and content
	Data   []byte
	// ContentType is the HTTP Content-Type it came with, when known.
	ContentType string
	// Err is set when the item could not be read; Data is then empty.
	Err *FileError
}

// Stream lints the items as Run lints files: in parallel, within the
// limits, emitting each result in item order. The items are read as the
// workers need them, so a stream of any length runs in bounded memory.
func Stream(ctx context.Context, items iter.Seq[Item], engine *rules.Engine, opts Options, emit func(FileResult) error) (Summary, error) {
	tasks := func(yield func(task) bool) {
		for it := range items {
			t := task{path: it.Path, err: it.Err, lint: func(ctx context.Context) FileResult {
				return Data(ctx, it.Path, it.Data, it.Format, engine, opts)
			}}
			if !yield(t) {
				return
			}
		}
	}
	return pipeline(ctx, tasks, opts, emit)
}
