package main

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/noticelint/noticelint/crawl"
	"github.com/noticelint/noticelint/result"
)

// crawlRetry decides which sites of --out whose latest line has status
// error a resumed crawl does again: all of them with --retry-errors; else
// those whose error names a setting this run gives ("a private address, not
// a public one (... or --allow-private)" when the run has --allow-private, "(--timeout)"
// when it sets --timeout): the first run's own settings caused them, and
// the user has just changed them.
type crawlRetry struct {
	all     bool
	changed func(flag string) bool
	errs    map[string]string // the latest error of each site, by crawl.Key
}

func newCrawlRetry(all bool, changed func(string) bool) *crawlRetry {
	return &crawlRetry{all: all, changed: changed, errs: map[string]string{}}
}

// seen notes a line of --out, in file order.
func (r *crawlRetry) seen(rec result.Site) {
	k := crawl.Key(rec.Site)
	if rec.Status == result.StatusError {
		r.errs[k] = rec.Error
	} else {
		delete(r.errs, k)
	}
}

// flagInError finds the flags an error message names.
var flagInError = regexp.MustCompile(`--[a-z][a-z-]*[a-z]`)

// settingFlags are the flags whose errors a run that gives them retries,
// each with the names an error may give it by (old spellings too).
var settingFlags = map[string][]string{
	"allow-private":  {"--allow-private"},
	"allow-net":      {"--allow-net"},
	"timeout":        {"--timeout"},
	"site-timeout":   {"--site-timeout"},
	"lint-timeout":   {"--lint-timeout"},
	"max-size":       {"--max-size", "--max-body"},
	"max-body":       {"--max-size", "--max-body"},
	"max-retry-wait": {"--max-retry-wait"},
}

// because returns the flags of this run that an errored site's error
// names; nil when there are none.
func (r *crawlRetry) because(site string) []string {
	named := flagInError.FindAllString(r.errs[crawl.Key(site)], -1)
	var out []string
	for flag, names := range settingFlags {
		if r.changed(flag) && slices.ContainsFunc(names, func(n string) bool { return slices.Contains(named, n) }) {
			out = append(out, "--"+flag)
		}
	}
	slices.Sort(out)
	return out
}

// test says whether an errored site is crawled again, and why
// (crawl.Select's retry test).
func (r *crawlRetry) test(site string) (bool, []string) {
	because := r.because(site)
	return r.all || len(because) > 0, because
}

// resumeMessage says how many sites are done and, of the errored ones,
// which are crawled again and why, or how to crawl them again.
func resumeMessage(out string, sel crawl.Selection, r *crawlRetry) string {
	done := sel.InShard - len(sel.Todo) + sel.Retried
	msg := fmt.Sprintf("%s: %d of %s done already, %d to crawl", out, done, plural(sel.InShard, "site"), len(sel.Todo))
	switch {
	case sel.Retried > 0 && r.all:
		msg += fmt.Sprintf(" (%d of them with status error, again: --retry-errors)", sel.Retried)
	case sel.Retried > 0:
		msg += fmt.Sprintf(" (%d of them with status error, again: their errors name %s, which this run sets anew)", sel.Retried, strings.Join(sel.Because, ", "))
	}
	switch {
	case sel.Errored == 1:
		msg += "; 1 of them has status error: add --retry-errors to crawl it again"
	case sel.Errored > 1:
		msg += fmt.Sprintf("; %d of them have status error: add --retry-errors to crawl them again", sel.Errored)
	}
	return msg
}
