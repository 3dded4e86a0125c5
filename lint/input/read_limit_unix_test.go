//go:build unix

package input

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestReadRegularKeepsTheLimit: a file whose fstat size says less than it
// holds (0 in /proc, or grown since) is refused once it passes the limit,
// by one byte or by a few; one of exactly the limit is read whole. So
// too when it is read into a buffer of the last file's, larger than it or
// than the limit (ReadInto).
func TestReadRegularKeepsTheLimit(t *testing.T) {
	dir := t.TempDir()
	for _, limit := range []int64{1000, 8900} {
		for _, over := range []int64{0, 1, 10, 30} {
			for _, said := range []int64{0, limit / 2} {
				for _, buf := range [][]byte{nil, make([]byte, 0, limit+100), make([]byte, 0, 20_000)} {
					n := limit + over
					name := filepath.Join(dir, "f.txt")
					if err := os.WriteFile(name, bytes.Repeat([]byte("a"), int(n)), 0o600); err != nil {
						t.Fatal(err)
					}
					fd, err := syscall.Open(name, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
					if err != nil {
						t.Fatal(err)
					}
					data, err := readRegular("f.txt", fd, said, limit, buf)
					_ = syscall.Close(fd)
					var se *SizeError
					switch {
					case over == 0 && (err != nil || int64(len(data)) != n):
						t.Errorf("%d bytes, limit %d, fstat said %d: read %d, %v", n, limit, said, len(data), err)
					case over > 0 && !errors.As(err, &se):
						t.Errorf("%d bytes, limit %d, fstat said %d: read %d bytes, %v; want a size error", n, limit, said, len(data), err)
					}
				}
			}
		}
	}
}
