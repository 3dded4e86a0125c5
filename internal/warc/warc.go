// Package warc reads and writes WARC 1.1 files (ISO 28500), plain or with
// each record in a gzip member of its own (.warc.gz, as Common Crawl and
// Heritrix write them). It holds only what noticelint needs: records with
// their named fields and block, no indexes, no revisits, no segmentation.
//
// The maintained Go WARC libraries (nlnwa/gowarc, internetarchive/gowarc)
// are not served by the module proxy this project builds with, and carry
// far more than this: the format itself is a header block and a body.
package warc

import (
	"crypto/rand"
	"fmt"
	"net/textproto"
	"time"
)

// Record types noticelint reads or writes.
const (
	TypeWarcinfo = "warcinfo"
	TypeRequest  = "request"
	TypeResponse = "response"
)

// Record is one WARC record: its named fields and its block.
type Record struct {
	Version string               // "WARC/1.1" or "WARC/1.0"
	Header  textproto.MIMEHeader // named fields, canonical keys ("Warc-Type")
	Block   []byte
	// Truncated says the block was longer than the reader's limit: Block
	// holds its start only.
	Truncated bool
	// Length is the block's declared Content-Length.
	Length int64
}

// Type is the record's WARC-Type.
func (r *Record) Type() string { return r.Header.Get("WARC-Type") }

// TargetURI is the record's WARC-Target-URI, without the angle brackets
// WARC/1.0 writers sometimes put around it.
func (r *Record) TargetURI() string {
	u := r.Header.Get("WARC-Target-URI")
	if len(u) >= 2 && u[0] == '<' && u[len(u)-1] == '>' {
		u = u[1 : len(u)-1]
	}
	return u
}

// NewRecordID returns a fresh WARC-Record-ID, <urn:uuid:...> with a random
// (version 4) UUID.
func NewRecordID() string {
	var b [16]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("<urn:uuid:%x-%x-%x-%x-%x>", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}

// Date formats t as a WARC-Date: UTC, seconds, "2006-01-02T15:04:05Z".
func Date(t time.Time) string { return t.UTC().Format(time.RFC3339) }
