package warc

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
)

// BenchmarkReader reads a crawl's evidence of 3,000 exchanges (a response
// of about 20 KB of HTML and its request each, gzip per record), all
// records with their blocks, as lint --warc does.
func BenchmarkReader(b *testing.B) {
	dir := b.TempDir()
	w, err := NewWriter(dir, "bench", 0, "bench")
	if err != nil {
		b.Fatal(err)
	}
	para := strings.Repeat("<p>Rekisterinpitäjä käsittelee asiakkaan henkilötietoja sopimuksen perusteella.</p>\n", 250)
	for i := range 3000 {
		uri := fmt.Sprintf("https://yritys%d.example/tietosuoja", i)
		req := Out{Fields: []Field{{"WARC-Type", TypeRequest}, {"WARC-Record-ID", NewRecordID()}, {"WARC-Target-URI", uri},
			{"Content-Type", "application/http;msgtype=request"}}, Block: []byte("GET /tietosuoja HTTP/1.1\r\nHost: yritys.example\r\n\r\n")}
		if err := w.Write(response(uri, fmt.Sprintf("<h1>Tietosuojaseloste %d</h1>\n%s", i, para)), req); err != nil {
			b.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		b.Fatal(err)
	}
	data, err := os.ReadFile(w.Files()[0])
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for range b.N {
		r, err := NewReader(bytes.NewReader(data), 51<<20)
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		for {
			rec, err := r.Next()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			n += len(rec.Block)
		}
		if n == 0 {
			b.Fatal("no blocks")
		}
	}
}
