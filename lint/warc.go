package lint

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"iter"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/noticelint/noticelint/extract"
	"github.com/noticelint/noticelint/internal/warc"
)

// WARCStats counts what the records of WARC files gave.
type WARCStats struct {
	Responses int // response records
	Linted    int // of those, HTML, PDF or Word pages with status 2xx
}

// WARCFiles reads the notices in the WARC files at paths (.warc or
// .warc.gz): each response record with status 2xx whose Content-Type is
// HTML, PDF or Word is an Item named by its WARC-Target-URI; other records
// (requests, metadata, redirects, images, robots.txt) are passed over and
// counted in stats. A record that cannot be read as an HTTP response is an
// Item with Err; a file that cannot be opened, or is damaged, is one too,
// and its reading stops there. Bodies over maxSize bytes (0:
// DefaultMaxSize) are errors.
func WARCFiles(paths []string, maxSize int64, stats *WARCStats) iter.Seq[Item] {
	if maxSize <= 0 {
		maxSize = DefaultMaxSize
	}
	return func(yield func(Item) bool) {
		for _, p := range paths {
			if !warcFile(p, maxSize, stats, yield) {
				return
			}
		}
	}
}

// warcFile yields the notices of one WARC file; false means yield asked to
// stop.
func warcFile(path string, maxSize int64, stats *WARCStats, yield func(Item) bool) bool {
	f, err := os.Open(path)
	if err != nil {
		return yield(failedItem(path, readError(err).Error()))
	}
	defer func() { _ = f.Close() }()
	// The HTTP header comes on top of the body.
	r, err := warc.NewReader(f, maxSize+1<<20)
	if err != nil {
		return yield(failedItem(path, "not a WARC file: "+err.Error()))
	}
	for n := 1; ; n++ {
		rec, err := r.Next()
		if errors.Is(err, io.EOF) {
			if n == 1 {
				return yield(failedItem(path, "empty WARC file"))
			}
			return true
		}
		if err != nil {
			return yield(failedItem(path, "damaged WARC file: "+err.Error()))
		}
		if rec.Type() != warc.TypeResponse {
			continue
		}
		stats.Responses++
		name := rec.TargetURI()
		if name == "" {
			name = fmt.Sprintf("%s#%d", path, n)
		}
		at := fmt.Sprintf("%s, record %d: ", filepath.Base(path), n)
		if rec.Truncated {
			if !yield(failedItem(name, fmt.Sprintf("%sthe record is %s, over the --max-size limit of %s", at, FormatSize(rec.Length), FormatSize(maxSize)))) {
				return false
			}
			continue
		}
		it, ok := responseItem(name, rec.Block, maxSize)
		if !ok {
			continue
		}
		if it.Err != nil {
			it.Err.Reason = at + it.Err.Reason
		}
		stats.Linted++
		if !yield(it) {
			return false
		}
	}
}

// responseItem reads an HTTP response block; ok is false for a response
// that is not a notice page (not 2xx, not HTML, PDF or Word).
func responseItem(name string, block []byte, maxSize int64) (Item, bool) {
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(block)), nil)
	if err != nil {
		return failedItem(name, "the WARC record is not an HTTP response: "+err.Error()), true
	}
	defer func() { _ = resp.Body.Close() }()
	format := FormatOf(resp.Header.Get("Content-Type"))
	if resp.StatusCode < 200 || resp.StatusCode > 299 || format == "" || format == extract.FormatText {
		return Item{}, false
	}
	var body io.Reader = resp.Body
	switch enc := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))); enc {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			return failedItem(name, "bad gzip body: "+err.Error()), true
		}
		body = zr
	default:
		return failedItem(name, fmt.Sprintf("Content-Encoding %q is not supported", enc)), true
	}
	data, err := io.ReadAll(io.LimitReader(body, maxSize+1))
	if err != nil {
		return failedItem(name, "cannot read the response body: "+err.Error()), true
	}
	if int64(len(data)) > maxSize {
		return failedItem(name, fmt.Sprintf("larger than the --max-size limit of %s", FormatSize(maxSize))), true
	}
	return Item{Path: name, Format: format, Data: data}, true
}
