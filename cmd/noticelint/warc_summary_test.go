package main

import (
	"testing"

	"github.com/noticelint/noticelint/lint/input"
)

// TestWARCSummary: what lint --warc passed over is said on standard
// error, revisits, segments and continuations included.
func TestWARCSummary(t *testing.T) {
	for _, tc := range []struct {
		st        input.WARCStats
		notNotice int
		want      string
	}{
		{input.WARCStats{Responses: 3, Pages: 3}, 0, "3 of 3 response records linted"},
		{input.WARCStats{Responses: 3, Pages: 3}, 2, "1 of 3 response records linted; passed over: 2 not reading as a privacy notice (--warc-all lints them too)"},
		{input.WARCStats{Responses: 4, Pages: 2, NotPage: 1, Segmented: 1, Revisits: 2, Continuations: 1}, 0,
			"2 of 4 response records linted; passed over: 1 not an HTML, PDF or Word page with status 2xx, " +
				"1 the first segment of a response split over records (segments are not joined); " +
				"also passed over: 2 revisit records (each refers to an earlier capture), 1 continuation record"},
	} {
		if got := warcSummary(tc.st, tc.notNotice); got != tc.want {
			t.Errorf("got  %q\nwant %q", got, tc.want)
		}
	}
}
