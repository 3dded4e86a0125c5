package rules

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/noticelint/noticelint/extract"
)

// Location is where a finding stands in the source: 1-based lines and
// columns (columns in Unicode code points), End exclusive; Page is set for
// paged formats.
type Location struct {
	Line, Column       int
	EndLine, EndColumn int
	Page               int
	Offset, EndOffset  int // byte offsets in the decoded source
}

// Finding is one problem in one notice.
type Finding struct {
	Rule     string
	Severity Severity
	Path     string
	Location Location
	Section  string // the heading of the section it is in, numbering included
	Evidence string // the text that fired, or the heading a missing statement belongs under
	Message  string
	// Suggestion is wording to write in place of Evidence, in the notice's
	// language; empty when the rule has none.
	Suggestion string
	// Replacement, when set, is wording that may replace the evidence as it
	// stands (Location): SARIF offers it as a fix.
	Replacement string
	Snippet     string // the source line at Location.Line
	// Fingerprint identifies the finding across edits elsewhere in the file:
	// a hash of rule, path, section and evidence (no line number) and the
	// occurrence of that hash in the file, "0123456789abcdef:1".
	Fingerprint string
	// Suppressed, when set, says why the finding does not count: it is
	// still reported (SARIF suppressions, JSON), but not shown in the text
	// report, counted in the summary's severities or failing the run.
	Suppressed *Suppression
}

// Suppression kinds, as SARIF names them.
const (
	SuppressedInSource = "inSource" // a noticelint-disable comment in the notice
	SuppressedExternal = "external" // a baseline or configuration
)

// Suppression is why a finding is suppressed.
type Suppression struct {
	Kind          string
	Justification string
}

// setFingerprints numbers findings that hash alike in document order.
func setFingerprints(fs []Finding) {
	var seen map[[8]byte]int
	if len(fs) > 1 {
		seen = make(map[[8]byte]int, len(fs))
	}
	var buf [512]byte
	var section string // the last finding's section
	var normal []byte  // its hash input up to the section, normalised
	for i := range fs {
		f := &fs[i]
		if i == 0 || f.Section != section || f.Rule != fs[i-1].Rule || f.Path != fs[i-1].Path {
			// Findings in document order: most stand in the section of
			// the one before.
			section = f.Section
			normal = append(append(append(append(buf[:0], f.Rule...), 0), f.Path...), 0)
			normal = appendNormalized(normal, len(normal), f.Section)
		}
		in := normal // the evidence is written after it, in buf's room
		in = append(in, 0)
		if f.Evidence == f.Section {
			// A missing statement's evidence is its section's heading.
			in = append(in, normal[len(f.Rule)+len(f.Path)+2:]...)
		} else {
			in = appendNormalized(in, len(in), f.Evidence)
		}
		sum := hashSum(append(in, 0))
		n := 1
		if seen != nil {
			seen[sum]++
			n = seen[sum]
		}
		var out [16 + 1 + 20]byte
		hex.Encode(out[:16], sum[:])
		out[16] = ':'
		f.Fingerprint = string(strconv.AppendInt(out[:17], int64(n), 10))
	}
}

// hash is the fingerprint's hash of the finding as if it were in path.
func (f *Finding) hash(path string) string {
	return f.hashOf(path, normalizeSpace(f.Section), normalizeSpace(f.Evidence))
}

// hashOf is hash with the finding's section and evidence normalised
// (normalizeSpace).
func (f *Finding) hashOf(path, section, evidence string) string {
	// The parts, each ended by a zero byte, hashed at once: a buffer on the
	// stack for most findings, where a streaming hash allocated its state,
	// each part's bytes and the sum.
	var buf [512]byte
	in := buf[:0]
	for _, part := range [...]string{f.Rule, path, section, evidence} {
		in = append(append(in, part...), 0)
	}
	sum := hashSum(in)
	var out [16]byte
	hex.Encode(out[:], sum[:])
	return string(out[:])
}

