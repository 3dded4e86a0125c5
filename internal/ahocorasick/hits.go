package ahocorasick

import (
	"sync"
	"unsafe"
)

// Hit is an occurrence of pattern ID at s[Start:End].
type Hit struct {
	ID         int32
	Start, End int
}

// AppendHits appends to hits every occurrence of every pattern in s that
// ends in s[from:to] (from < End <= to), overlapping ones included, in the
// order of their ends, what Scan finds in its order, and returns the
// extended slice. A long text is read a window at a time, so that the
// hits of none is held at once.
//
// A long window is read by four chains at once, its quarters: each step of
// a chain waits for its table load, and independent chains overlap those
// waits. The chains note their match states in a block of bytes without a
// branch (isMatch), and the block's notes become hits after it: a branch at
// every hit, mispredicted, cost the chains their overlap.
func (a *Automaton) AppendHits(hits []Hit, s string, from, to int) []Hit {
	if a.next16 == nil {
		st := from - min(from, a.maxLen)
		a.Scan(s[st:to], func(id int32, start, end int) {
			if st+end > from {
				hits = append(hits, Hit{id, st + start, st + end})
			}
		})
		return hits
	}
	q := (to - from) / 4
	if to-from < fourChains || q < a.maxLen {
		back := min(from, a.maxLen)
		hits = a.chain(hits, s, 0, from-back, to, from)
		return hits
	}
	fm := int(a.firstMatch) / a.stride
	// Chain c starts maxLen bytes (or the text's start) before its
	// quarter, so that its state at the quarter's start is the one a single
	// chain would have, and its hits count from there on. The hits of
	// chains 1 to 3 wait in later until the chains before them are done.
	l := laterPool.Get().(*laterHits)
	defer laterPool.Put(l)
	for c := range l.c {
		l.c[c] = l.c[c][:0]
	}
	p0 := from - min(from, a.maxLen)
	p1, p2, p3 := from+q-a.maxLen, from+2*q-a.maxLen, from+3*q-a.maxLen
	var r [4][block]uint32 // each chain's notes of a block
	var st [4]int          // each chain's state
	for at := 0; at < q; at += block {
		t0 := s[p0+at : p0+at+min(block, q-at)]
		n := a.steps4(t0, s[p1+at:][:len(t0)], s[p2+at:][:len(t0)], s[p3+at:][:len(t0)], &st, &r)
		hits = a.noted(hits, r[0][:n[0]], fm, p0+at, from)
		l.c[0] = a.noted(l.c[0], r[1][:n[1]], fm, p1+at, from+q)
		l.c[1] = a.noted(l.c[1], r[2][:n[2]], fm, p2+at, from+2*q)
		l.c[2] = a.noted(l.c[2], r[3][:n[3]], fm, p3+at, from+3*q)
	}
	s0, s1, s2, s3 := st[0], st[1], st[2], st[3]
	// Each chain reads on to its quarter's end (the last one to the
	// window's), its hits after those of the chain before.
	hits = a.chain(hits, s, s0, p0+q, from+q, from)
	for c, st := range [3]int{s1, s2, s3} {
		hits = append(hits, l.c[c]...)
		end := from + (c+2)*q
		if c == 2 {
			end = to
		}
		hits = a.chain(hits, s, st, [3]int{p1, p2, p3}[c]+q, end, 0)
	}
	return hits
}

