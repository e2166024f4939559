package memory

import (
	"reflect"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// set is a set of ids or keys.
type set map[string]struct{}

func (s set) add(k string) { s[k] = struct{}{} }

// state is the graph held in memory with its indexes. Stored nodes and edges
// are never modified in place (a merge makes new values), so handing out
// copies is enough to keep callers from corrupting it.
type state struct {
	nodes   map[string]graph.Node
	edges   map[string]graph.Edge // by Edge.Key
	out     map[string][]string   // node id -> keys of edges leaving it (edges are never removed)
	in      map[string][]string   // node id -> keys of edges arriving at it
	words   map[string]set        // match word -> ids of nodes having it in a name or alias
	forms   map[string]set        // whole-name form -> ids of nodes with that name or alias
	reports map[string]graph.ReportRef
	meta    map[string]string // the loader's metadata (Store.Meta)
}

func newState() *state { return newStateSized(0, 0) }

// newStateSized returns an empty state with room for nodes and edges.
func newStateSized(nodes, edges int) *state {
	return &state{
		nodes:   make(map[string]graph.Node, nodes),
		edges:   make(map[string]graph.Edge, edges),
		out:     make(map[string][]string, nodes),
		in:      make(map[string][]string, nodes),
		words:   map[string]set{},
		forms:   make(map[string]set, 2*nodes),
		reports: map[string]graph.ReportRef{},
		meta:    map[string]string{},
	}
}

// apply merges a validated batch and says what changed. Records repeated
// within the batch merge one after the other (the merges are commutative and
// associative); an entity or edge the batch creates is counted once.
func (g *state) apply(b graph.Batch) (stats graph.ApplyStats, changed bool) {
	created := map[string]bool{}
	if old, ok := g.reports[b.Report.ID]; !ok {
		g.reports[b.Report.ID] = b.Report
		stats.Reports = 1
		changed = true
	} else if m := mergeReportRef(old, b.Report); m != old {
		g.reports[b.Report.ID] = m
		changed = true
	}
	for _, n := range b.Nodes {
		old, ok := g.nodes[n.ID]
		if !ok {
			g.putNode(graph.MergeNodes(n, graph.Node{}))
			created[n.ID] = true
			stats.NodesCreated++
			changed = true
			continue
		}
		m := graph.MergeNodes(old, n)
		if !reflect.DeepEqual(m, old) {
			g.unindexNode(old)
			g.putNode(m)
			if !created[n.ID] {
				created[n.ID] = true // counted once
				stats.NodesUpdated++
			}
			changed = true
		}
	}
	for _, e := range b.Edges {
		k := e.Key()
		old, ok := g.edges[k]
		if !ok {
			g.putEdge(k, graph.MergeEdges(e, graph.Edge{}))
			created["\x00"+k] = true
			stats.EdgesCreated++
			changed = true
			continue
		}
		m := graph.MergeEdges(old, e)
		if !reflect.DeepEqual(m, old) {
			g.edges[k] = m
			if !created["\x00"+k] {
				created["\x00"+k] = true
				stats.EdgesUpdated++
			}
			changed = true
		}
	}
	return stats, changed
}

// mergeReportRef combines two records of one report without depending on
// their order, like the evidence merge in package graph: for each field the
// smaller non-empty value.
func mergeReportRef(a, b graph.ReportRef) graph.ReportRef {
	pick := func(x, y string) string {
		if x == "" || (y != "" && y < x) {
			return y
		}
		return x
	}
	return graph.ReportRef{ID: pick(a.ID, b.ID), Title: pick(a.Title, b.Title), URL: pick(a.URL, b.URL),
		Date: pick(a.Date, b.Date), Publisher: pick(a.Publisher, b.Publisher), Path: pick(a.Path, b.Path)}
}

func (g *state) putNode(n graph.Node) {
	g.nodes[n.ID] = n
	words, forms := indexKeys(n)
	for _, w := range words {
		addTo(g.words, w, n.ID)
	}
	for _, f := range forms {
		addTo(g.forms, f, n.ID)
	}
}

func (g *state) unindexNode(n graph.Node) {
	words, forms := indexKeys(n)
	for _, w := range words {
		removeFrom(g.words, w, n.ID)
	}
	for _, f := range forms {
		removeFrom(g.forms, f, n.ID)
	}
}

// putEdge adds a new edge under its key.
func (g *state) putEdge(k string, e graph.Edge) {
	g.edges[k] = e
	g.out[e.Source] = append(g.out[e.Source], k)
	g.in[e.Target] = append(g.in[e.Target], k)
}

func addTo(m map[string]set, k, v string) {
	s := m[k]
	if s == nil {
		s = set{}
		m[k] = s
	}
	s.add(v)
}

func removeFrom(m map[string]set, k, v string) {
	if s := m[k]; s != nil {
		delete(s, v)
		if len(s) == 0 {
			delete(m, k)
		}
	}
}

// indexKeys returns the keys under which n is found: every match word of
// its name and aliases, and their whole forms (normalized, and squashed to
// ASCII letters and digits). They only narrow the candidates of Find;
// graph.Match decides.
func indexKeys(n graph.Node) (words, forms []string) {
	for _, name := range n.Names() {
		words = append(words, graph.Words(name)...)
		if f := graph.Normalize(name); f != "" {
			forms = append(forms, "n:"+f)
		}
		if s := squash(name); s != "" {
			forms = append(forms, "s:"+s)
		}
	}
	return words, forms
}

// squash is graph's squash: what is left of a name in lower case ASCII
// letters and digits. graph.Match treats names with the same non-empty
// squash as equal, so Find looks them up by it.
func squash(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// stopWords are graph's stop words: a word match does not require them.
var stopWords = map[string]bool{"the": true, "of": true, "a": true, "an": true, "and": true, "for": true, "in": true, "on": true, "to": true}

// find returns the nodes that text matches, best first, then by id.
func (g *state) find(text string, kinds []graph.Kind) []graph.Node {
	q := graph.Normalize(text)
	if q == "" {
		return nil
	}
	cands := set{}
	for id := range g.forms["n:"+q] {
		cands.add(id)
	}
	if s := squash(text); s != "" {
		for id := range g.forms["s:"+s] {
			cands.add(id)
		}
	}
	var content []string
	for _, w := range graph.Words(text) {
		if !stopWords[w] {
			content = append(content, w)
		}
	}
	if len(content) > 0 {
		// Start from the rarest word: every candidate must have them all.
		sort.Slice(content, func(i, j int) bool { return len(g.words[content[i]]) < len(g.words[content[j]]) })
	next:
		for id := range g.words[content[0]] {
			for _, w := range content[1:] {
				if _, ok := g.words[w][id]; !ok {
					continue next
				}
			}
			cands.add(id)
		}
	}
	kindOK := func(k graph.Kind) bool {
		if len(kinds) == 0 {
			return true
		}
		for _, want := range kinds {
			if k == want {
				return true
			}
		}
		return false
	}
	type scored struct {
		n     graph.Node
		score int
	}
	var hits []scored
	for id := range cands {
		n := g.nodes[id]
		if !kindOK(n.Kind) {
			continue
		}
		if sc := graph.Match(text, n); sc > 0 {
			hits = append(hits, scored{n, sc})
		}
	}
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].score != hits[j].score {
			return hits[i].score > hits[j].score
		}
		return hits[i].n.ID < hits[j].n.ID
	})
	out := make([]graph.Node, len(hits))
	for i, h := range hits {
		out[i] = cloneNode(h.n)
	}
	return out
}

