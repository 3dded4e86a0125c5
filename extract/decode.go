package extract

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

// ErrEmpty is returned for input with no text in it.
var ErrEmpty = errors.New("empty file: no text to lint")

// Encoding names reported in Document.Encoding.
const (
	EncUTF8        = "utf-8"
	EncUTF16       = "utf-16"
	EncWindows1252 = "windows-1252"
)

// DecodeText turns the bytes of a text file into UTF-8; b must not change
// afterwards, as the text may share its memory: it strips a BOM,
// decodes UTF-16 with a BOM, and falls back to windows-1252 (a superset of
// ISO-8859-1's printable range) when the bytes are not UTF-8 but read as
// single-byte Western European text. Binary data, and UTF-8 broken part way
// through, are errors that say where and why.
func DecodeText(b []byte) (text, enc string, err error) { return decodeText(b, "") }

// decodeText is DecodeText with the charset the transport declared, which
// wins over guessing when the data has no byte order mark.
func decodeText(b []byte, declared string) (text, enc string, err error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		dec := xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM).NewDecoder()
		out, err := dec.Bytes(b)
		if err != nil {
			return "", "", fmt.Errorf("invalid UTF-16: %w", err)
		}
		text, _, err := DecodeText(out)
		return text, EncUTF16, err
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return "", "", ErrEmpty
	}
	if err := CheckBinary(b); err != nil {
		return "", "", err
	}
	if e, name := declaredCharset(declared); e != nil && name != EncUTF8 {
		out, err := e.NewDecoder().Bytes(b)
		if err != nil {
			return "", "", fmt.Errorf("cannot decode as %s: %w", name, err)
		}
		return string(out), name, nil
	}
	if utf8.Valid(b) {
		// The caller hands the bytes over and never changes them: the text
		// may share them instead of copying 50 MB.
		return unsafe.String(unsafe.SliceData(b), len(b)), EncUTF8, nil
	}
	bad := firstInvalidUTF8(b)
	if hasMultibyteUTF8(b) {
		line, col := lineCol(b, bad)
		return "", "", fmt.Errorf("invalid UTF-8 at line %d, column %d (byte 0x%02X): the file mixes UTF-8 with another encoding; save it as UTF-8", line, col, b[bad])
	}
	text, err = decodeSingleByte(b, charmap.Windows1252)
	if err != nil {
		return "", "", err
	}
	return text, EncWindows1252, nil
}

// CheckBinary rejects data that is not text: NUL bytes, or many control
// characters in the first 8 KiB. The text extractors (plain text, web
// pages, Markdown) run it on the whole input; the lint runner runs it on a
// file's first block, before it reads the rest.
func CheckBinary(b []byte) error {
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return fmt.Errorf("binary file (NUL byte at offset %d), not a text notice", i)
	}
	head := b[:min(len(b), 8192)]
	controls := 0
	i := 0
	for ; i+8 <= len(head); i += 8 {
		controls += controls8(binary.LittleEndian.Uint64(head[i:]))
	}
	for _, c := range head[i:] {
		controls += int(controlByte[c]) // a table, no branches
	}
	if controls*100 > len(head) {
		return fmt.Errorf("binary file (%d control bytes in the first %d), not a text notice", controls, len(head))
	}
	return nil
}

// controls8 counts the bytes of x that controlByte counts, eight at a
// time.
func controls8(x uint64) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	// With each byte's high bit set, subtracting n <= 0x80 from a byte
	// borrows nothing from the next and leaves its high bit set iff the
	// byte is >= n; bytes from 0x80 up are no controls.
	ascii := ^x & highs
	y := x | highs
	below20 := ^(y - 0x20*ones) & ascii
	spaces := (y - '\t'*ones) &^ (y - ('\r'+1)*ones) & ascii // TAB, LF, VT, FF, CR
	del := (y - 0x7f*ones) & ascii
	return bits.OnesCount64(below20&^spaces | del)
}

// controlByte is 1 for the control bytes that text does not hold: all
// below 0x20 but tab, line feed, carriage return, form feed and vertical
// tab, and DEL.
var controlByte = func() (t [256]uint8) {
	for c := range 0x20 {
		t[c] = 1
	}
	for _, c := range "\t\n\r\f\v" {
		t[c] = 0
	}
	t[0x7f] = 1
	return t
}()

// decodeSingleByte decodes a legacy single-byte file and checks that it reads
// as text: most bytes above 0x7F must become letters or common punctuation.
func decodeSingleByte(b []byte, cm *charmap.Charmap) (string, error) {
	out, err := cm.NewDecoder().Bytes(b)
	if err != nil {
		return "", fmt.Errorf("cannot decode as %s: %w", cm, err)
	}
	high, plausible := 0, 0
	for _, c := range b {
		if c < 0x80 {
			continue
		}
		high++
		r := cm.DecodeByte(c)
		if unicode.IsLetter(r) || unicode.IsPunct(r) || unicode.IsSpace(r) || (unicode.IsSymbol(r) && r != utf8.RuneError) {
			plausible++
		}
	}
	if high*10 > len(b)*3 || plausible*10 < high*8 {
		line, col := lineCol(b, firstInvalidUTF8(b))
		return "", fmt.Errorf("not UTF-8 (first bad byte at line %d, column %d) and not readable as windows-1252 or ISO-8859-1 text", line, col)
	}
	return string(out), nil
}

func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(b)
}

// hasMultibyteUTF8 reports whether b holds at least one well-formed UTF-8
// sequence of two or more bytes.
func hasMultibyteUTF8(b []byte) bool {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError && size > 1 {
			return true
		}
		i++
	}
	return false
}

// lineCol gives the 1-based line and column (in code points, a stray byte
// counting as one) of offset i.
func lineCol(b []byte, i int) (line, col int) {
	i = min(i, len(b))
	line = 1 + bytes.Count(b[:i], []byte{'\n'})
	return line, 1 + utf8.RuneCount(b[bytes.LastIndexByte(b[:i], '\n')+1:i])
}

// declaredCharset looks up the charset a transport declared: nil for none
// or an unknown name, which a browser ignores too.
func declaredCharset(name string) (encoding.Encoding, string) {
	if name == "" {
		return nil, ""
	}
	return charset.Lookup(name)
}
