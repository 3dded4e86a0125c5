package main

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/spf13/cobra"

	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/scan"
)

type scanFlags struct {
	reportFlags
	webFlags
	jobs int
}

func newScanCmd(s streams) *cobra.Command {
	var f scanFlags
	cmd := &cobra.Command{
		Use:   "scan SITE...",
		Short: "Find a website's privacy notice, fetch it and lint it",
		Long: `Audit websites: for each SITE, find its privacy notice, fetch it and lint it.

A SITE is a domain (esimerkki.example, fetched as https://esimerkki.example/,
and over http:// only when https cannot connect at all; an invalid
certificate is an error, not a reason to fall back) or a URL
(https://www.esimerkki.example/fi/). scan reads the home page's links and
ranks them by their text, title, aria-label and address, in Finnish, Swedish
and English (tietosuojaseloste, tietosuoja, rekisteriseloste,
dataskyddsbeskrivning, integritetspolicy, privacy policy, data protection
...): a link marked rel="privacy-policy" first, then footer links, a notice
before a cookie policy. It fetches the best and lints it when it reads as a
notice (a web page, PDF or Word file); a page that does not, such as a
"Tietosuoja" page listing the registers' notices, is looked through once
more. The report names the notice's URL and why it was chosen. A URL of the
notice itself is linted as it is.

A home page that only sends the reader on (<meta http-equiv="refresh">) is
followed once. A site named twice is scanned once.

No notice found is a finding, notice-not-found (an error), at the home page:
no link names one, or the pages they lead to were read and are not a notice
(or are gone, 404). A site that cannot be fetched, a notice link that does
not answer (a timeout, a redirect loop, a 5xx, a refused address), or a
robots.txt that forbids fetching the notice, is an input error (exit 3); the
other sites are still scanned. Reasons are in --message-lang.

Fetching is polite: a User-Agent naming noticelint and where to read about it
(--user-agent), robots.txt obeyed as RFC 9309 says (no robots.txt: all
allowed; a server error, 429 or no answer: nothing fetched, and the site is
an error, as it is down, rather than blocked), its Crawl-delay
honoured up to --max-crawl-delay, one request at a time to a host, and 429
and 5xx answers retried (--retries) after the wait their Retry-After asks for,
up to --max-retry-wait. Up to 10 redirects are followed. A response is read
within --timeout and up to --max-size; a notice over the limit is an error.
All that is done for one site (robots.txt, home page, candidates, retries,
lint) stops after --site-timeout, and the site is an error.

Loopback, private, link-local and other non-public addresses are refused
after DNS resolution, redirects included, and so are IPv6 addresses that
carry one (IPv4-mapped, NAT64 64:ff9b::/96, IPv4-compatible, SIIT).
--allow-net allows what an intranet audit needs: loopback, private (RFC
1918, IPv6 ULA), or address ranges (10.20.0.0/16). --allow-private allows
every non-public address but link-local ones and cloud metadata services
(169.254.169.254 ...): those only when named with --allow-net.

--browser also visits each site in headless Chromium (Debian's chromium
package, or NOTICELINT_CHROMIUM) as a visitor who answers no cookie banner:
the home page and the notice, each watched for --browser-settle; then the
"reject all" of a known consent banner (OneTrust, Cookiebot, Usercentrics,
CookieHub, Complianz, Cookie Information), and the home page again. Every
request, cookie and web-storage key is matched to the third-party service
table and held against the notice: tracking-before-consent,
tracking-after-refusal, undisclosed-third-party and transfer-contradiction,
each with its request or cookie as evidence. The browser's traffic goes
through a proxy that connects as the fetcher does (the address policy,
--browser-resolve); its log is the list of hosts contacted. --evidence DIR
keeps each site's visit.json, screenshots and notice. A visit is one
snapshot, from one place, at one time (docs/browser.md).

Reports, configuration, baselines and exit codes are as for lint: 0 clean, 1
findings at or above --fail-on, 2 usage or configuration error (--browser
without Chromium included), 3 a site could not be fetched, its notice not
read or its browser visit failed (this wins over 1).`,
		Example: `  noticelint scan https://www.esimerkki.example
  noticelint scan --format sarif --output notices.sarif esimerkki.example toinen.example
  noticelint scan --output json=scan.json --output text=- https://www.esimerkki.example/fi/
  noticelint scan --allow-net private http://intranet.esimerkki.example/
  noticelint scan --browser --evidence evidence/ --output html=audit.html esimerkki.example`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageError("scan: name at least one site, e.g. noticelint scan esimerkki.example")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runScan(cmd.Context(), s, f, args, cmd.Flags().Changed)
		},
	}
	fl := cmd.Flags()
	f.reportFlags.register(fl)
	f.webFlags.register(fl)
	fl.IntVarP(&f.jobs, "jobs", "j", 4, "sites scanned at once")
	return cmd
}

func runScan(ctx context.Context, s streams, f scanFlags, args []string, changed func(string) bool) error {
	f.unit = "site"
	ss, err := openSession(s, f.reportFlags, changed, func() error {
		if err := f.webFlags.validate(); err != nil {
			return err
		}
		if f.jobs < 1 {
			return usageError("--jobs %d: give 1 or more", f.jobs)
		}
		var err error
		args, err = distinctSites(args)
		return err
	})
	if err != nil {
		return err
	}
	ss.lintTimeout = siteLintTimeout
	defer ss.abort()
	plan := ss.plan
	opts := f.scanOptions(plan, ss.process, f.msgLang)
	obs, stopBrowser, err := f.observer(opts, plan, f.msgLang)
	if err != nil {
		return err
	}
	defer stopBrowser()
	if obs != nil {
		opts.Observer = obs
	}
	scanner, err := scan.NewScanner(opts)
	if err != nil {
		return &exitError{code: exitUsage, err: err}
	}
	defer scanner.Close()

	// Sites are scanned f.jobs at a time and reported in the order given.
	results := make([]chan scan.Result, len(args))
	sem := make(chan struct{}, f.jobs)
	for i, a := range args {
		results[i] = make(chan scan.Result, 1)
		go func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			results[i] <- scanner.Scan(ctx, a)
		}()
	}
	sum := result.Summary{}
	browserFailed := 0
	for _, ch := range results {
		r := <-ch
		sum.Add(r.File)
		if b := r.File.Browser; b != nil && b.Error != "" {
			browserFailed++
			fmt.Fprintf(s.err, "noticelint: %s: the visit in the browser failed: %s\n", r.Site(), b.Error)
		}
		if err := ss.file(s, r.File); err != nil {
			return &exitError{code: exitInput, err: fmt.Errorf("writing the report: %w", err)}
		}
	}
	if ctx.Err() != nil { // the last sites were cut short
		return interrupted("no report file written")
	}
	err = ss.finish(s, sum)
	var ee *exitError
	if browserFailed > 0 && (err == nil || errors.As(err, &ee) && ee.code == exitFindings) {
		// What --browser was asked for was not all done: as an input that
		// could not be read.
		return &exitError{code: exitInput}
	}
	return err
}

// distinctSites checks each site and drops one named again, the same way
// or another ("esimerkki.example", "https://ESIMERKKI.example/"): each site
// is scanned and reported once.
func distinctSites(args []string) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	for _, a := range args {
		home, _, err := scan.HomeURL(a)
		if err != nil {
			return nil, usageError("%s: %v", a, err)
		}
		key := home
		if u, err := url.Parse(home); err == nil {
			u.Host = strings.ToLower(u.Host)
			key = u.String()
		}
		if !seen[key] {
			seen[key] = true
			out = append(out, a)
		}
	}
	return out, nil
}
