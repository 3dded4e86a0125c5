package input

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/noticelint/noticelint/internal/fserr"
)

// DefaultMaxSize is the --max-size default.
const DefaultMaxSize = 50 << 20

// Read reads a file, or stdin (from stdin) for f.Stdin, refusing more than
// maxSize bytes (0: DefaultMaxSize) and, from its first block, a binary
// file its extractor would refuse.
func Read(f File, stdin io.Reader, maxSize int64) ([]byte, error) {
	limit := maxSize
	if limit <= 0 {
		limit = DefaultMaxSize
	}
	var r io.Reader
	var opened *os.File // r when it is a file
	if f.Stdin {
		if stdin == nil {
			return nil, errors.New("no standard input")
		}
		r = stdin
	} else {
		file, err := os.Open(f.Name)
		if err != nil {
			return nil, readError(err)
		}
		defer func() { _ = file.Close() }()
		r, opened = file, file
	}
	// The first block first: a binary file is refused before the rest is
	// read into memory.
	head := make([]byte, min(sniffSize, limit+1))
	n, err := io.ReadFull(r, head)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
		if opened != nil {
			if st, serr := opened.Stat(); serr == nil && st.IsDir() {
				return nil, errors.New("is a directory")
			}
		}
		return nil, readError(err)
	}
	head = head[:n]
	// A file larger than the block is refused by its size, when it is
	// known, before the rest is read, and read into a buffer of that size.
	// Most notices end within the block: the system call is spared them.
	size := int64(0)
	if opened != nil && n == cap(head) {
		if st, err := opened.Stat(); err == nil {
			if st.Size() > limit {
				return nil, tooLarge(st.Size(), limit)
			}
			size = st.Size()
		}
	}
	if err := sniffBinary(f.Path, head); err != nil {
		return nil, err
	}
	if n < cap(head) {
		// The end came within the first block (most notices): no read
		// more, each a system call, to find it again.
		return head, nil
	}
	// Sized from the start, the buffer is not grown and copied as
	// io.ReadAll's is.
	var buf bytes.Buffer
	buf.Grow(max(int(size), n) + bytes.MinRead)
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
