package result

import (
	"testing"
	"time"

	"github.com/noticelint/noticelint/rules"
)

// TestNewSite: a site's line from a lint result (the path is the site)
// and from scan's results (the origin's site; the notice URL only where a
// notice was taken; the error naming the page).
func TestNewSite(t *testing.T) {
	refs := map[string]string{"repealed-law": "Tietosuojalaki 1050/2018"}
	date := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	finding := rules.Finding{Rule: "repealed-law", Severity: rules.Error, Message: "m"}
	page := "https://a.example/tietosuoja"
	for _, tc := range []struct {
		name   string
		r      FileResult
		status string
		want   Site
	}{
		{"lint", FileResult{Path: page, Format: "html", Lang: "fi", Date: date, Findings: []rules.Finding{finding}}, "",
			Site{Site: page, Status: StatusOK, NoticeURL: page, Format: "html", Lang: "fi", NoticeDate: "2024-05-01"}},
		{"lint error", Failed(page, "binary file"), "",
			Site{Site: page, Status: StatusError, Error: "binary file"}},
		{"scan ok", FileResult{Path: page, Origin: &Origin{Site: "a.example", Why: "footer link"}}, StatusOK,
			Site{Site: "a.example", Status: StatusOK, NoticeURL: page, Why: "footer link"}},
		{"scan not found", FileResult{Path: "https://a.example/", Origin: &Origin{Site: "a.example", Why: "no link names one"}}, StatusNotFound,
			Site{Site: "a.example", Status: StatusNotFound, Why: "no link names one"}},
		{"scan notice failed", withOrigin(Failed(page, "too large"), "a.example", "footer link"), StatusError,
			Site{Site: "a.example", Status: StatusError, NoticeURL: page, Why: "footer link", Error: page + ": too large"}},
		{"scan home failed", withOrigin(Failed("https://a.example/", "503"), "a.example", ""), StatusError,
			Site{Site: "a.example", Status: StatusError, Error: "https://a.example/: 503"}},
		{"scan blocked", withOrigin(Failed("https://a.example/", "robots.txt"), "a.example", ""), StatusBlocked,
			Site{Site: "a.example", Status: StatusBlocked, Error: "https://a.example/: robots.txt"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := NewSite(tc.r, tc.status, refs)
			if len(got.Findings) != len(tc.r.Findings) {
				t.Fatalf("findings %+v", got.Findings)
			}
			if len(got.Findings) > 0 && got.Findings[0].Ref != refs["repealed-law"] {
				t.Errorf("ref %q", got.Findings[0].Ref)
			}
			got.Findings = nil
			if got.Site != tc.want.Site || got.Status != tc.want.Status || got.NoticeURL != tc.want.NoticeURL || got.Why != tc.want.Why ||
				got.Error != tc.want.Error || got.Format != tc.want.Format || got.NoticeDate != tc.want.NoticeDate {
				t.Errorf("got  %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

func withOrigin(r FileResult, site, why string) FileResult {
	r.Origin = &Origin{Site: site, Why: why}
	return r
}

// TestSummary: findings count by severity, suppressed ones apart, and
// Chain runs the processors in order, skipping nil ones.
func TestSummary(t *testing.T) {
	var s Summary
	s.Add(FileResult{Findings: []rules.Finding{{Severity: rules.Error}, {Severity: rules.Note}, {Severity: rules.Error, Suppressed: &rules.Suppression{}}}})
	s.Add(Failed("x", "y"))
	if s.Files != 2 || s.FileErrors != 1 || s.Suppressed != 1 || s.Count(rules.Error) != 1 || s.Count(rules.Note) != 2 {
		t.Errorf("summary %+v", s)
	}
	var order []string
	p := func(name string) Processor {
		return func(_ string, fs []rules.Finding) []rules.Finding { order = append(order, name); return fs[1:] }
	}
	if got := Chain(p("a"), nil, p("b"))("x", make([]rules.Finding, 3)); len(got) != 1 || len(order) != 2 || order[0] != "a" {
		t.Errorf("Chain: %d findings, order %v", len(got), order)
	}
	if err := (&FileError{Path: "a.txt", Reason: "gone"}); err.Error() != "a.txt: gone" {
		t.Errorf("FileError %q", err.Error())
	}
}
