package extract

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	xunicode "golang.org/x/text/encoding/unicode"
)

// FromHTML extracts a notice from a web page. The text is what a reader
// of the page sees of the notice: scripts, styles, navigation, the page's
// header and footer and cookie banners are left out (pageChromeSelectors),
// collapsed and hidden content (details, accordions) is kept, and the
// page's <main> or only <article> is preferred when it has one. Positions
// are the .html file's lines and columns.
func FromHTML(path string, raw []byte, opts Options) (*Document, error) {
	src, enc, err := decodeHTML(raw, opts.Charset)
	if err != nil {
		return nil, err
	}
	opts.stop.now()
	s := newSource(src)
	page, err := parseHTML(s, 0, len(src), opts.stop)
	if err != nil {
		return nil, err
	}
	opts.stop.now()
	skip := page.pageChrome()
	opts.stop.now()
	w := newHTMLLines(page, skip)
	w.walk(contentRoot(page.root))
	w.lineBreak()
	doc := &Document{Path: path, Format: FormatHTML, Encoding: enc, Quality: 1}
	if err := finishMarkup(doc, s, w.out, page, opts); err != nil {
		return nil, err
	}
	for i, l := range doc.lines {
		opts.stop.check()
		doc.lines[i] = blankTags(l)
	}
	return doc, nil
}

// blankTags turns the tags of a source line into spaces, so that a quoted
// line of a web page (often the whole page on one line) shows its text
// and not "</p><p>"; tags are ASCII, so every column stays where it was.
// A "<" not followed by a letter, "/", "!" or "?" is text, as in HTML.
func blankTags(line string) string {
	start := strings.IndexByte(line, '<')
	if start < 0 {
		return line
	}
	b := []byte(line)
	for i := start; i < len(b); i++ {
		if b[i] != '<' || i+1 >= len(b) || !isTagStart(b[i+1]) {
			continue
		}
		for i < len(b) && b[i] != '>' {
			b[i] = ' '
			i++
		}
		if i < len(b) {
			b[i] = ' '
		}
	}
	return string(b)
}

func isTagStart(c byte) bool {
	return c == '/' || c == '!' || c == '?' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// finishMarkup completes a document read from markup (HTML, Markdown):
// sections, suppression comments, and a page with pictures but no text.
func finishMarkup(doc *Document, s *source, lines []Line, page *htmlPage, opts Options) error {
	hasText := false
	for _, l := range lines {
		if strings.TrimFunc(l.Text.S, isSpace) != "" || strings.TrimFunc(l.Value.S, isSpace) != "" {
			hasText = true
			break
		}
	}
	if !hasText {
		if page.images == 0 {
			return ErrEmpty
		}
		doc.lowerQuality(0, fmt.Sprintf("no text, only %d %s: the notice may be a picture of text", page.images, plural(page.images, "image", "images")))
	}
	doc.lines = s.lines()
	markBlockLines(lines)
	doc.Sections = sectionize(lines, opts)
	doc.Suppressions = suppressions(s, page.comments)
	finish(doc, opts)
	return nil
}

// markBlockLines marks the lines of markup that cannot be unnumbered
// headings (LinePart): a line below another in its block ("Matti
// Esimerkki" in "Rekisterinpitäjän edustajana toimii<br>Matti Esimerkki"),
// and, in a page that marks its headings (three or more), any line it does
// not mark, except one that names the kind of document (a title written
// as a paragraph). Extractors put a blank line between blocks.
func markBlockLines(lines []Line) {
	marked := 0
	for i := range lines {
		if lines[i].Kind == LineHeading {
			marked++
		}
	}
	text := func(i int) bool {
		return i >= 0 && i < len(lines) && (lines[i].Kind == LineText || lines[i].Kind == LinePart || lines[i].Kind == LineBody) &&
			strings.TrimFunc(lines[i].Text.S, isSpace) != ""
	}
	for i := range lines {
		if lines[i].Kind != LineText {
			continue
		}
		if text(i-1) || marked >= 3 && !isTitleText(strings.TrimFunc(lines[i].Text.S, isSpace)) {
			lines[i].Kind = LinePart
		}
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// decodeHTML decodes a page as a browser would: a byte order mark, else the
// charset the transport declared, else the charset its <meta> declares,
// else UTF-8 when the bytes are UTF-8, else windows-1252.
func decodeHTML(raw []byte, declared string) (text, enc string, err error) {
	if len(bytes.TrimSpace(raw)) == 0 {
		return "", "", ErrEmpty
	}
	var e encoding.Encoding
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		raw, enc = raw[3:], EncUTF8
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		e, enc = xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM), EncUTF16
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		e, enc = xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM), EncUTF16
	default:
		if err := CheckBinary(raw); err != nil {
			return "", "", err
		}
		if e, enc = declaredCharset(declared); e != nil {
			break
		}
		switch name := metaCharset(raw); {
		case name != "":
			if e, enc = charset.Lookup(name); e == nil {
				return "", "", fmt.Errorf("the page declares an unknown charset %q", name)
			}
		case utf8.Valid(raw):
			enc = EncUTF8
		default:
			e, enc = charset.Lookup(EncWindows1252)
		}
	}
	if enc == EncUTF8 {
		if utf8.Valid(raw) {
			// The caller hands the bytes over: share them.
			return unsafe.String(unsafe.SliceData(raw), len(raw)), enc, nil
		}
		// Declared UTF-8 but not: a browser shows U+FFFD, and so do we;
		// checkDecoding judges how much is lost.
		return strings.ToValidUTF8(string(raw), "\uFFFD"), enc, nil
	}
	out, err := e.NewDecoder().Bytes(raw)
	if err != nil {
		return "", "", fmt.Errorf("cannot decode the page as %s: %w", enc, err)
	}
	return string(out), enc, nil
}

// metaCharset returns the charset a page declares in its first 1024 bytes,
// <meta charset="..."> or <meta http-equiv="Content-Type" content="...;
// charset=...">, or "".
func metaCharset(raw []byte) string {
	z := html.NewTokenizer(bytes.NewReader(raw[:min(len(raw), 1024)]))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			if tok.Data != "meta" {
				continue
			}
			var content string
			httpEquiv := false
			for _, a := range tok.Attr {
				switch a.Key {
				case "charset":
					return strings.TrimSpace(a.Val)
				case "content":
					content = a.Val
				case "http-equiv":
					httpEquiv = strings.EqualFold(a.Val, "content-type")
				}
			}
			if httpEquiv {
				if _, after, ok := strings.Cut(strings.ToLower(content), "charset="); ok {
					return strings.Trim(strings.TrimSpace(strings.SplitN(after, ";", 2)[0]), `"'`)
				}
			}
		}
	}
}
