//go:build !linux

package main

// forgetPeakRSS does nothing: only Linux counts a child's peak RSS from
// the memory it shared with this process before its exec.
func forgetPeakRSS() {}
