package input

import "github.com/noticelint/noticelint/result"

// Item is a notice that comes from a stream rather than a file: a JSON
// line, a WARC record.
type Item struct {
	Path   string // its name in the results: a URL, or "INPUT:LINE"
	Format string // extract.FormatHTML, ...; "" to tell from Path and content
	Data   []byte
	// ContentType is the HTTP Content-Type it came with, when known.
	ContentType string
	// Err is set when the item could not be read; Data is then empty.
	Err *result.FileError
}

func failedItem(path, reason string) Item {
	return Item{Path: path, Err: &result.FileError{Path: path, Reason: reason}}
}

func failedItemWith(path string, err error) Item {
	return Item{Path: path, Err: &result.FileError{Path: path, Reason: err.Error(), Err: err}}
}
