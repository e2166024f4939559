package main

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/graph"
)

type statsOptions struct {
	format string
}

func newStatsCmd(a *app) *cobra.Command {
	opts := &statsOptions{}
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Count what the store holds",
		Args:  rangeArgs(0, 0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runStats(cmd.Context(), a, opts)
		},
	}
	cmd.Flags().StringVar(&opts.format, "format", "text", "text or json")
	return cmd
}

func runStats(ctx context.Context, a *app, opts *statsOptions) error {
	s, closeStore, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer closeStore()
	c, err := s.Counts(ctx)
	if err != nil {
		return err
	}
	if opts.format == "json" {
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(c)
	}
	fmt.Fprintf(a.stdout, "%s\n", a.describeStore())
	fmt.Fprintf(a.stdout, "  entities:      %d\n  relationships: %d\n  reports:       %d\n", c.Nodes, c.Edges, c.Reports)
	for _, k := range graph.Kinds() {
		if n := c.ByKind[k]; n > 0 {
			fmt.Fprintf(a.stdout, "    %-15s %d\n", k, n)
		}
	}
	types := make([]string, 0, len(c.ByType))
	for t := range c.ByType {
		types = append(types, string(t))
	}
	sort.Strings(types)
	for _, t := range types {
		fmt.Fprintf(a.stdout, "    %-15s %d\n", t, c.ByType[graph.RelType(t)])
	}
	return nil
}
