// Package ahocorasick finds many literal strings in one pass over a text: an
// Aho-Corasick automaton compiled to a DFA over byte classes, one table
// lookup a byte and no allocation a match. The rule prefilter numbers every
// literal of the pack with it, and date detection finds its labels.
package ahocorasick

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
	// not multiplied by stride, a column a class: next16[col[b] + state]
	// is the state after byte b. A table half the size, which stays in
	// the cache where next would not, and whose step needs no multiply
	// (the column's start is the byte's, col[b]), one latency less on
	// the chain of loads a scan is.
	next16 []uint16
	col    [256]uint32 // for next16: each byte's class times the states
	// The patterns ending at state firstMatch+k (its own and its
	// suffixes') are outIDs[outStart[k]:outStart[k+1]].
	outStart []int32
	outIDs   []int32
	lens     []int32 // each pattern's length in bytes
	maxLen   int     // the longest pattern's length
}

// New returns an automaton finding pats; pattern i is numbered i. Empty
// patterns are never found.
//
// The trie is built sparse (an edge list a state) and the DFA table written
// once, a row a state in its final numbering: building it dense and
// renumbering it into a second table cost most of a one-notice run's
// start-up, in page faults on memory touched twice.
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
	// The trie: each state's edges are a list, child, sibling, sibling...
	t := trie{first: []int32{-1}, sibling: []int32{-1}, label: []uint16{0}}
	own := [][]int32{nil}
	for id, p := range pats {
		a.lens[id] = int32(len(p))
		a.maxLen = max(a.maxLen, len(p))
		if p == "" {
			continue
		}
		s := int32(0)
		for i := 0; i < len(p); i++ {
			c := a.class[p[i]]
			next := t.child(s, c)
			if next < 0 {
				next = t.add(s, c)
				own = append(own, nil)
			}
			s = next
		}
		own[s] = append(own[s], int32(id))
	}
	// Breadth first, each state's failure (its longest proper suffix in the
	// trie) is complete before its children's. The patterns ending at a
	// state are its own and its failure's: it matches when it or its
	// failure does.
	n := len(own)
	fail := make([]int32, n)
	matches := make([]bool, n)
	queue := make([]int32, 1, n)
	for q := 0; q < len(queue); q++ {
		s := queue[q]
		for ch := t.first[s]; ch >= 0; ch = t.sibling[ch] {
			queue = append(queue, ch)
			if s == 0 {
				continue // fail[ch] = 0
			}
			c := t.label[ch]
			f := fail[s]
			for f > 0 && t.child(f, c) < 0 {
				f = fail[f]
			}
			if g := t.child(f, c); g >= 0 {
				fail[ch] = g
			}
		}
		if s != 0 {
			matches[s] = len(own[s]) > 0 || matches[fail[s]]
		}
	}
	// Numbering: the root and the states without patterns first, in
	// breadth-first order (the busiest states close together), then the
	// others.
	id := make([]int32, n)
	k := int32(0)
	for _, s := range queue {
		if !matches[s] {
			id[s], k = k, k+1
		}
	}
	a.firstMatch = k * int32(a.stride)
	for _, s := range queue {
		if matches[s] {
			id[s], k = k, k+1
			a.outStart = append(a.outStart, int32(len(a.outIDs)))
			for f := s; f != 0; f = fail[f] { // its own, then its failure's
				a.outIDs = append(a.outIDs, own[f]...)
			}
		}
	}
	a.outStart = append(a.outStart, int32(len(a.outIDs)))
	// The table, breadth first, in the width that fits (16 bits when the
	// states do: half the memory to touch and to cache).
	stride := a.stride
	if n <= 1<<16 {
		a.next16 = fillColumns(queue, id, fail, &t, stride)
		a.setColumns()
	} else {
		a.next = fillRows(queue, id, fail, &t, stride)
	}
	return a
}

// fillRows writes the DFA table once, a row a state in its final
// numbering, breadth first: a state's row is its failure's (written before
// it) with its own edges over it; the root's missing edges lead back to the
// root. Entries are state numbers times stride.
func fillRows(queue, id, fail []int32, t *trie, stride int) []int32 {
	next := make([]int32, len(queue)*stride)
	for _, s := range queue {
		row := next[int(id[s])*stride:][:stride]
		if s != 0 {
			copy(row, next[int(id[fail[s]])*stride:][:stride])
		}
		for ch := t.first[s]; ch >= 0; ch = t.sibling[ch] {
			row[t.label[ch]] = id[ch] * int32(stride)
		}
	}
	return next
}

