package render

import (
	"context"
	"fmt"
	"math/rand"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// bigSubgraph makes a deterministic subgraph of about n nodes shaped like a
// real answer: a few actors, each with victims, countries, sectors and
// tools, some shared between actors.
func bigSubgraph(n int) graph.Subgraph {
	rng := rand.New(rand.NewSource(42))
	var b graph.Builder
	var reports []graph.ReportRef
	for i := 0; i < 20; i++ {
		reports = append(reports, graph.ReportRef{ID: fmt.Sprintf("report:%02d", i), Title: fmt.Sprintf("Report number %d on intrusion activity", i), Date: fmt.Sprintf("2021-%02d-10", i%12+1)})
	}
	ev := func() []graph.Evidence {
		k := 1 + rng.Intn(3)
		var out []graph.Evidence
		for j := 0; j < k; j++ {
			out = append(out, graph.Evidence{Report: reports[rng.Intn(len(reports))], Sentence: "evidence"})
		}
		return out
	}
	var pool []graph.Node
	kinds := []graph.Kind{graph.Organization, graph.Organization, graph.Organization, graph.Sector, graph.Country, graph.Malware, graph.Tool, graph.Infrastructure, graph.Campaign, graph.Person}
	types := map[graph.Kind]graph.RelType{graph.Organization: graph.Targeted, graph.Sector: graph.Targeted, graph.Country: graph.AttributedTo,
		graph.Malware: graph.Uses, graph.Tool: graph.Uses, graph.Infrastructure: graph.Uses, graph.Campaign: graph.RelatedTo, graph.Person: graph.AffiliatedWith}
	actors := n / 20
	count := 0
	for a := 0; a < actors; a++ {
		actor := graph.NewNode(graph.ThreatActor, fmt.Sprintf("APT%d", 100+a), fmt.Sprintf("Group %d", a))
		b.AddNode(actor)
		count++
		per := (n - actors) / actors
		for i := 0; i < per; i++ {
			var t graph.Node
			if len(pool) > 20 && rng.Intn(5) == 0 {
				t = pool[rng.Intn(len(pool))]
			} else {
				k := kinds[rng.Intn(len(kinds))]
				t = graph.NewNode(k, fmt.Sprintf("%s entity %d-%d", k, a, i))
				pool = append(pool, t)
				count++
			}
			b.AddNode(t)
			b.AddEdge(graph.Edge{Type: types[t.Kind], Source: actor.ID, Target: t.ID, Evidence: ev()})
		}
	}
	for len(pool) > 0 && count < n {
		t := graph.NewNode(graph.Organization, fmt.Sprintf("extra org %d", count))
		b.AddNode(t)
		b.AddEdge(graph.Edge{Type: graph.PartOf, Source: t.ID, Target: pool[rng.Intn(len(pool))].ID, Evidence: ev()})
		count++
	}
	return b.Subgraph(fmt.Sprintf("%d-node benchmark", n))
}

func TestBigSubgraphSize(t *testing.T) {
	sg := bigSubgraph(300)
	if got := len(sg.Nodes); got < 280 || got > 300 {
		t.Errorf("got %d nodes, want about 300", got)
	}
}

// BenchmarkPNG300 renders a 300-node subgraph to a 1920x1080 PNG:
//
//	go test ./render -run '^$' -bench PNG300 -benchtime 3x
func BenchmarkPNG300(b *testing.B) {
	r := newTestRenderer(b)
	sg := bigSubgraph(300)
	opt := DefaultOptions()
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		data, err := r.PNG(ctx, sg, opt)
		if err != nil {
			b.Fatal(err)
		}
		if i == 0 {
			b.ReportMetric(float64(len(sg.Nodes)), "nodes")
			if *outDir != "" {
				writeOutB(b, "big300.png", data)
				writeOutB(b, "big300.dot", DOT(sg, opt))
			}
		}
	}
}

// BenchmarkSVG300 is the same graph to SVG.
func BenchmarkSVG300(b *testing.B) {
	r := newTestRenderer(b)
	sg := bigSubgraph(300)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := r.SVG(ctx, sg, DefaultOptions()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPNG300Layered forces the layered (dot) layout on the same graph,
// as an explicit Direction does.
func BenchmarkPNG300Layered(b *testing.B) {
	r := newTestRenderer(b)
	sg := bigSubgraph(300)
	opt := DefaultOptions()
	opt.Direction = "TB"
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := r.PNG(ctx, sg, opt); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPNGStars300 renders 300 entities in twenty stars (export's
// briefing fixture), which automatic grouping draws readable:
//
//	go test ./render -run '^$' -bench Stars300 -benchtime 3x
func BenchmarkPNGStars300(b *testing.B) {
	r := newTestRenderer(b)
	sg := stars(300, 40)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		data, err := r.PNG(ctx, sg, DefaultOptions())
		if err != nil {
			b.Fatal(err)
		}
		if i == 0 && *outDir != "" {
			writeOutB(b, "stars300.png", data)
		}
	}
}
