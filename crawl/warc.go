package crawl

import (
	"bytes"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"sync"

	"github.com/noticelint/noticelint/internal/warc"
	"github.com/noticelint/noticelint/scan"
)

// Evidence keeps the HTTP exchanges of a crawl as WARC request and
// response records (crawl --warc-out): gzip per record, files rotated at a
// size limit.
type Evidence struct {
	w   *warc.Writer
	mu  sync.Mutex
	err error
}

// NewEvidence writes WARC files PREFIX-NNNNN.warc.gz into dir, each about
// maxFile bytes at most (0: 1 GiB).
func NewEvidence(dir, prefix string, maxFile int64, software string) (*Evidence, error) {
	w, err := warc.NewWriter(dir, prefix, maxFile, software)
	if err != nil {
		return nil, err
	}
	return &Evidence{w: w}, nil
}

// Exchange writes one exchange as a response record and the request
// record that led to it. It suits scan.Options.OnExchange: safe for
// concurrent use; a write error is kept for Err.
func (e *Evidence) Exchange(ex scan.Exchange) {
	resp, req := exchangeRecords(ex)
	if err := e.w.Write(resp, req); err != nil {
		e.mu.Lock()
		if e.err == nil {
			e.err = fmt.Errorf("--warc-out: %w", err)
		}
		e.mu.Unlock()
	}
}

// Err is the first error writing the evidence.
func (e *Evidence) Err() error {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.err
}

// Files lists the WARC files written.
func (e *Evidence) Files() []string { return e.w.Files() }

// Close closes the current file.
func (e *Evidence) Close() error { return e.w.Close() }

// exchangeRecords gives the response and request records of ex. The body
// is kept as fetched but decompressed, so the response header loses its
// Content-Encoding and Transfer-Encoding and states the body's length.
func exchangeRecords(ex scan.Exchange) (resp, req warc.Out) {
	proto := ex.Proto
	if proto == "" {
		proto = "HTTP/1.1"
	}
	method := ex.Method
	if method == "" {
		method = http.MethodGet
	}
	date := warc.Date(ex.Time)
	respID, reqID := warc.NewRecordID(), warc.NewRecordID()

	var rb bytes.Buffer
	fmt.Fprintf(&rb, "%s %d %s\r\n", proto, ex.Status, http.StatusText(ex.Status))
	h := ex.ResponseHeader.Clone()
	if h == nil {
		h = http.Header{}
	}
	h.Del("Content-Encoding")
	h.Del("Transfer-Encoding")
	h.Set("Content-Length", strconv.Itoa(len(ex.Body)))
	_ = h.Write(&rb)
	rb.WriteString("\r\n")
	rb.Write(ex.Body)
	fields := []warc.Field{
		{Name: "WARC-Type", Value: warc.TypeResponse}, {Name: "WARC-Record-ID", Value: respID},
		{Name: "WARC-Date", Value: date}, {Name: "WARC-Target-URI", Value: ex.URL},
		{Name: "Content-Type", Value: "application/http;msgtype=response"},
	}
	if ex.IP != "" {
		fields = append(fields, warc.Field{Name: "WARC-IP-Address", Value: ex.IP})
	}
	if ex.Truncated {
		fields = append(fields, warc.Field{Name: "WARC-Truncated", Value: "length"})
	}
	resp = warc.Out{Fields: fields, Block: rb.Bytes()}

	var qb bytes.Buffer
	target, host := ex.URL, ""
	if u, err := url.Parse(ex.URL); err == nil {
		target, host = u.RequestURI(), u.Host
	}
	fmt.Fprintf(&qb, "%s %s %s\r\n", method, target, proto)
	qh := ex.RequestHeader.Clone()
	if qh == nil {
		qh = http.Header{}
	}
	if qh.Get("Host") == "" && host != "" {
		qh.Set("Host", host)
	}
	_ = qh.Write(&qb)
	qb.WriteString("\r\n")
	req = warc.Out{Fields: []warc.Field{
		{Name: "WARC-Type", Value: warc.TypeRequest}, {Name: "WARC-Record-ID", Value: reqID},
		{Name: "WARC-Date", Value: date}, {Name: "WARC-Target-URI", Value: ex.URL},
		{Name: "WARC-Concurrent-To", Value: respID},
		{Name: "Content-Type", Value: "application/http;msgtype=request"},
	}, Block: qb.Bytes()}
	return resp, req
}
