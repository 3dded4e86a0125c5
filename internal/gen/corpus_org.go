package gen

import (
	"fmt"
	"strconv"
	"strings"
)

// Organisation, register, defects, style

const (
	tradeGeneric = iota
	tradeShop
	tradeHealth
	tradeAssoc
)

type trade struct {
	fi, sv, en string
	kind       int
}

var trades = []trade{
	{"Rakennus", "Bygg", "Construction", tradeGeneric},
	{"Kone", "Maskin", "Engineering", tradeGeneric},
	{"Puutarha", "Trädgård", "Garden", tradeShop},
	{"Tilitoimisto", "Bokföring", "Accounting", tradeGeneric},
	{"Hammasklinikka", "Tandklinik", "Dental Clinic", tradeHealth},
	{"Fysioterapia", "Fysioterapi", "Physiotherapy", tradeHealth},
	{"Kampaamo", "Frisersalong", "Hair Studio", tradeHealth},
	{"Sähkö", "El", "Electric", tradeGeneric},
	{"Kuljetus", "Transport", "Logistics", tradeGeneric},
	{"Ohjelmisto", "Programvara", "Software", tradeGeneric},
	{"Kiinteistö", "Fastighet", "Property", tradeGeneric},
	{"Kukka", "Blomster", "Flowers", tradeShop},
	{"Leipomo", "Bageri", "Bakery", tradeShop},
	{"Urheilu", "Sport", "Sports", tradeShop},
	{"Matkailu", "Resor", "Travel", tradeGeneric},
	{"Sisustus", "Inredning", "Interiors", tradeShop},
	{"Autohuolto", "Bilservice", "Car Service", tradeGeneric},
	{"Lakitoimisto", "Advokatbyrå", "Law Office", tradeGeneric},
	{"Siivous", "Städ", "Cleaning", tradeGeneric},
	{"Eläinklinikka", "Djurklinik", "Veterinary Clinic", tradeHealth},
	{"Urheiluseura", "Idrottsförening", "Sports Club", tradeAssoc},
	{"Kyläyhdistys", "Byaförening", "Village Association", tradeAssoc},
	{"Vaate", "Kläd", "Clothing", tradeShop},
	{"Kirjakauppa", "Bokhandel", "Books", tradeShop},
}

var zeroPhones = []string{
	"040 000 0000", "050 000 0000", "044 000 0000", "045 000 0000",
	"09 000 0000", "010 000 0000", "+358 00 000 0000", "+358 40 000 0000",
	"+358 50 000 0000", "+358 (0)40 000 0000", "040-000 0000", "0400 000 000",
}