// expand returns the edges of the given types around ids, with their endpoints.
func (g *state) expand(ids []string, dir graph.Direction, types []graph.RelType) graph.Subgraph {
	typeOK := map[graph.RelType]bool{}
	for _, t := range types {
		typeOK[t] = true
	}
	keys := set{}
	for _, id := range ids {
		if dir == graph.Out || dir == graph.Both {
			for _, k := range g.out[id] {
				keys.add(k)
			}
		}
		if dir == graph.In || dir == graph.Both {
			for _, k := range g.in[id] {
				keys.add(k)
			}
		}
	}
	var b graph.Builder
	for k := range keys {
		e := g.edges[k]
		if len(typeOK) > 0 && !typeOK[e.Type] {
			continue
		}
		g.addEdge(&b, e)
	}
	return b.Subgraph("")
}

// addEdge adds copies of e and its endpoints to b.
func (g *state) addEdge(b *graph.Builder, e graph.Edge) {
	for _, id := range []string{e.Source, e.Target} {
		if !b.Has(id) {
			b.AddNode(cloneNode(g.nodes[id]))
		}
	}
	b.AddEdge(cloneEdge(e))
}

// neighbors calls fn for every edge touching id, with the node at its other end.
func (g *state) neighbors(id string, fn func(e graph.Edge, other string)) {
	for _, k := range g.out[id] {
		e := g.edges[k]
		fn(e, e.Target)
	}
	for _, k := range g.in[id] {
		e := g.edges[k]
		fn(e, e.Source)
	}
}

