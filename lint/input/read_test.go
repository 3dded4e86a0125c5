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
// buffer it is read into, and one over the limit is refused; whether or
// not it is known to be a regular file (read by system calls or through
// os.File).
func TestReadInputExact(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []int{0, 1, 511, 512, 513, sniffSize - 1, sniffSize, sniffSize + 1, 10000, 3*sniffSize + 7} {
		data := bytes.Repeat([]byte("ä"), n)[:n]
		name := filepath.Join(dir, fmt.Sprint(n))
		if err := os.WriteFile(name, data, 0o600); err != nil {
			t.Fatal(err)
		}
		for _, regular := range []bool{false, true} {
			f := File{Path: name, Name: name, Regular: regular}
			got, err := Read(f, nil, 0)
			if err != nil || !bytes.Equal(got, data) {
				t.Errorf("%d bytes (regular %v): got %d, %v", n, regular, len(got), err)
			}
			if _, err := Read(f, nil, int64(n)-1); n > 1 && err == nil {
				t.Errorf("%d bytes (regular %v) under a limit of %d: no error", n, regular, n-1)
			}
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
	name := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(name, bytes.Repeat([]byte("a"), 3*sniffSize), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, regular := range []bool{false, true} {
		// Regular: a directory put where a regular file was found.
		if _, err := Read(File{Path: dir, Name: dir, Regular: regular}, nil, 0); err == nil || err.Error() != "is a directory" {
			t.Errorf("directory (regular %v): %v", regular, err)
		}
		var se *SizeError
		if _, err := Read(File{Path: name, Name: name, Regular: regular}, nil, 2*sniffSize); !errors.As(err, &se) || se.Size != 3*sniffSize {
			t.Errorf("over the limit (regular %v): %v", regular, err)
		}
		_, err := Read(File{Path: "missing", Name: filepath.Join(dir, "missing"), Regular: regular}, nil, 0)
		if err == nil || err.Error() != "cannot read: no such file or directory" {
			t.Errorf("missing (regular %v): %v", regular, err)
		}
	}
}

// TestReadSizeSaysNothing: a regular file whose size says nothing of its
// content (/proc's say 0) is read to its end, within the limit.
func TestReadSizeSaysNothing(t *testing.T) {
	const name = "/proc/self/maps" // several KiB, size 0
	want, err := os.ReadFile(name)
	if err != nil || len(want) < 600 {
		t.Skipf("no %s to read: %v", name, err)
	}
	got, err := Read(File{Path: "maps.txt", Name: name, Regular: true}, nil, 0)
	if err != nil || len(got) < 600 || !bytes.HasPrefix(got, want[:100]) {
		t.Errorf("read %d bytes, %v; want about %d", len(got), err, len(want))
	}
	var se *SizeError
	if _, err := Read(File{Path: "maps.txt", Name: name, Regular: true}, nil, 500); !errors.As(err, &se) || se.Limit != 500 {
		t.Errorf("over the limit: %v", err)
	}
}

// TestFilesKnowRegular: the files a walk finds, and a regular file named,
// are known to be regular; another file named is not.
func TestFilesKnowRegular(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(name, []byte("text"), 0o600); err != nil {
		t.Fatal(err)
	}
	var got []File
	for f := range Files([]string{dir, name, os.DevNull}, nil) {
		got = append(got, f)
	}
	if len(got) != 3 || !got[0].Regular || !got[1].Regular || got[2].Regular {
		t.Errorf("got %+v", got)
	}
}

// BenchmarkReadNotice reads a notice-sized file as a walk finds it.
func BenchmarkReadNotice(b *testing.B) {
	name := filepath.Join(b.TempDir(), "notice.txt")
	if err := os.WriteFile(name, bytes.Repeat([]byte("Rekisterinpitäjä käsittelee tietoja.\n"), 160), 0o600); err != nil {
		b.Fatal(err)
	}
	f := File{Path: name, Name: name, Regular: true}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read(f, nil, 0); err != nil {
			b.Fatal(err)
		}
	}
}
