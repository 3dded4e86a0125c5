// Package lint runs the pipeline over the inputs a user names: it finds the
// files, reads them within limits, extracts, checks, and hands each file's
// result on in input order.
package lint

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/noticelint/noticelint/extract"
	"github.com/noticelint/noticelint/internal/fserr"
	"github.com/noticelint/noticelint/record"
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
	Process Processor
}

// Processor changes the findings of the file at path.
type Processor func(path string, fs []rules.Finding) []rules.Finding

// Chain runs the non-nil processors in order.
func Chain(ps ...Processor) Processor {
	return func(path string, fs []rules.Finding) []rules.Finding {
		for _, p := range ps {
			if p != nil {
				fs = p(path, fs)
			}
		}
		return fs
	}
}

// DefaultMaxSize is the --max-size default.
const DefaultMaxSize = 50 << 20

// FileResult is what linting one input gave.
type FileResult struct {
	Path     string
	Format   string
	Lang     string
	Encoding string
	Title    string    // the notice's title, when it has one
	Date     time.Time // the notice's own date (its latest, not in the future); zero when it gives none
	// Site and Why are set by scan and crawl: the site that was asked for
	// and why this notice (Path, a URL) was chosen for it.
	Site, Why string
	// FetchedAt and Redirects are set by scan and crawl: when the page
	// (Path, the final URL) was fetched, and the URLs that redirected to
	// it, in order.
	FetchedAt time.Time
	Redirects []string
	Findings  []rules.Finding
	// Coverage is the status of each required statement (the engine's
	// require rules), for the HTML report's Art. 13/14 matrix.
	Coverage []rules.Coverage
	// Err is set when the input could not be read or extracted; the reason
	// names the file.
	Err *FileError
	// Browser is what the site did when scan or crawl visited it in a
	// browser (--browser); nil otherwise.
	Browser *record.Browser
}

// FileError is an input that could not be linted.
type FileError struct {
	Path   string
	Reason string
}

func (e *FileError) Error() string { return e.Path + ": " + e.Reason }

// Summary counts a run's results.
type Summary struct {
	Files      int                    // inputs linted, or tried
	FileErrors int                    // inputs that could not be linted
	BySeverity map[rules.Severity]int // findings that count, not the suppressed
	Suppressed int                    // findings suppressed by a comment or a baseline
}

// Count returns the number of findings at sev or above.
func (s Summary) Count(atLeast rules.Severity) int {
	n := 0
	for sev, c := range s.BySeverity {
		if sev >= atLeast && sev > rules.None {
			n += c
		}
	}
	return n
}

// Add counts a result, its findings processed, in the summary.
func (s *Summary) Add(r FileResult) {
	if s.BySeverity == nil {
		s.BySeverity = map[rules.Severity]int{}
	}
	s.Files++
	if r.Err != nil {
		s.FileErrors++
	}
	for _, f := range r.Findings {
		if f.Suppressed != nil {
			s.Suppressed++
			continue
		}
		s.BySeverity[f.Severity]++
	}
}

// Run lints every input and calls emit with each result in input order.
// It stops early only when emit fails or ctx is done.
func Run(ctx context.Context, paths []string, engine *rules.Engine, opts Options, emit func(FileResult) error) (Summary, error) {
	tasks := func(yield func(task) bool) {
		for in := range walkInputs(paths, opts.Select) {
			if in.stdin && opts.StdinName != "" {
				in.path = opts.StdinName
			}
			t := task{path: in.path, err: in.err, lint: func(ctx context.Context) FileResult { return lintOne(ctx, in, engine, opts) }}
			if !yield(t) {
				return
			}
		}
	}
	return pipeline(ctx, tasks, opts, emit)
}

// lintOne reads, extracts and checks one input, within the size and time
// limits; a panic in an extractor becomes that file's error.
func lintOne(ctx context.Context, in input, engine *rules.Engine, opts Options) FileResult {
	return guarded(ctx, in.path, opts.Timeout, func(ctx context.Context) FileResult {
		data, err := readInput(in, opts)
		if err != nil {
			return failed(in.path, err.Error())
		}
		return lintData(ctx, in.path, data, "", engine, opts)
	})
}

// Data lints one notice already in memory, such as a fetched web page:
// path names it in the result (a URL is fine) and format, when set, is the
// format the caller knows it to be in (extract.FormatHTML, ...). It keeps
// the per-file time limit and turns a panic into the result's error.
// opts.Process is not applied; Run applies it, callers of Data do.
func Data(ctx context.Context, path string, data []byte, format string, engine *rules.Engine, opts Options) FileResult {
	return guarded(ctx, path, opts.Timeout, func(ctx context.Context) FileResult {
		return lintData(ctx, path, data, format, engine, opts)
	})
}

