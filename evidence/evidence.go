// Package evidence shows what a website does in a real browser, and holds
// it against the site's privacy notice: `scan --browser` and `crawl
// --browser`. A Collector runs headless Chromium with a fresh profile and a
// pool of tabs; each Visit loads the home page and the notice in an
// incognito browser context whose traffic goes through a proxy of its own,
// which connects with the fetcher's dialer (its address policy,
// --browser-resolve) and whose log is the list of hosts contacted. The
// visit records every request, cookie and web-storage key, presses a known
// consent banner's "reject all" and records what still happens. A Judge
// matches what was recorded to the third-party service table (package
// services) and gives the findings: tracking-before-consent,
// tracking-after-refusal, undisclosed-third-party and the evidence of
// transfer-contradiction. WriteFiles keeps the evidence (--evidence).
package evidence
