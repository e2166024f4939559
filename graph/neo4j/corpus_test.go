package neo4j_test

import (
	"fmt"
	"math/rand/v2"

	"github.com/actorgraph/actorgraph/graph"
)

// corpus generates batches that look like a year of threat reports:
// nReports reports, each naming actors, victims, countries, sectors, malware
// and tools, with about edgesPerReport relationships, many entities and some
// relationships shared between reports (so loads merge). The same arguments
// always give the same batches.
func corpus(seed uint64, nReports, edgesPerReport int) []graph.Batch {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	pick := func(names []string) string { return names[r.IntN(len(names))] }
	gen := func(n int, f func(i int) string) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = f(i)
		}
		return out
	}
	actors := gen(150, func(i int) string { return fmt.Sprintf("APT%d", i+1) })
	orgs := gen(3000, func(i int) string { return fmt.Sprintf("Organization %d", i+1) })
	countries := gen(60, func(i int) string { return fmt.Sprintf("Country %c%c", 'A'+i/26, 'A'+i%26) })
	sectors := gen(25, func(i int) string { return fmt.Sprintf("Sector %d", i+1) })
	malware := gen(400, func(i int) string { return fmt.Sprintf("Malware%d", i+1) })
	tools := gen(120, func(i int) string { return fmt.Sprintf("Tool %d", i+1) })
	campaigns := gen(200, func(i int) string { return fmt.Sprintf("Operation %d", i+1) })

	var out []graph.Batch
	for ri := 0; ri < nReports; ri++ {
		rep := graph.ReportRef{ID: fmt.Sprintf("report:gen-%04d", ri), Title: fmt.Sprintf("Generated report %d", ri),
			Date: fmt.Sprintf("2024-%02d-%02d", 1+ri%12, 1+ri%28), Publisher: "generator"}
		nodes := map[string]graph.Node{}
		add := func(k graph.Kind, name string, aliases ...string) string {
			n := graph.NewNode(k, name, aliases...)
			if old, ok := nodes[n.ID]; ok {
				n = graph.MergeNodes(old, n)
			}
			nodes[n.ID] = n
			return n.ID
		}
		var edges []graph.Edge
		edge := func(t graph.RelType, a, b string, i int) {
			edges = append(edges, graph.Edge{Type: t, Source: a, Target: b, Evidence: []graph.Evidence{{
				Report: rep, Sentence: fmt.Sprintf("Sentence %d of report %d.", i, ri), Rule: "generated", Confidence: 0.5 + float64(i%5)/10,
			}}})
		}
		for i := 0; len(edges) < edgesPerReport; i++ {
			actorName := pick(actors)
			actor := add(graph.ThreatActor, actorName, "Group "+actorName[3:])
			switch i % 6 {
			case 0, 1:
				org := add(graph.Organization, pick(orgs))
				edge(graph.Targeted, actor, org, i)
				edge(graph.LocatedIn, org, add(graph.Country, pick(countries)), i)
			case 2:
				edge(graph.Uses, actor, add(graph.Malware, pick(malware)), i)
			case 3:
				edge(graph.Uses, actor, add(graph.Tool, pick(tools)), i)
			case 4:
				edge(graph.AttributedTo, add(graph.Campaign, pick(campaigns)), actor, i)
			case 5:
				edge(graph.Targeted, actor, add(graph.Sector, pick(sectors)), i)
			}
		}
		b := graph.Batch{Report: rep, Edges: edges}
		for _, n := range nodes {
			b.Nodes = append(b.Nodes, n)
		}
		out = append(out, b.Normalized())
	}
	return out
}
