package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"time"

	"github.com/spf13/cobra"

	"github.com/noticelint/noticelint/crawl"
	"github.com/noticelint/noticelint/internal/fserr"
	"github.com/noticelint/noticelint/lint/input"
	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/scan"
)

type crawlFlags struct {
	settingsFlags
	webFlags
	input, out  string
	concurrency int
	shard       string
	warcOut     string
	warcMaxSize string
	quiet       bool
	retryErrors bool
}

func newCrawlCmd(s streams) *cobra.Command {
	var f crawlFlags
	cmd := &cobra.Command{
		Use:   "crawl [--input] SITES [--output RESULTS.jsonl]",
		Short: "Find and lint the privacy notices of many websites, resumably",
		Long: `Crawl many websites: for each site of --input, find its privacy notice as
'noticelint scan' does (home page, links ranked by their words, robots.txt
obeyed, one request at a time per host), lint it, and append one JSON line
to --output: site, registrable domain, status (ok, not-found, blocked, error),
the notice's URL and why it was chosen, format, language, the notice's own
date, findings, error, timings and when it was crawled. The fetch flags are
those of scan; a site that takes longer than --site-timeout, all its
requests, waits and linting together, is given up with status error, so
that no site holds a worker for long. 'noticelint report RESULTS.jsonl'
makes one HTML page of it.

Input (--input or the argument: a file, or - for standard input): one site
a line, a domain (esimerkki.example) or an http(s) URL; or JSON lines
{"site": "..."} or {"url": "..."}. Blank lines and lines starting with #
are skipped; a site named twice (esimerkki.example and
https://esimerkki.example/) is done once. A line that names no site is
reported, the others are crawled, and the exit code is 3; with --shard,
only one shard reports it (the one its text hashes to).

Without --output (or with --output -) the lines go to standard output, for
a pipe into 'noticelint report -', and the summary to standard error; such a
crawl cannot resume.

The flags' spellings are those of the other commands: --output (-o), --jobs
(-j), --max-size; the former --out, --concurrency (-c) and --max-body still
work.

Resuming: each site's line is appended and flushed as soon as it is done,
so a crawl that is killed loses only the sites in flight. Run the same
command again and the sites already in --output are skipped (a last line cut
short by the kill is dropped first). Ctrl-C stops cleanly: the sites in
flight are dropped, --output stays whole, and the exit code is 130. Sites
whose last line has status error (a timeout, an outage) are not done
again unless --retry-errors is given: then they are crawled again and
their new line is appended, and the summary and 'noticelint report' count
each site once, as its latest line has it. Errors the first run's own
settings caused are retried without it when this run changes the setting
the error names (--allow-private, --timeout, --max-size, --max-retry-wait):
a crawl of intranet sites rerun with --allow-private does them again.

Sharding: --shard i/n keeps only the sites whose registrable domain
(public suffix + 1, e.g. esimerkki.example for www.esimerkki.example; an IP
address or a single label as it is) falls in shard i of n (0-based): the
64-bit FNV-1a hash of the domain, in lower case and IDNA ASCII, modulo n.
The assignment never changes between versions, so n machines (a Kubernetes
Indexed Job with --shard $(JOB_COMPLETION_INDEX)/n) split a list without
talking to each other; concatenate their --output files afterwards.

Evidence: --warc-out DIR keeps every HTTP exchange (robots.txt, redirects,
home pages, notices) as WARC request and response records, gzip per
record, in files of at most --warc-max-size; 'noticelint lint --warc' reads
them back.

--browser visits each site in headless Chromium as 'noticelint scan
--browser' does, --browser-jobs tabs at once (at most twice as many sites
in flight), within --site-timeout; each line carries the findings and the
visit ("browser"), --evidence DIR its files.

Progress goes to standard error: a bar on a terminal, a line every 10
seconds otherwise. At the end, a summary on standard output (standard error
when the results go there): sites by status and, per rule, how many of the
sites with a notice it found something in, as a count and a percentage.

Exit codes: 0 the crawl completed (findings in the sites are results, not a
failure: read them from --out, or with 'noticelint report'); 2 usage or
configuration error; 3 the input or --output could not be read or written, or
an input line named no site; 130 interrupted.`,
		Example: `  noticelint crawl --input sites.txt --output results.jsonl
  noticelint crawl sites.txt | noticelint report - --output crawl.html
  noticelint crawl --input sites.txt --output results.jsonl --jobs 100 --warc-out evidence/
  noticelint crawl --input sites.jsonl --output shard-3.jsonl --shard 3/8
  grep -v '^#' companies.csv | cut -d, -f2 | noticelint crawl --input - --output results.jsonl`,
		Args: maxArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				if f.input != "" {
					return usageError("crawl: give the sites once, as --input or as the argument")
				}
				f.input = args[0]
			}
			return runCrawl(cmd.Context(), s, f, cmd.Flags().Changed)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&f.input, "input", "i", "", "read the sites from `FILE` (- for standard input): domains or URLs, one a line, or JSON lines {\"site\": ...}")
	fl.StringVarP(&f.out, "output", "o", "-", "append one JSON line per site to `FILE`; the sites already in it are skipped (resume); - for standard output")
	fl.IntVarP(&f.concurrency, "jobs", "j", crawl.DefaultConcurrency, "sites crawled at once")
	fl.StringVar(&f.shard, "shard", "", "crawl only shard `i/n` (0 <= i < n) of the sites, by registrable domain")
	fl.StringVar(&f.warcOut, "warc-out", "", "keep every HTTP exchange as WARC records in `DIR` (created if missing)")
	fl.StringVar(&f.warcMaxSize, "warc-max-size", "1GiB", "start a new WARC file after this size")
	fl.BoolVarP(&f.quiet, "quiet", "q", false, "no progress on standard error")
	fl.BoolVar(&f.retryErrors, "retry-errors", false, "on resume, crawl again the sites whose last line in --output has status error")
	f.settingsFlags.register(fl)
	f.webFlags.register(fl)
	alias(fl, "out", "", "output")
	alias(fl, "concurrency", "c", "jobs")
	return cmd
}

