package crawl

import (
	"strings"
	"testing"

	"github.com/noticelint/noticelint/result"
)

func TestSummary(t *testing.T) {
	var s Summary
	f := func(rule string) result.Finding { return result.Finding{Rule: rule, Severity: "error"} }
	s.Add(result.Site{Site: "a.example", Status: result.StatusOK, Findings: []result.Finding{f("repealed-law"), f("repealed-law"), f("missing-dpo")}})
	s.Add(result.Site{Site: "b.example", Status: result.StatusOK, Findings: []result.Finding{f("repealed-law"),
		{Rule: "missing-dpo", Suppressed: &result.Suppression{Kind: "inSource"}}}})
	s.Add(result.Site{Site: "c.example", Status: result.StatusOK, Findings: []result.Finding{}})
	s.Add(result.Site{Site: "d.example", Status: result.StatusOK, Findings: []result.Finding{}})
	s.Add(result.Site{Site: "e.example", Status: result.StatusNotFound, Findings: []result.Finding{f("notice-not-found")}})
	s.Add(result.Site{Site: "f.example", Status: result.StatusBlocked})
	s.Add(result.Site{Site: "g.example", Status: result.StatusError, Error: "x"})
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
	f := result.Finding{Rule: "repealed-law", Severity: "error"}
	recs := []result.Site{
		{Site: "a.example", Status: result.StatusError, Error: "timeout"},
		{Site: "b.example", Status: result.StatusOK, Findings: []result.Finding{f, f}},
		{Site: "https://A.example/", Status: result.StatusOK, Findings: []result.Finding{f}},
		{Site: "b.example", Status: result.StatusOK, Findings: []result.Finding{f, f}},
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
