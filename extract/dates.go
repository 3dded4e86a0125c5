package extract

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unsafe"

	"github.com/noticelint/noticelint/internal/ahocorasick"
	"github.com/noticelint/noticelint/internal/vocab"
)

// dateLabels name the date a notice gives for itself, lower case. A date
// counts when it follows one of them on the same line or the next one. The
// order is Finnish, English, Swedish, as it was: the first label in a
// heading names the date.
var dateLabels = vocab.Gather(func(w *vocab.Words) []string { return w.DateLabels },
	&vocab.Finnish, &vocab.English, &vocab.Swedish)

// dateLabelFinder finds every date label in one pass over a text. It is
// built when first used, as are the date forms' regexps: a process that
// reads no text with a year in it (noticelint --help) builds neither.
var dateLabelFinder = sync.OnceValue(func() *ahocorasick.Automaton { return ahocorasick.New(dateLabels) })

var months = map[string]time.Month{}

func init() {
	for _, w := range vocab.Languages {
		for i, names := range w.Months {
			for _, n := range names {
				months[n] = time.Month(i + 1)
			}
		}
	}
}

var (
	dateDMY    = lazyRegexp(`\b(\d{1,2})\.[ ]?(\d{1,2})\.[ ]?((?:19|20)\d{2})\b`)
	dateISO    = lazyRegexp(`\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b`)
	dateDNameY = lazyRegexp(`\b(\d{1,2})\.?[ ]+(\p{L}+)[ ]+((?:19|20)\d{2})\b`)
	dateNameDY = lazyRegexp(`\b(\p{L}+)[ ]+(\d{1,2}),?[ ]+((?:19|20)\d{2})\b`)
)

// FindDates returns the dates the notice gives for itself, in document order.
func FindDates(doc *Document) []Date { return findDates(doc, nil, false) }

// findDates is FindDates that stops when stop says so. fresh tells that
// the document's matching text was made now (finish), its parts the
// sections' headings and bodies, each followed by a line break: then one
// pass over it finds the years, which every date has, instead of one pass
// over each text.
func findDates(doc *Document, stop *stopper, fresh bool) []Date {
	m, ok := doc.MatchingText()
	var years yearIndex
	var yearBuf [16]int // room for the years of most notices
	if ok && fresh {
		years.starts = yearsIn(yearBuf[:0], m)
	}
	var out []Date
	for i := range doc.Sections {
		s := &doc.Sections[i]
		if !ok || !fresh || years.in(len(s.Heading.Lower())) {
			out = append(out, datesIn(s.Heading, "", stop)...)
		}
		if !ok || !fresh || years.in(len(s.Body.Lower())) {
			out = append(out, datesIn(s.Body, s.Heading.S, stop)...)
		}
	}
	return out
}

// yearIndex tells, text by text along a document's matching text, whether
// a text holds a year as hasYear finds one.
type yearIndex struct {
	starts []int // where the years of the matching text start, in order
	k      int   // the first of starts not before the text at
	at     int   // where the next text starts in the matching text
}

// yearsIn appends to starts where the years of the matching text m start,
// in order.
func yearsIn(starts []int, m string) []int {
	eachYear(m, func(i int) bool {
		starts = append(starts, i)
		return true
	})
	slices.Sort(starts)
	return starts
}

// in reports whether the next text, of n bytes, holds a year: hasYear of
// it.
func (y *yearIndex) in(n int) bool {
	from := y.at
	y.at += n + 1
	for y.k < len(y.starts) && y.starts[y.k] < from {
		y.k++
	}
	return y.k < len(y.starts) && y.starts[y.k]+4 <= from+n
}

