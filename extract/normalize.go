package extract

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"

	"github.com/noticelint/noticelint/internal/bytewords"
)

// normalize makes the copy of s that rules match on, once per text: NFC,
// every kind of space as ' ', soft hyphens and zero-width characters removed,
// typographic dashes and quotes folded to ASCII, lower case. The places
// where it drifts from s lead each byte of it back to s (lowerToText); there
// are none while the two line up byte for byte, as they do in most text, and
// a few where a character changes its length. On the way it notes whether s holds a
// character that stands for nothing (hasBadChar), so that no other pass
// over the text need look. It stops when stop says so.
//
// It is not inlined, so that the accessors that call it when a text has
// no copy yet (Text.matching) are inlined where the rules call them.
//
//go:noinline
func normalize(s string, stop *stopper) *matchCopy {
	c := new(matchCopy)
	normalizeInto(c, new(copyBuf), s, stop)
	return c
}

// copyBuf holds the matching copies of a document's texts, one after
// another: their bytes and their drifts.
type copyBuf struct {
	text  []byte
	drift []drift
	// What the copies saw of a plain text's source (FromText reads it as
	// UTF-8 before it knows it is): a byte that is no UTF-8 in any text,
	// the control bytes in the first countTo bytes of each.
	facts   sourceFacts
	countTo int
}

// normalizeInto is normalize making c the copy, its text and drifts
// appended to b's (the copies of a document share one buffer). A caller
// that sizes b.text saves a copy by leaving copyRoom bytes spare.
func normalizeInto(c *matchCopy, b *copyBuf, s string, stop *stopper) {
	from := len(b.text)
	drift, drifts := b.drift, len(b.drift)
	// The copy is written into buf[:n], whose length keeps room for what
	// is left of s and an eight-byte store past it: only a character
	// that folds to a longer one (roomFor) needs more.
	buf := slices.Grow(b.text, len(s)+copyRoom)
	n := from
	buf = buf[:cap(buf)]
	// Whether s is in NFC is asked only at its first character that may
	// not be: most texts hold none.
	nfcChecked, bad := false, false
	for i := 0; i < len(s); {
		stop.checkN(stopBytes / 64) // a check for every 64 bytes, as in the other loops over a text
		// Most of a text, in a loop of its own that keeps its few values in
		// registers.
		lim := min(len(s), i+stopBytes)
		k := copyPlain(buf[n:], s[i:], lim-i)
		if n, i = n+k, i+k; i == lim {
			continue
		}
		c0 := s[i]
		if c0 < utf8.RuneSelf { // a control character
			if i < b.countTo {
				b.facts.controls++
			}
			bad = true
			buf[n] = c0
			n, i = n+1, i+1
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !bad && badRune(r) {
			bad = true
		}
		if size == 1 {
			b.facts.invalid = true // a byte from 0x80 that starts no character
		}
		if !nfcChecked && (size == 1 || !nfcStable(r)) {
			if !norm.NFC.IsNormalString(s) {
				// It copies s anew: what it has not seen yet is noted here.
				b.facts.invalid = b.facts.invalid || !utf8.ValidString(s[i:])
				b.facts.controls += controlsInString(s[i:max(i, min(len(s), b.countTo))])
				b.text = normalizeNFC(c, buf[:from], s, stop)
				return
			}
			nfcChecked = true
		}
		out, keep := fold(r)
		at := n - from
		if keep {
			if l := utf8.RuneLen(out); l > size {
				buf = roomFor(buf, n, len(s)-i-size+l+copyRoom)
			}
			n += utf8.EncodeRune(buf[n:], out)
		}
		if n-from-at != size {
			// The copy and the source drift apart here.
			if len(drift) == drifts {
				drift = append(drift, driftAt(at, i)) // where lowerToText starts to look
			}
			if d := driftAt(n-from, i+size); d.lower == drift[len(drift)-1].lower {
				drift[len(drift)-1] = d // after a character dropped
			} else {
				drift = append(drift, d)
			}
		}
		i += size
	}
	buf = buf[:n]
	b.text, b.drift = buf, drift
	c.lower, c.bad = bufString(buf[from:]), bad
	if len(drift) > drifts {
		c.drift = drift[drifts:len(drift):len(drift)]
	}
}

// copyRoom is the room normalizeInto wants past a copy's end, for its
// eight-byte stores.
const copyRoom = 8

// stopBytes is how many bytes normalizeInto copies between asking stop:
// with 64, a fifth of its calls of copyPlain ended at the limit.
const stopBytes = 256

// copyPlain copies the start of s[:lim] into dst, lower-cased, as long as
// it holds printable ASCII, TAB, VT, FF and the Latin-1 letters
// U+00C0-U+00FF, which normalizeInto copies as they are but for their
// case, each into as many bytes, and line breaks: eight bytes of ASCII at
// a time, lower-cased in the word. It returns how many bytes it copied.
// dst must be copyRoom bytes longer than lim; s goes on past lim, for
// wrapped's look at the line after a break.
func copyPlain(dst []byte, s string, lim int) int {
	s0 := s
	s = s[:lim]
	i := 0
	for {
		if i+8 <= len(s) {
			x := bytewords.Load64(s, i)
			k := printablePrefix8(x)
			binary.LittleEndian.PutUint64(dst[i:i+8], lower8(x))
			i += k
			if k == 8 {
				continue
			}
		} else if i == len(s) {
			return i
		}
		c := s[i]
		if l := plainLower[c]; l != 0 {
			dst[i] = l
			i++
			continue
		}
		if c == 0xc3 && i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
			// U+00C0-U+00FF, the Latin-1 letters of Finnish and Swedish
			// ("ä", "Ö", "å"): in NFC whatever stands around them, none of
			// them bad, and lower-cased (À-Þ but ×) within the block.
			dst[i], dst[i+1] = 0xc3, latin1Lower(s[i+1])
			i += 2
			continue
		}
		if c == '\n' || c == '\r' {
			// A line break inside a paragraph is a space to the rules, so
			// that "supervisory\nauthority" matches "supervisory
			// authority". Most lines end here: copied without a return to
			// normalizeInto.
			if wrapped(s0, i) {
				c = ' '
			}
			dst[i] = c
			i++
			continue
		}
		return i
	}
}