// hashSum is the first eight bytes of in's SHA-256, a fingerprint's hash.
func hashSum(in []byte) [8]byte {
	sum := sha256.Sum256(in)
	return [8]byte(sum[:8])
}

// FingerprintFor is the finding's fingerprint as if its file were named
// path: a baseline keys findings by a path relative to the repository's
// root, whatever path the run was given. The occurrence number stays, as
// the findings of one file hash alike or not whatever its name.
func (f Finding) FingerprintFor(path string) string {
	_, n, _ := strings.Cut(f.Fingerprint, ":")
	return f.hash(path) + ":" + n
}

// normalizeSpace lower-cases s and collapses its white space to single
// spaces, without allocating when s is already so.
func normalizeSpace(s string) string {
	if normalized(s) {
		return s
	}
	if !spacedOnce(s) {
		s = strings.Join(strings.Fields(s), " ")
	}
	if lowerCased(s) {
		return s
	}
	return strings.ToLower(s)
}

// normalized reports whether normalizeSpace(s) is s (spacedOnce and
// lowerCased), in one pass: headings come from the matching copy, lower
// case and spaced once already.
func normalized(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z':
			case c == ' ':
				if i == 0 || i == len(s)-1 || s[i-1] == ' ' {
					return false
				}
			case 'A' <= c && c <= 'Z' || asciiSpace[c]:
				return false
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !ownLower(r, size) || unicode.IsSpace(r) {
			return false
		}
		i += size - 1
	}
	return true
}

// appendNormalized appends normalizeSpace(s) to dst[:from], rune by rune
// as strings.Fields, strings.Join and strings.ToLower would write it
// (FuzzNormalized), without a string of its own.
func appendNormalized(dst []byte, from int, s string) []byte {
	dst = dst[:from]
	space := false // white space since the last word
	for i := 0; i < len(s); {
		if j := plainRun(s, i); j > i {
			// A run of plain bytes, most of a text, written at once.
			if space && len(dst) > from {
				dst = append(dst, ' ')
			}
			space = false
			dst, i = append(dst, s[i:j]...), j
			if i == len(s) {
				break
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if asciiSpace[c] {
				space = true
				continue
			}
			if space && len(dst) > from {
				dst = append(dst, ' ')
			}
			space = false
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && len(dst) > from {
			dst = append(dst, ' ')
		}
		space = false
		if !latin1Lower(r) {
			r = unicode.ToLower(r)
		}
		dst = utf8.AppendRune(dst, r) // a byte that is not UTF-8 as U+FFFD, as strings.ToLower writes it
	}
	return dst
}

// plainByte are the bytes normalizeSpace writes as they are: ASCII, not
// white space and not upper case.
var plainByte = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = !asciiSpace[c] && (c < 'A' || c > 'Z')
	}
	return t
}()

// plainRun returns where the run of plain bytes (plainByte) that starts
// at s[i] ends.
func plainRun(s string, i int) int {
	for i < len(s) && plainByte[s[i]] {
		i++
	}
	return i
}

// asciiSpace are the ASCII bytes unicode.IsSpace is true for.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// lowerCased reports whether strings.ToLower(s) is s, without its call a
// character: every character its own lower case and every byte UTF-8
// (ToLower writes U+FFFD for a byte that is not). Headings and evidence
// come from the matching copy, lower-cased already, and are mostly
// Finnish: ToLower looked up each ä and ö in the case tables.
func lowerCased(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !ownLower(r, size) {
			return false
		}
		i += size
	}
	return true
}

// ownLower reports whether the character r, size bytes of UTF-8, is
// its own lower case as strings.ToLower writes it: not a byte that is not
// UTF-8 (written U+FFFD), and ß to ÿ (and ÷) without a look at the case
// tables.
func ownLower(r rune, size int) bool {
	switch {
	case r == utf8.RuneError && size == 1:
		return false
	case latin1Lower(r):
		return true
	}
	return unicode.ToLower(r) == r
}

// latin1Lower reports whether r stands from ß to ÿ (ä and ö among them),
// where every character is its own lower case: no table look-up needed.
func latin1Lower(r rune) bool { return 0xDF <= r && r <= 0xFF }

