package graphtest

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// Shape is a Subgraph reduced to what an expectation states: the title,
// the matched ids, the node ids, and each edge as
// "TYPE source -> target (number of pieces of evidence)".
type Shape struct {
	Title   string
	Matched []string
	Nodes   []string
	Edges   []string
}

func (s Shape) String() string {
	var b strings.Builder
	if s.Title != "" {
		fmt.Fprintf(&b, "title %q\n", s.Title)
	}
	if len(s.Matched) > 0 {
		fmt.Fprintf(&b, "matched %s\n", strings.Join(s.Matched, ", "))
	}
	for _, n := range s.Nodes {
		fmt.Fprintf(&b, "node %s\n", n)
	}
	for _, e := range s.Edges {
		fmt.Fprintf(&b, "edge %s\n", e)
	}
	return b.String()
}

// EdgeString writes an edge the way Shape does.
func EdgeString(e graph.Edge) string {
	return fmt.Sprintf("%s %s -> %s (%d)", e.Type, e.Source, e.Target, len(e.Evidence))
}

func shapeOf(sg graph.Subgraph) Shape {
	sh := Shape{Title: sg.Title, Matched: append([]string(nil), sg.Matched...)}
	for _, n := range sg.Nodes {
		sh.Nodes = append(sh.Nodes, n.ID)
	}
	for _, e := range sg.Edges {
		sh.Edges = append(sh.Edges, EdgeString(e))
	}
	return sh
}

func sorted(xs []string) []string {
	if len(xs) == 0 {
		return nil
	}
	out := append([]string(nil), xs...)
	sort.Strings(out)
	return out
}

// checkShape compares sg with want (whose lists may be in any order), and
// checks that sg is well formed: sorted, every edge between two of its nodes,
// every node complete, every edge with evidence.
func checkShape(t *testing.T, sg graph.Subgraph, want Shape) {
	t.Helper()
	// Order is checked by checkWellFormed; here only the contents count.
	got := shapeOf(sg)
	got.Matched, got.Nodes, got.Edges = sorted(got.Matched), sorted(got.Nodes), sorted(got.Edges)
	want.Matched, want.Nodes, want.Edges = sorted(want.Matched), sorted(want.Nodes), sorted(want.Edges)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	checkWellFormed(t, sg)
}

func checkWellFormed(t *testing.T, sg graph.Subgraph) {
	t.Helper()
	sortedCopy := graph.Subgraph{Title: sg.Title,
		Matched: append([]string(nil), sg.Matched...),
		Nodes:   append([]graph.Node(nil), sg.Nodes...),
		Edges:   append([]graph.Edge(nil), sg.Edges...)}
	sortedCopy.Sort()
	if !reflect.DeepEqual(shapeOf(sortedCopy), shapeOf(sg)) {
		t.Errorf("subgraph is not sorted:\n%s", shapeOf(sg))
	}
	ids := map[string]bool{}
	for _, n := range sg.Nodes {
		if n.Name == "" || !n.Kind.Valid() {
			t.Errorf("incomplete node %+v", n)
		}
		ids[n.ID] = true
	}
	for _, e := range sg.Edges {
		if !ids[e.Source] || !ids[e.Target] {
			t.Errorf("edge %s has an endpoint outside the subgraph", EdgeString(e))
		}
		if len(e.Evidence) == 0 {
			t.Errorf("edge %s has no evidence", EdgeString(e))
		}
	}
	for _, id := range sg.Matched {
		if !ids[id] {
			t.Errorf("matched %s is not a node of the subgraph", id)
		}
	}
}
