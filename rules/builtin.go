package rules

import (
	"fmt"
	"hash/maphash"
	"strconv"
	"strings"
	"time"

	"github.com/noticelint/noticelint/extract"
)

// builtinSpec is the keys of a builtin rule: a check written in Go for
// what a pattern cannot express, named by the rule's id.
type builtinSpec struct {
	// Suggest is wording to write instead, by notice language.
	Suggest map[string]string `yaml:"suggest"`
	// Messages are further named messages the check chooses from.
	Messages map[string]Localized `yaml:"messages"`

	fn builtinFunc
}

func (b *builtinSpec) compile(r *Rule, fail failFunc) {
	fn, ok := builtins[r.ID]
	if !ok {
		fail("no builtin check is named %q", r.ID)
	}
	b.fn = fn
}

func (b *builtinSpec) check(c *check) { b.fn(c) }

// siteSpec is the keys of a site rule: a finding about a website, raised
// by scan and crawl (Engine.SiteFinding, Engine.EvidenceFinding), never
// from text.
type siteSpec struct {
	// Messages are further named messages a visit's evidence chooses from.
	Messages map[string]Localized `yaml:"messages"`
}

func (*siteSpec) compile(r *Rule, fail failFunc) {
	if !siteRules[r.ID] {
		fail("no site check is named %q", r.ID)
	}
}

func (*siteSpec) check(*check) {}

// siteRules are the rules of kind site, each raised by Go code outside the
// engine.
var siteRules = map[string]bool{
	"notice-not-found":        true,
	"tracking-before-consent": true,
	"tracking-after-refusal":  true,
	"undisclosed-third-party": true,
}

// builtinFunc is a check written in Go for what a pattern cannot express.
type builtinFunc func(c *check)

var builtins = map[string]builtinFunc{
	"empty-section":          checkEmptySections,
	"duplicate-heading":      checkDuplicateHeadings,
	"stale-notice":           checkStaleNotice,
	"outdated-title":         checkOutdatedTitle,
	"transfer-contradiction": checkTransferContradiction,
	"extraction-quality":     checkExtractionQuality,
}

// checkExtractionQuality reports a notice too little of which could be
// read as text; the rules for missing information skip such a notice.
func checkExtractionQuality(c *check) {
	if !c.doc.Unreadable() {
		return
	}
	span := c.firstSpan()
	if at := c.doc.QualityAt; at.Line > 0 {
		span = extract.Span{Start: at, End: at}
	}
	reason := c.doc.QualityNote
	if reason == "" {
		reason = "too little text"
	}
	msg := strings.ReplaceAll(c.rule.Message.In(c.opts.MessageLang), "{reason}", reason)
	c.report(nil, span, "", c.rule.Severity, msg)
}

// checkEmptySections reports every heading, template row or label with no
// body and no sections under it.
func checkEmptySections(c *check) {
	if c.doc.Unreadable() {
		return // a section may be empty only because its text was not read
	}
	secs := c.doc.Sections
	for i := range secs {
		s := &secs[i]
		if s.Kind == extract.KindPreamble || s.Kind == extract.KindTitle || s.Heading.Len() == 0 {
			continue
		}
		if !extract.IsBlank(s.Body.S) {
			continue
		}
		if i+1 < len(secs) && secs[i+1].Level > s.Level {
			continue // its content is in the sections under it
		}
		if i+1 < len(secs) && secs[i+1].Title() == s.Title() {
			continue // the same heading twice in a row: duplicate-heading reports it
		}
		if s.Kind == extract.KindLabel && i+1 < len(secs) && secs[i+1].Kind == extract.KindHeading && secs[i+1].Number == "" {
			continue // "Rekisteröidyn oikeuksia ovat:" leading in to the headings below it
		}
		c.report(s, s.HeadingSpan(), s.DisplayHeading(), c.rule.Severity, "")
	}
}

// headingKey is a heading as checkDuplicateHeadings compares it.
type headingKey struct {
	under, table int // the section a heading stands under; a row's table
	text         string
}

// maxKeptHeadings is the most sections whose map of headings a check's
// memory keeps for the next document.
const maxKeptHeadings = 256

// checkDuplicateHeadings reports a heading whose text, numbering aside,
// already stood earlier under the same section (a sub-heading "Nimi" may
// stand under two headings), or a table row whose label already stood in
// the same table (a controller's table and a contact table may both have
// "Sähköposti"). A title starts a new notice: a newsletter register after
// a customer register repeats its headings.
func checkDuplicateHeadings(c *check) {
	var seen headingsSeen
	defer seen.release(c)
	for i := range c.doc.Sections {
		s := &c.doc.Sections[i]
		if s.Kind == extract.KindTitle {
			seen.clear()
			continue
		}
		k, ok := headingKeyOf(c.doc, i)
		if !ok {
			continue
		}
		if prev := seen.first(c, k, s); prev != nil {
			msg := strings.ReplaceAll(c.rule.Message.In(c.opts.MessageLang), "{first}", fmt.Sprint(prev.HeadingSpan().Start.Line))
			c.report(s, s.HeadingSpan(), s.DisplayHeading(), c.rule.Severity, msg)
		}
	}
}

