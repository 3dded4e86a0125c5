package input_test

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/extract"
	"github.com/noticelint/noticelint/internal/testfiles"
	"github.com/noticelint/noticelint/internal/warc"
	"github.com/noticelint/noticelint/lint"
	"github.com/noticelint/noticelint/lint/input"
)

func warcResponse(uri, head string, body []byte) warc.Out {
	return warc.Out{Fields: []warc.Field{{Name: "WARC-Type", Value: warc.TypeResponse}, {Name: "WARC-Record-ID", Value: warc.NewRecordID()},
		{Name: "WARC-Target-URI", Value: uri}, {Name: "Content-Type", Value: "application/http;msgtype=response"}},
		Block: append([]byte(head+"\r\n"), body...)}
}

// TestWARCFiles: the 2xx HTML and PDF responses of a WARC file (chunked,
// gzipped or plain) are linted under their target URIs; requests,
// redirects, 404s, images and robots.txt are passed over; a record that
// is not HTTP, a body over the limit, a damaged file, an empty file and a
// missing file are errors, and the files after them are still read.
func TestWARCFiles(t *testing.T) {
	dir := t.TempDir()
	w, err := warc.NewWriter(dir, "cc", 0, "test")
	if err != nil {
		t.Fatal(err)
	}
	pdf, err := os.ReadFile("../../testdata/formats/notice-winansi.pdf")
	if err != nil {
		t.Fatal(err)
	}
	html := "<!DOCTYPE html><html><body><h1>Tietosuojaseloste</h1><p>Henkilötietolain (523/1999) mukaan.</p></body></html>"
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(html))
	zw.Close()
	chunked := fmt.Sprintf("1a\r\n%s\r\n%x\r\n%s\r\n0\r\n\r\n", html[:26], len(html)-26, html[26:])
	recs := []warc.Out{
		{Fields: []warc.Field{{Name: "WARC-Type", Value: warc.TypeRequest}, {Name: "WARC-Target-URI", Value: "https://a.example/"}}, Block: []byte("GET / HTTP/1.1\r\n\r\n")},
		warcResponse("https://a.example/tietosuoja", "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n", []byte(chunked)),
		warcResponse("https://b.example/tietosuoja", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n", gz.Bytes()),
		warcResponse("https://c.example/seloste.pdf", "HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n", pdf),
		warcResponse("https://d.example/", "HTTP/1.1 301 Moved Permanently\r\nLocation: https://d.example/fi/\r\nContent-Type: text/html\r\n", []byte("<a>moved</a>")),
		warcResponse("https://d.example/puuttuu", "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n", []byte("<p>ei</p>")),
		warcResponse("https://d.example/logo.png", "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n", []byte("\x89PNG")),
		warcResponse("https://d.example/robots.txt", "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n", []byte("User-agent: *\n")),
		warcResponse("https://e.example/", "NOT HTTP AT ALL", nil),
		warcResponse("https://f.example/iso.html", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", bytes.Repeat([]byte("x"), 3<<20)),
	}
	if err := w.Write(recs...); err != nil {
		t.Fatal(err)
	}
	w.Close()
	good := w.Files()[0]
	data, _ := os.ReadFile(good)
	damaged := filepath.Join(dir, "damaged.warc.gz")
	testfiles.Write(t, damaged, string(data[:len(data)/2]))
	empty := filepath.Join(dir, "empty.warc")
	testfiles.Write(t, empty, "")

	var st input.WARCStats
	got := streamAll(t, input.WARCFiles([]string{good, filepath.Join(dir, "missing.warc"), empty, damaged}, input.WARCOptions{MaxSize: 1 << 20}, &st), lint.Options{Jobs: 2})
	var lines []string
	for _, r := range got {
		line := strings.ReplaceAll(r.Path, dir+"/", "")
		if r.Err != nil {
			line += " error: " + r.Err.Reason
		} else if has(r, "repealed-law") {
			line += " " + r.Format + " repealed-law"
		}
		lines = append(lines, line)
	}
	text := strings.Join(lines, "\n")
	for _, want := range []string{
		"https://a.example/tietosuoja html repealed-law\nhttps://b.example/tietosuoja html repealed-law\nhttps://c.example/seloste.pdf pdf repealed-law\n" +
			"https://e.example/ error: cc-00000.warc.gz, record 10: the WARC record is not an HTTP response: malformed HTTP status code \"HTTP\"\n" +
			"https://f.example/iso.html error: cc-00000.warc.gz, record 11: the record is 3 MiB, over the size limit of 1 MiB\n" +
			"missing.warc error: cannot read: no such file or directory\n" +
			"empty.warc error: empty WARC file\n",
		"damaged.warc.gz error: damaged WARC file: ",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("got:\n%s\nwant it to hold:\n%s", text, want)
		}
	}
	if st.Responses < 9 || st.Pages < 4 {
		t.Errorf("stats %+v", st)
	}
}

