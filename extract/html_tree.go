package extract

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxHTMLDepth bounds how deep elements nest, as browsers do (Chromium's
// parser stops at 512): deeper tags are dropped and their text joins the
// deepest element, so a page nested 100,000 deep costs no more than a flat
// one.
const maxHTMLDepth = 512

// htmlPage is a page parsed from x/net/html's tokenizer, which, unlike its
// tree builder, tells where each token stands: every text node remembers
// its source range.
type htmlPage struct {
	stop     *stopper // the extraction's check, for the walks over the page
	src      *source
	root     *html.Node
	ranges   map[*html.Node]srcRange // text nodes' source ranges
	comments []srcRange              // the inside of each <!-- comment -->
	images   int                     // <img>, <picture>, <svg> and <canvas> on the page
	tables   int                     // tables and definition lists read so far, to number their rows' Line.Table
}

type srcRange struct{ from, to int }

// parseHTML builds the element tree of src[from:to]. It applies the HTML
// rules that decide where an element ends when its end tag is missing
// (a new <p> or <li> closes the last, a table cell closes the cell before)
// but not the rest of the HTML5 tree construction: text keeps the place it
// has in the source.
func parseHTML(src *source, from, to int, stop *stopper) (*htmlPage, error) {
	p := &htmlPage{stop: stop, src: src, root: &html.Node{Type: html.DocumentNode}, ranges: map[*html.Node]srcRange{}}
	b := treeBuilder{stack: []*html.Node{p.root}, open: map[string]int{}}
	z := html.NewTokenizer(strings.NewReader(src.src[from:to]))
	off := from
	for {
		stop.check()
		tt := z.Next()
		start := off
		off += len(z.Raw())
		switch tt {
		case html.ErrorToken:
			if errors.Is(z.Err(), io.EOF) {
				return p, nil
			}
			return nil, fmt.Errorf("cannot read the HTML at byte %d: %w", start, z.Err())
		case html.TextToken:
			if b.top().Data == "head" && strings.TrimLeft(src.src[start:off], " \t\r\n\f") != "" {
				b.endHead() // text cannot stand in <head>: the body has begun
			}
			n := &html.Node{Type: html.TextNode, Data: src.src[start:off]}
			b.top().AppendChild(n)
			p.ranges[n] = srcRange{start, off}
		case html.CommentToken:
			raw := src.src[start:off]
			if strings.HasPrefix(raw, "<!--") {
				inner := srcRange{start + 4, off - len(raw) + len(strings.TrimSuffix(strings.TrimSuffix(raw, ">"), "--"))}
				if inner.to >= inner.from {
					p.comments = append(p.comments, inner)
				}
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			switch tok.DataAtom {
			case atom.Img, atom.Picture, atom.Svg, atom.Canvas:
				p.images++
			}
			b.start(tok, tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			name, _ := z.TagName()
			b.end(string(name))
		}
	}
}

// treeBuilder holds the open elements while the tree is built.
type treeBuilder struct {
	stack   []*html.Node   // open elements, the document first
	open    map[string]int // how many of each element are open
	dropped int            // start tags dropped beyond maxHTMLDepth
}

func (b *treeBuilder) top() *html.Node { return b.stack[len(b.stack)-1] }

func (b *treeBuilder) push(n *html.Node) {
	b.stack = append(b.stack, n)
	b.open[n.Data]++
}

// popTo closes the open elements from index i on.
func (b *treeBuilder) popTo(i int) {
	for _, n := range b.stack[i:] {
		b.open[n.Data]--
	}
	b.stack = b.stack[:i]
}

var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "keygen": true, "link": true, "meta": true, "param": true, "source": true,
	"track": true, "wbr": true,
}

// closesP are the start tags that end an open paragraph.
var closesP = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "center": true,
	"details": true, "dialog": true, "dir": true, "div": true, "dl": true, "dd": true, "dt": true,
	"fieldset": true, "figcaption": true, "figure": true, "footer": true, "form": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "header": true,
	"hgroup": true, "hr": true, "li": true, "main": true, "menu": true, "nav": true, "ol": true,
	"p": true, "pre": true, "section": true, "summary": true, "table": true, "ul": true,
}

// scopeEnds are elements an implied end never reaches past: a <p> inside a
// table cell is not closed by a <div> outside it.
var scopeEnds = map[string]bool{
	"table": true, "td": true, "th": true, "caption": true, "template": true, "html": true,
	"button": true, "object": true, "marquee": true, "applet": true,
}

func isHeadingTag(name string) bool {
	return len(name) == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6'
}

// headElements may stand in <head>; any other element ends it, as does
// text, whether or not </head> was written.
var headElements = map[string]bool{
	"base": true, "basefont": true, "bgsound": true, "link": true, "meta": true, "noframes": true,
	"script": true, "style": true, "template": true, "title": true, "noscript": true,
}

// endHead closes an open <head> before content that cannot be in it.
func (b *treeBuilder) endHead() {
	if b.open["head"] > 0 {
		b.closeOpen([]string{"head"}, nil)
	}
}

func (b *treeBuilder) start(tok html.Token, selfClosing bool) {
	name := tok.Data
	if !headElements[name] && name != "head" {
		b.endHead()
	}
	switch name {
	case "li":
		b.closeOpen([]string{"li"}, []string{"ul", "ol"})
	case "dt", "dd":
		b.closeOpen([]string{"dt", "dd"}, []string{"dl"})
	case "tr":
		b.closeOpen([]string{"tr"}, []string{"table", "thead", "tbody", "tfoot"})
	case "td", "th":
		b.closeOpen([]string{"td", "th"}, []string{"tr", "table"})
	case "thead", "tbody", "tfoot":
		b.closeOpen([]string{"thead", "tbody", "tfoot"}, []string{"table"})
	case "option", "optgroup":
		b.closeOpen([]string{"option"}, []string{"select"})
	}
	if closesP[name] {
		b.closeOpen([]string{"p"}, nil)
	}
	if isHeadingTag(name) && isHeadingTag(b.top().Data) {
		b.pop()
	}
	n := &html.Node{Type: html.ElementNode, Data: name, DataAtom: tok.DataAtom, Attr: tok.Attr}
	if voidElements[name] || selfClosing && b.inForeign() {
		b.top().AppendChild(n)
		return
	}
	if len(b.stack) > maxHTMLDepth {
		b.dropped++
		return
	}
	b.top().AppendChild(n)
	b.push(n)
}

// inForeign reports whether the open element is inside SVG or MathML,
// where "<x/>" closes itself.
func (b *treeBuilder) inForeign() bool {
	for i := len(b.stack) - 1; i > 0; i-- {
		if d := b.stack[i].Data; d == "svg" || d == "math" {
			return true
		}
	}
	return false
}

// closeOpen closes the innermost open element named in names, with the
// elements inside it, unless one of stops or a scope end comes first; a
// part of a table closes the table's cells on the way.
func (b *treeBuilder) closeOpen(names, stops []string) {
	if !b.anyOpen(names) {
		return
	}
	for i := len(b.stack) - 1; i > 0; i-- {
		d := b.stack[i].Data
		if contains(names, d) {
			b.popTo(i)
			return
		}
		if contains(stops, d) || scopeEnds[d] && !throughTable(names[0], d) {
			return
		}
	}
}

func (b *treeBuilder) end(name string) {
	switch name {
	case "br":
		b.top().AppendChild(&html.Node{Type: html.ElementNode, Data: "br", DataAtom: atom.Br})
		return
	case "head":
		b.endHead()
		return
	case "html", "body":
		return // what follows is still the page
	}
	if b.open[name] == 0 {
		return
	}
	for i := len(b.stack) - 1; i > 0; i-- {
		d := b.stack[i].Data
		if d == name {
			b.popTo(i)
			return
		}
		if scopeEnds[d] && !throughTable(name, d) {
			return // an end tag without its start inside this cell or table
		}
	}
}

// tableParts end together: </table> closes the open row and cell.
var tableParts = map[string]bool{
	"table": true, "caption": true, "thead": true, "tbody": true, "tfoot": true, "tr": true, "td": true, "th": true,
}

// throughTable reports whether closing name may close the open element d
// on the way: a part of a table closes the parts inside it.
func throughTable(name, d string) bool { return tableParts[name] && tableParts[d] }

func (b *treeBuilder) pop() {
	if len(b.stack) > 1 {
		b.popTo(len(b.stack) - 1)
	}
}

func (b *treeBuilder) anyOpen(names []string) bool {
	for _, n := range names {
		if b.open[n] > 0 {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
