package report

import (
	"bufio"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/noticelint/noticelint/internal/vocab"
	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/rules"
)

// The HTML reports are one self-contained file each: inline CSS (and, for
// the crawl report, a small inline script) allowed by a Content-Security-
// Policy that names their hashes and nothing else, so the file makes no
// request and no text taken from a notice or a website can run.

//go:embed html
var htmlFiles embed.FS

var (
	htmlCSS     = mustRead("html/report.css")
	htmlCrawlJS = mustRead("html/crawl.js")
	// htmlTemplate is parsed on first use: only the HTML reports need it,
	// and every process paid for it at start-up.
	htmlTemplate = sync.OnceValue(func() *template.Template {
		return template.Must(template.New("").Funcs(template.FuncMap{
			"t":    func(string) string { panic("t is bound per report") },
			"pct":  func(int, int) string { panic("pct is bound per report") },
			"inc":  func(i int) int { return i + 1 },
			"join": strings.Join,
		}).ParseFS(htmlFiles, "html/*.tmpl"))
	})
)

func mustRead(name string) string {
	b, err := htmlFiles.ReadFile(name)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// csp is the Content-Security-Policy of a report holding the style css
// and the script js (none when empty).
func csp(css, js string) string {
	hash := func(s string) string {
		sum := sha256.Sum256([]byte(s))
		return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	}
	script := "'none'"
	if js != "" {
		script = hash(js)
	}
	return "default-src 'none'; style-src " + hash(css) + "; script-src " + script +
		"; img-src 'none'; base-uri 'none'; form-action 'none'"
}

// page is what the shared head and foot of a report need.
type page struct {
	Lang, Title, CSP, Version string
	CSS                       template.CSS
	JS                        template.JS
}

func newPage(lang, title, version, js string) page {
	return page{Lang: lang, Title: title, CSP: csp(htmlCSS, js), Version: version, CSS: template.CSS(htmlCSS), JS: template.JS(js)}
}

// reportTemplate returns the templates with the report's words bound to
// lang.
func reportTemplate(lang string) *template.Template {
	t := template.Must(htmlTemplate().Clone())
	return t.Funcs(template.FuncMap{
		"t": func(en string) string { return htmlWord(lang, en) },
		"pct": func(n, of int) string {
			if of == 0 {
				return "0"
			}
			return fmt.Sprintf("%.0f", 100*float64(n)/float64(of))
		},
	})
}

// htmlWord is the HTML reports' word for en in lang, en itself when the
// catalog has none.
func htmlWord(lang, en string) string {
	if w, ok := vocab.Phrase(vocab.HTMLReport, lang, en); ok {
		return w
	}
	return en
}

// httpLink returns s when it is an absolute http(s) URL, the only links a
// report makes of text it was given; "" otherwise.
func httpLink(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// htmlReporter writes the notice report: a summary, then one article per
// notice. Articles are written as files come, so memory stays flat; the
// summary, known only at the end, is written last and shown first (CSS).
type htmlReporter struct {
	w     *bufio.Writer
	tmpl  *template.Template
	meta  Meta
	rules map[string]*rules.Rule
	index []htmlIndexEntry
	// noNotice counts the sites scan found no notice on: not notices.
	noNotice int
	err      error
}

// htmlIndexEntry is a notice's line in the report's summary.
type htmlIndexEntry struct {
	ID, Path      string
	Counts        []htmlCount
	Error         string
	NoNotice      bool
	Present, Req  int
	FindingsTotal int
}

type htmlCount struct {
	Sev, Label string
	N          int
}

type htmlNotice struct {
	ID, Path, Link, Title, Lang, Format, Date string
	Site, SiteLink, Why, Error                string
	// Fetched is when scan fetched the page (FetchedISO for <time>);
	// RedirectedFrom the URL asked for when redirects led to Path, the
	// final URL, and Redirects how many there were.
	Fetched, FetchedISO, RedirectedFrom string
	Redirects                           int
	Counts                              []htmlCount
	Coverage                            []htmlCoverage
	Present, Required                   int
	Findings, Suppressed                []htmlFinding
	// NoNotice is a site scan found no notice on (Why says why): its
	// card shows the reason, not a coverage of nothing.
	NoNotice bool
	// Browser is what the site did in a browser (scan --browser).
	Browser *htmlBrowser
}

// statusDisabled is the matrix status of a rule the configuration turned
// off for the notice.
const statusDisabled = "disabled"

type htmlCoverage struct {
	Item, Article, Rule, Status, Section string
	// Sev is the severity of the finding a missing or empty item gave:
	// a note is not shown as an error.
	Sev string
}

// statusContradicted is the matrix status of a statement that is made but
// that a consistency finding contradicts (contradicts below).
const statusContradicted = "contradicted"

// contradicts maps a consistency rule to the required item its finding
// shows to be wrong: "no transfers" beside Google Analytics without a
// safeguard is not the transfer information Art. 13(1)(f) asks for.
var contradicts = map[string]string{"transfer-contradiction": "missing-transfer-info"}

type htmlFinding struct {
	Sev, Rule, Title, Message, Section, Evidence string
	Line, Column, Page                           int
	Before, Match, After                         string
	Ref, RefURL, Suggestion, Suppressed          string
	// SiteLink, for a finding drawn from a browser visit, is the anchor of
	// its card's "What the site did".
	SiteLink string
}

func newHTML(w io.Writer, meta Meta) *htmlReporter {
	lang := meta.MessageLang
	if lang != "fi" {
		lang = "en"
	}
	h := &htmlReporter{w: bufio.NewWriter(w), tmpl: reportTemplate(lang), meta: meta, rules: ruleByID(meta.Rules)}
	h.meta.MessageLang = lang
	h.err = h.tmpl.ExecuteTemplate(h.w, "notice-head", newPage(lang, htmlWord(lang, "Privacy notice report"), meta.Version, ""))
	return h
}

func (h *htmlReporter) File(r result.FileResult) error {
	if h.err != nil {
		return h.err
	}
	n := h.notice(r, len(h.index)+1)
	entry := htmlIndexEntry{ID: n.ID, Path: n.Path, Counts: n.Counts, Error: n.Error, NoNotice: n.NoNotice, Present: n.Present, Req: n.Required}
	if n.NoNotice {
		h.noNotice++
	}
	for _, c := range n.Counts {
		entry.FindingsTotal += c.N
	}
	h.index = append(h.index, entry)
	if h.err = h.tmpl.ExecuteTemplate(h.w, "notice", n); h.err != nil {
		return h.err
	}
	h.err = h.w.Flush()
	return h.err
}

// notice gathers what the report shows of one result.
func (h *htmlReporter) notice(r result.FileResult, i int) htmlNotice {
	lang := h.meta.MessageLang
	n := htmlNotice{
		ID: fmt.Sprintf("notice-%d", i), Path: r.Path, Link: httpLink(r.Path), Title: r.Title,
		Lang: r.Lang, Format: r.Format, Site: r.Site(), SiteLink: httpLink(r.Site()), Why: r.Why(),
	}
	if !r.Date.IsZero() {
		n.Date = r.Date.Format("2006-01-02")
	}
	if !r.FetchedAt.IsZero() {
		n.Fetched, n.FetchedISO = r.FetchedAt.UTC().Format("2006-01-02 15:04:05 UTC"), r.FetchedAt.UTC().Format(time.RFC3339)
	}
	if len(r.Redirects) > 0 {
		n.RedirectedFrom, n.Redirects = r.Redirects[0], len(r.Redirects)
	}
	if r.Err != nil {
		n.Error = r.Err.Reason
	}
	// scan's result for a site without a notice: no document was read,
	// only the home page and the reason.
	n.NoNotice = r.Err == nil && r.Format == "" && r.Why() != ""
	n.Browser = h.browser(r, n.ID+"-site")
	bySev := map[rules.Severity]int{}
	for _, f := range r.Findings {
		hf := h.finding(f)
		if fromBrowser(r, f) {
			hf.SiteLink = "#" + n.Browser.ID
		}
		if f.Suppressed != nil {
			n.Suppressed = append(n.Suppressed, hf)
			continue
		}
		bySev[f.Severity]++
		n.Findings = append(n.Findings, hf)
	}
	for _, sev := range severitiesDesc {
		n.Counts = append(n.Counts, htmlCount{Sev: sev.String(), Label: htmlWord(lang, sev.String()), N: bySev[sev]})
	}
	cov := append([]rules.Coverage(nil), r.Coverage...)
	rules.CoverageOrder(cov, h.rules)
	fired := map[string]bool{}
	sevOf := map[string]rules.Severity{} // of each rule's first finding that counts
	contradicted, outdated := map[string]bool{}, false
	for _, f := range r.Findings {
		fired[f.Rule] = true
		if f.Suppressed != nil {
			continue
		}
		if _, ok := sevOf[f.Rule]; !ok {
			sevOf[f.Rule] = f.Severity
		}
		if item, ok := contradicts[f.Rule]; ok {
			contradicted[item] = true
		}
		outdated = outdated || rules.CitesOutdatedLaw(f.Rule)
	}
	for _, c := range cov {
		row := htmlCoverage{Rule: c.Rule, Status: string(c.Status), Section: c.Section}
		switch {
		case (c.Status == rules.CoverageMissing || c.Status == rules.CoverageEmpty) && !fired[c.Rule]:
			// The configuration disabled the rule for this file (lint.Options.Process
			// dropped its finding): not judged here.
			row.Status = statusDisabled
		case c.Status == rules.CoverageMissing || c.Status == rules.CoverageEmpty:
			if sev, ok := sevOf[c.Rule]; ok {
				row.Sev = sev.String()
			}
		case c.Status == rules.CoverageOutdated && !outdated:
			// The configuration dropped the findings that made it outdated.
			row.Status = string(rules.CoveragePresent)
		}
		if row.Status == string(rules.CoveragePresent) && contradicted[c.Rule] {
			row.Status = statusContradicted
		}
		if rule := h.rules[c.Rule]; rule != nil {
			row.Item, row.Article = rules.CoverageItem(rule, lang), rules.Article(rule.Ref)
		} else {
			row.Item = c.Rule
		}
		if row.Status != string(rules.CoverageNotApplicable) && row.Status != statusDisabled {
			n.Required++
		}
		if row.Status == string(rules.CoveragePresent) {
			n.Present++
		}
		n.Coverage = append(n.Coverage, row)
	}
	return n
}

func (h *htmlReporter) finding(f rules.Finding) htmlFinding {
	hf := htmlFinding{
		Sev: f.Severity.String(), Rule: f.Rule, Message: f.Message, Section: f.Section, Evidence: f.Evidence,
		Line: f.Location.Line, Column: f.Location.Column, Page: f.Location.Page, Suggestion: f.Suggestion,
	}
	hf.Before, hf.Match, hf.After = evidenceInLine(f)
	if r := h.rules[f.Rule]; r != nil {
		hf.Title, hf.Ref = r.Title.In(h.meta.MessageLang), r.Ref
		if strings.HasPrefix(r.RefURL, "https://") {
			hf.RefURL = httpLink(r.RefURL)
		}
	}
	if f.Suppressed != nil {
		hf.Suppressed = f.Suppressed.Justification
		if hf.Suppressed == "" {
			hf.Suppressed = f.Suppressed.Kind
		}
	}
	return hf
}

// evidenceInLine splits the finding's source line, cut to a window around
// the match as the text report cuts it, into the text before the
// evidence, the evidence and the text after it.
func evidenceInLine(f rules.Finding) (before, match, after string) {
	line, marks := snippet(f)
	rs := []rune(line)
	start := strings.IndexByte(marks, '^')
	if start < 0 || start >= len(rs) {
		return line, "", ""
	}
	end := min(start+strings.Count(marks, "^"), len(rs))
	return string(rs[:start]), string(rs[start:end]), string(rs[end:])
}

func (h *htmlReporter) End(s result.Summary) error {
	if h.err != nil {
		return h.err
	}
	lang := h.meta.MessageLang
	// Notices are the inputs read as notices: not those that could not be
	// read, nor the sites without one.
	data := struct {
		Notices, NoNotice, FileErrors, Suppressed int
		Counts                                    []htmlCount
		Index                                     []htmlIndexEntry
		Version                                   string
		// When the report was made and the day ages were judged at.
		Generated, GeneratedISO, AsOf string
	}{
		Notices: max(s.Files-s.FileErrors-h.noNotice, 0), NoNotice: h.noNotice, FileErrors: s.FileErrors,
		Suppressed: s.Suppressed, Index: h.index, Version: h.meta.Version,
	}
	if g := h.meta.Generated; !g.IsZero() {
		data.Generated, data.GeneratedISO = g.UTC().Format("2006-01-02 15:04 UTC"), g.UTC().Format(time.RFC3339)
	}
	if !h.meta.AsOf.IsZero() {
		data.AsOf = h.meta.AsOf.Format("2006-01-02")
	}
	for _, sev := range severitiesDesc {
		data.Counts = append(data.Counts, htmlCount{Sev: sev.String(), Label: htmlWord(lang, sev.String()), N: s.BySeverity[sev]})
	}
	if h.err = h.tmpl.ExecuteTemplate(h.w, "notice-foot", data); h.err != nil {
		return h.err
	}
	h.err = h.w.Flush()
	return h.err
}
