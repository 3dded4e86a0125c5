package report

import (
	"strings"
	"testing"

	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/rules"
)

// TestJSONLReport: the jsonl format writes a line a file in the shape of
// crawl results, the path as the site, findings with their rule's
// reference, an unreadable file as status error; each line reads back as
// a crawl result.
func TestJSONLReport(t *testing.T) {
	pack := loadPackT(t)
	ok := result.FileResult{Path: "notices/a.txt", Format: "text", Lang: "fi",
		Findings: []rules.Finding{{Rule: "repealed-law", Severity: rules.Error, Message: "m", Location: rules.Location{Line: 2, Column: 1}}}}
	scanned := result.FileResult{Path: "https://a.example/tietosuoja", Origin: &result.Origin{Site: "a.example", Why: "footer link"}}
	bad := result.Failed("notices/b.pdf", "encrypted PDF")
	out := renderResults(t, "jsonl", Meta{Rules: pack}, Options{}, result.Summary{}, ok, scanned, bad)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	want := []string{
		`{"site":"notices/a.txt","status":"ok","notice_url":"notices/a.txt","format":"text","lang":"fi","findings":[{"rule":"repealed-law","severity":"error","line":2,"column":1,"end_line":0,"end_column":0,"message":"m","ref":"` + refOf(pack, "repealed-law") + `","fingerprint":""}],"timings":{"total_ms":0,"fetch_ms":0,"lint_ms":0,"requests":0}}`,
		`{"site":"https://a.example/tietosuoja","status":"ok","notice_url":"https://a.example/tietosuoja","findings":[],"timings":{"total_ms":0,"fetch_ms":0,"lint_ms":0,"requests":0}}`,
		`{"site":"notices/b.pdf","status":"error","findings":[],"error":"encrypted PDF","timings":{"total_ms":0,"fetch_ms":0,"lint_ms":0,"requests":0}}`,
	}
	if len(lines) != len(want) {
		t.Fatalf("%d lines:\n%s", len(lines), out)
	}
	for i, line := range lines {
		if line != want[i] {
			t.Errorf("line %d:\n got %s\nwant %s", i+1, line, want[i])
		}
		if _, err := result.Decode([]byte(line)); err != nil {
			t.Errorf("line %d does not read back: %v", i+1, err)
		}
	}
}

func refOf(pack []*rules.Rule, id string) string {
	for _, r := range pack {
		if r.ID == id {
			return r.Ref
		}
	}
	return ""
}
