package warc

import (
	"bytes"
	"errors"
	"io"
	"os"
	"testing"
)

// FuzzReader: any bytes (a WARC file is untrusted input) give records
// (damaged ones with Err) or an error, never a panic or a block over the
// limit.
func FuzzReader(f *testing.F) {
	dir := f.TempDir()
	w, err := NewWriter(dir, "seed", 0, "fuzz")
	if err != nil {
		f.Fatal(err)
	}
	if err := w.Write(response("https://a.example/", "<p>x</p>")); err != nil {
		f.Fatal(err)
	}
	w.Close()
	seed, err := os.ReadFile(w.Files()[0])
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add([]byte("WARC/1.1\r\nWARC-Type: response\r\n continued\r\nContent-Length: 3\r\n\r\nabc\r\n\r\n"))
	f.Add([]byte("WARC/1.0\nContent-Length: 99999999999\n\n"))
	f.Add(gz(resp("WARC/1.0", "<https://a.example/>", "WARC-Block-Digest: sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA") + resp("WARC/1.1", "https://b.example/", "WARC-Payload-Digest: sha256:00")))
	f.Add([]byte(resp("WARC/1.1", "https://a.example/", "WARC-Segment-Number: 1") + "\r\n\r\ngarbage WARC/1.1\r\n\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if r, err := NewReader(bytes.NewReader(data), 0); err == nil {
			for range 1000 {
				if _, err := r.Next(); err != nil {
					break
				}
			}
		}
		r, err := NewReader(bytes.NewReader(data), 64)
		if err != nil {
			return
		}
		for range 1000 {
			rec, err := r.Next()
			if errors.Is(err, io.EOF) || err != nil {
				return
			}
			if len(rec.Block) > 64 || int64(len(rec.Block)) > rec.Length {
				t.Fatalf("block of %d bytes, length %d", len(rec.Block), rec.Length)
			}
		}
	})
}
