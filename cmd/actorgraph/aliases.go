package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
	"github.com/actorgraph/actorgraph/loader/identity"
	"github.com/actorgraph/actorgraph/queries"
)

type aliasesOptions struct {
	name    string
	reports []string
	format  string
	limit   int
}

func newAliasesCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "aliases",
		Short: "Show the names of an entity with who gives each, and the names entities disagree about",
		Long: `aliases show NAME lists every name of the entities NAME names, with the sources that give
each name (ATT&CK, the MISP galaxy, a report, the curation file) and the vendor behind it.

aliases conflicts lists the names two entities answer to: first the built-in gazetteer's
(one alias in two MISP clusters or ATT&CK groups), then the stored graph's (the same name
on two entities of one kind, with who claims it for each). Such entities are kept apart;
settle them with a merge or a split line in the curation file (see docs/curation.md).`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usagef("aliases: say show NAME or conflicts")
			}
			return usagef("aliases: unknown subcommand %q (want show or conflicts)", args[0])
		},
		RunE: func(*cobra.Command, []string) error { return nil },
	}
	show := &aliasesOptions{}
	showCmd := &cobra.Command{
		Use:   "show NAME",
		Short: "List the names of an entity with the source of each",
		Args:  rangeArgs(1, -1),
		RunE: func(cmd *cobra.Command, args []string) error {
			show.name = strings.Join(args, " ")
			return runAliasesShow(cmd.Context(), a, show)
		},
	}
	addAliasesFlags(showCmd, show)
	conflicts := &aliasesOptions{}
	conflictsCmd := &cobra.Command{
		Use:   "conflicts",
		Short: "List the names two entities answer to (gazetteer and store)",
		Args:  rangeArgs(0, 0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runAliasesConflicts(cmd.Context(), a, conflicts)
		},
	}
	addAliasesFlags(conflictsCmd, conflicts)
	conflictsCmd.Flags().IntVar(&conflicts.limit, "limit", 0, "print at most this many conflicts of each part (0: all)")
	cmd.AddCommand(showCmd, conflictsCmd)
	return cmd
}

func addAliasesFlags(cmd *cobra.Command, o *aliasesOptions) {
	cmd.Flags().StringSliceVar(&o.reports, "reports", nil, "load these sources (files or folders) into a temporary store and look there, leaving the configured store alone")
	cmd.Flags().StringVar(&o.format, "format", "text", "output format: text or json")
}

func checkTextJSON(format string) error {
	switch format {
	case "text", "json":
		return nil
	}
	return usagef("--format %q: want text or json", format)
}

// nameRow is one name of an entity.
type nameRow struct {
	Name    string   `json:"name"`
	Display bool     `json:"display,omitempty"`
	Sources []string `json:"sources"`
	Vendor  string   `json:"vendor,omitempty"`
}

type entityNames struct {
	ID    string     `json:"id"`
	Kind  graph.Kind `json:"kind"`
	Name  string     `json:"name"`
	Names []nameRow  `json:"names"`
}

