package gen

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Rendering

type out struct {
	lines []string
}

func (o *out) add(lines ...string) { o.lines = append(o.lines, lines...) }

func (o *out) String() string { return strings.Join(o.lines, "\n") + "\n" }

func (g *generator) sep() string {
	if g.st.sepMixed && g.chance(0.5) {
		return ""
	}
	return g.st.sep
}

func (g *generator) bullet() string {
	return g.st.bullets[g.r.IntN(len(g.st.bullets))]
}

func (g *generator) headingLine(layout Layout, n int, title string) string {
	if g.st.upper {
		title = strings.ToUpper(title)
	}
	switch layout {
	case LayoutNumbered:
		return fmt.Sprintf(g.st.numFmt, n, title)
	case LayoutTable:
		if g.st.tableNum {
			return fmt.Sprintf("%d. %s", n, title)
		}
	}
	return title
}

func (g *generator) dateText(d *doc) string {
	if d.dateLabel == "" {
		return ""
	}
	return d.dateLabel + " " + d.dateValue
}

func (g *generator) renderDoc(o *out, d *doc, layout Layout) {
	if layout == LayoutTable {
		g.renderTable(o, d)
		return
	}
	o.add(d.title)
	if layout == LayoutPlain {
		o.add("")
	}
	if d.subtitle != "" {
		o.add(d.subtitle)
	}
	if d.dateTop && d.dateLabel != "" {
		o.add(g.dateText(d))
	}
	o.add(g.sep())
	for _, b := range d.intro {
		g.renderBlock(o, b)
		o.add(g.sep())
	}
	for i, s := range d.secs {
		title := s.title
		if g.st.dupAt == i && g.st.dupMode == 1 && i > 0 {
			title = d.secs[i-1].title
		}
		h := g.headingLine(layout, i+1, title)
		o.add(h)
		if g.st.dupAt == i && g.st.dupMode == 0 {
			o.add(h)
		}
		if g.st.headGap && len(s.blocks) > 0 {
			o.add(g.sep())
		}
		for j, b := range s.blocks {
			g.renderBlock(o, b)
			if j < len(s.blocks)-1 && (g.st.blockGap || layout == LayoutPlain) && b.kind != kSub {
				o.add(g.sep())
			}
		}
		o.add(g.sep())
	}
	if !d.dateTop && d.dateLabel != "" {
		o.add(g.dateText(d))
	}
}