// spacedOnce reports whether s has no white space but single ASCII spaces
// between words.
func spacedOnce(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			if i == 0 || i == len(s)-1 || s[i-1] == ' ' {
				return false
			}
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += size - 1
		case c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			return false
		}
	}
	return true
}

// applySuppressions marks the findings a noticelint-disable comment covers.
func applySuppressions(fs []Finding, sups []extract.Suppression) {
	for i := range fs {
		f := &fs[i]
		for _, s := range sups {
			if (s.Rule == "" || s.Rule == f.Rule) && s.FromLine <= f.Location.Line && f.Location.Line <= s.ToLine {
				f.Suppressed = &Suppression{
					Kind:          SuppressedInSource,
					Justification: fmt.Sprintf("noticelint-disable comment on line %d", s.CommentLine),
				}
				break
			}
		}
	}
}

// firstSpan is where findings about the whole document stand: its first
// text.
func (c *check) firstSpan() extract.Span {
	for i := range c.doc.Sections {
		s := &c.doc.Sections[i]
		if s.Heading.Len() > 0 {
			return s.HeadingSpan()
		}
		if s.Body.Len() > 0 {
			first := s.Body.S
			if nl := strings.IndexByte(first, '\n'); nl >= 0 {
				first = first[:nl]
			}
			return s.Body.SpanOf(0, len(first))
		}
	}
	p := extract.Position{Line: 1, Column: 1}
	return extract.Span{Start: p, End: p}
}

// report adds a finding of the current rule; an empty message means the
// rule's own.
func (c *check) report(sec *extract.Section, span extract.Span, evidence string, sev Severity, message string) {
	r := c.rule
	if message == "" {
		message = r.Message.In(c.opts.MessageLang)
	}
	evidence = strings.TrimSpace(evidence)
	suggest, forms, replace := r.wording()
	message = strings.ReplaceAll(message, "{evidence}", evidence)
	f := Finding{
		Rule:     r.ID,
		Severity: sev,
		Path:     c.doc.Path,
		Location: Location{
			Line: span.Start.Line, Column: span.Start.Column,
			EndLine: span.End.Line, EndColumn: span.End.Column,
			Page:   span.Start.Page,
			Offset: span.Start.Offset, EndOffset: span.End.Offset,
		},
		Evidence: evidence,
		Message:  message,
		Snippet:  c.doc.SourceLine(span.Start.Line),
	}
	var fix bool
	f.Suggestion, fix = suggestionFor(suggest, forms, c.doc.Lang, evidence, replace && evidence != "" && sev > Note)
	if fix {
		f.Replacement = f.Suggestion
	}
	if f.Location.Line < 1 {
		f.Location.Line, f.Location.Column = 1, 1
	}
	if f.Location.EndLine < f.Location.Line {
		f.Location.EndLine, f.Location.EndColumn = f.Location.Line, f.Location.Column
	}
	if sec != nil {
		f.Section = c.doc.OwnerOf(sec).DisplayHeading() // a "Label:" field's heading, not the label
	}
	c.out = append(c.out, f)
}

// suggestionFor returns suggestion(suggest, forms, lang, evidence) and,
// when asked to, fixable(forms, evidence), matching each form once.
func suggestionFor(suggest map[string]string, forms []FormSuggestion, lang, evidence string, askFix bool) (wording string, fix bool) {
	in := func(m map[string]string) string {
		if s, ok := m[lang]; ok {
			return s
		}
		return m["fi"]
	}
	if len(forms) == 0 {
		return in(suggest), askFix
	}
	lower := strings.ToLower(evidence)
	fixKnown := !askFix
	for _, f := range forms {
		if wording != "" && fixKnown {
			break
		}
		if !f.re.MatchString(lower) {
			continue
		}
		if !fixKnown {
			fix, fixKnown = !f.NoFix, true
		}
		if wording == "" {
			wording = in(f.Suggest)
		}
	}
	if wording == "" {
		wording = in(suggest)
	}
	return wording, fix || !fixKnown && askFix
}
