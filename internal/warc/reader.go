package warc

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/textproto"
	"strconv"
	"strings"
)

// maxHeaderBytes bounds a record's named fields.
const maxHeaderBytes = 1 << 20

// Reader reads the records of a WARC file, gzipped or not.
type Reader struct {
	r        *bufio.Reader
	maxBlock int64
	n        int // records read
	err      error
}

// NewReader reads WARC records from r; a gzip stream (every record its own
// member, or the whole file one) is decompressed. Blocks longer than
// maxBlock bytes are cut there and the record marked Truncated (the rest is
// skipped); maxBlock <= 0 means no limit.
func NewReader(r io.Reader, maxBlock int64) (*Reader, error) {
	br := bufio.NewReader(r)
	magic, err := br.Peek(2)
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, err
	}
	if len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("gzip: %w", err)
		}
		br = bufio.NewReader(zr)
	}
	return &Reader{r: br, maxBlock: maxBlock}, nil
}

// Next returns the next record, or io.EOF after the last. A damaged file
// gives an error naming the record; reading stops there.
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
	// Records are separated by two CRLFs; tolerate extra blank lines.
	var version string
	for {
		line, err := r.r.ReadString('\n')
		if err != nil {
			if errors.Is(err, io.EOF) && strings.TrimSpace(line) == "" {
				return nil, io.EOF
			}
			return nil, truncated(err)
		}
		if line = strings.TrimRight(line, "\r\n"); line != "" {
			version = line
			break
		}
	}
	if !strings.HasPrefix(version, "WARC/") {
		return nil, fmt.Errorf("not a WARC record: starts %q", clip(version))
	}
	hdr, err := readHeader(r.r)
	if err != nil {
		return nil, err
	}
	cl := hdr.Get("Content-Length")
	length, err := strconv.ParseInt(strings.TrimSpace(cl), 10, 64)
	if err != nil || length < 0 {
		return nil, fmt.Errorf("bad Content-Length %q", clip(cl))
	}
	rec := &Record{Version: version, Header: hdr, Length: length}
	keep := length
	if r.maxBlock > 0 && keep > r.maxBlock {
		keep, rec.Truncated = r.maxBlock, true
	}
	// Grow with what is there, not with what the header claims.
	var block bytes.Buffer
	if _, err := io.CopyN(&block, r.r, keep); err != nil {
		return nil, truncated(err)
	}
	rec.Block = block.Bytes()
	if _, err := io.CopyN(io.Discard, r.r, length-keep); err != nil {
		return nil, truncated(err)
	}
	return rec, nil
}

// readHeader reads "Name: value" lines up to a blank line, with
// continuation lines, within maxHeaderBytes.
func readHeader(br *bufio.Reader) (textproto.MIMEHeader, error) {
	hdr := textproto.MIMEHeader{}
	total, last := 0, ""
	for {
		line, err := br.ReadString('\n')
		if err != nil {
			return nil, truncated(err)
		}
		if total += len(line); total > maxHeaderBytes {
			return nil, fmt.Errorf("header longer than %d bytes", maxHeaderBytes)
		}
		line = strings.TrimRight(line, "\r\n")
		if line == "" {
			return hdr, nil
		}
		if (line[0] == ' ' || line[0] == '\t') && last != "" {
			vs := hdr[last]
			vs[len(vs)-1] += " " + strings.TrimSpace(line)
			continue
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok || strings.TrimSpace(name) == "" {
			return nil, fmt.Errorf("bad header line %q", clip(line))
		}
		last = textproto.CanonicalMIMEHeaderKey(strings.TrimSpace(name))
		hdr[last] = append(hdr[last], strings.TrimSpace(value))
	}
}

func truncated(err error) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return errors.New("file ends in the middle of a record (truncated?)")
	}
	return err
}

func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}
