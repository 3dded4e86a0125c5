package input

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
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
	Files     int // WARC files read (those found in directories included)
	Responses int // response records
	Pages     int // of those, the ones handed on (or reported as errors)
	NotPage   int // passed over: not an HTML, PDF or Word page with status 2xx
	Empty     int // passed over: a page with an empty body (SkipEmpty)
	Segmented int // passed over: the first segment of a response split over records (segments are not joined)
	// Revisits and Continuations are records passed over that are not
	// responses: a revisit holds no body of its own (it refers to an
	// earlier capture), a continuation the rest of a segmented response.
	Revisits      int
	Continuations int
}

// WARCOptions are the settings of WARCFiles.
type WARCOptions struct {
	// MaxSize bounds a body (0: DefaultMaxSize); larger ones are errors.
	MaxSize int64
	// SkipEmpty passes over pages with an empty body, counted; else such a
	// page is an error. Whether a page reads as a notice is asked after
	// extraction (lint.Options.Keep).
	SkipEmpty bool
}

// WARCFiles reads the notices in the WARC files at paths (.warc or
// .warc.gz; a directory stands for the .warc and .warc.gz files in it and
// its subdirectories, in name order): each response record with status
// 2xx whose Content-Type is HTML, PDF or Word is an Item named by its WARC-Target-URI; other records
// (requests, metadata, redirects, images, robots.txt) are passed over and
// counted in stats. A record that cannot be read as an HTTP response is an
// Item with Err; a file that cannot be opened, or is damaged, is one too,
// and its reading stops there.
func WARCFiles(paths []string, opts WARCOptions, stats *WARCStats) iter.Seq[Item] {
	if opts.MaxSize <= 0 {
		opts.MaxSize = DefaultMaxSize
	}
	return func(yield func(Item) bool) {
		for _, p := range paths {
			files, err := warcPaths(p)
			if err != nil {
				if !yield(failedItem(p, err.Error())) {
					return
				}
				continue
			}
			for _, f := range files {
				stats.Files++
				if !warcFile(f, opts, stats, yield) {
					return
				}
			}
		}
	}
}

// warcPaths gives path itself, or for a directory the WARC files in it.
func warcPaths(path string) ([]string, error) {
	if fi, err := os.Stat(path); err != nil || !fi.IsDir() {
		return []string{path}, nil //nolint:nilerr // a file: opening it tells the error
	}
	var files []string
	err := filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := strings.ToLower(d.Name())
		if !d.IsDir() && (strings.HasSuffix(name, ".warc") || strings.HasSuffix(name, ".warc.gz")) {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, readError(err)
	}
	if len(files) == 0 {
		return nil, errors.New("a directory without .warc or .warc.gz files")
	}
	return files, nil
}

// warcFile yields the notices of one WARC file; false means yield asked to
// stop.
func warcFile(path string, opts WARCOptions, stats *WARCStats, yield func(Item) bool) bool {
	maxSize := opts.MaxSize
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
		name := rec.TargetURI()
		if name == "" {
			name = fmt.Sprintf("%s#%d", path, n)
		}
		at := fmt.Sprintf("%s, record %d: ", filepath.Base(path), n)
		typ := rec.Type()
		if typ == warc.TypeResponse {
			stats.Responses++
		}
		if rec.Err != nil {
			// Whatever its type: the file is not what its writer wrote.
			if typ == warc.TypeResponse {
				stats.Pages++
			}
			if !yield(failedItem(name, at+rec.Err.Error())) {
				return false
			}
			continue
		}
		switch {
		case typ == warc.TypeRevisit:
			stats.Revisits++
			continue
		case typ == warc.TypeContinuation:
			stats.Continuations++
			continue
		case typ != warc.TypeResponse:
			continue
		case rec.Segmented():
			stats.Segmented++
			continue
		}
		if rec.Truncated {
			stats.Pages++
			it := failedItemWith(name, &SizeError{What: "the record", Size: rec.Length, Limit: maxSize})
			it.Err.Reason = at + it.Err.Reason
			if !yield(it) {
				return false
			}
			continue
		}
		it, ok := responseItem(name, rec.Block, maxSize)
		switch {
		case !ok:
			stats.NotPage++
			continue
		case it.Err == nil && len(bytes.TrimSpace(it.Data)) == 0:
			if opts.SkipEmpty {
				stats.Empty++
				continue
			}
			it = failedItem(name, "the response has an empty body: no text to lint")
		}
		if it.Err != nil {
			it.Err.Reason = at + it.Err.Reason
		}
		stats.Pages++
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
		return failedItemWith(name, &SizeError{Limit: maxSize}), true
	}
	return Item{Path: name, Format: format, Data: data, ContentType: resp.Header.Get("Content-Type")}, true
}
