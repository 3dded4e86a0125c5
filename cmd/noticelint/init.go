package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/spf13/cobra"

	"github.com/noticelint/noticelint/config"
	"github.com/noticelint/noticelint/internal/fserr"
)

func newInitCmd(s streams) *cobra.Command {
	var force bool
	cmd := &cobra.Command{
		Use:   "init [FILE]",
		Short: "Write a commented starter configuration (.noticelint.yml)",
		Long: `Write a commented starter configuration to FILE (default .noticelint.yml in the
working directory). Every setting is at its default, with an example beside
it. An existing file is left alone unless --force is given.`,
		Example: `  noticelint init
  noticelint init --force`,
		Args: maxArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			path := config.FileName
			if len(args) == 1 {
				path = args[0]
			}
			flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
			if force {
				flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
			}
			f, err := os.OpenFile(path, flags, 0o644)
			switch {
			case errors.Is(err, fs.ErrExist):
				return usageError("%s exists; --force overwrites it", path)
			case err != nil:
				return usageError("%s: %v", path, fserr.Reason(err))
			}
			if _, err := f.Write(config.Starter); err != nil {
				_ = f.Close()
				return &exitError{code: exitInput, err: err}
			}
			if err := f.Close(); err != nil {
				return &exitError{code: exitInput, err: err}
			}
			fmt.Fprintf(s.out, "wrote %s; check it with 'noticelint config verify'\n", path)
			return nil
		},
	}
	cmd.Flags().BoolVar(&force, "force", false, "overwrite an existing file")
	return cmd
}
