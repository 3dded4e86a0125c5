package formatcheck

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// junitElement is what the commonly used JUnit schema, the Jenkins xUnit
// plugin's junit-10.xsd (which GitLab's and Jenkins's readers accept),
// allows of one element.
type junitElement struct {
	children []string // allowed child elements
	attrs    []string // allowed attributes
	required []string // required attributes
	text     bool     // may hold text
}

var junitSchema = map[string]junitElement{
	"testsuites": {
		children: []string{"testsuite"},
		attrs:    []string{"name", "time", "tests", "failures", "disabled", "errors"},
	},
	"testsuite": {
		children: []string{"testsuite", "properties", "testcase", "system-out", "system-err"},
		attrs: []string{"name", "tests", "failures", "errors", "time", "disabled", "skipped", "skips",
			"timestamp", "hostname", "id", "package", "assertions", "file", "skip", "log", "url"},
		required: []string{"tests"},
	},
	"testcase": {
		children: []string{"skipped", "error", "failure", "system-out", "system-err"},
		attrs: []string{"name", "assertions", "time", "timestamp", "classname", "status", "class",
			"file", "line", "log", "group", "url"},
		required: []string{"name"},
	},
	"failure":    {attrs: []string{"type", "message"}, text: true},
	"error":      {attrs: []string{"type", "message"}, text: true},
	"skipped":    {attrs: []string{"type", "message"}, text: true},
	"properties": {children: []string{"property"}},
	"property":   {attrs: []string{"name", "value"}, required: []string{"name", "value"}},
	"system-out": {text: true},
	"system-err": {text: true},
}

var (
	count   = regexp.MustCompile(`^(0|[1-9][0-9]*)$`)
	seconds = regexp.MustCompile(`^[0-9]+(\.[0-9]+)?$`)
)

// JUnit checks a JUnit XML report against the structure of the commonly
// used schema (see junitSchema), and what readers rely on besides: counts
// are non-negative integers, times are decimal seconds, a testsuite's
// tests, failures, errors and skipped agree with its test cases, and no two
// of its test cases share a class and name.
func JUnit(data []byte) error {
	var ps problems
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	type open struct {
		name     string
		attrs    map[string]string
		cases    int
		names    map[string]bool // of a testsuite's test cases: classname and name
		outcomes map[string]int  // of a testsuite's test cases: failure, error, skipped
		outcome  string          // of a testcase
	}
	var stack []*open
	root := ""
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			ps.add("not well-formed XML: %v", err)
			return ps.err()
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := t.Name.Local
			el, known := junitSchema[name]
			switch {
			case !known:
				ps.add("unknown element <%s>", name)
			case len(stack) == 0 && name != "testsuites" && name != "testsuite":
				ps.add("root element <%s>, want <testsuites> or <testsuite>", name)
			case len(stack) > 0 && !slices.Contains(junitSchema[stack[len(stack)-1].name].children, name):
				ps.add("<%s> inside <%s>", name, stack[len(stack)-1].name)
			}
			if len(stack) == 0 {
				root = name
			}
			o := &open{name: name, attrs: map[string]string{}, outcomes: map[string]int{}}
			for _, a := range t.Attr {
				if !slices.Contains(el.attrs, a.Name.Local) && known {
					ps.add("<%s> has attribute %s", name, a.Name.Local)
				}
				o.attrs[a.Name.Local] = a.Value
			}
			for _, r := range el.required {
				if _, ok := o.attrs[r]; !ok {
					ps.add("<%s> lacks the required attribute %s", name, r)
				}
			}
			for _, a := range []string{"tests", "failures", "errors", "skipped", "disabled", "line"} {
				if v, ok := o.attrs[a]; ok && !count.MatchString(v) {
					ps.add("<%s %s=%q>: want a non-negative integer", name, a, v)
				}
			}
			if v, ok := o.attrs["time"]; ok && !seconds.MatchString(v) {
				ps.add("<%s time=%q>: want decimal seconds", name, v)
			}
			if len(stack) > 0 {
				parent := stack[len(stack)-1]
				switch {
				case name == "testcase":
					parent.cases++
					// Readers key results by class and name: a second case
					// of one name hides the first (GitLab shows one).
					id := o.attrs["classname"] + "\x00" + o.attrs["name"]
					if parent.names == nil {
						parent.names = map[string]bool{}
					}
					if parent.names[id] {
						ps.add("testsuite %q has two test cases named %q", parent.attrs["name"], o.attrs["name"])
					}
					parent.names[id] = true
				case parent.name == "testcase" && (name == "failure" || name == "error" || name == "skipped"):
					if parent.outcome != "" {
						ps.add("test case %q has both <%s> and <%s>", parent.attrs["name"], parent.outcome, name)
					}
					parent.outcome = name
				}
			}
			stack = append(stack, o)
		case xml.EndElement:
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if o.name == "testcase" && len(stack) > 0 && o.outcome != "" {
				stack[len(stack)-1].outcomes[o.outcome]++
			}
			if o.name == "testsuite" {
				check := func(attr string, n int) {
					if v, ok := o.attrs[attr]; ok && v != strconv.Itoa(n) {
						ps.add("testsuite %q says %s=%s but has %d", o.attrs["name"], attr, v, n)
					}
				}
				check("tests", o.cases)
				check("failures", o.outcomes["failure"])
				check("errors", o.outcomes["error"])
				check("skipped", o.outcomes["skipped"])
			}
		case xml.CharData:
			if len(stack) > 0 && !junitSchema[stack[len(stack)-1].name].text && strings.TrimSpace(string(t)) != "" {
				ps.add("text in <%s>", stack[len(stack)-1].name)
			}
		}
	}
	if root == "" {
		ps.add("no root element")
	}
	return ps.err()
}
