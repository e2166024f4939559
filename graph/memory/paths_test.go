package memory

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"sort"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// slowPaths is the plain definition of Paths: a full search from each end,
// and every edge u-v with dist(from,u) + 1 + dist(v,to) equal to the
// shortest distance.
func slowPaths(g *state, from, to string, maxHops int) []string {
	dist := func(src string) map[string]int {
		d := map[string]int{src: 0}
		frontier := []string{src}
		for len(frontier) > 0 {
			var next []string
			for _, u := range frontier {
				g.neighbors(u, func(_ graph.Edge, v string) {
					if _, ok := d[v]; !ok {
						d[v] = d[u] + 1
						next = append(next, v)
					}
				})
			}
			frontier = next
		}
		return d
	}
	df, dt := dist(from), dist(to)
	d, ok := df[to]
	if !ok || d > maxHops || d == 0 {
		return nil
	}
	var out []string
	for k, e := range g.edges {
		for _, pair := range [][2]string{{e.Source, e.Target}, {e.Target, e.Source}} {
			a, okA := df[pair[0]]
			b, okB := dt[pair[1]]
			if okA && okB && a+1+b == d {
				out = append(out, k)
				break
			}
		}
	}
	return sortedStrings(out)
}

func sortedStrings(xs []string) []string {
	out := append([]string(nil), xs...)
	sort.Strings(out)
	return out
}

func TestPathsAgainstDefinition(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for round := range 40 {
		g := newState()
		n := 5 + rng.IntN(60)
		ids := make([]string, n)
		for i := range ids {
			node := graph.NewNode(graph.Organization, fmt.Sprintf("Node %d", i))
			ids[i] = node.ID
			g.putNode(node)
		}
		types := graph.RelTypes()
		for range rng.IntN(2 * n) {
			e := graph.Edge{Type: types[rng.IntN(3)], Source: ids[rng.IntN(n)], Target: ids[rng.IntN(n)],
				Evidence: []graph.Evidence{{Report: graph.ReportRef{ID: "r"}}}}
			if _, dup := g.edges[e.Key()]; !dup {
				g.putEdge(e.Key(), e)
			}
		}
		for range 20 {
			from, to := ids[rng.IntN(n)], ids[rng.IntN(n)]
			if from == to {
				continue
			}
			maxHops := 1 + rng.IntN(8)
			sg := g.paths(from, to, maxHops)
			var got []string
			for _, e := range sg.Edges {
				got = append(got, e.Key())
			}
			if want := slowPaths(g, from, to, maxHops); !reflect.DeepEqual(got, want) {
				t.Fatalf("round %d: paths %s -> %s (max %d): got %q, want %q", round, from, to, maxHops, got, want)
			}
		}
	}
}
