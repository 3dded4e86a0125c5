package warc

import (
	"bytes"
	"compress/gzip"
	"crypto/sha1" //nolint:gosec // WARC digests are SHA-1 by convention, not for security
	"crypto/sha256"
	"encoding/base32"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"
)

// The records below are written by hand, as other tools write them (the
// library did not write them): WARC/1.0 and 1.1, digests in SHA-1 base 32
// and SHA-256 base 16, angle-bracketed URIs, revisits and segments.

func sha1B32(s string) string {
	sum := sha1.Sum([]byte(s)) //nolint:gosec // see the import
	return "sha1:" + base32.StdEncoding.EncodeToString(sum[:])
}

func sha256Hex(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "sha256:" + hex.EncodeToString(sum[:])
}

const (
	httpHead = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
	body     = "<h1>Tietosuojaseloste</h1><p>Esimerkki Oy</p>"
)

// raw is one record as bytes: version, fields (Content-Length added) and
// block.
func raw(version string, fields []string, block string) string {
	return version + "\r\n" + strings.Join(fields, "\r\n") + fmt.Sprintf("\r\nContent-Length: %d\r\n\r\n", len(block)) + block + "\r\n\r\n"
}

func resp(version, uri string, digests ...string) string {
	return raw(version, append([]string{"WARC-Type: response", "WARC-Record-ID: <urn:uuid:6f0e2f0a-1d1e-4c1b-9a59-0a0b0c0d0e01>",
		"WARC-Date: 2026-11-22T04:00:00Z", "WARC-Target-URI: " + uri, "Content-Type: application/http; msgtype=response"}, digests...), httpHead+body)
}

func gz(parts ...string) []byte {
	var b bytes.Buffer
	for _, p := range parts {
		zw := gzip.NewWriter(&b)
		_, _ = zw.Write([]byte(p))
		_ = zw.Close()
	}
	return b.Bytes()
}

