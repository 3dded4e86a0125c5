package main

import (
	"time"

	"github.com/spf13/pflag"

	"github.com/noticelint/noticelint/config"
	"github.com/noticelint/noticelint/fetch"
	"github.com/noticelint/noticelint/lint"
	"github.com/noticelint/noticelint/lint/input"
	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/scan"
)

// siteFlags are the flags of the commands that fetch websites (scan,
// crawl): who is asking, the fetcher's limits, and the lint time limit.
type siteFlags struct {
	userAgent     string
	timeout       time.Duration
	lintTimeout   time.Duration
	maxBody       string
	allowPrivate  bool
	allowNet      []string
	siteTimeout   time.Duration
	retries       int
	maxRetryWait  time.Duration
	maxCrawlDelay time.Duration
}

func (f *siteFlags) register(fl *pflag.FlagSet) {
	fl.StringVar(&f.userAgent, "user-agent", fetch.DefaultUserAgent(buildVersion()), "the User-Agent header; keep a way to reach you in it (robots.txt groups match its first word)")
	fl.DurationVar(&f.timeout, "timeout", fetch.DefaultTimeout, "give up on a request after this long, its body included")
	fl.DurationVar(&f.lintTimeout, "lint-timeout", 30*time.Second, "give up on linting a notice after this long: the work on it stops (0 for no limit; a PDF still stops after 30s)")
	fl.StringVar(&f.maxBody, "max-size", "10MiB", "read at most this much of a response (e.g. 20MiB); a notice over it is an error")
	alias(fl, "max-body", "", "max-size")
	fl.BoolVar(&f.allowPrivate, "allow-private", false, "allow loopback, private and other non-public addresses (intranet sites), but not link-local or cloud metadata ones")
	fl.StringSliceVar(&f.allowNet, "allow-net", nil, "also allow these non-public addresses: loopback, private (RFC 1918, IPv6 ULA), an address or a CIDR range; a link-local range or cloud metadata address only when named (repeatable)")
	fl.DurationVar(&f.siteTimeout, "site-timeout", scan.DefaultTimeout, "give up on a site after this long: robots.txt, home page, candidates, retries and lint (0 for no limit)")
	fl.IntVar(&f.retries, "retries", fetch.DefaultRetries, "retry a 429 or 5xx answer this many times")
	fl.DurationVar(&f.maxRetryWait, "max-retry-wait", fetch.DefaultMaxRetryWait, "wait at most this long before a retry; a Retry-After asking for more ends the retries")
	fl.DurationVar(&f.maxCrawlDelay, "max-crawl-delay", fetch.DefaultMaxCrawlDelay, "honour a robots.txt Crawl-delay up to this long")
}

// validate checks the flags and gives --max-size in bytes, and what
// --allow-net allows.
func (f *siteFlags) validate() (maxBody int64, allow fetch.Allowance, err error) {
	if maxBody, err = input.ParseSize(f.maxBody); err != nil {
		return 0, allow, usageError("--max-size: %v", err)
	}
	if allow, err = fetch.ParseAllowance(f.allowNet); err != nil {
		return 0, allow, usageError("--allow-net %v", err)
	}
	for _, d := range []struct {
		flag string
		v    time.Duration
	}{{"--timeout", f.timeout}, {"--max-retry-wait", f.maxRetryWait}, {"--max-crawl-delay", f.maxCrawlDelay}} {
		if d.v <= 0 {
			return 0, allow, usageError("%s %s: give a duration above 0, e.g. 15s", d.flag, d.v)
		}
	}
	switch {
	case f.lintTimeout < 0:
		return 0, allow, usageError("--lint-timeout %s: must not be negative", f.lintTimeout)
	case f.siteTimeout < 0:
		return 0, allow, usageError("--site-timeout %s: must not be negative", f.siteTimeout)
	case f.retries < 0:
		return 0, allow, usageError("--retries %d: must not be negative", f.retries)
	case f.userAgent == "":
		return 0, allow, usageError("--user-agent: must not be empty")
	}
	return maxBody, allow, nil
}

// options are the scanner's options under plan, findings processed by
// process.
func (f *siteFlags) options(maxBody int64, allow fetch.Allowance, plan *config.Plan, process result.Processor) scan.Options {
	return scan.Options{
		Fetch: fetch.Options{
			UserAgent: f.userAgent, Timeout: f.timeout, MaxBody: maxBody, Retries: f.retries,
			MaxRetryWait: f.maxRetryWait, MaxCrawlDelay: f.maxCrawlDelay, AllowPrivate: f.allowPrivate, Allow: allow,
		},
		Engine:      plan.Engine(),
		Lint:        lint.Options{Lang: plan.Lang(), Timeout: f.lintTimeout, PerFile: plan.PerFile, Process: process},
		SiteTimeout: f.siteTimeout,
	}
}

// webFlags are the flags of the commands that visit websites (scan,
// crawl): fetching, and visiting in a browser; validate sets the values
// the flags give.
type webFlags struct {
	siteFlags
	browserFlags

	maxBody int64
	allow   fetch.Allowance
	resolve fetch.Overrides
}

func (f *webFlags) register(fl *pflag.FlagSet) {
	f.siteFlags.register(fl)
	f.browserFlags.register(fl)
}

func (f *webFlags) validate() error {
	var err error
	if f.maxBody, f.allow, err = f.siteFlags.validate(); err != nil {
		return err
	}
	f.resolve, err = f.browserFlags.validate()
	return err
}

// scanOptions are the scanner's options under plan: findings processed by
// process, reasons in msgLang.
func (f *webFlags) scanOptions(plan *config.Plan, process result.Processor, msgLang string) scan.Options {
	opts := f.options(f.maxBody, f.allow, plan, process)
	opts.MessageLang = msgLang
	opts.Fetch.Overrides = f.resolve
	return opts
}
