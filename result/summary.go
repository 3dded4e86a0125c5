package result

import "github.com/noticelint/noticelint/rules"

// Summary counts a run's results.
type Summary struct {
	Files      int                    // inputs linted, or tried
	FileErrors int                    // inputs that could not be linted
	BySeverity map[rules.Severity]int // findings that count, not the suppressed
	Suppressed int                    // findings suppressed by a comment or a baseline
	// Skipped counts the inputs a run left out after reading them (lint
	// --warc: pages that do not read as a notice); they are not in Files.
	Skipped int
}

// Count returns the number of findings at sev or above.
func (s Summary) Count(atLeast rules.Severity) int {
	n := 0
	for sev, c := range s.BySeverity {
		if sev >= atLeast && sev > rules.None {
			n += c
		}
	}
	return n
}

// Add counts a result, its findings processed, in the summary.
func (s *Summary) Add(r FileResult) {
	if s.BySeverity == nil {
		s.BySeverity = map[rules.Severity]int{}
	}
	s.Files++
	if r.Err != nil {
		s.FileErrors++
	}
	for _, f := range r.Findings {
		if f.Suppressed != nil {
			s.Suppressed++
			continue
		}
		s.BySeverity[f.Severity]++
	}
}

// Processor changes the findings of the file at path: severity overrides,
// disabled rules, baselines.
type Processor func(path string, fs []rules.Finding) []rules.Finding

// Chain runs the non-nil processors in order.
func Chain(ps ...Processor) Processor {
	return func(path string, fs []rules.Finding) []rules.Finding {
		for _, p := range ps {
			if p != nil {
				fs = p(path, fs)
			}
		}
		return fs
	}
}
