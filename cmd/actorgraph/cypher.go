package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/neo4j"
)

type cypherOptions struct {
	query   string
	params  []string
	write   bool
	timeout time.Duration
	limit   int
	out     outputOptions
}

func newCypherCmd(a *app) *cobra.Command {
	opts := &cypherOptions{}
	cmd := &cobra.Command{
		Use:   "cypher QUERY",
		Short: "Run an ad-hoc Cypher query on Neo4j (read-only unless --write)",
		Long: `Runs a Cypher query on the configured Neo4j store. Values go in as parameters:
  actorgraph cypher 'MATCH (a:ThreatActor {id: $id})-[r]->(v) RETURN a, r, v' --param id=threatactor:apt40

The query runs in a read transaction unless --write is given, so the server refuses any
write. A timeout and a row limit apply (cypher.timeout, cypher.limit).

Output: a table (default), --format json or csv; or -o FILE.svg|.png|.dot to draw the nodes,
relationships and paths the query returns.`,
		Args: rangeArgs(1, 1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.query = args[0]
			if !cmd.Flags().Changed("timeout") {
				opts.timeout = a.cfg.Cypher.Timeout
			}
			if !cmd.Flags().Changed("limit") {
				opts.limit = a.cfg.Cypher.Limit
			}
			return runCypher(cmd.Context(), a, opts)
		},
	}
	cmd.Flags().StringArrayVarP(&opts.params, "param", "p", nil, "query parameter key=value (value read as JSON when it parses, else as a string); repeatable")
	cmd.Flags().BoolVar(&opts.write, "write", false, "allow the query to write")
	cmd.Flags().DurationVar(&opts.timeout, "timeout", 30*time.Second, "give up after this long (default: cypher.timeout)")
	cmd.Flags().IntVar(&opts.limit, "limit", 1000, "return at most this many rows (default: cypher.limit)")
	cmd.Flags().StringVarP(&opts.out.file, "output", "o", "", "draw the result's nodes and relationships to FILE (.svg, .png, .dot, .json)")
	cmd.Flags().StringVar(&opts.out.format, "format", "", "table, json or csv (with -o: from the extension)")
	cmd.Flags().StringVar(&opts.out.title, "title", "", "diagram title")
	return cmd
}

func parseParams(kvs []string) (map[string]any, error) {
	params := map[string]any{}
	for _, kv := range kvs {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			return nil, usagef("--param %q: want key=value", kv)
		}
		var val any
		if err := json.Unmarshal([]byte(v), &val); err != nil {
			val = v
		}
		if f, isFloat := val.(float64); isFloat && f == float64(int64(f)) && !strings.ContainsAny(v, ".eE") {
			val = int64(f)
		}
		params[k] = val
	}
	return params, nil
}

func runCypher(ctx context.Context, a *app, opts *cypherOptions) error {
	if a.cfg.Store != "neo4j" {
		return fmt.Errorf("%w: cypher needs Neo4j, and the configured store is the embedded one; start Neo4j ('docker compose up -d', or scripts/neo4j start without Docker) and run with --store neo4j (or store: neo4j in actorgraph.yaml, or ACTORGRAPH_STORE=neo4j)", graph.ErrUnsupported)
	}
	params, err := parseParams(opts.params)
	if err != nil {
		return err
	}
	if opts.limit <= 0 || opts.timeout <= 0 {
		return usagef("--limit and --timeout must be positive")
	}
	draw := opts.out.file != ""
	if draw {
		if err := opts.out.check(); err != nil {
			return err
		}
	} else {
		switch opts.out.format {
		case "", "table", "json", "csv":
		default:
			return usagef("--format %q: want table, json or csv", opts.out.format)
		}
	}
	s, err := neo4j.Open(ctx, a.neo4jConfig())
	if err != nil {
		return err
	}
	defer s.Close(context.WithoutCancel(ctx))
	res, err := s.Cypher(ctx, opts.query, params, neo4j.CypherOptions{Write: opts.write, Timeout: opts.timeout, Limit: opts.limit})
	if err != nil {
		return err
	}
	if res.Truncated {
		fmt.Fprintf(a.stderr, "note: stopped at %d rows (--limit)\n", opts.limit)
	}
	if draw {
		sg := res.Graph
		if sg.Title == "" {
			sg.Title = orDefault(opts.out.title, "Cypher: "+shorten(oneLine(opts.query), 80))
		}
		return a.writeSubgraph(ctx, sg, opts.out)
	}
	switch opts.out.format {
	case "json":
		rows := make([]map[string]any, 0, len(res.Rows))
		for _, r := range res.Rows {
			m := map[string]any{}
			for i, c := range res.Columns {
				m[c] = r[i]
			}
			rows = append(rows, m)
		}
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(rows)
	case "csv":
		w := csv.NewWriter(a.stdout)
		_ = w.Write(res.Columns)
		for _, r := range res.Rows {
			rec := make([]string, len(r))
			for i, v := range r {
				rec[i] = cell(v)
			}
			_ = w.Write(rec)
		}
		w.Flush()
		return w.Error()
	default:
		tw := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, strings.Join(res.Columns, "\t"))
		for _, r := range res.Rows {
			cells := make([]string, len(r))
			for i, v := range r {
				cells[i] = shorten(oneLine(cell(v)), 80)
			}
			fmt.Fprintln(tw, strings.Join(cells, "\t"))
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		fmt.Fprintf(a.stdout, "%d rows\n", len(res.Rows))
		return nil
	}
}

// cell prints one value of a result row.
func cell(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case graph.Node:
		return fmt.Sprintf("(%s %s)", x.Kind, x.Name)
	case graph.Edge:
		return fmt.Sprintf("[%s %s->%s]", x.Type, x.Source, x.Target)
	case fmt.Stringer:
		return x.String()
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}