func (g *generator) wrap(s string) []string {
	w := g.st.wrap
	if w <= 0 || utf8.RuneCountInString(s) <= w {
		return []string{s}
	}
	var lines []string
	var cur strings.Builder
	n := 0
	for _, word := range strings.Fields(s) {
		wl := utf8.RuneCountInString(word)
		if n > 0 && n+1+wl > w {
			lines = append(lines, cur.String())
			cur.Reset()
			n = 0
		}
		if n > 0 {
			cur.WriteByte(' ')
			n++
		}
		cur.WriteString(word)
		n += wl
	}
	if n > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

func (g *generator) renderBlock(o *out, b block) {
	switch b.kind {
	case kPara:
		text := b.text
		if g.st.htmlP > 0 && g.chance(g.st.htmlP) {
			switch g.r.IntN(3) {
			case 0:
				text = "<p>" + text + "</p>"
			case 1:
				text = "<p>" + text
			default:
				text += "<br>"
			}
		}
		o.add(g.wrap(text)...)
	case kSub:
		o.add(b.text)
	case kList:
		if b.text != "" {
			o.add(g.wrap(b.text)...)
		}
		if g.st.htmlP > 0 && g.chance(g.st.htmlP/2) {
			o.add(`<ul style="list-style-type: disc;">`)
			for _, it := range b.items {
				o.add("<li>" + it + "</li>")
			}
			o.add("</ul>")
			return
		}
		for _, it := range b.items {
			o.add(g.bullet() + it)
		}
	case kFields:
		style := g.st.fieldStyle
		for _, f := range b.fields {
			switch {
			case f.label == "":
				o.add(f.value)
			case style == 0:
				o.add(f.label + ": " + f.value)
			case style == 1:
				o.add(f.value)
			default:
				o.add(f.label+":", f.value)
			}
		}
	}
}

var ulStyles = []string{
	`<ul style="list-style-type: disc;">`,
	`<ul style="margin-left: 20px;">`,
	`<ul style="padding-left: 15px; list-style-type: square;">`,
	`<ul>`,
}

// tableBody renders blocks as the body lines of one template table row.
func (g *generator) tableBody(blocks []block) []string {
	var lines []string
	for _, b := range blocks {
		switch b.kind {
		case kPara:
			t := b.text
			if g.st.htmlP > 0 && g.chance(g.st.htmlP) {
				t = "<p>" + t + "</p>"
			}
			lines = append(lines, t)
		case kSub:
			lines = append(lines, b.text)
		case kList:
			if b.text != "" {
				lines = append(lines, b.text)
			}
			switch {
			case g.st.tableHTMLUL && g.chance(0.5):
				var sb strings.Builder
				sb.WriteString(g.pick(ulStyles))
				for _, it := range b.items {
					sb.WriteString("<li>" + it + "</li>")
				}
				sb.WriteString("</ul>")
				lines = append(lines, sb.String())
			case g.st.tableHTMLUL:
				lines = append(lines, g.pick(ulStyles))
				for _, it := range b.items {
					lines = append(lines, "<li>"+it+"</li>")
				}
				lines = append(lines, "</ul>")
			default:
				for _, it := range b.items {
					lines = append(lines, g.bullet()+it)
				}
			}
		case kFields:
			for _, f := range b.fields {
				switch {
				case f.label == "" || g.st.fieldStyle == 1:
					lines = append(lines, f.value)
				case g.st.fieldStyle == 2:
					lines = append(lines, f.label, f.value)
				default:
					lines = append(lines, f.label+": "+f.value)
				}
			}
		}
	}
	return lines
}

func (g *generator) renderTable(o *out, d *doc) {
	o.add(d.title)
	if d.subtitle != "" {
		o.add(d.subtitle)
	}
	if d.dateLabel != "" {
		o.add(strings.TrimSuffix(d.dateLabel, ":") + "\t" + d.dateValue)
	}
	o.add("")
	for _, b := range d.intro {
		o.add(b.text)
	}
	for i, s := range d.secs {
		title := s.title
		if g.st.dupAt == i && g.st.dupMode == 1 && i > 0 {
			title = d.secs[i-1].title
		}
		h := g.headingLine(LayoutTable, i+1, title)
		if g.st.dupAt == i && g.st.dupMode == 0 {
			o.add(h + "\t")
		}
		body := g.tableBody(s.blocks)
		if len(body) == 0 {
			o.add(h + "\t")
		} else {
			o.add(h + "\t" + body[0])
			for _, l := range body[1:] {
				o.add("\t" + l)
			}
		}
		if g.st.tableRowGap {
			o.add("")
		}
	}
}

// webChrome returns the page header (shop header, navigation, cookie banner)
// and the unrelated content after the notice (staff cards, footer).
func (g *generator) webChrome() (head, foot string) {
	w := &g.L.web
	var h []string
	if g.chance(0.6) {
		h = append(h, g.pick(w.skip))
	}
	if g.chance(0.5) {
		h = append(h, g.pick(w.langs))
	}
	h = append(h, g.org.name)
	h = append(h, g.pickN(w.account, 1+g.r.IntN(2))...)
	h = append(h, g.pick(w.cart))
	nav := g.pickN(w.nav, 4+g.r.IntN(5))
	if g.chance(0.5) {
		h = append(h, strings.Join(nav, " "))
	} else {
		h = append(h, nav...)
	}
	cookie := w.cookie[g.r.IntN(len(w.cookie))]
	cookieTop := g.chance(0.6)
	if cookieTop {
		h = append(h, "")
		h = append(h, cookie...)
		h = append(h, "")
	}
	if g.chance(0.6) {
		h = append(h, g.pick(w.crumbs))
	}
	h = append(h, "")

	var f []string
	if g.chance(0.3) {
		f = append(f, g.pick(w.share))
		f = append(f, "")
	}
	f = append(f, g.pick(w.staffHead))
	for _, p := range g.org.staff {
		f = append(f, "", p.name, p.title, p.phone, p.email)
	}
	f = append(f, "")
	if g.chance(0.6) {
		f = append(f, w.hours[g.r.IntN(len(w.hours))]...)
		f = append(f, "")
	}
	if g.chance(0.5) {
		f = append(f, w.newsletter...)
		f = append(f, "")
	}
	f = append(f, g.org.name, g.org.street, g.org.postcode+" "+g.org.city, g.org.phone, g.org.email, "")
	if g.chance(0.5) {
		f = append(f, w.follow)
		f = append(f, g.pickN([]string{"Facebook", "Instagram", "LinkedIn", "YouTube", "TikTok"}, 2+g.r.IntN(3))...)
	}
	f = append(f, fmt.Sprintf("© %d %s. %s", 2019+g.r.IntN(7), g.org.name, w.rights))
	f = append(f, g.pick(w.footerLinks))
	if !cookieTop || g.chance(0.2) {
		f = append(f, "")
		f = append(f, cookie...)
	}
	return strings.Join(h, "\n"), strings.Join(f, "\n")
}
