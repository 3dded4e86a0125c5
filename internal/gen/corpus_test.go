package gen

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

const testSeed = 20180525

// full is the n=2000 corpus shared by the tests that look at the whole mix.
var full = sync.OnceValue(func() []Notice { return Generate(2000, testSeed) })

func TestDeterministic(t *testing.T) {
	a := Generate(200, 42)
	b := Generate(200, 42)
	if len(a) != 200 || len(b) != 200 {
		t.Fatalf("len = %d, %d; want 200", len(a), len(b))
	}
	for i := range a {
		if a[i].Name != b[i].Name || !bytes.Equal(a[i].Content, b[i].Content) {
			t.Fatalf("notice %d differs between two runs with the same seed", i)
		}
	}

	c := Generate(200, 43)
	same := 0
	for i := range a {
		if bytes.Equal(a[i].Content, c[i].Content) {
			same++
		}
	}
	if same > 0 {
		t.Errorf("%d of 200 notices identical for seeds 42 and 43", same)
	}

	// Each notice has its own stream: a smaller corpus is a prefix of a
	// larger one with the same seed (names differ only in index width).
	small := Generate(50, 42)
	for i := range small {
		if !bytes.Equal(small[i].Content, a[i].Content) {
			t.Fatalf("Generate(50) notice %d differs from Generate(200) notice %d", i, i)
		}
	}

	if got := Generate(0, 1); len(got) != 0 {
		t.Errorf("Generate(0) returned %d notices", len(got))
	}
}

func TestSize(t *testing.T) {
	ns := full()
	total, minN, maxN := 0, 1<<30, 0
	small, large := 0, 0
	for _, n := range ns {
		l := len(n.Content)
		total += l
		minN = min(minN, l)
		maxN = max(maxN, l)
		if l < 3500 {
			small++
		}
		if l > 9000 {
			large++
		}
	}
	t.Logf("n=2000: %d bytes (%.2f MB), min %d, max %d, mean %d", total, float64(total)/1e6, minN, maxN, total/len(ns))
	if total < 10_000_000 || total > 14_000_000 {
		t.Errorf("total size %d bytes, want 10-14 MB", total)
	}
	if minN < 1800 || maxN > 13000 {
		t.Errorf("notice sizes range %d..%d bytes, want about 2-12 KB", minN, maxN)
	}
	if small < 100 || large < 100 {
		t.Errorf("sizes not spread out: %d notices under 3.5 KB, %d over 9 KB", small, large)
	}
}

func TestLanguageMix(t *testing.T) {
	ns := full()
	count := map[string]int{}
	for _, n := range ns {
		lang := n.Lang()
		count[lang]++
		text := strings.ToLower(string(n.Content))
		fi := strings.Contains(text, "rekisterinpitäjä")
		sv := strings.Contains(text, "personuppgift")
		en := strings.Contains(text, "personal data")
		ok := false
		switch lang {
		case LangFinnish:
			ok = fi && !sv && !en
		case LangSwedish:
			ok = sv && !fi && !en
		case LangEnglish:
			ok = en && !fi && !sv
		}
		if !ok {
			t.Errorf("%s: content does not look like language %q (fi=%v sv=%v en=%v)", n.Name, lang, fi, sv, en)
		}
	}
	want := map[string][2]float64{LangFinnish: {0.55, 0.65}, LangSwedish: {0.20, 0.30}, LangEnglish: {0.10, 0.20}}
	for lang, r := range want {
		share := float64(count[lang]) / float64(len(ns))
		t.Logf("%s: %d (%.1f %%)", lang, count[lang], 100*share)
		if share < r[0] || share > r[1] {
			t.Errorf("language %s share %.3f, want %.2f-%.2f", lang, share, r[0], r[1])
		}
	}
	if len(count) != 3 {
		t.Errorf("languages = %v, want exactly fi, sv, en", count)
	}
}

var (
	tableRow     = regexp.MustCompile(`(?m)^[^\t\r\n]+\t`)
	tableCont    = regexp.MustCompile(`(?m)^\t\S`)
	numberedHead = regexp.MustCompile(`(?m)^2(\.\s|\s)\S`)
	nbspLine     = regexp.MustCompile("(?m)^\u00a0\r?$")
)

