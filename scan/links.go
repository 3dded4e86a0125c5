package scan

import (
	"bytes"
	"io"
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// Link is a link found on a page.
type Link struct {
	URL string // absolute, without fragment
	// Text is the link's visible text; Label its title or aria-label.
	Text, Label string
	// Footer says the link stands in the page's footer (a <footer>, or an
	// element whose id or class names a footer).
	Footer bool
	// Rel says the link is marked rel="privacy-policy".
	Rel bool
}

// Page is what discovery reads from an HTML page: its links and its
// visible text.
type Page struct {
	Links []Link
	Text  string // visible text, lower-case, words separated by single spaces
	// Refresh is the http(s) URL a <meta http-equiv="refresh"> sends the
	// reader to, or "".
	Refresh string
}

// maxLinks bounds the links kept from one page, and maxText its text.
const (
	maxLinks = 5000
	maxText  = 1 << 20
)

// ReadPage parses an HTML page fetched from base, decoding it by the
// charset its Content-Type (contentType) or <meta> names, else as UTF-8 or
// windows-1252. Links that are not http(s), or lead back to the page
// itself, are left out.
func ReadPage(body []byte, contentType string, base *url.URL) Page {
	var r io.Reader = bytes.NewReader(body)
	if dr, err := charset.NewReader(r, contentType); err == nil {
		r = dr
	}
	root, err := html.Parse(r)
	if err != nil {
		return Page{}
	}
	w := pageWalker{base: base}
	w.walk(root, false)
	return Page{Links: w.links, Text: strings.Join(strings.Fields(strings.ToLower(w.text.String())), " "), Refresh: w.refresh}
}

type pageWalker struct {
	base    *url.URL
	links   []Link
	text    strings.Builder
	refresh string
}

func (w *pageWalker) walk(n *html.Node, footer bool) {
	switch n.Type {
	case html.TextNode:
		if w.text.Len() < maxText {
			w.text.WriteString(n.Data)
			w.text.WriteByte(' ')
		}
		return
	case html.ElementNode:
		switch n.Data {
		case "script", "style", "noscript", "template", "svg":
			return
		case "base":
			if href := attr(n, "href"); href != "" {
				if u, err := w.base.Parse(href); err == nil {
					w.base = u
				}
			}
		case "meta":
			if w.refresh == "" && strings.EqualFold(strings.TrimSpace(attr(n, "http-equiv")), "refresh") {
				w.refresh = w.refreshURL(attr(n, "content"))
			}
			return
		case "link":
			if hasToken(attr(n, "rel"), "privacy-policy") {
				w.add(attr(n, "href"), Link{Rel: true, Footer: footer})
			}
			return
		case "footer":
			footer = true
		case "a", "area":
			text := strings.Join(strings.Fields(textOf(n)), " ")
			label := strings.TrimSpace(attr(n, "aria-label") + " " + attr(n, "title"))
			w.add(attr(n, "href"), Link{Text: text, Label: label, Footer: footer, Rel: hasToken(attr(n, "rel"), "privacy-policy")})
		}
		if !footer {
			id := strings.ToLower(attr(n, "id") + " " + attr(n, "class") + " " + attr(n, "role"))
			footer = strings.Contains(id, "footer") || strings.Contains(id, "contentinfo")
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, footer)
	}
}

// refreshURL is the absolute http(s) URL of a refresh's content
// ("0; url=/fi/", "5;URL='https://...'"), or "" when it names none.
func (w *pageWalker) refreshURL(content string) string {
	_, rest, ok := strings.Cut(content, ";")
	if !ok {
		_, rest, ok = strings.Cut(content, ",")
	}
	if !ok {
		return ""
	}
	rest = strings.TrimSpace(rest)
	if len(rest) >= 3 && strings.EqualFold(rest[:3], "url") {
		rest = strings.TrimSpace(rest[3:])
		if !strings.HasPrefix(rest, "=") {
			return ""
		}
		rest = strings.TrimSpace(rest[1:])
	}
	rest = strings.Trim(rest, `"' `)
	if rest == "" {
		return ""
	}
	u, err := w.base.Parse(rest)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	u.Fragment, u.RawFragment = "", ""
	if sameURL(u, w.base) {
		return ""
	}
	return u.String()
}

// add keeps a link with an http(s) target other than the page itself.
func (w *pageWalker) add(href string, l Link) {
	href = strings.TrimSpace(href)
	if href == "" || strings.HasPrefix(href, "#") || len(w.links) >= maxLinks {
		return
	}
	u, err := w.base.Parse(href)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return
	}
	u.Fragment, u.RawFragment = "", ""
	if sameURL(u, w.base) {
		return
	}
	l.URL = u.String()
	w.links = append(w.links, l)
}

func sameURL(a, b *url.URL) bool {
	pa, pb := a.EscapedPath(), b.EscapedPath()
	if pa == "" {
		pa = "/"
	}
	if pb == "" {
		pb = "/"
	}
	return strings.EqualFold(a.Host, b.Host) && pa == pb && a.RawQuery == b.RawQuery
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(strings.ToLower(list)) {
		if f == tok {
			return true
		}
	}
	return false
}

// textOf is the visible text under n, with an image's alt text.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if b.Len() > 1000 {
			return
		}
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style"):
			return
		case n.Type == html.ElementNode && n.Data == "img":
			b.WriteString(" " + attr(n, "alt") + " ")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
