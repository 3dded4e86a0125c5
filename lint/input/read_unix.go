//go:build unix

package input

import (
	"errors"
	"io"
	"os"
	"slices"
	"syscall"
)

// unsniffed is the largest regular file read whole without the first
// block's binary check: the extractor runs the same check on it
// (TestSniffAgreesWithExtract), and a binary file this small costs less to
// read than checking the first 8 KiB of every larger notice twice did
// (about 0.4 % of a run's instructions). Larger files are still refused
// after their first block.
const unsniffed = 256 << 10

// maxRead is the most one read asks for: some systems refuse more.
const maxRead = 1 << 30

// readFile reads the file f names within limit. A regular file is read
// with plain system calls (open, fstat, one read, close): os.File adds a
// try at the poller, flag changes and a finalizer, which cost more than
// reading a notice. Anything else (a FIFO, a device) is read through
// os.File, whose poller waits for a FIFO's writer without holding a thread.
func readFile(f File, limit int64, buf []byte) ([]byte, error) {
	if !f.Regular {
		return readOpened(f, limit)
	}
	fd, err := retry(func() (int, error) { return syscall.Open(f.Name, syscall.O_RDONLY|syscall.O_CLOEXEC, 0) })
	if err != nil {
		return nil, readError(err)
	}
	defer func() { _ = syscall.Close(fd) }()
	var st syscall.Stat_t
	if _, err := retry(func() (int, error) { return 0, syscall.Fstat(fd, &st) }); err != nil {
		return nil, readError(err)
	}
	switch st.Mode & syscall.S_IFMT {
	case syscall.S_IFREG:
		return readRegular(f.Path, fd, st.Size, limit, buf)
	case syscall.S_IFDIR: // replaced since it was found
		return nil, errors.New("is a directory")
	}
	return readStream(f.Path, fdReader(fd), limit, 0) // replaced since it was found
}

// fdReader reads an open file descriptor.
type fdReader int

func (r fdReader) Read(p []byte) (int, error) {
	n, err := retry(func() (int, error) { return syscall.Read(int(r), p) })
	if n == 0 && err == nil && len(p) > 0 {
		return 0, io.EOF
	}
	return n, err
}

// readRegular reads the open regular file fd of size bytes (as fstat
// says). The first block of a file larger than unsniffed is read and
// checked for binary content first, unless it is the whole file;
// the rest goes into a buffer of the size and one byte more, so that a
// read that stops short of it is the end and no further read is needed.
// Files whose size says nothing of their content (0 in /proc, a page in
// /sys) are read on to their end, within limit. The file is read into
// buf when it has room for all of it.
func readRegular(path string, fd int, size, limit int64, buf []byte) ([]byte, error) {
	if size > limit {
		return nil, tooLarge(size, limit)
	}
	// A file of up to unsniffed bytes is read whole at once: its extractor
	// runs the first block's check anyway.
	checked := size > 0 && size <= unsniffed
	data := buf[:0]
	if int64(cap(buf)) <= size {
		first := size + 1
		if !checked {
			first = min(first, sniffSize)
		}
		data = make([]byte, 0, first)
	}
	for {
		if len(data) == cap(data) {
			if int64(len(data)) > limit {
				return nil, &SizeError{Limit: limit}
			}
			// The size after the first block; twice as much for a file
			// that grew or whose size says nothing.
			grown := size + 1
			if int64(len(data)) >= grown {
				grown = max(2*int64(len(data)), 512)
			}
			data = slices.Grow(data, int(min(grown, limit+1))-len(data))
		}
		// At most limit+1 bytes: the one byte more tells a file too large
		// (slices.Grow may give more room than asked for).
		end := int(min(int64(cap(data)), limit+1))
		if !checked {
			end = min(end, sniffSize)
		}
		end = min(end, len(data)+maxRead)
		n, err := retry(func() (int, error) { return syscall.Read(fd, data[len(data):end]) })
		if err != nil {
			return nil, readError(err)
		}
		short := len(data)+n < end
		data = data[:len(data)+n]
		if int64(len(data)) > limit { // grown since fstat, or its size said nothing
			return nil, &SizeError{Limit: limit}
		}
		eof := n == 0 || (short && int64(len(data)) == size)
		if !checked && eof && len(data) <= sniffSize {
			// The whole file came in its first block: its extractor checks
			// it whole, for the same reason (TestSniffAgreesWithExtract),
			// and a second look at the same bytes here is not needed.
			return data, nil
		}
		if !checked && (eof || len(data) >= sniffSize) {
			if err := sniffBinary(path, data[:min(len(data), sniffSize)]); err != nil {
				return nil, err
			}
			checked = true
		}
		if eof {
			return data, nil
		}
	}
}

// readOpened reads a file that is not known to be regular through os.File.
func readOpened(f File, limit int64) ([]byte, error) {
	file, err := os.Open(f.Name)
	if err != nil {
		return nil, readError(err)
	}
	defer func() { _ = file.Close() }()
	st, err := file.Stat()
	switch {
	case err != nil:
		return nil, readError(err)
	case st.IsDir():
		return nil, errors.New("is a directory")
	case st.Mode().IsRegular() && st.Size() > limit:
		return nil, tooLarge(st.Size(), limit)
	}
	return readStream(f.Path, file, limit, 0)
}

// retry repeats a system call interrupted by a signal.
func retry(call func() (int, error)) (int, error) {
	for {
		n, err := call()
		if !errors.Is(err, syscall.EINTR) {
			return max(n, 0), err
		}
	}
}
