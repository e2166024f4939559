package neo4j

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/actorgraph/actorgraph/graph"
)

// CypherOptions tunes an ad-hoc query.
type CypherOptions struct {
	// Write runs the query in a write transaction; without it the server
	// refuses any write.
	Write bool
	// Timeout stops the transaction on the server (the configured query
	// timeout when 0).
	Timeout time.Duration
	// Limit is the most rows returned (0: no limit); the rest are not read.
	Limit int
}

// Result is the answer to an ad-hoc query.
type Result struct {
	Columns []string
	// Rows hold plain Go values: nil, bool, int64, float64, string, []byte,
	// []any, map[string]any, temporal values as ISO 8601 strings, points as
	// maps; an entity node as graph.Node and a relationship of the model
	// between entities as graph.Edge; other nodes, other relationships and
	// paths as maps (see Cypher).
	Rows [][]any
	// Truncated is true when the query had more rows than the limit.
	Truncated bool
	// Graph collects every entity node and every relationship of the model
	// found anywhere in the rows (inside lists, maps and paths too), with
	// the endpoints of each relationship.
	Graph graph.Subgraph
}

// Cypher runs a query from the user with params. Without opt.Write it runs in
// a read transaction, where the server refuses writes: the error then wraps
// graph.ErrReadOnly and says to use --write. A syntax or other query error
// wraps graph.ErrInvalid and gives the server's message in one line; a
// query stopped by the timeout wraps context.DeadlineExceeded.
//
// A node that is not an entity reads as map{"element_id", "labels",
// "properties"}, a relationship outside the model as map{"element_id",
// "type", "start", "end", "properties"} (start and end are entity ids when
// known, element ids otherwise), a path as map{"nodes", "relationships"}.
func (s *Store) Cypher(ctx context.Context, query string, params map[string]any, opt CypherOptions) (Result, error) {
	timeout := opt.Timeout
	if timeout <= 0 {
		timeout = s.cfg.QueryTimeout
	}
	// The server stops the transaction at the timeout; the context is a
	// safety net should the server not answer at all.
	ctx, cancel := context.WithTimeout(ctx, timeout+10*time.Second)
	defer cancel()
	mode := neo4j.AccessModeRead
	if opt.Write {
		mode = neo4j.AccessModeWrite
	}
	sess := s.session(ctx, mode)
	defer sess.Close(context.WithoutCancel(ctx))
	work := func(tx neo4j.ManagedTransaction) (any, error) {
		return runUserQuery(ctx, tx.Run, query, params, opt.Limit)
	}
	var (
		out any
		err error
	)
	if opt.Write {
		out, err = sess.ExecuteWrite(ctx, work, neo4j.WithTxTimeout(timeout))
		if se := serverError(err); se != nil && strings.Contains(se.Msg, "can only be executed in an implicit transaction") {
			// CALL { ... } IN TRANSACTIONS commits as it goes: it needs an
			// auto-commit transaction. The refused attempt ran nothing.
			run := func(ctx context.Context, q string, p map[string]any) (neo4j.ResultWithContext, error) {
				return sess.Run(ctx, q, p, neo4j.WithTxTimeout(timeout))
			}
			out, err = runUserQuery(ctx, run, query, params, opt.Limit)
		}
	} else {
		out, err = sess.ExecuteRead(ctx, work, neo4j.WithTxTimeout(timeout))
	}
	if err != nil {
		if se := serverError(err); se != nil && se.Code == "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration" {
			return Result{}, newError(fmt.Sprintf("the query ran longer than %s and was stopped — raise the limit with --timeout", timeout), context.DeadlineExceeded)
		}
		if contextError(err) == context.DeadlineExceeded && ctx.Err() != nil {
			return Result{}, newError(fmt.Sprintf("the query ran longer than %s and was stopped — raise the limit with --timeout", timeout), context.DeadlineExceeded)
		}
		return Result{}, s.wrapError("run cypher", err)
	}
	return out.(Result), nil
}

