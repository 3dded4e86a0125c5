package ahocorasick

import (
	"encoding/binary"
	"errors"
	"fmt"
	"unsafe"
)

// The binary form of an automaton, so that a program can carry a built one
// (go:embed) instead of building it at start-up: a fixed header, then the
// class map, the 16-bit table and the match lists, every number little
// endian:
//
//	magic "NLAC3\n\x00\x00"
//	stride, states, firstMatch, len(outStart), len(outIDs), len(lens): uint32
//	class [256]uint16, next16 [stride*states]uint16 (a column a class),
//	zero or two bytes
//	so that the next starts at a multiple of 4,
//	outStart, outIDs, lens: []int32
//
// FromBinary reads the tables in place, without copying them, when data
// starts at a multiple of 4 (go:embed data does): the table's pages are
// touched only as a scan reaches them.
const magic = "NLAC3\n\x00\x00"

const headerSize = len(magic) + 6*4

// tableSize is the size of next16 in the binary form, padded to 4 bytes.
func tableSize(states, stride int) int {
	return (2*states*stride + 3) &^ 3
}

// AppendBinary appends a's binary form to b. Only an automaton with a
// 16-bit table (at most 65,536 states) has one.
func (a *Automaton) AppendBinary(b []byte) ([]byte, error) {
	if a.next16 == nil {
		return b, errors.New("ahocorasick: only an automaton of at most 65,536 states has a binary form")
	}
	b = append(b, magic...)
	for _, n := range []int{a.stride, len(a.next16) / a.stride, int(a.firstMatch) / a.stride, len(a.outStart), len(a.outIDs), len(a.lens)} {
		b = binary.LittleEndian.AppendUint32(b, uint32(n))
	}
	for _, c := range a.class {
		b = binary.LittleEndian.AppendUint16(b, c)
	}
	for _, s := range a.next16 {
		b = binary.LittleEndian.AppendUint16(b, s)
	}
	if len(a.next16)%2 == 1 {
		b = append(b, 0, 0)
	}
	for _, list := range [][]int32{a.outStart, a.outIDs, a.lens} {
		for _, n := range list {
			b = binary.LittleEndian.AppendUint32(b, uint32(n))
		}
	}
	return b, nil
}

// FromBinary returns the automaton whose binary form is data, which must
// stay unchanged while the automaton is used (a string from go:embed
// does). It is meant for forms AppendBinary wrote: another form is read
// without going out of bounds, but may find other hits than an automaton
// built from the patterns. Everything but the table's entries is checked here; checking
// those would touch every page of the table, which reading in place is to
// spare: a form not written by AppendBinary must pass Verify before a
// scan, which would otherwise panic on an entry out of range.
func FromBinary(data string) (*Automaton, error) {
	if len(data) < headerSize || data[:len(magic)] != magic {
		return nil, errors.New("ahocorasick: not an automaton's binary form")
	}
	var n [6]int
	for i := range n {
		n[i] = int(binary.LittleEndian.Uint32([]byte(data[len(magic)+4*i : len(magic)+4*i+4])))
	}
	stride, states, firstMatch, nStart, nIDs, nLens := n[0], n[1], n[2], n[3], n[4], n[5]
	for _, c := range n {
		if c < 0 || c > len(data)/2 { // (a uint32 may be negative as an int on 32-bit machines)
			return nil, errors.New("ahocorasick: binary form: bad header")
		}
	}
	if stride < 1 || stride > 256 || states < 1 || states > 1<<16 || firstMatch > states || nStart != states-firstMatch+1 {
		return nil, errors.New("ahocorasick: binary form: bad header")
	}
	want := headerSize + 2*256 + tableSize(states, stride) + 4*(nStart+nIDs+nLens)
	if len(data) != want {
		return nil, fmt.Errorf("ahocorasick: binary form: %d bytes, want %d", len(data), want)
	}
	if !littleEndian() {
		return nil, errors.New("ahocorasick: binary form: read in place only on little-endian machines")
	}
	a := &Automaton{stride: stride, firstMatch: int32(firstMatch * stride)}
	at := headerSize
	for i := range a.class {
		a.class[i] = binary.LittleEndian.Uint16([]byte(data[at+2*i : at+2*i+2]))
		if int(a.class[i]) >= stride {
			return nil, errors.New("ahocorasick: binary form: byte class out of range")
		}
	}
	at += 2 * 256
	a.next16 = view[uint16](data[at:], states*stride)
	a.setColumns()
	at += tableSize(states, stride)
	a.outStart = view[int32](data[at:], nStart)
	at += 4 * nStart
	a.outIDs = view[int32](data[at:], nIDs)
	at += 4 * nIDs
	a.lens = view[int32](data[at:], nLens)
	for _, l := range a.lens {
		a.maxLen = max(a.maxLen, int(l))
	}
	if err := a.checkMatches(); err != nil {
		return nil, err
	}
	return a, nil
}

// Verify checks that every entry of the table is a state.
func (a *Automaton) Verify() error {
	states := len(a.next16) / a.stride
	for _, s := range a.next16 {
		if int(s) >= states {
			return errors.New("ahocorasick: binary form: transition out of range")
		}
	}
	return nil
}

// checkMatches tells whether the match lists hold together: in order and
// within outIDs, every id a pattern.
func (a *Automaton) checkMatches() error {
	prev := int32(0)
	for _, s := range a.outStart {
		if s < prev || int(s) > len(a.outIDs) {
			return errors.New("ahocorasick: binary form: match lists out of order")
		}
		prev = s
	}
	if len(a.outStart) > 0 && (a.outStart[0] != 0 || int(a.outStart[len(a.outStart)-1]) != len(a.outIDs)) {
		return errors.New("ahocorasick: binary form: match lists out of order")
	}
	for _, id := range a.outIDs {
		if id < 0 || int(id) >= len(a.lens) {
			return errors.New("ahocorasick: binary form: pattern id out of range")
		}
	}
	for _, l := range a.lens {
		if l < 0 {
			return errors.New("ahocorasick: binary form: negative pattern length")
		}
	}
	return nil
}

// view is the first n values of type T in s: in place when s is aligned
// for T, else a copy. T holds no pointers.
func view[T uint16 | int32](s string, n int) []T {
	if n == 0 {
		return nil
	}
	p := unsafe.Pointer(unsafe.StringData(s))
	if uintptr(p)%unsafe.Alignof(T(0)) == 0 {
		return unsafe.Slice((*T)(p), n)
	}
	out := make([]T, n)
	copy(unsafe.Slice((*byte)(unsafe.Pointer(&out[0])), n*int(unsafe.Sizeof(T(0)))), s)
	return out
}

func littleEndian() bool {
	x := uint16(1)
	return *(*byte)(unsafe.Pointer(&x)) == 1
}
