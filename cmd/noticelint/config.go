package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/noticelint/noticelint/config"
	"github.com/noticelint/noticelint/rules"
)

// loadConfig loads the configuration named by --config, or the one found
// from the working directory up, or none (nil) with --no-config or when
// there is none. A bad configuration is a usage error naming the file, line
// and key.
func loadConfig(path string, noConfig bool, pack []*rules.Rule) (*config.Config, error) {
	if path != "" && noConfig {
		return nil, usageError("--config and --no-config: give one")
	}
	if noConfig {
		return nil, nil
	}
	if path == "" {
		found, err := config.Find(".")
		if err != nil {
			return nil, usageError("looking for %s: %v", config.FileName, err)
		}
		if found == "" {
			return nil, nil
		}
		path = found
	}
	cfg, err := config.Load(path, pack)
	if err != nil {
		return nil, &exitError{code: exitUsage, err: err, inFile: true}
	}
	return cfg, nil
}

func newConfigCmd(s streams) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Check the configuration file (.noticelint.yml)",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			return usageError("config: give a subcommand: verify")
		},
	}
	verify := &cobra.Command{
		Use:   "verify [FILE]",
		Short: "Check a configuration: its schema, rule ids, globs, and custom rules with their samples",
		Long: `Check a configuration file: FILE, or the .noticelint.yml found in the working
directory or a parent up to the repository's root. The file is validated
against noticelint's JSON schema; rule ids and globs are checked; custom rules
are compiled and their samples run. Every problem is reported with the file,
the line and the key. Exit 0 when the configuration is good, 2 when not.
An include glob that matches no notice file under the configuration's folder
(a typo such as notice/** for notices/**) is a warning on standard error:
lint would find nothing to lint and exit 3.`,
		Example: `  noticelint config verify
  noticelint config verify ci/noticelint.yml`,
		Args: maxArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			pack, err := rules.Load()
			if err != nil {
				return &exitError{code: exitUsage, err: fmt.Errorf("rule pack: %w", err)}
			}
			path := ""
			if len(args) == 1 {
				path = args[0]
			} else {
				if path, err = config.Find("."); err != nil {
					return usageError("looking for %s: %v", config.FileName, err)
				}
				if path == "" {
					return usageError("no %s in this directory or a parent up to the repository's root; 'noticelint init' writes one", config.FileName)
				}
			}
			cfg, err := config.Load(path, pack)
			if err != nil {
				return &exitError{code: exitUsage, err: err, inFile: true}
			}
			fmt.Fprintf(s.out, "%s: ok (%s)\n", path, cfg)
			// A glob that matches nothing is legal but most likely a typo
			// that would leave every file out: warn, and lint fails.
			for _, p := range cfg.UnmatchedIncludes() {
				fmt.Fprintf(s.err, "noticelint: warning: %s\n", p)
			}
			return nil
		},
	}
	cmd.AddCommand(verify)
	return cmd
}