// runner runs a query in a transaction, or in auto-commit transactions.
type runner func(ctx context.Context, query string, params map[string]any) (neo4j.ResultWithContext, error)

// runUserQuery reads up to limit rows, then fetches the endpoint nodes of
// relationships whose nodes the query did not return (in the same
// transaction unless run is auto-commit), and converts everything to plain
// values.
func runUserQuery(ctx context.Context, run runner, query string, params map[string]any, limit int) (Result, error) {
	res, err := run(ctx, query, params)
	if err != nil {
		return Result{}, err
	}
	keys, err := res.Keys()
	if err != nil {
		return Result{}, err
	}
	var raw [][]any
	truncated := false
	for res.Next(ctx) {
		if limit > 0 && len(raw) == limit {
			truncated = true
			break
		}
		raw = append(raw, res.Record().Values)
	}
	if err := res.Err(); err != nil {
		return Result{}, err
	}
	if _, err := res.Consume(ctx); err != nil {
		return Result{}, err
	}
	c := newConverter()
	for _, row := range raw {
		for _, v := range row {
			c.collect(v)
		}
	}
	if missing := c.missingEndpoints(); len(missing) > 0 {
		res, err := run(ctx, "UNWIND $ids AS e MATCH (n) WHERE elementId(n) = e RETURN n", map[string]any{"ids": missing})
		if err != nil {
			return Result{}, err
		}
		for res.Next(ctx) {
			if n, ok := res.Record().Values[0].(dbtype.Node); ok {
				c.addNode(n)
			}
		}
		if err := res.Err(); err != nil {
			return Result{}, err
		}
	}
	out := Result{Columns: keys, Rows: make([][]any, len(raw)), Truncated: truncated}
	for i, row := range raw {
		conv := make([]any, len(row))
		for j, v := range row {
			conv[j], err = c.convert(v)
			if err != nil {
				return Result{}, err
			}
		}
		out.Rows[i] = conv
	}
	out.Graph, err = c.subgraph()
	return out, err
}

// converter turns driver values into plain ones, knowing every node seen so
// that relationships can name their endpoints by entity id.
type converter struct {
	nodes map[string]dbtype.Node         // by element id
	rels  map[string]dbtype.Relationship // by element id
}

func newConverter() *converter {
	return &converter{nodes: map[string]dbtype.Node{}, rels: map[string]dbtype.Relationship{}}
}

func (c *converter) addNode(n dbtype.Node) { c.nodes[n.ElementId] = n }

// collect records the nodes and relationships inside v.
func (c *converter) collect(v any) {
	switch x := v.(type) {
	case dbtype.Node:
		c.addNode(x)
	case dbtype.Relationship:
		c.rels[x.ElementId] = x
	case dbtype.Path:
		for _, n := range x.Nodes {
			c.addNode(n)
		}
		for _, r := range x.Relationships {
			c.rels[r.ElementId] = r
		}
	case []any:
		for _, e := range x {
			c.collect(e)
		}
	case map[string]any:
		for _, e := range x {
			c.collect(e)
		}
	}
}

// missingEndpoints lists, sorted, the element ids of relationship endpoints
// not seen among the nodes.
func (c *converter) missingEndpoints() []string {
	seen := map[string]bool{}
	var out []string
	for _, r := range c.rels {
		for _, id := range []string{r.StartElementId, r.EndElementId} {
			if _, ok := c.nodes[id]; !ok && !seen[id] {
				seen[id] = true
				out = append(out, id)
			}
		}
	}
	sort.Strings(out)
	return out
}

// entityID returns the entity id of the node with that element id.
func (c *converter) entityID(elementID string) (string, bool) {
	n, ok := c.nodes[elementID]
	if !ok {
		return "", false
	}
	dn, ok, err := decodeNode(n.Labels, n.Props)
	if err != nil || !ok {
		return "", false
	}
	return dn.ID, true
}

