package input

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadInputExact: a file is read whole, whatever its size against the
// buffer it is read into, and one over the limit is refused.
func TestReadInputExact(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []int{0, 1, 511, 512, 513, sniffSize - 1, sniffSize, sniffSize + 1, 10000} {
		data := bytes.Repeat([]byte("ä"), n)[:n]
		name := filepath.Join(dir, fmt.Sprint(n))
		if err := os.WriteFile(name, data, 0o600); err != nil {
			t.Fatal(err)
		}
		got, err := Read(File{Path: name, Name: name}, nil, 0)
		if err != nil || !bytes.Equal(got, data) {
			t.Errorf("%d bytes: got %d, %v", n, len(got), err)
		}
		if _, err := Read(File{Path: name, Name: name}, nil, int64(n)-1); n > 1 && err == nil {
			t.Errorf("%d bytes under a limit of %d: no error", n, n-1)
		}
	}
	got, err := Read(File{Stdin: true}, strings.NewReader("stdin"), 0)
	if err != nil || string(got) != "stdin" {
		t.Errorf("stdin: %q, %v", got, err)
	}
}

// countingReader counts the calls to Read, each a system call on a file.
type countingReader struct {
	r     *strings.Reader
	calls int
}

func (c *countingReader) Read(p []byte) (int, error) {
	c.calls++
	return c.r.Read(p)
}

// TestReadSmallInputOnce: an input that ends within the first block is not
// read again after its end was seen.
func TestReadSmallInputOnce(t *testing.T) {
	for _, tc := range []struct {
		n, calls int
	}{{100, 2}, {sniffSize - 1, 2}, {sniffSize + 1, 3}} {
		c := &countingReader{r: strings.NewReader(strings.Repeat("a", tc.n))}
		got, err := Read(File{Stdin: true}, c, 0)
		if err != nil || len(got) != tc.n {
			t.Fatalf("%d bytes: got %d, %v", tc.n, len(got), err)
		}
		if c.calls != tc.calls {
			t.Errorf("%d bytes: %d reads, want %d", tc.n, c.calls, tc.calls)
		}
	}
}

// TestReadDirectoryAndSize: a directory named as a file, and a file over
// the limit, are refused with their reasons, the size named when known.
func TestReadDirectoryAndSize(t *testing.T) {
	dir := t.TempDir()
	if _, err := Read(File{Path: dir, Name: dir}, nil, 0); err == nil || err.Error() != "is a directory" {
		t.Errorf("directory: %v", err)
	}
	name := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(name, bytes.Repeat([]byte("a"), 3*sniffSize), 0o600); err != nil {
		t.Fatal(err)
	}
	var se *SizeError
	if _, err := Read(File{Path: name, Name: name}, nil, 2*sniffSize); !errors.As(err, &se) || se.Size != 3*sniffSize {
		t.Errorf("over the limit: %v", err)
	}
}
