package extract

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/noticelint/noticelint/internal/bytewords"
)

// lineClass is what a line's own text says it may be, before its
// neighbours and the section it stands in are taken into account: the
// sectionizer (sectionize.go) decides with those. A line may fit several
// classes ("1. Rekisterinpitäjä:" is shaped as a numbered heading and as a
// label); the sectionizer tries them in a fixed order. It is four bytes:
// the sectionizer keeps one for every line.
type lineClass struct {
	flags  classFlag
	marker byte  // a list marker that may also number a heading: '1' for "1)", 'a' for "a)" or "(a)"
	num    uint8 // a numbered heading's numbering is the line's first num bytes ("2.1", "3.")
	field  uint8 // > 0: a label and its value ("Sähköposti: x@y.example"), the colon's offset
}

// classFlag is a set of classes.
type classFlag uint8

// The classes a line may fit. The ones whose test is dear are only shapes
// here: isTitleText and headingText finish them when the context asks.
const (
	bullet    classFlag = 1 << iota // a list item: a bullet character and white space
	lettered                        // a short sub-heading lettered "a)" or "B)"
	label                           // a label alone: "Y-tunnus:"
	known                           // label: it names a section ("Rekisterinpitäjä:")
	titleLike                       // shaped as a title: short, capitalised, no menu (isTitleText says if it is one)
	headLike                        // shaped as an unnumbered heading: short, capitalised, not a sentence (headingText)

	// The sectionizer's note of isTitleText's answer, asked once a line.
	titleAsked // isTitleText was asked
	titleText  // and said yes
)

func (c lineClass) is(f classFlag) bool { return c.flags&f != 0 }

// isLabelOnly reports whether s is a label with nothing after its colon
// ("Y-tunnus:"): a letter, at most 58 letters, digits, spaces or ()/,.'’&-,
// and the colon ending s. It is the regexp of classify_test.go's
// labelOnlyRe, run on every line that ends with a colon, without the
// regexp engine.
func isLabelOnly(s string) bool {
	if !strings.HasSuffix(s, ":") {
		return false
	}
	return labelName(s[:len(s)-1], 58, "()/,.'’&-")
}

// isLabelValue reports whether s is a label and its value ("Sähköposti:
// info@yritys.example"): a letter, at most 38 letters, digits, spaces or
// ()/.'’-, the colon, spaces, tabs or NBSPs, and then a character that is
// no ASCII white space. It is classify_test.go's labelValueRe without the
// regexp engine.
func isLabelValue(s string) bool { return isLabelValueAt(s, strings.IndexByte(s, ':')) }

// isLabelValueAt is isLabelValue of s whose first colon is at colon (-1
// for none).
func isLabelValueAt(s string, colon int) bool {
	if colon < 0 || colon+1 == len(s) {
		return false
	}
	// The byte after the colon, tested before the name: "EU:n" in a
	// sentence is no label.
	if c := s[colon+1]; c != ' ' && c != '\t' && c != 0xc2 || !labelName(s[:colon], 38, "()/.'’-") {
		return false
	}
	// [ \t\x{00a0}]+\S: a run of those, and after its first one a
	// character that is no \s; NBSP, in the run, is one.
	rest := s[colon+1:]
	for k := 0; ; k++ {
		r, size := utf8.DecodeRuneInString(rest)
		switch {
		case size == 0:
			return false
		case r == ' ' || r == '\t' || r == '\u00a0':
			if k > 0 && r == '\u00a0' {
				return true
			}
		default:
			return k > 0 && r != '\n' && r != '\f' && r != '\r'
		}
		rest = rest[size:]
	}
}

// labelName reports whether name is a letter and at most max characters
// that are letters, digits, spaces or one of punct.
func labelName(name string, max int, punct string) bool {
	first, size := utf8.DecodeRuneInString(name)
	if size == 0 || !unicode.IsLetter(first) {
		return false
	}
	n := 0
	for _, r := range name[size:] {
		if n++; n > max {
			return false
		}
		if !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != ' ' && !strings.ContainsRune(punct, r) {
			return false
		}
	}
	return true
}