func (c *converter) convertNode(n dbtype.Node) (any, error) {
	dn, ok, err := decodeNode(n.Labels, n.Props)
	if err != nil {
		return nil, err
	}
	if ok {
		return dn, nil
	}
	props, err := c.convertMap(n.Props)
	if err != nil {
		return nil, err
	}
	labels := append([]string(nil), n.Labels...)
	sort.Strings(labels)
	return map[string]any{"element_id": n.ElementId, "labels": labels, "properties": props}, nil
}

func (c *converter) convertRel(r dbtype.Relationship) (any, error) {
	src, okS := c.entityID(r.StartElementId)
	dst, okT := c.entityID(r.EndElementId)
	if okS && okT {
		e, ok, err := decodeEdge(r.Type, src, dst, r.Props)
		if err != nil {
			return nil, err
		}
		if ok {
			return e, nil
		}
	}
	if !okS {
		src = r.StartElementId
	}
	if !okT {
		dst = r.EndElementId
	}
	props, err := c.convertMap(r.Props)
	if err != nil {
		return nil, err
	}
	return map[string]any{"element_id": r.ElementId, "type": r.Type, "start": src, "end": dst, "properties": props}, nil
}

func (c *converter) convertMap(m map[string]any) (map[string]any, error) {
	out := make(map[string]any, len(m))
	for k, v := range m {
		cv, err := c.convert(v)
		if err != nil {
			return nil, err
		}
		out[k] = cv
	}
	return out, nil
}

// convert turns one driver value into a plain Go value.
func (c *converter) convert(v any) (any, error) {
	switch x := v.(type) {
	case nil, bool, int64, float64, string, []byte:
		return x, nil
	case dbtype.Node:
		return c.convertNode(x)
	case dbtype.Relationship:
		return c.convertRel(x)
	case dbtype.Path:
		nodes := make([]any, len(x.Nodes))
		for i, n := range x.Nodes {
			cn, err := c.convertNode(n)
			if err != nil {
				return nil, err
			}
			nodes[i] = cn
		}
		rels := make([]any, len(x.Relationships))
		for i, r := range x.Relationships {
			cr, err := c.convertRel(r)
			if err != nil {
				return nil, err
			}
			rels[i] = cr
		}
		return map[string]any{"nodes": nodes, "relationships": rels}, nil
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			ce, err := c.convert(e)
			if err != nil {
				return nil, err
			}
			out[i] = ce
		}
		return out, nil
	case map[string]any:
		return c.convertMap(x)
	case time.Time:
		return x.Format(time.RFC3339Nano), nil
	case dbtype.Date:
		return x.String(), nil
	case dbtype.LocalDateTime:
		return x.String(), nil
	case dbtype.LocalTime:
		return x.String(), nil
	case dbtype.Time:
		return x.String(), nil
	case dbtype.Duration:
		return x.String(), nil
	case dbtype.Point2D:
		return map[string]any{"srid": int64(x.SpatialRefId), "x": x.X, "y": x.Y}, nil
	case dbtype.Point3D:
		return map[string]any{"srid": int64(x.SpatialRefId), "x": x.X, "y": x.Y, "z": x.Z}, nil
	}
	return fmt.Sprint(v), nil
}

// subgraph collects the entities and model relationships seen.
func (c *converter) subgraph() (graph.Subgraph, error) {
	var bl graph.Builder
	for _, n := range c.nodes {
		dn, ok, err := decodeNode(n.Labels, n.Props)
		if err != nil {
			return graph.Subgraph{}, err
		}
		if ok {
			bl.AddNode(dn)
		}
	}
	for _, r := range c.rels {
		src, okS := c.entityID(r.StartElementId)
		dst, okT := c.entityID(r.EndElementId)
		if !okS || !okT {
			continue
		}
		e, ok, err := decodeEdge(r.Type, src, dst, r.Props)
		if err != nil {
			return graph.Subgraph{}, err
		}
		if ok {
			bl.AddEdge(e)
		}
	}
	return bl.Subgraph(""), nil
}
