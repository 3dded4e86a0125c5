package extract

import (
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/noticelint/noticelint/internal/gen"
)

// parseDatePlain is parseDate without its tests of a window's bytes:
// every form's regexp runs.
func parseDatePlain(s string) (time.Time, int, int, bool) {
	var best time.Time
	bi, bj, found := 0, 0, false
	try := func(t time.Time, ok bool, i, j int) {
		if ok && (!found || i < bi) {
			best, bi, bj, found = t, i, j, true
		}
	}
	if m := dateDMY().FindStringSubmatchIndex(s); m != nil {
		t, ok := mkDate(s[m[6]:m[7]], s[m[4]:m[5]], s[m[2]:m[3]])
		try(t, ok, m[0], m[1])
	}
	if m := dateISO().FindStringSubmatchIndex(s); m != nil {
		t, ok := mkDate(s[m[2]:m[3]], s[m[4]:m[5]], s[m[6]:m[7]])
		try(t, ok, m[0], m[1])
	}
	if m := dateDNameY().FindStringSubmatchIndex(s); m != nil {
		if mon, ok := monthName(s[m[4]:m[5]]); ok {
			t, ok := mkDate(s[m[6]:m[7]], strconv.Itoa(int(mon)), s[m[2]:m[3]])
			try(t, ok, m[0], m[1])
		}
	}
	if m := dateNameDY().FindStringSubmatchIndex(s); m != nil {
		if mon, ok := monthName(s[m[2]:m[3]]); ok {
			t, ok := mkDate(s[m[6]:m[7]], strconv.Itoa(int(mon)), s[m[4]:m[5]])
			try(t, ok, m[0], m[1])
		}
	}
	return best, bi, bj, found
}

// checkParseDate fails the test when parseDate and parseDatePlain differ
// on the window w; it reports whether w holds a date.
func checkParseDate(t *testing.T, w string) bool {
	t.Helper()
	gt, gi, gj, gok := parseDate(w)
	wt, wi, wj, wok := parseDatePlain(w)
	if !gt.Equal(wt) || gi != wi || gj != wj || gok != wok {
		t.Errorf("parseDate(%q) = %v %d %d %v, want %v %d %d %v", w, gt, gi, gj, gok, wt, wi, wj, wok)
	}
	m, ok := findDMY(true, w)
	if want := dateDMY().FindStringSubmatchIndex(w); ok != (want != nil) || ok && !slices.Equal(m[:], want) {
		t.Errorf("findDMY(%q) = %v %v, the regexp's %v", w, m, ok, want)
	}
	return gok
}

// FuzzParseDate holds parseDate, which runs a form's regexp only where a
// year stands as the form puts it, to every regexp run on the window.
func FuzzParseDate(f *testing.F) {
	for _, w := range []string{"päivitetty 1.3.2024", "1. 3. 2024", "2024-03-01", "14 february 2024", "february 14, 2024", "14. helmikuuta 2024"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		checkParseDate(t, w)
	})
}

// TestParseDateWindows: parseDate finds what every regexp run on the
// window finds, on the 80-byte windows of generated notices and on dates
// in each form.
func TestParseDateWindows(t *testing.T) {
	windows := []string{
		"päivitetty 1.3.2024", "1. 3. 2024", "2024-03-01", "14 february 2024", "14. helmikuuta 2024",
		"february 14, 2024", "maaliskuu 2024", "1.3.24 ja 2024", "x2024-03-01", "31.2.2024", "12 apples 2019",
		"1.3. 2024", "1.3.  2024", "1.3.\t2024", "2024 -03-01", "2024-03-01-", "14  helmikuuta  2024", "14.\u00a0maaliskuuta\u00a02024",
		"may 5,2024", "may 5 ,2024", "1.3.20245", "1.3.2024x", "20199.1.2020", "1.1.1919-01-01", ".2024", "2024", " 2024", "2024-",
		"123.4.2020 5.6.2021", "x1.2.2020 3.4.2021", "_1.2.2020", "ä1.2.2020", "1.2.2020_", "1.2.2020ä", "1..2.2020", "1. .2.2020",
		"01.02. 2020", "1 .2.2020", "1.2.2 020", "1.2.2120", "1.2.1820 1.2.1920", "1.2.19", "1.2.199", "12.34.2020", "5.6.2020\n",
	}
	for _, n := range gen.Generate(40, 3) {
		s := strings.ToLower(string(n.Content))
		for at := 0; at < len(s); at += 37 {
			windows = append(windows, s[at:min(len(s), at+80)])
		}
	}
	dates := 0
	for _, w := range windows {
		if checkParseDate(t, w) {
			dates++
		}
	}
	if dates < 10 {
		t.Errorf("only %d windows hold a date: the test tests little", dates)
	}
}

// TestYearIndex: the years found in one pass over the matching text tell
// of each heading and body what hasYear tells of it, and the dates found
// so are those found text by text.
func TestYearIndex(t *testing.T) {
	docs := []*Document{}
	for _, n := range gen.Generate(80, 11) {
		doc, err := FromText(n.Name, n.Content, Options{})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	doc, err := FromText("x.txt", []byte("2019\n\n1920\n2020 Päivitetty 1.2.2021\n\nOtsikko 19\n\n99 x 20\n\n201\n9 1.1.1999"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	docs = append(docs, doc)
	for _, doc := range docs {
		m, ok := doc.MatchingText()
		if !ok {
			t.Fatalf("%s: no matching text", doc.Path)
		}
		years := yearIndex{starts: yearsIn(nil, m)}
		for i := range doc.Sections {
			for _, text := range []Text{doc.Sections[i].Heading, doc.Sections[i].Body} {
				if got, want := years.in(len(text.Lower())), hasYear(text.Lower()); got != want {
					t.Errorf("%s: year in %q: %v, hasYear %v", doc.Path, text.Lower(), got, want)
				}
			}
		}
		if got, want := findDates(doc, nil, true), findDates(doc, nil, false); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: dates %v, text by text %v", doc.Path, got, want)
		}
	}
}
