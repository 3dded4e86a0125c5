package warc

import (
	"bytes"
	"errors"
	"io"
	"os"
	"strings"
	"testing"
)

func readAll(t *testing.T, data []byte, maxBlock int64) ([]*Record, error) {
	t.Helper()
	r, err := NewReader(bytes.NewReader(data), maxBlock)
	if err != nil {
		return nil, err
	}
	var recs []*Record
	for {
		rec, err := r.Next()
		if errors.Is(err, io.EOF) {
			return recs, nil
		}
		if err != nil {
			return recs, err
		}
		recs = append(recs, rec)
	}
}

func response(uri, body string) Out {
	return Out{Fields: []Field{{"WARC-Type", TypeResponse}, {"WARC-Record-ID", NewRecordID()},
		{"WARC-Target-URI", uri}, {"Content-Type", "application/http;msgtype=response"}},
		Block: []byte("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body)}
}

// TestWriterRotatesAndReaderReadsBack: records come back with their
// fields and blocks, across rotated files, each file starting with a
// warcinfo record; the writer adds block and payload digests (SHA-1), and
// the reader finds them right.
func TestWriterRotatesAndReaderReadsBack(t *testing.T) {
	dir := t.TempDir()
	w, err := NewWriter(dir, "test", 300, "noticelint test")
	if err != nil {
		t.Fatal(err)
	}
	bodies := []string{"<p>yksi</p>", "<p>kaksi</p>", strings.Repeat("x", 500)}
	for i, b := range bodies {
		if err := w.Write(response("https://esimerkki.example/"+string(rune('a'+i)), b)); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	files := w.Files()
	if len(files) < 2 {
		t.Fatalf("files %v: want rotation past 300 bytes", files)
	}
	var got []string
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		recs, err := readAll(t, data, 0)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(recs) == 0 || recs[0].Type() != TypeWarcinfo {
			t.Fatalf("%s does not start with warcinfo", name)
		}
		for _, r := range recs[1:] {
			if r.Version != "WARC/1.1" || r.Type() != TypeResponse || r.Err != nil ||
				!strings.HasPrefix(r.Header.Get("WARC-Block-Digest"), "sha1:") || !strings.HasPrefix(r.Header.Get("WARC-Payload-Digest"), "sha1:") {
				t.Errorf("record %v: %v", r.Header, r.Err)
			}
			got = append(got, r.TargetURI()+" "+strings.SplitN(string(r.Block), "\r\n\r\n", 2)[1])
		}
	}
	want := []string{"https://esimerkki.example/a <p>yksi</p>", "https://esimerkki.example/b <p>kaksi</p>", "https://esimerkki.example/c " + bodies[2]}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("read back:\n%s", strings.Join(got, "\n"))
	}
}

// TestReaderPlainTruncatedAndLimited: an uncompressed file, a file cut in
// the middle of a record, and a block over the limit.
func TestReaderPlainTruncatedAndLimited(t *testing.T) {
	plain := "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: <https://a.example/>\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n" +
		"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 10\r\n\r\n0123456789\r\n\r\n"
	recs, err := readAll(t, []byte(plain), 4)
	if err != nil || len(recs) != 2 {
		t.Fatalf("%d records, %v", len(recs), err)
	}
	if recs[0].TargetURI() != "https://a.example/" || string(recs[0].Block) != "hell" || !recs[0].Truncated || recs[0].Length != 5 {
		t.Errorf("first record %+v %q", recs[0].Header, recs[0].Block)
	}
	if _, err := readAll(t, []byte(plain[:len(plain)-12]), 0); err == nil || !strings.Contains(err.Error(), "record 2: file ends in the middle of a record") {
		t.Errorf("truncated: %v", err)
	}
	if _, err := readAll(t, []byte("<html>not a warc</html>\n"), 0); err == nil || !strings.Contains(err.Error(), "no WARC record found") {
		t.Errorf("not a WARC: %v", err)
	}
	if _, err := readAll(t, []byte("WARC/1.1\r\nContent-Length: x\r\n\r\n"), 0); err == nil || !strings.Contains(err.Error(), "bad Content-Length") {
		t.Errorf("bad length: %v", err)
	}
}