// classify tells what a trimmed, non-blank line may be from its text alone.
// It is pure, so that each class can be table-tested, and cheap: most lines
// are sentences, and the tests that rule them out come first.
func classify(s string) lineClass {
	var c lineClass
	if s == "" {
		return c
	}
	if StartsWithBullet(s) {
		c.flags = bullet
		return c
	}
	// A list marker or a letter's bracket stands at s[1], s[2] or s[3]:
	// most lines have none there, and neither test is called.
	if len(s) >= 3 && (s[1] == ')' || s[2] == ')' || len(s) >= 4 && s[3] == ')') {
		c.marker = listMarker(s)
		if isLetteredHeading(s) {
			c.flags |= lettered
		}
	}
	if s[0] >= '1' && s[0] <= '9' {
		if num, rest := splitNumber(s); num != "" && looksLikeHeading(rest, 12, 100) {
			c.num = uint8(len(num))
		}
	}
	if strings.HasSuffix(s, ":") && !moreWords(s, 4) && isLabelOnly(s) {
		var buf [lowerRoom]byte
		if lower := lowerIn(&buf, s); !startsLikeSentence(lower) {
			c.flags |= label
			if hasWordStart(lower[:len(lower)-1], headingWords) {
				c.flags |= known
			}
		}
	}
	if colon := labelColon(s); colon > 0 && isLabelValueAt(s, colon) {
		c.field = uint8(colon)
	}
	maxWords := 8
	if s[len(s)-1] == '?' {
		maxWords = 12 // a question runs longer: "Vilka rättigheter har du som kund i vår webbutik?"
	}
	runes := headingShape(s, maxWords, 120)
	if runes < 0 || isNavigation(s) {
		return c
	}
	c.flags |= titleLike
	if runes <= 70 && !strings.HasSuffix(s, ":") && strings.IndexByte(s, '@') < 0 && !strings.Contains(s, "://") {
		c.flags |= headLike
	}
	return c
}

// headingText finishes the test of a line shaped as an unnumbered heading
// (headLike): it is no company's name, no sentence going on ("Du har rätt
// att") or starting ("Voit ..."), no consent button; strong when it holds a
// known heading stem, is all capitals or asks a question.
func headingText(s string) (ok, strong bool) {
	var buf [lowerRoom]byte
	return headingTextLower(s, lowerIn(&buf, s))
}

// headingTextLower is headingText of s, lower being s in lower case
// (lowerIn).
func headingTextLower(s, lower string) (ok, strong bool) {
	// The tests that read a byte or a word first, those that read the
	// whole line last.
	if startsLikeSentence(lower) || isConsentButton(lower) || continuesOnNextLine(lower) || isCompanyName(lower) {
		return false, false
	}
	return true, strings.HasSuffix(s, "?") || isAllCaps(s) || headingLinesFirst.may(lower) && headingLines[lower] || hasWordStart(lower, headingWords)
}

func isCompanyName(lower string) bool {
	// letterWords' runs, cut here: its iterator made lower escape, and
	// with it the buffer headingText lowers the line into. Each run is
	// read by a loop of its own, ASCII letters by a table.
	for i := 0; i < len(lower); {
		start, size := i, 0 // size: of the character that ends the run
		for i < len(lower) {
			var letter bool
			if c := lower[i]; c < utf8.RuneSelf {
				letter, size = asciiLetter[c], 1
			} else {
				letter, size = letterAt(lower, i)
			}
			if !letter {
				break
			}
			i += size
		}
		if w := lower[start:i]; w != "" && len(w) <= companyFormMax && companyFirst.may(w) && companyForms[w] {
			return true
		}
		i += size // the character after the run, no letter
	}
	return false
}

// asciiLetter tells the ASCII letters.
var asciiLetter = func() (t [utf8.RuneSelf]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	return t
}()

