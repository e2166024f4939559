package render

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

var (
	update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")
	outDir = flag.String("out", "", "also write sample SVG and PNG files to this folder, for looking at")
)

// sample is a small case: one actor, six victims in one country, the
// actor's state sponsor and its malware, from two reports.
func sample() graph.Subgraph {
	r1 := graph.ReportRef{ID: "report:cambodia-election-2018", Title: "Chinese espionage group targets Cambodia ahead of elections", Publisher: "Example Threat Intel", Date: "2018-07-10", URL: "https://intel.example.com/apt40-cambodia"}
	r2 := graph.ReportRef{ID: "report:leviathan-2019", Title: "Leviathan: maritime espionage tooling", Publisher: "Example Research", Date: "2019-03-04", URL: "https://research.example.org/leviathan"}
	ev := func(r graph.ReportRef, s string) graph.Evidence { return graph.Evidence{Report: r, Sentence: s} }

	var b graph.Builder
	actor := graph.NewNode(graph.ThreatActor, "APT40", "Leviathan", "BRONZE MOHAWK", "Gadolinium", "Kryptonite Panda", "TEMP.Periscope")
	b.AddNode(actor)
	b.AddMatched(actor.ID)
	china := graph.NewNode(graph.Country, "China")
	b.AddNode(china)
	scanbox := graph.NewNode(graph.Malware, "SCANBOX")
	b.AddNode(scanbox)
	b.AddEdge(graph.Edge{Type: graph.AttributedTo, Source: actor.ID, Target: china.ID, Evidence: []graph.Evidence{
		ev(r1, "TEMP.Periscope is a China-based espionage group."),
		ev(r2, "The group is assessed to operate on behalf of China."),
	}})
	b.AddEdge(graph.Edge{Type: graph.Uses, Source: actor.ID, Target: scanbox.ID, Evidence: []graph.Evidence{
		ev(r1, "TEMP.Periscope used the SCANBOX framework to profile visitors."),
	}})
	victims := []string{"National Election Commission", "Ministry of Interior", "Ministry of Foreign Affairs and International Cooperation", "Senate of Cambodia", "Ministry of Economy and Finance", "Cambodia National Rescue Party"}
	for i, v := range victims {
		n := graph.NewNode(graph.Organization, v)
		b.AddNode(n)
		evs := []graph.Evidence{ev(r1, "TEMP.Periscope compromised the "+v+".")}
		if i < 2 {
			evs = append(evs, ev(r2, "Leviathan targeted the "+v+"."))
		}
		b.AddEdge(graph.Edge{Type: graph.Targeted, Source: actor.ID, Target: n.ID, Evidence: evs})
	}
	return b.Subgraph("APT40 targeting in Cambodia")
}

