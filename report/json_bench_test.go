package report

import (
	"context"
	"os"
	"testing"

	"github.com/noticelint/noticelint/extract"
	"github.com/noticelint/noticelint/lint"
	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/rules"
)

// BenchmarkJSONFile writes one linted notice's results to the JSON
// report, as a run does for each input: the allocations per file show
// what the encoding costs beyond the bytes written.
func BenchmarkJSONFile(b *testing.B) {
	pack, err := rules.Load()
	if err != nil {
		b.Fatal(err)
	}
	data, err := os.ReadFile("../testdata/notices/fi-layout2-template-table.txt")
	if err != nil {
		b.Fatal(err)
	}
	r := lint.Data(context.Background(), "notice.txt", data, extract.FormatText, rules.NewEngine(pack, rules.Options{Now: htmlNow}), lint.Options{})
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