func TestLayouts(t *testing.T) {
	ns := full()
	count := map[Layout]int{}
	nbsp := 0
	for _, n := range ns {
		l := n.Layout()
		count[l]++
		text := string(n.Content)
		lang := languageOf(t, n)
		switch l {
		case LayoutTable:
			if len(tableRow.FindAllString(text, -1)) < 5 || !tableCont.MatchString(text) {
				t.Errorf("%s: no Heading<TAB>Body rows with TAB continuation lines", n.Name)
			}
		case LayoutNumbered:
			if !numberedHead.MatchString(text) {
				t.Errorf("%s: no numbered heading", n.Name)
			}
			if nbspLine.MatchString(text) {
				nbsp++
			}
		case LayoutPlain:
			if !regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(lang.labels.name) + `:\r?\n\S`).MatchString(text) {
				t.Errorf("%s: no %q label line followed by its value", n.Name, lang.labels.name+":")
			}
		case LayoutWebPage:
			found := false
			for _, c := range lang.web.cart {
				if regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(c) + `\r?$`).MatchString(text) {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: no shop header line", n.Name)
			}
		case LayoutTwoNotices:
			if !strings.Contains(strings.ToLower(text), lang.regs[regNewsletter].name) {
				t.Errorf("%s: no second (newsletter) notice", n.Name)
			}
		default:
			t.Errorf("%s: unknown layout", n.Name)
		}
	}
	for _, l := range Layouts {
		t.Logf("%-10s %d", l, count[l])
		if count[l] < 100 {
			t.Errorf("layout %s occurs %d times in 2000 notices", l, count[l])
		}
	}
	if nbsp < 50 {
		t.Errorf("only %d numbered notices use U+00A0 separator lines", nbsp)
	}
	// Every layout also occurs in a small corpus.
	small := map[Layout]bool{}
	for _, n := range Generate(100, 1) {
		small[n.Layout()] = true
	}
	if len(small) != len(Layouts) {
		t.Errorf("Generate(100) has layouts %v, want all %d", small, len(Layouts))
	}
}

func languageOf(t *testing.T, n Notice) *language {
	t.Helper()
	switch n.Lang() {
	case LangFinnish:
		return &finnish
	case LangSwedish:
		return &swedish
	case LangEnglish:
		return &english
	}
	t.Fatalf("%s: no language in name", n.Name)
	return nil
}

func TestNames(t *testing.T) {
	ns := full()
	seen := map[string]bool{}
	for _, n := range ns {
		if seen[n.Name] {
			t.Errorf("duplicate name %s", n.Name)
		}
		seen[n.Name] = true
		if !strings.HasSuffix(n.Name, ".txt") {
			t.Errorf("%s: does not end in .txt", n.Name)
		}
		if strings.ContainsAny(n.Name, "/\\ ") || filepath.Base(n.Name) != n.Name {
			t.Errorf("%s: not a plain file name", n.Name)
		}
		if n.Lang() == "" || n.Layout() == 0 {
			t.Errorf("%s: language or layout not encoded in name", n.Name)
		}
	}
}

var controlChar = regexp.MustCompile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

func TestEncoding(t *testing.T) {
	ns := full()
	bom, crlf := 0, 0
	for _, n := range ns {
		c := n.Content
		if bytes.HasPrefix(c, []byte("\ufeff")) {
			bom++
			c = c[3:]
		}
		if !utf8.Valid(c) {
			t.Errorf("%s: invalid UTF-8", n.Name)
		}
		if bytes.Contains(c, []byte("\ufeff")) {
			t.Errorf("%s: U+FEFF after the start", n.Name)
		}
		if controlChar.Match(c) {
			t.Errorf("%s: control characters other than TAB, CR, LF", n.Name)
		}
		if bytes.Contains(c, []byte("\r\n")) {
			crlf++
			if bytes.Count(c, []byte("\n")) != bytes.Count(c, []byte("\r\n")) {
				t.Errorf("%s: mixed line endings", n.Name)
			}
		} else if bytes.Contains(c, []byte("\r")) {
			t.Errorf("%s: bare CR", n.Name)
		}
		if !bytes.HasSuffix(c, []byte("\n")) {
			t.Errorf("%s: no final newline", n.Name)
		}
		if bytes.ContainsAny(c, "{}") {
			t.Errorf("%s: unexpanded template braces", n.Name)
		}
	}
	t.Logf("BOM %d, CRLF %d", bom, crlf)
	if bom < 100 || bom > 400 {
		t.Errorf("%d notices with BOM, want roughly 10 %%", bom)
	}
	if crlf < 200 || crlf > 600 {
		t.Errorf("%d notices with CRLF, want roughly 20 %%", crlf)
	}
}

var (
	domainLike      = regexp.MustCompile(`(?i)\b[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}\b`)
	phoneLike       = regexp.MustCompile(`(?:\+358|\b0)[0-9 ()-]{7,}[0-9]`)
	numericDot      = regexp.MustCompile(`^[0-9.]+\.[a-z]+$`)
	placeholderDate = regexp.MustCompile(`(?i)^x+(\.x+)+$`)
)

