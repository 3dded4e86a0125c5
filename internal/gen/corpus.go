package gen

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Notice is one generated privacy notice.
//
// Name is a flat, unique file name of the form
// "<lang>-<layout>-<index>-<slug>.txt", for example
// "fi-numbered-0001-esimerkkirakennus.txt".
type Notice struct {
	Name    string
	Content []byte
	// Defects are the defects planted in the notice: repealed-law,
	// placeholder-other, placeholder-email, placeholder-date, empty-field,
	// duplicate-heading, old-date (2013-2018), recent-date (2024-2025),
	// missing-complaint, literal-html, crlf, bom.
	Defects []string
}

// Languages of the generated notices, as used in notice names.
const (
	LangFinnish = "fi"
	LangSwedish = "sv"
	LangEnglish = "en"
)

// Layout is the textual layout of a generated notice.
type Layout int

// The five layouts.
const (
	// LayoutNumbered has numbered headings ("1. Rekisterinpitäjä"),
	// paragraphs, bullet lists and separator lines holding only U+00A0.
	LayoutNumbered Layout = iota + 1
	// LayoutTable is the 2018 template table: "Heading<TAB>Body" rows whose
	// body continues on following lines that start with a TAB.
	LayoutTable
	// LayoutPlain has unnumbered short heading lines and "Label:" lines with
	// the value on the next line.
	LayoutPlain
	// LayoutWebPage is a notice copied from a web page, with shop header,
	// navigation, cookie banner and unrelated content after the notice.
	LayoutWebPage
	// LayoutTwoNotices is a notice followed by a second (newsletter) notice.
	LayoutTwoNotices
)

var layoutNames = [...]string{"", "numbered", "table", "plain", "webpage", "twonotices"}

// Layouts lists all layouts.
var Layouts = []Layout{LayoutNumbered, LayoutTable, LayoutPlain, LayoutWebPage, LayoutTwoNotices}

// String returns the name used for the layout in notice names.
func (l Layout) String() string {
	if l < LayoutNumbered || l > LayoutTwoNotices {
		return "Layout(" + strconv.Itoa(int(l)) + ")"
	}
	return layoutNames[l]
}

// Lang returns the language code ("fi", "sv" or "en") encoded in the name of
// a generated notice, or "" if the name does not carry one.
func (n Notice) Lang() string {
	lang, _, ok := strings.Cut(n.Name, "-")
	if !ok {
		return ""
	}
	switch lang {
	case LangFinnish, LangSwedish, LangEnglish:
		return lang
	}
	return ""
}

// Layout returns the layout encoded in the name of a generated notice, or 0.
func (n Notice) Layout() Layout {
	parts := strings.SplitN(n.Name, "-", 3)
	if len(parts) < 3 {
		return 0
	}
	for _, l := range Layouts {
		if parts[1] == l.String() {
			return l
		}
	}
	return 0
}

// Size bounds, in bytes, of one notice. The triangular distribution
// (min, mode, max) has mean (min+mode+max)/3 = 6000 bytes, so 2000 notices
// come to about 12 MB.
const (
	minSize  = 2000
	modeSize = 4000
	maxSize  = 12000
)

// Generate returns n privacy notices generated deterministically from seed.
func Generate(n int, seed int64) []Notice {
	if n <= 0 {
		return nil
	}
	width := max(4, len(strconv.Itoa(n)))
	out := make([]Notice, n)
	for i := range n {
		g := generateOne(seed, i)
		out[i] = Notice{
			Name:    fmt.Sprintf("%s-%s-%0*d-%s.txt", g.lang, g.layout, width, i+1, g.slug),
			Content: g.content,
			Defects: g.defects,
		}
	}
	return out
}

// WriteDir writes notices into dir, creating dir and one subdirectory per
// language (fi/, sv/, en/). Notices whose name carries no language go into
// dir itself. Names must be plain file names.
func WriteDir(dir string, notices []Notice) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	made := map[string]bool{}
	for _, n := range notices {
		if n.Name == "" || strings.ContainsAny(n.Name, `/\`) || !filepath.IsLocal(n.Name) {
			return fmt.Errorf("corpus: invalid notice name %q", n.Name)
		}
		sub := dir
		if lang := n.Lang(); lang != "" {
			sub = filepath.Join(dir, lang)
			if !made[lang] {
				if err := os.MkdirAll(sub, 0o755); err != nil {
					return err
				}
				made[lang] = true
			}
		}
		if err := os.WriteFile(filepath.Join(sub, n.Name), n.Content, 0o644); err != nil {
			return err
		}
	}
	return nil
}
