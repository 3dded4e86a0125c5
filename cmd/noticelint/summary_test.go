package main

import (
	"io"
	"testing"
)

// TestSummaryOnTerminal: with the reports in files and standard error a
// terminal, the run ends with the summary line there, naming the files;
// not when a text report shows it on standard output, not with --quiet,
// and not in a log or a pipe.
func TestSummaryOnTerminal(t *testing.T) {
	repo(t)
	tty := true
	terminal = func(io.Writer) bool { return tty }
	t.Cleanup(func() { terminal = isTerminal })
	want := "noticelint: 3 files linted: 7 problems (4 errors, 1 warning, 2 notes)"
	for _, tt := range []struct {
		name  string
		args  []string
		tty   bool
		shown string
	}{
		{"a file", []string{"-o", "report.html", "--format", "html"}, true, want + "; report: report.html\n"},
		{"two files", []string{"--output", "sarif=r.sarif", "--output", "junit=r.xml"}, true, want + "; reports: r.sarif, r.xml\n"},
		{"Finnish", []string{"--output", "sarif=r.sarif", "--message-lang", "fi"}, true, "noticelint: 3 tiedostoa tarkistettu: 7 ongelmaa (4 virhettä, 1 varoitus, 2 huomautusta); report: r.sarif\n"},
		{"json on standard output", []string{"--format", "json"}, true, want + "\n"},
		{"text on standard output too", []string{"--output", "html=report.html", "--output", "text=-"}, true, ""},
		{"quiet", []string{"-q", "-o", "report.html", "--format", "html"}, true, ""},
		{"a log", []string{"-o", "report.html", "--format", "html"}, false, ""},
	} {
		tty = tt.tty
		_, errOut, code := cli(t, "", append(append([]string{"lint", asOf}, tt.args...), "notices")...)
		if code != exitFindings || errOut != tt.shown {
			t.Errorf("%s: exit %d, standard error %q, want %q", tt.name, code, errOut, tt.shown)
		}
	}
}