func TestFictionalContacts(t *testing.T) {
	ns := full()
	phones := 0
	for _, n := range ns {
		text := string(n.Content)
		for _, tok := range strings.FieldsFunc(text, func(r rune) bool {
			return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00a0' || r == '<' || r == '>' || r == '(' || r == ')' || r == ','
		}) {
			if !strings.Contains(tok, ".") {
				continue
			}
			tok = strings.TrimRight(tok, ".:;")
			if at := strings.LastIndexByte(tok, '@'); at >= 0 {
				if !strings.HasSuffix(tok, ".example") {
					t.Errorf("%s: e-mail %q does not end in .example", n.Name, tok)
				}
				continue
			}
			for _, d := range domainLike.FindAllString(tok, -1) {
				if numericDot.MatchString(strings.ToLower(d)) || placeholderDate.MatchString(d) {
					continue // "1.5em", "XX.XX.20XX"
				}
				if !strings.HasSuffix(strings.ToLower(d), ".example") {
					t.Errorf("%s: domain-like text %q does not end in .example", n.Name, d)
				}
			}
		}
		for _, p := range phoneLike.FindAllString(text, -1) {
			digits := strings.Map(func(r rune) rune {
				if r >= '0' && r <= '9' {
					return r
				}
				return -1
			}, p)
			if len(digits) < 9 {
				continue // postal codes, business IDs
			}
			phones++
			digits = strings.TrimPrefix(digits, "358")
			if len(strings.Trim(digits, "0")) > 2 {
				t.Errorf("%s: phone number %q is not zero-filled", n.Name, p)
			}
		}
	}
	if phones < len(ns) {
		t.Errorf("only %d phone numbers in %d notices", phones, len(ns))
	}
}

var (
	oldDate    = regexp.MustCompile(`Päivitetty:? \d{1,2}\.\d{1,2}\.201[3-7]\b`)
	recentDate = regexp.MustCompile(`(?:Päivitetty|Uppdaterad|updated):? \d{1,2}\.\d{1,2}\.202[2-5]\b`)
	emptyRow   = regexp.MustCompile(`(?m)^[^\t\r\n]+\t\r?$`)
)

// TestDefects checks that the defects a linter should find occur, each in a
// minority of the notices.
func TestDefects(t *testing.T) {
	ns := full()
	checks := []struct {
		name     string
		match    func(string) bool
		min, max int
	}{
		{"henkilötietolain", contains("henkilötietolain"), 150, 900},
		{"henkilötietolaki (523/1999)", contains("henkilötietolaki (523/1999)"), 10, 500},
		{"henkilötietolain 26 §", contains("henkilötietolain 26 §"), 10, 500},
		{"(Muuta?)", contains("(Muuta?)"), 50, 400},
		{"(s-postiosoite)", contains("(s-postiosoite)"), 30, 400},
		{"XX.XX.20XX", contains("XX.XX.20XX"), 10, 300},
		{"<p>", contains("<p>"), 50, 800},
		{`<ul style="`, contains(`<ul style="`), 30, 800},
		{"old Päivitetty date", oldDate.MatchString, 50, 800},
		{"recent date", recentDate.MatchString, 100, 1500},
		{"empty template field", emptyRow.MatchString, 50, 400},
		{"duplicated heading", hasRepeatedLine, 30, 400},
		{"missing complaint right (fi)", func(s string) bool {
			return strings.Contains(s, "rekisterinpitäjä") && !strings.Contains(s, "valitu") && !strings.Contains(s, "valittaa")
		}, 100, 600},
	}
	for _, c := range checks {
		n := 0
		for _, notice := range ns {
			if c.match(string(notice.Content)) {
				n++
			}
		}
		t.Logf("%-30s %d", c.name, n)
		if n < c.min || n > c.max {
			t.Errorf("%s: in %d notices, want %d-%d", c.name, n, c.min, c.max)
		}
	}
}

func contains(s string) func(string) bool {
	return func(text string) bool { return strings.Contains(text, s) }
}

// hasRepeatedLine reports two consecutive identical heading-like lines.
func hasRepeatedLine(text string) bool {
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	for i := 1; i < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		if len(l) > 5 && lines[i] == lines[i-1] {
			return true
		}
	}
	return false
}

