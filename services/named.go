package services

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Naming says how a notice names a service: by one of its names or
// domains, or by a word of its category; Word is the word as the table has
// it, ByCategory true for a category word.
type Naming struct {
	Word       string
	ByCategory bool
}

// Named tells whether a notice's text names the service, and how. text is
// the notice's text in lower case. A name counts at the start of a word,
// whole or with a Finnish or Swedish case ending ("Google Analyticsin",
// "Metan", "Googles"; not "metatiedot" for Meta); a category word
// ("analytiik") counts at the start of a word, as the start of it.
func (t *Table) Named(text string, s *Service) (Naming, bool) {
	for _, n := range append([]string{s.Name}, s.Names...) {
		if n = strings.ToLower(strings.TrimSpace(n)); n != "" && hasName(text, n) {
			return Naming{Word: n}, true
		}
	}
	for _, d := range s.Domains {
		if host, _, _ := strings.Cut(d, "/"); hasName(text, host) {
			return Naming{Word: host}, true
		}
	}
	info := t.categories[s.Category]
	for _, lang := range []string{"fi", "sv", "en"} {
		for _, w := range info.Words[lang] {
			if hasWordStart(text, strings.ToLower(w)) {
				return Naming{Word: w, ByCategory: true}, true
			}
		}
	}
	return Naming{}, false
}

// hasName reports whether name stands in text at the start of a word and
// ends a word, or goes on only by a case ending.
func hasName(text, name string) bool {
	for i := 0; ; {
		at := strings.Index(text[i:], name)
		if at < 0 {
			return false
		}
		at += i
		end := at + len(name)
		if wordStart(text, at) && endsWord(text[end:]) {
			return true
		}
		_, size := utf8.DecodeRuneInString(text[at:])
		i = at + size
	}
}

// hasWordStart reports whether text holds stem at the start of a word.
func hasWordStart(text, stem string) bool {
	for i := 0; ; {
		at := strings.Index(text[i:], stem)
		if at < 0 {
			return false
		}
		at += i
		if wordStart(text, at) {
			return true
		}
		_, size := utf8.DecodeRuneInString(text[at:])
		i = at + size
	}
}

func wordStart(text string, at int) bool {
	if at == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:at])
	return !isWordRune(r)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// endings are the case endings a name may take and still be the name:
// Finnish cases, with the i a consonant-final foreign name takes
// (Facebookissa), and the Swedish genitive s.
var endings = func() map[string]bool {
	m := map[string]bool{}
	for _, e := range []string{
		"n", "a", "ä", "ta", "tä", "na", "nä", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä",
		"lle", "ksi", "in", "hin", "han", "hen", "en", "s", "ia", "iä", "ineen", "tta", "ttä",
	} {
		m[e], m["i"+e] = true, true
	}
	return m
}()

// endsWord reports whether rest, the text after a name, starts with no
// more of a word, or only with a case ending.
func endsWord(rest string) bool {
	n := 0
	for n < len(rest) {
		r, size := utf8.DecodeRuneInString(rest[n:])
		if !isWordRune(r) {
			break
		}
		n += size
	}
	return n == 0 || endings[rest[:n]]
}
