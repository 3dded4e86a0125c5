package crawl

import "slices"

// Selection is what a crawl does of its input: the sites to crawl, each
// once, in input order, in the shard, not in the results file already (or
// there with status error, and retried).
type Selection struct {
	Todo []string
	// InShard counts the distinct sites of the shard, Distinct those of the
	// input; Retried counts the sites of Todo with status error in the
	// file, Errored those not retried. Because are the reasons the retry
	// test gave for the retried ones, sorted, each once.
	InShard, Distinct, Retried, Errored int
	Because                             []string
}

// Select picks the sites to crawl of sites: each once (by Key), in the
// shard, not done in out; a site whose latest line in out has status error
// is crawled again when retry says so, with its reasons.
func Select(sites []string, shard Shard, out *Out, retry func(site string) (again bool, because []string)) Selection {
	var sel Selection
	seen := make(map[string]bool, len(sites))
	for _, st := range sites {
		k := Key(st)
		if seen[k] {
			continue
		}
		seen[k] = true
		sel.Distinct++
		if !shard.Keeps(Domain(st)) {
			continue
		}
		sel.InShard++
		if !out.Done(st) {
			sel.Todo = append(sel.Todo, st)
			continue
		}
		if !out.Errored(st) {
			continue
		}
		again, because := retry(st)
		if !again {
			sel.Errored++
			continue
		}
		sel.Todo = append(sel.Todo, st)
		sel.Retried++
		for _, b := range because {
			if !slices.Contains(sel.Because, b) {
				sel.Because = append(sel.Because, b)
			}
		}
	}
	slices.Sort(sel.Because)
	return sel
}
