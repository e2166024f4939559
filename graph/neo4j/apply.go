package neo4j

import (
	"context"
	"fmt"
	"reflect"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph"
)

// Apply stores one batch in one write transaction: all of it or, on any
// error, none of it. Nodes and relationships go in with UNWIND, BatchSize
// rows per statement, one constant statement text per kind and per type;
// every value is a parameter. Each entity already in the database is locked,
// read, merged in Go with graph.MergeNodes or graph.MergeEdges and written
// back, so concurrent overlapping loads (other goroutines or processes)
// neither duplicate nor lose anything; deadlocks between them are retried.
// Invalid batches return an error wrapping graph.ErrInvalid; an unreachable
// server one wrapping graph.ErrUnavailable.
func (s *Store) Apply(ctx context.Context, b graph.Batch) (graph.ApplyStats, error) {
	return s.apply(ctx, b, true)
}

// ApplyOneByOne stores a batch like Apply, to the same end state, but with
// one statement (two when the entity exists and changes) per node and per
// relationship: the baseline the benchmarks compare Apply with.
func (s *Store) ApplyOneByOne(ctx context.Context, b graph.Batch) (graph.ApplyStats, error) {
	return s.apply(ctx, b, false)
}

// plan is a batch ready to write: canonical records grouped by kind and by
// type in a fixed order, so that concurrent loads lock in the same order.
type plan struct {
	report graph.ReportRef
	nodes  map[graph.Kind][]graph.Node
	edges  map[graph.RelType][]graph.Edge
}

func newPlan(b graph.Batch) (plan, error) {
	if err := b.Validate(); err != nil {
		return plan{}, err
	}
	var bl graph.Builder
	for _, n := range b.Nodes {
		bl.AddNode(graph.MergeNodes(graph.Node{}, n))
	}
	for _, e := range b.Edges {
		bl.AddEdge(graph.MergeEdges(graph.Edge{}, e))
	}
	sg := bl.Subgraph("")
	p := plan{report: b.Report, nodes: map[graph.Kind][]graph.Node{}, edges: map[graph.RelType][]graph.Edge{}}
	for _, n := range sg.Nodes {
		if !n.Kind.Valid() {
			return plan{}, fmt.Errorf("%w: node %s has unknown kind %q", graph.ErrInvalid, n.ID, n.Kind)
		}
		p.nodes[n.Kind] = append(p.nodes[n.Kind], n)
	}
	for _, e := range sg.Edges {
		p.edges[e.Type] = append(p.edges[e.Type], e)
	}
	return p, nil
}

func (s *Store) apply(ctx context.Context, b graph.Batch, batched bool) (graph.ApplyStats, error) {
	p, err := newPlan(b)
	if err != nil {
		return graph.ApplyStats{}, fmt.Errorf("apply report %s: %w", b.Report.ID, err)
	}
	var stats graph.ApplyStats
	err = s.write(ctx, func(ctx context.Context, tx neo4j.ManagedTransaction) error {
		stats = graph.ApplyStats{}
		created, err := applyReport(ctx, tx, p.report)
		if err != nil {
			return err
		}
		if created {
			stats.Reports = 1
		}
		for _, k := range sortedKinds(p.nodes) {
			created, updated, err := s.applyNodes(ctx, tx, k, p.nodes[k], batched)
			if err != nil {
				return err
			}
			stats.NodesCreated += created
			stats.NodesUpdated += updated
		}
		for _, t := range sortedTypes(p.edges) {
			created, updated, err := s.applyEdges(ctx, tx, t, p.edges[t], batched)
			if err != nil {
				return err
			}
			stats.EdgesCreated += created
			stats.EdgesUpdated += updated
		}
		return nil
	})
	if err != nil {
		return graph.ApplyStats{}, s.wrapError("apply report "+b.Report.ID, err)
	}
	return stats, nil
}

// Statement texts. The label or type is a validated constant; everything
// else is a parameter. A created entity gets the incoming record at once;
// an existing one is locked (SET of a marker property, removed again) so
// that the read that follows sees the last committed state and no other
// transaction can change it before this one commits.
func mergeNodesQuery(k graph.Kind) string {
	return "UNWIND $rows AS row MERGE (n:" + string(k) + " {id: row.id}) " + mergeNodeTail
}

func mergeNodeQuery(k graph.Kind) string {
	return "WITH $row AS row MERGE (n:" + string(k) + " {id: row.id}) " + mergeNodeTail
}

const mergeNodeTail = "ON CREATE SET n = row.props, n:" + entityLabel + ", n._new = true " +
	"ON MATCH SET n._lock = true " +
	"WITH row, n, n._new IS NOT NULL AS created REMOVE n._new, n._lock " +
	"RETURN row.id AS key, created AND n:" + entityLabel + " AS created, " +
	"CASE WHEN created THEN null ELSE properties(n) END AS props, n:" + entityLabel + " AS entity"

