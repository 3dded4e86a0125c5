package report

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/noticelint/noticelint/internal/vocab"
	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/rules"
)

// CrawlOptions are the settings of a crawl report.
type CrawlOptions struct {
	Version     string
	MessageLang string
	Rules       []*rules.Rule // for rule titles and severities
	// Now is when notice ages are measured from; zero means the newest
	// crawled_at of the results (the wall clock when none has one).
	Now time.Time
	// Source names the results in the title ("results.jsonl").
	Source string
}

// ageBuckets are the notice-age histogram's bars, in whole years from; the
// last is open. Ages of staleYears and more are past the default
// --max-age (36 months): the legend says so in years.
var ageBuckets = []struct {
	label    string
	from, to int // years
}{{"< 1", 0, 1}, {"1–2", 1, 2}, {"2–3", 2, 3}, {"3–4", 3, 4}, {"4–5", 4, 5}, {"5–7", 5, 7}, {"7+", 7, 1 << 30}}

// staleYears is the age, in whole years, from which the histogram marks
// notices stale: the default --max-age.
const staleYears = rules.DefaultMaxAge / 12

type crawlData struct {
	Page                               page
	Source, AsOf                       string
	Sites, WithNotice, Findings, Erred int
	Statuses                           []crawlCount
	Counts                             []htmlCount
	RuleChart                          chart
	AgeChart                           chart
	StaleYears                         int // the age from which a notice's bar is stale
	Rows                               []crawlRow
}

type crawlCount struct {
	Status string
	N      int
}

// chart is an SVG bar chart laid out in Go, so the page needs no script
// to draw it.
type chart struct {
	Width, Height int
	Bars          []bar
	Axis          int // x of the axis (horizontal bars), y (vertical)
}

type bar struct {
	Label, Title, Class string
	N                   int
	X, Y, W, H          int
	TextX, TextY        int // the count's place
	LabelX, LabelY      int
}

type crawlRow struct {
	ID, Site, Domain, Status, Lang, Date, URL, Link, Why, Error, Query, SortKey string
	Counts                                                                      [3]int // error, warning, note
	Findings                                                                    []crawlFinding
}

type crawlFinding struct {
	Sev, Rule, Title, Evidence string
	Line                       int
}

// WriteCrawlHTML writes the report of a whole crawl: how many sites had a
// notice, findings by rule, notice ages, and a table of the sites that
// sorts and filters, each row opening the site's findings.
func WriteCrawlHTML(w io.Writer, sites []result.Site, opts CrawlOptions) error {
	lang := opts.MessageLang
	if lang != "fi" {
		lang = "en"
	}
	byID := ruleByID(opts.Rules)
	now := opts.Now
	if now.IsZero() {
		now = newestCrawl(sites)
	}
	title := htmlWord(lang, "Crawl report")
	if opts.Source != "" {
		title += ": " + opts.Source
	}
	d := crawlData{Page: newPage(lang, title, opts.Version, htmlCrawlJS), Source: opts.Source, AsOf: now.Format("2006-01-02"), Sites: len(sites)}
	statusN := map[string]int{}
	sevN := map[rules.Severity]int{}
	ruleN := map[string]int{}     // findings of each rule
	ruleSites := map[string]int{} // sites with a finding of each rule
	ruleSev := map[string]rules.Severity{}
	ages := make([]int, len(ageBuckets)+1) // the last: no date
	sorted := slices.Clone(sites)
	slices.SortStableFunc(sorted, func(a, b result.Site) int { return strings.Compare(strings.ToLower(a.Site), strings.ToLower(b.Site)) })
	for i, s := range sorted {
		statusN[s.Status]++
		row := crawlRow{
			ID: fmt.Sprintf("site-%d", i+1), Site: s.Site, Domain: s.Domain, Status: s.Status, Lang: s.Lang, Date: s.NoticeDate,
			URL: s.NoticeURL, Link: httpLink(s.NoticeURL), Why: s.Why, Error: s.Error,
			Query: strings.ToLower(s.Site + " " + s.Domain + " " + s.NoticeURL), SortKey: strings.ToLower(s.Site),
		}
		erred := false
		siteRules := map[string]bool{}
		for _, f := range s.Findings {
			if f.Suppressed != nil {
				continue
			}
			sev, err := rules.ParseSeverity(f.Severity)
			if err != nil || sev == rules.None {
				sev = rules.Warning // not from ReadSites, which rejects it
			}
			sevN[sev]++
			ruleN[f.Rule]++
			if !siteRules[f.Rule] {
				siteRules[f.Rule] = true
				ruleSites[f.Rule]++
			}
			if ruleSev[f.Rule] < sev {
				ruleSev[f.Rule] = sev
			}
			row.Counts[rules.Error-sev]++
			erred = erred || sev == rules.Error
			cf := crawlFinding{Sev: sev.String(), Rule: f.Rule, Line: f.Line, Evidence: clip(f.Evidence, 160), Title: f.Message}
			if r := byID[f.Rule]; r != nil {
				cf.Title = r.Title.In(lang)
			}
			row.Findings = append(row.Findings, cf)
		}
		if erred {
			d.Erred++
		}
		if s.Status == result.StatusOK {
			d.WithNotice++
			ages[ageBucket(s.NoticeDate, now)]++
		}
		d.Rows = append(d.Rows, row)
	}
	for _, st := range result.Statuses {
		d.Statuses = append(d.Statuses, crawlCount{st, statusN[st]})
	}
	for _, sev := range severitiesDesc {
		d.Counts = append(d.Counts, htmlCount{Sev: sev.String(), Label: htmlWord(lang, sev.String()), N: sevN[sev]})
		d.Findings += sevN[sev]
	}
	d.RuleChart = ruleChart(ruleN, ruleSites, ruleSev, byID, lang)
	d.AgeChart = ageChart(ages, lang)
	d.StaleYears = staleYears
	t := reportTemplate(lang)
	bw := bufio.NewWriter(w)
	if err := t.ExecuteTemplate(bw, "crawl", d); err != nil {
		return err
	}
	return bw.Flush()
}

