package main

import (
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/spf13/pflag"

	"github.com/noticelint/noticelint/config"
	"github.com/noticelint/noticelint/evidence"
	"github.com/noticelint/noticelint/fetch"
	"github.com/noticelint/noticelint/internal/fserr"
	"github.com/noticelint/noticelint/scan"
	"github.com/noticelint/noticelint/services"
)

// browserFlags are scan's and crawl's flags for visiting the sites in a
// browser (package evidence).
type browserFlags struct {
	browser   bool
	jobs      int
	settle    time.Duration
	resolve   []string
	evidence  string
	restart   int
	records   int
	trustSPKI []string
}

func (f *browserFlags) register(fl *pflag.FlagSet) {
	fl.BoolVar(&f.browser, "browser", false, "also visit each site in headless Chromium: record its requests, cookies and web storage before consent and after \"reject all\", and hold them against the notice")
	fl.IntVar(&f.jobs, "browser-jobs", evidence.DefaultJobs, "browser tabs at once (--browser)")
	fl.DurationVar(&f.settle, "browser-settle", evidence.DefaultSettle, "watch each page this long after it has loaded (--browser)")
	fl.StringArrayVar(&f.resolve, "browser-resolve", nil, "given `HOST:PORT:ADDR`, connect to ADDR for HOST:PORT instead of what DNS says, in the browser and the fetcher alike, as curl's --resolve (repeatable)")
	fl.IntVar(&f.restart, "browser-restart", evidence.DefaultMaxVisits, "start Chromium afresh after this many visits, so that a long crawl's memory stays bounded (--browser)")
	fl.IntVar(&f.records, "browser-max-records", evidence.DefaultMaxRecords, "keep at most this many requests, connections, cookies and storage keys of a visit, each; count the rest (--browser)")
	fl.StringVar(&f.evidence, "evidence", "", "keep each site's evidence in `DIR`: visit.json (requests, cookies, storage, the proxy's log), screenshots, the notice as fetched (--browser)")
	// For tests whose local servers stand in for real https hosts.
	fl.StringArrayVar(&f.trustSPKI, "browser-trust-spki", nil, "base64 SHA-256 hash of a certificate's public key the browser accepts for any host")
	_ = fl.MarkHidden("browser-trust-spki")
}

// validate checks the flags and gives --browser-resolve's overrides.
func (f *browserFlags) validate() (fetch.Overrides, error) {
	ov, err := fetch.ParseOverrides(f.resolve)
	if err != nil {
		return nil, usageError("--browser-resolve %v", err)
	}
	switch {
	case f.jobs < 1:
		return nil, usageError("--browser-jobs %d: give 1 or more", f.jobs)
	case f.restart < 1:
		return nil, usageError("--browser-restart %d: give 1 or more", f.restart)
	case f.records < 1:
		return nil, usageError("--browser-max-records %d: give 1 or more", f.records)
	case f.settle < 0:
		return nil, usageError("--browser-settle %s: must not be negative", f.settle)
	case f.evidence != "" && !f.browser:
		return nil, usageError("--evidence %s: it keeps what --browser records; add --browser", f.evidence)
	}
	return ov, nil
}

// observer starts the browser for opts when --browser is given: the
// scanner's Observer, and a func that stops it. Without --browser it
// returns nil.
func (f *browserFlags) observer(opts scan.Options, plan *config.Plan, msgLang string) (*evidence.Observer, func(), error) {
	if !f.browser {
		return nil, func() {}, nil
	}
	if f.evidence != "" {
		if err := os.MkdirAll(f.evidence, 0o755); err != nil {
			return nil, nil, &exitError{code: exitInput, err: fmt.Errorf("--evidence %s: %w", f.evidence, fserr.Reason(err))}
		}
	}
	col, err := evidence.New(evidence.Options{
		Dial: wordedDialer(opts.Fetch.Dialer()), Jobs: f.jobs, Settle: f.settle, PageTimeout: opts.Fetch.Timeout, TrustSPKI: f.trustSPKI,
		MaxVisits: f.restart, MaxRecords: f.records,
	})
	if errors.Is(err, evidence.ErrNoChromium) {
		return nil, nil, &exitError{code: exitUsage, err: err, inFile: true} // one sentence, no usage hint
	}
	if err != nil {
		return nil, nil, &exitError{code: exitUsage, err: err}
	}
	table := services.Default().With(plan.Services())
	o := &evidence.Observer{
		Collector: col, Dir: f.evidence,
		Judge: evidence.Judge{Engine: opts.Engine, Table: table, Lang: msgLang},
	}
	return o, col.Close, nil
}