// stopGrace is how long a run waits, once an input's time is up, for the
// work on it to stop. The extractors and the engine check their context as
// they go and stop within milliseconds, so that the next input has the CPU
// and the memory; the grace bounds a library call no check interrupts,
// which is then left to end on its own.
const stopGrace = time.Second

// guarded runs lint within the time limit (none when timeout <= 0) and
// turns a panic into path's error. When the time is up, or ctx is
// cancelled, lint's context is done and the work stops.
func guarded(ctx context.Context, path string, timeout time.Duration, lint func(context.Context) FileResult) FileResult {
	run := func(ctx context.Context) (res FileResult) {
		defer func() {
			if p := recover(); p != nil {
				res = failed(path, fmt.Sprintf("internal error while linting (please report it): %v", p))
			}
		}()
		return lint(ctx)
	}
	if timeout <= 0 {
		if r := run(ctx); r.Err == nil || ctx.Err() == nil {
			return r
		}
		return failed(path, "cancelled")
	}
	limited, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	done := make(chan FileResult, 1)
	go func() { done <- run(limited) }()
	select {
	case r := <-done:
		if r.Err == nil || limited.Err() == nil {
			return r
		}
	case <-limited.Done():
		grace := time.NewTimer(stopGrace)
		defer grace.Stop()
		select {
		case <-done:
		case <-grace.C:
		}
	}
	if ctx.Err() != nil {
		return failed(path, "cancelled")
	}
	return failed(path, fmt.Sprintf("took longer than the per-file time limit of %s (--timeout)", timeout))
}

// lintData extracts and checks data read from path, until ctx is done.
func lintData(ctx context.Context, path string, data []byte, format string, engine *rules.Engine, opts Options) FileResult {
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
	doc, err := extract.Read(ctx, path, data, extract.Options{Lang: lang, Timeout: opts.Timeout, Format: format})
	if err != nil {
		return failed(path, err.Error())
	}
	res := FileResult{Path: path, Format: doc.Format, Lang: doc.Lang, Encoding: doc.Encoding, Title: doc.Title}
	if res.Findings, res.Coverage, err = engine.CheckCoverageContext(ctx, doc); err != nil {
		return failed(path, err.Error())
	}
	if d := doc.NoticeDate(engine.Now()); d != nil {
		res.Date = d.Time
	}
	return res
}

func failed(path, reason string) FileResult {
	return FileResult{Path: path, Err: &FileError{Path: path, Reason: reason}}
}

// readInput reads a file or stdin, refusing more than MaxSize bytes.
func readInput(in input, opts Options) ([]byte, error) {
	limit := opts.MaxSize
	if limit <= 0 {
		limit = DefaultMaxSize
	}
	var r io.Reader
	size := int64(0) // the file's size, when known
	if in.stdin {
		if opts.Stdin == nil {
			return nil, errors.New("no standard input")
		}
		r = opts.Stdin
	} else {
		f, err := os.Open(in.file)
		if err != nil {
			return nil, readError(err)
		}
		defer func() { _ = f.Close() }()
		if st, err := f.Stat(); err == nil {
			if st.IsDir() {
				return nil, errors.New("is a directory")
			}
			if st.Size() > limit {
				return nil, tooLarge(st.Size(), limit)
			}
			size = st.Size()
		}
		r = f
	}
	// The first block first: a binary file is refused before the rest is
	// read into memory.
	head := make([]byte, min(sniffSize, limit+1))
	n, err := io.ReadFull(r, head)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, readError(err)
	}
	head = head[:n]
	if err := sniffBinary(in.path, head); err != nil {
		return nil, err
	}
	// Sized from the start, the buffer is not grown and copied as
	// io.ReadAll's is.
	var buf bytes.Buffer
	buf.Grow(max(int(size), n) + bytes.MinRead)
	buf.Write(head)
	if _, err := buf.ReadFrom(io.LimitReader(r, limit+1-int64(n))); err != nil {
		return nil, readError(err)
	}
	data := buf.Bytes()
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("larger than the --max-size limit of %s", FormatSize(limit))
	}
	return data, nil
}

func tooLarge(size, limit int64) error {
	return fmt.Errorf("file is %s, over the --max-size limit of %s", FormatSize(size), FormatSize(limit))
}

// readError gives the operating system's reason without repeating the path.
func readError(err error) error {
	return fmt.Errorf("cannot read: %w", fserr.Reason(err))
}
