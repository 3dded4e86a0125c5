package gen

import (
	"strings"
)

// Building the document

func (g *generator) heading(id secID) string {
	L := g.L
	h := L.headings[id]
	if g.st.questionHead && len(h) > 1 && g.chance(0.6) {
		// question-style headings are listed last
		if q := h[len(h)-1]; strings.HasSuffix(q, "?") {
			return q
		}
	}
	// formal headings (the first) are the most common
	if g.chance(0.6) {
		return h[0]
	}
	return g.pick(h)
}

func (g *generator) para(t string) block { return block{kind: kPara, text: g.x(t)} }

func (g *generator) paras(ts []string) []block {
	out := make([]block, len(ts))
	for i, t := range g.shuffled(ts) {
		out[i] = block{kind: kPara, text: t}
	}
	return out
}

// newSection makes a section with k base paragraphs from pool and the rest
// as padding material.
func (g *generator) newSection(id secID, pool []string, k int) *section {
	s := &section{id: id, title: g.heading(id)}
	ps := g.paras(pool)
	k = min(k, len(ps))
	s.blocks = append(s.blocks, ps[:k]...)
	s.extra = append(s.extra, ps[k:]...)
	return s
}

func (g *generator) buildDoc(budget int, second bool) *doc {
	L := g.L
	d := &doc{}
	if second {
		g.vars["register"] = L.regs[regNewsletter].name
		g.vars["Register"] = upperFirst(L.regs[regNewsletter].name)
		g.vars["REGISTER"] = strings.ToUpper(L.regs[regNewsletter].name)
		g.vars["register2"] = L.regs[regNewsletter].form2
		d.title = g.x(g.pick(L.nl.titles))
		if g.st.upper || g.chance(0.3) {
			d.title = strings.ToUpper(d.title)
		}
		g.buildSecond(d, budget)
		return d
	}

	d.title = g.x(g.pick(L.titles))
	if g.def.repealedLaw && g.chance(0.5) {
		d.subtitle = g.x(g.pick(L.legacySubs))
		d.legacySub = true
	} else if g.chance(0.6) {
		d.subtitle = g.x(g.pick(L.subtitles))
	}
	if g.def.phDate || g.def.oldDate || g.def.recentDate || g.chance(0.5) {
		d.dateLabel = g.pick(L.datePrefixes)
		d.dateValue = g.date()
		d.dateTop = g.chance(0.6)
	}
	rich := budget > 6500
	// lean notices are the short ones seen in practice: a few one-line
	// sections, optional sections only if the size budget allows
	lean := budget < 4000
	if !lean && g.chance(0.45) {
		ps := g.paras(L.intro)
		d.intro = ps[:1+g.r.IntN(2)]
	}
	add := func(s *section, p float64) {
		if lean {
			p *= 0.5
		}
		switch {
		case g.chance(p):
			d.add(s)
		default:
			d.pending = append(d.pending, s)
		}
	}

	d.add(g.controllerSection(false))
	if g.def.phEmail {
		d.add(g.contactSection()) // the placeholder must show
	} else {
		add(g.contactSection(), 0.85)
	}
	if g.chance(0.4) {
		add(g.dpoSection(), 0.3)
	}
	add(g.registerSection(), 0.85)
	d.add(g.purposeSection(rich))
	add(g.newSection(secLegal, L.paras[secLegal], 1+g.r.IntN(2)), 0.45)
	d.add(g.dataSection(rich, lean))
	add(g.newSection(secSources, L.paras[secSources], 1+g.r.IntN(2)), 0.95)
	d.add(g.disclosureSection())
	add(g.transferSection(), 0.85)
	add(g.securitySection(), 0.9)
	add(g.retentionSection(), 0.85)
	complaint := !g.def.missingComplaint
	complaintInRights := complaint && g.chance(0.3)
	d.add(g.rightsSection(rich, complaintInRights))
	if lean {
		// keep the closing paragraphs for padding only
		rs := d.find(secRights)
		if n := len(rs.blocks); n > 1 && rs.blocks[n-1].kind == kPara && !complaintInRights {
			rs.extra = append([]block{rs.blocks[n-1]}, rs.extra...)
			rs.blocks = rs.blocks[:n-1]
		}
	}
	if complaint && !complaintInRights {
		// the first paragraph states the right itself; the others add to it
		cs := g.newSection(secComplaint, L.paras[secComplaint][1:], g.r.IntN(2))
		cs.blocks = append([]block{g.para(L.paras[secComplaint][0])}, cs.blocks...)
		d.add(cs)
	}
	if g.chance(0.6) {
		add(g.newSection(secAutomated, L.paras[secAutomated], 1), 0.35)
	}
	if g.chance(0.6) || g.kind == regShop {
		add(g.cookieSection(), 0.25)
	}
	add(g.changesSection(), 0.5)

	g.pad(d, budget)
	g.applyDefects(d)
	return d
}

