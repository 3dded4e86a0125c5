package extract

import (
	"slices"
	"strings"
)

// Suppression comments, as HTML and Markdown notices write them:
//
//	<!-- noticelint-disable-next-line placeholder -->
//	<!-- noticelint-disable empty-section, duplicate-heading -- reason -->
//	<!-- noticelint-enable empty-section, duplicate-heading -->
//
// No rule names all rules; text after " -- " is the reason, for people.
const (
	directiveNextLine = "noticelint-disable-next-line"
	directiveDisable  = "noticelint-disable"
	directiveEnable   = "noticelint-enable"
)

// suppressions reads the noticelint comments among comments (the inside of
// each comment, in source order). A disable without its enable lasts to
// the end of the file.
func suppressions(src *source, comments []srcRange) []Suppression {
	var out []Suppression
	type opened struct{ line int }
	open := map[string]opened{} // by rule, "" for all
	var order []string          // open rules in the order opened
	closeRule := func(rule string, line int) {
		o, ok := open[rule]
		if !ok {
			return
		}
		out = append(out, Suppression{Rule: rule, FromLine: o.line, ToLine: line, CommentLine: o.line})
		delete(open, rule)
		order = slices.DeleteFunc(order, func(r string) bool { return r == rule })
	}
	for _, c := range comments {
		directive, rules, ok := parseDirective(src.src[c.from:c.to])
		if !ok {
			continue
		}
		line := src.pos(c.from).Line
		endLine := src.pos(c.to).Line
		switch directive {
		case directiveNextLine:
			target := nextTextLine(src, endLine)
			if target == 0 {
				continue
			}
			for _, r := range rules {
				out = append(out, Suppression{Rule: r, FromLine: target, ToLine: target, CommentLine: line})
			}
		case directiveDisable:
			for _, r := range rules {
				if _, ok := open[r]; !ok {
					open[r] = opened{line}
					order = append(order, r)
				}
			}
		case directiveEnable:
			if len(rules) == 1 && rules[0] == "" {
				for _, r := range slices.Clone(order) {
					closeRule(r, endLine)
				}
				continue
			}
			for _, r := range rules {
				closeRule(r, endLine)
			}
		}
	}
	for _, r := range slices.Clone(order) {
		closeRule(r, len(src.lineStarts))
	}
	return out
}

// parseDirective reads a comment's text: the directive and its rules ([""]
// for all rules).
func parseDirective(text string) (directive string, rules []string, ok bool) {
	text = strings.TrimSpace(text)
	for _, d := range []string{directiveNextLine, directiveDisable, directiveEnable} {
		rest, found := strings.CutPrefix(text, d)
		if !found || rest != "" && rest[0] != ' ' && rest[0] != '\t' && rest[0] != '\n' && rest[0] != '\r' {
			continue
		}
		if i := strings.Index(rest, " --"); i >= 0 {
			rest = rest[:i]
		}
		rules = strings.FieldsFunc(rest, func(r rune) bool { return r == ',' || isSpace(r) })
		if len(rules) == 0 {
			rules = []string{""}
		}
		return d, rules, true
	}
	return "", nil, false
}

// nextTextLine returns the first line after line (1-based) that holds more
// than white space, or 0.
func nextTextLine(src *source, line int) int {
	for l := line + 1; l <= len(src.lineStarts); l++ {
		start := src.lineStarts[l-1]
		end := len(src.src)
		if l < len(src.lineStarts) {
			end = src.lineStarts[l]
		}
		if strings.TrimFunc(src.src[start:end], isSpace) != "" {
			return l
		}
	}
	return 0
}
