package extract

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/noticelint/noticelint/internal/gen"
	"github.com/noticelint/noticelint/internal/vocab"
)

// lowerCases are lines for the lower-casing tests: ASCII with and without
// capitals, Finnish and Swedish letters, characters whose lower case is
// longer or shorter in UTF-8, invalid bytes, and lines too long to lower
// into the buffer.
var lowerCases = []string{
	"", "tietosuojaseloste", "Tietosuojaseloste", "REKISTERIN NIMI", "Henkilötietojen Säilytysaika",
	"ÅÄÖ åäö ÆØ", "A×B÷ÀÞßÿ ÄÖ aä", "Henkilötietojen SÄILYTYSAIKA ÄÖÅ × ÷ À Þ ß ÿ \u00b5 \u0100", "Esimerkki Oy", "Exempel AB:n", "Oy Esimerkki", "Example Ltd.", "oy", "x oyj", "\u023a\u023e", "\u1e9e \u2126 \u212a \u212b \u0130", "X\xff\xfeY", "\xc3", "ABC\xe2\x82",
	strings.Repeat("Ä", lowerRoom/6), strings.Repeat("Ä", lowerRoom/6+1), strings.Repeat("\xff", lowerRoom/3),
	strings.Repeat("A", lowerRoom), strings.Repeat("\u023a", lowerRoom/6),
}

func TestLowerIn(t *testing.T) {
	for _, s := range lowerCases {
		checkLower(t, s)
	}
	// Every byte after 0xC3, within a word of ASCII and at the end.
	for c := range 256 {
		pair := string([]byte{0xc3, byte(c)})
		checkLower(t, "Ab"+pair+"CdEfGhIj")
		checkLower(t, "AbCdEfGhIj"+pair)
	}
}

func checkLower(t *testing.T, s string) {
	t.Helper()
	var buf [lowerRoom]byte
	want := strings.ToLower(s)
	if got := lowerIn(&buf, s); got != want {
		t.Errorf("lowerIn(%q) = %q, want %q", s, got, want)
	}
	if got := string(appendLower([]byte("x"), s)); got != "x"+want {
		t.Errorf("appendLower(x, %q) = %q, want %q", s, got, "x"+want)
	}
	if got, plain := isCompanyName(want), isCompanyNamePlain(want); got != plain {
		t.Errorf("isCompanyName(%q) = %v, want %v", want, got, plain)
	}
}

// isCompanyNamePlain is isCompanyName as first written, over letterWords.
func isCompanyNamePlain(lower string) bool {
	for w := range letterWords(lower) {
		if companyForms[w] {
			return true
		}
	}
	return false
}

// numberPartsPlain is numberParts as first written, over strings.Split.
func numberPartsPlain(num string) []int {
	var parts []int
	for _, p := range strings.Split(strings.TrimRight(num, ".)"), ".") {
		n, _ := strconv.Atoi(p)
		parts = append(parts, n)
	}
	return parts
}

var numberCases = []string{"1.", "2.1", "2.1.", "12)", "3.10.2)", "", ".", ")", "1..2", "a.b", "-1.+2", "1.2.", "99999999999999999999.1"}

func checkNumberParts(t *testing.T, num string) {
	t.Helper()
	if got, want := numberParts([]int{7}, num), numberPartsPlain(num); !slices.Equal(got, want) {
		t.Errorf("numberParts(%q) = %v, want %v", num, got, want)
	}
}

func TestNumberParts(t *testing.T) {
	for _, s := range numberCases {
		checkNumberParts(t, s)
	}
}

// startsWithBulletPlain is StartsWithBullet without its ASCII fast path.
func startsWithBulletPlain(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	if !strings.ContainsRune(bulletRunes, r) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(s[size:])
	return next == ' ' || next == '\t' || next == '\u00a0'
}

func checkBullet(t *testing.T, s string) {
	t.Helper()
	if got, want := StartsWithBullet(s), startsWithBulletPlain(s); got != want {
		t.Errorf("StartsWithBullet(%q) = %v, want %v", s, got, want)
	}
}