func (g *generator) pad(d *doc, budget int) {
	for d.size() < budget {
		var cands []*section
		for _, s := range d.secs {
			if len(s.extra) > 0 {
				cands = append(cands, s)
			}
		}
		n := len(cands) + len(d.pending)
		if n == 0 {
			return
		}
		k := g.r.IntN(n)
		if k < len(cands) {
			s := cands[k]
			s.blocks = append(s.blocks, s.extra[0])
			s.extra = s.extra[1:]
			continue
		}
		k -= len(cands)
		s := d.pending[k]
		d.pending = append(d.pending[:k], d.pending[k+1:]...)
		d.add(s)
	}
}

func (g *generator) controllerFields(withBID bool) []field {
	L, o := g.L, g.org
	lb := L.labels
	fs := []field{{lb.name, o.name}}
	if g.chance(0.5) {
		fs = append(fs, field{lb.address, o.street + ", " + o.postcode + " " + o.city})
	} else {
		fs = append(fs, field{lb.address, o.street}, field{"", o.postcode + " " + o.city})
	}
	if withBID && g.chance(0.7) {
		fs = append(fs, field{lb.bid, o.bid})
	}
	if g.chance(0.8) {
		fs = append(fs, field{lb.phone, o.phone})
	}
	fs = append(fs, field{lb.email, o.email})
	if g.chance(0.4) {
		fs = append(fs, field{lb.web, "www." + o.domain})
	}
	return fs
}

func (g *generator) controllerSection(short bool) *section {
	s := &section{id: secController, title: g.heading(secController)}
	if short {
		s.blocks = append(s.blocks, g.para(g.pick(g.L.nl.controllerRef)))
		return s
	}
	if g.chance(0.25) {
		s.blocks = append(s.blocks, g.para(g.pick(g.L.controllerParas)))
	}
	s.blocks = append(s.blocks, block{kind: kFields, fields: g.controllerFields(true)})
	return s
}

func (g *generator) contactSection() *section {
	L, o := g.L, g.org
	s := &section{id: secContact, title: g.heading(secContact)}
	email := o.contact.email
	if g.chance(0.4) {
		email = o.privacy
	}
	if g.def.phEmail {
		email = g.pick(L.ph.email)
	}
	fs := []field{{L.labels.name, o.contact.name}}
	if g.chance(0.7) {
		fs = append(fs, field{L.labels.phone, o.contact.phone})
	}
	fs = append(fs, field{L.labels.email, email})
	if g.chance(0.3) {
		fs = append([]field{{L.labels.name, o.contact.name}}, fs[1:]...)
		s.blocks = append(s.blocks, g.para(g.pick(L.paras[secContact])))
	}
	s.blocks = append(s.blocks, block{kind: kFields, fields: fs})
	return s
}

func (g *generator) dpoSection() *section {
	L, o := g.L, g.org
	s := &section{id: secDPO, title: g.heading(secDPO)}
	if g.chance(0.4) {
		s.blocks = append(s.blocks, g.para(g.pick(L.paras[secDPO])))
		return s
	}
	s.blocks = append(s.blocks, block{kind: kFields, fields: []field{
		{L.labels.name, o.dpo.name},
		{L.labels.email, g.pick([]string{o.dpo.email, o.privacy})},
	}})
	return s
}

