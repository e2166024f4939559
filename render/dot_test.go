package render

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// golden compares got with testdata/name, or rewrites the file under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (run go test ./render -update to create it): %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s: output differs from the golden file (run go test ./render -update after checking the change)\ngot:\n%s", name, got)
	}
}

func TestDOTGolden(t *testing.T) {
	dark := DefaultOptions()
	dark.Theme, dark.DateRange, dark.Direction = "dark", true, "TB"
	collapsed := DefaultOptions()
	collapsed.MaxLeaves = 3
	plain := Options{}
	tests := []struct {
		name string
		sg   graph.Subgraph
		opt  Options
	}{
		{"sample.dot.golden", sample(), DefaultOptions()},
		{"sample-dark-dates-tb.dot.golden", sample(), dark},
		{"sample-collapsed.dot.golden", sample(), collapsed},
		{"sample-no-sources.dot.golden", sample(), plain},
		{"nasty.dot.golden", nasty(), DefaultOptions()},
		{"empty.dot.golden", graph.Subgraph{Title: "Nothing"}, DefaultOptions()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			golden(t, tt.name, DOT(tt.sg, tt.opt))
		})
	}
}

func TestLegendDOTGolden(t *testing.T) {
	v := newView(sample(), DefaultOptions())
	golden(t, "sample-legend.dot.golden", legendDOT(v, themeFor("light")))
}

func TestDOTDeterministic(t *testing.T) {
	a := sample()
	b := sample()
	// Reverse every slice: the output must not depend on input order.
	for i, j := 0, len(b.Nodes)-1; i < j; i, j = i+1, j-1 {
		b.Nodes[i], b.Nodes[j] = b.Nodes[j], b.Nodes[i]
	}
	for i, j := 0, len(b.Edges)-1; i < j; i, j = i+1, j-1 {
		b.Edges[i], b.Edges[j] = b.Edges[j], b.Edges[i]
	}
	got, want := DOT(b, DefaultOptions()), DOT(a, DefaultOptions())
	if !bytes.Equal(got, want) {
		t.Errorf("DOT depends on input order:\ngot:\n%s\nwant:\n%s", got, want)
	}
	for i := 0; i < 5; i++ {
		if again := DOT(a, DefaultOptions()); !bytes.Equal(again, want) {
			t.Fatalf("DOT differs between runs")
		}
	}
}

func TestAliasPreference(t *testing.T) {
	sg := sample()
	v := newView(sg, DefaultOptions())
	var aka []string
	for _, n := range v.nodes {
		if n.name == "APT40" {
			aka = n.aka
		}
	}
	if len(aka) == 0 || aka[0] != "Leviathan" && aka[0] != "TEMP.Periscope" {
		t.Fatalf("got aka %q, want aliases cited in the evidence first", aka)
	}
	// Only TEMP.Periscope cited: it comes first although it sorts last.
	var b graph.Builder
	actor := graph.NewNode(graph.ThreatActor, "APT40", "BRONZE MOHAWK", "Gadolinium", "Kryptonite Panda", "TEMP.Periscope", "APT 40")
	c := graph.NewNode(graph.Country, "Cambodia")
	b.AddNode(actor)
	b.AddNode(c)
	b.AddEdge(graph.Edge{Type: graph.Targeted, Source: actor.ID, Target: c.ID, Evidence: []graph.Evidence{{Report: graph.ReportRef{ID: "r"}, Sentence: "TEMP.Periscope went after Cambodia."}}})
	dot := string(DOT(b.Subgraph("t"), DefaultOptions()))
	if !strings.Contains(dot, "aka TEMP.Periscope") {
		t.Errorf("got DOT without %q:\n%s", "aka TEMP.Periscope", dot)
	}
	if strings.Contains(dot, `<FONT POINT-SIZE="11">aka APT 40`) || strings.Contains(dot, ", APT 40</FONT>") {
		t.Errorf("got the alias %q that only re-spaces the name", "APT 40")
	}
}

