package crawl

import (
	"strings"
	"testing"

	"github.com/noticelint/noticelint/record"
)

func TestSummary(t *testing.T) {
	var s Summary
	f := func(rule string) record.Finding { return record.Finding{Rule: rule, Severity: "error"} }
	s.Add(record.Site{Site: "a.example", Status: record.StatusOK, Findings: []record.Finding{f("repealed-law"), f("repealed-law"), f("missing-dpo")}})
	s.Add(record.Site{Site: "b.example", Status: record.StatusOK, Findings: []record.Finding{f("repealed-law"),
		{Rule: "missing-dpo", Suppressed: &record.Suppression{Kind: "inSource"}}}})
	s.Add(record.Site{Site: "c.example", Status: record.StatusOK, Findings: []record.Finding{}})
	s.Add(record.Site{Site: "d.example", Status: record.StatusOK, Findings: []record.Finding{}})
	s.Add(record.Site{Site: "e.example", Status: record.StatusNotFound, Findings: []record.Finding{f("notice-not-found")}})
	s.Add(record.Site{Site: "f.example", Status: record.StatusBlocked})
	s.Add(record.Site{Site: "g.example", Status: record.StatusError, Error: "x"})
	s.Earlier = 2
	var b strings.Builder
	s.Write(&b)
	want := `7 sites: 4 with a notice, 1 notice not found, 1 blocked by robots.txt, 1 error (2 done by an earlier run)
findings by rule, in the 4 sites with a notice:
  rule           sites       %  findings
  repealed-law       2   50.0%         3
  missing-dpo        1   25.0%         1
`
	if b.String() != want {
		t.Errorf("summary:\n%s\nwant:\n%s", b.String(), want)
	}
}

// TestSummaryDistinct: a site's records count once, as its latest has it
// (a results file concatenated with itself, a rerun of an errored site),
// and with a Shard only the shard's sites count.
func TestSummaryDistinct(t *testing.T) {
	f := record.Finding{Rule: "repealed-law", Severity: "error"}
	recs := []record.Site{
		{Site: "a.example", Status: record.StatusError, Error: "timeout"},
		{Site: "b.example", Status: record.StatusOK, Findings: []record.Finding{f, f}},
		{Site: "https://A.example/", Status: record.StatusOK, Findings: []record.Finding{f}},
		{Site: "b.example", Status: record.StatusOK, Findings: []record.Finding{f, f}},
	}
	var s Summary
	for _, r := range recs {
		s.Add(r)
	}
	if s.Sites != 2 || s.WithNotice != 2 || s.Errors != 0 || s.Rules["repealed-law"].Sites != 2 || s.Rules["repealed-law"].Findings != 3 {
		t.Errorf("summary %+v, rule %+v", s, *s.Rules["repealed-law"])
	}
	for i := range 2 {
		sh := Summary{Shard: Shard{i, 2}}
		for _, r := range recs {
			sh.Add(r)
		}
		want := 0
		for _, d := range []string{"a.example", "b.example"} {
			if ShardOf(d, 2) == i {
				want++
			}
		}
		if sh.Sites != want {
			t.Errorf("shard %d/2: %d sites, want %d", i, sh.Sites, want)
		}
	}
}