// splitNumber splits "2.1. Tietolähteet" into "2.1." and "Tietolähteet":
// numbers of one or two digits, the first from 1, joined by dots, an
// optional closing dot or bracket, then white space. "0 Tilauskori" is a
// shop's cart, not a heading.
func splitNumber(s string) (num, rest string) {
	i := 0
	for part := 0; ; part++ {
		j := i
		for j < len(s) && j-i < 3 && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == i || j-i > 2 || (part == 0 && s[i] == '0') {
			return "", s
		}
		i = j
		if i+1 < len(s) && s[i] == '.' && s[i+1] >= '0' && s[i+1] <= '9' {
			i++
			continue
		}
		break
	}
	if i < len(s) && (s[i] == '.' || s[i] == ')') {
		i++
	}
	num = s[:i]
	rest = strings.TrimLeftFunc(s[i:], func(r rune) bool { return r == ' ' || r == '\t' || r == '\u00a0' })
	if len(rest) == len(s)-i || rest == "" {
		return "", s // no white space, or nothing, after the number
	}
	return num, rest
}

// isTitleText reports whether a short line names the kind of document:
// "Tietosuojaseloste", "Asiakasrekisterin tietosuojaseloste".
func isTitleText(s string) bool {
	if !titleSized(s) {
		return false
	}
	var buf [lowerRoom]byte
	return isTitleLower(lowerIn(&buf, s))
}

// titleSized is isTitleText's test of a line's size.
func titleSized(s string) bool { return len(s) <= 120 && !moreWords(s, 8) }

// isTitleLower is isTitleText of a line of a title's size in lower case.
func isTitleLower(lower string) bool {
	return hasWordEnd(lower, titleWords) && !hasWordStart(lower, notTitleWords)
}

// listMarker returns the kind of list marker a line starts with: '1' for
// "1)" or "(1)", 'a' for "a)" or "(a)", each followed by white space; 0
// for none. A line so marked is a list item when its neighbours are items
// too, and may be a sub-heading when it stands alone.
func listMarker(s string) byte {
	i := 0
	if s[0] == '(' {
		i = 1
	}
	kind := byte(0)
	switch j := i; {
	case j < len(s) && s[j] >= '0' && s[j] <= '9':
		for j < len(s) && j-i < 2 && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		i, kind = j, '1'
	case j < len(s) && isASCIILetter(s[j]):
		i, kind = j+1, 'a'
	}
	if kind == 0 || i+1 >= len(s) || s[i] != ')' || s[i+1] != ' ' && s[i+1] != '\t' {
		return 0
	}
	return kind
}

// isAllCaps reports whether s has letters, at least four, and all of them
// upper case: "REKISTERIN NIMI".
func isAllCaps(s string) bool {
	n := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf { // ASCII without decoding
			if 'a' <= c && c <= 'z' {
				return false
			}
			if 'A' <= c && c <= 'Z' {
				n++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
		i += size
	}
	return n >= 4
}

// letterAt reports whether the character at s[i] is a letter
// (unicode.IsLetter), and its size: ASCII without decoding.
func letterAt(s string, i int) (bool, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return 'a' <= c|0x20 && c|0x20 <= 'z', 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r), size
}

// lastSpace is strings.LastIndexFunc(s, isSpace), ASCII read without
// decoding.
func lastSpace(s string) int {
	for i := len(s); i > 0; {
		if c := s[i-1]; c < utf8.RuneSelf {
			i--
			if isSpace(rune(c)) {
				return i
			}
			continue
		}
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if isSpace(r) {
			return i
		}
	}
	return -1
}

// trimRightSpace is strings.TrimRightFunc(s, isSpace), with no character
// decoded for a line that ends with printable ASCII, as trimSpace.
func trimRightSpace(s string) string {
	if n := len(s); n == 0 || plainASCII(s[n-1]) {
		return s
	}
	return strings.TrimRightFunc(s, isSpace)
}

// isLetteredHeading reports a short sub-heading lettered "A)" or "b)".
func isLetteredHeading(s string) bool {
	if len(s) < 4 || s[1] != ')' || s[2] != ' ' || !isASCIILetter(s[0]) {
		return false
	}
	return looksLikeHeading(s[3:], 8, 70)
}