// datesIn finds labelled dates in t. heading is the section's heading,
// which labels a date at the start of its body ("Laatimispäivä<TAB>1.1.2020").
func datesIn(t Text, heading string, stop *stopper) []Date {
	lower := t.Lower()
	if !hasYear(lower) {
		return nil // every date form has a year; most sections have none
	}
	// Where the text after a label begins, in lower, and the label: a
	// text holds a few.
	var startBuf [8]int
	var labelBuf [8]string
	starts, labels := startBuf[:0], labelBuf[:0]
	if len(heading) < 60 {
		// A label's colon or a row's TAB is not part of its heading.
		var buf [lowerRoom]byte // room for the lower-case heading, three bytes a byte, and the colon
		label := append(appendLower(buf[:0], heading), ':')
		if l := labelIn(unsafe.String(unsafe.SliceData(label), len(label))); l != "" {
			starts, labels = append(starts, 0), append(labels, l)
		}
	}
	if lower != "" {
		dateLabelFinder().Scan(lower, func(id int32, _, end int) {
			starts, labels = append(starts, end), append(labels, dateLabels[id])
		})
	}
	var out []Date
	seen := map[int]bool{}
	for i, from := range starts {
		stop.check()
		// The date must come soon after the label, within 80 bytes: on the
		// rest of its line or on the next. (The line breaks are looked for
		// in those 80 bytes only: on a long line, every label would search
		// the rest of the text.)
		window := lower[from:min(len(lower), from+80)]
		if nl := strings.IndexByte(window, '\n'); nl >= 0 {
			if nl2 := strings.IndexByte(window[nl+1:], '\n'); nl2 >= 0 {
				window = window[:nl+1+nl2]
			}
		}
		d, a, b, ok := parseDate(window)
		if !ok || seen[from+a] {
			continue
		}
		seen[from+a] = true
		out = append(out, Date{Label: labels[i], Time: d, Text: t.Slice(t.LowerToText(from+a), t.LowerToText(from+b))})
	}
	if len(out) < 2 {
		return out // nothing to sort: sort.Slice would allocate all the same
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Text.Span().Start.Offset < out[j].Text.Span().Start.Offset })
	return out
}

// hasYear reports whether s holds a year 1900-2099 (four digits starting
// 19 or 20), which every date form needs: a byte scan far quicker than
// looking for labels.
func hasYear(s string) bool {
	found := false
	eachYear(s, func(int) bool {
		found = true
		return false
	})
	return found
}

// eachYear calls at with where each year 1900-2099 of s starts, those of
// the 1900s first, until at returns false. strings.Index skips to each
// "19" or "20" with vector instructions.
func eachYear(s string, at func(int) bool) {
	for _, century := range [...]string{"19", "20"} {
		for from := 0; ; {
			k := strings.Index(s[from:], century)
			if k < 0 {
				break
			}
			i := from + k
			if i+3 < len(s) && isDigit(s[i+2]) && isDigit(s[i+3]) && !at(i) {
				return
			}
			from = i + 1
		}
	}
}

func labelIn(s string) string {
	for _, l := range dateLabels {
		if strings.Contains(s, l) {
			return l
		}
	}
	return ""
}

// parseDate finds the first date in s: d.m.yyyy, ISO yyyy-mm-dd, "14
// February 2024", "14. helmikuuta 2024", "February 14, 2024".
func parseDate(s string) (time.Time, int, int, bool) {
	type cand struct {
		t    time.Time
		i, j int
	}
	var best *cand
	try := func(t time.Time, ok bool, i, j int) {
		if ok && (best == nil || i < best.i) {
			best = &cand{t, i, j}
		}
	}
	// Each form holds a year (as eachYear finds it) with a byte of its own
	// beside it: a dot before it, perhaps a space between (d.m.yyyy); a
	// dash after it (ISO); a space before it (the forms with a month's
	// name). A form without one runs no regexp: most windows after a label
	// hold no date, and one that does holds one form.
	var dmy, iso, named bool
	eachYear(s, func(y int) bool {
		dmy = dmy || y > 0 && s[y-1] == '.' || y > 1 && s[y-1] == ' ' && s[y-2] == '.'
		iso = iso || y+4 < len(s) && s[y+4] == '-'
		named = named || y > 0 && s[y-1] == ' '
		return !dmy || !iso || !named
	})
	if m, ok := findDMY(dmy, s); ok {
		t, ok := mkDate(s[m[6]:m[7]], s[m[4]:m[5]], s[m[2]:m[3]])
		try(t, ok, m[0], m[1])
	}
	if m := find(iso, dateISO, s); m != nil {
		t, ok := mkDate(s[m[2]:m[3]], s[m[4]:m[5]], s[m[6]:m[7]])
		try(t, ok, m[0], m[1])
	}
	if m := find(named, dateDNameY, s); m != nil {
		if mon, ok := monthName(s[m[4]:m[5]]); ok {
			t, ok := mkDate(s[m[6]:m[7]], strconv.Itoa(int(mon)), s[m[2]:m[3]])
			try(t, ok, m[0], m[1])
		}
	}
	if m := find(named, dateNameDY, s); m != nil {
		if mon, ok := monthName(s[m[2]:m[3]]); ok {
			t, ok := mkDate(s[m[6]:m[7]], strconv.Itoa(int(mon)), s[m[4]:m[5]])
			try(t, ok, m[0], m[1])
		}
	}
	if best == nil {
		return time.Time{}, 0, 0, false
	}
	return best.t, best.i, best.j, true
}

