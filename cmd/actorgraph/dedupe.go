package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/identity"
)

type dedupeOptions struct {
	reports []string
	format  string
}

func newDedupeCmd(a *app) *cobra.Command {
	o := &dedupeOptions{}
	cmd := &cobra.Command{
		Use:   "dedupe",
		Short: "List likely duplicates among victims, each with a merge line for the curation file",
		Long: `Lists organizations, people and sectors that are likely one entity under two names: names
equal but for little words ("Ministry of Interior" / "Ministry of the Interior"), an acronym
and the name it stands for, names differing in one word of the same stem ("National Election
Committee" / "National Election Commission"), a name with its country in front ("Cambodian
Senate" / "Senate" in Cambodia). Entities located in different countries are never paired.

Nothing is changed: confirm a pair by pasting its line under merge: in the curation file
(names.curation, see docs/curation.md) and loading again.`,
		Args: rangeArgs(0, 0),
		RunE: func(cmd *cobra.Command, _ []string) error { return runDedupe(cmd.Context(), a, o) },
	}
	cmd.Flags().StringSliceVar(&o.reports, "reports", nil, "load these sources (files or folders) into a temporary store and look there, leaving the configured store alone")
	cmd.Flags().StringVar(&o.format, "format", "text", "output format: text or json")
	return cmd
}

// dedupeKinds are the kinds dedupe looks through: victims.
func dedupeKinds() []graph.Kind {
	return []graph.Kind{graph.Organization, graph.Person, graph.Sector}
}

func runDedupe(ctx context.Context, a *app, o *dedupeOptions) error {
	if err := checkTextJSON(o.format); err != nil {
		return err
	}
	s, closeStore, err := a.openStoreFor(ctx, o.reports)
	if err != nil {
		return err
	}
	defer closeStore()
	cands, err := dedupeCandidates(ctx, s)
	if err != nil {
		return err
	}
	dups := identity.Duplicates(cands)
	if o.format == "json" {
		return writeIndentedJSON(a.stdout, orEmpty(dups))
	}
	if len(dups) == 0 {
		fmt.Fprintf(a.stdout, "no likely duplicates among %d entities\n", len(cands))
		return nil
	}
	fmt.Fprintf(a.stdout, "%d likely duplicates among %d entities; to merge one, paste its line under merge: in the curation file and load again\n", len(dups), len(cands))
	for _, d := range dups {
		ctxt := ""
		if d.Context != "" {
			ctxt = " (" + d.Context + ")"
		}
		fmt.Fprintf(a.stdout, "\n%s: %q <- %q%s\n  why: %s\n%s\n", d.Kind, d.Into.Name, d.From.Name, ctxt, d.Reason, d.Line)
	}
	return nil
}

// dedupeCandidates reads the victims with the countries they are located
// in and how much evidence the graph has about each.
func dedupeCandidates(ctx context.Context, s store) ([]identity.Candidate, error) {
	nodes, err := s.Entities(ctx, dedupeKinds())
	if err != nil {
		return nil, err
	}
	if len(nodes) == 0 {
		return nil, nil
	}
	ids := make([]string, len(nodes))
	for i, n := range nodes {
		ids[i] = n.ID
	}
	sg, err := s.Expand(ctx, ids, graph.Both, nil)
	if err != nil {
		return nil, fmt.Errorf("dedupe: %w", err)
	}
	names := map[string]string{}
	for _, n := range sg.Nodes {
		names[n.ID] = n.Name
	}
	places := map[string][]string{}
	weight := map[string]int{}
	for _, e := range sg.Edges {
		weight[e.Source] += len(e.Evidence)
		weight[e.Target] += len(e.Evidence)
		if e.Type == graph.LocatedIn {
			places[e.Source] = append(places[e.Source], names[e.Target])
		}
	}
	out := make([]identity.Candidate, len(nodes))
	for i, n := range nodes {
		out[i] = identity.Candidate{Node: n, Places: places[n.ID], Weight: weight[n.ID]}
	}
	return out, nil
}
