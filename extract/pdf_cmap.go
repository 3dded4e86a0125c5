package extract

import (
	"unicode/utf16"

	"github.com/ledongthuc/pdf"
)

// toUnicode is a font's ToUnicode CMap: how its codes map to text. The PDF
// library has one too, but it adds a code's offset in a bfrange to the last
// byte of the target only, so "<0000> <FFFF> <0000>" (what fpdf and others
// write for Identity-H fonts) turns "•" (U+2022) into '"' and "’" into a
// control character.
type toUnicode struct {
	space  [4][][2]uint32 // code space ranges by code length (1-4 bytes)
	chars  map[uint64]string
	ranges []cmapRange
}

type cmapRange struct {
	size   int // code length in bytes
	lo, hi uint32
	base   []rune   // the target of lo, when one target is incremented
	each   []string // a target per code, when the target is an array
}

const cmapMaxEntries = 100_000

// readToUnicode parses a ToUnicode stream; nil when it holds no mapping.
// scratch is a dictionary the CMap's PostScript may "begin" (the library
// offers no way to make one): the font's own, whose keys name no CMap
// operator.
func readToUnicode(stream, scratch pdf.Value) *toUnicode {
	m := &toUnicode{chars: map[uint64]string{}}
	n := 0
	pdf.Interpret(stream, func(stk *pdf.Stack, op string) {
		switch op {
		case "findresource":
			stk.Pop()
			stk.Pop()
			stk.Push(scratch)
		case "defineresource":
			stk.Pop() // category
			v := stk.Pop()
			stk.Pop() // key
			stk.Push(v)
		case "begincodespacerange", "beginbfchar", "beginbfrange":
			n = int(stk.Pop().Int64())
		case "endcodespacerange":
			for i := 0; i < n && stk.Len() >= 2; i++ {
				hi, lo := stk.Pop().RawString(), stk.Pop().RawString()
				if len(lo) >= 1 && len(lo) <= 4 && len(lo) == len(hi) {
					m.space[len(lo)-1] = append(m.space[len(lo)-1], [2]uint32{codeOf(lo), codeOf(hi)})
				}
			}
		case "endbfchar":
			for i := 0; i < n && stk.Len() >= 2 && len(m.chars) < cmapMaxEntries; i++ {
				dst, src := stk.Pop().RawString(), stk.Pop().RawString()
				if len(src) >= 1 && len(src) <= 4 {
					m.chars[key(src)] = string(utf16Runes(dst))
				}
			}
		case "endbfrange":
			for i := 0; i < n && stk.Len() >= 3 && len(m.ranges) < cmapMaxEntries; i++ {
				dst, hi, lo := stk.Pop(), stk.Pop().RawString(), stk.Pop().RawString()
				if len(lo) < 1 || len(lo) > 4 || len(lo) != len(hi) {
					continue
				}
				r := cmapRange{size: len(lo), lo: codeOf(lo), hi: codeOf(hi)}
				if dst.Kind() == pdf.Array {
					for k := 0; k < dst.Len() && k < cmapMaxEntries; k++ {
						r.each = append(r.each, string(utf16Runes(dst.Index(k).RawString())))
					}
				} else {
					r.base = utf16Runes(dst.RawString())
				}
				m.ranges = append(m.ranges, r)
			}
		default:
			// dictionary and CIDSystemInfo business: nothing to map
			for stk.Len() > 64 {
				stk.Pop()
			}
		}
	})
	if len(m.chars) == 0 && len(m.ranges) == 0 {
		return nil
	}
	return m
}

// Decode maps a string of codes to text; a code the map does not know is
// U+FFFD.
func (m *toUnicode) Decode(raw string) string {
	var out []rune
	for len(raw) > 0 {
		size := m.codeSize(raw)
		code := raw[:size]
		raw = raw[size:]
		out = append(out, []rune(m.lookup(code))...)
	}
	return string(out)
}

// codeSize returns the length of the code at the start of raw: the first
// code space range it falls in, else one byte, else two when the map knows
// only two-byte codes.
func (m *toUnicode) codeSize(raw string) int {
	for n := 1; n <= 4 && n <= len(raw); n++ {
		c := codeOf(raw[:n])
		for _, r := range m.space[n-1] {
			if r[0] <= c && c <= r[1] {
				return n
			}
		}
	}
	if len(m.space[0]) == 0 && len(m.space[1]) > 0 && len(raw) >= 2 {
		return 2
	}
	return 1
}

func (m *toUnicode) lookup(code string) string {
	if s, ok := m.chars[key(code)]; ok {
		return s
	}
	c := codeOf(code)
	for _, r := range m.ranges {
		if r.size != len(code) || c < r.lo || c > r.hi {
			continue
		}
		off := c - r.lo
		if r.each != nil {
			if int(off) < len(r.each) {
				return r.each[off]
			}
			return "\uFFFD"
		}
		if len(r.base) == 0 {
			return "\uFFFD"
		}
		target := append([]rune(nil), r.base...)
		target[len(target)-1] += rune(off)
		return string(target)
	}
	return "\uFFFD"
}

func codeOf(s string) uint32 {
	var c uint32
	for i := 0; i < len(s) && i < 4; i++ {
		c = c<<8 | uint32(s[i])
	}
	return c
}

// key tells codes of different lengths apart: <0041> is not <41>.
func key(s string) uint64 { return uint64(len(s))<<32 | uint64(codeOf(s)) }

// utf16Runes decodes a CMap target: UTF-16BE.
func utf16Runes(s string) []rune {
	units := make([]uint16, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		units = append(units, uint16(s[i])<<8|uint16(s[i+1]))
	}
	if len(s)%2 == 1 {
		units = append(units, uint16(s[len(s)-1]))
	}
	return utf16.Decode(units)
}