// grow adds to dist the nodes one hop beyond frontier (at distance d) and
// returns them.
func (g *state) grow(frontier []string, dist map[string]int, d int) []string {
	var next []string
	for _, u := range frontier {
		g.neighbors(u, func(_ graph.Edge, v string) {
			if _, seen := dist[v]; !seen {
				dist[v] = d
				next = append(next, v)
			}
		})
	}
	return next
}

// paths returns every shortest undirected path of at most maxHops edges
// between from and to, merged. It searches from both ends at once, always
// growing the smaller frontier, so hubs far from both ends are not visited.
func (g *state) paths(from, to string, maxHops int) graph.Subgraph {
	var b graph.Builder
	if _, ok := g.nodes[from]; !ok {
		return b.Subgraph("")
	}
	if _, ok := g.nodes[to]; !ok {
		return b.Subgraph("")
	}
	if from == to {
		b.AddNode(cloneNode(g.nodes[from]))
		return b.Subgraph("")
	}
	da, db := map[string]int{from: 0}, map[string]int{to: 0}
	fa, fb := []string{from}, []string{to}
	la, lb := 0, 0
	var meet []string
	for la+lb < maxHops && len(fa) > 0 && len(fb) > 0 && len(meet) == 0 {
		// The first layer that reaches the other side's nodes holds the
		// middle of every shortest path: shorter paths would have met before.
		if len(fa) <= len(fb) {
			la++
			fa = g.grow(fa, da, la)
			meet = inBoth(fa, db)
		} else {
			lb++
			fb = g.grow(fb, db, lb)
			meet = inBoth(fb, da)
		}
	}
	if len(meet) == 0 {
		return b.Subgraph("")
	}
	// Walk back from the middle to each end along edges that come one hop closer.
	for _, dist := range []map[string]int{da, db} {
		frontier := meet
		seen := set{}
		for len(frontier) > 0 {
			var next []string
			for _, v := range frontier {
				dv := dist[v]
				g.neighbors(v, func(e graph.Edge, u string) {
					if du, ok := dist[u]; ok && du == dv-1 {
						g.addEdge(&b, e)
						if _, ok := seen[u]; !ok {
							seen.add(u)
							next = append(next, u)
						}
					}
				})
			}
			frontier = next
		}
	}
	return b.Subgraph("")
}

// inBoth returns the nodes of layer that other holds.
func inBoth(layer []string, other map[string]int) []string {
	var out []string
	for _, v := range layer {
		if _, ok := other[v]; ok {
			out = append(out, v)
		}
	}
	return out
}

func (g *state) names() []string {
	seen := map[string]bool{}
	var out []string
	for _, n := range g.nodes {
		for _, name := range n.Names() {
			if !seen[name] {
				seen[name] = true
				out = append(out, name)
			}
		}
	}
	sort.Strings(out)
	return out
}

func (g *state) counts() graph.Counts {
	c := graph.Counts{Nodes: len(g.nodes), Edges: len(g.edges), Reports: len(g.reports),
		ByKind: map[graph.Kind]int{}, ByType: map[graph.RelType]int{}}
	for _, n := range g.nodes {
		c.ByKind[n.Kind]++
	}
	for _, e := range g.edges {
		c.ByType[e.Type]++
	}
	return c
}

func (g *state) reportList() []graph.ReportRef {
	out := make([]graph.ReportRef, 0, len(g.reports))
	for _, r := range g.reports {
		out = append(out, r)
	}
	sortReports(out)
	return out
}

func sortReports(rs []graph.ReportRef) {
	sort.Slice(rs, func(i, j int) bool {
		if rs[i].Date != rs[j].Date {
			return rs[i].Date < rs[j].Date
		}
		return rs[i].ID < rs[j].ID
	})
}

func cloneNode(n graph.Node) graph.Node {
	n.Aliases = append([]string(nil), n.Aliases...)
	n.AliasClaims = append([]graph.AliasClaim(nil), n.AliasClaims...)
	if n.Props != nil {
		p := make(map[string]string, len(n.Props))
		for k, v := range n.Props {
			p[k] = v
		}
		n.Props = p
	}
	return n
}

func cloneEdge(e graph.Edge) graph.Edge {
	e.Evidence = append([]graph.Evidence(nil), e.Evidence...)
	return e
}
