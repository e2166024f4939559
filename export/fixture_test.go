package export

import (
	"context"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/memory"
)

// fixtureStore returns a memory store holding a small invented case: two
// threat actors, the organizations they targeted, their countries and tools,
// from four invented reports.
func fixtureStore(t testing.TB) *memory.Store {
	t.Helper()
	reports := []graph.ReportRef{
		{ID: "report:r1", Title: "Intrusions at the national election body", URL: "https://example.org/reports/election-body", Date: "2018-07-10", Publisher: "Example Security"},
		{ID: "report:r2", Title: "Spear-phishing wave against opposition parties", URL: "https://example.net/blog/2018/07/phishing-wave", Date: "2018-07-25", Publisher: "Sample Labs"},
		{ID: "report:r3", Title: "Toolset of a maritime-focused intrusion set", URL: "https://example.com/research/maritime-toolset-analysis-with-a-rather-long-address-that-wraps", Date: "2018-03-16", Publisher: "Illustrative Intel"},
		{ID: "report:r4", Title: "Attribution note", Date: "2019-01-02", Publisher: "Analyst sheet"},
	}
	actor := graph.NewNode(graph.ThreatActor, "TEMP.Periscope", "APT40", "Leviathan", "BRONZE MOHAWK")
	actor2 := graph.NewNode(graph.ThreatActor, "Sample Panda")
	nec := graph.NewNode(graph.Organization, "National Election Commission")
	party := graph.NewNode(graph.Organization, "Opposition Party")
	ministry := graph.NewNode(graph.Organization, "Ministry of Foreign Affairs")
	kh := graph.NewNode(graph.Country, "Cambodia")
	cn := graph.NewNode(graph.Country, "China")
	gov := graph.NewNode(graph.Sector, "Government")
	mal := graph.NewNode(graph.Malware, "AIRBREAK")
	tool := graph.NewNode(graph.Tool, "Cobalt Strike")
	camp := graph.NewNode(graph.Campaign, "Election 2018 operation")
	ev := func(r graph.ReportRef, s string) []graph.Evidence {
		return []graph.Evidence{{Report: r, Sentence: s, Rule: "test"}}
	}
	batches := []graph.Batch{
		{Report: reports[0], Nodes: []graph.Node{actor, nec, kh, camp}, Edges: []graph.Edge{
			{Type: graph.Targeted, Source: actor.ID, Target: nec.ID, Evidence: ev(reports[0], "The group broke into the election body.")},
			{Type: graph.LocatedIn, Source: nec.ID, Target: kh.ID, Evidence: ev(reports[0], "The body sits in the capital.")},
			{Type: graph.PartOf, Source: camp.ID, Target: actor.ID, Evidence: ev(reports[0], "The operation was run by the group.")},
			{Type: graph.Targeted, Source: camp.ID, Target: nec.ID, Evidence: ev(reports[0], "The operation aimed at the body.")},
		}},
		{Report: reports[1], Nodes: []graph.Node{actor, party, ministry, actor2, nec}, Edges: []graph.Edge{
			{Type: graph.Targeted, Source: actor.ID, Target: party.ID, Evidence: ev(reports[1], "Party staff got lures.")},
			{Type: graph.Targeted, Source: actor.ID, Target: ministry.ID, Evidence: ev(reports[1], "The ministry was phished.")},
			{Type: graph.Targeted, Source: actor2.ID, Target: nec.ID, Evidence: ev(reports[1], "A second group probed the body.")},
		}},
		{Report: reports[2], Nodes: []graph.Node{actor, mal, tool, gov}, Edges: []graph.Edge{
			{Type: graph.Uses, Source: actor.ID, Target: mal.ID, Evidence: ev(reports[2], "The group deploys the backdoor.")},
			{Type: graph.Uses, Source: actor.ID, Target: tool.ID, Evidence: ev(reports[2], "The group also runs the framework.")},
			{Type: graph.Targeted, Source: actor.ID, Target: gov.ID, Evidence: ev(reports[2], "Governments are a focus.")},
		}},
		{Report: reports[3], Nodes: []graph.Node{actor, cn, actor2}, Edges: []graph.Edge{
			{Type: graph.AttributedTo, Source: actor.ID, Target: cn.ID, Evidence: []graph.Evidence{{Report: reports[3], Locator: "sheet line 2", Rule: "sheet"}}},
			{Type: graph.AttributedTo, Source: actor2.ID, Target: cn.ID, Evidence: []graph.Evidence{{Report: reports[3], Locator: "sheet line 2", Rule: "sheet"}}},
		}},
	}
	s := memory.New()
	for _, b := range batches {
		if _, err := s.Apply(context.Background(), b); err != nil {
			t.Fatalf("apply %s: %v", b.Report.ID, err)
		}
	}
	return s
}

const fixtureDeck = `title: Cambodia 2018 election intrusions
tlp: AMBER
theme: light
date: 2018-08-01
slides:
  - query: who-targeted
    args: ["election commission"]
  - query: victims-of
    args: ["TEMP.Periscope"]
    title: What TEMP.Periscope went after
  - query: path
    args: ["Sample Panda", "Opposition Party"]
`

func fixtureBriefing(t testing.TB) Briefing {
	t.Helper()
	spec, err := ParseSpec("deck.yaml", []byte(fixtureDeck))
	if err != nil {
		t.Fatal(err)
	}
	b, err := Build(context.Background(), fixtureStore(t), spec)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
