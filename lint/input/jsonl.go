package input

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"strings"

	"github.com/noticelint/noticelint/result"
)

// jsonLine is one input line of `lint --jsonl`.
type jsonLine struct {
	URL           string  `json:"url"`
	Content       *string `json:"content"`
	ContentBase64 *string `json:"content_base64"`
	ContentType   string  `json:"content_type"`
}

// JSONLines reads the notices of a JSON-lines stream named name, one
// object a line: {"url": "...", "content": "..."} with the notice as text
// (HTML, Markdown or plain), or "content_base64" instead of "content" for
// binary formats (PDF, Word); an optional "content_type" (a MIME type such
// as text/html or application/pdf) names the format, else the URL's
// extension or the content does. Blank lines are skipped. A line that
// cannot be read is an Item with Err, named by its url or INPUT:LINE, and
// reading goes on. Contents over maxSize bytes (0: DefaultMaxSize) are
// errors; lines are read one at a time, so memory stays bounded.
func JSONLines(r io.Reader, name string, maxSize int64) iter.Seq[Item] {
	if maxSize <= 0 {
		maxSize = DefaultMaxSize
	}
	// JSON escaping and base64 make a line longer than its content.
	lineLimit := 2*maxSize + 1<<20
	return func(yield func(Item) bool) {
		br := bufio.NewReaderSize(r, 256<<10)
		for n := 1; ; n++ {
			line, long, err := readJSONLine(br, lineLimit)
			if err != nil && !errors.Is(err, io.EOF) {
				yield(Item{Path: name, Err: &result.FileError{Path: name, Reason: readError(err).Error()}})
				return
			}
			at := fmt.Sprintf("%s:%d", name, n)
			switch {
			case long:
				if !yield(failedItemWith(at, &LineLimitError{lineLimit})) {
					return
				}
			case len(bytes.TrimSpace(line)) > 0:
				if !yield(parseJSONLine(line, at, maxSize)) {
					return
				}
			}
			if err != nil {
				return
			}
		}
	}
}

// readJSONLine reads one line; past limit it skips the rest and says long.
func readJSONLine(br *bufio.Reader, limit int64) (line []byte, long bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !long && int64(len(line)+len(chunk)) <= limit {
			line = append(line, chunk...)
		} else {
			long, line = true, nil
		}
		if !errors.Is(err, bufio.ErrBufferFull) {
			return line, long, err
		}
	}
}

func parseJSONLine(line []byte, at string, maxSize int64) Item {
	var v jsonLine
	dec := json.NewDecoder(bytes.NewReader(line))
	if err := dec.Decode(&v); err != nil {
		return failedItem(at, result.JSONReason(err))
	}
	path := at
	if v.URL != "" {
		path = v.URL
	}
	var data []byte
	switch {
	case v.URL == "":
		return failedItem(at, `no "url"`)
	case v.Content != nil && v.ContentBase64 != nil:
		return failedItem(path, `both "content" and "content_base64": give one`)
	case v.Content != nil:
		data = []byte(*v.Content)
	case v.ContentBase64 != nil:
		var err error
		if data, err = base64.StdEncoding.DecodeString(strings.TrimSpace(*v.ContentBase64)); err != nil {
			return failedItem(path, `"content_base64" is not base64: `+err.Error())
		}
	default:
		return failedItem(path, `no "content" or "content_base64"`)
	}
	if int64(len(data)) > maxSize {
		return failedItemWith(path, &SizeError{What: "content", Size: int64(len(data)), Limit: maxSize})
	}
	format := ""
	if v.ContentType != "" {
		if format = FormatOf(v.ContentType); format == "" {
			return failedItem(path, fmt.Sprintf("content_type %q is not a notice format (HTML, PDF, Word, Markdown or text)", v.ContentType))
		}
	}
	it := Item{Path: path, Format: format, Data: data}
	if v.ContentBase64 != nil {
		// Bytes as served: their charset decodes them. "content" is a JSON
		// string, Unicode already, whatever the page was served in.
		it.ContentType = v.ContentType
	}
	return it
}
