package queries

import (
	"context"

	"github.com/actorgraph/actorgraph/graph"
)

// Store is what the named queries need from a graph store. Both the embedded
// store (graph/memory) and Neo4j (graph/neo4j) implement it with the same
// meaning; the conformance suite in graph/graphtest holds them to it.
type Store interface {
	// Find returns the entities that text names according to graph.Match
	// (score > 0), restricted to kinds when kinds is not empty, ordered by
	// score (best first) then id. An empty result is not an error.
	Find(ctx context.Context, text string, kinds []graph.Kind) ([]graph.Node, error)
	// Nodes returns the nodes with these ids, sorted by id; unknown ids are left out.
	Nodes(ctx context.Context, ids []string) ([]graph.Node, error)
	// Expand returns the edges of the given types (all when types is empty)
	// that leave (Out), arrive at (In) or touch (Both) any of ids, with both
	// endpoint nodes of each, as a sorted Subgraph. An id without such edges
	// (or unknown) contributes nothing: not even its own node.
	Expand(ctx context.Context, ids []string, dir graph.Direction, types []graph.RelType) (graph.Subgraph, error)
	// Paths returns every shortest path, ignoring edge direction, of at most
	// maxHops edges between the nodes from and to, merged into one sorted
	// Subgraph (every edge that lies on one of them, with its endpoints); an
	// empty Subgraph when there is none or an id is unknown. When from equals
	// to, the Subgraph holds that node alone.
	Paths(ctx context.Context, from, to string, maxHops int) (graph.Subgraph, error)
	// Names returns every name and alias in the store, for suggestions,
	// sorted (byte order), each once.
	Names(ctx context.Context) ([]string, error)
	// Counts sums what the store holds: nodes by kind, edges by type, and
	// Reports, the number of distinct Batch.Report ids applied (whether or
	// not a batch also carries a Report node).
	Counts(ctx context.Context) (graph.Counts, error)
}
