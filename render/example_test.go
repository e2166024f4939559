package render_test

import (
	"fmt"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/render"
)

func ExampleText() {
	var b graph.Builder
	actor := graph.NewNode(graph.ThreatActor, "APT40", "TEMP.Periscope")
	victim := graph.NewNode(graph.Organization, "Ministry of Interior")
	b.AddNode(actor)
	b.AddNode(victim)
	b.AddMatched(actor.ID)
	r := graph.ReportRef{ID: "r1", Title: "Espionage in Cambodia", Date: "2018-07-10"}
	b.AddEdge(graph.Edge{Type: graph.Targeted, Source: actor.ID, Target: victim.ID,
		Evidence: []graph.Evidence{{Report: r, Sentence: "TEMP.Periscope targeted the Ministry of Interior."}}})
	fmt.Print(render.Text(b.Subgraph("Who targeted the Ministry of Interior")))
	// Output:
	// Who targeted the Ministry of Interior
	// 2 entities, 1 relationship
	//
	// Matched:
	//   APT40 (ThreatActor) aka TEMP.Periscope
	//
	// TARGETED
	//   APT40 -[TARGETED x1 report]-> Ministry of Interior [1] (2018-07-10)
	//
	// Sources:
	//   [1] Espionage in Cambodia — 2018-07-10
}

func ExampleFormatFromPath() {
	for _, p := range []string{"out.gv", "slide.png", "deck.pdf"} {
		f, err := render.FormatFromPath(p)
		fmt.Printf("%s: %q %v\n", p, f, err)
	}
	// Output:
	// out.gv: "dot" <nil>
	// slide.png: "png" <nil>
	// deck.pdf: "" not supported: output format of "deck.pdf" (want .dot, .gv, .svg, .png, .json or .txt)
}
