//go:build !unix

package outfile

import "os"

// Where flock(2) is not available, no temporary file is taken for stale.
func lock(*os.File)          {}
func tryLock(*os.File) bool  { return false }
func linked(f *os.File) bool { return true }
