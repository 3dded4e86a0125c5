package crawl

import (
	"cmp"
	"fmt"
	"io"
	"slices"

	"github.com/noticelint/noticelint/record"
)

// Summary counts the sites of a results file, those of earlier runs
// included.
type Summary struct {
	Sites      int
	WithNotice int // status ok: a notice was found and linted
	NotFound   int
	Blocked    int
	Errors     int
	Earlier    int // sites done by an earlier run, before resuming
	// Rules counts, per rule, the sites with a notice where it found
	// something, and its findings there (suppressed ones left out).
	Rules map[string]*RuleCount
}

// RuleCount is one rule's share of a crawl.
type RuleCount struct {
	Sites    int // sites with a notice where the rule found something
	Findings int
}

// Add counts one site.
func (s *Summary) Add(rec record.Site) {
	s.Sites++
	switch rec.Status {
	case record.StatusOK:
		s.WithNotice++
	case record.StatusNotFound:
		s.NotFound++
	case record.StatusBlocked:
		s.Blocked++
	default:
		s.Errors++
	}
	if rec.Status != record.StatusOK {
		return
	}
	if s.Rules == nil {
		s.Rules = map[string]*RuleCount{}
	}
	seen := map[string]bool{}
	for _, f := range rec.Findings {
		if f.Suppressed != nil {
			continue
		}
		c := s.Rules[f.Rule]
		if c == nil {
			c = &RuleCount{}
			s.Rules[f.Rule] = c
		}
		c.Findings++
		if !seen[f.Rule] {
			seen[f.Rule] = true
			c.Sites++
		}
	}
}

// Write writes the summary for people: the sites by status, then each
// rule's sites as a count and a percentage of the sites with a notice,
// the most frequent first.
func (s *Summary) Write(w io.Writer) {
	fmt.Fprintf(w, "%s: %d with a notice, %d notice not found, %d blocked by robots.txt, %d errors",
		plural(s.Sites, "site"), s.WithNotice, s.NotFound, s.Blocked, s.Errors)
	if s.Earlier > 0 {
		fmt.Fprintf(w, " (%d done by an earlier run)", s.Earlier)
	}
	fmt.Fprintln(w)
	if len(s.Rules) == 0 {
		return
	}
	ids := make([]string, 0, len(s.Rules))
	width := len("rule")
	for id := range s.Rules {
		ids = append(ids, id)
		width = max(width, len(id))
	}
	slices.SortFunc(ids, func(a, b string) int {
		return cmp.Or(cmp.Compare(s.Rules[b].Sites, s.Rules[a].Sites), cmp.Compare(a, b))
	})
	fmt.Fprintf(w, "findings by rule, in the %s with a notice:\n", plural(s.WithNotice, "site"))
	fmt.Fprintf(w, "  %-*s %7s %7s %9s\n", width, "rule", "sites", "%", "findings")
	for _, id := range ids {
		c := s.Rules[id]
		fmt.Fprintf(w, "  %-*s %7d %6.1f%% %9d\n", width, id, c.Sites, 100*float64(c.Sites)/float64(s.WithNotice), c.Findings)
	}
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}