// headingKeyOf is what checkDuplicateHeadings compares section i by: a
// heading's text under its parent, a row's label in its table; ok is false
// for other sections and empty texts.
func headingKeyOf(doc *extract.Document, i int) (k headingKey, ok bool) {
	s := &doc.Sections[i]
	switch s.Kind {
	case extract.KindHeading:
		k.under = doc.Parent(i)
	case extract.KindRow:
		k.under, k.table = -1, s.Table
	default:
		return k, false
	}
	k.text = trimHeadingEnd(normalizeSpace(s.Title()))
	return k, k.text != ""
}

// trimHeadingEnd is strings.TrimRight(s, ":. "), without the set of
// bytes TrimRight makes for its cutset at each call.
func trimHeadingEnd(s string) string {
	i := len(s)
	for i > 0 && (s[i-1] == ':' || s[i-1] == '.' || s[i-1] == ' ') {
		i--
	}
	return s[:i]
}

// maxListedHeadings is the most headings headingsSeen compares one by one
// before it keeps them in a map.
const maxListedHeadings = 32

// headingsSeen are the headings checkDuplicateHeadings has met since the
// last title, each with the first section it stood at: the few of a notice
// in a list, compared by a hash of their text first, and a map past
// maxListedHeadings, so that many headings cost no more than a map each.
type headingsSeen struct {
	n      int
	keys   [maxListedHeadings]headingKey
	hashes [maxListedHeadings]uint64
	secs   [maxListedHeadings]*extract.Section
	m      map[headingKey]*extract.Section // from the check's memory, once needed
}

// headingSeed hashes headingsSeen's texts.
var headingSeed = maphash.MakeSeed()

// first returns the section where k stood first, or nil when k is new,
// noting that it stands at s.
func (h *headingsSeen) first(c *check, k headingKey, s *extract.Section) *extract.Section {
	if h.m != nil {
		if prev, ok := h.m[k]; ok {
			return prev
		}
		h.m[k] = s
		return nil
	}
	sum := maphash.String(headingSeed, k.text)
	for j := range h.n {
		if h.hashes[j] == sum && h.keys[j] == k {
			return h.secs[j]
		}
	}
	if h.n == maxListedHeadings {
		sc := c.memory()
		h.m = sc.headings
		if h.m == nil || len(c.doc.Sections) > maxKeptHeadings {
			h.m = make(map[headingKey]*extract.Section, len(c.doc.Sections)) // room for all: no growing
		}
		for j := range h.n {
			h.m[h.keys[j]] = h.secs[j]
		}
		h.m[k] = s
		return nil
	}
	h.keys[h.n], h.hashes[h.n], h.secs[h.n] = k, sum, s
	h.n++
	return nil
}

// clear forgets every heading: a title starts a new notice.
func (h *headingsSeen) clear() {
	h.n = 0
	clear(h.m)
}

// release gives the map, if one was needed, to the check's memory for the
// next document, without the document's sections and strings.
func (h *headingsSeen) release(c *check) {
	if h.m == nil {
		return
	}
	clear(h.m)
	if len(c.doc.Sections) <= maxKeptHeadings {
		c.memory().headings = h.m
	}
}

// gdprApplies is the day the GDPR started to apply.
var gdprApplies = time.Date(2018, time.May, 25, 0, 0, 0, 0, time.UTC)

// checkStaleNotice reports a notice whose own latest date is older than
// MaxAge months, or older than the GDPR (an error).
func checkStaleNotice(c *check) {
	latest := c.doc.NoticeDate(c.opts.Now)
	if latest == nil {
		return
	}
	limit := c.opts.Now.AddDate(0, -c.opts.MaxAge, 0)
	sev := c.rule.Severity
	msg := c.rule.Message.In(c.opts.MessageLang)
	switch {
	case latest.Time.Before(gdprApplies):
		sev = Error
		msg = c.rule.messages()["pre-gdpr"].In(c.opts.MessageLang)
	case latest.Time.Before(limit):
	default:
		return
	}
	months := monthsBetween(latest.Time, c.opts.Now)
	// What strings.NewReplacer did, without building one a finding: the
	// numbers put in hold no placeholder.
	msg = strings.ReplaceAll(strings.ReplaceAll(msg, "{age}", strconv.Itoa(months)), "{max}", strconv.Itoa(c.opts.MaxAge))
	span := latest.Text.Span()
	sec := c.doc.SectionAt(span.Start.Line)
	var s *extract.Section
	if sec >= 0 {
		s = &c.doc.Sections[sec]
	}
	c.report(s, span, latest.Text.S, sev, msg)
}

func monthsBetween(a, b time.Time) int {
	m := (b.Year()-a.Year())*12 + int(b.Month()) - int(a.Month())
	if b.Day() < a.Day() {
		m--
	}
	return m
}