// isNavigation reports a breadcrumb or menu line: "Etusivu › Tietosuojaseloste".
func isNavigation(s string) bool {
	// Four byte searches are faster than ContainsAny's rune by rune loop.
	return strings.IndexByte(s, '|') >= 0 || strings.IndexByte(s, '>') >= 0 || strings.Contains(s, "›") || strings.Contains(s, "»")
}

func continuesOnNextLine(lower string) bool {
	lower = trimRightSpace(lower)
	i := lastSpace(lower)
	return i > 0 && danglingFirst.may(lower[i+1:]) && danglingWords[lower[i+1:]]
}

func startsLikeSentence(lower string) bool { return sentenceStartWords.startOf(lower) }

func isConsentButton(lower string) bool { return consentButtonWords.startOf(lower) }

// startsLower reports whether a line starts with a lower-case letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(s, isSpace))
	return unicode.IsLower(r)
}

// looksLikeHeading reports whether s is shaped as a heading: capitalised
// (or numbered), no more than maxWords words and maxRunes characters, not
// a sentence or a list, few digits.
func looksLikeHeading(s string, maxWords, maxRunes int) bool {
	return headingShape(s, maxWords, maxRunes) >= 0
}

// asciiPrefix8 returns how many of the bytes of x, from the lowest, are
// ASCII, and a mask of their bits.
func asciiPrefix8(x uint64) (n int, keep uint64) {
	high := x & bytewords.Highs
	if high == 0 {
		return 8, ^uint64(0)
	}
	n = bits.TrailingZeros64(high) >> 3
	return n, 1<<(8*n) - 1
}

// headingShape is looksLikeHeading's test, returning the number of
// characters of a line shaped as a heading, -1 for any other line.
func headingShape(s string, maxWords, maxRunes int) int {
	if s == "" || len(s) > 4*maxRunes {
		return -1
	}
	// The cheap tests first: most lines are sentences.
	if c := s[len(s)-1]; c == '.' || c == '!' || c == ',' || c == ';' {
		return -1 // a question may be a heading ("Mihin käytämme tietoja?"), a sentence not
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return -1
	}
	// One pass for characters, digits and words, which stops as soon as
	// the line has too many of one: a line of a paragraph is given up at
	// its ninth word, not read to its end. The counts only grow, so they
	// are checked where they grow. Commas, which cannot stand in a
	// character that is no ASCII, are looked for after it.
	runes, digits, words := 0, 0, 0
	in := false // in a word
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			// Eight bytes at a time up to the next that is no ASCII.
			x := bytewords.Load64(s, i)
			n, keep := asciiPrefix8(x)
			if n > 0 {
				word := ^spaceMask8(x) & keep & bytewords.Highs
				after := word << 8 // a byte in a word after a byte in one
				if in {
					after |= 0x80
				}
				words += bytewords.CountHighs(word &^ after)
				// Digits are rare: counted only in the bytes that hold one.
				if digit := digitMask8(x) & keep; digit != 0 {
					if digits += bytewords.CountHighs(digit); digits > 4 {
						return -1 // a number
					}
				}
				runes += n
				i += n
				if runes > maxRunes || words > maxWords {
					return -1 // long, or a sentence
				}
				if n == 8 {
					in = int64(word) < 0
					continue
				}
				in = word>>(uint(8*n-1)&63) != 0
			}
		}
		var space bool
		if c := s[i]; c < utf8.RuneSelf { // the last few bytes
			k := shapeClass[c]
			digits += int(k & shapeDigit)
			space = k&shapeSpace != 0
			i++
		} else if isLatin1Letter(s, i) {
			i += 2 // no digit, no space
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsDigit(r) {
				digits++
			}
			space = isSpace(r)
			i += size
		}
		runes++
		if space {
			in = false
		} else if !in {
			words++
			in = true
			if runes > maxRunes || digits > 4 || words > maxWords {
				return -1
			}
		}
	}
	if runes > maxRunes || digits > 4 || words > maxWords {
		return -1
	}
	if c := strings.IndexByte(s, ','); c >= 0 && strings.IndexByte(s[c+1:], ',') >= 0 {
		return -1 // a list
	}
	if strings.Contains(s, ". ") {
		return -1 // two sentences
	}
	return runes
}

