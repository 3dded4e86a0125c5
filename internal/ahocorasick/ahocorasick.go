// Package ahocorasick finds many literal strings in one pass over a text: an
// Aho-Corasick automaton compiled to a DFA over byte classes, one table
// lookup a byte and no allocation a match. The rule prefilter numbers every
// literal of the pack with it, and date detection finds its labels.
package ahocorasick

import "slices"

// Automaton finds a fixed set of patterns. It is safe for concurrent use.
type Automaton struct {
	class  [256]uint16 // byte -> class; 0 is every byte no pattern holds
	stride int         // classes
	// next[state*stride + class] is the next state times stride. State 0
	// is the root; the states at which patterns end are numbered last,
	// from firstMatch on, so that one comparison a byte tells a match.
	next       []int32
	firstMatch int32
	// next16, when every state number fits 16 bits, is next with states
	// not multiplied by stride: a table half the size, which stays in
	// the cache where next would not.
	next16 []uint16
	// The patterns ending at state firstMatch+k (its own and its
	// suffixes') are outIDs[outStart[k]:outStart[k+1]].
	outStart []int32
	outIDs   []int32
	lens     []int32 // each pattern's length in bytes
}

// New returns an automaton finding pats; pattern i is numbered i. Empty
// patterns are never found.
func New(pats []string) *Automaton {
	a := &Automaton{lens: make([]int32, len(pats))}
	a.stride = 1
	for _, p := range pats {
		for i := 0; i < len(p); i++ {
			if a.class[p[i]] == 0 {
				a.class[p[i]] = uint16(a.stride)
				a.stride++
			}
		}
	}
	// The trie: -1 where it has no edge.
	newState := func() int32 {
		s := int32(len(a.next) / a.stride)
		for range a.stride {
			a.next = append(a.next, -1)
		}
		return s
	}
	newState()
	own := [][]int32{nil}
	for id, p := range pats {
		a.lens[id] = int32(len(p))
		if p == "" {
			continue
		}
		s := int32(0)
		for i := 0; i < len(p); i++ {
			e := int(s)*a.stride + int(a.class[p[i]])
			if a.next[e] < 0 {
				t := newState()
				a.next[e] = t
				own = append(own, nil)
			}
			s = a.next[e]
		}
		own[s] = append(own[s], int32(id))
	}
	// Breadth first, each state's failure (its longest proper suffix in the
	// trie) is complete before its children: a missing edge is the
	// failure's edge, and the patterns ending at a state are its own and
	// its failure's.
	n := len(own)
	fail := make([]int32, n)
	out := make([][]int32, n)
	out[0] = own[0]
	queue := make([]int32, 1, n)
	for c := range a.stride {
		if t := a.next[c]; t < 0 {
			a.next[c] = 0
		} else {
			fail[t] = 0
			queue = append(queue, t)
		}
	}
	for q := 1; q < len(queue); q++ {
		s := queue[q]
		out[s] = slices.Concat(own[s], out[fail[s]])
		for c := range a.stride {
			e := int(s)*a.stride + c
			f := a.next[int(fail[s])*a.stride+c]
			if t := a.next[e]; t < 0 {
				a.next[e] = f
			} else {
				fail[t] = f
				queue = append(queue, t)
			}
		}
	}
	// Renumber: the root and the states without patterns first, in
	// breadth-first order (the busiest states close together), then the
	// others.
	id := make([]int32, n)
	k := int32(0)
	for _, s := range queue {
		if len(out[s]) == 0 {
			id[s], k = k, k+1
		}
	}
	a.firstMatch = k * int32(a.stride)
	for _, s := range queue {
		if len(out[s]) > 0 {
			id[s], k = k, k+1
			a.outStart = append(a.outStart, int32(len(a.outIDs)))
			a.outIDs = append(a.outIDs, out[s]...)
		}
	}
	a.outStart = append(a.outStart, int32(len(a.outIDs)))
	next := make([]int32, len(a.next))
	for s := range n {
		for c := range a.stride {
			next[int(id[s])*a.stride+c] = id[a.next[s*a.stride+c]] * int32(a.stride)
		}
	}
	a.next = next
	if n <= 1<<16 {
		a.next16 = make([]uint16, len(next))
		for i, t := range next {
			a.next16[i] = uint16(t / int32(a.stride))
		}
		a.next = nil
	}
	return a
}

// Scan calls found with every occurrence of every pattern in s,
// overlapping ones included, in the order of their ends.
func (a *Automaton) Scan(s string, found func(id int32, start, end int)) {
	if a.next16 != nil {
		a.scan16(s, found)
		return
	}
	st := int32(0)
	next, class := a.next, &a.class
	for i := 0; i < len(s); i++ {
		st = next[st+int32(class[s[i]])]
		if st >= a.firstMatch {
			k := (st - a.firstMatch) / int32(a.stride)
			for _, id := range a.outIDs[a.outStart[k]:a.outStart[k+1]] {
				found(id, i+1-int(a.lens[id]), i+1)
			}
		}
	}
}

// scan16 is Scan over next16.
func (a *Automaton) scan16(s string, found func(id int32, start, end int)) {
	st := 0
	next, class, stride := a.next16, &a.class, a.stride
	firstMatch := int(a.firstMatch) / stride
	for i := 0; i < len(s); i++ {
		st = int(next[st*stride+int(class[s[i]])])
		if st >= firstMatch {
			k := st - firstMatch
			for _, id := range a.outIDs[a.outStart[k]:a.outStart[k+1]] {
				found(id, i+1-int(a.lens[id]), i+1)
			}
		}
	}
}