// TestWARCFilesKeep: with SkipEmpty and a Keep test, only the pages that
// pass it are linted, empty bodies are passed over, and each is counted
// (Keep's skips in the summary); without them, every page is linted and an
// empty body is an error. A directory stands for the WARC files in it.
func TestWARCFilesKeep(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	w, err := warc.NewWriter(filepath.Join(dir, "sub"), "ev", 0, "test")
	if err != nil {
		t.Fatal(err)
	}
	head := "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
	if err := w.Write(
		warcResponse("https://a.example/", head, []byte("<p>home</p>")),
		warcResponse("https://a.example/tietosuoja", head, []byte("<h1>Tietosuojaseloste</h1><p>NOTICE</p>")),
		warcResponse("https://a.example/tyhja", head, nil),
		warcResponse("https://a.example/logo.png", "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n", []byte("\x89PNG")),
	); err != nil {
		t.Fatal(err)
	}
	w.Close()
	testfiles.Write(t, filepath.Join(dir, "sub", "notes.txt"), "not a WARC file")
	keep := func(it input.Item, doc *extract.Document) bool {
		return doc != nil && bytes.Contains(it.Data, []byte("NOTICE"))
	}
	for _, tc := range []struct {
		name    string
		keep    func(input.Item, *extract.Document) bool
		want    string
		st      input.WARCStats
		skipped int
	}{
		{"notices", keep, "https://a.example/tietosuoja", input.WARCStats{Files: 1, Responses: 4, Pages: 2, NotPage: 1, Empty: 1}, 1},
		{"all", nil, "https://a.example/\nhttps://a.example/tietosuoja\nhttps://a.example/tyhja error: ev-00000.warc.gz, record 4: the response has an empty body: no text to lint",
			input.WARCStats{Files: 1, Responses: 4, Pages: 3, NotPage: 1}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var st input.WARCStats
			var lines []string
			items := input.WARCFiles([]string{dir}, input.WARCOptions{SkipEmpty: tc.keep != nil}, &st)
			got, sum := streamSum(t, items, lint.Options{Jobs: 2, Keep: tc.keep})
			for _, r := range got {
				line := r.Path
				if r.Err != nil {
					line += " error: " + r.Err.Reason
				}
				lines = append(lines, line)
			}
			if got := strings.Join(lines, "\n"); got != tc.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tc.want)
			}
			if st != tc.st || sum.Skipped != tc.skipped || sum.Files != len(got) {
				t.Errorf("stats %+v, %d skipped, %d files; want %+v, %d skipped, %d files", st, sum.Skipped, sum.Files, tc.st, tc.skipped, len(got))
			}
		})
	}
	var st input.WARCStats
	got := streamAll(t, input.WARCFiles([]string{t.TempDir()}, input.WARCOptions{}, &st), lint.Options{})
	if len(got) != 1 || got[0].Err == nil || !strings.Contains(got[0].Err.Reason, "a directory without .warc or .warc.gz files") {
		t.Errorf("empty directory: %+v", got)
	}
}

// TestWARCFilesSkipsAndDigests: revisit records, continuation records and
// the first segments they continue are passed over and counted; a record
// whose digest does not match is an error naming the file and the record,
// and the records after it are still linted.
func TestWARCFilesSkipsAndDigests(t *testing.T) {
	dir := t.TempDir()
	head := "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
	rec := func(typ, uri string, extra ...warc.Field) warc.Out {
		r := warcResponse(uri, head, []byte("<h1>Tietosuojaseloste</h1><p>NOTICE</p>"))
		r.Fields[0].Value = typ
		r.Fields = append(r.Fields, extra...)
		return r
	}
	w, err := warc.NewWriter(dir, "ev", 0, "test")
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write(
		rec(warc.TypeRevisit, "https://a.example/vanha", warc.Field{Name: "WARC-Profile", Value: "http://netpreserve.org/warc/1.1/revisit/server-not-modified"}),
		rec(warc.TypeResponse, "https://a.example/osa", warc.Field{Name: "WARC-Segment-Number", Value: "1"}),
		rec(warc.TypeContinuation, "https://a.example/osa", warc.Field{Name: "WARC-Segment-Number", Value: "2"}),
		rec(warc.TypeResponse, "https://a.example/rikki", warc.Field{Name: "WARC-Block-Digest", Value: "sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}),
		rec(warc.TypeResponse, "https://a.example/tietosuoja"),
	); err != nil {
		t.Fatal(err)
	}
	w.Close()
	var st input.WARCStats
	var lines []string
	for _, r := range streamAll(t, input.WARCFiles(w.Files(), input.WARCOptions{}, &st), lint.Options{Jobs: 2}) {
		line := r.Path
		if r.Err != nil {
			line += " error: " + r.Err.Reason
		}
		lines = append(lines, line)
	}
	want := "https://a.example/rikki error: ev-00000.warc.gz, record 5: WARC-Block-Digest does not match the record: it says sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA, the record gives sha1:"
	if len(lines) != 2 || !strings.HasPrefix(lines[0], want) || lines[1] != "https://a.example/tietosuoja" {
		t.Errorf("got:\n%s\nwant:\n%s…\nhttps://a.example/tietosuoja", strings.Join(lines, "\n"), want)
	}
	if wantSt := (input.WARCStats{Files: 1, Responses: 3, Pages: 2, Segmented: 1, Revisits: 1, Continuations: 1}); st != wantSt {
		t.Errorf("stats %+v, want %+v", st, wantSt)
	}
}
