//go:build unix

package crawl

import (
	"errors"
	"os"
	"syscall"
)

// lock takes an exclusive lock on the results file for the life of the
// process, so that two crawls cannot append to one file; the lock goes
// with the process, killed or not. A file system without locks (some
// network file systems) is crawled without.
func lock(f *os.File) error {
	err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return errors.New("another crawl is writing this file (it is locked); wait for it, or give another --out")
	}
	return nil
}
