package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"
)

type resetOptions struct {
	yes bool
}

func newResetCmd(a *app) *cobra.Command {
	opts := &resetOptions{}
	cmd := &cobra.Command{
		Use:   "reset --yes",
		Short: "Delete everything in the configured store",
		Args:  rangeArgs(0, 0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runReset(cmd.Context(), a, opts)
		},
	}
	cmd.Flags().BoolVar(&opts.yes, "yes", false, "really delete everything")
	return cmd
}

func runReset(ctx context.Context, a *app, opts *resetOptions) error {
	if !opts.yes {
		return usagef("reset deletes everything in %s: run it with --yes", a.describeStore())
	}
	s, closeStore, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer closeStore()
	if err := s.Clear(ctx); err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "emptied %s\n", a.describeStore())
	return nil
}
