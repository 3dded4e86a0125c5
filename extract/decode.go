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

	"github.com/noticelint/noticelint/internal/bytewords"
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
	// Most files are UTF-8: one pass tells that and what CheckBinary
	// looks for.
	valid := scanUTF8(b)
	if err := valid.binary(b); err != nil {
		return "", "", err
	}
	if e, name := declaredCharset(declared); e != nil && name != EncUTF8 {
		out, err := e.NewDecoder().Bytes(b)
		if err != nil {
			return "", "", fmt.Errorf("cannot decode as %s: %w", name, err)
		}
		return string(out), name, nil
	}
	if valid.ok {
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

// undecodedUTF8 is decodeText for FromText, which reads data it takes for
// UTF-8 as it stands and checks it as it reads it (readSource): it
// returns b as text, unread, but for a UTF-8 byte order mark, with ok;
// ok is false when the data is UTF-16 or has a declared charset, which
// decodeText reads. The errors are decodeText's: empty data, and binary
// data with a NUL byte (readSource counts the control bytes).
func undecodedUTF8(b []byte, declared string) (text string, ok bool, err error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return "", false, nil
	}
	if e, name := declaredCharset(declared); e != nil && name != EncUTF8 {
		return "", false, nil
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return "", false, ErrEmpty
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return "", false, CheckBinary(b)
	}
	return unsafe.String(unsafe.SliceData(b), len(b)), true, nil
}

// sourceFacts is what normalizeSections saw of a plain text's source as
// it copied the sections' texts that are slices of it (normalizeInto
// looks at each control byte, and at each character that is no ASCII or
// Latin-1 letter).
type sourceFacts struct {
	invalid  bool // a byte that is no UTF-8
	controls int  // the control bytes (controlByte) in the first binaryWindow bytes of the source
}

// readSource is scanUTF8 of src, the source of doc, which holds no NUL
// byte, from facts: it reads the bytes that no section's text holds as a
// slice of the source (line breaks, the white space around lines, lines
// left out, the pieces of a heading joined from two lines).
func readSource(doc *Document, src string, facts sourceFacts) utf8Scan {
	v := utf8Scan{ok: !facts.invalid, nul: -1, controls: facts.controls}
	at := 0 // the bytes before are read
	gap := func(to int) {
		// Most gaps are a line break or two, and white space.
		for k := at; k < to; k++ {
			c := src[k]
			if c >= utf8.RuneSelf {
				v.ok = v.ok && utf8.ValidString(src[k:to])
				v.controls += controlsInString(src[k:max(k, min(to, binaryWindow))])
				return
			}
			if k < binaryWindow {
				v.controls += int(controlByte[c])
			}
		}
	}
	for i := range doc.Sections {
		for _, t := range [2]*Text{&doc.Sections[i].Heading, &doc.Sections[i].Body} {
			if t.S == "" || !sameString(t.orig, src) {
				continue // a text made of pieces: its bytes are read as a gap
			}
			if t.base < at {
				// Texts out of order, or overlapping: their control bytes
				// may be counted twice.
				v.ok = v.ok && utf8.ValidString(src)
				v.controls = controlsInString(src[:min(len(src), binaryWindow)])
				return v
			}
			gap(t.base)
			at = t.base + len(t.S)
		}
	}
	gap(len(src))
	return v
}

// controlsInString counts the control bytes (controlByte) of s.
func controlsInString(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n += int(controlByte[s[i]])
	}
	return n
}

// CheckBinary rejects data that is not text: NUL bytes, or many control
// characters in the first 8 KiB. The text extractors (plain text, web
// pages, Markdown) run it on the whole input (plain text counts the
// control bytes as it reads the text: readSource); the lint runner runs it
// on a file's first block, before it reads the rest.
func CheckBinary(b []byte) error {
	v := utf8Scan{nul: bytes.IndexByte(b, 0)}
	if v.nul < 0 {
		head := b[:min(len(b), binaryWindow)]
		i := 0
		for ; i+8 <= len(head); i += 8 {
			// Most words of text hold no byte below a space but for a line
			// break: mayControl8 is the cheaper test.
			if x := binary.LittleEndian.Uint64(head[i:]); mayControl8(x) {
				v.controls += controls8(x)
			}
		}
		for _, c := range head[i:] {
			v.controls += int(controlByte[c]) // a table, no branches
		}
	}
	return v.binaryErr(len(b))
}