// find runs re on s when s holds the byte re needs (has).
func find(has bool, re func() *regexp.Regexp, s string) []int {
	if !has {
		return nil
	}
	return re().FindStringSubmatchIndex(s)
}

// findDMY is dateDMY's FindStringSubmatchIndex of s, run when has says
// s may hold the form, without the regexp engine: most dates that notices
// give are d.m.yyyy, and the engine's start-up for each was most of the
// time spent on them. The form leaves no choice to backtrack over: each
// number's digits are followed by a dot, and a space taken or not by a
// digit, so the first place it reads from is the match.
func findDMY(has bool, s string) (m [8]int, ok bool) {
	if !has {
		return m, false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) || i > 0 && isWordByte(s[i-1]) {
			continue // \b(\d
		}
		m[0], m[2] = i, i
		j, day := dmyNumber(s, i)
		if !day {
			continue
		}
		m[3], m[4] = j-1, j
		if j < len(s) && s[j] == ' ' {
			m[4]++
		}
		j, month := dmyNumber(s, m[4])
		if !month {
			continue
		}
		m[5], m[6] = j-1, j
		if j < len(s) && s[j] == ' ' {
			m[6]++
		}
		y := m[6]
		if y+4 > len(s) || s[y:y+2] != "19" && s[y:y+2] != "20" ||
			!isDigit(s[y+2]) || !isDigit(s[y+3]) || y+4 < len(s) && isWordByte(s[y+4]) {
			continue // ((?:19|20)\d{2})\b
		}
		m[1], m[7] = y+4, y+4
		return m, true
	}
	return m, false
}

// dmyNumber reads (\d{1,2})\. from s[i]: it returns where the dot ends.
func dmyNumber(s string, i int) (int, bool) {
	j := i
	for j < len(s) && j-i < 2 && isDigit(s[j]) {
		j++
	}
	if j == i || j == len(s) || s[j] != '.' {
		return 0, false
	}
	return j + 1, true
}

// isWordByte reports whether c is a byte of a character that \b counts
// as a word's: an ASCII letter, digit or underscore (a byte of a
// character that is no ASCII is none).
func isWordByte(c byte) bool { return isASCIILetter(c) || isDigit(c) || c == '_' }

// monthName reads an English, Finnish (any case: "helmikuuta") or Swedish
// month name.
func monthName(w string) (time.Month, bool) {
	w = strings.ToLower(strings.TrimSuffix(w, "."))
	if m, ok := months[w]; ok {
		return m, true
	}
	for name, m := range months {
		if strings.HasSuffix(name, "kuu") && strings.HasPrefix(w, name) {
			return m, true
		}
	}
	return 0, false
}

func mkDate(y, m, d string) (time.Time, bool) {
	yi, err1 := strconv.Atoi(y)
	mi, err2 := strconv.Atoi(m)
	di, err3 := strconv.Atoi(d)
	if err1 != nil || err2 != nil || err3 != nil || mi < 1 || mi > 12 || di < 1 || di > 31 {
		return time.Time{}, false
	}
	t := time.Date(yi, time.Month(mi), di, 0, 0, 0, 0, time.UTC)
	if t.Day() != di {
		return time.Time{}, false // 31.2.
	}
	return t, true
}