// isLatin1Letter reports whether s[i:] starts with a character from U+00C0
// to U+00FF (0xC3 and a byte that continues it): "ä", "ö", "å", the
// letters of Finnish and Swedish that are no ASCII, none a digit or white
// space. Their words are read without decoding.
func isLatin1Letter(s string, i int) bool {
	return s[i] == 0xc3 && i+1 < len(s) && s[i+1]&0xc0 == 0x80
}

// spaceMask8 sets the high bit of each byte of x that is white space
// (TAB, LF, VT, FF, CR, space), where the byte is ASCII; the bits of other
// bytes are garbage. It and digitMask8 are apart so that each is inlined.
func spaceMask8(x uint64) uint64 {
	// With each byte's high bit set, subtracting n <= 0x80 borrows
	// nothing from the next byte and leaves the high bit set iff the byte
	// is >= n (see controlMask8).
	y := x | bytewords.Highs
	controls := (y - '\t'*bytewords.Ones) &^ (y - ('\r'+1)*bytewords.Ones)
	return (controls | byteIs8(x, ' ')) & bytewords.Highs
}

// digitMask8 sets the high bit of each byte of x that is a digit, where
// the byte is ASCII (see spaceMask8).
func digitMask8(x uint64) uint64 {
	y := x | bytewords.Highs
	return (y - '0'*bytewords.Ones) &^ (y - ('9'+1)*bytewords.Ones) & bytewords.Highs
}

// byteIs8 sets the high bit of each ASCII byte of x that is c, and no
// other bit.
func byteIs8(x uint64, c byte) uint64 {
	z := x ^ uint64(c)*bytewords.Ones
	return ^((z | bytewords.Highs) - bytewords.Ones) & ^z & bytewords.Highs
}

// shapeClass is what headingShape counts of an ASCII byte: a digit, white
// space.
var shapeClass = func() (t [utf8.RuneSelf]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = shapeDigit
	}
	for _, c := range " \t\n\r\v\f" {
		t[c] = shapeSpace
	}
	return t
}()

const (
	shapeDigit = 1 << iota
	shapeSpace
)

func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, isSpace)
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}

// labelColon is a cheap test for "Label: value": where the first colon
// stands when it is within the first 40 bytes, after the first; else -1.
// Only those bytes are searched.
func labelColon(s string) int {
	if i := strings.IndexByte(s[:min(len(s), 41)], ':'); i > 0 {
		return i
	}
	return -1
}

// bulletRunes mark list items.
const bulletRunes = "•·▪◦○●■□➢►✓*-–—"

// StartsWithBullet reports whether a line is a list item: a bullet
// character followed by white space.
//
// It is inlined, and most lines, which start with an ASCII byte that is
// no bullet, are answered without a call.
func StartsWithBullet(s string) bool {
	return s != "" && mayBullet[s[0]] && startsWithBullet(s)
}

// mayBullet holds the bytes a bullet starts with: '*', '-' and those that
// are no ASCII.
var mayBullet = func() (t [256]bool) {
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = true
	}
	t['*'], t['-'] = true, true
	return t
}()

// startsWithBullet is StartsWithBullet of a line that starts with '*',
// '-' or a byte that is no ASCII.
func startsWithBullet(s string) bool {
	size := 1
	if c := s[0]; c != '*' && c != '-' {
		var r rune
		r, size = utf8.DecodeRuneInString(s)
		if !isBulletRune(r) {
			return false
		}
	}
	// The white space after it: ' ', '\t' or NBSP (0xC2 0xA0), read as
	// bytes.
	next := s[size:]
	return next != "" && (next[0] == ' ' || next[0] == '\t' || next[0] == 0xc2 && len(next) > 1 && next[1] == 0xa0)
}

// isBulletRune reports whether r is one of bulletRunes that is no ASCII:
// a switch, not a search of the string at every line that starts with
// "Ä" or a quotation mark.
func isBulletRune(r rune) bool {
	switch r {
	case '•', '·', '▪', '◦', '○', '●', '■', '□', '➢', '►', '✓', '–', '—':
		return true
	}
	return false
}