// checkWordFilters holds the tests that first look at a line's first
// byte or its last word's (firstBytes) to their loops and look-ups over
// the whole lists.
func checkWordFilters(t *testing.T, s string) {
	t.Helper()
	hasPrefix := func(list []string) bool {
		return slices.ContainsFunc(list, func(p string) bool { return strings.HasPrefix(s, p) })
	}
	if got, want := startsLikeSentence(s), hasPrefix(sentenceStarts); got != want {
		t.Errorf("startsLikeSentence(%q) = %v, want %v", s, got, want)
	}
	if got, want := isConsentButton(s), hasPrefix(consentButtons); got != want {
		t.Errorf("isConsentButton(%q) = %v, want %v", s, got, want)
	}
	for _, l := range []*wordList{headingWords, titleWords, notTitleWords, newWordList([]string{"a", "ab", "äb", "b"})} {
		if got, want := l.atWordStart(s), atWordStartPlain(l, s); got != want {
			t.Errorf("atWordStart(%q) = %v, want %v", s, got, want)
		}
	}
	if got, want := isCompanyName(s), isCompanyNamePlain(s); got != want {
		t.Errorf("isCompanyName(%q) = %v, want %v", s, got, want)
	}
	trimmed := strings.TrimRightFunc(s, isSpace)
	i := strings.LastIndexFunc(trimmed, isSpace)
	if got, want := continuesOnNextLine(s), i > 0 && danglingWords[trimmed[i+1:]]; got != want {
		t.Errorf("continuesOnNextLine(%q) = %v, want %v", s, got, want)
	}
	if got, want := lastSpace(s), strings.LastIndexFunc(s, isSpace); got != want {
		t.Errorf("lastSpace(%q) = %d, want %d", s, got, want)
	}
	if got, want := trimRightSpace(s), strings.TrimRightFunc(s, isSpace); got != want {
		t.Errorf("trimRightSpace(%q) = %q, want %q", s, got, want)
	}
	if got, want := isAllCaps(s), isAllCapsPlain(s); got != want {
		t.Errorf("isAllCaps(%q) = %v, want %v", s, got, want)
	}
	if headingLines[s] && !headingLinesFirst.may(s) {
		t.Errorf("headingLinesFirst rules out %q", s)
	}
}

// isAllCapsPlain is isAllCaps decoding every character.
func isAllCapsPlain(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 4
}

// TestLetterAt: every ASCII byte, and characters that are no ASCII.
func TestLetterAt(t *testing.T) {
	for _, s := range []string{"ä", "Ö", "\u00a0", "€", "\xff", "ǅ", "\u2160"} {
		checkWordFilters(t, "ABC"+s+"DEF "+s)
	}
	for c := range 256 {
		s := string([]byte{byte(c), 'x'})
		r, _ := utf8.DecodeRuneInString(s)
		if got, size := letterAt(s, 0); got != unicode.IsLetter(r) || c < utf8.RuneSelf && size != 1 {
			t.Errorf("letterAt(%q) = %v %d", s, got, size)
		}
		checkWordFilters(t, "ABCD"+s+" \t"+s)
		checkWordFilters(t, "ABC"+s[:1])
	}
}

// TestWordFilters: every word of the lists, alone, in a line, and cut.
func TestWordFilters(t *testing.T) {
	var words []string
	for _, list := range [][]string{sentenceStarts, consentButtons, vocab.CompanyForms} {
		words = append(words, list...)
	}
	for w := range danglingWords {
		words = append(words, w)
	}
	for w := range headingLines {
		words = append(words, w)
	}
	for _, w := range append(words, "", " ", "x", "\xff") {
		for _, s := range []string{w, w + " x", "x " + w, "esimerkki " + w + " ", w[:len(w)/2], "x" + w} {
			checkWordFilters(t, s)
		}
	}
	f := firstBytesOf([]string{"ab", ""})
	if !f.may("x") || !f.may("") || firstBytesOf([]string{"ab"}).may("") {
		t.Error("firstBytes: an empty word starts every string, and no other word the empty one")
	}
}

