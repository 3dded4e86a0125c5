package report

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/result"
)

// marshalled is f as encoding/json writes it, what appendJSONFile must
// write.
func marshalled(t testing.TB, f *jsonFile) string {
	t.Helper()
	b, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestAppendJSONFile(t *testing.T) {
	reason := "cannot read: <binary> & \"more\""
	full := result.Finding{
		Rule: "markup-residue", Severity: "warning", Line: 3, Column: 1, EndLine: 4, EndColumn: 12, Page: 2,
		Section: "1. Rekisterinpitäjä", Evidence: "<p>&nbsp;</p>", Message: "Markup shown: <p>.",
		Suggestion: "Remove it\tand\nthis", Ref: "GDPR Art. 12(1)", Fingerprint: "0123456789abcdef:1",
		Suppressed: &result.Suppression{Kind: "baseline", Justification: "kept \\ for now"},
	}
	bare := result.Finding{Rule: "missing-controller", Severity: "error", Line: 1, Column: 1, EndLine: 1, EndColumn: 1,
		Message: "x", Fingerprint: "f", Suppressed: &result.Suppression{Kind: "inline"}}
	cases := map[string]jsonFile{
		"empty":      {},
		"no finding": {Path: "notices/a.txt", Format: "text", Lang: "fi", Encoding: "utf-8", Findings: []result.Finding{}},
		"error":      {Path: "b.pdf", Error: &reason},
		"findings": {Path: "c.html", Site: "https://example.example/", Why: "footer link", Format: "html", Lang: "sv",
			Encoding: "windows-1252", Title: "Dataskydd", Date: "2025-01-09", Findings: []result.Finding{full, bare}},
		"escapes": {Path: "a\x00b\x01\x1f\x7f\b\f\r\u2028\u2029\xff\xc3 \U0001F600 ä", Title: `"\/<>&'`},
	}
	for name, f := range cases {
		t.Run(name, func(t *testing.T) {
			got, ok := appendJSONFile(nil, &f)
			if !ok {
				t.Fatal("not appended")
			}
			if want := marshalled(t, &f); string(got) != want {
				t.Errorf("appendJSONFile:\n got %s\nwant %s", got, want)
			}
		})
	}
	if _, ok := appendJSONFile(nil, &jsonFile{Browser: &result.Browser{}}); ok {
		t.Error("a file with a browser record was appended, not left to encoding/json")
	}
}

func FuzzAppendJSONFile(f *testing.F) {
	f.Add("a.txt", "<p>&amp;</p>", "\u2028\xff", 3, true)
	f.Add("", "", "", 0, false)
	f.Fuzz(func(t *testing.T, path, text, other string, n int, suppressed bool) {
		x := result.Finding{Rule: text, Severity: other, Line: n, Column: -n, EndLine: n / 2, EndColumn: 7, Page: n % 3,
			Section: other, Evidence: text, Message: path, Suggestion: other, Ref: text, Fingerprint: path}
		if suppressed {
			x.Suppressed = &result.Suppression{Kind: other, Justification: text}
		}
		file := jsonFile{Path: path, Site: text, Why: other, Format: text, Lang: other, Encoding: path, Title: text, Date: other,
			Findings: []result.Finding{x, {}}}
		if n%2 == 0 {
			file.Error = &text
			file.Findings = nil
		}
		got, ok := appendJSONFile(nil, &file)
		if want := marshalled(t, &file); !ok || string(got) != want {
			t.Errorf("appendJSONFile:\n got %s\nwant %s", got, want)
		}
	})
}

// TestAppendJSONStringWords: every byte, at every place of a word that the
// eight-byte path reads and just past it, is quoted as encoding/json quotes
// it.
func TestAppendJSONStringWords(t *testing.T) {
	for c := range 256 {
		for at := range 17 {
			for _, n := range []int{8, 16, 17} {
				if at >= n {
					continue
				}
				s := []byte(strings.Repeat("Ab c", n/4+1)[:n])
				s[at] = byte(c)
				want, err := json.Marshal(string(s))
				if err != nil {
					t.Fatal(err)
				}
				if got := appendJSONString(nil, string(s)); string(got) != string(want) {
					t.Fatalf("%q: got %s, want %s", s, got, want)
				}
			}
		}
	}
}