func updateNodesQuery(k graph.Kind) string {
	return "UNWIND $rows AS row MATCH (n:" + string(k) + " {id: row.id}) SET n += row.props, n:" + entityLabel
}

func updateNodeQuery(k graph.Kind) string {
	return "WITH $row AS row MATCH (n:" + string(k) + " {id: row.id}) SET n += row.props, n:" + entityLabel
}

func mergeEdgesQuery(t graph.RelType) string {
	return "UNWIND $rows AS row " + mergeEdgeTail(t)
}

func mergeEdgeQuery(t graph.RelType) string {
	return "WITH $row AS row " + mergeEdgeTail(t)
}

func mergeEdgeTail(t graph.RelType) string {
	return "MATCH (a:" + entityLabel + " {id: row.source}) MATCH (b:" + entityLabel + " {id: row.target}) " +
		"MERGE (a)-[r:" + string(t) + "]->(b) " +
		"ON CREATE SET r = row.props, r._new = true " +
		"ON MATCH SET r._lock = true " +
		"WITH row, r, r._new IS NOT NULL AS created REMOVE r._new, r._lock " +
		"RETURN row.key AS key, created, CASE WHEN created THEN null ELSE properties(r) END AS props, true AS entity"
}

func updateEdgesQuery(t graph.RelType) string {
	return "UNWIND $rows AS row " + updateEdgeTail(t)
}

func updateEdgeQuery(t graph.RelType) string {
	return "WITH $row AS row " + updateEdgeTail(t)
}

func updateEdgeTail(t graph.RelType) string {
	return "MATCH (a:" + entityLabel + " {id: row.source})-[r:" + string(t) + "]->(b:" + entityLabel + " {id: row.target}) SET r = row.props"
}

// mergeResult is one row returned by a merge statement.
type mergeResult struct {
	created bool
	props   map[string]any
	entity  bool // the node was already an entity (always true for relationships)
}

// runMerge sends rows with the batched or the one-row statement and returns
// the results by key, and the number of rows the server answered.
func (s *Store) runMerge(ctx context.Context, tx neo4j.ManagedTransaction, rows []map[string]any, batched bool, many, one string) (map[string][]mergeResult, error) {
	out := make(map[string][]mergeResult, len(rows))
	take := func(recs [][]any) {
		for _, r := range recs {
			key, _ := r[0].(string)
			created, _ := r[1].(bool)
			props, _ := r[2].(map[string]any)
			entity, _ := r[3].(bool)
			out[key] = append(out[key], mergeResult{created: created, props: props, entity: entity})
		}
	}
	if batched {
		for start := 0; start < len(rows); start += s.cfg.BatchSize {
			end := min(start+s.cfg.BatchSize, len(rows))
			recs, err := collect(ctx, tx, many, map[string]any{"rows": toAnySlice(rows[start:end])})
			if err != nil {
				return nil, err
			}
			take(recs)
		}
		return out, nil
	}
	for _, row := range rows {
		recs, err := collect(ctx, tx, one, map[string]any{"row": row})
		if err != nil {
			return nil, err
		}
		take(recs)
	}
	return out, nil
}

// runUpdate writes rows with the batched or the one-row statement.
func (s *Store) runUpdate(ctx context.Context, tx neo4j.ManagedTransaction, rows []map[string]any, batched bool, many, one string) error {
	if batched {
		for start := 0; start < len(rows); start += s.cfg.BatchSize {
			end := min(start+s.cfg.BatchSize, len(rows))
			if _, err := collect(ctx, tx, many, map[string]any{"rows": toAnySlice(rows[start:end])}); err != nil {
				return err
			}
		}
		return nil
	}
	for _, row := range rows {
		if _, err := collect(ctx, tx, one, map[string]any{"row": row}); err != nil {
			return err
		}
	}
	return nil
}

func toAnySlice(rows []map[string]any) []any {
	out := make([]any, len(rows))
	for i, r := range rows {
		out[i] = r
	}
	return out
}