// atWordStartPlain is atWordStart as a loop over the words at each
// character after no letter or digit.
func atWordStartPlain(l *wordList, s string) bool {
	prev := ' '
	for i, r := range s {
		if !unicode.IsLetter(prev) && !unicode.IsDigit(prev) && slices.ContainsFunc(l.words, func(w string) bool {
			return w != "" && strings.HasPrefix(s[i:], w)
		}) {
			return true
		}
		prev = r
	}
	return false
}

// TestAtWordStart holds the word lists' search at word starts to the
// plain loop, over a generated corpus's lines in lower case.
func TestAtWordStart(t *testing.T) {
	for _, n := range gen.Generate(20, 3) {
		for _, l := range SplitLines(strings.ToLower(string(n.Content))) {
			checkWordFilters(t, l.Text.S)
		}
	}
	for _, s := range []string{"", "a", "ab", "xab", "x ab", "x-äb", "1b", "é b", "\xffab", "rekisterinpitäjä", "henkilötietojen säilytysaika"} {
		checkWordFilters(t, s)
	}
}

// checkMoreWords holds moreWords to words, which counts every word.
func checkMoreWords(t *testing.T, s string) {
	t.Helper()
	for n := range 10 {
		if got, want := moreWords(s, n), words(s) > n; got != want {
			t.Fatalf("moreWords(%q, %d) = %v, want %v", s, n, got, want)
		}
	}
}

// TestMoreWordsBytes: each byte, in each place of the eight read at once
// and after them, counts as words counts it.
func TestMoreWordsBytes(t *testing.T) {
	for c := range 256 {
		for at := 0; at < 18; at++ {
			b := []byte("Ab c1 d,e\tf ghijklmnop x y z")
			b[at] = byte(c)
			for _, s := range []string{string(b), string(b[:at+1]) + "ä x", "Ä" + string(b[1:at+2]), " \u00a0" + string(b)} {
				checkMoreWords(t, s)
			}
		}
	}
}

// TestStartsWithBullet: every ASCII byte and bullet, followed by each
// kind of white space or none.
func TestStartsWithBullet(t *testing.T) {
	var firsts []string
	for c := range utf8.RuneSelf {
		firsts = append(firsts, string(rune(c)))
	}
	for _, r := range bulletRunes + "\u00a0é\xff" {
		firsts = append(firsts, string(r))
	}
	for _, first := range append(firsts, "", "\xff") {
		for _, next := range []string{"", " x", "\tx", "\u00a0x", "x", "\xff"} {
			checkBullet(t, first+next)
		}
	}
}

// TestIsBulletRune holds isBulletRune's switch to bulletRunes, over every
// character that is no ASCII.
func TestIsBulletRune(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if got, want := isBulletRune(r), strings.ContainsRune(bulletRunes, r); got != want {
			t.Errorf("isBulletRune(%U) = %v, want %v", r, got, want)
		}
	}
}

