//go:build !unix

package crawl

import "os"

// lock does nothing where flock(2) is not available.
func lock(*os.File) error { return nil }
