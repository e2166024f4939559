package neo4j

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/actorgraph/actorgraph/graph"
)

// MaxHops is the longest path Paths searches for: a longer maxHops is
// read as MaxHops.
const MaxHops = 64

// Find returns the entities that text names according to graph.Match,
// restricted to kinds when kinds is not empty, best score first, then by id.
// Candidates come from the full-text index (see search.go), or from a scan
// of every name when the query has too many words for one index query.
func (s *Store) Find(ctx context.Context, text string, kinds []graph.Kind) ([]graph.Node, error) {
	kindList, err := kindParams(kinds)
	if err != nil {
		return nil, err
	}
	if graph.Normalize(text) == "" {
		return nil, nil
	}
	var cands []graph.Node
	err = s.read(ctx, 0, func(ctx context.Context, tx neo4j.ManagedTransaction) error {
		cands = nil
		var rows [][]any
		var err error
		if q, ok := searchQuery(text); ok {
			rows, err = collect(ctx, tx,
				"CALL db.index.fulltext.queryNodes($index, $query) YIELD node "+
					"WHERE size($kinds) = 0 OR any(l IN labels(node) WHERE l IN $kinds) "+
					"RETURN labels(node), properties(node)",
				map[string]any{"index": searchIndex, "query": q, "kinds": kindList})
		} else {
			rows, err = collect(ctx, tx,
				"MATCH (node:"+entityLabel+") WHERE size($kinds) = 0 OR any(l IN labels(node) WHERE l IN $kinds) "+
					"RETURN labels(node), properties(node)",
				map[string]any{"kinds": kindList})
		}
		if err != nil {
			return err
		}
		cands, err = decodeNodeRows(rows)
		return err
	})
	if err != nil {
		return nil, s.wrapError("find "+strconv.Quote(text), err)
	}
	return rankMatches(text, cands), nil
}

// rankMatches keeps the nodes graph.Match accepts, best first, then by id.
func rankMatches(text string, cands []graph.Node) []graph.Node {
	type scored struct {
		n     graph.Node
		score int
	}
	var ms []scored
	for _, n := range cands {
		if sc := graph.Match(text, n); sc > 0 {
			ms = append(ms, scored{n, sc})
		}
	}
	sort.Slice(ms, func(i, j int) bool {
		if ms[i].score != ms[j].score {
			return ms[i].score > ms[j].score
		}
		return ms[i].n.ID < ms[j].n.ID
	})
	out := make([]graph.Node, len(ms))
	for i, m := range ms {
		out[i] = m.n
	}
	return out
}

func kindParams(kinds []graph.Kind) ([]string, error) {
	out := []string{}
	for _, k := range kinds {
		if !k.Valid() {
			return nil, fmt.Errorf("%w: unknown entity kind %q", graph.ErrInvalid, k)
		}
		out = append(out, string(k))
	}
	return out, nil
}

// decodeNodeRows reads rows of (labels, properties), leaving out nodes that
// are not entities of the model.
func decodeNodeRows(rows [][]any) ([]graph.Node, error) {
	out := make([]graph.Node, 0, len(rows))
	for _, r := range rows {
		labels := stringList(r[0])
		props, _ := r[1].(map[string]any)
		n, ok, err := decodeNode(labels, props)
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, n)
		}
	}
	return out, nil
}

// Nodes returns the nodes with these ids, sorted by id; unknown ids are left out.
func (s *Store) Nodes(ctx context.Context, ids []string) ([]graph.Node, error) {
	ids = uniqueStrings(ids)
	out := []graph.Node{}
	if len(ids) == 0 {
		return out, nil
	}
	err := s.read(ctx, 0, func(ctx context.Context, tx neo4j.ManagedTransaction) error {
		rows, err := collect(ctx, tx,
			"UNWIND $ids AS id MATCH (n:"+entityLabel+" {id: id}) RETURN labels(n), properties(n)",
			map[string]any{"ids": ids})
		if err != nil {
			return err
		}
		out, err = decodeNodeRows(rows)
		return err
	})
	if err != nil {
		return nil, s.wrapError("read nodes", err)
	}
	sortNodes(out)
	return out, nil
}

// relPattern returns the relationship type alternatives of a pattern, from
// validated constants only: all types of the model when types is empty. A
// type outside the model matches nothing, like in the embedded store; ok is
// false when nothing can match.
func relPattern(types []graph.RelType) (pattern string, ok bool) {
	if len(types) == 0 {
		types = graph.RelTypes()
	}
	seen := map[graph.RelType]bool{}
	var names []string
	for _, t := range types {
		if t.Valid() && !seen[t] {
			seen[t] = true
			names = append(names, string(t))
		}
	}
	sort.Strings(names)
	return strings.Join(names, "|"), len(names) > 0
}