// FuzzTextHelpers holds fast helpers that walk a line or a text to their
// plain versions: lowerIn and appendLower to strings.ToLower, isCompanyName
// to its loop over letterWords, numberParts to strings.Split,
// countStopwords to a map look-up of each run of letters,
// StartsWithBullet to its test without the ASCII fast path, CheckBinary
// to its count of control bytes one by one, trimSpace and Text.TrimSpace
// to strings.TrimFunc.
func FuzzTextHelpers(f *testing.F) {
	for _, s := range slices.Concat(lowerCases, numberCases, stopwordTexts, []string{" x ", "x\u00a0", "\u00a0x", "a\x01", "\tb"}) {
		f.Add(s)
	}
	for _, n := range gen.Generate(3, 7) {
		f.Add(strings.ToLower(string(n.Content)))
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkLower(t, s)
		checkNumberParts(t, s)
		checkStopwords(t, s)
		checkBullet(t, s)
		checkCheckBinary(t, []byte(s))
		checkWordFilters(t, s)
		checkMoreWords(t, s)
		if i := strings.IndexByte(s, ':'); labelColon(s) != i && (i > 0 && i <= 40 || labelColon(s) != -1) {
			t.Errorf("labelColon(%q) = %d, the first colon is at %d", s, labelColon(s), i)
		}
		if got, want := trimSpace(s), strings.TrimFunc(s, isSpace); got != want {
			t.Errorf("trimSpace(%q) = %q, want %q", s, got, want)
		}
		text := NewText(s, Position{Line: 1, Column: 1})
		if got, want := text.TrimSpace().S, strings.TrimFunc(s, isSpace); got != want {
			t.Errorf("TrimSpace(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestLowerInAllocates nothing for a line that fits its buffer.
func TestLowerInAllocates(t *testing.T) {
	s := "Henkilötietojen Säilytysaika"
	var buf [lowerRoom]byte
	if n := testing.AllocsPerRun(100, func() { _ = lowerIn(&buf, s) }); n != 0 {
		t.Errorf("lowerIn allocates %v times", n)
	}
	if n := testing.AllocsPerRun(100, func() { _, _ = headingText(s) }); n != 0 {
		t.Errorf("headingText allocates %v times", n)
	}
	if n := testing.AllocsPerRun(100, func() { _ = isTitleText("Asiakasrekisterin Tietosuojaseloste") }); n != 0 {
		t.Errorf("isTitleText allocates %v times", n)
	}
}

// checkBinaryPlain is CheckBinary counting the control bytes one by one.
func checkBinaryPlain(b []byte) error {
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return fmt.Errorf("binary file (NUL byte at offset %d), not a text notice", i)
	}
	head := b[:min(len(b), 8192)]
	controls := 0
	for _, c := range head {
		controls += int(controlByte[c])
	}
	if controls*100 > len(head) {
		return fmt.Errorf("binary file (%d control bytes in the first %d), not a text notice", controls, len(head))
	}
	return nil
}

func checkCheckBinary(t *testing.T, b []byte) {
	t.Helper()
	want := checkBinaryPlain(b)
	v := scanUTF8(b)
	if v.ok != utf8.Valid(b) {
		t.Errorf("scanUTF8(%q).ok = %v", b, v.ok)
	}
	for _, got := range []error{CheckBinary(b), v.binary(b)} {
		if (got == nil) != (want == nil) || got != nil && got.Error() != want.Error() {
			t.Errorf("CheckBinary(%q) = %v, want %v", b, got, want)
		}
	}
}

// TestCheckBinary: every byte, alone and among others, in each place of
// a word of eight, and a file past the 8 KiB looked at.
func TestCheckBinary(t *testing.T) {
	for c := range 256 {
		for at := range 9 {
			b := []byte("abcdefghijklmnop")
			b[at] = byte(c)
			checkCheckBinary(t, b)
			checkCheckBinary(t, b[:at+1])
		}
	}
	checkCheckBinary(t, bytes.Repeat([]byte("\x01\x7f\x80\x1f\t\n\v\f\r\x0e\x08 x\xff"), 1000))
	checkCheckBinary(t, append(bytes.Repeat([]byte("tekstiä "), 1100), bytes.Repeat([]byte{1}, 200)...))
	// In UTF-8, control bytes and characters on either side of the 8 KiB
	// counted, NUL bytes past them.
	for _, tail := range []string{"\x01", "ä\x01", "€\x01", "\x00", "ä\x00x", "\xff"} {
		for pad := range 12 {
			b := bytes.Repeat([]byte("\x01tekstiä  "), 500) // 5,500 bytes
			b = append(b, bytes.Repeat([]byte("x"), 8192-6+pad-len(b))...)
			b = append(b, tail...)
			b = append(b, bytes.Repeat([]byte("\x02x"), 40)...)
			checkCheckBinary(t, b)
			checkCheckBinary(t, b[:8192+pad%3])
		}
	}
}
