package graph

import (
	"sort"
)

// Subgraph is the answer to a question: the nodes and edges to show, with a
// title and the entities that the question's text matched.
type Subgraph struct {
	Title   string   `json:"title,omitempty"`
	Matched []string `json:"matched,omitempty"` // ids of the entities the question named
	Nodes   []Node   `json:"nodes"`
	Edges   []Edge   `json:"edges"`
}

// Builder accumulates nodes and edges, merging repeats, and produces a sorted
// Subgraph. The zero value is ready to use.
type Builder struct {
	nodes   map[string]Node
	edges   map[string]Edge
	matched map[string]bool
}

// AddNode adds n, merging it with a node of the same id.
func (b *Builder) AddNode(n Node) {
	if b.nodes == nil {
		b.nodes = map[string]Node{}
	}
	if old, ok := b.nodes[n.ID]; ok {
		n = MergeNodes(old, n)
	}
	b.nodes[n.ID] = n
}

// AddEdge adds e, merging its evidence with an edge of the same key.
func (b *Builder) AddEdge(e Edge) {
	if b.edges == nil {
		b.edges = map[string]Edge{}
	}
	if old, ok := b.edges[e.Key()]; ok {
		e = MergeEdges(old, e)
	}
	b.edges[e.Key()] = e
}

// AddMatched records that the question named the entity id.
func (b *Builder) AddMatched(id string) {
	if b.matched == nil {
		b.matched = map[string]bool{}
	}
	b.matched[id] = true
}

// Add merges a whole subgraph in.
func (b *Builder) Add(s Subgraph) {
	for _, n := range s.Nodes {
		b.AddNode(n)
	}
	for _, e := range s.Edges {
		b.AddEdge(e)
	}
	for _, id := range s.Matched {
		b.AddMatched(id)
	}
}

// Has reports whether a node with that id was added.
func (b *Builder) Has(id string) bool { _, ok := b.nodes[id]; return ok }

// Subgraph returns what was added, sorted, with the given title. Edges whose
// endpoints were not added as nodes are dropped.
func (b *Builder) Subgraph(title string) Subgraph {
	s := Subgraph{Title: title, Nodes: []Node{}, Edges: []Edge{}}
	for _, n := range b.nodes {
		s.Nodes = append(s.Nodes, n)
	}
	for _, e := range b.edges {
		if b.Has(e.Source) && b.Has(e.Target) {
			s.Edges = append(s.Edges, e)
		}
	}
	for id := range b.matched {
		if b.Has(id) {
			s.Matched = append(s.Matched, id)
		}
	}
	s.Sort()
	return s
}

// Sort puts nodes, edges, evidence and matched ids in their canonical order,
// so that equal subgraphs are equal slices and render to the same bytes.
func (s *Subgraph) Sort() {
	sort.Slice(s.Nodes, func(i, j int) bool { return s.Nodes[i].ID < s.Nodes[j].ID })
	sort.Slice(s.Edges, func(i, j int) bool { return s.Edges[i].Key() < s.Edges[j].Key() })
	for i := range s.Edges {
		SortEvidence(s.Edges[i].Evidence)
	}
	sort.Strings(s.Matched)
}

// Node returns the node with that id.
func (s Subgraph) Node(id string) (Node, bool) {
	for _, n := range s.Nodes {
		if n.ID == id {
			return n, true
		}
	}
	return Node{}, false
}

// Reports returns the distinct reports behind the subgraph's edges, sorted by
// date then id: the sources to cite under a diagram.
func (s Subgraph) Reports() []ReportRef {
	byID := map[string]ReportRef{}
	for _, e := range s.Edges {
		for _, ev := range e.Evidence {
			if old, ok := byID[ev.Report.ID]; ok {
				byID[ev.Report.ID] = mergeReportRef(old, ev.Report)
			} else {
				byID[ev.Report.ID] = ev.Report
			}
		}
	}
	out := make([]ReportRef, 0, len(byID))
	for _, r := range byID {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Date != out[j].Date {
			return out[i].Date < out[j].Date
		}
		return out[i].ID < out[j].ID
	})
	return out
}
