package report

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/noticelint/noticelint/result"
	"github.com/noticelint/noticelint/rules"
)

// JUnit XML as CI systems read it (GitLab's artifacts:reports:junit, the
// Jenkins JUnit plugin): one <testsuite> a notice file, one <testcase> a
// finding with a <failure> whose type is the severity, <skipped> for a
// suppressed finding, <error> for a file that could not be read, and one
// passing test case for a clean file. Test case names hold the rule and the
// evidence, not the line, so that a finding keeps its name across edits;
// only names that would repeat within a suite (the same evidence in two
// sections) get their line, as readers key test cases by name.

type junitReporter struct {
	w       *bufio.Writer
	rules   map[string]*rules.Rule
	workDir string
}

type junitSuite struct {
	XMLName  xml.Name    `xml:"testsuite"`
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Time     string      `xml:"time,attr"`
	File     string      `xml:"file,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	File      string        `xml:"file,attr,omitempty"`
	Line      int           `xml:"line,attr,omitempty"`
	Time      string        `xml:"time,attr"`
	Failure   *junitProblem `xml:"failure"`
	Error     *junitProblem `xml:"error"`
	Skipped   *junitProblem `xml:"skipped"`
}

type junitProblem struct {
	Type    string `xml:"type,attr,omitempty"`
	Message string `xml:"message,attr"`
	Text    string `xml:",cdata"`
}

func newJUnit(w io.Writer, meta Meta) (*junitReporter, error) {
	j := &junitReporter{w: bufio.NewWriter(w), rules: ruleByID(meta.Rules), workDir: meta.WorkDir}
	j.w.WriteString(xml.Header + `<testsuites name="noticelint">` + "\n")
	return j, j.w.Flush()
}

func (j *junitReporter) File(r result.FileResult) error {
	path := relPath(j.workDir, r.Path)
	s := junitSuite{Name: path, File: path, Time: "0"}
	if r.Err != nil {
		s.Errors++
		s.Cases = append(s.Cases, junitCase{
			Name: "read", Classname: path, File: path, Time: "0",
			Error: &junitProblem{Type: "input", Message: r.Err.Reason, Text: xmlText(path + ": " + r.Err.Reason)},
		})
	}
	for _, f := range r.Findings {
		c := junitCase{Name: caseName(f), Classname: path, File: path, Line: f.Location.Line, Time: "0"}
		if f.Suppressed != nil {
			s.Skipped++
			c.Skipped = &junitProblem{Message: f.Suppressed.Justification}
		} else {
			s.Failures++
			c.Failure = &junitProblem{Type: f.Severity.String(), Message: f.Message, Text: xmlText(j.details(path, f))}
		}
		s.Cases = append(s.Cases, c)
	}
	uniqueNames(s.Cases, r.Findings)
	if len(s.Cases) == 0 {
		s.Cases = append(s.Cases, junitCase{Name: "no problems", Classname: path, File: path, Time: "0"})
	}
	s.Tests = len(s.Cases)
	b, err := xml.MarshalIndent(s, "  ", "  ")
	if err != nil {
		return err
	}
	j.w.Write(b)
	j.w.WriteString("\n")
	return j.w.Flush()
}

// caseName is "rule: evidence", with the occurrence when the same evidence
// fires twice: stable across edits elsewhere in the file.
func caseName(f rules.Finding) string {
	name := f.Rule
	if ev := strings.Join(strings.Fields(f.Evidence), " "); ev != "" {
		if utf8.RuneCountInString(ev) > 60 {
			ev = string([]rune(ev)[:59]) + "…"
		}
		name += ": " + ev
	}
	if _, n, ok := strings.Cut(f.Fingerprint, ":"); ok && n != "1" {
		if _, err := strconv.Atoi(n); err == nil {
			name += " (" + n + ")"
		}
	}
	return name
}

// uniqueNames adds " (line N)" to the names of a suite's finding cases
// that repeat, and the column too where the line does not tell them apart.
// The cases of findings come after at most one case for the read error.
func uniqueNames(cases []junitCase, fs []rules.Finding) {
	off := len(cases) - len(fs)
	count := map[string]int{}
	for _, c := range cases {
		count[c.Name]++
	}
	for _, loc := range []func(rules.Location) string{
		func(l rules.Location) string { return fmt.Sprintf(" (line %d)", l.Line) },
		func(l rules.Location) string { return fmt.Sprintf(" (line %d, column %d)", l.Line, l.Column) },
	} {
		again := map[string]int{}
		for i := range fs {
			c := &cases[off+i]
			if count[c.Name] > 1 {
				c.Name = strings.TrimSuffix(c.Name, fmt.Sprintf(" (line %d)", fs[i].Location.Line)) + loc(fs[i].Location)
			}
			again[c.Name]++
		}
		count = again
	}
}

// details is a failure's text: where, what, and what to do.
func (j *junitReporter) details(path string, f rules.Finding) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s:%d:%d %s %s\n%s\n", path, f.Location.Line, f.Location.Column, f.Severity, f.Rule, f.Message)
	if f.Section != "" {
		fmt.Fprintf(&b, "section: %s\n", f.Section)
	}
	if f.Suggestion != "" {
		fmt.Fprintf(&b, "write instead: %s\n", f.Suggestion)
	}
	if r := j.rules[f.Rule]; r != nil && r.Ref != "" {
		fmt.Fprintf(&b, "law: %s\n", r.Ref)
	}
	return b.String()
}

// xmlText replaces what XML 1.0 cannot hold (most control characters, and
// "]]>", which would end the CDATA section) so that the report stays
// well-formed.
func xmlText(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return r
		case r < 0x20 || r == 0xFFFE || r == 0xFFFF || (r >= 0xD800 && r <= 0xDFFF):
			return utf8.RuneError
		}
		return r
	}, s)
	return strings.ReplaceAll(s, "]]>", "]] >")
}

func (j *junitReporter) End(result.Summary) error {
	j.w.WriteString("</testsuites>\n")
	return j.w.Flush()
}
