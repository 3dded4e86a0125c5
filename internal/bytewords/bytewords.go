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

// CountHighs counts the bytes of m with their high bit set, m holding no
// other bit (a mask of Highs): a multiply and two shifts, where
// bits.OnesCount64 tests for POPCNT at each call on GOAMD64=v1 and keeps
// a call to its fallback in the loop.
func CountHighs(m uint64) int { return int((m >> 7) * Ones >> 56) }
