package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
)

type extractOptions struct {
	paths   []string
	format  string
	explain bool
}

func newExtractCmd(a *app) *cobra.Command {
	opts := &extractOptions{}
	cmd := &cobra.Command{
		Use:   "extract PATH...",
		Short: "Print the relationships found in reports, without storing them",
		Long: `Reads reports, sheets, STIX bundles or MISP galaxy files (files or folders) and prints
every relationship found, with the report and the sentence it rests on. Nothing is stored.

--format jsonl prints one JSON object per relationship and report:
  {"type":"TARGETED","source":{"id":..,"name":..,"kind":..,"aliases":[..]},"target":{...},
   "report":"<url or path>","report_id":..,"title":..,"date":..,"evidence":"<sentence>",
   "sentences":[..],"rule":..,"confidence":..}`,
		Args: rangeArgs(1, -1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.paths = args
			return runExtract(cmd.Context(), a, opts)
		},
	}
	cmd.Flags().StringVar(&opts.format, "format", "table", "output: table or jsonl")
	cmd.Flags().BoolVar(&opts.explain, "explain", false, "show the rule and confidence behind each relationship")
	return cmd
}

// extractedEntity is an endpoint in the jsonl contract.
type extractedEntity struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Kind    string   `json:"kind"`
	Aliases []string `json:"aliases"`
}

// extracted is one line of the jsonl contract: one relationship as one report states it.
type extracted struct {
	Type       string          `json:"type"`
	Source     extractedEntity `json:"source"`
	Target     extractedEntity `json:"target"`
	Report     string          `json:"report"`
	ReportID   string          `json:"report_id"`
	Title      string          `json:"title,omitempty"`
	Date       string          `json:"date,omitempty"`
	Evidence   string          `json:"evidence"`
	Sentences  []string        `json:"sentences,omitempty"`
	Locator    string          `json:"locator,omitempty"`
	Rule       string          `json:"rule,omitempty"`
	Confidence float64         `json:"confidence,omitempty"`
}

func runExtract(ctx context.Context, a *app, opts *extractOptions) error {
	switch opts.format {
	case "table", "jsonl":
	default:
		return usagef("extract: --format %q: want table or jsonl", opts.format)
	}
	files, err := loader.ReadAll(ctx, opts.paths, a.loaderOptions())
	if err != nil {
		return err
	}
	var rows []extracted
	for _, f := range files {
		rows = append(rows, extractedRows(f)...)
	}
	if opts.format == "jsonl" {
		return writeJSONL(a.stdout, rows)
	}
	return writeExtractTable(a.stdout, rows, opts.explain)
}

// extractedRows flattens a file's batch into contract rows, in the batch's
// canonical edge order.
func extractedRows(f loader.File) []extracted {
	nodes := make(map[string]graph.Node, len(f.Batch.Nodes))
	for _, n := range f.Batch.Nodes {
		nodes[n.ID] = n
	}
	entity := func(id string) extractedEntity {
		n := nodes[id]
		aliases := n.Aliases
		if aliases == nil {
			aliases = []string{}
		}
		return extractedEntity{ID: n.ID, Name: n.Name, Kind: string(n.Kind), Aliases: aliases}
	}
	var out []extracted
	for _, e := range f.Batch.Edges {
		// Group the edge's evidence by report: one row per report.
		var order []string
		byReport := map[string][]graph.Evidence{}
		for _, ev := range e.Evidence {
			if _, ok := byReport[ev.Report.ID]; !ok {
				order = append(order, ev.Report.ID)
			}
			byReport[ev.Report.ID] = append(byReport[ev.Report.ID], ev)
		}
		for _, rid := range order {
			evs := byReport[rid]
			best := evs[0]
			var sentences []string
			for _, ev := range evs {
				if ev.Confidence > best.Confidence {
					best = ev
				}
				if ev.Sentence != "" {
					sentences = append(sentences, ev.Sentence)
				}
			}
			ref := best.Report
			where := ref.URL
			if where == "" {
				where = orDefault(ref.Path, f.Path)
			}
			out = append(out, extracted{
				Type: string(e.Type), Source: entity(e.Source), Target: entity(e.Target),
				Report: where, ReportID: ref.ID, Title: ref.Title, Date: ref.Date,
				Evidence: best.Sentence, Sentences: sentences, Locator: best.Locator,
				Rule: best.Rule, Confidence: best.Confidence,
			})
		}
	}
	return out
}

func writeJSONL(w io.Writer, rows []extracted) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, r := range rows {
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	return nil
}

func writeExtractTable(w io.Writer, rows []extracted, explain bool) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	if explain {
		fmt.Fprintln(tw, "SOURCE\tTYPE\tTARGET\tRULE\tCONF\tREPORT\tEVIDENCE")
	} else {
		fmt.Fprintln(tw, "SOURCE\tTYPE\tTARGET\tREPORT\tEVIDENCE")
	}
	for _, r := range rows {
		src := fmt.Sprintf("%s (%s)", r.Source.Name, r.Source.Kind)
		dst := fmt.Sprintf("%s (%s)", r.Target.Name, r.Target.Kind)
		report := shorten(orDefault(r.Title, r.Report), 40)
		if explain {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%.2f\t%s\t%s\n", src, r.Type, dst, r.Rule, r.Confidence, report, oneLine(r.Evidence))
		} else {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", src, r.Type, dst, report, shorten(oneLine(r.Evidence), 90))
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "%d relationships\n", len(rows))
	return nil
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
