package report

import (
	"encoding/json"
	"strings"
	"testing"
	"unsafe"

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
			got, ok := appendJSONFile(nil, &f, nil)
			if !ok {
				t.Fatal("not appended")
			}
			if want := marshalled(t, &f); string(got) != want {
				t.Errorf("appendJSONFile:\n got %s\nwant %s", got, want)
			}
		})
	}
	if _, ok := appendJSONFile(nil, &jsonFile{Browser: &result.Browser{}}, nil); ok {
		t.Error("a file with a browser record was appended, not left to encoding/json")
	}
}

func FuzzAppendJSONFile(f *testing.F) {
	f.Add("a.txt", "<p>&amp;</p>", "\u2028\xff", 3, true)
	f.Add("", "", "", 0, false)
	var texts quotedTexts // kept from one input to the next, as a report keeps it
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
		got, ok := appendJSONFile(nil, &file, &texts)
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

// TestQuotedTexts: a text's JSON from the cache is the text's own, whether
// the text was met before, shares a place with another, or stands in
// memory that has since held another text.
func TestQuotedTexts(t *testing.T) {
	texts := []string{
		"Ilmoitus ei kerro rekisterinpitäjän yhteystietoja.",
		"Ilmoitus ei kerro rekisterinpitäjän yhteystiedoja.", // the same place: length and ends
		"The notice does not name the controller \"yet\".",
		"GDPR Art. 13(1)(a)",
		"short",
		"Tab\tand\nnewline and <html> & \u2028 in one text",
	}
	var q quotedTexts
	for round := range 3 {
		for _, s := range texts {
			if got, want := string(q.append([]byte("x"), s)), string(appendJSONString([]byte("x"), s)); got != want {
				t.Errorf("round %d: %q: got %s, want %s", round, s, got, want)
			}
		}
	}
	// A text in memory that then holds another text of the same length.
	mem := []byte("Markup shown in the notice: <p>.")
	s := unsafe.String(&mem[0], len(mem))
	q.append(nil, s)
	copy(mem, "Markup shown in the notice: <b>.")
	if got, want := string(q.append(nil, s)), string(appendJSONString(nil, s)); got != want {
		t.Errorf("after the memory changed: got %s, want %s", got, want)
	}
	var none *quotedTexts
	if got, want := string(none.append(nil, texts[0])), string(appendJSONString(nil, texts[0])); got != want {
		t.Errorf("nil cache: got %s, want %s", got, want)
	}
}
