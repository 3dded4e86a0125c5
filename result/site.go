package result

import "github.com/noticelint/noticelint/rules"

// Site statuses.
const (
	StatusOK       = "ok"        // a notice was found and linted
	StatusNotFound = "not-found" // the site answered but no notice was found (a notice-not-found finding)
	StatusBlocked  = "blocked"   // robots.txt forbids fetching what was needed
	StatusError    = "error"     // the site could not be fetched or its notice not read; Error says why
)

// Statuses are the site statuses, in the order reports list them.
var Statuses = []string{StatusOK, StatusNotFound, StatusBlocked, StatusError}

// Site is one line of `noticelint crawl` output: what one site gave. lint
// --jsonl writes its results in this shape too, the URL as the site.
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

// NewSite gives r as a site's line. The site is r's Origin.Site, or r.Path
// for a result without an origin (lint --jsonl: the URL). status is the
// scan's status ("" for StatusError when r.Err is set, else StatusOK);
// findings carry their rule's reference from refs. The notice URL is
// r.Path when a notice was linted (or found and then failed); Error is the
// reason r could not be linted, with the page's URL for a site's result
// (the site is not the page). The caller sets Domain, CrawledAt and
// Timings.
func NewSite(r FileResult, status string, refs map[string]string) Site {
	if status == "" {
		status = StatusOK
		if r.Err != nil {
			status = StatusError
		}
	}
	s := Site{
		Site: r.Path, Status: status, Why: r.Why(),
		Format: r.Format, Lang: r.Lang, Findings: make([]Finding, 0, len(r.Findings)),
		Browser: r.Browser,
	}
	if r.Origin != nil {
		s.Site = r.Origin.Site
	}
	if !r.Date.IsZero() {
		s.NoticeDate = r.Date.Format("2006-01-02")
	}
	for _, f := range r.Findings {
		s.Findings = append(s.Findings, NewFinding(f, refs[f.Rule]))
	}
	if r.Err != nil {
		s.Error = r.Err.Reason
		if r.Origin != nil {
			s.Error = r.Err.Error()
		}
	}
	// Path is the notice, unless no notice was found (Path is the home
	// page) or the page that failed was no notice (no Why names it).
	if status != StatusNotFound && (status == StatusOK || s.Why != "") && (r.Err == nil || s.Why != "") {
		s.NoticeURL = r.Path
	}
	return s
}

// Refs maps rule ids to their legal references, for NewSite.
func Refs(rs []*rules.Rule) map[string]string {
	m := make(map[string]string, len(rs))
	for _, r := range rs {
		m[r.ID] = r.Ref
	}
	return m
}

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
