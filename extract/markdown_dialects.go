package extract

import (
	"strings"
)

// Markdown as static site generators write it carries markup of their own
// that is neither a section nor visible text: front matter (YAML between
// "---" lines, TOML between "+++" lines), block components of Nuxt Content
// (MDC: "::name" ... "::", a "---" props block right after the opening)
// and Docusaurus admonitions (":::note" ... ":::"), which blankDialects
// turns into spaces before goldmark parses the text, keeping every line
// break so that offsets stay the source's (fenced code is left as it is);
// and kramdown attribute lists ({:target="_blank"}, {: .class}), which
// withoutIAL cuts out of the text goldmark gives.

// kramdownIAL matches a kramdown inline or block attribute list or
// extension, or a heading's id: "{:target="_blank"}", "{: .lead}",
// "{::comment}", "{#rekisterinpitaja}". It is compiled when first used:
// most processes read no Markdown.
var kramdownIAL = lazyRegexp(`\{(?::|#[\w-])[^{}\n]*\}`)

// blankDialects returns src with the generators' block markup blanked
// out, and the title its front matter gives, if any.
func blankDialects(src string) (string, string) {
	var b []byte // the copy, made on the first change
	blank := func(from, to int) {
		if b == nil {
			b = []byte(src)
		}
		for i := from; i < to; i++ {
			if b[i] != '\n' && b[i] != '\r' {
				b[i] = ' '
			}
		}
	}
	title := ""
	off := 0
	if end, t := frontMatter(src); end > 0 {
		blank(0, end)
		title, off = t, end
	}
	fence := ""    // the open code fence, "```" or "~~~"
	props := false // inside a component's "---" props block
	opened := false
	for off < len(src) {
		end := strings.IndexByte(src[off:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += off + 1
		}
		line := strings.TrimRight(src[off:end], "\r\n")
		trimmed := strings.TrimSpace(line)
		switch {
		case fence != "":
			if strings.HasPrefix(trimmed, fence) {
				fence = ""
			}
		case strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~"):
			fence = trimmed[:3]
		case props:
			blank(off, end)
			props = trimmed != "---"
		case opened && trimmed == "---":
			blank(off, end) // the component's props
			props = true
		case isComponentFence(trimmed):
			blank(off, end)
			opened = len(strings.TrimLeft(trimmed, ":")) > 0
			off = end
			continue
		}
		opened = false
		off = end
	}
	if b == nil {
		return src, title
	}
	return string(b), title
}

// isComponentFence reports whether a line opens or closes a block
// component: "::name", "::name{prop=x}", ":::note Title", "::" or ":::".
func isComponentFence(s string) bool {
	if !strings.HasPrefix(s, "::") {
		return false
	}
	rest := strings.TrimLeft(s, ":")
	if rest == "" {
		return true
	}
	c := rest[0]
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// frontMatter returns where a front matter block at the top of src ends
// (after its closing line; 0 when there is none) and the title it gives.
// The fences may carry trailing white space, as editors leave them.
func frontMatter(src string) (int, string) {
	first, _, ok := strings.Cut(src, "\n")
	fence := strings.TrimRight(first, " \t\r")
	if !ok || fence != "---" && fence != "+++" {
		return 0, ""
	}
	title := ""
	end := len(first) + 1
	for line := range strings.Lines(src[end:]) {
		end += len(line)
		t := strings.TrimRight(line, " \t\r\n")
		if t == fence || fence == "---" && t == "..." {
			return end, title
		}
		if title == "" {
			title = frontMatterTitle(t)
		}
	}
	return 0, "" // never closed: not front matter
}

// frontMatterTitle reads "title: X" (YAML) or "title = "X"" (TOML).
func frontMatterTitle(line string) string {
	key, value, ok := strings.Cut(line, ":")
	if !ok || strings.Contains(key, "=") {
		key, value, ok = strings.Cut(line, "=")
	}
	if !ok || strings.TrimSpace(key) != "title" {
		return ""
	}
	return strings.Trim(strings.TrimSpace(value), `"'`)
}

// withoutIAL returns t without the kramdown attribute lists in it.
func withoutIAL(t Text) Text {
	if strings.IndexByte(t.S, '{') < 0 {
		return t
	}
	ms := kramdownIAL().FindAllStringIndex(t.S, -1)
	if len(ms) == 0 {
		return t
	}
	var b TextBuilder
	at := 0
	for _, m := range ms {
		if m[0] > at {
			b.Append(t.Slice(at, m[0]))
		}
		at = m[1]
	}
	if at < len(t.S) {
		b.Append(t.Slice(at, len(t.S)))
	}
	if b.Len() == 0 {
		return NewText("", t.PositionAt(0))
	}
	return b.Text()
}
