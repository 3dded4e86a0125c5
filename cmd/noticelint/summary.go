package main

import (
	"fmt"
	"strings"

	"github.com/noticelint/noticelint/report"
	"github.com/noticelint/noticelint/result"
)

// terminal reports whether w is a terminal (the tests stand in for one).
var terminal = isTerminal

// summaryToTerminal prints the text report's summary line on standard
// error, naming the report files, when no text report goes to standard
// output and standard error is a terminal: a run whose report went to
// report.html would otherwise end in silence. Logs and pipes (not a
// terminal) get nothing new.
func (ss *session) summaryToTerminal(s streams, sum result.Summary) {
	if !ss.echoErrors || ss.flags.quiet || !terminal(s.err) {
		return
	}
	line := report.SummaryLine(sum, report.Meta{MessageLang: ss.flags.msgLang, Unit: ss.flags.unit})
	var files []string
	for _, o := range ss.outs.outs {
		if o.dest != "" {
			files = append(files, o.dest)
		}
	}
	switch len(files) {
	case 0:
	case 1:
		line += "; report: " + files[0]
	default:
		line += "; reports: " + strings.Join(files, ", ")
	}
	fmt.Fprintf(s.err, "noticelint: %s\n", line)
}