func TestVariety(t *testing.T) {
	ns := full()
	// Paragraph lines (not list items) that occur in a notice: a corpus
	// built from one template would repeat the same few.
	lines := map[string]int{}
	bodies := map[string]bool{}
	for _, n := range ns[:500] {
		bodies[string(n.Content)] = true
		for _, l := range strings.Split(string(n.Content), "\n") {
			if len(l) > 60 {
				lines[strings.TrimSpace(l)]++
			}
		}
	}
	if len(bodies) != 500 {
		t.Errorf("%d distinct notices of 500", len(bodies))
	}
	if len(lines) < 3000 {
		t.Errorf("only %d distinct long lines in 500 notices", len(lines))
	}
	t.Logf("%d distinct long lines in 500 notices", len(lines))
}

func TestWriteDir(t *testing.T) {
	dir := t.TempDir()
	ns := Generate(40, 7)
	if err := WriteDir(dir, ns); err != nil {
		t.Fatal(err)
	}
	want := map[string][]byte{}
	for _, n := range ns {
		want[filepath.Join(n.Lang(), n.Name)] = n.Content
	}
	got := 0
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		w, ok := want[rel]
		if !ok {
			t.Errorf("unexpected file %s", rel)
		} else if !bytes.Equal(w, data) {
			t.Errorf("%s: content differs", rel)
		}
		got++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if got != len(ns) {
		t.Errorf("wrote %d files, want %d", got, len(ns))
	}

	for _, bad := range []string{"", "../x.txt", "a/b.txt", `a\b.txt`, ".."} {
		if err := WriteDir(t.TempDir(), []Notice{{Name: bad}}); err == nil {
			t.Errorf("WriteDir accepted name %q", bad)
		}
	}
	// Names without a language go into dir itself.
	d2 := t.TempDir()
	if err := WriteDir(d2, []Notice{{Name: "other.txt", Content: []byte("x\n")}}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(d2, "other.txt")); err != nil {
		t.Error(err)
	}
}

func BenchmarkGenerate(b *testing.B) {
	for b.Loop() {
		Generate(100, 1)
	}
}

var htmlTag = regexp.MustCompile(`<(?:p|/p|br|ul|/ul|li|/li)\b[^>]*>`)

var fullMeta = sync.OnceValue(func() []generated {
	out := make([]generated, 2000)
	for i := range out {
		out[i] = generateOne(testSeed, i)
	}
	return out
})

func hasDefect(g generated, d string) bool {
	for _, x := range g.defects {
		if x == d {
			return true
		}
	}
	return false
}

// TestDefectsRendered checks that each notice shows exactly the defects the
// generator chose for it, so the corpus can serve as ground truth.
func TestDefectsRendered(t *testing.T) {
	ns, meta := full(), fullMeta()
	repealed := map[string][]string{
		LangFinnish: {"henkilötietola"},
		LangSwedish: {"personuppgiftslag", "henkilötietola"},
		LangEnglish: {"Personal Data Act", "henkilötietola"},
	}
	complaint := map[string][]string{
		LangFinnish: {"valitus", "valittaa"},
		LangSwedish: {"klagomål"},
		LangEnglish: {"lodge a complaint", "Complaints to the supervisory"},
	}
	anyOf := func(text string, subs []string) bool {
		for _, s := range subs {
			if strings.Contains(strings.ToLower(text), strings.ToLower(s)) {
				return true
			}
		}
		return false
	}
	html := 0
	for i, g := range meta {
		n := ns[i]
		if !bytes.Equal(g.content, n.Content) {
			t.Fatalf("%s: generateOne and Generate disagree", n.Name)
		}
		// join hard-wrapped lines so phrases are found across line breaks
		text := strings.Join(strings.Fields(string(n.Content)), " ")
		L := languageOf(t, n)
		check := func(defect string, present bool) {
			if want := hasDefect(g, defect); want != present {
				t.Errorf("%s: defect %s chosen=%v but shown=%v", n.Name, defect, want, present)
			}
		}
		check("repealed-law", anyOf(text, repealed[g.lang]))
		check("missing-complaint", !anyOf(text, complaint[g.lang]))
		check("placeholder-other", anyOf(text, L.ph.other))
		check("placeholder-email", anyOf(text, L.ph.email))
		check("placeholder-date", anyOf(text, []string{"xx.xx.20"}))
		check("crlf", bytes.Contains(n.Content, []byte("\r\n")))
		check("bom", bytes.HasPrefix(n.Content, []byte("\ufeff")))
		shown := htmlTag.MatchString(text)
		if hasDefect(g, "literal-html") {
			if shown {
				html++
			}
		} else if shown {
			t.Errorf("%s: HTML tags without the literal-html defect", n.Name)
		}
	}
	if html < 100 {
		t.Errorf("only %d notices show literal HTML", html)
	}
}