// TestReadsOtherWriters: files noticelint did not write read record by
// record, with their digests checked; a mismatch marks that record and the
// next are read on.
func TestReadsOtherWriters(t *testing.T) {
	goodBlock := "WARC-Block-Digest: " + sha1B32(httpHead+body)
	goodPayload := "WARC-Payload-Digest: " + sha1B32(body)
	warcinfo := raw("WARC/1.0", []string{"WARC-Type: warcinfo", "WARC-Date: 2026-11-22T04:00:00Z",
		"WARC-Record-ID: <urn:uuid:6f0e2f0a-1d1e-4c1b-9a59-0a0b0c0d0e00>", "Content-Type: application/warc-fields"}, "software: Esimerkki-crawler/1.0\r\n")
	revisit := raw("WARC/1.1", []string{"WARC-Type: revisit", "WARC-Target-URI: https://c.example/", "WARC-Date: 2026-11-23T04:00:00Z",
		"WARC-Record-ID: <urn:uuid:6f0e2f0a-1d1e-4c1b-9a59-0a0b0c0d0e02>", "WARC-Profile: http://netpreserve.org/warc/1.1/revisit/identical-payload-digest",
		"WARC-Refers-To-Target-URI: https://a.example/", "Content-Type: application/http; msgtype=response", goodPayload}, "HTTP/1.1 200 OK\r\n\r\n")
	first := raw("WARC/1.1", []string{"WARC-Type: response", "WARC-Target-URI: https://d.example/", "WARC-Date: 2026-11-22T04:00:00Z",
		"WARC-Record-ID: <urn:uuid:6f0e2f0a-1d1e-4c1b-9a59-0a0b0c0d0e03>", "WARC-Segment-Number: 1", "Content-Type: application/http; msgtype=response"}, httpHead+body[:10])
	cont := raw("WARC/1.1", []string{"WARC-Type: continuation", "WARC-Target-URI: https://d.example/", "WARC-Date: 2026-11-22T04:00:00Z",
		"WARC-Record-ID: <urn:uuid:6f0e2f0a-1d1e-4c1b-9a59-0a0b0c0d0e04>", "WARC-Segment-Origin-ID: <urn:uuid:6f0e2f0a-1d1e-4c1b-9a59-0a0b0c0d0e03>",
		"WARC-Segment-Number: 2", "WARC-Segment-Total-Length: 99"}, body[10:])
	badPayload := "WARC-Payload-Digest: " + sha1B32("something else")
	for _, tc := range []struct {
		name string
		data []byte
		want string // per record: version type uri [segmented] [err]
	}{
		{"WARC/1.0 plain, bracketed URI, SHA-1 digests", []byte(warcinfo + resp("WARC/1.0", "<https://a.example/tietosuoja>", goodBlock, goodPayload)),
			"WARC/1.0 warcinfo \nWARC/1.0 response https://a.example/tietosuoja"},
		{"WARC/1.1 gzip per record, SHA-256 base 16", gz(warcinfo, resp("WARC/1.1", "https://b.example/", "WARC-Block-Digest: "+sha256Hex(httpHead+body), "WARC-Payload-Digest: "+sha256Hex(body))),
			"WARC/1.0 warcinfo \nWARC/1.1 response https://b.example/"},
		{"whole-file gzip", gz(warcinfo + resp("WARC/1.1", "https://a.example/") + resp("WARC/1.0", "https://b.example/", goodBlock)),
			"WARC/1.0 warcinfo \nWARC/1.1 response https://a.example/\nWARC/1.0 response https://b.example/"},
		{"revisit, segment and continuation", gz(revisit, first, cont, resp("WARC/1.1", "https://e.example/")),
			"WARC/1.1 revisit https://c.example/\nWARC/1.1 response https://d.example/ segmented\nWARC/1.1 continuation https://d.example/ segmented\nWARC/1.1 response https://e.example/"},
		{"digest mismatches, and the records after them", gz(resp("WARC/1.1", "https://a.example/", "WARC-Block-Digest: "+sha1B32("not this block")),
			resp("WARC/1.1", "https://b.example/", badPayload), resp("WARC/1.1", "https://c.example/", goodBlock, goodPayload)),
			"WARC/1.1 response https://a.example/ WARC-Block-Digest does not match the record: it says sha1:" + strings.TrimPrefix(sha1B32("not this block"), "sha1:") + ", the record gives " + sha1B32(httpHead+body) + "\n" +
				"WARC/1.1 response https://b.example/ WARC-Payload-Digest does not match the record: it says " + strings.TrimPrefix(badPayload, "WARC-Payload-Digest: ") + ", the record gives " + sha1B32(body) + "\n" +
				"WARC/1.1 response https://c.example/"},
		// The block is as written: its payload digest, another writer's
		// way (here over a de-chunked body), is no damage.
		{"a right block digest with another payload digest", []byte(resp("WARC/1.1", "https://a.example/", goodBlock, badPayload)),
			"WARC/1.1 response https://a.example/"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			recs, err := readAll(t, tc.data, 0)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range recs {
				line := r.Version + " " + r.Type() + " " + r.TargetURI()
				if r.Segmented() {
					line += " segmented"
				}
				if r.Err != nil {
					line += " " + r.Err.Error()
				}
				got = append(got, line)
			}
			if g := strings.Join(got, "\n"); g != tc.want {
				t.Errorf("got:\n%s\nwant:\n%s", g, tc.want)
			}
		})
	}
}

// TestReaderBounds: a header that does not end within 1 MiB is refused
// before it is read; a file cut inside a header or a gzip member is an
// error, not a clean end.
func TestReaderBounds(t *testing.T) {
	long := "WARC/1.1\r\nWARC-Type: response\r\nX-Long: " + strings.Repeat("x", maxHeaderBytes) + "\r\n\r\n"
	whole := gz(resp("WARC/1.1", "https://a.example/"), resp("WARC/1.1", "https://b.example/"))
	for _, tc := range []struct {
		name, want string
		data       []byte
	}{
		{"long header", "record 1: header longer than 1048576 bytes", []byte(long)},
		{"cut in a header", "record 2: ", []byte(resp("WARC/1.1", "https://a.example/") + "WARC/1.1\r\nWARC-Type: resp")},
		{"cut in a gzip member", "record 2: file ends in the middle of a record", whole[:len(whole)-20]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := readAll(t, tc.data, 0); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want %q", err, tc.want)
			}
		})
	}
}
