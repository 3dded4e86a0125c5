package extract

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
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
// time (lower8), the rest a character at a time.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			if x := load64(s, i); x&highs8 == 0 {
				dst = binary.LittleEndian.AppendUint64(dst, lower8(x))
				i += 8
				continue
			}
		}
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		// As strings.Map: an invalid byte becomes U+FFFD.
		r, size := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += size
	}
	return dst
}
