package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

func newConfigCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "config",
		Short: "Print the effective configuration (the password is hidden)",
		Args:  rangeArgs(0, 0),
		RunE: func(*cobra.Command, []string) error {
			fmt.Fprint(a.stdout, a.cfg.Redacted())
			return nil
		},
	}
}
