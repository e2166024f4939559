package graph

import (
	"fmt"
)

// Batch is what one source contributes: the report (or structured file) and
// the nodes and edges read from it. A store applies a batch whole or not at all.
type Batch struct {
	Report ReportRef `json:"report"`
	Nodes  []Node    `json:"nodes"`
	Edges  []Edge    `json:"edges"`
}

// ApplyStats counts what applying batches changed in a store.
type ApplyStats struct {
	Reports      int `json:"reports"`
	NodesCreated int `json:"nodes_created"`
	NodesUpdated int `json:"nodes_updated"`
	EdgesCreated int `json:"edges_created"`
	EdgesUpdated int `json:"edges_updated"`
}

// Add sums two stats.
func (s *ApplyStats) Add(o ApplyStats) {
	s.Reports += o.Reports
	s.NodesCreated += o.NodesCreated
	s.NodesUpdated += o.NodesUpdated
	s.EdgesCreated += o.EdgesCreated
	s.EdgesUpdated += o.EdgesUpdated
}

// Validate checks the batch against the model: a report id, valid kinds and
// types, ids that match NodeID of the name or of an alias for nodes other
// than reports (an entity keeps its id when a naming convention or an
// analyst gives it another display name), edges between nodes of the batch,
// and evidence on every edge. Errors wrap ErrInvalid.
func (b Batch) Validate() error {
	if b.Report.ID == "" {
		return fmt.Errorf("%w: batch has no report id", ErrInvalid)
	}
	ids := make(map[string]bool, len(b.Nodes))
	for _, n := range b.Nodes {
		if !n.Kind.Valid() {
			return fmt.Errorf("%w: node %q has unknown kind %q", ErrInvalid, n.Name, n.Kind)
		}
		if n.ID == "" || n.Name == "" {
			return fmt.Errorf("%w: %s node without id or name", ErrInvalid, n.Kind)
		}
		if n.Kind != Report && n.ID != NodeID(n.Kind, n.Name) && !idOfAlias(n) {
			return fmt.Errorf("%w: %s node %q has id %q, want %q", ErrInvalid, n.Kind, n.Name, n.ID, NodeID(n.Kind, n.Name))
		}
		ids[n.ID] = true
	}
	for _, e := range b.Edges {
		if !e.Type.Valid() {
			return fmt.Errorf("%w: relationship %s -> %s has unknown type %q", ErrInvalid, e.Source, e.Target, e.Type)
		}
		if !ids[e.Source] || !ids[e.Target] {
			return fmt.Errorf("%w: %s relationship %s -> %s names a node not in the batch", ErrInvalid, e.Type, e.Source, e.Target)
		}
		if len(e.Evidence) == 0 {
			return fmt.Errorf("%w: %s relationship %s -> %s has no evidence", ErrInvalid, e.Type, e.Source, e.Target)
		}
	}
	return nil
}

// Normalized returns the batch with repeated nodes and edges merged and
// everything in canonical order.
func (b Batch) Normalized() Batch {
	var bl Builder
	for _, n := range b.Nodes {
		bl.AddNode(n)
	}
	for _, e := range b.Edges {
		bl.AddEdge(e)
	}
	s := bl.Subgraph("")
	return Batch{Report: b.Report, Nodes: s.Nodes, Edges: s.Edges}
}

// idOfAlias reports whether the node's id is NodeID of one of its aliases.
func idOfAlias(n Node) bool {
	for _, a := range n.Aliases {
		if n.ID == NodeID(n.Kind, a) {
			return true
		}
	}
	return false
}

// WithMinConfidence returns the batch keeping only the evidence whose
// confidence is at least min; evidence without a confidence (0: the source
// gives none) is kept. An edge left without evidence is dropped; nodes stay.
// A min of 0 or less returns the batch as it is.
func (b Batch) WithMinConfidence(min float64) Batch {
	if min <= 0 {
		return b
	}
	out := Batch{Report: b.Report, Nodes: b.Nodes, Edges: make([]Edge, 0, len(b.Edges))}
	for _, e := range b.Edges {
		var kept []Evidence
		for _, ev := range e.Evidence {
			if ev.Confidence == 0 || ev.Confidence >= min {
				kept = append(kept, ev)
			}
		}
		if len(kept) > 0 {
			e.Evidence = kept
			out.Edges = append(out.Edges, e)
		}
	}
	return out
}