func (g *generator) newOrg() {
	L := g.L
	t := trades[g.r.IntN(len(trades))]
	o := &org{tradeKind: t.kind}
	var base string
	switch L.code {
	case LangFinnish:
		suffix := g.pick([]string{"Oy", "Oy", "Oy", "Oy Ab", "Ky", "Oyj", "Tmi"})
		if t.kind == tradeAssoc {
			suffix = "ry"
		}
		switch g.r.IntN(3) {
		case 0:
			base = g.pick(L.prefixes) + strings.ToLower(t.fi)
		case 1:
			base = t.fi + " " + g.pick(L.prefixes)
		default:
			base = g.pick(L.places) + "n " + t.fi
		}
		if suffix == "Tmi" {
			o.name = "Tmi " + base
			o.genitive = o.name + ":n"
		} else {
			o.name = base + " " + suffix
			o.genitive = o.name + ":n"
		}
	case LangSwedish:
		suffix := g.pick([]string{"Ab", "Ab", "Ab", "Oy Ab", "Kb", "Abp"})
		if t.kind == tradeAssoc {
			suffix = "rf"
		}
		switch g.r.IntN(3) {
		case 0:
			base = g.pick(L.prefixes) + strings.ToLower(t.sv)
		case 1:
			base = t.sv + " " + g.pick(L.prefixes)
		default:
			place := g.pick(L.places)
			if !strings.HasSuffix(place, "s") {
				place += "s"
			}
			base = place + " " + t.sv
		}
		o.name = base + " " + suffix
		o.genitive = o.name + ":s"
	default:
		suffix := g.pick([]string{"Ltd", "Oy", "Oy", "Ltd", "Group Oy", "Finland Oy"})
		if t.kind == tradeAssoc {
			suffix = "ry"
		}
		base = g.pick(L.prefixes) + " " + t.en
		o.name = base + " " + suffix
		o.genitive = o.name + "'s"
	}
	o.slug = ascii(base)
	if g.r.IntN(4) == 0 {
		o.slug = strings.ReplaceAll(o.slug, "-", "")
	}
	o.domain = o.slug + ".example"
	o.street = fmt.Sprintf("%s %d", g.pick(L.streets), 1+g.r.IntN(60))
	if g.chance(0.3) {
		o.street += " " + g.pick([]string{"A", "B", "C", "A 3", "B 12"})
	}
	o.postcode = fmt.Sprintf("%02d%d%d0", g.r.IntN(100), g.r.IntN(10), g.r.IntN(10))
	o.city = g.pick(L.cities)
	o.bid = fmt.Sprintf("0000%03d-%d", g.r.IntN(1000), g.r.IntN(10))
	o.phone = g.pick(zeroPhones)
	o.email = g.pick(L.mailLocal) + "@" + o.domain
	o.privacy = g.pick(L.privacyLocal) + "@" + o.domain
	o.contact = g.newPerson(o.domain)
	o.dpo = g.newPerson(o.domain)
	for range 2 + g.r.IntN(4) {
		p := g.newPerson(o.domain)
		p.title = g.pick(L.web.titles)
		o.staff = append(o.staff, p)
	}
	g.org = o
}

func (g *generator) newPerson(domain string) person {
	first := g.pick(g.L.firstNames)
	last := g.pick(g.L.lastNames)
	return person{
		name:  first + " " + last,
		email: ascii(first) + "." + ascii(last) + "@" + domain,
		phone: g.pick(zeroPhones),
	}
}

type regKind int

const (
	regCustomer regKind = iota
	regMarketing
	regShop
	regRecruit
	regMembers
	regPatient
	regStakeholder
	regNewsletter
	numRegs
)

type regText struct {
	name    string   // lower-case nominative
	form2   string   // fi genitive, sv definite form, en same as name
	purpose []string // leading purpose paragraphs
	items   []string // register-specific data items
}

func (g *generator) pickRegister() {
	var k regKind
	switch g.org.tradeKind {
	case tradeHealth:
		k = []regKind{regPatient, regPatient, regCustomer, regMarketing}[g.r.IntN(4)]
	case tradeShop:
		k = []regKind{regShop, regShop, regCustomer, regMarketing, regRecruit}[g.r.IntN(5)]
	case tradeAssoc:
		k = []regKind{regMembers, regMembers, regMembers, regStakeholder}[g.r.IntN(4)]
	default:
		k = []regKind{regCustomer, regCustomer, regMarketing, regRecruit, regStakeholder}[g.r.IntN(5)]
	}
	g.kind = k
	g.reg = &g.L.regs[k]
}

func (g *generator) pickDefects(layout Layout) {
	d := &g.def
	d.repealedLaw = g.chance(0.3)
	if g.chance(0.18) {
		d.phOther = g.chance(0.6)
		d.phEmail = g.chance(0.5)
		d.phDate = g.chance(0.4)
		if !d.phOther && !d.phEmail && !d.phDate {
			d.phOther = true
		}
	}
	d.emptyField = g.chance(0.12)
	if layout == LayoutTable {
		d.emptyField = g.chance(0.35)
	}
	d.duplicateHeading = g.chance(0.08)
	if !d.phDate {
		switch x := g.r.IntN(100); {
		case x < 35:
			d.oldDate = true
		case x < 85:
			d.recentDate = true
		}
	}
	d.missingComplaint = g.chance(0.25)
	d.literalHTML = g.chance(0.07)
	if layout == LayoutTable {
		d.literalHTML = g.chance(0.4)
	}
	d.crlf = g.chance(0.2)
	d.bom = g.chance(0.1)
}

