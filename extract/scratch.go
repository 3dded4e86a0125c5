package extract

import "unsafe"

// Scratch is memory that Read builds documents in and reuses from one
// document to the next (Options.Scratch): a notice's sections, its lines'
// positions and its matching copies, which made anew for every notice
// were most of what extraction allocated. A document read with a Scratch
// holds that memory until the next Read with the same Scratch, which
// overwrites it: the caller must be done with the document, and must have
// copied every string it keeps that Holds says is the Scratch's, before
// then. One Read at a time may use a Scratch. The zero Scratch is ready.
type Scratch struct {
	segs     []segment
	sections []Section
	copies   []matchCopy
	text     []byte
}

// Holds reports whether s lies in the Scratch's memory, as a string
// sliced from a document's matching text does.
func (sc *Scratch) Holds(s string) bool {
	if sc == nil || len(s) == 0 || cap(sc.text) == 0 {
		return false
	}
	p, base := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.SliceData(sc.text)))
	return p >= base && p-base < uintptr(cap(sc.text))
}

// maxScratch bounds, in bytes, each slice a Scratch keeps for the next
// document: a larger one, made for a large notice, is left to the
// collector rather than held for the rest of a run.
const maxScratch = 4 << 20

// keep returns s for the Scratch to keep, or nil when it is too large.
func keep[T any](s []T) []T {
	var t T
	if uintptr(cap(s))*unsafe.Sizeof(t) > maxScratch {
		return nil
	}
	return s[:0]
}
