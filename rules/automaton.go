package rules

import "slices"

// automaton is an Aho-Corasick automaton compiled to a DFA over byte
// classes: one table lookup a byte, and no allocation a match.
type automaton struct {
	class  [256]uint16 // byte -> class; 0 is every byte no pattern holds
	stride int         // classes
	next   []int32     // state*stride + class -> state; state 0 is the root
	// The patterns ending at state s (its own and its suffixes') are
	// outIDs[outStart[s]:outStart[s+1]].
	outStart []int32
	outIDs   []int32
	lens     []int32 // each pattern's length in bytes
}

// newAutomaton returns an automaton finding pats; pattern i is numbered i.
// Empty patterns are never found.
func newAutomaton(pats []string) *automaton {
	a := &automaton{lens: make([]int32, len(pats))}
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
	queue := make([]int32, 0, n)
	for c := range a.stride {
		if t := a.next[c]; t < 0 {
			a.next[c] = 0
		} else {
			fail[t] = 0
			queue = append(queue, t)
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
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
	a.outStart = make([]int32, n+1)
	for s := range n {
		a.outStart[s] = int32(len(a.outIDs))
		a.outIDs = append(a.outIDs, out[s]...)
	}
	a.outStart[n] = int32(len(a.outIDs))
	return a
}

// scan calls found with every occurrence of every pattern in s,
// overlapping ones included, in the order of their ends.
func (a *automaton) scan(s string, found func(id int32, start, end int)) {
	st := int32(0)
	next, class, stride, outStart := a.next, &a.class, int32(a.stride), a.outStart
	for i := 0; i < len(s); i++ {
		st = next[st*stride+int32(class[s[i]])]
		if from, to := outStart[st], outStart[st+1]; from < to {
			for _, id := range a.outIDs[from:to] {
				found(id, i+1-int(a.lens[id]), i+1)
			}
		}
	}
}