func (s *Store) applyNodes(ctx context.Context, tx neo4j.ManagedTransaction, k graph.Kind, nodes []graph.Node, batched bool) (created, updated int, err error) {
	if !k.Valid() {
		return 0, 0, fmt.Errorf("%w: unknown kind %q", graph.ErrInvalid, k)
	}
	rows := make([]map[string]any, len(nodes))
	for i, n := range nodes {
		props, err := nodeProps(n)
		if err != nil {
			return 0, 0, err
		}
		rows[i] = map[string]any{"id": n.ID, "props": props}
	}
	res, err := s.runMerge(ctx, tx, rows, batched, mergeNodesQuery(k), mergeNodeQuery(k))
	if err != nil {
		return 0, 0, err
	}
	var changed []map[string]any
	for _, n := range nodes {
		rs := res[n.ID]
		if len(rs) != 1 {
			return 0, 0, fmt.Errorf("merge %s node %s: the server answered %d rows, want 1", k, n.ID, len(rs))
		}
		if rs[0].created {
			created++
			continue
		}
		if !rs[0].entity {
			// A report node that this batch makes an entity too.
			created++
			props, err := entityUpdate(rs[0].props, n)
			if err != nil {
				return 0, 0, err
			}
			changed = append(changed, map[string]any{"id": n.ID, "props": props})
			continue
		}
		old, _, err := decodeNode([]string{string(k)}, rs[0].props)
		if err != nil {
			return 0, 0, err
		}
		merged := graph.MergeNodes(old, n)
		same := reflect.DeepEqual(old, merged)
		if same && rs[0].props[propSearch] == searchText(merged) {
			continue
		}
		if !same {
			updated++
		}
		props, err := entityUpdate(rs[0].props, merged)
		if err != nil {
			return 0, 0, err
		}
		changed = append(changed, map[string]any{"id": n.ID, "props": props})
	}
	if err := s.runUpdate(ctx, tx, changed, batched, updateNodesQuery(k), updateNodeQuery(k)); err != nil {
		return 0, 0, err
	}
	return created, updated, nil
}

func (s *Store) applyEdges(ctx context.Context, tx neo4j.ManagedTransaction, t graph.RelType, edges []graph.Edge, batched bool) (created, updated int, err error) {
	if !t.Valid() {
		return 0, 0, fmt.Errorf("%w: unknown relationship type %q", graph.ErrInvalid, t)
	}
	rows := make([]map[string]any, len(edges))
	for i, e := range edges {
		props, err := edgeProps(e)
		if err != nil {
			return 0, 0, err
		}
		rows[i] = map[string]any{"key": e.Key(), "source": e.Source, "target": e.Target, "props": props}
	}
	res, err := s.runMerge(ctx, tx, rows, batched, mergeEdgesQuery(t), mergeEdgeQuery(t))
	if err != nil {
		return 0, 0, err
	}
	var changed []map[string]any
	for _, e := range edges {
		rs := res[e.Key()]
		if len(rs) == 0 {
			return 0, 0, fmt.Errorf("merge %s %s -> %s: an endpoint is missing", t, e.Source, e.Target)
		}
		if len(rs) == 1 && rs[0].created {
			created++
			continue
		}
		// Usually one record; several when relationships were duplicated by
		// hand: they are all merged and rewritten alike.
		var old graph.Edge
		for _, r := range rs {
			if r.created {
				continue
			}
			o, _, err := decodeEdge(string(t), e.Source, e.Target, r.props)
			if err != nil {
				return 0, 0, err
			}
			old = graph.MergeEdges(old, o)
		}
		merged := graph.MergeEdges(old, e)
		if len(rs) == 1 && reflect.DeepEqual(old.Evidence, merged.Evidence) {
			continue
		}
		updated++
		props, err := edgeProps(merged)
		if err != nil {
			return 0, 0, err
		}
		changed = append(changed, map[string]any{"source": e.Source, "target": e.Target, "props": props})
	}
	if err := s.runUpdate(ctx, tx, changed, batched, updateEdgesQuery(t), updateEdgeQuery(t)); err != nil {
		return 0, 0, err
	}
	return created, updated, nil
}

// applyReport records the batch's report on its Report node, merged with
// what an earlier batch said about it, and says whether it was new.
func applyReport(ctx context.Context, tx neo4j.ManagedTransaction, r graph.ReportRef) (created bool, err error) {
	rows, err := collect(ctx, tx,
		"MERGE (n:"+string(graph.Report)+" {id: $id}) "+
			"ON CREATE SET n._new = true ON MATCH SET n._lock = true "+
			"WITH n, n._new IS NOT NULL AS created REMOVE n._new, n._lock "+
			"RETURN created, properties(n)",
		map[string]any{"id": r.ID})
	if err != nil {
		return false, err
	}
	if len(rows) != 1 {
		return false, fmt.Errorf("merge report %s: the server answered %d rows, want 1", r.ID, len(rows))
	}
	props, _ := rows[0][1].(map[string]any)
	known, _ := props[propRef].(bool)
	merged := r
	if known {
		old := decodeReport(props)
		merged = mergeReportRef(old, r)
		if merged == old {
			return false, nil
		}
	}
	_, err = collect(ctx, tx, "MATCH (n:"+string(graph.Report)+" {id: $id}) SET n += $props",
		map[string]any{"id": r.ID, "props": reportProps(merged)})
	return !known, err
}

// Clear deletes every node and relationship of the database, in batches of
// 10,000 nodes per transaction, for tests and `actorgraph reset`. The schema
// stays.
func (s *Store) Clear(ctx context.Context) error {
	err := s.runAuto(ctx, "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS", nil)
	return s.wrapError("clear neo4j", err)
}
