// Package lint runs the pipeline over the inputs a user names: it finds the
// files and reads them within limits (package input), extracts, checks, and
// hands each file's result (package result) on in input order.
package lint

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/noticelint/noticelint/extract"
	"github.com/noticelint/noticelint/lint/input"
	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/rules"
)

// Options are the limits and settings of a run.
type Options struct {
	Lang      string        // fi, sv, en, or "auto"
	MaxSize   int64         // bytes; a larger file is an error
	Timeout   time.Duration // per file; 0 means none
	Jobs      int           // files linted at once; 0 means one per CPU
	Stdin     io.Reader     // read for the input "-"
	StdinName string        // the path reported for stdin

	// Select, when set, says whether a file is linted: named is true for a
	// file named on the command line, false for one found in a directory.
	// A directory whose files are all left out is not an error.
	Select func(path string, named bool) bool
	// PerFile, when set, gives the engine and language for one input (a
	// configuration's per-path settings); a nil engine or an empty language
	// falls back to Run's engine and Lang.
	PerFile func(path string) (*rules.Engine, string)
	// Process, when set, changes each file's findings before they are
	// counted and reported: severity overrides, disabled rules, baselines.
	// It runs on one goroutine, in input order.
	Process result.Processor
	// Keep, when set, says after extraction whether a streamed item is
	// linted (lint --warc: the page reads as a notice). It runs in the
	// worker, within the time limit; the items it leaves out are neither
	// emitted nor counted as files, but as Summary.Skipped. The document
	// is in the worker's memory, which its next item reuses: Keep must not
	// keep it, nor strings of its text, once it returns.
	Keep func(it input.Item, doc *extract.Document) bool
}

// Run lints every input and calls emit with each result in input order.
// It stops early only when emit fails or ctx is done.
func Run(ctx context.Context, paths []string, engine *rules.Engine, opts Options, emit func(result.FileResult) error) (result.Summary, error) {
	tasks := func(yield func(task) bool) {
		for in := range input.Files(paths, opts.Select) {
			if in.Stdin && opts.StdinName != "" {
				in.Path = opts.StdinName
			}
			t := task{path: in.Path, err: in.Err, lint: func(ctx context.Context, w *worker) outcome { return lintFile(ctx, w, in, engine, opts) }}
			if !yield(t) {
				return
			}
		}
	}
	return pipeline(ctx, tasks, opts, emit)
}

// outcome is what linting one input gave: its result, or skip when
// Options.Keep left it out.
type outcome struct {
	res  result.FileResult
	skip bool
}

// lintFile reads, extracts and checks one input on w, within the size and
// time limits; a panic in an extractor becomes that file's error.
func lintFile(ctx context.Context, w *worker, in input.File, engine *rules.Engine, opts Options) outcome {
	mem := w.memory()
	return guarded(ctx, w, in.Path, opts.Timeout, func(ctx context.Context) outcome {
		var buf []byte
		if mem != nil {
			buf = mem.data
		}
		data, err := input.ReadInto(in, opts.Stdin, opts.MaxSize, buf)
		if err != nil {
			return outcome{res: result.FailedWith(in.Path, err)}
		}
		if mem != nil {
			mem.keepData(data)
		}
		return lintData(ctx, input.Item{Path: in.Path, Data: data}, engine, opts, nil, mem)
	})
}

// Data lints one notice already in memory, such as a fetched web page:
// path names it in the result (a URL is fine) and format, when set, is the
// format the caller knows it to be in (extract.FormatHTML, ...). It keeps
// the per-file time limit and turns a panic into the result's error.
// opts.Process is not applied; Run applies it, callers of Data do.
func Data(ctx context.Context, path string, data []byte, format string, engine *rules.Engine, opts Options) result.FileResult {
	return Item(ctx, input.Item{Path: path, Format: format, Data: data}, engine, opts)
}

// Item is Data for an item that may carry the Content-Type it was served
// with, whose charset then decodes it (a fetched page).
func Item(ctx context.Context, it input.Item, engine *rules.Engine, opts Options) result.FileResult {
	return guarded(ctx, nil, it.Path, opts.Timeout, func(ctx context.Context) outcome {
		return lintData(ctx, it, engine, opts, nil, nil)
	}).res
}