// roomFor returns buf, of which n bytes are written, with at least want
// bytes from n on, as its length.
func roomFor(buf []byte, n, want int) []byte {
	if n+want <= len(buf) {
		return buf
	}
	buf = slices.Grow(buf[:n], want)
	return buf[:cap(buf)]
}

// drift is a place where the matching copy and its text stop lining up
// byte for byte: the bytes from lower on stand for those from text on, up
// to the next drift (see lowerToText).
type drift struct{ lower, text int32 }

func driftAt(lower, text int) drift { return drift{int32(lower), int32(text)} }

// bufString is b as a string without a copy; nothing may change b
// afterwards.
func bufString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// plainLower is, for each byte normalize copies as it stands but for
// lower-casing (printable ASCII, TAB, VT and FF), that byte in lower case;
// 0 for the others: line breaks, control characters and bytes of
// characters that are no ASCII.
var plainLower = func() (t [256]byte) {
	for c := range byte(utf8.RuneSelf) {
		switch {
		case 'A' <= c && c <= 'Z':
			t[c] = c + 'a' - 'A'
		case c >= 0x20 && c != 0x7f || c == '\t' || c == '\v' || c == '\f':
			t[c] = c
		}
	}
	return t
}()

// printablePrefix8 returns how many of the bytes of x, from the lowest,
// are printable ASCII, 0x20 to 0x7E: 8 when all are. Adding n <= 0x80 to
// a byte below 0x80 carries into no other byte and sets its high bit iff
// it is at least 0x80-n; a byte from 0x80 up may carry into the bytes
// above it, but not into those below, which are the ones counted.
func printablePrefix8(x uint64) int {
	atLeast20 := x + (0x80-0x20)*bytewords.Ones
	atLeast7f := x + (0x80-0x7f)*bytewords.Ones
	other := (x | ^atLeast20 | atLeast7f) & bytewords.Highs
	return bits.TrailingZeros64(other) >> 3
}

// lower8 lower-cases the letters A-Z in x, eight bytes of ASCII; where a
// byte is no ASCII, the bytes from it on are garbage.
func lower8(x uint64) uint64 {
	upper := (x + (0x80-'A')*bytewords.Ones) &^ (x + (0x80-'Z'-1)*bytewords.Ones) & bytewords.Highs
	return x | upper>>2 // 0x80>>2 is 'a'-'A'
}

// latin1Lower lower-cases the second byte of a character U+00C0-U+00FF
// (0xC3 and c): À-Þ but × become à-þ.
func latin1Lower(c byte) byte {
	if c <= 0x9e && c != 0x97 {
		c += 0x20
	}
	return c
}

// nfcStable reports whether r is one of the common characters that NFC
// leaves as they are whatever stands around them (Latin-1, Latin
// Extended-A and -B, general punctuation, currency signs): a text of such
// characters, and ASCII, is in NFC.
func nfcStable(r rune) bool {
	return r < 0x300 || r >= 0x2002 && r < 0x20d0
}

// normalizeNFC is normalizeInto for text that is not in NFC ("a" and a
// combining diaeresis for "ä"): composed characters map to where they
// start.
func normalizeNFC(c *matchCopy, buf []byte, s string, stop *stopper) []byte {
	from := len(buf)
	buf = slices.Grow(buf, len(s))
	m := make([]int32, 0, len(s))
	var it norm.Iter
	it.InitString(norm.NFC, s)
	for !it.Done() {
		stop.check()
		start := it.Pos()
		seg := it.Next()
		same := len(seg) == it.Pos()-start
		for k := 0; k < len(seg); {
			r, size := utf8.DecodeRune(seg[k:])
			at := start
			if same {
				at = start + k
			}
			k += size
			if out, keep := fold(r); keep {
				n := len(buf)
				buf = utf8.AppendRune(buf, out)
				for ; n < len(buf); n++ {
					m = append(m, int32(at))
				}
			}
		}
	}
	c.lower, c.lowerMap, c.bad = bufString(buf[from:]), m, hasBadChar(s)
	return buf
}

// wrapped reports whether the line break at s[i] ('\r' or '\n') only wraps
// a paragraph: the next line has text and is no list item.
func wrapped(s string, i int) bool {
	j := i + 1
	if s[i] == '\r' && j < len(s) && s[j] == '\n' {
		j++
	}
	for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
		j++
	}
	if j == len(s) || s[j] == '\n' || s[j] == '\r' {
		return false
	}
	return !StartsWithBullet(s[j:]) && !strings.HasPrefix(s[j:], "\u00a0")
}

// fold maps one character of the source to the matching copy; keep is false
// for characters that are dropped.
func fold(r rune) (out rune, keep bool) {
	switch r {
	case '\u00ad', '\u200b', '\ufeff', '\u200c', '\u200d':
		return 0, false
	case '\t', '\n', '\r':
		return r, true
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
		return '-', true
	case '\u2018', '\u2019', '\u201a', '\u2032':
		return '\'', true
	case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb':
		return '"', true
	}
	if unicode.IsSpace(r) {
		return ' ', true
	}
	return unicode.ToLower(r), true
}
