package crawl

import (
	"cmp"
	"fmt"
	"io"
	"slices"

	"github.com/noticelint/noticelint/result"
)

// Summary counts the sites of a results file, those of earlier runs
// included: each site once, by its Key, as its latest record has it (a
// results file that holds a site twice, from concatenated runs say, counts
// it once).
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
	// Shard, when set, leaves out the records of sites outside it (those
	// of other shards in a results file shared by several).
	Shard Shard

	last map[string]siteCount // by Key: what each site's record added
}

// RuleCount is one rule's share of a crawl.
type RuleCount struct {
	Sites    int // sites with a notice where the rule found something
	Findings int
}

// siteCount is one site's share of a Summary.
type siteCount struct {
	status string
	rules  []ruleN
}

type ruleN struct {
	rule string
	n    int
}

// Add counts one site's record; a later record of the same site replaces
// the earlier one.
func (s *Summary) Add(rec result.Site) {
	if !s.Shard.Keeps(Domain(rec.Site)) {
		return
	}
	if s.last == nil {
		s.last = map[string]siteCount{}
	}
	k := Key(rec.Site)
	if prev, ok := s.last[k]; ok {
		s.count(prev, -1)
	}
	c := siteCount{status: rec.Status}
	if rec.Status == result.StatusOK {
		at := map[string]int{}
		for _, f := range rec.Findings {
			if f.Suppressed != nil {
				continue
			}
			if i, ok := at[f.Rule]; ok {
				c.rules[i].n++
				continue
			}
			at[f.Rule] = len(c.rules)
			c.rules = append(c.rules, ruleN{f.Rule, 1})
		}
	}
	s.last[k] = c
	s.count(c, 1)
}

// count adds (sign 1) or takes away (-1) one site's share.
func (s *Summary) count(c siteCount, sign int) {
	s.Sites += sign
	switch c.status {
	case result.StatusOK:
		s.WithNotice += sign
	case result.StatusNotFound:
		s.NotFound += sign
	case result.StatusBlocked:
		s.Blocked += sign
	default:
		s.Errors += sign
	}
	if len(c.rules) > 0 && s.Rules == nil {
		s.Rules = map[string]*RuleCount{}
	}
	for _, r := range c.rules {
		rc := s.Rules[r.rule]
		if rc == nil {
			rc = &RuleCount{}
			s.Rules[r.rule] = rc
		}
		rc.Sites += sign
		rc.Findings += sign * r.n
		if rc.Sites == 0 {
			delete(s.Rules, r.rule)
		}
	}
}

// Write writes the summary for people: the sites by status, then each
// rule's sites as a count and a percentage of the sites with a notice,
// the most frequent first.
func (s *Summary) Write(w io.Writer) {
	fmt.Fprintf(w, "%s: %d with a notice, %d notice not found, %d blocked by robots.txt, %s",
		plural(s.Sites, "site"), s.WithNotice, s.NotFound, s.Blocked, plural(s.Errors, "error"))
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
