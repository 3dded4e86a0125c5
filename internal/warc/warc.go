// Package warc is noticelint's thin layer over github.com/nlnwa/gowarc, the
// maintained WARC library (ISO 28500, WARC/1.0 and 1.1): the library parses
// and writes the records, generates their ids and computes and checks
// their digests; this package holds what noticelint adds around it, in one
// place for its two users (crawl --warc-out writes, lint --warc reads):
//
//   - reading a whole-file gzip as well as one gzip member per record (the
//     library reads the first record of a whole-file gzip only);
//   - bounds: a record's header within 1 MiB and its block in memory within
//     the caller's limit (the library reads a header, an HTTP header or a
//     warc-fields block whole);
//   - digest mismatches as per-record errors, a cut file as an error;
//   - files named PREFIX-NNNNN.warc.gz, listed as they are written.
package warc

import (
	"time"

	"github.com/google/uuid"
	gowarc "github.com/nlnwa/gowarc/v3"
)

// Record types noticelint reads or writes, as WARC-Type gives them.
const (
	TypeWarcinfo     = "warcinfo"
	TypeRequest      = "request"
	TypeResponse     = "response"
	TypeRevisit      = "revisit"
	TypeContinuation = "continuation"
)

// Record is one WARC record as read: its named fields and its block.
type Record struct {
	Version string             // "WARC/1.1" or "WARC/1.0"
	Header  *gowarc.WarcFields // named fields; Get is case-insensitive
	Block   []byte
	// Truncated says the block was longer than the reader's limit: Block
	// holds its start only.
	Truncated bool
	// Length is the block's declared Content-Length.
	Length int64
	// Err says the record is damaged: a WARC-Block-Digest or
	// WARC-Payload-Digest that does not match what the record holds. The
	// records after it are read on.
	Err error
}

// Type is the record's WARC-Type.
func (r *Record) Type() string { return r.Header.Get(gowarc.WarcType) }

// Segmented says the record is one segment of a record too large for one
// file (WARC-Segment-Number): its block is part of a whole.
func (r *Record) Segmented() bool { return r.Header.Has(gowarc.WarcSegmentNumber) }

// TargetURI is the record's WARC-Target-URI, without the angle brackets
// WARC/1.0 writers sometimes put around it.
func (r *Record) TargetURI() string { return r.Header.GetId(gowarc.WarcTargetURI) }

// NewRecordID returns a fresh WARC-Record-ID, <urn:uuid:...> with a random
// (version 4) UUID.
func NewRecordID() string { return "<urn:uuid:" + uuid.NewString() + ">" }

// Date formats t as a WARC-Date: UTC, seconds, "2006-01-02T15:04:05Z".
func Date(t time.Time) string { return t.UTC().Format(time.RFC3339) }
