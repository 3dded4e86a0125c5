package main

import (
	"testing"

	"github.com/noticelint/noticelint/lint"
)

// TestWARCSummary: what lint --warc passed over is said on standard
// error, revisits, segments and continuations included.
func TestWARCSummary(t *testing.T) {
	for _, tc := range []struct {
		st   lint.WARCStats
		want string
	}{
		{lint.WARCStats{Responses: 3, Linted: 3}, "3 of 3 response records linted"},
		{lint.WARCStats{Responses: 4, Linted: 2, NotPage: 1, Segmented: 1, Revisits: 2, Continuations: 1},
			"2 of 4 response records linted; passed over: 1 not an HTML, PDF or Word page with status 2xx, " +
				"1 the first segment of a response split over records (segments are not joined); " +
				"also passed over: 2 revisit records (each refers to an earlier capture), 1 continuation record"},
	} {
		if got := warcSummary(tc.st); got != tc.want {
			t.Errorf("got  %q\nwant %q", got, tc.want)
		}
	}
}
