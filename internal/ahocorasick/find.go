package ahocorasick

// Find calls found with every occurrence of every pattern in s, in the
// order of their ends (Scan's order), until it returns true, and reports
// whether it did. One chain reads s: for short texts, such as a sentence,
// where stopping at the first occurrence that counts matters more than
// overlapping table loads.
func (a *Automaton) Find(s string, found func(id int32, start, end int) bool) bool {
	if a.next16 == nil {
		st := int32(0)
		for i := 0; i < len(s); i++ {
			st = a.next[st+int32(a.class[s[i]])]
			if st >= a.firstMatch && a.found(int(st-a.firstMatch)/a.stride, i+1, found) {
				return true
			}
		}
		return false
	}
	next, col := a.next16, &a.col
	firstMatch := int(a.firstMatch) / a.stride
	st := 0
	for i := 0; i < len(s); i++ {
		st = int(next[uint(st)+uint(col[s[i]])])
		if st >= firstMatch && a.found(st-firstMatch, i+1, found) {
			return true
		}
	}
	return false
}

// found calls f with the patterns of match state k, ending at end, until
// it returns true.
func (a *Automaton) found(k, end int, f func(id int32, start, end int) bool) bool {
	for _, id := range a.outIDs[a.outStart[k]:a.outStart[k+1]] {
		if f(id, end-int(a.lens[id]), end) {
			return true
		}
	}
	return false
}