// controls8 counts the bytes of x that controlByte counts, eight at a
// time.
func controls8(x uint64) int { return bits.OnesCount64(controlMask8(x)) }

// controlMask8 sets the high bit of each byte of x that controlByte
// counts, and no other bit.
func controlMask8(x uint64) uint64 {
	// With each byte's high bit set, subtracting n <= 0x80 from a byte
	// borrows nothing from the next and leaves its high bit set iff the
	// byte is >= n; bytes from 0x80 up are no controls.
	ascii := ^x & bytewords.Highs
	y := x | bytewords.Highs
	below20 := ^(y - 0x20*bytewords.Ones) & ascii
	spaces := (y - '\t'*bytewords.Ones) &^ (y - ('\r'+1)*bytewords.Ones) & ascii // TAB, LF, VT, FF, CR
	del := (y - 0x7f*bytewords.Ones) & ascii
	return below20&^spaces | del
}

// mayControl8 reports whether x may hold a byte that controlByte counts:
// it does when one of its bytes is below 0x20 (a line break too) or DEL.
// (x-n*bytewords.Ones)&^x&bytewords.Highs is nonzero iff a byte of x is below n <= 0x80.
func mayControl8(x uint64) bool {
	del := x ^ 0x7f*bytewords.Ones
	return ((x-0x20*bytewords.Ones)&^x|(del-bytewords.Ones)&^del)&bytewords.Highs != 0
}

// utf8Scan is what scanUTF8 found.
type utf8Scan struct {
	ok       bool // the data is UTF-8; when not, nul and controls are unknown
	nul      int  // the offset of the first NUL byte, -1 for none
	controls int  // the control bytes in the first binaryWindow
}

// binaryWindow is how much of a file CheckBinary counts control bytes in.
const binaryWindow = 8192

// scanUTF8 reads b for utf8.Valid and for what CheckBinary looks for in
// one pass (and a byte search for NUL): eight bytes at a time up to the
// next that is no ASCII, each character from there decoded, and ASCII
// eight bytes at a time again after it. (utf8.Valid reads a byte at a
// time from the first character that is no ASCII on, as in every Finnish
// text.)
func scanUTF8(b []byte) utf8Scan {
	head := min(len(b), binaryWindow)
	v := utf8Scan{ok: true, nul: bytes.IndexByte(b, 0)}
	for i := 0; i < len(b); {
		if i+8 <= len(b) {
			x := binary.LittleEndian.Uint64(b[i:])
			n, keep := 8, ^uint64(0) // the ASCII bytes from i, and their bits
			if high := x & bytewords.Highs; high != 0 {
				n = bits.TrailingZeros64(high) >> 3
				keep = 1<<(8*n) - 1
			}
			if i < head && mayControl8(x) {
				if head-i < 8 {
					keep &= 1<<(8*(head-i)) - 1
				}
				v.controls += bits.OnesCount64(controlMask8(x) & keep)
			}
			i += n
			if n == 8 {
				continue
			}
		} else if c := b[i]; c < utf8.RuneSelf {
			if i < head {
				v.controls += int(controlByte[c])
			}
			i++
			continue
		}
		// b[i] is no ASCII.
		if c := b[i]; c >= 0xc2 && c < 0xe0 && i+1 < len(b) && b[i+1]&0xc0 == 0x80 {
			i += 2 // U+0080-U+07FF: Latin letters, most of those that are no ASCII
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return utf8Scan{nul: -1}
		}
		i += size
	}
	return v
}

// binary is CheckBinary's answer from v, which scanUTF8 made of b.
func (v utf8Scan) binary(b []byte) error {
	if !v.ok {
		return CheckBinary(b)
	}
	return v.binaryErr(len(b))
}

// binaryErr is CheckBinary's answer for a file of size bytes whose first
// NUL byte and control bytes v tells.
func (v utf8Scan) binaryErr(size int) error {
	if v.nul >= 0 {
		return fmt.Errorf("binary file (NUL byte at offset %d), not a text notice", v.nul)
	}
	if head := min(size, binaryWindow); v.controls*100 > head {
		return fmt.Errorf("binary file (%d control bytes in the first %d), not a text notice", v.controls, head)
	}
	return nil
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
