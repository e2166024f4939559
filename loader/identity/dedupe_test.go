package identity

import (
	"reflect"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func org(name string, aliases ...string) graph.Node {
	return graph.NewNode(graph.Organization, name, aliases...)
}

func TestDuplicates(t *testing.T) {
	cands := []Candidate{
		{Node: org("National Election Commission"), Places: []string{"Cambodia"}, Weight: 3},
		{Node: org("National Election Committee"), Places: []string{"Cambodia"}, Weight: 1},
		{Node: org("National Election Commission of Thailand"), Places: []string{"Thailand"}},
		{Node: org("Ministry of Interior"), Places: []string{"Cambodia"}},
		{Node: org("Ministry of the Interior"), Places: []string{"Cambodia"}, Weight: 2},
		{Node: org("Ministry of Foreign Affairs"), Places: []string{"France"}},
		{Node: org("MFA"), Places: []string{"France"}},
		{Node: org("Cambodian Senate")},
		{Node: org("Senate"), Places: []string{"Cambodia"}},
		{Node: org("Bundestag"), Places: []string{"Germany"}},
		{Node: org("Senate of Italy"), Places: []string{"Italy"}},
		{Node: graph.NewNode(graph.Sector, "Telecoms")},
		{Node: graph.NewNode(graph.Sector, "Telecommunications")},
		{Node: graph.NewNode(graph.Sector, "Government")},
		{Node: graph.NewNode(graph.Country, "Niger")},
		{Node: graph.NewNode(graph.Country, "Nigeria")},
	}
	type pair struct{ kind, into, from string }
	var got []pair
	for _, d := range Duplicates(cands) {
		got = append(got, pair{string(d.Kind), d.Into.Name, d.From.Name})
		if d.Reason == "" || d.Line != MergeLine(d.Kind, d.Into.Name, d.From.Name) {
			t.Errorf("%s <- %s: reason %q, line %q", d.Into.Name, d.From.Name, d.Reason, d.Line)
		}
	}
	want := []pair{
		{"Organization", "Cambodian Senate", "Senate"},
		{"Organization", "Ministry of Foreign Affairs", "MFA"},
		{"Organization", "Ministry of the Interior", "Ministry of Interior"},
		{"Organization", "National Election Commission", "National Election Committee"},
		{"Sector", "Telecommunications", "Telecoms"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
	if got := MergeLine(graph.Organization, `Say "Hi"`, "B"); got != `  - {kind: Organization, into: "Say \"Hi\"", from: ["B"]}` {
		t.Errorf("MergeLine: got %s", got)
	}
}

// TestDuplicateLineMerges: the line dedupe prints is a curation entry that
// merges the pair.
func TestDuplicateLineMerges(t *testing.T) {
	a, b := unknownBatch("r:1", "Alpha"), unknownBatch("r:2", "Alpha")
	a.Nodes[1] = org("National Election Commission")
	a.Edges[0].Target = a.Nodes[1].ID
	b.Nodes[1] = org("National Election Committee")
	b.Edges[0].Target = b.Nodes[1].ID
	ds := Duplicates([]Candidate{{Node: a.Nodes[1], Weight: 2}, {Node: b.Nodes[1]}})
	if len(ds) != 1 {
		t.Fatalf("got %d duplicates, want 1", len(ds))
	}
	cur := curation(t, "merge:\n"+ds[0].Line+"\n")
	sg := merged(resolve(t, Options{Curation: cur}, a, b).Batches)
	if got := ids(sg, graph.Organization); !reflect.DeepEqual(got, []string{"organization:national-election-commission"}) {
		t.Errorf("after the merge line: got %v", got)
	}
}