// writeOut saves an artefact under -out when it is set.
func writeOut(t testing.TB, name string, data []byte) {
	t.Helper()
	if *outDir == "" {
		return
	}
	if err := os.MkdirAll(*outDir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(*outDir, name), data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// nastyNames are names that break naive DOT, HTML-label or XML writers.
var nastyNames = []string{
	`Say "hello" & <goodbye>`,
	`back\slash \\ double \N \G \n`,
	`trailing backslash\`,
	"line\nbreak\ttab\rreturn",
	"ctrl\x01\x7f chars",
	"bad utf8 \xff\xfe end",
	"Ünïcödé 中文 Кириллица 😀",
	`]]> --> <!-- -- <![CDATA[`,
	`{ } [ ] ; = , -> -- digraph node edge`,
	`&amp; &#92; &lt;b&gt; <B>bold</B> <BR/>`,
	"'single' `tick` $dollar %percent",
}

// nasty is a subgraph whose names, aliases, ids, titles and sentences are
// all hostile.
func nasty() graph.Subgraph {
	var b graph.Builder
	r := graph.ReportRef{ID: `report:"nasty"\`, Title: `A "report" <title> & \ more`, URL: "https://example.com/?a=1&b=<2>", Date: "2020-01-02", Publisher: "Pub & <Co>"}
	actor := graph.Node{ID: `threatactor:evil"id\with<chars>&`, Kind: graph.ThreatActor, Name: `Evil "Actor" <&> \`, Aliases: nastyNames[:3]}
	b.AddNode(actor)
	b.AddMatched(actor.ID)
	kinds := graph.Kinds()
	for i, name := range nastyNames {
		n := graph.NewNode(kinds[i%len(kinds)], name)
		b.AddNode(n)
		b.AddEdge(graph.Edge{Type: graph.RelTypes()[i%len(graph.RelTypes())], Source: actor.ID, Target: n.ID,
			Evidence: []graph.Evidence{{Report: r, Sentence: "about " + name}}})
	}
	return b.Subgraph(`Nasty "title" <with> & \ and` + "\nnewline")
}

func writeOutB(b *testing.B, name string, data []byte) { writeOut(b, name, data) }

// medium is two actors with shared and own victims, sectors, countries,
// tools and a campaign: the shape of a typical "neighborhood" answer.
func medium() graph.Subgraph {
	var b graph.Builder
	r := func(i int) graph.ReportRef {
		return graph.ReportRef{ID: "report:" + string(rune('a'+i)), Title: "Report " + string(rune('A'+i)), Date: "2020-0" + string(rune('1'+i)) + "-01"}
	}
	ev := func(is ...int) []graph.Evidence {
		var out []graph.Evidence
		for _, i := range is {
			out = append(out, graph.Evidence{Report: r(i), Sentence: "sentence"})
		}
		return out
	}
	add := func(k graph.Kind, name string, aliases ...string) graph.Node {
		n := graph.NewNode(k, name, aliases...)
		b.AddNode(n)
		return n
	}
	edge := func(t graph.RelType, a, c graph.Node, is ...int) {
		b.AddEdge(graph.Edge{Type: t, Source: a.ID, Target: c.ID, Evidence: ev(is...)})
	}
	apt40 := add(graph.ThreatActor, "APT40", "TEMP.Periscope", "Leviathan")
	apt41 := add(graph.ThreatActor, "APT41", "Double Dragon", "Winnti")
	b.AddMatched(apt40.ID)
	china := add(graph.Country, "China")
	edge(graph.AttributedTo, apt40, china, 0, 1)
	edge(graph.AttributedTo, apt41, china, 2)
	camp := add(graph.Campaign, "Operation ShadowHammer")
	edge(graph.RelatedTo, apt41, camp, 3)
	for i, v := range []string{"Ministry of Interior", "National Election Commission", "Port Authority"} {
		n := add(graph.Organization, v)
		edge(graph.Targeted, apt40, n, i%3)
		if i == 2 {
			edge(graph.Targeted, apt41, n, 2)
		}
	}
	for _, v := range []string{"ASUS", "Gaming Studio", "Telecom Operator"} {
		edge(graph.Targeted, apt41, add(graph.Organization, v), 3)
	}
	maritime := add(graph.Sector, "Maritime")
	edge(graph.Targeted, apt40, maritime, 1)
	health := add(graph.Sector, "Healthcare")
	edge(graph.Targeted, apt41, health, 2, 3)
	edge(graph.Targeted, apt40, health, 1)
	edge(graph.Uses, apt40, add(graph.Malware, "SCANBOX"), 0)
	edge(graph.Uses, apt41, add(graph.Malware, "ShadowPad"), 3)
	cs := add(graph.Tool, "Cobalt Strike")
	edge(graph.Uses, apt40, cs, 1)
	edge(graph.Uses, apt41, cs, 2)
	edge(graph.Uses, apt41, add(graph.Infrastructure, "update.example-cdn.net"), 3)
	edge(graph.AffiliatedWith, add(graph.Person, "Zhang Haoran"), apt41, 2)
	return b.Subgraph("APT40 and APT41: shared targets and tooling")
}

// stars is n entities in disconnected stars: about n/15 threat actors, each
// with about 14 leaves (organizations, countries and tools, or sectors,
// malware and infrastructure), from reports sources; the first actor is
// matched. It is the shape of export's 300-node briefing fixture.
func stars(n, reports int) graph.Subgraph {
	var bl graph.Builder
	var refs []graph.ReportRef
	for i := 0; i < reports; i++ {
		refs = append(refs, graph.ReportRef{ID: fmt.Sprintf("report:g%03d", i), Title: fmt.Sprintf("Generated report number %d on intrusions", i),
			URL: fmt.Sprintf("https://example.org/generated/%03d", i), Date: fmt.Sprintf("2023-%02d-%02d", 1+i%12, 1+i%28), Publisher: "Generator"})
	}
	actors := max(1, n/15)
	kinds := []graph.Kind{graph.Organization, graph.Sector, graph.Country, graph.Malware, graph.Tool, graph.Infrastructure}
	var nodes []graph.Node
	for i := 0; i < actors; i++ {
		nodes = append(nodes, graph.NewNode(graph.ThreatActor, fmt.Sprintf("Actor %02d", i)))
	}
	for i := actors; i < n; i++ {
		k := kinds[i%len(kinds)]
		nodes = append(nodes, graph.NewNode(k, fmt.Sprintf("%s %03d", k, i)))
	}
	for _, nd := range nodes {
		bl.AddNode(nd)
	}
	for i := actors; i < n; i++ {
		typ := graph.Targeted
		switch nodes[i].Kind {
		case graph.Malware, graph.Tool, graph.Infrastructure:
			typ = graph.Uses
		case graph.Country:
			if i%2 == 0 {
				typ = graph.AttributedTo
			}
		}
		bl.AddEdge(graph.Edge{Type: typ, Source: nodes[i%actors].ID, Target: nodes[i].ID,
			Evidence: []graph.Evidence{{Report: refs[i%len(refs)], Sentence: fmt.Sprintf("Sentence %d.", i)}}})
	}
	bl.AddMatched(nodes[0].ID)
	return bl.Subgraph(fmt.Sprintf("Generated graph of %d entities", n))
}

// attributed is who-targeted shaped: eight threat actors, six attributed to
// two countries, targeting one matched organization; one of the countries is
// also targeted.
func attributed() graph.Subgraph {
	var b graph.Builder
	r := graph.ReportRef{ID: "report:a", Title: "Attribution sheet", Date: "2024-01-01"}
	ev := []graph.Evidence{{Report: r, Sentence: "sentence"}}
	victim := graph.NewNode(graph.Organization, "Ministry of Defence")
	b.AddNode(victim)
	b.AddMatched(victim.ID)
	north := graph.NewNode(graph.Country, "Northland")
	south := graph.NewNode(graph.Country, "Southland")
	b.AddNode(north)
	b.AddNode(south)
	for i, c := range []graph.Node{north, north, north, north, south, south, {}, {}} {
		a := graph.NewNode(graph.ThreatActor, fmt.Sprintf("Group %d", i+1))
		b.AddNode(a)
		b.AddEdge(graph.Edge{Type: graph.Targeted, Source: a.ID, Target: victim.ID, Evidence: ev})
		if c.ID != "" {
			b.AddEdge(graph.Edge{Type: graph.AttributedTo, Source: a.ID, Target: c.ID, Evidence: ev})
		}
	}
	other := graph.NewNode(graph.ThreatActor, "Outsider")
	b.AddNode(other)
	b.AddEdge(graph.Edge{Type: graph.Targeted, Source: other.ID, Target: south.ID, Evidence: ev})
	b.AddEdge(graph.Edge{Type: graph.Targeted, Source: other.ID, Target: victim.ID, Evidence: ev})
	return b.Subgraph("Who targeted the ministry")
}
