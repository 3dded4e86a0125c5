//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package main

import (
	"os"
	"runtime"
	"syscall"
)

// maxRSSKiB returns the peak resident set size of an exited process in KiB.
// Linux and the BSDs report ru_maxrss in KiB, macOS in bytes.
func maxRSSKiB(ps *os.ProcessState) int64 {
	ru, ok := ps.SysUsage().(*syscall.Rusage)
	if !ok || ru == nil {
		return -1
	}
	rss := int64(ru.Maxrss) //nolint:unconvert // int32 on some platforms
	if runtime.GOOS == "darwin" {
		rss /= 1024
	}
	return rss
}
