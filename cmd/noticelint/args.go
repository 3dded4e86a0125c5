package main

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
)

// The positional argument checks of the commands: usage errors that say
// what the command takes, from its usage line ("report takes one argument
// (RESULTS.jsonl|-), and none was given").

// noArgs refuses any argument.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usageError("%s takes no arguments, not %q", commandName(cmd), args[0])
	}
	return nil
}

// exactArgs wants n arguments.
func exactArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) == n {
			return nil
		}
		return argCountError(cmd, countWord(n, "argument"), len(args))
	}
}

// maxArgs wants at most n arguments.
func maxArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) <= n {
			return nil
		}
		return argCountError(cmd, "at most "+countWord(n, "argument"), len(args))
	}
}

// flagsInUse matches the flags of a usage line ("[--input]").
var flagsInUse = regexp.MustCompile(`\s*\[--[^\]]*\]`)

func argCountError(cmd *cobra.Command, expect string, got int) error {
	if _, what, ok := strings.Cut(cmd.Use, " "); ok {
		if what = strings.TrimSpace(flagsInUse.ReplaceAllString(what, "")); what != "" {
			expect += " (" + what + ")"
		}
	}
	if got == 0 {
		return usageError("%s takes %s, and none was given", commandName(cmd), expect)
	}
	return usageError("%s takes %s, not %d", commandName(cmd), expect, got)
}

// commandName is the command's path without the program's name: "config
// verify".
func commandName(cmd *cobra.Command) string {
	return strings.TrimPrefix(cmd.CommandPath(), cmd.Root().Name()+" ")
}

// countWord writes "no arguments", "one argument", "2 arguments".
func countWord(n int, noun string) string {
	switch n {
	case 0:
		return "no " + noun + "s"
	case 1:
		return "one " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
