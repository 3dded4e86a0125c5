// Package bytewords reads text eight bytes at a time: the word loads and
// constants that extraction, checking and the JSON report share for their
// byte tests within a machine word.
package bytewords

// Ones has every byte 0x01: Ones*b repeats byte b in each of a word's
// bytes.
const Ones = 0x0101010101010101

// Highs has every byte's high bit: x&Highs keeps each byte's high bit.
const Highs = 0x8080808080808080

// Load64 reads the eight bytes of s from i on as a little-endian word (one
// load, as binary.LittleEndian.Uint64 of a byte slice).
func Load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}