func TestPickAliases(t *testing.T) {
	tests := []struct {
		aliases   []string
		sentences string
		want      []string
	}{
		{[]string{"A", "B", "C", "D"}, "", []string{"A", "B", "C"}},
		{[]string{"A", "B", "Periscope"}, "the periscope group", []string{"Periscope", "A", "B"}},
		{[]string{"Ape", "B"}, "grape", []string{"Ape", "B"}}, // "ape" inside "grape" does not count
		{[]string{"Ape", "B"}, "an ape.", []string{"Ape", "B"}},
		{[]string{"B", "Ape"}, "an ape.", []string{"Ape", "B"}},
		{[]string{"A very long alias name", "Another long alias name", "X"}, "", []string{"A very long alias name"}},
		{nil, "", nil},
	}
	for _, tt := range tests {
		n := graph.Node{Name: "Name", Aliases: tt.aliases}
		got := pickAliases(n, tt.sentences)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("pickAliases(%q, %q): got %q, want %q", tt.aliases, tt.sentences, got, tt.want)
		}
	}
}

func TestCollapseLeaves(t *testing.T) {
	opt := DefaultOptions()
	opt.MaxLeaves = 2
	v := newView(sample(), opt)
	var more *vnode
	count := 0
	for i, n := range v.nodes {
		if n.kind == graph.Organization {
			count++
		}
		if n.more > 0 {
			more = &v.nodes[i]
		}
	}
	if more == nil {
		t.Fatalf("got no collapsed node among %d nodes", len(v.nodes))
	}
	if more.more != 4 || more.name != "+4 more organizations" {
		t.Errorf("got collapsed node %q standing for %d, want %q for 4", more.name, more.more, "+4 more organizations")
	}
	if count != 3 { // two kept and the collapsed one
		t.Errorf("got %d organization nodes, want 3", count)
	}
	// The two kept are those with the most reports.
	dot := string(DOT(sample(), opt))
	for _, want := range []string{"Ministry of Interior", "National Election<BR/>Commission", "+4 more"} {
		if !strings.Contains(dot, want) {
			t.Errorf("got DOT without %q", want)
		}
	}
	for _, e := range v.edges {
		if e.target == more.id && (e.reports != 1 || e.typ != graph.Targeted) {
			t.Errorf("got collapsed edge %s with %d reports, want TARGETED with 1", e.typ, e.reports)
		}
	}
}

func TestChooseDirection(t *testing.T) {
	ev := []graph.Evidence{{Report: graph.ReportRef{ID: "r"}}}
	chain := func(n int) graph.Subgraph {
		var b graph.Builder
		prev := graph.NewNode(graph.Organization, "n0")
		b.AddNode(prev)
		for i := 1; i < n; i++ {
			next := graph.NewNode(graph.Organization, "n"+string(rune('0'+i)))
			b.AddNode(next)
			b.AddEdge(graph.Edge{Type: graph.PartOf, Source: prev.ID, Target: next.ID, Evidence: ev})
			prev = next
		}
		return b.Subgraph("")
	}
	tests := []struct {
		name string
		sg   graph.Subgraph
		opt  Options
		want string
	}{
		{"star of 8", sample(), Options{}, "LR"},
		{"chain of 8", chain(8), Options{}, "TB"},
		{"chain of 3", chain(3), Options{}, "LR"},
		{"explicit lr", chain(8), Options{Direction: "lr"}, "LR"},
		{"explicit TB", sample(), Options{Direction: "TB"}, "TB"},
		{"empty", graph.Subgraph{}, Options{}, "LR"},
	}
	for _, tt := range tests {
		if got := newView(tt.sg, tt.opt).direction; got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestRefList(t *testing.T) {
	tests := []struct {
		in   []int
		want string
	}{
		{nil, ""},
		{[]int{1}, "[1]"},
		{[]int{1, 2}, "[1, 2]"},
		{[]int{1, 2, 3, 5}, "[1–3, 5]"},
		{[]int{1, 3, 5, 7, 9, 11}, "[1, 3, 5, 7, …]"},
	}
	for _, tt := range tests {
		if got := refList(tt.in); got != tt.want {
			t.Errorf("refList(%v): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFormatFromPath(t *testing.T) {
	tests := []struct {
		path, want string
		ok         bool
	}{
		{"out.dot", "dot", true},
		{"dir/out.GV", "dot", true},
		{"a.svg", "svg", true},
		{"a.png", "png", true},
		{"a.json", "json", true},
		{"a.txt", "txt", true},
		{"a.pdf", "", false},
		{"noext", "", false},
	}
	for _, tt := range tests {
		got, err := FormatFromPath(tt.path)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("FormatFromPath(%q): got %q, %v; want %q, ok=%v", tt.path, got, err, tt.want, tt.ok)
		}
	}
}
