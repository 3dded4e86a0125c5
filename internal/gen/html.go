package gen

import (
	"html"
	"strings"
)

// HTML renders a notice as a web page; chrome, when not "", is markup put
// around it as a site would (see Chrome).
func HTML(blocks []Block, chrome string) []byte {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"fi\">\n<head>\n<meta charset=\"utf-8\">\n<title>Tietosuojaseloste | Esimerkki Verkkokauppa</title>\n</head>\n<body>\n")
	b.WriteString(chrome)
	b.WriteString("<main>\n")
	for _, bl := range blocks {
		switch bl.Kind {
		case Title:
			b.WriteString("<h1>" + html.EscapeString(bl.Text) + "</h1>\n")
		case Heading:
			b.WriteString("<h2>" + html.EscapeString(bl.Text) + "</h2>\n")
		case Paragraph:
			b.WriteString("<p>" + html.EscapeString(bl.Text) + "</p>\n")
		case Lines:
			escaped := make([]string, len(bl.Lines))
			for i, l := range bl.Lines {
				escaped[i] = html.EscapeString(l)
			}
			b.WriteString("<p>" + strings.Join(escaped, "<br>\n") + "</p>\n")
		case Table:
			b.WriteString(htmlTable(bl))
		case RunIn:
			b.WriteString("<p>" + html.EscapeString(bl.Text) + "<br><br>" + html.EscapeString(strings.Join(bl.Lines, " ")) + "</p>\n")
		case Banner:
			b.WriteString("<div class=\"site-name\"><h1>" + html.EscapeString(bl.Text) + "</h1></div>\n")
		case List:
			b.WriteString("<ul>\n")
			for _, item := range bl.Lines {
				b.WriteString("  <li>" + html.EscapeString(item) + "</li>\n")
			}
			b.WriteString("</ul>\n")
		}
	}
	b.WriteString("</main>\n")
	if chrome != "" {
		b.WriteString("<footer><p>© Esimerkki Verkkokauppa Oy · Esimerkkikatu 1, 00100 Helsinki · <a href=\"/tietosuoja\">Tietosuojaseloste</a></p></footer>\n")
	}
	b.WriteString("</body>\n</html>\n")
	return []byte(b.String())
}

// Chrome is the markup of a site around its notice: a header with the
// shop's menu, then a cookie banner of the given consent platform
// ("onetrust", "cookiebot", "usercentrics" or "generic"). Its text is
// written to trip the rules (a heading word, "Tietosuojaseloste" before the
// notice's own title, a placeholder) if it were read as the notice.
func Chrome(platform string) string {
	header := `<header class="site-header">
  <a class="skip-link" href="#main">Siirry sisältöön</a>
  <a href="/" class="logo">Esimerkki Verkkokauppa</a>
  <nav aria-label="Päävalikko"><ul>
    <li><a href="/">Etusivu</a></li><li><a href="/tuotteet">Tuotteet</a></li>
    <li><a href="/tietosuoja">Tietosuojaseloste</a></li><li><a href="/ostoskori">0 Ostoskori</a></li>
  </ul></nav>
</header>
`
	banner := `<p>Käytämme evästeitä. Lue lisää tietosuojaselosteesta. (Muuta?)</p>
    <h2>Evästeasetukset</h2>
    <button>Hyväksy kaikki</button> <button>Vain välttämättömät</button>`
	switch platform {
	case "onetrust":
		return header + `<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Evästebanneri">
    ` + banner + `
  </div></div>
`
	case "cookiebot":
		return header + `<div id="CybotCookiebotDialog" name="CybotCookiebotDialog" role="dialog" aria-modal="true">
    ` + banner + `
</div>
`
	case "usercentrics":
		return header + `<div id="usercentrics-root" data-created-at="1700000000000"><aside id="usercentrics-cmp-ui">
    ` + banner + `
  </aside></div>
`
	case "generic":
		return header + `<div class="cookie-consent-banner" role="dialog" aria-label="Evästeilmoitus">
    ` + banner + `
</div>
`
	}
	return header
}

// htmlTable writes a table, its header row (if any) in th cells.
func htmlTable(bl Block) string {
	var b strings.Builder
	b.WriteString("<table>\n")
	for r, row := range bl.Rows {
		cell := "td"
		if r == 0 && bl.Header {
			cell = "th"
		}
		b.WriteString("  <tr>")
		for _, c := range row {
			b.WriteString("<" + cell + ">" + html.EscapeString(c) + "</" + cell + ">")
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</table>\n")
	return b.String()
}