// newestCrawl is the latest crawled_at of the results, so that a report
// of old results does not age them; the wall clock when none has one.
func newestCrawl(sites []result.Site) time.Time {
	var newest time.Time
	for _, s := range sites {
		if t, err := time.Parse(time.RFC3339, s.CrawledAt); err == nil && t.After(newest) {
			newest = t
		}
	}
	if newest.IsZero() {
		return time.Now().UTC()
	}
	return newest.UTC()
}

// ageBucket is the histogram bar of a notice dated date (YYYY-MM-DD):
// len(ageBuckets) when it has no date.
func ageBucket(date string, now time.Time) int {
	t, err := time.Parse("2006-01-02", date)
	if err != nil {
		return len(ageBuckets)
	}
	years := now.Year() - t.Year()
	if now.YearDay() < t.YearDay() {
		years--
	}
	years = max(years, 0)
	for i, b := range ageBuckets {
		if years >= b.from && years < b.to {
			return i
		}
	}
	return len(ageBuckets) - 1
}

func clip(s string, n int) string {
	rs := []rune(strings.Join(strings.Fields(s), " "))
	if len(rs) <= n {
		return string(rs)
	}
	return string(rs[:n]) + "…"
}

// ruleChart lays out findings by rule as horizontal bars, a bar's length
// its number of findings: the rules of the most severe findings first,
// then the most findings. A bar's title also says in how many sites.
func ruleChart(n, sites map[string]int, sev map[string]rules.Severity, byID map[string]*rules.Rule, lang string) chart {
	ids := make([]string, 0, len(n))
	for id := range n {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b string) int {
		switch {
		case sev[a] != sev[b]:
			return int(sev[b]) - int(sev[a])
		case n[a] != n[b]:
			return n[b] - n[a]
		}
		return strings.Compare(a, b)
	})
	const width, labelW, rowH, barH, countW = 640, 230, 26, 18, 48
	most := 1
	for _, id := range ids {
		most = max(most, n[id])
	}
	c := chart{Width: width, Height: max(len(ids)*rowH, rowH), Axis: labelW}
	for i, id := range ids {
		w := max(1, n[id]*(width-labelW-countW)/most)
		y := i * rowH
		b := bar{Label: id, N: n[id], Class: "sev-" + sev[id].String(), X: labelW, Y: y + (rowH-barH)/2, W: w, H: barH,
			TextX: labelW + w + 6, TextY: y + rowH/2 + 4, LabelX: labelW - 8, LabelY: y + rowH/2 + 4}
		b.Title = id
		if r := byID[id]; r != nil {
			b.Title = r.Title.In(lang)
		}
		b.Title += ": " + htmlCount1(lang, n[id], "finding", "findings") + ", " + htmlCount1(lang, sites[id], "site", "sites")
		c.Bars = append(c.Bars, b)
	}
	return c
}

// ageChart lays out the notice-age histogram as vertical bars.
func ageChart(n []int, lang string) chart {
	const width, height, top, bottom = 360, 220, 18, 36
	most := 1
	for _, v := range n {
		most = max(most, v)
	}
	slot := width / len(n)
	c := chart{Width: width, Height: height, Axis: height - bottom}
	for i, v := range n {
		h := v * (height - top - bottom) / most
		if v > 0 {
			h = max(h, 2)
		}
		x := i * slot
		b := bar{N: v, X: x + 6, Y: c.Axis - h, W: slot - 12, H: h, TextX: x + slot/2, TextY: c.Axis - h - 5,
			LabelX: x + slot/2, LabelY: height - bottom + 16}
		switch {
		case i == len(ageBuckets):
			b.Label, b.Class, b.Title = htmlWord(lang, "undated"), "undated", htmlWord(lang, "no date")
		default:
			b.Label = ageBuckets[i].label
			b.Title = b.Label + " " + htmlWord(lang, "years")
			if i == 0 {
				b.Title = vocab.Text(lang, vocab.ReportUnderAYear)
			}
			if ageBuckets[i].from >= staleYears {
				b.Class = "stale"
			}
		}
		c.Bars = append(c.Bars, b)
	}
	return c
}

// htmlCount1 writes n with the noun for one or for many, in lang.
func htmlCount1(lang string, n int, one, many string) string {
	if n == 1 {
		return "1 " + htmlWord(lang, one)
	}
	return fmt.Sprintf("%d %s", n, htmlWord(lang, many))
}
