package main

import (
	"slices"
	"strings"
	"testing"
)

// completions asks the command for the completions of the last argument,
// as a shell's completion script does (noticelint __complete ...).
func completions(t *testing.T, args ...string) []string {
	t.Helper()
	out, errOut, code := cli(t, "", append([]string{"__complete"}, args...)...)
	if code != exitClean {
		t.Fatalf("__complete %v: exit %d\n%s", args, code, errOut)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) == 0 || !strings.HasPrefix(lines[len(lines)-1], ":") {
		t.Fatalf("__complete %v: no directive in\n%s", args, out)
	}
	return lines[:len(lines)-1]
}

// TestFlagValueCompletion: every command completes the values of --format,
// --lang, --fail-on, --message-lang and --sarif-suppressed, where it has
// them, and accepts every value it offers.
func TestFlagValueCompletion(t *testing.T) {
	repo(t)
	// The rest of a command line that gets past flag checks: a failure
	// after them does not name the flag.
	rest := map[string][]string{
		"lint":   {"--no-config", "notices/privacy-notice.txt"},
		"scan":   {"--no-config", "ftp://esimerkki.example/"},
		"crawl":  {"--no-config", "--input", "no/such/sites.txt"},
		"report": {"no/such/results.jsonl"},
		"rules":  nil,
	}
	checked := 0
	for _, cmd := range NewRootCmd(streams{}).Commands() {
		flags := map[string][]string{}
		for name, values := range flagValues {
			flags[name] = values
		}
		flags["format"] = formatValues[cmd.Name()]
		for name, values := range flags {
			if cmd.Flags().Lookup(name) == nil {
				continue
			}
			got := completions(t, cmd.Name(), "--"+name, "")
			if !slices.Equal(got, values) || len(values) == 0 {
				t.Errorf("%s --%s completes %v, want %v", cmd.Name(), name, got, values)
			}
			args, ok := rest[cmd.Name()]
			if !ok {
				t.Errorf("the test does not know how to run %s", cmd.Name())
				continue
			}
			for _, v := range values {
				if _, errOut, _ := cli(t, "", append([]string{cmd.Name(), "--" + name, v}, args...)...); strings.Contains(errOut, "--"+name) {
					t.Errorf("%s completes --%s %s, which it refuses: %s", cmd.Name(), name, v, errOut)
				}
				checked++
			}
		}
	}
	if checked < 40 {
		t.Errorf("checked %d flag values; the test no longer finds the commands' flags", checked)
	}
	// Completing a word: the shell filters, but a flag's values are all
	// offered whatever was typed.
	if got := completions(t, "lint", "--fail-on", "w"); !slices.Contains(got, "warning") {
		t.Errorf("lint --fail-on w completes %v", got)
	}
}

// TestRuleIDCompletion: explain completes rule ids, with their titles, that
// start with what was typed, and nothing after the one argument.
func TestRuleIDCompletion(t *testing.T) {
	got := completions(t, "explain", "missing-right-")
	if len(got) != 6 {
		t.Errorf("explain missing-right- completes %d ids, want the 6 rights: %v", len(got), got)
	}
	for _, c := range got {
		id, title, ok := strings.Cut(c, "\t")
		if !strings.HasPrefix(id, "missing-right-") || !ok || title == "" {
			t.Errorf("completion %q: want an id and its title", c)
		}
	}
	if got := completions(t, "explain", ""); len(got) < 30 || !slices.ContainsFunc(got, func(c string) bool { return strings.HasPrefix(c, "repealed-law\t") }) {
		t.Errorf("explain completes %d ids: %v", len(got), got)
	}
	if got := completions(t, "explain", "repealed-law", ""); len(got) != 0 {
		t.Errorf("a second argument to explain completes %v", got)
	}
}
