package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/queries"
)

type queryOptions struct {
	name    string
	args    []string
	reports []string
	out     outputOptions
	depth   int
	maxHops int
}

func newQueryCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "query NAME ARGS...",
		Short: "Ask a named question: who-targeted, victims-of, neighborhood, path, search",
		Long: `Asks a named question of the store and prints or draws the answer.

Names are matched case-insensitively, by name or alias, word by word: "election commission"
finds "National Election Commission". A name that is exactly an entity's name or alias picks
that entity alone ("APT28" is not also the group with the alias "APT-C-28"). When a name
matches several entities the answer covers them all and says which; when it matches nothing,
the nearest names are suggested and the exit code is 3. "search" lists every match.

Without -o the answer is printed as text; -o FILE.svg|.png|.dot|.json draws or saves it.`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usagef("query: name a question (%s)", strings.Join(queryNames(), ", "))
			}
			return usagef("query: unknown question %q (want one of %s)", args[0], strings.Join(queryNames(), ", "))
		},
		RunE: func(*cobra.Command, []string) error { return nil },
	}
	for _, q := range queries.Catalog() {
		cmd.AddCommand(newNamedQueryCmd(a, q))
	}
	return cmd
}

func queryNames() []string {
	var names []string
	for _, q := range queries.Catalog() {
		names = append(names, q.Name)
	}
	return names
}

func newNamedQueryCmd(a *app, q queries.Query) *cobra.Command {
	opts := &queryOptions{name: q.Name}
	cmd := &cobra.Command{
		Use:   q.Name + " " + q.Usage,
		Short: q.Short,
		Args:  rangeArgs(q.MinArgs, q.MaxArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.args = args
			return runQuery(cmd.Context(), a, opts)
		},
	}
	cmd.Flags().StringSliceVar(&opts.reports, "reports", nil, "load these reports (files or folders) into a temporary store and ask them, leaving the configured store alone")
	addOutputFlags(cmd, &opts.out)
	if q.Name == "neighborhood" {
		cmd.Flags().IntVar(&opts.depth, "depth", 1, "how many hops around the entity (1 to 4)")
	}
	if q.Name == "path" {
		cmd.Flags().IntVar(&opts.maxHops, "max-hops", 6, "longest path to look for (1 to 10)")
	}
	return cmd
}

func runQuery(ctx context.Context, a *app, opts *queryOptions) error {
	if err := opts.out.check(); err != nil {
		return err
	}
	s, closeStore, err := a.openStoreFor(ctx, opts.reports)
	if err != nil {
		return err
	}
	defer closeStore()
	if opts.name == "search" {
		nodes, err := queries.Search(ctx, s, strings.Join(opts.args, " "))
		if err != nil {
			return a.explainEmpty(ctx, s, err, opts.reports)
		}
		return writeNodes(a, nodes, opts.out.format)
	}
	sg, err := queries.Run(ctx, s, opts.name, opts.args, queries.Options{Depth: opts.depth, MaxHops: opts.maxHops})
	if err != nil {
		return a.explainEmpty(ctx, s, err, opts.reports)
	}
	return a.writeSubgraph(ctx, sg, opts.out)
}

// explainEmpty adds a hint to a not-found error when the store holds nothing.
func (a *app) explainEmpty(ctx context.Context, s queries.Store, err error, reports []string) error {
	if !errors.Is(err, graph.ErrNotFound) || len(reports) > 0 {
		return err
	}
	if c, cerr := s.Counts(ctx); cerr == nil && c.Nodes == 0 {
		return fmt.Errorf("%w (%s is empty: load reports with 'actorgraph load PATH', or pass --reports PATH)", err, a.describeStore())
	}
	return err
}

func writeNodes(a *app, nodes []graph.Node, format string) error {
	if format == "json" {
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if nodes == nil {
			nodes = []graph.Node{}
		}
		return enc.Encode(nodes)
	}
	tw := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "KIND\tNAME\tALIASES\tID")
	for _, n := range nodes {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", n.Kind, n.Name, shorten(strings.Join(n.Aliases, ", "), 60), n.ID)
	}
	return tw.Flush()
}
