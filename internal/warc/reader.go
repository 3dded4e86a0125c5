package warc

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/klauspost/compress/gzip"
	gowarc "github.com/nlnwa/gowarc/v3"
)

// maxHeaderBytes bounds a record's named fields.
const maxHeaderBytes = 1 << 20

// Reader reads the records of a WARC file, gzipped or not.
type Reader struct {
	br       *bufio.Reader
	u        gowarc.Unmarshaler
	fields   gowarc.Unmarshaler
	hdr      *bufio.Reader // fields' reader, reused
	maxBlock int64
	n        int // records read
	err      error
}

// NewReader reads WARC records from r; a gzip stream (every record its own
// member, or the whole file one) is decompressed. Blocks longer than
// maxBlock bytes are cut there and the record marked Truncated; such a
// block is read through to check its digest, spooled to a temporary file
// past maxBlock bytes. maxBlock <= 0 means no limit.
func NewReader(r io.Reader, maxBlock int64) (*Reader, error) {
	br := bufio.NewReader(r)
	magic, err := br.Peek(2)
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, err
	}
	var src io.Reader = br
	if len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		// Decompressed here, members one after another, because the
		// library reads one record a member.
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("gzip: %w", err)
		}
		src = zr
	}
	mem := maxBlock
	if mem <= 0 {
		mem = 1 << 62
	}
	return &Reader{
		br: bufio.NewReaderSize(src, 64<<10), // grown for a longer header
		// The block is not parsed here (the library would read an HTTP
		// header or a warc-fields block whole, whatever its size); the
		// payload digest is checked on the block kept (payloadDigest).
		u: gowarc.NewUnmarshaler(gowarc.WithSkipParseBlock(), gowarc.WithBufferMaxMemBytes(mem)),
		// The library empties a field it finds invalid (a WARC/1.0
		// <uri> in angle brackets, a relative URI); the fields are read
		// again from the header's bytes without validation.
		fields:   gowarc.NewUnmarshaler(gowarc.WithNoValidation()),
		hdr:      bufio.NewReaderSize(nil, 4<<10),
		maxBlock: maxBlock,
	}, nil
}

// Next returns the next record, or io.EOF after the last. A damaged file
// gives an error naming the record; reading stops there. A record whose
// digest does not match comes with Err set.
func (r *Reader) Next() (*Record, error) {
	if r.err != nil {
		return nil, r.err
	}
	rec, err := r.next()
	if err != nil {
		if !errors.Is(err, io.EOF) {
			err = fmt.Errorf("record %d: %w", r.n+1, err)
		}
		r.err = err
		return nil, err
	}
	r.n++
	return rec, nil
}

func (r *Reader) next() (*Record, error) {
	header, err := r.header()
	if err != nil {
		return nil, err
	}
	wr, _, validation, err := r.u.Unmarshal(r.br)
	if err != nil {
		if wr != nil {
			_ = wr.Close()
		}
		return nil, readError(err)
	}
	defer func() { _ = wr.Close() }()
	rec := &Record{Version: wr.Version().String(), Header: wr.WarcHeader()}
	if header != nil {
		rec.Header = header
	}
	cl := rec.Header.Get(gowarc.ContentLength)
	if rec.Length, err = strconv.ParseInt(cl, 10, 64); err != nil || rec.Length < 0 {
		return nil, fmt.Errorf("bad Content-Length %q", clip(cl))
	}
	for _, v := range validation {
		var cl *gowarc.ContentLengthError
		if errors.As(v, &cl) {
			return nil, errCut
		}
		if rec.Err == nil {
			rec.Err = digestError(rec.Header, v)
		}
	}
	raw, err := wr.Block().RawBytes()
	if err != nil {
		return nil, err
	}
	keep := rec.Length
	if r.maxBlock > 0 && keep > r.maxBlock {
		keep, rec.Truncated = r.maxBlock, true
	}
	// Grow with what is there, not with what the header claims.
	var block bytes.Buffer
	if _, err := io.CopyN(&block, raw, keep); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, errCut
		}
		return nil, readError(err)
	}
	rec.Block = block.Bytes()
	if rec.Err == nil && !rec.Truncated {
		rec.Err = payloadDigest(wr, rec.Block)
	}
	return rec, nil
}

