package input_test

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/noticelint/noticelint/lint"
	"github.com/noticelint/noticelint/lint/input"
	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/rules"
)

func has(r result.FileResult, rule string) bool {
	return slices.ContainsFunc(r.Findings, func(f rules.Finding) bool { return f.Rule == rule })
}

func jline(v map[string]string) string {
	b, _ := json.Marshal(v)
	return string(b) + "\n"
}

// TestJSONLines: HTML, text and a base64 PDF are linted in order; bad
// lines are errors named by their url or line, and the others go on.
func TestJSONLines(t *testing.T) {
	pdf, err := os.ReadFile("../../testdata/formats/notice-winansi.pdf")
	if err != nil {
		t.Fatal(err)
	}
	repealed := "Tietosuojaseloste\n\nKäsittelemme tietoja henkilötietolain (523/1999) mukaisesti.\n"
	in := jline(map[string]string{"url": "https://a.example/tietosuoja", "content": "<!DOCTYPE html><html><body><h1>Tietosuojaseloste</h1><p>Henkilötietolain (523/1999) mukaan.</p></body></html>"}) +
		"\n" +
		jline(map[string]string{"url": "https://b.example/seloste.pdf", "content_base64": base64.StdEncoding.EncodeToString(pdf)}) +
		jline(map[string]string{"url": "https://c.example/notice", "content": repealed, "content_type": "text/plain; charset=utf-8"}) +
		"{broken\n" +
		jline(map[string]string{"content": "x"}) +
		jline(map[string]string{"url": "https://d.example/", "content": "x", "content_base64": "eA=="}) +
		jline(map[string]string{"url": "https://e.example/", "content_base64": "@@"}) +
		jline(map[string]string{"url": "https://f.example/", "content": strings.Repeat("x", 5000)}) +
		jline(map[string]string{"url": "https://g.example/", "content": "x", "content_type": "image/png"}) +
		jline(map[string]string{"url": "https://h.example/"}) +
		`{"url": "https://i.example/", "content": "` + strings.Repeat("y", 1<<20+20000) + "\"}\n" +
		jline(map[string]string{"url": "https://j.example/", "content": repealed}) // last, after the errors
	got := streamAll(t, input.JSONLines(strings.NewReader(in), "pages.jsonl", 4096), lint.Options{Jobs: 3})
	var lines []string
	for _, r := range got {
		line := r.Path
		if r.Err != nil {
			line += " error: " + r.Err.Reason
		} else {
			line += " " + r.Format + fmt.Sprint(" ", has(r, "repealed-law"))
		}
		lines = append(lines, line)
	}
	want := []string{
		"https://a.example/tietosuoja html true",
		"https://b.example/seloste.pdf pdf true",
		"https://c.example/notice text true",
		"pages.jsonl:5 error: not valid JSON (at byte 2): invalid character 'b' looking for beginning of object key string",
		`pages.jsonl:6 error: no "url"`,
		`https://d.example/ error: both "content" and "content_base64": give one`,
		`https://e.example/ error: "content_base64" is not base64: illegal base64 data at input byte 0`,
		"https://f.example/ error: content is 4.9 KiB, over the size limit of 4 KiB",
		`https://g.example/ error: content_type "image/png" is not a notice format (HTML, PDF, Word, Markdown or text)`,
		`https://h.example/ error: no "content" or "content_base64"`,
		"pages.jsonl:12 error: line longer than 1 MiB (twice the size limit + 1 MiB)",
		"https://j.example/ text true",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}

// TestJSONLinesStreams: the stream is read as the workers need it, not
// slurped: when the first result comes out, most of a long input is still
// unwritten.
func TestJSONLinesStreams(t *testing.T) {
	pr, pw := io.Pipe()
	const total = 2000
	var written atomic.Int32
	go func() {
		for i := range total {
			line := jline(map[string]string{"url": fmt.Sprintf("https://s%d.example/", i), "content": "Tietosuojaseloste\n\nRekisterinpitäjä: Esimerkki Oy\n"})
			if _, err := pw.Write([]byte(line)); err != nil {
				return
			}
			written.Add(1)
		}
		pw.Close()
	}()
	n, firstAt := 0, int32(-1)
	var order []string
	_, err := lint.Stream(context.Background(), input.JSONLines(pr, "<stdin>", 0), engine(t), lint.Options{Jobs: 4}, func(r result.FileResult) error {
		if n == 0 {
			firstAt = written.Load()
		}
		order = append(order, r.Path)
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n != total {
		t.Fatalf("%d results, want %d", n, total)
	}
	if firstAt >= total/4 {
		t.Errorf("%d of %d lines were read before the first result came out", firstAt, total)
	}
	for i, p := range order {
		if p != fmt.Sprintf("https://s%d.example/", i) {
			t.Fatalf("result %d is %s: out of order", i, p)
		}
	}
}

// TestJSONLinesReasons: lines of the wrong shape are named in JSON's
// words, never with Go's type names.
func TestJSONLinesReasons(t *testing.T) {
	in := "[1, 2]\n" + `{"url": 5, "content": "x"}` + "\n" + `{"url": "https://a.example/", "content": ["x"]}` + "\n" +
		`"just a string"` + "\n" + `{"url": "https://b.example/", "content": "x"` + "\n" + `{"url": true}` + "\n"
	var got []string
	for it := range input.JSONLines(strings.NewReader(in), "pages.jsonl", 0) {
		if it.Err == nil {
			t.Fatalf("%s: no error", it.Path)
		}
		got = append(got, it.Err.Reason)
		if strings.Contains(it.Err.Reason, "Go ") || strings.Contains(it.Err.Reason, "jsonLine") || strings.Contains(it.Err.Reason, "unmarshal") {
			t.Errorf("Go's words: %s", it.Err.Reason)
		}
	}
	want := []string{
		"not a JSON object: it is an array",
		`"url" must be a string, not a number`,
		`"content" must be a string, not an array`,
		"not a JSON object: it is a string",
		"not valid JSON: it ends too soon",
		`"url" must be a string, not true or false`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestJSONLinesCharset: a content_type's charset decodes content_base64
// (bytes as served), not content (a JSON string, Unicode already).
func TestJSONLinesCharset(t *testing.T) {
	page := "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><h1>Tietosuojaseloste</h1><p>Rekisterinpitäjä: Esimerkki Oy.</p></body></html>"
	latin1 := strings.ReplaceAll(page, "ä", "\xe4")
	in := jline(map[string]string{"url": "https://a.example/", "content_base64": base64.StdEncoding.EncodeToString([]byte(latin1)), "content_type": "text/html; charset=iso-8859-1"}) +
		jline(map[string]string{"url": "https://b.example/", "content": page, "content_type": "text/html; charset=iso-8859-1"})
	got := streamAll(t, input.JSONLines(strings.NewReader(in), "pages.jsonl", 1<<20), lint.Options{Jobs: 1})
	var encs []string
	for _, r := range got {
		encs = append(encs, r.Path+" "+r.Encoding)
	}
	if want := []string{"https://a.example/ windows-1252", "https://b.example/ utf-8"}; !slices.Equal(encs, want) {
		t.Errorf("encodings %q, want %q", encs, want)
	}
}