// steps4 reads a block of four texts of one length, at most block bytes,
// a byte of each at a time, the chains starting in states st and leaving
// their states there, and notes each chain's matches in r (note,
// isMatch); it returns how many each noted. The loop is a function of its
// own so that the chains' states stay in registers: in AppendHits, beside
// the block's hits, they were kept on the stack, a store and a load more
// on every step's chain of loads (AppendHits 15 % faster).
//
// Each chain writes its notes through a pointer that moves on by a note
// when the state is a match: a count and an index a chain would be one
// register more each, and four chains already spill (the loop 25 % faster
// than with counts). A chain notes at most a note a byte, so the pointers
// stay within r's rows.
func (a *Automaton) steps4(t0, t1, t2, t3 string, st *[4]int, r *[4][block]uint32) (n [4]int) {
	if len(t0) > block {
		panic("ahocorasick: steps4: block too long")
	}
	next, col := a.next16, &a.col
	fm1 := uint(a.firstMatch)/uint(a.stride) - 1 // isMatch: fm1-st < 0
	s0, s1, s2, s3 := uint(st[0]), uint(st[1]), uint(st[2]), uint(st[3])
	t1, t2, t3 = t1[:len(t0)], t2[:len(t0)], t3[:len(t0)]
	w0, w1, w2, w3 := unsafe.Pointer(&r[0][0]), unsafe.Pointer(&r[1][0]), unsafe.Pointer(&r[2][0]), unsafe.Pointer(&r[3][0])
	for i := range len(t0) {
		s0 = uint(next[s0+uint(col[t0[i]])])
		s1 = uint(next[s1+uint(col[t1[i]])])
		s2 = uint(next[s2+uint(col[t2[i]])])
		s3 = uint(next[s3+uint(col[t3[i]])])
		ih := uint32(i) << 16 // note(i, st) is ih | st
		*(*uint32)(w0) = ih | uint32(s0)
		*(*uint32)(w1) = ih | uint32(s1)
		*(*uint32)(w2) = ih | uint32(s2)
		*(*uint32)(w3) = ih | uint32(s3)
		w0 = unsafe.Add(w0, 4*((fm1-s0)>>63))
		w1 = unsafe.Add(w1, 4*((fm1-s1)>>63))
		w2 = unsafe.Add(w2, 4*((fm1-s2)>>63))
		w3 = unsafe.Add(w3, 4*((fm1-s3)>>63))
	}
	st[0], st[1], st[2], st[3] = int(s0), int(s1), int(s2), int(s3)
	return [4]int{notes(w0, &r[0]), notes(w1, &r[1]), notes(w2, &r[2]), notes(w3, &r[3])}
}

// notes is how many notes a chain wrote in row, its pointer now at w.
func notes(w unsafe.Pointer, row *[block]uint32) int {
	return int((uintptr(w) - uintptr(unsafe.Pointer(row))) / 4)
}

// fourChains is the shortest window AppendHits reads with four chains.
const fourChains = 1024

// block is how many bytes a chain reads before its notes become hits.
const block = 256

type laterHits struct{ c [3][]Hit }

var laterPool = sync.Pool{New: func() any { return new(laterHits) }}

// note is a chain's note of its state st after byte i of a block.
func note(i, st int) uint32 { return uint32(i)<<16 | uint32(st) }

// isMatch is 1 when state st is one at which patterns end, 0 when not,
// without a branch: a chain writes the note of each state, and keeps it
// (moves on to the next note's place) only when it is a match, so that the
// notes of a block are its matches alone.
func isMatch(st, fm int) int { return int(uint(fm-1-st) >> 63) }

// noted appends the hits of a block starting at from, notes of its
// matches (note): those that end after after.
func (a *Automaton) noted(hits []Hit, notes []uint32, fm, from, after int) []Hit {
	for _, n := range notes {
		end := from + int(n>>16) + 1
		if end <= after {
			continue
		}
		k := int(n&0xffff) - fm
		for _, id := range a.outIDs[a.outStart[k]:a.outStart[k+1]] {
			hits = append(hits, Hit{id, end - int(a.lens[id]), end})
		}
	}
	return hits
}

// chain reads s[from:to] in state st and appends the hits that end after
// after.
func (a *Automaton) chain(hits []Hit, s string, st, from, to, after int) []Hit {
	next, col := a.next16, &a.col
	fm := int(a.firstMatch) / a.stride
	var r [block]uint32
	for at := from; at < to; at += block {
		t := s[at:min(at+block, to)]
		n := 0
		for i := 0; i < len(t); i++ {
			st = int(next[uint(st)+uint(col[t[i]])])
			r[uint(n)%block] = note(i, st)
			n += isMatch(st, fm)
		}
		hits = a.noted(hits, r[:n], fm, at, after)
	}
	return hits
}
