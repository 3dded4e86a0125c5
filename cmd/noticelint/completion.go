package main

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/noticelint/noticelint/report"
	"github.com/noticelint/noticelint/rules"
)

// Shell completion (noticelint completion bash|zsh|fish|powershell, cobra's
// command) of flag values and rule ids: what a user would otherwise look
// up in --help.

// flagValues are the values of the flags that take one of a few words,
// wherever a command has them; the test holds each command to accepting
// every one.
var flagValues = map[string][]string{
	"lang":             {"auto", "fi", "sv", "en"},
	"fail-on":          {"error", "warning", "note", "none"},
	"message-lang":     {"en", "fi"},
	"sarif-suppressed": {"include", "omit"},
}

// formatValues are each command's --format values.
var formatValues = map[string][]string{
	"lint":  report.Formats,
	"scan":  report.Formats,
	"rules": {"text", "json", "markdown"},
}

// registerCompletions adds value completion to every command under root.
func registerCompletions(root *cobra.Command) {
	var walk func(*cobra.Command)
	walk = func(cmd *cobra.Command) {
		for name, values := range flagValues {
			complete(cmd, name, values)
		}
		if values, ok := formatValues[cmd.Name()]; ok {
			complete(cmd, "format", values)
		}
		for _, c := range cmd.Commands() {
			walk(c)
		}
	}
	walk(root)
}

// complete offers values for cmd's flag name, if it has one.
func complete(cmd *cobra.Command, name string, values []string) {
	if cmd.Flags().Lookup(name) == nil {
		return
	}
	_ = cmd.RegisterFlagCompletionFunc(name, cobra.FixedCompletions(values, cobra.ShellCompDirectiveNoFileComp))
}

// completeRuleIDs offers the rule ids starting with what was typed, each
// with its title: for explain's argument.
func completeRuleIDs(_ *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	if len(args) > 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	pack, err := rules.Load()
	if err != nil {
		return nil, cobra.ShellCompDirectiveError
	}
	var out []cobra.Completion
	for _, r := range pack {
		if strings.HasPrefix(r.ID, toComplete) {
			out = append(out, cobra.CompletionWithDesc(r.ID, r.Title.In("en")))
		}
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}
