package queries

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// actorKinds are the kinds that act: who-targeted shows them as attackers,
// victims-of starts from them.
func actorKinds() []graph.Kind { return []graph.Kind{graph.ThreatActor, graph.Campaign} }

func isActor(k graph.Kind) bool { return k == graph.ThreatActor || k == graph.Campaign }

// entityKinds are every kind but Report: what can be targeted.
func entityKinds() []graph.Kind {
	var out []graph.Kind
	for _, k := range graph.Kinds() {
		if k != graph.Report {
			out = append(out, k)
		}
	}
	return out
}

func nodeMap(s graph.Subgraph) map[string]graph.Node {
	m := make(map[string]graph.Node, len(s.Nodes))
	for _, n := range s.Nodes {
		m[n.ID] = n
	}
	return m
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// whoTargeted answers who-targeted TEXT: the entities TEXT names (any kind
// but Report), the TARGETED edges arriving at them from threat actors and
// campaigns, and those actors' ATTRIBUTED_TO edges; for a country, also the
// victims located in it that were targeted, with their LOCATED_IN edges.
// Matched holds the named entities that were targeted; the others are left
// out. When none was targeted the error is a *NoAnswerError.
func whoTargeted(ctx context.Context, s Store, text string) (graph.Subgraph, error) {
	const q = "who-targeted"
	matches, err := resolve(ctx, s, q, text, entityKinds(), "entity other than a report")
	if err != nil {
		return graph.Subgraph{}, err
	}
	named := map[string]bool{}
	for _, n := range matches {
		named[n.ID] = true
	}
	in, err := s.Expand(ctx, ids(matches), graph.In, []graph.RelType{graph.Targeted})
	if err != nil {
		return graph.Subgraph{}, fmt.Errorf("%s: %w", q, err)
	}
	nodes := nodeMap(in)
	var b graph.Builder
	actors := map[string]bool{}
	var targeted []graph.Node
	for _, e := range in.Edges {
		src, dst := nodes[e.Source], nodes[e.Target]
		if !isActor(src.Kind) || !named[e.Target] {
			continue
		}
		b.AddNode(src)
		if !b.Has(dst.ID) {
			targeted = append(targeted, dst)
		}
		b.AddNode(dst)
		b.AddEdge(e)
		b.AddMatched(dst.ID)
		actors[src.ID] = true
	}
	// A country is also targeted through the victims located in it: "who
	// targeted Cambodia" shows the actor that hit its Ministry of Interior,
	// with the ministry's LOCATED_IN edge.
	var countries []string
	for _, n := range matches {
		if n.Kind == graph.Country {
			countries = append(countries, n.ID)
		}
	}
	if len(countries) > 0 {
		if err := targetedWithin(ctx, s, countries, &b, actors, &targeted); err != nil {
			return graph.Subgraph{}, fmt.Errorf("%s: %w", q, err)
		}
	}
	if len(actors) == 0 {
		return graph.Subgraph{}, &NoAnswerError{Query: q, Args: []string{text}, Matches: matches,
			Reason: "no threat actor or campaign is recorded as targeting it"}
	}
	attr, err := s.Expand(ctx, sortedKeys(actors), graph.Out, []graph.RelType{graph.AttributedTo})
	if err != nil {
		return graph.Subgraph{}, fmt.Errorf("%s: %w", q, err)
	}
	b.Add(attr)
	return b.Subgraph("Who targeted " + quote(text, targeted)), nil
}

// targetedWithin adds to b the victims LOCATED_IN one of countries that
// threat actors or campaigns TARGETED, those edges and the LOCATED_IN
// edges; each country reached is matched.
func targetedWithin(ctx context.Context, s Store, countries []string, b *graph.Builder, actors map[string]bool, targeted *[]graph.Node) error {
	loc, err := s.Expand(ctx, countries, graph.In, []graph.RelType{graph.LocatedIn})
	if err != nil {
		return err
	}
	lnodes := nodeMap(loc)
	within := map[string][]graph.Edge{} // victim -> its LOCATED_IN edges to the countries
	for _, e := range loc.Edges {
		if e.Type == graph.LocatedIn && lnodes[e.Target].Kind == graph.Country {
			within[e.Source] = append(within[e.Source], e)
		}
	}
	if len(within) == 0 {
		return nil
	}
	victims := map[string]bool{}
	for id := range within {
		victims[id] = true
	}
	hit, err := s.Expand(ctx, sortedKeys(victims), graph.In, []graph.RelType{graph.Targeted})
	if err != nil {
		return err
	}
	hnodes := nodeMap(hit)
	for _, e := range hit.Edges {
		src, dst := hnodes[e.Source], hnodes[e.Target]
		if e.Type != graph.Targeted || !isActor(src.Kind) || len(within[e.Target]) == 0 {
			continue
		}
		b.AddNode(src)
		b.AddNode(dst)
		b.AddEdge(e)
		actors[src.ID] = true
		for _, l := range within[e.Target] {
			c := lnodes[l.Target]
			if !b.Has(c.ID) {
				*targeted = append(*targeted, c)
			}
			b.AddNode(c)
			b.AddEdge(l)
			b.AddMatched(c.ID)
		}
	}
	return nil
}

// victimsOf answers victims-of ACTOR: the threat actors and campaigns ACTOR
// names, their TARGETED edges with the victims, their ATTRIBUTED_TO and USES
// edges, and the victims' LOCATED_IN edges. Matched holds the named actors
// that targeted something; the others are left out. When none did the error
// is a *NoAnswerError.
func victimsOf(ctx context.Context, s Store, text string) (graph.Subgraph, error) {
	const q = "victims-of"
	matches, err := resolve(ctx, s, q, text, actorKinds(), "threat actor or campaign")
	if err != nil {
		return graph.Subgraph{}, err
	}
	out, err := s.Expand(ctx, ids(matches), graph.Out, []graph.RelType{graph.Targeted, graph.AttributedTo, graph.Uses})
	if err != nil {
		return graph.Subgraph{}, fmt.Errorf("%s: %w", q, err)
	}
	nodes := nodeMap(out)
	attackers := map[string]bool{}
	for _, e := range out.Edges {
		if e.Type == graph.Targeted {
			attackers[e.Source] = true
		}
	}
	if len(attackers) == 0 {
		return graph.Subgraph{}, &NoAnswerError{Query: q, Args: []string{text}, Matches: matches,
			Reason: "no victims are recorded"}
	}
	var b graph.Builder
	var named []graph.Node
	victims := map[string]bool{}
	for _, n := range matches {
		if attackers[n.ID] {
			b.AddNode(n)
			b.AddMatched(n.ID)
			named = append(named, n)
		}
	}
	for _, e := range out.Edges {
		if !attackers[e.Source] {
			continue
		}
		b.AddNode(nodes[e.Source])
		b.AddNode(nodes[e.Target])
		b.AddEdge(e)
		if e.Type == graph.Targeted {
			victims[e.Target] = true
		}
	}
	loc, err := s.Expand(ctx, sortedKeys(victims), graph.Out, []graph.RelType{graph.LocatedIn})
	if err != nil {
		return graph.Subgraph{}, fmt.Errorf("%s: %w", q, err)
	}
	b.Add(loc)
	return b.Subgraph("Victims of " + quote(text, named)), nil
}

// neighborhood answers neighborhood NAME: the entities NAME names and every
// edge on a path of at most depth edges from them, either direction, with its
// endpoints. An entity without edges is answered by itself.
func neighborhood(ctx context.Context, s Store, text string, depth int) (graph.Subgraph, error) {
	const q = "neighborhood"
	matches, err := resolve(ctx, s, q, text, nil, "")
	if err != nil {
		return graph.Subgraph{}, err
	}
	var b graph.Builder
	seen := map[string]bool{}
	for _, n := range matches {
		b.AddNode(n)
		b.AddMatched(n.ID)
		seen[n.ID] = true
	}
	frontier := ids(matches)
	for d := 1; d <= depth && len(frontier) > 0; d++ {
		sg, err := s.Expand(ctx, frontier, graph.Both, nil)
		if err != nil {
			return graph.Subgraph{}, fmt.Errorf("%s: %w", q, err)
		}
		b.Add(sg)
		frontier = frontier[:0:0]
		for _, n := range sg.Nodes {
			if !seen[n.ID] {
				seen[n.ID] = true
				frontier = append(frontier, n.ID)
			}
		}
	}
	hops := "hop"
	if depth > 1 {
		hops = "hops"
	}
	return b.Subgraph(fmt.Sprintf("Neighborhood of %s (%d %s)", quote(text, matches), depth, hops)), nil
}

// paths answers path A B: every shortest path, ignoring direction, of at
// most maxHops edges between the best match of A and the best match of B
// (the title says which was taken when a text named several entities; a tie
// for the best score is an *AmbiguousError). Matched holds both ends. No
// path is a *NoAnswerError.
func paths(ctx context.Context, s Store, textA, textB string, maxHops int) (graph.Subgraph, error) {
	const q = "path"
	textA, textB = strings.TrimSpace(textA), strings.TrimSpace(textB)
	a, allA, err := best(ctx, s, q, textA)
	if err != nil {
		return graph.Subgraph{}, err
	}
	b, allB, err := best(ctx, s, q, textB)
	if err != nil {
		return graph.Subgraph{}, err
	}
	sg, err := s.Paths(ctx, a.ID, b.ID, maxHops)
	if err != nil {
		return graph.Subgraph{}, fmt.Errorf("%s: %w", q, err)
	}
	if len(sg.Nodes) == 0 {
		return graph.Subgraph{}, &NoAnswerError{Query: q, Args: []string{textA, textB}, Matches: []graph.Node{a, b},
			Reason: fmt.Sprintf("no path of at most %d hops between them", maxHops)}
	}
	var bl graph.Builder
	bl.Add(sg)
	bl.AddMatched(a.ID)
	bl.AddMatched(b.ID)
	return bl.Subgraph(fmt.Sprintf("Shortest paths between %s and %s", quoteBest(textA, a, allA), quoteBest(textB, b, allB))), nil
}

// searchGraph answers search TEXT as a Subgraph of the matching nodes, all
// of them Matched, without edges.
func searchGraph(ctx context.Context, s Store, text string) (graph.Subgraph, error) {
	nodes, err := Search(ctx, s, text)
	if err != nil {
		return graph.Subgraph{}, err
	}
	var b graph.Builder
	for _, n := range nodes {
		b.AddNode(n)
		b.AddMatched(n.ID)
	}
	noun := "matches"
	if len(nodes) == 1 {
		noun = "match"
	}
	return b.Subgraph(fmt.Sprintf("Search %q (%d %s)", strings.TrimSpace(text), len(nodes), noun)), nil
}