func (g *generator) pickStyle(layout Layout) {
	st := &g.st
	st.dupAt = -1
	if g.chance(0.45) || layout == LayoutNumbered && g.chance(0.4) {
		st.sep = "\u00a0"
	}
	st.sepMixed = st.sep != "" && g.chance(0.3)
	st.blockGap = g.chance(0.7)
	st.headGap = g.chance(0.35)
	glyphs := []string{"• ", "- ", "– ", "•\t", "· ", "* "}
	w := g.r.IntN(100)
	switch {
	case w < 40:
		st.bullets = []string{"• "}
	case w < 60:
		st.bullets = []string{"- "}
	case w < 75:
		st.bullets = []string{"– "}
	case w < 85:
		st.bullets = []string{g.pick(glyphs)}
	default:
		st.bullets = g.pickN(glyphs[:3], 2)
	}
	st.fieldStyle = g.r.IntN(2)
	if layout == LayoutPlain || g.chance(0.15) {
		st.fieldStyle = 2
	}
	st.numFmt = g.pick([]string{"%d. %s", "%d. %s", "%d. %s", "%d %s", "%d.\t%s"})
	st.upper = g.chance(0.15)
	if (layout == LayoutNumbered || layout == LayoutPlain) && g.chance(0.15) {
		st.wrap = 64 + g.r.IntN(30)
	}
	if g.def.literalHTML {
		st.htmlP = 0.15 + 0.5*g.r.Float64()
	}
	st.tableNum = g.chance(0.7)
	st.tableRowGap = g.chance(0.25)
	st.tableHTMLUL = g.def.literalHTML && g.chance(0.7)
	st.dupMode = g.r.IntN(2)
	st.innerNumbers = g.chance(0.5)
	st.questionHead = g.chance(0.35)
}

func (g *generator) setVars() {
	o := g.org
	years := 2 + g.r.IntN(5)
	months := []int{6, 12, 12, 24, 36}[g.r.IntN(5)]
	g.vars = map[string]string{
		"co":        o.name,
		"coN":       o.genitive,
		"email":     o.privacy,
		"mail":      o.email,
		"web":       "www." + o.domain,
		"phone":     o.phone,
		"city":      o.city,
		"register":  g.reg.name,
		"Register":  upperFirst(g.reg.name),
		"REGISTER":  strings.ToUpper(g.reg.name),
		"register2": g.reg.form2,
		"years":     strconv.Itoa(years),
		"months":    strconv.Itoa(months),
		"year":      strconv.Itoa(2019 + g.r.IntN(7)),
	}
}

// date returns the value for the notice date according to the defects.
func (g *generator) date() string {
	switch {
	case g.def.phDate:
		return g.pick([]string{"XX.XX.20XX", "XX.XX.20XX", "xx.xx.20xx", "XX.XX.2018"})
	case g.def.oldDate:
		return g.fmtDate(1+g.r.IntN(28), 1+g.r.IntN(12), 2013+g.r.IntN(6))
	case g.def.recentDate:
		return g.fmtDate(1+g.r.IntN(28), 1+g.r.IntN(12), 2024+g.r.IntN(2))
	}
	if g.chance(0.5) {
		return g.fmtDate(25, 5, 2018)
	}
	return g.fmtDate(1+g.r.IntN(28), 1+g.r.IntN(12), 2019+g.r.IntN(3))
}

func (g *generator) fmtDate(d, m, y int) string {
	if g.L.code == LangEnglish {
		switch g.r.IntN(3) {
		case 0:
			return fmt.Sprintf("%d %s %d", d, englishMonths[m-1], y)
		case 1:
			return fmt.Sprintf("%s %d, %d", englishMonths[m-1], d, y)
		}
	}
	if g.chance(0.15) {
		return fmt.Sprintf("%02d.%02d.%d", d, m, y)
	}
	return fmt.Sprintf("%d.%d.%d", d, m, y)
}

var englishMonths = []string{"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}