func runAliasesShow(ctx context.Context, a *app, o *aliasesOptions) error {
	if err := checkTextJSON(o.format); err != nil {
		return err
	}
	s, closeStore, err := a.openStoreFor(ctx, o.reports)
	if err != nil {
		return err
	}
	defer closeStore()
	found, err := queries.Search(ctx, s, o.name)
	if err != nil {
		return a.explainEmpty(ctx, s, err, o.reports)
	}
	// The entities the text names best: by name or alias when some are.
	top := graph.Match(o.name, found[0])
	var nodes []graph.Node
	for _, n := range found {
		if graph.Match(o.name, n) == top {
			nodes = append(nodes, n)
		}
	}
	g, err := gazetteer.Default()
	if err != nil {
		return err
	}
	var out []entityNames
	for _, n := range nodes {
		out = append(out, namesOf(n, g))
	}
	if o.format == "json" {
		return writeIndentedJSON(a.stdout, out)
	}
	for i, en := range out {
		if i > 0 {
			fmt.Fprintln(a.stdout)
		}
		fmt.Fprintf(a.stdout, "%s (%s, id %s): %d names\n", en.Name, en.Kind, en.ID, len(en.Names))
		tw := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "  NAME\tSOURCES\tVENDOR")
		for _, r := range en.Names {
			name := r.Name
			if r.Display {
				name += " (display)"
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\n", name, strings.Join(r.Sources, ", "), r.Vendor)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	return nil
}

// namesOf lists every name of n (its name, aliases and the spellings its
// alias claims keep) with the sources of each, the display name first.
func namesOf(n graph.Node, g *gazetteer.Gazetteer) entityNames {
	var entry *gazetteer.Entry
	if n.Kind == graph.ThreatActor {
		for _, name := range n.Names() {
			if e, ok := g.Lookup(name); ok && graph.NodeID(graph.ThreatActor, e.Name) == n.ID {
				entry = &e
				break
			}
		}
	}
	rows := map[string]*nameRow{}
	add := func(name string) *nameRow {
		r := rows[name]
		if r == nil {
			r = &nameRow{Name: name, Display: name == n.Name}
			if n.Kind == graph.ThreatActor {
				r.Vendor = identity.VendorOf(name, entry)
			}
			rows[name] = r
		}
		return r
	}
	for _, name := range n.Names() {
		add(name)
	}
	for _, c := range n.AliasClaims {
		r := add(c.Alias)
		if !hasString(r.Sources, c.Source) {
			r.Sources = append(r.Sources, c.Source)
		}
	}
	en := entityNames{ID: n.ID, Kind: n.Kind, Name: n.Name}
	for _, r := range rows {
		sort.Strings(r.Sources)
		if len(r.Sources) == 0 {
			r.Sources = []string{"(no source recorded)"}
		}
		en.Names = append(en.Names, *r)
	}
	sort.Slice(en.Names, func(i, j int) bool {
		if en.Names[i].Display != en.Names[j].Display {
			return en.Names[i].Display
		}
		ki, kj := strings.ToLower(en.Names[i].Name), strings.ToLower(en.Names[j].Name)
		if ki != kj {
			return ki < kj
		}
		return en.Names[i].Name < en.Names[j].Name
	})
	return en
}

func hasString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func writeIndentedJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// gazetteerConflict is one name the built-in gazetteer gives to several actors.
type gazetteerConflict struct {
	Alias   string           `json:"alias"`
	Entries []identity.Claim `json:"entries"`
}

func runAliasesConflicts(ctx context.Context, a *app, o *aliasesOptions) error {
	if err := checkTextJSON(o.format); err != nil {
		return err
	}
	if o.limit < 0 {
		return usagef("--limit must not be negative")
	}
	g, err := gazetteer.Default()
	if err != nil {
		return err
	}
	var gz []gazetteerConflict
	for _, c := range g.Conflicts() {
		gc := gazetteerConflict{Alias: c.Alias}
		for _, e := range c.Entries {
			gc.Entries = append(gc.Entries, identity.Claim{Entity: graph.NodeID(graph.ThreatActor, e.Name), Name: e.Name, Sources: e.SourcesOf(c.Alias)})
		}
		gz = append(gz, gc)
	}
	s, closeStore, err := a.openStoreFor(ctx, o.reports)
	if err != nil {
		return err
	}
	defer closeStore()
	nodes, err := s.Entities(ctx, nil)
	if err != nil {
		return err
	}
	stored := identity.StoreConflicts(nodes)
	if o.format == "json" {
		return writeIndentedJSON(a.stdout, struct {
			Gazetteer []gazetteerConflict `json:"gazetteer"`
			Store     []identity.Conflict `json:"store"`
		}{orEmpty(gz), orEmpty(stored)})
	}
	where := a.describeStore()
	if len(o.reports) > 0 {
		where = "the sources given"
	}
	fmt.Fprintf(a.stdout, "Gazetteer: %d names claimed by more than one actor (kept apart; a report naming one of them resolves to none)\n", len(gz))
	for i, c := range gz {
		if o.limit > 0 && i == o.limit {
			fmt.Fprintf(a.stdout, "  ... and %d more (--limit 0 shows all)\n", len(gz)-i)
			break
		}
		fmt.Fprintf(a.stdout, "  %q: %s\n", c.Alias, describeClaims(c.Entries))
	}
	fmt.Fprintf(a.stdout, "\nStore (%s): %d names on more than one entity of a kind\n", where, len(stored))
	for i, c := range stored {
		if o.limit > 0 && i == o.limit {
			fmt.Fprintf(a.stdout, "  ... and %d more (--limit 0 shows all)\n", len(stored)-i)
			break
		}
		fmt.Fprintf(a.stdout, "  %s %q: %s\n", c.Kind, c.Alias, describeClaims(c.Claims))
	}
	if len(stored) > 0 {
		fmt.Fprintln(a.stdout, "\nSettle one with a merge or split line in the curation file (docs/curation.md), then load again.")
	}
	return nil
}

func describeClaims(cs []identity.Claim) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = fmt.Sprintf("%s [%s] per %s", c.Name, c.Entity, strings.Join(c.Sources, ", "))
	}
	return strings.Join(parts, " | ")
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// writeResolution adds what identity resolution did to a load summary.
func writeResolution(w io.Writer, r loader.Resolution) {
	if r.Merged+r.SelfLoops+r.Dropped+len(r.Conflicts) > 0 {
		fmt.Fprintf(w, "  identities:    %d records merged into entities of other names, %d names claimed by two entities kept apart (actorgraph aliases conflicts)", r.Merged, len(r.Conflicts))
		if r.Dropped > 0 {
			fmt.Fprintf(w, ", %d entities dropped by the curation", r.Dropped)
		}
		fmt.Fprintln(w)
	}
	for _, n := range r.Notes {
		fmt.Fprintf(w, "  curation: %s\n", n)
	}
}