// header finds the next record's version line and named fields within
// maxHeaderBytes, before the library reads them without a bound, and
// gives the fields as written (nil at the end of the file, where the
// library tells what is there).
func (r *Reader) header() (*gowarc.WarcFields, error) {
	for n := 4 << 10; ; n = min(n*8, maxHeaderBytes) {
		if n > r.br.Size() {
			r.br = bufio.NewReaderSize(r.br, maxHeaderBytes)
		}
		buf, err := r.br.Peek(n)
		start := bytes.Index(buf, []byte("WARC/"))
		if start >= 0 {
			end := headerEnd(buf[start:])
			if end > 0 {
				r.hdr.Reset(bytes.NewReader(buf[start : start+end]))
				wr, _, _, err := r.fields.Unmarshal(r.hdr)
				if err != nil {
					return nil, nil //nolint:nilerr // the library says what is wrong when it reads the record
				}
				_ = wr.Close()
				return wr.WarcHeader(), nil
			}
		}
		if err != nil && len(buf) < n {
			return nil, nil //nolint:nilerr // the file ends within the window
		}
		if n == maxHeaderBytes {
			if start < 0 {
				return nil, fmt.Errorf("no WARC record within %d bytes", maxHeaderBytes)
			}
			return nil, fmt.Errorf("header longer than %d bytes", maxHeaderBytes)
		}
	}
}

// headerEnd is the length of the header that b starts with, up to and
// with its blank line, or 0 when b does not hold it all.
func headerEnd(b []byte) int {
	i, j := bytes.Index(b, []byte("\n\r\n")), bytes.Index(b, []byte("\n\n"))
	switch {
	case i >= 0 && (j < 0 || i < j):
		return i + 3
	case j >= 0:
		return j + 2
	}
	return 0
}

// payloadDigest checks the WARC-Payload-Digest of an HTTP record without a
// WARC-Block-Digest by the library's own reading, on the whole block kept
// in memory. A block that matches its digest holds the payload as it was
// written: a payload digest that differs then says only that its writer
// computed it another way (over a de-chunked body, say), not that the
// record is damaged, and is not checked.
func payloadDigest(wr gowarc.WarcRecord, block []byte) error {
	h := wr.WarcHeader()
	if !h.Has(gowarc.WarcPayloadDigest) || h.Has(gowarc.WarcBlockDigest) || !strings.HasPrefix(strings.ToLower(h.Get(gowarc.ContentType)), gowarc.ApplicationHttp) ||
		wr.Type()&(gowarc.Response|gowarc.Request) == 0 || h.Has(gowarc.WarcSegmentNumber) {
		return nil
	}
	b := gowarc.NewRecordBuilder(wr.Type(), gowarc.WithBufferMaxMemBytes(int64(len(block))+1))
	for _, name := range []string{gowarc.WarcRecordID, gowarc.WarcDate, gowarc.ContentType, gowarc.WarcPayloadDigest} {
		if h.Has(name) {
			b.AddWarcHeader(name, h.Get(name))
		}
	}
	if _, err := b.Write(block); err != nil {
		_ = b.Close()
		return err
	}
	check, validation, err := b.Build()
	if err != nil {
		return err
	}
	_ = check.Close()
	for _, v := range validation {
		if err := digestError(h, v); err != nil {
			return err
		}
	}
	return nil
}

// digestError words a digest mismatch the library found; other findings
// (a missing field, a bare LF) are no reason not to read the record.
func digestError(h *gowarc.WarcFields, v error) error {
	var d *gowarc.DigestError
	if !errors.As(v, &d) {
		return nil
	}
	field := gowarc.WarcBlockDigest
	if _, p, _ := strings.Cut(h.Get(gowarc.WarcPayloadDigest), ":"); strings.EqualFold(p, d.Expected) {
		field = gowarc.WarcPayloadDigest
	}
	return fmt.Errorf("%s does not match the record: it says %s:%s, the record gives %s:%s", field, d.Algorithm, d.Expected, d.Algorithm, d.Computed)
}

func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

var errCut = errors.New("file ends in the middle of a record (truncated?)")

func readError(err error) error {
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF):
		return errCut
	case errors.Is(err, gowarc.ErrNoRecord):
		return errors.New("no WARC record found: not a WARC file, or damaged")
	}
	return err
}
