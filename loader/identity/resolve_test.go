package identity

import (
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// testGazetteer knows APT40 (also called Leviathan by ATT&CK) and APT28.
func testGazetteer() *gazetteer.Gazetteer {
	return gazetteer.New([]gazetteer.Entry{
		{Name: "APT40", Aliases: []string{"Gingham Typhoon", "Leviathan", "TEMP.Periscope"}, Country: "CN",
			ExternalIDs: []string{"G0065"}, Sources: []string{"misp-galaxy:u1", "mitre-attack:G0065"}, MITREName: "Leviathan",
			NameSources: map[string][]string{"misp-galaxy": {"APT40", "Gingham Typhoon", "TEMP.Periscope"}, "mitre-attack:G0065": {"APT40", "Leviathan"}},
			Vendors:     map[string]string{"APT40": "Mandiant", "TEMP.Periscope": "FireEye", "Gingham Typhoon": "Microsoft", "Leviathan": "Proofpoint"}},
		{Name: "APT28", Aliases: []string{"Fancy Bear", "Sofacy"}, ExternalIDs: []string{"G0007"}, Sources: []string{"misp-galaxy:u2"}},
	})
}

func ev(report, sentence string) []graph.Evidence {
	return []graph.Evidence{{Report: graph.ReportRef{ID: report}, Sentence: sentence}}
}

func edge(t graph.RelType, src, dst graph.Node, report, sentence string) graph.Edge {
	return graph.Edge{Type: t, Source: src.ID, Target: dst.ID, Evidence: ev(report, sentence)}
}

// attackBatch is ATT&CK's view: intrusion set Leviathan uses a tool.
func attackBatch() graph.Batch {
	lev := graph.NewNode(graph.ThreatActor, "Leviathan", "APT40", "TEMP.Periscope")
	lev.Props = map[string]string{"external_id": "G0065"}
	lev.AliasClaims = []graph.AliasClaim{{Alias: "APT40", Source: "mitre-attack"}, {Alias: "TEMP.Periscope", Source: "mitre-attack"}}
	tool := graph.NewNode(graph.Tool, "at")
	return graph.Batch{Report: graph.ReportRef{ID: "stix:bundle--1", Title: "MITRE ATT&CK Enterprise"},
		Nodes: []graph.Node{lev, tool}, Edges: []graph.Edge{edge(graph.Uses, lev, tool, "stix:bundle--1", "Leviathan has used at.")}}
}

// mispBatch is MISP's: cluster APT40 targeted Malaysia.
func mispBatch() graph.Batch {
	a := graph.NewNode(graph.ThreatActor, "APT40", "Leviathan", "TEMP.Periscope")
	a.AliasClaims = []graph.AliasClaim{{Alias: "Leviathan", Source: "misp-galaxy"}, {Alias: "TEMP.Periscope", Source: "misp-galaxy"}}
	my := graph.NewNode(graph.Country, "Malaysia")
	return graph.Batch{Report: graph.ReportRef{ID: "misp-galaxy:g"},
		Nodes: []graph.Node{a, my}, Edges: []graph.Edge{edge(graph.Targeted, a, my, "misp-galaxy:g", "The suspected victims of APT40 include Malaysia.")}}
}

// reportBatch is an article: the gazetteer's APT40, written TEMP.Periscope.
func reportBatch() graph.Batch {
	a := testGazetteer().Entries()[1].Node() // APT40
	nec := graph.NewNode(graph.Organization, "National Election Commission")
	rep := graph.Node{ID: "report:1", Kind: graph.Report, Name: "Article"}
	return graph.Batch{Report: graph.ReportRef{ID: "report:1"},
		Nodes: []graph.Node{a, nec, rep}, Edges: []graph.Edge{edge(graph.Targeted, a, nec, "report:1", "TEMP.Periscope breached the National Election Commission.")}}
}

func resolve(t *testing.T, opt Options, batches ...graph.Batch) Result {
	t.Helper()
	if opt.Gazetteer == nil {
		opt.Gazetteer = testGazetteer()
	}
	res := Resolve(batches, opt)
	for _, b := range res.Batches {
		if err := b.Validate(); err != nil {
			t.Fatalf("resolved batch %s: %v", b.Report.ID, err)
		}
	}
	return res
}

// merged returns everything the batches hold, merged as a store would.
func merged(bs []graph.Batch) graph.Subgraph {
	var b graph.Builder
	for _, x := range bs {
		for _, n := range x.Nodes {
			b.AddNode(n)
		}
		for _, e := range x.Edges {
			b.AddEdge(e)
		}
	}
	return b.Subgraph("")
}

func ids(sg graph.Subgraph, kind graph.Kind) []string {
	var out []string
	for _, n := range sg.Nodes {
		if n.Kind == kind {
			out = append(out, n.ID)
		}
	}
	return out
}

func edgeKeys(sg graph.Subgraph) []string {
	var out []string
	for _, e := range sg.Edges {
		out = append(out, string(e.Type)+" "+e.Source+" "+e.Target)
	}
	sort.Strings(out)
	return out
}

func TestMergeByGazetteer(t *testing.T) {
	res := resolve(t, Options{}, attackBatch(), mispBatch(), reportBatch())
	sg := merged(res.Batches)
	if got, want := ids(sg, graph.ThreatActor), []string{"threatactor:apt40"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("actors: got %v, want %v", got, want)
	}
	wantEdges := []string{
		"TARGETED threatactor:apt40 country:malaysia",
		"TARGETED threatactor:apt40 organization:national-election-commission",
		"USES threatactor:apt40 tool:at",
	}
	if got := edgeKeys(sg); !reflect.DeepEqual(got, wantEdges) {
		t.Errorf("edges: got %v, want %v", got, wantEdges)
	}
	n, _ := sg.Node("threatactor:apt40")
	if n.Name != "APT40" {
		t.Errorf("display name: got %q, want APT40", n.Name)
	}
	claims := map[string][]string{}
	for _, c := range n.AliasClaims {
		claims[c.Alias] = append(claims[c.Alias], c.Source)
	}
	for alias, want := range map[string][]string{
		"Leviathan":      {"misp-galaxy", "mitre-attack:G0065"},
		"TEMP.Periscope": {"misp-galaxy", "mitre-attack:G0065", "report:1"},
		"APT40":          {"misp-galaxy", "mitre-attack:G0065"},
	} {
		if !reflect.DeepEqual(claims[alias], want) {
			t.Errorf("claims of %s: got %v, want %v", alias, claims[alias], want)
		}
	}
	if res.Merged != 1 {
		t.Errorf("merged: got %d, want 1 (ATT&CK's Leviathan)", res.Merged)
	}
	if len(res.Conflicts) != 0 {
		t.Errorf("conflicts: got %v, want none", res.Conflicts)
	}
}

func TestOrderIndependent(t *testing.T) {
	a := merged(resolve(t, Options{}, attackBatch(), mispBatch(), reportBatch(), unknownBatch("r:1", "Alpha Group", "Beta"), unknownBatch("r:2", "Beta")).Batches)
	b := merged(resolve(t, Options{}, unknownBatch("r:2", "Beta"), reportBatch(), unknownBatch("r:1", "Alpha Group", "Beta"), mispBatch(), attackBatch()).Batches)
	if !reflect.DeepEqual(a, b) {
		t.Errorf("the order of the batches changes the result:\n%v\n%v", a, b)
	}
}

// unknownBatch is a report about an actor the gazetteer does not know.
func unknownBatch(report, name string, aliases ...string) graph.Batch {
	a := graph.NewNode(graph.ThreatActor, name, aliases...)
	v := graph.NewNode(graph.Organization, "Victim of "+report)
	return graph.Batch{Report: graph.ReportRef{ID: report}, Nodes: []graph.Node{a, v},
		Edges: []graph.Edge{edge(graph.Targeted, a, v, report, name+" hit it.")}}
}

func TestUnknownActorsUnited(t *testing.T) {
	res := resolve(t, Options{}, unknownBatch("r:1", "Alpha Group", "Beta"), unknownBatch("r:2", "Beta"), unknownBatch("r:3", "Gamma"))
	sg := merged(res.Batches)
	if got, want := ids(sg, graph.ThreatActor), []string{"threatactor:alpha-group", "threatactor:gamma"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("actors: got %v, want %v", got, want)
	}
	n, _ := sg.Node("threatactor:alpha-group")
	if !reflect.DeepEqual(n.Aliases, []string{"Beta"}) {
		t.Errorf("aliases: got %v, want [Beta]", n.Aliases)
	}
}

func TestConflictsKeptApart(t *testing.T) {
	t.Run("aliases of two known actors", func(t *testing.T) {
		res := resolve(t, Options{}, unknownBatch("r:1", "Mixed Up", "TEMP.Periscope", "Sofacy"), mispBatch())
		sg := merged(res.Batches)
		if got, want := ids(sg, graph.ThreatActor), []string{"threatactor:apt40", "threatactor:mixed-up"}; !reflect.DeepEqual(got, want) {
			t.Fatalf("actors: got %v, want %v", got, want)
		}
		var aliases []string
		for _, c := range res.Conflicts {
			aliases = append(aliases, c.Alias)
			if len(c.Claims) != 2 {
				t.Errorf("conflict %s: got %d claims, want 2", c, len(c.Claims))
			}
		}
		if want := []string{"Sofacy", "TEMP.Periscope"}; !reflect.DeepEqual(aliases, want) {
			t.Errorf("conflicts: got %v, want %v", aliases, want)
		}
	})
	t.Run("an alias shared by two unknown actors", func(t *testing.T) {
		res := resolve(t, Options{}, unknownBatch("r:1", "Red One", "Shared"), unknownBatch("r:2", "Blue Two", "Shared"))
		sg := merged(res.Batches)
		if got := ids(sg, graph.ThreatActor); len(got) != 2 {
			t.Fatalf("actors: got %v, want two", got)
		}
		if len(res.Conflicts) != 1 || res.Conflicts[0].Alias != "Shared" {
			t.Fatalf("conflicts: got %v, want one on Shared", res.Conflicts)
		}
		c := res.Conflicts[0]
		want := []Claim{{Entity: "threatactor:blue-two", Name: "Blue Two", Sources: []string{"r:2"}}, {Entity: "threatactor:red-one", Name: "Red One", Sources: []string{"r:1"}}}
		if !reflect.DeepEqual(c.Claims, want) {
			t.Errorf("claims: got %v, want %v", c.Claims, want)
		}
	})
	t.Run("store conflicts", func(t *testing.T) {
		res := resolve(t, Options{}, unknownBatch("r:1", "Red One", "Shared"), unknownBatch("r:2", "Blue Two", "Shared"))
		got := StoreConflicts(merged(res.Batches).Nodes)
		if len(got) != 1 || got[0].Alias != "Shared" || len(got[0].Claims) != 2 {
			t.Errorf("store conflicts: got %v, want one on Shared", got)
		}
	})
}

func TestConventionKeepsIDs(t *testing.T) {
	tests := []struct {
		prefer, want string
	}{
		{"misp", "APT40"},
		{"", "APT40"},
		{"mitre", "Leviathan"},
		{"fireeye", "APT40"},
		{"microsoft", "Gingham Typhoon"},
		{"proofpoint", "Leviathan"},
		{"crowdstrike", "APT40"}, // no CrowdStrike name: the MISP name
	}
	for _, tt := range tests {
		t.Run(tt.prefer, func(t *testing.T) {
			conv, err := ParseConvention(tt.prefer)
			if err != nil {
				t.Fatal(err)
			}
			sg := merged(resolve(t, Options{Convention: conv}, attackBatch(), mispBatch(), reportBatch()).Batches)
			if got := ids(sg, graph.ThreatActor); !reflect.DeepEqual(got, []string{"threatactor:apt40"}) {
				t.Fatalf("ids: got %v, want [threatactor:apt40]", got)
			}
			n, _ := sg.Node("threatactor:apt40")
			if n.Name != tt.want {
				t.Errorf("display name: got %q, want %q", n.Name, tt.want)
			}
			if !strings.Contains(strings.Join(n.Names(), "|"), "APT40") {
				t.Errorf("names %v lack APT40", n.Names())
			}
		})
	}
	if _, err := ParseConvention("nobody"); err == nil || !strings.Contains(err.Error(), "mandiant") {
		t.Errorf("unknown convention: got %v, want an error listing the conventions", err)
	}
}

func TestVendorPatterns(t *testing.T) {
	tests := []struct{ name, want string }{
		{"Volt Typhoon", "Microsoft"}, {"Storm-0558", "Microsoft"}, {"Fancy Bear", "CrowdStrike"}, {"WICKED PANDA", "CrowdStrike"},
		{"APT41", "Mandiant"}, {"UNC2452", "Mandiant"}, {"TEMP.Veles", "Mandiant"}, {"FIN7", "Mandiant"},
		{"BRONZE BUTLER", "Secureworks"}, {"TA505", "Proofpoint"}, {"Lazarus Group", ""},
	}
	for _, tt := range tests {
		if got := VendorOf(tt.name, nil); got != tt.want {
			t.Errorf("VendorOf(%q): got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func curation(t *testing.T, text string) *Curation {
	t.Helper()
	c, err := ParseCuration("cur.yaml", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestCurationSplit(t *testing.T) {
	cur := curation(t, "split:\n  - {name: Leviathan, from: APT40}\n")
	res := resolve(t, Options{Curation: cur}, attackBatch(), mispBatch(), reportBatch())
	sg := merged(res.Batches)
	if got, want := ids(sg, graph.ThreatActor), []string{"threatactor:apt40", "threatactor:leviathan"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("actors: got %v, want %v", got, want)
	}
	// ATT&CK stated the tool under the name Leviathan: the edge follows it.
	want := []string{
		"TARGETED threatactor:apt40 country:malaysia",
		"TARGETED threatactor:apt40 organization:national-election-commission",
		"USES threatactor:leviathan tool:at",
	}
	if got := edgeKeys(sg); !reflect.DeepEqual(got, want) {
		t.Errorf("edges: got %v, want %v", got, want)
	}
	apt40, _ := sg.Node("threatactor:apt40")
	lev, _ := sg.Node("threatactor:leviathan")
	if graph.Match("Leviathan", apt40) > 1 {
		t.Errorf("APT40 still answers to Leviathan: %v", apt40.Names())
	}
	if len(lev.Aliases) != 0 {
		t.Errorf("the split entity keeps APT40's names: %v", lev.Aliases)
	}
	t.Run("a report's surface name", func(t *testing.T) {
		cur := curation(t, "split:\n  - {name: TEMP.Periscope}\n")
		sg := merged(resolve(t, Options{Curation: cur}, mispBatch(), reportBatch()).Batches)
		want := []string{
			"TARGETED threatactor:apt40 country:malaysia",
			"TARGETED threatactor:temp-periscope organization:national-election-commission",
		}
		if got := edgeKeys(sg); !reflect.DeepEqual(got, want) {
			t.Errorf("edges: got %v, want %v", got, want)
		}
	})
}

func TestCurationMergeRenameDrop(t *testing.T) {
	committee := unknownBatch("r:9", "Beta")
	committee.Nodes[1] = graph.NewNode(graph.Organization, "National Election Committee")
	committee.Edges[0].Target = committee.Nodes[1].ID
	cur := curation(t, `merge:
  - {kind: Organization, into: "National Election Commission", from: ["National Election Committee"]}
  - {into: APT28, from: [Beta]}
rename:
  - {entity: APT40, name: "APT40 (TEMP.Periscope)"}
drop:
  - {entity: at, kind: Tool}
  - {entity: "No Such Thing"}
`)
	res := resolve(t, Options{Curation: cur}, attackBatch(), reportBatch(), committee)
	sg := merged(res.Batches)
	want := []string{
		"TARGETED threatactor:apt28 organization:national-election-commission",
		"TARGETED threatactor:apt40 organization:national-election-commission",
	}
	if got := edgeKeys(sg); !reflect.DeepEqual(got, want) {
		t.Errorf("edges: got %v, want %v", got, want)
	}
	n, _ := sg.Node("threatactor:apt40")
	if n.Name != "APT40 (TEMP.Periscope)" {
		t.Errorf("renamed: got %q", n.Name)
	}
	nec, _ := sg.Node("organization:national-election-commission")
	if !reflect.DeepEqual(nec.Aliases, []string{"National Election Committee"}) {
		t.Errorf("merged organization's aliases: got %v", nec.Aliases)
	}
	apt28, _ := sg.Node("threatactor:apt28")
	if apt28.Name != "APT28" || !strings.Contains(strings.Join(apt28.Aliases, "|"), "Beta") {
		t.Errorf("merge into an actor the load does not hold: got %+v", apt28)
	}
	if len(res.Notes) != 1 || !strings.Contains(res.Notes[0], "cur.yaml:8") || !strings.Contains(res.Notes[0], "No Such Thing") {
		t.Errorf("notes: got %v, want one for line 8", res.Notes)
	}
	if res.Dropped != 1 {
		t.Errorf("dropped: got %d, want 1", res.Dropped)
	}
}

// TestCurationUndo: removing a line gives what the load gives without it.
func TestCurationUndo(t *testing.T) {
	batches := func() []graph.Batch { return []graph.Batch{attackBatch(), mispBatch(), reportBatch()} }
	full := "split:\n  - {name: Leviathan, from: APT40}\nrename:\n  - {entity: APT40, name: X}\n"
	without := "rename:\n  - {entity: APT40, name: X}\n"
	a := merged(resolve(t, Options{Curation: curation(t, full)}, batches()...).Batches)
	b := merged(resolve(t, Options{Curation: curation(t, without)}, batches()...).Batches)
	c := merged(resolve(t, Options{Curation: curation(t, without)}, batches()...).Batches)
	if reflect.DeepEqual(a, b) {
		t.Fatal("the split line changes nothing")
	}
	if !reflect.DeepEqual(b, c) {
		t.Error("applying the same curation twice gives two results")
	}
	if got := ids(b, graph.ThreatActor); !reflect.DeepEqual(got, []string{"threatactor:apt40"}) {
		t.Errorf("without the split line: got %v, want one actor", got)
	}
}