func (g *generator) registerSection() *section {
	s := &section{id: secRegister, title: g.heading(secRegister)}
	name := upperFirst(g.reg.name)
	if g.chance(0.3) {
		name = upperFirst(g.x(g.pick(g.L.registerAlt)))
	}
	s.blocks = append(s.blocks, block{kind: kPara, text: name})
	if g.chance(0.3) {
		s.extra = append(s.extra, g.para(g.pick(g.L.paras[secRegister])))
	}
	return s
}

func (g *generator) purposeSection(rich bool) *section {
	L := g.L
	s := &section{id: secPurpose, title: g.heading(secPurpose)}
	s.blocks = append(s.blocks, g.para(g.pick(g.reg.purpose)))
	ps := g.paras(L.paras[secPurpose])
	k := g.r.IntN(2)
	if rich {
		k++
	}
	s.blocks = append(s.blocks, ps[:k]...)
	list := block{kind: kList, text: g.x(g.pick(L.purposeListIntro)), items: g.pickN(L.purposeItems, 3+g.r.IntN(5))}
	if g.chance(0.4) {
		s.blocks = append(s.blocks, list)
	} else {
		s.extra = append(s.extra, list)
	}
	s.extra = append(s.extra, ps[k:]...)
	g.r.Shuffle(len(s.extra), func(i, j int) { s.extra[i], s.extra[j] = s.extra[j], s.extra[i] })
	return s
}

func (g *generator) dataSection(rich, lean bool) *section {
	L := g.L
	s := &section{id: secData, title: g.heading(secData)}
	// the register's first item (the name) leads the list, as in real notices
	items := []string{g.reg.items[0]}
	more := append(g.pickN(g.reg.items[1:], 1+g.r.IntN(4)), g.pickN(L.dataItems, 4+g.r.IntN(8))...)
	if lean {
		more = more[:min(len(more), 3+g.r.IntN(3))]
	}
	for _, it := range more {
		if !overlaps(items, it) {
			items = append(items, it)
		}
	}
	g.r.Shuffle(len(items)-1, func(i, j int) { items[i+1], items[j+1] = items[j+1], items[i+1] })
	if g.def.phOther {
		items = append(items, g.pick(L.ph.other))
	}
	if g.chance(0.1) && !rich {
		// a comma-separated sentence instead of a list
		s.blocks = append(s.blocks, block{kind: kPara, text: g.x(g.pick(L.dataIntro)) + " " + strings.Join(items, ", ") + "."})
	} else {
		s.blocks = append(s.blocks, block{kind: kList, text: g.x(g.pick(L.dataIntro)), items: items})
	}
	ps := g.paras(L.paras[secData])
	if rich {
		s.blocks = append(s.blocks, ps[0])
		ps = ps[1:]
	}
	// padding: per-group lists ("Asiakkaat:" followed by items) and paragraphs
	for _, grp := range g.pickN(L.groups, 2+g.r.IntN(3)) {
		var list []string
		for _, it := range g.pickN(L.dataItems, 3+g.r.IntN(6)) {
			if !overlaps(list, it) {
				list = append(list, it)
			}
		}
		s.extra = append(s.extra, block{kind: kList, text: grp + ":", items: list})
	}
	s.extra = append(s.extra, ps...)
	g.r.Shuffle(len(s.extra), func(i, j int) { s.extra[i], s.extra[j] = s.extra[j], s.extra[i] })
	return s
}

// overlaps reports whether item repeats or contains (or is contained in) an
// entry of list, e.g. "Y-tunnus" and "yrityksen nimi ja Y-tunnus".
func overlaps(list []string, item string) bool {
	li := strings.ToLower(item)
	for _, e := range list {
		le := strings.ToLower(e)
		if strings.Contains(le, li) || strings.Contains(li, le) {
			return true
		}
	}
	return false
}

