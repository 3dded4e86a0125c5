package crawl

import (
	"strings"
	"testing"

	"github.com/noticelint/noticelint/record"
)

func TestSummary(t *testing.T) {
	var s Summary
	f := func(rule string) record.Finding { return record.Finding{Rule: rule, Severity: "error"} }
	s.Add(record.Site{Status: record.StatusOK, Findings: []record.Finding{f("repealed-law"), f("repealed-law"), f("missing-dpo")}})
	s.Add(record.Site{Status: record.StatusOK, Findings: []record.Finding{f("repealed-law"),
		{Rule: "missing-dpo", Suppressed: &record.Suppression{Kind: "inSource"}}}})
	s.Add(record.Site{Status: record.StatusOK, Findings: []record.Finding{}})
	s.Add(record.Site{Status: record.StatusOK, Findings: []record.Finding{}})
	s.Add(record.Site{Status: record.StatusNotFound, Findings: []record.Finding{f("notice-not-found")}})
	s.Add(record.Site{Status: record.StatusBlocked})
	s.Add(record.Site{Status: record.StatusError, Error: "x"})
	s.Earlier = 2
	var b strings.Builder
	s.Write(&b)
	want := `7 sites: 4 with a notice, 1 notice not found, 1 blocked by robots.txt, 1 errors (2 done by an earlier run)
findings by rule, in the 4 sites with a notice:
  rule           sites       %  findings
  repealed-law       2   50.0%         3
  missing-dpo        1   25.0%         1
`
	if b.String() != want {
		t.Errorf("summary:\n%s\nwant:\n%s", b.String(), want)
	}
}