func runCrawl(ctx context.Context, s streams, f crawlFlags, changed func(string) bool) error {
	switch {
	case f.input == "":
		return usageError("crawl: give the sites with --input FILE (- for standard input)")
	case f.out == "":
		return usageError("crawl: --output: give a file, or - for standard output")
	case f.concurrency < 1:
		return usageError("--jobs %d: give 1 or more", f.concurrency)
	}
	if err := f.settingsFlags.validate(); err != nil {
		return err
	}
	var shard crawl.Shard
	if f.shard != "" {
		var err error
		if shard, err = crawl.ParseShard(f.shard); err != nil {
			return usageError("--shard %v", err)
		}
	}
	if err := f.webFlags.validate(); err != nil {
		return err
	}
	warcMax, err := input.ParseSize(f.warcMaxSize)
	if err != nil {
		return usageError("--warc-max-size: %v", err)
	}
	st, err := f.load(changed, "")
	if err != nil {
		return err
	}
	plan := st.plan

	sites, badLines, err := readCrawlInput(s, f.input)
	if err != nil {
		return &exitError{code: exitInput, err: err}
	}
	badLines = slices.DeleteFunc(badLines, func(e *crawl.LineError) bool { return !shard.KeepsBad(e) })
	for _, b := range badLines {
		fmt.Fprintf(s.err, "noticelint: %v\n", b)
	}
	sum := crawl.Summary{Shard: shard}
	retry := newCrawlRetry(f.retryErrors, changed)
	summaryTo := s.out
	var out *crawl.Out
	if f.out == "-" {
		out, summaryTo = crawl.StreamOut(s.out, "standard output"), s.err
	} else if out, err = crawl.OpenOut(f.out, func(r result.Site) { sum.Add(r); retry.seen(r) }); err != nil {
		return &exitError{code: exitInput, err: fmt.Errorf("--output %w", err)}
	}
	defer func() { _ = out.Close() }()
	sum.Earlier = sum.Sites
	if out.Repaired {
		fmt.Fprintf(s.err, "noticelint: %s: dropped a last line cut short (a crawl killed while writing); that site is crawled again\n", f.out)
	}
	sel := crawl.Select(sites, shard, out, retry.test)
	todo := sel.Todo

	var ev *crawl.Evidence
	if f.warcOut != "" {
		if err := os.MkdirAll(f.warcOut, 0o755); err != nil {
			return &exitError{code: exitInput, err: fmt.Errorf("--warc-out %s: %w", f.warcOut, fserr.Reason(err))}
		}
		prefix := "noticelint-" + time.Now().UTC().Format("20060102T150405Z") + fmt.Sprintf("-%d", os.Getpid())
		if shard.N > 1 {
			prefix += fmt.Sprintf("-shard%dof%d", shard.I, shard.N)
		}
		if ev, err = crawl.NewEvidence(f.warcOut, prefix, warcMax, "noticelint "+buildVersion()); err != nil {
			return &exitError{code: exitInput, err: fmt.Errorf("--warc-out %s: %w", f.warcOut, fserr.Reason(err))}
		}
		defer func() { _ = ev.Close() }()
	}
	opts := f.scanOptions(plan, plan.Process, f.msgLang)
	if ev != nil {
		opts.OnExchange = ev.Exchange
	}
	obs, stopBrowser, err := f.observer(opts, plan, f.msgLang)
	if err != nil {
		return err
	}
	defer stopBrowser()
	concurrency := f.concurrency
	if obs != nil {
		opts.Observer = obs
		// A site waiting for a browser tab waits on its own deadline: keep
		// no more sites in flight than the tabs can take in turn.
		if limit := 2 * f.jobs; concurrency > limit {
			concurrency = limit
			if changed("concurrency") {
				fmt.Fprintf(s.err, "noticelint: --browser: %d sites at once, twice --browser-jobs %d, not --concurrency %d\n", limit, f.jobs, f.concurrency)
			}
		}
	}
	scanner, err := scan.NewScanner(opts)
	if err != nil {
		return err
	}
	defer scanner.Close()

	if shard.N > 1 {
		fmt.Fprintf(s.err, "noticelint: shard %d/%d: %d of %s\n", shard.I, shard.N, sel.InShard, plural(sel.Distinct, "site"))
	}
	if sel.InShard-len(todo)+sel.Retried > 0 {
		fmt.Fprintf(s.err, "noticelint: %s\n", resumeMessage(f.out, sel, retry))
	}
	var progress *crawl.Progress
	if !f.quiet && len(todo) > 0 {
		progress = crawl.NewProgress(s.err, isTerminal(s.err), len(todo))
		progress.Start()
	}
	runErr := crawl.Run(ctx, todo, wordedScanner{scanner}, out, crawl.Options{
		Concurrency: concurrency, Refs: result.Refs(plan.Rules),
		Done: func(r result.Site) {
			sum.Add(r)
			if progress != nil {
				progress.Add(r)
			}
		},
		Check: func() error {
			if ev != nil {
				return ev.Err()
			}
			return nil
		},
	})
	if progress != nil {
		progress.Stop()
	}
	if err := out.Close(); err != nil && runErr == nil {
		runErr = err
	}
	if ev != nil {
		if err := ev.Close(); err != nil && runErr == nil {
			runErr = fmt.Errorf("--warc-out: %w", err)
		}
	}
	sum.Write(summaryTo)
	switch {
	case errors.Is(runErr, context.Canceled) && ctx.Err() != nil && f.out == "-":
		return &exitError{code: exitInterrupted, err: errors.New("interrupted: the sites in flight were dropped")}
	case errors.Is(runErr, context.Canceled) && ctx.Err() != nil:
		return &exitError{code: exitInterrupted, err: fmt.Errorf("interrupted: the sites in flight were dropped; %s holds %s, run the same command to resume",
			f.out, plural(out.Len(), "site"))}
	case runErr != nil:
		return &exitError{code: exitInput, err: runErr}
	case len(badLines) > 0:
		return &exitError{code: exitInput, err: fmt.Errorf("%s: %s named no site (see above); the others were crawled", f.input, plural(len(badLines), "line"))}
	}
	return nil
}

// readCrawlInput reads the sites of --input.
func readCrawlInput(s streams, input string) ([]string, []*crawl.LineError, error) {
	r, name := s.in, "<stdin>"
	if input != "-" {
		f, err := os.Open(input)
		if err != nil {
			return nil, nil, fmt.Errorf("--input %s: %w", input, fserr.Reason(err))
		}
		defer func() { _ = f.Close() }()
		r, name = f, input
	}
	return crawl.ReadSites(r, name)
}
