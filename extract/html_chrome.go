package extract

import (
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
)

// pageChromeSelectors match the parts of a web page around a notice that are
// not the notice: its navigation, a blog post's author box and the
// cookie-consent banners of the common consent platforms. This is data: a
// platform is supported by adding its selectors here (and a test page to
// html_test.go). Headers and footers are told apart in code
// (pageHeaderOrFooter), as CSS cannot say "not inside an article".
var pageChromeSelectors = []struct{ what, css string }{
	{"navigation", `nav, [role=navigation], [role=banner], [role=contentinfo], [role=search]`},
	{"author box", `[class*=author-box i], [class*=author-bio i], [class*=post-author i], [class*=post__bio i], [class*=about-author i], [rel=author], ` +
		`[class~=author i], [class*=byline i], [itemprop=author]`},
	{"skip link", `a.skip-link, a.skip-to-content, a[href="#main"], a[href="#content"], a[href="#maincontent"]`},
	{"OneTrust", `#onetrust-consent-sdk, #onetrust-banner-sdk, #onetrust-pc-sdk, .optanon-alert-box-wrapper`},
	{"Cookiebot", `#CybotCookiebotDialog, #CybotCookiebotDialogBodyUnderlay, #CookiebotWidget`},
	{"Usercentrics", `#usercentrics-root, #usercentrics-cmp-ui, #uc-banner-modal`},
	{"Cookie Information", `#coiOverlay, #coi-banner-wrapper`},
	{"CookieYes", `.cky-consent-container, .cky-modal, .cky-preference-center, #cookie-law-info-bar`},
	{"Complianz", `#cmplz-cookiebanner-container, .cmplz-cookiebanner`},
	{"Osano, cookieconsent", `.cc-window, .cc-banner, #cc-main`},
	{"Borlabs", `#BorlabsCookieBox`},
	{"iubenda", `#iubenda-cs-banner`},
	{"generic cookie banner", `[id*=cookie-banner i], [class*=cookie-banner i], [id*=cookiebanner i], [class*=cookiebanner i], ` +
		`[id*=cookie-consent i], [class*=cookie-consent i], [id*=cookieconsent i], [class*=cookieconsent i], ` +
		`[id*=cookie-bar i], [class*=cookie-bar i], [id*=consent-banner i], [class*=consent-banner i], ` +
		`[role=dialog][aria-label*=cookie i], [role=dialog][aria-label*=eväste i], [role=dialog][aria-label*=kaka i], [role=dialog][aria-label*=kakor i]`},
}

// pageChrome's selectors and contentRoot's, compiled once.
var (
	// One selector for them all: the page is walked once.
	pageChromeMatcher = func() cascadia.Selector {
		all := make([]string, len(pageChromeSelectors))
		for i, s := range pageChromeSelectors {
			all[i] = s.css
		}
		return cascadia.MustCompile(strings.Join(all, ", "))
	}()
	headerFooter = cascadia.MustCompile("header, footer")
	mainContent  = cascadia.MustCompile("main, [role=main]")
	article      = cascadia.MustCompile("article")
)

// chromeNeverCovers are elements a chrome selector never removes: a site
// that puts "cookie-consent-given" on <body> still has its notice.
var chromeNeverCovers = map[string]bool{"html": true, "body": true, "main": true, "article": true}

// pageChrome returns the elements to leave out of a page: the matches of
// pageChromeSelectors and the page's own header and footer, but never an
// element holding the notice's main content or its top heading, nor one
// holding most of the page's text (a wrapper whose class happens to say
// "cookie-consent-given").
func (p *htmlPage) pageChrome() map[*html.Node]bool {
	skip := map[*html.Node]bool{}
	total := p.textSize(p.root)
	isChrome := func(n *html.Node) bool {
		return !holdsMainContent(n) && 2*p.textSize(n) <= total
	}
	doc := goquery.NewDocumentFromNode(p.root)
	for _, n := range doc.FindMatcher(pageChromeMatcher).Nodes {
		if !chromeNeverCovers[n.Data] && isChrome(n) {
			skip[n] = true
		}
	}
	for _, n := range doc.FindMatcher(headerFooter).Nodes {
		if pageHeaderOrFooter(n) && isChrome(n) {
			skip[n] = true
		}
	}
	return skip
}

// textSize returns the bytes of source text under n.
func (p *htmlPage) textSize(n *html.Node) int {
	if n.Type == html.TextNode {
		r := p.ranges[n]
		return r.to - r.from
	}
	size := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode || c.Type == html.ElementNode && !skippedElements[c.Data] {
			size += p.textSize(c)
		}
	}
	return size
}

// pageHeaderOrFooter reports whether a <header> or <footer> belongs to the
// page rather than to an article or section of it.
func pageHeaderOrFooter(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		switch p.Data {
		case "article", "main", "section", "aside", "dialog", "details", "td":
			return false
		}
	}
	return true
}

// holdsMainContent reports whether n contains the page's main content or
// top heading.
func holdsMainContent(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.Data {
		case "main", "article", "h1":
			return true
		}
		if attr(c, "role") == "main" || holdsMainContent(c) {
			return true
		}
	}
	return false
}

// contentRoot is where the notice is on a page: the only <article> of its
// <main> (or role="main"), else its <main>, else its only <article>, else
// the whole page.
func contentRoot(root *html.Node) *html.Node {
	sel := goquery.NewDocumentFromNode(root).Selection
	if m := sel.FindMatcher(mainContent); m.Length() > 0 {
		sel = m.First()
		root = sel.Nodes[0]
	}
	if a := sel.FindMatcher(article); a.Length() == 1 {
		return a.Nodes[0]
	}
	return root
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