// Expand returns the edges of the given types (all when types is empty) that
// leave (Out), arrive at (In) or touch (Both) any of ids, with both endpoint
// nodes of each, as a sorted Subgraph.
func (s *Store) Expand(ctx context.Context, ids []string, dir graph.Direction, types []graph.RelType) (graph.Subgraph, error) {
	rel, ok := relPattern(types)
	var pattern string
	switch dir {
	case graph.Out:
		pattern = "(a:" + entityLabel + " {id: id})-[r:" + rel + "]->(b)"
	case graph.In:
		pattern = "(a:" + entityLabel + " {id: id})<-[r:" + rel + "]-(b)"
	case graph.Both:
		pattern = "(a:" + entityLabel + " {id: id})-[r:" + rel + "]-(b)"
	default:
		ok = false
	}
	ids = uniqueStrings(ids)
	if !ok || len(ids) == 0 {
		var bl graph.Builder
		return bl.Subgraph(""), nil
	}
	var bl graph.Builder
	err := s.read(ctx, 0, func(ctx context.Context, tx neo4j.ManagedTransaction) error {
		bl = graph.Builder{}
		rows, err := collect(ctx, tx,
			"UNWIND $ids AS id MATCH "+pattern+" RETURN startNode(r), r, endNode(r)",
			map[string]any{"ids": ids})
		if err != nil {
			return err
		}
		for _, row := range rows {
			if err := addRelRow(&bl, row); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return graph.Subgraph{}, s.wrapError("expand", err)
	}
	return bl.Subgraph(""), nil
}

// addRelRow adds a row of (start node, relationship, end node) to bl.
func addRelRow(bl *graph.Builder, row []any) error {
	a, _ := row[0].(dbtype.Node)
	r, _ := row[1].(dbtype.Relationship)
	b, _ := row[2].(dbtype.Node)
	na, okA, err := decodeNode(a.Labels, a.Props)
	if err != nil {
		return err
	}
	nb, okB, err := decodeNode(b.Labels, b.Props)
	if err != nil {
		return err
	}
	if !okA || !okB {
		return nil
	}
	e, ok, err := decodeEdge(r.Type, na.ID, nb.ID, r.Props)
	if err != nil || !ok {
		return err
	}
	bl.AddNode(na)
	bl.AddNode(nb)
	bl.AddEdge(e)
	return nil
}

// Paths returns every shortest path, ignoring edge direction, of at most
// maxHops edges between the nodes from and to, merged into one Subgraph; an
// empty Subgraph when there is none or either id is unknown; the one node
// when from equals to. Cypher cannot take a path length as a parameter, so
// maxHops, an integer brought into 1..MaxHops, is written into the query.
func (s *Store) Paths(ctx context.Context, from, to string, maxHops int) (graph.Subgraph, error) {
	maxHops = min(maxHops, MaxHops)
	rel, _ := relPattern(nil)
	var bl graph.Builder
	err := s.read(ctx, 0, func(ctx context.Context, tx neo4j.ManagedTransaction) error {
		bl = graph.Builder{}
		if from == to {
			rows, err := collect(ctx, tx, "MATCH (n:"+entityLabel+" {id: $id}) RETURN labels(n), properties(n)", map[string]any{"id": from})
			if err != nil {
				return err
			}
			ns, err := decodeNodeRows(rows)
			for _, n := range ns {
				bl.AddNode(n)
			}
			return err
		}
		if maxHops < 1 {
			return nil
		}
		rows, err := collect(ctx, tx,
			"MATCH (a:"+entityLabel+" {id: $from}) MATCH (b:"+entityLabel+" {id: $to}) "+
				"MATCH p = allShortestPaths((a)-[:"+rel+"*.."+strconv.Itoa(maxHops)+"]-(b)) RETURN p",
			map[string]any{"from": from, "to": to})
		if err != nil {
			return err
		}
		for _, row := range rows {
			p, _ := row[0].(dbtype.Path)
			if err := addPath(&bl, p); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return graph.Subgraph{}, s.wrapError("find paths", err)
	}
	return bl.Subgraph(""), nil
}

// addPath adds a path's nodes and relationships to bl.
func addPath(bl *graph.Builder, p dbtype.Path) error {
	ids := map[string]string{}
	for _, n := range p.Nodes {
		dn, ok, err := decodeNode(n.Labels, n.Props)
		if err != nil {
			return err
		}
		if ok {
			ids[n.ElementId] = dn.ID
			bl.AddNode(dn)
		}
	}
	for _, r := range p.Relationships {
		src, okS := ids[r.StartElementId]
		dst, okT := ids[r.EndElementId]
		if !okS || !okT {
			continue
		}
		e, ok, err := decodeEdge(r.Type, src, dst, r.Props)
		if err != nil {
			return err
		}
		if ok {
			bl.AddEdge(e)
		}
	}
	return nil
}

// Names returns every name and alias in the store, sorted, without repeats.
func (s *Store) Names(ctx context.Context) ([]string, error) {
	var out []string
	err := s.read(ctx, 0, func(ctx context.Context, tx neo4j.ManagedTransaction) error {
		rows, err := collect(ctx, tx, "MATCH (n:"+entityLabel+") RETURN n.name, n.aliases", nil)
		if err != nil {
			return err
		}
		out = nil
		for _, r := range rows {
			if name, ok := r[0].(string); ok && name != "" {
				out = append(out, name)
			}
			out = append(out, stringList(r[1])...)
		}
		return nil
	})
	if err != nil {
		return nil, s.wrapError("read names", err)
	}
	out = uniqueStrings(out)
	if len(out) == 0 {
		return nil, nil
	}
	return out, nil
}

// Counts sums what the store holds: nodes by kind and relationships by type
// of the model (read from the database's count store, not by scanning).
func (s *Store) Counts(ctx context.Context) (graph.Counts, error) {
	var nodeQ, edgeQ []string
	for _, k := range graph.Kinds() {
		where := ""
		if k == graph.Report {
			// Report nodes are entities only when a batch named them so.
			where = " WHERE n:" + entityLabel
		}
		nodeQ = append(nodeQ, "MATCH (n:"+string(k)+")"+where+" RETURN '"+string(k)+"' AS k, count(n) AS c")
	}
	nodeQ = append(nodeQ, "MATCH (n:"+string(graph.Report)+") WHERE n."+propRef+" RETURN '' AS k, count(n) AS c")
	for _, t := range graph.RelTypes() {
		edgeQ = append(edgeQ, "MATCH ()-[r:"+string(t)+"]->() RETURN '"+string(t)+"' AS k, count(r) AS c")
	}
	c := graph.Counts{ByKind: map[graph.Kind]int{}, ByType: map[graph.RelType]int{}}
	err := s.read(ctx, 0, func(ctx context.Context, tx neo4j.ManagedTransaction) error {
		c = graph.Counts{ByKind: map[graph.Kind]int{}, ByType: map[graph.RelType]int{}}
		rows, err := collect(ctx, tx, strings.Join(nodeQ, " UNION ALL "), nil)
		if err != nil {
			return err
		}
		for _, r := range rows {
			k, _ := r[0].(string)
			n, _ := r[1].(int64)
			switch {
			case k == "":
				c.Reports = int(n)
			case n > 0:
				c.ByKind[graph.Kind(k)] = int(n)
				c.Nodes += int(n)
			}
		}
		rows, err = collect(ctx, tx, strings.Join(edgeQ, " UNION ALL "), nil)
		if err != nil {
			return err
		}
		for _, r := range rows {
			t, _ := r[0].(string)
			n, _ := r[1].(int64)
			if n > 0 {
				c.ByType[graph.RelType(t)] = int(n)
				c.Edges += int(n)
			}
		}
		return nil
	})
	if err != nil {
		return graph.Counts{}, s.wrapError("count", err)
	}
	return c, nil
}

// Reports returns every report loaded, sorted by date then id.
func (s *Store) Reports(ctx context.Context) ([]graph.ReportRef, error) {
	var out []graph.ReportRef
	err := s.read(ctx, 0, func(ctx context.Context, tx neo4j.ManagedTransaction) error {
		rows, err := collect(ctx, tx, "MATCH (n:"+string(graph.Report)+") WHERE n."+propRef+" RETURN properties(n)", nil)
		if err != nil {
			return err
		}
		out = make([]graph.ReportRef, 0, len(rows))
		for _, r := range rows {
			props, _ := r[0].(map[string]any)
			out = append(out, decodeReport(props))
		}
		return nil
	})
	if err != nil {
		return nil, s.wrapError("read reports", err)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Date != out[j].Date {
			return out[i].Date < out[j].Date
		}
		return out[i].ID < out[j].ID
	})
	return out, nil
}

// uniqueStrings returns the sorted distinct non-empty strings of in.
func uniqueStrings(in []string) []string {
	out := make([]string, 0, len(in))
	seen := map[string]bool{}
	for _, s := range in {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}
