package input

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/noticelint/noticelint/internal/fserr"
)

// DefaultMaxSize is the --max-size default.
const DefaultMaxSize = 50 << 20

// Read reads a file, or stdin (from stdin) for f.Stdin, refusing more than
// maxSize bytes (0: DefaultMaxSize) and, from its first block, a binary
// file its extractor would refuse. An input that fits in its first block
// is not checked here: its extractor refuses it with the same reason.
func Read(f File, stdin io.Reader, maxSize int64) ([]byte, error) {
	return ReadInto(f, stdin, maxSize, nil)
}

// ReadInto is Read that reads a regular file into buf, when it has the
// room, rather than into new memory: a caller that reads one file after
// another hands each the last one's memory.
func ReadInto(f File, stdin io.Reader, maxSize int64, buf []byte) ([]byte, error) {
	limit := maxSize
	if limit <= 0 {
		limit = DefaultMaxSize
	}
	if !f.Stdin {
		return readFile(f, limit, buf) // read_unix.go, read_other.go
	}
	if stdin == nil {
		return nil, errors.New("no standard input")
	}
	return readStream(f.Path, stdin, limit, 0)
}

// readStream reads r (stdin, a FIFO, a device) within limit: its first
// block, checked for binary content, then the rest; size, when known
// (above 0), sizes the buffer.
func readStream(path string, r io.Reader, limit, size int64) ([]byte, error) {
	// The first block first: a binary file is refused before the rest is
	// read into memory.
	head := make([]byte, min(sniffSize, limit+1))
	n, err := io.ReadFull(r, head)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, readError(err)
	}
	head = head[:n]
	if n < cap(head) {
		// The end came within the first block (most notices): no read
		// more, each a system call, to find it again, and no binary check
		// here; the extractor checks the whole input.
		return head, nil
	}
	if err := sniffBinary(path, head); err != nil {
		return nil, err
	}
	// Sized from the start, the buffer is not grown and copied as
	// io.ReadAll's is.
	var buf bytes.Buffer
	buf.Grow(max(int(min(size, limit)), n) + bytes.MinRead)
	buf.Write(head)
	if _, err := buf.ReadFrom(io.LimitReader(r, limit+1-int64(n))); err != nil {
		return nil, readError(err)
	}
	data := buf.Bytes()
	if int64(len(data)) > limit {
		return nil, &SizeError{Limit: limit}
	}
	return data, nil
}

func tooLarge(size, limit int64) error {
	return &SizeError{What: "file", Size: size, Limit: limit}
}

// readError gives the operating system's reason without repeating the path.
func readError(err error) error {
	return fmt.Errorf("cannot read: %w", fserr.Reason(err))
}
