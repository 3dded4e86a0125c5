package report

import (
	"testing"

	"github.com/noticelint/noticelint/result"
)

// BenchmarkJSONFile writes one linted notice's results to the JSON
// report, as a run does for each input: the allocations per file show
// what the encoding costs beyond the bytes written.
func BenchmarkJSONFile(b *testing.B) {
	pack, r := benchNotice(b)
	var n countWriter
	rep, err := New("json", &n, Meta{Version: "1.0.0", Rules: pack, MessageLang: "en"}, Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := rep.File(r); err != nil {
			b.Fatal(err)
		}
	}
	if err := rep.End(result.Summary{}); err != nil {
		b.Fatal(err)
	}
}
