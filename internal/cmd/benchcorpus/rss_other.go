//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package main

import "os"

// maxRSSKiB is not available on this platform.
func maxRSSKiB(*os.ProcessState) int64 { return -1 }
