// Package record holds the JSON shapes that noticelint writes and other
// noticelint commands read back: a finding as the JSON report and the crawl
// results show it, and the one-line result of a crawled site.
package record

import "github.com/noticelint/noticelint/rules"

// Finding is one finding in JSON (the JSON report, crawl results, JSON lines).
type Finding struct {
	Rule        string       `json:"rule"`
	Severity    string       `json:"severity"`
	Line        int          `json:"line"`
	Column      int          `json:"column"`
	EndLine     int          `json:"end_line"`
	EndColumn   int          `json:"end_column"`
	Page        int          `json:"page,omitempty"`
	Section     string       `json:"section,omitempty"`
	Evidence    string       `json:"evidence,omitempty"`
	Message     string       `json:"message"`
	Suggestion  string       `json:"suggestion,omitempty"`
	Ref         string       `json:"ref,omitempty"`
	Fingerprint string       `json:"fingerprint"`
	Suppressed  *Suppression `json:"suppressed,omitempty"`
}

// Suppression says why a finding does not count.
type Suppression struct {
	Kind          string `json:"kind"`
	Justification string `json:"justification,omitempty"`
}

// NewFinding gives f in JSON shape; ref is its rule's legal reference.
func NewFinding(f rules.Finding, ref string) Finding {
	jf := Finding{
		Rule: f.Rule, Severity: f.Severity.String(),
		Line: f.Location.Line, Column: f.Location.Column,
		EndLine: f.Location.EndLine, EndColumn: f.Location.EndColumn, Page: f.Location.Page,
		Section: f.Section, Evidence: f.Evidence, Message: f.Message, Suggestion: f.Suggestion,
		Ref: ref, Fingerprint: f.Fingerprint,
	}
	if f.Suppressed != nil {
		jf.Suppressed = &Suppression{Kind: f.Suppressed.Kind, Justification: f.Suppressed.Justification}
	}
	return jf
}

// Site statuses.
const (
	StatusOK       = "ok"        // a notice was found and linted
	StatusNotFound = "not-found" // the site answered but no notice was found (a notice-not-found finding)
	StatusBlocked  = "blocked"   // robots.txt forbids fetching what was needed
	StatusError    = "error"     // the site could not be fetched or its notice not read; Error says why
)

// Site is one line of `noticelint crawl` output: what one site gave.
type Site struct {
	// Site is the site as the input named it ("esimerkki.example" or a URL).
	Site string `json:"site"`
	// Domain is its registrable domain (public suffix + 1), the shard key.
	Domain string `json:"domain,omitempty"`
	Status string `json:"status"`
	// NoticeURL is the notice that was linted; Why says why it was chosen
	// ("footer link 'Tietosuojaseloste'").
	NoticeURL string `json:"notice_url,omitempty"`
	Why       string `json:"why,omitempty"`
	Format    string `json:"format,omitempty"`
	Lang      string `json:"lang,omitempty"`
	// NoticeDate is the notice's own date (its latest "updated" date),
	// YYYY-MM-DD, when it states one.
	NoticeDate string    `json:"notice_date,omitempty"`
	Findings   []Finding `json:"findings"`
	Error      string    `json:"error,omitempty"`
	// Browser is what the site did in a browser (--browser).
	Browser *Browser `json:"browser,omitempty"`
	// CrawledAt is when the site was finished, RFC 3339 UTC.
	CrawledAt string  `json:"crawled_at,omitempty"`
	Timings   Timings `json:"timings"`
}

// Timings are milliseconds spent on a site.
type Timings struct {
	Total int64 `json:"total_ms"`
	Fetch int64 `json:"fetch_ms"` // all requests, robots.txt included
	Lint  int64 `json:"lint_ms"`
	// Requests is how many HTTP requests the site took.
	Requests int `json:"requests"`
	// Browser is the time of the visit in a browser (--browser).
	Browser int64 `json:"browser_ms,omitempty"`
}