// fillColumns is fillRows for next16, a column a class, its entries state
// numbers.
func fillColumns(queue, id, fail []int32, t *trie, stride int) []uint16 {
	states := len(queue)
	next := make([]uint16, states*stride)
	for _, s := range queue {
		at := int(id[s])
		if s != 0 {
			f := int(id[fail[s]])
			for c := 0; c < stride; c++ {
				next[c*states+at] = next[c*states+f]
			}
		}
		for ch := t.first[s]; ch >= 0; ch = t.sibling[ch] {
			next[int(t.label[ch])*states+at] = uint16(id[ch])
		}
	}
	return next
}

// setColumns sets col from class, for next16.
func (a *Automaton) setColumns() {
	states := len(a.next16) / a.stride
	for b, c := range a.class {
		a.col[b] = uint32(int(c) * states)
	}
}

// trie is a trie of byte classes, its edges in lists: state s's first
// child is first[s], each child's next sibling sibling[child], the class
// of the edge into a child label[child]. -1 ends a list.
type trie struct {
	first, sibling []int32
	label          []uint16
}

// child returns s's child by class c, -1 when it has none.
func (t *trie) child(s int32, c uint16) int32 {
	for ch := t.first[s]; ch >= 0; ch = t.sibling[ch] {
		if t.label[ch] == c {
			return ch
		}
	}
	return -1
}

// add adds a child to s by class c and returns it.
func (t *trie) add(s int32, c uint16) int32 {
	ch := int32(len(t.first))
	t.first = append(t.first, -1)
	t.sibling = append(t.sibling, t.first[s])
	t.label = append(t.label, c)
	t.first[s] = ch
	return ch
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

// scan16 is Scan over next16. A long text is read by two chains at once,
// its first half and its second: each step of a chain waits for its table
// load (the table is larger than the processor's first caches), and two
// independent chains overlap those waits (1.35x faster on the generated notices). The second
// chain starts maxLen bytes before the half, so that its state there is
// the one a single chain would have, and its hits wait in a list until
// the first chain's are out: hits still come in the order of their ends.
func (a *Automaton) scan16(s string, found func(id int32, start, end int)) {
	if len(s) < twoChains || 2*a.maxLen > len(s)/2 {
		a.scan16From(s, 0, 0, len(s), found)
		return
	}
	next, col := a.next16, &a.col
	firstMatch := int(a.firstMatch) / a.stride
	mid := len(s) / 2
	type hit struct {
		id  int32
		end int
	}
	var buf [256]hit
	later := buf[:0]
	// i runs over the first half, j over the second from mid-maxLen:
	// j's hits count from mid on.
	sa, sb := 0, 0
	i, j := 0, mid-a.maxLen
	for ; i < mid; i, j = i+1, j+1 {
		sa = int(next[uint(sa)+uint(col[s[i]])])
		sb = int(next[uint(sb)+uint(col[s[j]])])
		if sa >= firstMatch {
			k := sa - firstMatch
			for _, id := range a.outIDs[a.outStart[k]:a.outStart[k+1]] {
				found(id, i+1-int(a.lens[id]), i+1)
			}
		}
		if sb >= firstMatch && j >= mid {
			k := sb - firstMatch
			for _, id := range a.outIDs[a.outStart[k]:a.outStart[k+1]] {
				later = append(later, hit{id, j + 1})
			}
		}
	}
	for _, h := range later {
		found(h.id, h.end-int(a.lens[h.id]), h.end)
	}
	a.scan16From(s, j, sb, len(s), found)
}

// twoChains is the shortest text scan16 reads with two chains.
const twoChains = 512

// scan16From is one chain from position i in state st to the end of s.
func (a *Automaton) scan16From(s string, i, st, end int, found func(id int32, start, end int)) {
	next, col := a.next16, &a.col
	firstMatch := int(a.firstMatch) / a.stride
	for ; i < end; i++ {
		st = int(next[uint(st)+uint(col[s[i]])])
		if st >= firstMatch {
			k := st - firstMatch
			for _, id := range a.outIDs[a.outStart[k]:a.outStart[k+1]] {
				found(id, i+1-int(a.lens[id]), i+1)
			}
		}
	}
}
