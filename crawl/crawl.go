package crawl

import (
	"context"
	"fmt"
	"time"

	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/scan"
)

// Scanner finds, fetches and lints the notice of one site; *scan.Scanner
// is one. It must be safe for concurrent use.
type Scanner interface {
	Scan(ctx context.Context, site string) scan.Result
}

// DefaultConcurrency is the crawl --jobs default.
const DefaultConcurrency = 32

// Options are the settings of Run.
type Options struct {
	// Concurrency is how many sites are scanned at once (0:
	// DefaultConcurrency). Each site is scanned by one worker.
	Concurrency int
	// Refs maps rule ids to their legal references (result.Refs).
	Refs map[string]string
	// Now gives CrawledAt; nil means time.Now.
	Now func() time.Time
	// Done, when set, is called with each record written, on the
	// goroutine that writes.
	Done func(result.Site)
	// Check, when set, is called after each record written; an error
	// stops the crawl (the WARC evidence could not be written, say).
	Check func() error
}

// Run scans the sites with a pool of workers and appends each site's record
// to out as soon as it is done, in the order they finish. When ctx is
// cancelled it stops: the sites in flight are dropped, not written, so out
// holds only whole results and a rerun does them again. It returns
// ctx.Err() then, or the error that stopped it.
func Run(ctx context.Context, sites []string, sc Scanner, out *Out, opts Options) error {
	workers := opts.Concurrency
	if workers <= 0 {
		workers = DefaultConcurrency
	}
	workers = min(workers, max(len(sites), 1))
	now := opts.Now
	if now == nil {
		now = time.Now
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan string)
	results := make(chan scan.Result, workers)
	go func() {
		defer close(jobs)
		for _, s := range sites {
			select {
			case jobs <- s:
			case <-ctx.Done():
				return
			}
		}
	}()
	finished := make(chan struct{})
	for range workers {
		go func() {
			defer func() { finished <- struct{}{} }()
			for s := range jobs {
				r := scanSite(ctx, sc, s)
				select {
				case results <- r:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		for range workers {
			<-finished
		}
		close(results)
	}()
	var err error
	for r := range results {
		if ctx.Err() != nil {
			break // in flight when stopped: dropped
		}
		rec := Record(r, opts.Refs, now())
		if err = out.Write(rec); err != nil {
			break
		}
		if opts.Done != nil {
			opts.Done(rec)
		}
		if opts.Check != nil {
			if err = opts.Check(); err != nil {
				break
			}
		}
	}
	if err == nil {
		err = ctx.Err()
	}
	cancel()
	for range results { // let the workers finish
	}
	if serr := out.Sync(); err == nil {
		err = serr
	}
	return err
}

// scanSite scans one site; a panic in the scanner becomes the site's
// error.
func scanSite(ctx context.Context, sc Scanner, s string) (r scan.Result) {
	defer func() {
		if p := recover(); p != nil {
			r = scan.Result{Status: result.StatusError, File: result.Failed(s, fmt.Sprintf("internal error while scanning (please report it): %v", p))}
			r.File.Origin = &result.Origin{Site: s}
		}
	}()
	return sc.Scan(ctx, s)
}

// Record gives a site's result as its results line, finished at now.
func Record(r scan.Result, refs map[string]string, now time.Time) result.Site {
	rec := result.NewSite(r.File, r.Status, refs)
	rec.Domain = Domain(rec.Site)
	rec.CrawledAt = now.UTC().Format(time.RFC3339)
	rec.Timings = r.Timings
	return rec
}