func (g *generator) disclosureSection() *section {
	L := g.L
	s := g.newSection(secDisclosure, L.paras[secDisclosure], 1+g.r.IntN(2))
	list := block{kind: kList, text: g.x(g.pick(L.recipientsIntro)), items: g.pickN(L.recipients, 3+g.r.IntN(4))}
	pos := g.r.IntN(len(s.extra) + 1)
	s.extra = append(s.extra[:pos], append([]block{list}, s.extra[pos:]...)...)
	return s
}

// transferSection either denies transfers outside the EU/EEA (the first
// template) or describes them with safeguards (the others), never both.
func (g *generator) transferSection() *section {
	pool := g.L.paras[secTransfer]
	if g.chance(0.5) {
		s := &section{id: secTransfer, title: g.heading(secTransfer)}
		s.blocks = append(s.blocks, g.para(pool[0]))
		return s
	}
	return g.newSection(secTransfer, pool[1:], 1)
}

func (g *generator) securitySection() *section {
	L := g.L
	s := &section{id: secSecurity, title: g.heading(secSecurity)}
	digital := g.paras(L.secDigital)
	if g.chance(0.5) {
		// the template's A/B structure
		s.blocks = append(s.blocks,
			block{kind: kSub, text: g.pick(L.secManualLabel)},
			g.para(g.pick(L.secManual)),
			block{kind: kSub, text: g.pick(L.secDigitalLabel)},
			digital[0])
	} else {
		s.blocks = append(s.blocks, digital[0])
	}
	s.extra = digital[1:]
	return s
}

func (g *generator) retentionSection() *section {
	s := g.newSection(secRetention, g.L.paras[secRetention], 1+g.r.IntN(2))
	if g.kind == regRecruit {
		s.blocks = append(s.blocks, g.para(g.L.recruitRetention))
	}
	return s
}

func (g *generator) rightsSection(rich, complaint bool) *section {
	L := g.L
	s := &section{id: secRights, title: g.heading(secRights)}
	var rights []right
	for _, r := range L.rights {
		if r.complaint && !complaint {
			continue
		}
		if r.complaint || g.chance(0.85) {
			rights = append(rights, r)
		}
	}
	intro := g.x(g.pick(L.rightsIntro))
	switch {
	case rich && g.chance(0.5):
		// sub-heading + paragraph per right
		s.blocks = append(s.blocks, block{kind: kPara, text: intro})
		for _, r := range rights {
			s.blocks = append(s.blocks, block{kind: kSub, text: r.label}, g.para(r.text))
		}
	case rich || g.chance(0.4):
		items := make([]string, len(rights))
		for i, r := range rights {
			items[i] = r.label + ": " + g.x(r.text)
		}
		s.blocks = append(s.blocks, block{kind: kList, text: intro, items: items})
	default:
		intro = g.x(g.pick(L.rightsShortIntro))
		items := make([]string, len(rights))
		for i, r := range rights {
			items[i] = strings.ToLower(r.label[:1]) + r.label[1:]
			if r.short != "" {
				items[i] = r.short
			}
		}
		s.blocks = append(s.blocks, block{kind: kList, text: intro, items: items})
	}
	ps := g.paras(L.paras[secRights])
	s.blocks = append(s.blocks, ps[0])
	s.extra = ps[1:]
	if complaint {
		s.blocks = append(s.blocks, g.para(L.paras[secComplaint][0]))
	}
	return s
}

func (g *generator) cookieSection() *section {
	L := g.L
	s := g.newSection(secCookies, L.paras[secCookies], 1)
	list := block{kind: kList, text: g.x(g.pick(L.cookieListIntro)), items: g.pickN(L.cookieItems, 3+g.r.IntN(4))}
	s.extra = append([]block{list}, s.extra...)
	return s
}

func (g *generator) changesSection() *section {
	return g.newSection(secChanges, g.L.paras[secChanges], 1)
}

