package extract

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/noticelint/noticelint/internal/bytewords"
)

// lowerRoom is the size of the buffer a caller keeps on its stack for
// lowerIn: lines of up to a third of it (an invalid byte becomes the three
// bytes of U+FFFD) are lowered without allocating.
const lowerRoom = 384

// lowerIn returns strings.ToLower(s), written into buf when it fits: the
// title and heading tests lower a short line to look its words up, and a
// copy allocated for each was most of what sectioning allocated. The
// result may share buf's memory: the caller must not keep it beyond buf's
// life, nor change buf while using it.
func lowerIn(buf *[lowerRoom]byte, s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s // as strings.ToLower returns it: nothing to lower
	}
	if len(s) > lowerRoom/3 {
		return strings.ToLower(s)
	}
	b := appendLower(append(buf[:0], s[:i]...), s[i:])
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// appendLower appends strings.ToLower(s) to dst: ASCII eight bytes at a
// time (lower8), up to a character that is no ASCII, which is decoded but
// for the Latin-1 letters (U+00C0-U+00FF, lowered as latin1Lower).
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			x := bytewords.Load64(s, i)
			n := 8 // the ASCII bytes from i
			if high := x & bytewords.Highs; high != 0 {
				n = bits.TrailingZeros64(high) >> 3
			}
			m := len(dst)
			dst = binary.LittleEndian.AppendUint64(dst, lower8(x))[:m+n]
			if i += n; n == 8 {
				continue
			}
		} else if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		// s[i] is no ASCII.
		if s[i] == 0xc3 && i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
			dst = append(dst, 0xc3, latin1Lower(s[i+1]))
			i += 2
			continue
		}
		// As strings.Map: an invalid byte becomes U+FFFD.
		r, size := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += size
	}
	return dst
}
