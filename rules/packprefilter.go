package rules

import (
	_ "embed"
	"encoding/binary"
	"slices"
	"strings"
	"sync"

	"github.com/noticelint/noticelint/internal/ahocorasick"
)

// packprefilter.bin is the prefilter automaton of the pack's literals,
// built by go generate ./rules (TestPackPrefilterUpToDate -update): the
// literals, each a little-endian uint32 length and its bytes after their
// count, zero bytes up to a multiple of 8, then the automaton's binary
// form (which is read in place when it starts at a multiple of 4). Building it cost a one-notice
// run about a tenth of its CPU; read in place, its table's pages are
// touched only as a scan reaches them.
//
//go:embed packprefilter.bin
var packPrefilterData string

// packPrefilter is the automaton of packprefilter.bin and the literals it
// numbers, nil when the file cannot be read in place (a big-endian machine).
var packPrefilter = sync.OnceValues(func() ([]string, *ahocorasick.Automaton) {
	lits, rest, ok := decodeLiterals(packPrefilterData)
	if !ok {
		return nil, nil
	}
	a, err := ahocorasick.FromBinary(rest)
	if err != nil {
		return nil, nil
	}
	return lits, a
})

// builtPrefilter returns the pack's automaton when lits are exactly the
// literals it was built for (the pack alone, as Load numbers them), nil
// otherwise (users' rules added literals).
func builtPrefilter(lits []string) *ahocorasick.Automaton {
	have, a := packPrefilter()
	if a == nil || !slices.Equal(have, lits) {
		return nil
	}
	return a
}

// encodePackPrefilter is packprefilter.bin for lits.
func encodePackPrefilter(lits []string) ([]byte, error) {
	b := binary.LittleEndian.AppendUint32(nil, uint32(len(lits)))
	for _, l := range lits {
		b = binary.LittleEndian.AppendUint32(b, uint32(len(l)))
		b = append(b, l...)
	}
	for len(b)%8 != 0 {
		b = append(b, 0)
	}
	return ahocorasick.New(lits).AppendBinary(b)
}

// decodeLiterals reads the literals at the start of data and returns the
// rest, after the padding.
func decodeLiterals(data string) (lits []string, rest string, ok bool) {
	size := len(data)
	next := func() (int, bool) {
		if len(data) < 4 {
			return 0, false
		}
		n := int(binary.LittleEndian.Uint32([]byte(data[:4])))
		data = data[4:]
		return n, true
	}
	n, ok := next()
	if !ok || n > len(data)/4 {
		return nil, "", false
	}
	lits = make([]string, n)
	for i := range lits {
		l, ok := next()
		if !ok || l > len(data) {
			return nil, "", false
		}
		lits[i], data = data[:l], data[l:]
	}
	pad := (8 - (size-len(data))%8) % 8
	if len(data) < pad || strings.Trim(data[:pad], "\x00") != "" {
		return nil, "", false
	}
	return lits, data[pad:], true
}
