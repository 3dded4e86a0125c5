package lint

import (
	"bytes"
	"encoding/json"

	"github.com/noticelint/noticelint/record"
	"github.com/noticelint/noticelint/rules"
)

// Refs maps rule ids to their legal references, for SiteRecord.
func Refs(rs []*rules.Rule) map[string]string {
	m := make(map[string]string, len(rs))
	for _, r := range rs {
		m[r.ID] = r.Ref
	}
	return m
}

// SiteRecord gives a result in the one-line shape of crawl results
// (record.Site), with site as its site: the notice is r.Path, its findings
// carry their rule's reference from refs. Status is StatusError when r
// could not be linted, else StatusOK; the caller sets Domain, CrawledAt
// and Timings, and another Status when it knows better.
func SiteRecord(site string, r FileResult, refs map[string]string) record.Site {
	rec := record.Site{
		Site: site, Status: record.StatusOK, Why: r.Why,
		Format: r.Format, Lang: r.Lang, Findings: make([]record.Finding, 0, len(r.Findings)),
	}
	if !r.Date.IsZero() {
		rec.NoticeDate = r.Date.Format("2006-01-02")
	}
	for _, f := range r.Findings {
		rec.Findings = append(rec.Findings, record.NewFinding(f, refs[f.Rule]))
	}
	if r.Err != nil {
		rec.Status, rec.Error = record.StatusError, r.Err.Reason
	}
	rec.Browser = r.Browser
	if r.Err == nil || r.Why != "" {
		rec.NoticeURL = r.Path
	}
	return rec
}

// SiteLine gives rec as one JSON line, "\n" included, with <, > and &
// as they are.
func SiteLine(rec record.Site) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	err := enc.Encode(rec)
	return b.Bytes(), err
}
