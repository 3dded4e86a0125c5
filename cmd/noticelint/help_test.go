package main

import (
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// helpWidth is the width the commands' long help is filled to.
const helpWidth = 79

// TestHelpIsFilled: each paragraph of every command's long help is filled
// to about helpWidth columns: no line is over it, and none ends early
// within a sentence ("reports what is missing or out" / "of date"), which
// reads as a sentence cut short. Indented lines (lists, tables) are left
// as written.
func TestHelpIsFilled(t *testing.T) {
	var walk func(*cobra.Command)
	walk = func(cmd *cobra.Command) {
		lines := strings.Split(cmd.Long, "\n")
		for i := 0; i+1 < len(lines); i++ {
			line, next := lines[i], lines[i+1]
			if line == "" || next == "" || strings.HasPrefix(line, " ") || strings.HasPrefix(next, " ") {
				continue
			}
			if n := len([]rune(line)); n > helpWidth {
				t.Errorf("%s --help: line %d is %d columns, over %d: %q", cmd.CommandPath(), i+1, n, helpWidth, line)
			}
			// Hand-filled lines end a few columns short; one that leaves a
			// quarter of the width empty within a sentence was cut short.
			word, _, _ := strings.Cut(next, " ")
			if n := len([]rune(line)); n < helpWidth*3/4 && n+1+len([]rune(word)) <= helpWidth && !strings.HasSuffix(line, ":") && !strings.HasSuffix(line, ".") {
				t.Errorf("%s --help: line %d ends early, at %d columns, within a sentence: %q / %q", cmd.CommandPath(), i+1, n, line, next)
			}
		}
		for _, c := range cmd.Commands() {
			walk(c)
		}
	}
	walk(NewRootCmd(streams{}))
}
