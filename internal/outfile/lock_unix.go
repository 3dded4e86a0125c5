//go:build unix

package outfile

import (
	"os"
	"syscall"
)

// lock takes an exclusive lock on a temporary file, held until it is
// closed or its process ends, killed or not. A file system without locks
// is written without.
func lock(f *os.File) { _ = syscall.Flock(int(f.Fd()), syscall.LOCK_EX) }

// tryLock reports whether f could be locked: no process holds it.
func tryLock(f *os.File) bool {
	return syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB) == nil
}

// linked reports whether f still has a name (no other run removed it).
func linked(f *os.File) bool {
	st, err := f.Stat()
	if err != nil {
		return false
	}
	sys, ok := st.Sys().(*syscall.Stat_t)
	return !ok || sys.Nlink > 0
}