// stopGrace is how long a run waits, once an input's time is up, for the
// work on it to stop. The extractors and the engine check their context as
// they go and stop within milliseconds, so that the next input has the CPU
// and the memory; the grace bounds a library call no check interrupts,
// which is then left to end on its own.
const stopGrace = time.Second

// guarded runs lint within the time limit (none when timeout <= 0) and
// turns a panic into path's error. When the time is up, or ctx is
// cancelled, lint's context is done and the work stops. Under a limit,
// lint runs on w's goroutine (a new one when w is nil).
func guarded(ctx context.Context, w *worker, path string, timeout time.Duration, lint func(context.Context) outcome) outcome {
	run := func(ctx context.Context) (res outcome) {
		defer func() {
			if p := recover(); p != nil {
				res = failed(path, fmt.Sprintf("internal error while linting (please report it): %v", p))
			}
		}()
		return lint(ctx)
	}
	if timeout <= 0 {
		if r := run(ctx); r.res.Err == nil || ctx.Err() == nil {
			return r
		}
		return failed(path, "cancelled")
	}
	var limited context.Context
	if w == nil {
		l, cancel := context.WithTimeout(ctx, timeout)
		defer cancel()
		limited = l
	} else {
		fc := w.fileContext(ctx, timeout)
		defer w.finish(fc)
		limited = fc
	}
	var done chan outcome
	if w == nil {
		done = make(chan outcome, 1)
		go func() { done <- run(limited) }()
	} else {
		done = w.results()
		w.run(func() { done <- run(limited) })
	}
	select {
	case r := <-done:
		if r.res.Err == nil || limited.Err() == nil {
			return r
		}
	case <-limited.Done():
		grace := time.NewTimer(stopGrace)
		defer grace.Stop()
		select {
		case <-done:
		case <-grace.C:
			if w != nil {
				w.abandon()
			}
		}
	}
	if ctx.Err() != nil {
		return failed(path, "cancelled")
	}
	return outcome{res: result.FailedWith(path, &TimeoutError{timeout})}
}

// TimeoutError is an input that took longer than the per-file time limit
// (Options.Timeout).
type TimeoutError struct{ Limit time.Duration }

func (e *TimeoutError) Error() string {
	return fmt.Sprintf("took longer than the per-file time limit of %s", e.Limit)
}

// lintData extracts and checks an item, until ctx is done; keep, when set,
// may leave it out once extracted. With mem, the document is made in mem's
// memory and the result detached from it.
func lintData(ctx context.Context, it input.Item, engine *rules.Engine, opts Options, keep func(input.Item, *extract.Document) bool, mem *memory) (o outcome) {
	if mem != nil {
		defer mem.detach(&o.res)
	}
	path := it.Path
	lang := opts.Lang
	if opts.PerFile != nil {
		e, l := opts.PerFile(path)
		if e != nil {
			engine = e
		}
		if l != "" {
			lang = l
		}
	}
	xopts := extract.Options{Lang: lang, Timeout: opts.Timeout, Format: it.Format, Charset: input.CharsetOf(it.ContentType)}
	if mem != nil {
		xopts.Scratch = &mem.scratch
	}
	doc, err := extract.Read(ctx, path, it.Data, xopts)
	if err != nil {
		return failed(path, err.Error())
	}
	if keep != nil && !keep(it, doc) {
		return outcome{skip: true}
	}
	res := result.FileResult{Path: path, Format: doc.Format, Lang: doc.Lang, Encoding: doc.Encoding, Title: doc.Title}
	if res.Findings, res.Coverage, err = engine.CheckCoverageContext(ctx, doc); err != nil {
		return failed(path, err.Error())
	}
	if d := doc.NoticeDate(engine.Now()); d != nil {
		res.Date = d.Time
	}
	return outcome{res: res}
}

func failed(path, reason string) outcome {
	return outcome{res: result.Failed(path, reason)}
}
