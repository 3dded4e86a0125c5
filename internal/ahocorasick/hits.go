package ahocorasick

import "sync"

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

// steps4 reads a block of four texts of one length, a byte of each at a
// time, the chains starting in states st and leaving their states there,
// and notes each chain's matches in r (note, isMatch); it returns how many
// each noted. The loop is a function of its own so that the chains' states
// stay in registers: in AppendHits, beside the block's hits, they were
// kept on the stack, a store and a load more on every step's chain of
// loads (AppendHits 15 % faster).
func (a *Automaton) steps4(t0, t1, t2, t3 string, st *[4]int, r *[4][block]uint32) (n [4]int) {
	next, col := a.next16, &a.col
	fm := int(a.firstMatch) / a.stride
	s0, s1, s2, s3 := st[0], st[1], st[2], st[3]
	t1, t2, t3 = t1[:len(t0)], t2[:len(t0)], t3[:len(t0)]
	n0, n1, n2, n3 := 0, 0, 0, 0
	for i := range len(t0) {
		s0 = int(next[uint(s0)+uint(col[t0[i]])])
		s1 = int(next[uint(s1)+uint(col[t1[i]])])
		s2 = int(next[uint(s2)+uint(col[t2[i]])])
		s3 = int(next[uint(s3)+uint(col[t3[i]])])
		r[0][uint(n0)%block], r[1][uint(n1)%block], r[2][uint(n2)%block], r[3][uint(n3)%block] = note(i, s0), note(i, s1), note(i, s2), note(i, s3)
		n0, n1, n2, n3 = n0+isMatch(s0, fm), n1+isMatch(s1, fm), n2+isMatch(s2, fm), n3+isMatch(s3, fm)
	}
	st[0], st[1], st[2], st[3] = s0, s1, s2, s3
	return [4]int{n0, n1, n2, n3}
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
