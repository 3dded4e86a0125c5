package bytewords

import (
	"encoding/binary"
	"math/bits"
	"testing"
)

// TestLoad64: the word is binary.LittleEndian's of the same bytes, at every
// place of a text.
func TestLoad64(t *testing.T) {
	s := "Tietosuoja\xc3\xa4\x00\xff seloste"
	for i := 0; i+8 <= len(s); i++ {
		if got, want := Load64(s, i), binary.LittleEndian.Uint64([]byte(s[i:i+8])); got != want {
			t.Errorf("at %d: %#x, want %#x", i, got, want)
		}
	}
	if Ones*0x41 != 0x4141414141414141 || Highs != Ones*0x80 {
		t.Error("constants")
	}
}

// TestCountHighs: each of the 256 sets of high bits counts as
// bits.OnesCount64 counts it.
func TestCountHighs(t *testing.T) {
	for set := range 256 {
		m := uint64(0)
		for k := range 8 {
			if set&(1<<k) != 0 {
				m |= 0x80 << (8 * k)
			}
		}
		if got, want := CountHighs(m), bits.OnesCount64(m); got != want {
			t.Errorf("CountHighs(%#x) = %d, want %d", m, got, want)
		}
	}
}