// buildSecond builds the newsletter notice that follows the main notice in
// LayoutTwoNotices.
func (g *generator) buildSecond(d *doc, budget int) {
	L := g.L
	nl := L.nl
	d.secs = nil
	d.add(g.controllerSection(g.chance(0.5)))
	if g.chance(0.5) {
		d.add(g.contactSection())
	}
	reg := &section{id: secRegister, title: g.heading(secRegister)}
	reg.blocks = append(reg.blocks, block{kind: kPara, text: upperFirst(L.regs[regNewsletter].name)})
	d.add(reg)
	np := L.regs[regNewsletter].purpose
	p := g.newSection(secPurpose, np[1:], 0)
	p.blocks = append(p.blocks, g.para(np[0]))
	d.add(p)
	if g.chance(0.6) {
		d.add(g.newSection(secLegal, nl.legal, 1))
	} else {
		p.blocks = append(p.blocks, g.para(g.pick(nl.legal)))
	}
	data := &section{id: secData, title: g.heading(secData)}
	items := g.pickN(L.regs[regNewsletter].items, 2+g.r.IntN(3))
	if g.def.phOther && g.chance(0.5) {
		items = append(items, g.pick(L.ph.other))
	}
	data.blocks = append(data.blocks, block{kind: kList, text: g.x(g.pick(L.dataIntro)), items: items})
	d.add(data)
	d.add(g.newSection(secSources, nl.sources, 1))
	d.add(g.newSection(secDisclosure, nl.disclosure, 1))
	if g.chance(0.5) {
		d.add(g.transferSection())
	}
	d.add(g.newSection(secRetention, nl.retention, 1))
	if g.chance(0.7) {
		rs := &section{id: secRights, title: g.heading(secRights)}
		rs.blocks = append(rs.blocks, g.para(g.pick(nl.rights)))
		d.add(rs)
	} else {
		d.pending = append(d.pending, g.rightsSection(false, false))
	}
	if !g.def.missingComplaint && g.chance(0.6) {
		cs := &section{id: secComplaint, title: g.heading(secComplaint)}
		cs.blocks = append(cs.blocks, g.para(L.paras[secComplaint][0]))
		d.add(cs)
	}
	g.pad(d, budget)
}

func (g *generator) applyDefects(d *doc) {
	L := g.L
	if g.def.emptyField {
		var cands []int
		for i, s := range d.secs {
			switch s.id {
			case secDPO, secLegal, secSources, secDisclosure, secTransfer, secSecurity, secRetention, secAutomated, secChanges, secCookies:
				cands = append(cands, i)
			}
		}
		for _, i := range g.r.Perm(len(cands))[:min(len(cands), 1+g.r.IntN(2))] {
			d.secs[cands[i]].blocks = nil
			d.secs[cands[i]].extra = nil
		}
	}
	if g.def.repealedLaw && (!d.legacySub || g.chance(0.7)) {
		var targets []*section
		for _, s := range d.secs {
			switch s.id {
			case secPurpose, secLegal, secData, secSources, secDisclosure, secRights, secSecurity, secRetention:
				if len(s.blocks) > 0 {
					targets = append(targets, s)
				}
			}
		}
		for _, sentence := range g.pickN(L.legacy, 1+g.r.IntN(3)) {
			s := targets[g.r.IntN(len(targets))]
			sentence = g.x(sentence)
			var paras []int
			for i, b := range s.blocks {
				if b.kind == kPara {
					paras = append(paras, i)
				}
			}
			if len(paras) > 0 && g.chance(0.5) {
				i := paras[g.r.IntN(len(paras))]
				s.blocks[i].text += " " + sentence
			} else {
				s.blocks = append(s.blocks, block{kind: kPara, text: sentence})
			}
		}
	}
	if g.def.duplicateHeading && len(d.secs) > 3 {
		g.st.dupAt = 2 + g.r.IntN(len(d.secs)-2)
	}
	if g.def.phDate && d.dateLabel == "" {
		d.dateLabel = g.pick(L.datePrefixes)
		d.dateValue = g.date()
	}
}
