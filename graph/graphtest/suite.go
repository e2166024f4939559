// Package graphtest is the conformance suite that every graph store must
// pass: the same fixtures, the same questions and the same expected answers
// for the embedded store and for Neo4j, so that a query means one thing
// whichever store answers it.
//
// A store's tests call Run with a factory that returns a fresh, empty store
// for each subtest:
//
//	func TestConformance(t *testing.T) {
//		graphtest.Run(t, func(t *testing.T) graphtest.Store { return memory.New() })
//	}
package graphtest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/queries"
)

// Store is what the suite needs from a store: the queries' primitives and
// Apply (loader.Sink). The factory given to Run hands out empty stores, so no
// reset method is needed.
type Store interface {
	queries.Store
	Apply(ctx context.Context, b graph.Batch) (graph.ApplyStats, error)
}

// Run runs the conformance suite. open must return a new empty store each
// time it is called (a store shared by the subtests must be wiped), and
// register its own cleanup with t.Cleanup; the suite never uses two stores
// returned by open at the same time.
func Run(t *testing.T, open func(t *testing.T) Store) {
	t.Helper()
	tests := []struct {
		name string
		fn   func(t *testing.T, open func(t *testing.T) Store)
	}{
		{"ApplyCounts", testApplyCounts},
		{"Idempotent", testIdempotent},
		{"OrderIndependent", testOrderIndependent},
		{"EvidenceMerged", testEvidenceMerged},
		{"RoundTrip", testRoundTrip},
		{"InvalidBatch", testInvalidBatch},
		{"Empty", testEmpty},
		{"Find", testFind},
		{"Nodes", testNodes},
		{"Expand", testExpand},
		{"Paths", testPaths},
		{"Names", testNames},
		{"Queries", testQueries},
		{"QueryErrors", testQueryErrors},
		{"Search", testSearch},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, open) })
	}
}

// loaded returns a store holding the three fixture batches.
func loaded(t *testing.T, open func(t *testing.T) Store) Store {
	t.Helper()
	s := open(t)
	for _, b := range Fixtures() {
		if _, err := s.Apply(context.Background(), b); err != nil {
			t.Fatalf("apply %s: %v", b.Report.ID, err)
		}
	}
	return s
}

func fullCounts() graph.Counts {
	return graph.Counts{Nodes: 20, Edges: 21, Reports: 3,
		ByKind: map[graph.Kind]int{graph.ThreatActor: 4, graph.Organization: 7, graph.Country: 4,
			graph.Malware: 1, graph.Tool: 1, graph.Report: 1, graph.Campaign: 1, graph.Sector: 1},
		ByType: map[graph.RelType]int{graph.Targeted: 9, graph.AttributedTo: 3, graph.Uses: 3, graph.LocatedIn: 6},
	}
}

func checkCounts(t *testing.T, s Store, want graph.Counts) {
	t.Helper()
	got, err := s.Counts(context.Background())
	if err != nil {
		t.Fatalf("counts: %v", err)
	}
	// A missing map and an empty one mean the same.
	norm := func(c graph.Counts) string {
		var kinds, types []string
		for k, v := range c.ByKind {
			if v != 0 {
				kinds = append(kinds, fmt.Sprintf("%s=%d", k, v))
			}
		}
		for k, v := range c.ByType {
			if v != 0 {
				types = append(types, fmt.Sprintf("%s=%d", k, v))
			}
		}
		sort.Strings(kinds)
		sort.Strings(types)
		return fmt.Sprintf("nodes=%d edges=%d reports=%d kinds=%v types=%v", c.Nodes, c.Edges, c.Reports, kinds, types)
	}
	if norm(got) != norm(want) {
		t.Errorf("counts: got %s, want %s", norm(got), norm(want))
	}
}

func testApplyCounts(t *testing.T, open func(t *testing.T) Store) {
	ctx := context.Background()
	s := open(t)
	checkCounts(t, s, graph.Counts{})
	want := []graph.ApplyStats{
		{Reports: 1, NodesCreated: 8, EdgesCreated: 8},
		// APT28 gains an alias and a prop; the election commission edge gains evidence.
		{Reports: 1, NodesCreated: 6, NodesUpdated: 1, EdgesCreated: 9, EdgesUpdated: 1},
		{Reports: 1, NodesCreated: 6, EdgesCreated: 4},
	}
	for i, b := range Fixtures() {
		got, err := s.Apply(ctx, b)
		if err != nil {
			t.Fatalf("apply %s: %v", b.Report.ID, err)
		}
		if got != want[i] {
			t.Errorf("apply %s: got %+v, want %+v", b.Report.ID, got, want[i])
		}
	}
	checkCounts(t, s, fullCounts())
}

func testIdempotent(t *testing.T, open func(t *testing.T) Store) {
	ctx := context.Background()
	s := loaded(t, open)
	before := snapshot(t, s)
	for _, b := range Fixtures() {
		got, err := s.Apply(ctx, b)
		if err != nil {
			t.Fatalf("apply %s again: %v", b.Report.ID, err)
		}
		if got != (graph.ApplyStats{}) {
			t.Errorf("apply %s again: got %+v, want nothing created or updated", b.Report.ID, got)
		}
	}
	checkCounts(t, s, fullCounts())
	if after := snapshot(t, s); !reflect.DeepEqual(after, before) {
		t.Errorf("applying the fixtures again changed the store:\n%s", diffSnapshots(before, after))
	}
}

// storeSnapshot is everything a store holds about the fixtures.
type storeSnapshot struct {
	Nodes []graph.Node
	Graph graph.Subgraph
	Names []string
}

func snapshot(t *testing.T, s Store) storeSnapshot {
	t.Helper()
	ctx := context.Background()
	nodes, err := s.Nodes(ctx, AllIDs())
	if err != nil {
		t.Fatalf("nodes: %v", err)
	}
	sg, err := s.Expand(ctx, AllIDs(), graph.Out, nil)
	if err != nil {
		t.Fatalf("expand: %v", err)
	}
	names, err := s.Names(ctx)
	if err != nil {
		t.Fatalf("names: %v", err)
	}
	return storeSnapshot{Nodes: nodes, Graph: sg, Names: names}
}

func diffSnapshots(a, b storeSnapshot) string {
	var out []string
	for i := 0; i < len(a.Nodes) || i < len(b.Nodes); i++ {
		var x, y graph.Node
		if i < len(a.Nodes) {
			x = a.Nodes[i]
		}
		if i < len(b.Nodes) {
			y = b.Nodes[i]
		}
		if !reflect.DeepEqual(x, y) {
			out = append(out, fmt.Sprintf("node %d: %+v vs %+v", i, x, y))
		}
	}
	if !reflect.DeepEqual(a.Graph, b.Graph) {
		out = append(out, fmt.Sprintf("graph: %v vs %v", shapeOf(a.Graph), shapeOf(b.Graph)))
	}
	if !reflect.DeepEqual(a.Names, b.Names) {
		out = append(out, fmt.Sprintf("names: %q vs %q", a.Names, b.Names))
	}
	return strings.Join(out, "\n")
}

func testOrderIndependent(t *testing.T, open func(t *testing.T) Store) {
	ctx := context.Background()
	forward := snapshot(t, loaded(t, open))
	s := open(t)
	bs := Fixtures()
	for i := len(bs) - 1; i >= 0; i-- {
		if _, err := s.Apply(ctx, bs[i]); err != nil {
			t.Fatalf("apply %s: %v", bs[i].Report.ID, err)
		}
	}
	if backward := snapshot(t, s); !reflect.DeepEqual(forward, backward) {
		t.Errorf("applying the fixtures in reverse order gave another store:\n%s", diffSnapshots(forward, backward))
	}
}

func findEdge(t *testing.T, s Store, typ graph.RelType, src, dst string) graph.Edge {
	t.Helper()
	sg, err := s.Expand(context.Background(), []string{src}, graph.Out, []graph.RelType{typ})
	if err != nil {
		t.Fatalf("expand %s: %v", src, err)
	}
	for _, e := range sg.Edges {
		if e.Target == dst {
			return e
		}
	}
	t.Fatalf("no %s edge %s -> %s", typ, src, dst)
	return graph.Edge{}
}

func testEvidenceMerged(t *testing.T, open func(t *testing.T) Store) {
	s := loaded(t, open)
	e := findEdge(t, s, graph.Targeted, APT28, NEC)
	want := []graph.Evidence{
		{Report: Report1Ref(), Sentence: "APT28 breached the National Election Commission.", Rule: "pattern", Confidence: 0.9},
		{Report: Report2Ref(), Sentence: "Election officials were phished by APT28 again.", Rule: "pattern", Confidence: 0.8},
	}
	if !reflect.DeepEqual(e.Evidence, want) {
		t.Errorf("evidence of APT28 TARGETED NEC:\ngot  %+v\nwant %+v", e.Evidence, want)
	}
	if got, want := e.ReportIDs(), []string{"r1-elections", "r2-diplomacy"}; !reflect.DeepEqual(got, want) {
		t.Errorf("report ids: got %q, want %q", got, want)
	}
	if first, last := e.DateRange(); first != "2024-03-01" || last != "2024-05-10" {
		t.Errorf("date range: got %s..%s, want 2024-03-01..2024-05-10", first, last)
	}
}

func testRoundTrip(t *testing.T, open func(t *testing.T) Store) {
	s := loaded(t, open)
	nodes, err := s.Nodes(context.Background(), []string{APT28, MAE, MOU, OBrien, Report1, Mimikatz, Ukraine})
	if err != nil {
		t.Fatalf("nodes: %v", err)
	}
	want := []graph.Node{
		{ID: MAE, Kind: graph.Organization, Name: "Ministère des Affaires étrangères"},
		{ID: OBrien, Kind: graph.Organization, Name: "O'Brien & Partners, Ltd."},
		{ID: MOU, Kind: graph.Organization, Name: "Міністерство оборони України"},
		{ID: Ukraine, Kind: graph.Country, Name: "Ukraine", Props: map[string]string{"country": "UA"}},
		{ID: Report1, Kind: graph.Report, Name: "Election infrastructure under attack",
			Props: map[string]string{"date": "2024-03-01", "url": "https://example.test/r1"}},
		{ID: APT28, Kind: graph.ThreatActor, Name: "APT28",
			Aliases:     []string{"Fancy Bear", "Sofacy", "Strontium"},
			AliasClaims: []graph.AliasClaim{{Alias: "Fancy Bear", Source: "r1-elections"}, {Alias: "Strontium", Source: "r2-diplomacy"}},
			Props:       map[string]string{"country": "RU", "external_id": "G0007"}},
		{ID: Mimikatz, Kind: graph.Tool, Name: "Mimikatz"},
	}
	sort.Slice(want, func(i, j int) bool { return want[i].ID < want[j].ID })
	if len(nodes) != len(want) {
		t.Fatalf("nodes: got %d, want %d", len(nodes), len(want))
	}
	for i := range want {
		if !sameNode(nodes[i], want[i]) {
			t.Errorf("node %s:\ngot  %+v\nwant %+v", want[i].ID, nodes[i], want[i])
		}
	}
	e := findEdge(t, s, graph.LocatedIn, MOND, Lithuania)
	wantEv := []graph.Evidence{{Report: Report3Ref(), Locator: "line 4", Rule: "sheet", Confidence: 1}}
	if !reflect.DeepEqual(e.Evidence, wantEv) {
		t.Errorf("evidence of MOND LOCATED_IN Lithuania: got %+v, want %+v", e.Evidence, wantEv)
	}
}

// sameNode compares nodes, a missing slice or map being the same as an empty one.
func sameNode(a, b graph.Node) bool {
	if a.ID != b.ID || a.Kind != b.Kind || a.Name != b.Name {
		return false
	}
	if len(a.Aliases)+len(b.Aliases) > 0 && !reflect.DeepEqual(a.Aliases, b.Aliases) {
		return false
	}
	if len(a.AliasClaims)+len(b.AliasClaims) > 0 && !reflect.DeepEqual(a.AliasClaims, b.AliasClaims) {
		return false
	}
	if len(a.Props)+len(b.Props) > 0 && !reflect.DeepEqual(a.Props, b.Props) {
		return false
	}
	return true
}

func testInvalidBatch(t *testing.T, open func(t *testing.T) Store) {
	ctx := context.Background()
	r := graph.ReportRef{ID: "bad-report"}
	ev := []graph.Evidence{{Report: r, Sentence: "Some sentence."}}
	actor := graph.NewNode(graph.ThreatActor, "Invalid Panda")
	victim := graph.NewNode(graph.Organization, "Invalid Victim Inc")
	good := []graph.Edge{{Type: graph.Targeted, Source: actor.ID, Target: victim.ID, Evidence: ev}}
	tests := []struct {
		name string
		b    graph.Batch
	}{
		{"edge to a missing node", graph.Batch{Report: r, Nodes: []graph.Node{actor, victim},
			Edges: append(good, graph.Edge{Type: graph.Targeted, Source: actor.ID, Target: "organization:nowhere", Evidence: ev})}},
		{"edge to a node of the store but not of the batch", graph.Batch{Report: r, Nodes: []graph.Node{actor, victim},
			Edges: append(good, graph.Edge{Type: graph.Targeted, Source: actor.ID, Target: NEC, Evidence: ev})}},
		{"unknown kind", graph.Batch{Report: r, Nodes: []graph.Node{actor, victim,
			{ID: "hacker:zero-cool", Kind: "Hacker", Name: "Zero Cool"}}, Edges: good}},
		{"unknown relationship type", graph.Batch{Report: r, Nodes: []graph.Node{actor, victim},
			Edges: append(good, graph.Edge{Type: "ADMIRES", Source: actor.ID, Target: victim.ID, Evidence: ev})}},
		{"edge without evidence", graph.Batch{Report: r, Nodes: []graph.Node{actor, victim},
			Edges: append(good, graph.Edge{Type: graph.Uses, Source: actor.ID, Target: victim.ID})}},
		{"id that is not the name's", graph.Batch{Report: r, Nodes: []graph.Node{actor, victim,
			{ID: "organization:other", Kind: graph.Organization, Name: "Invalid Bank"}}, Edges: good}},
		{"no report id", graph.Batch{Nodes: []graph.Node{actor, victim}, Edges: good}},
	}
	s := loaded(t, open)
	before := snapshot(t, s)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.Apply(ctx, tc.b)
			if !errors.Is(err, graph.ErrInvalid) {
				t.Fatalf("apply: got error %v, want one wrapping graph.ErrInvalid", err)
			}
			if got != (graph.ApplyStats{}) {
				t.Errorf("stats: got %+v, want none", got)
			}
			checkCounts(t, s, fullCounts())
			if found, err := s.Find(ctx, "Invalid Panda", nil); err != nil || len(found) != 0 {
				t.Errorf("find the rejected batch's actor: got %v (error %v), want nothing", found, err)
			}
			if after := snapshot(t, s); !reflect.DeepEqual(after, before) {
				t.Errorf("a rejected batch changed the store:\n%s", diffSnapshots(before, after))
			}
		})
	}
}

func testEmpty(t *testing.T, open func(t *testing.T) Store) {
	ctx := context.Background()
	s := open(t)
	checkCounts(t, s, graph.Counts{})
	if got, err := s.Find(ctx, "APT28", nil); err != nil || len(got) != 0 {
		t.Errorf("find in an empty store: got %v, %v; want nothing, no error", got, err)
	}
	if got, err := s.Names(ctx); err != nil || len(got) != 0 {
		t.Errorf("names of an empty store: got %q, %v; want nothing, no error", got, err)
	}
	if got, err := s.Nodes(ctx, []string{APT28}); err != nil || len(got) != 0 {
		t.Errorf("nodes of an empty store: got %v, %v; want nothing, no error", got, err)
	}
	if got, err := s.Expand(ctx, []string{APT28}, graph.Both, nil); err != nil || len(got.Nodes)+len(got.Edges) != 0 {
		t.Errorf("expand in an empty store: got %v, %v; want nothing, no error", shapeOf(got), err)
	}
	if got, err := s.Paths(ctx, APT28, Russia, 6); err != nil || len(got.Nodes)+len(got.Edges) != 0 {
		t.Errorf("paths in an empty store: got %v, %v; want nothing, no error", shapeOf(got), err)
	}
	_, err := queries.Run(ctx, s, "who-targeted", []string{"anything"}, queries.Options{})
	var nf *graph.NotFoundError
	if !errors.As(err, &nf) {
		t.Errorf("who-targeted in an empty store: got %v, want a *graph.NotFoundError", err)
	}
}

func testFind(t *testing.T, open func(t *testing.T) Store) {
	s := loaded(t, open)
	tests := []struct {
		text  string
		kinds []graph.Kind
		want  []string
	}{
		{"APT28", nil, []string{APT28}},
		{"apt28", nil, []string{APT28}},
		{"APT 28", nil, []string{APT28}},
		{"Sofacy", nil, []string{APT28}},
		{"STRONTIUM", nil, []string{APT28}}, // an alias from the second report
		{"fancy bear", nil, []string{APT28}},
		{"bear", nil, []string{APT28, Sandworm}},
		{"election commission", nil, []string{CEC, NEC}},
		{"NATIONAL election COMMISSION", nil, []string{NEC}},
		{"the National Election Commission", nil, []string{NEC}},
		{"election", nil, []string{CEC, NEC, Report1}},
		{"election", []graph.Kind{graph.Organization}, []string{CEC, NEC}},
		{"election", []graph.Kind{graph.Report, graph.Country}, []string{Report1}},
		{"commission", []graph.Kind{graph.Country}, nil},
		{"the ministry of defence", nil, []string{MOND}},
		{"ministere des affaires etrangeres", nil, []string{MAE}},
		{"MINISTÈRE DES AFFAIRES ÉTRANGÈRES", nil, []string{MAE}},
		{"O'Brien & Partners", nil, []string{OBrien}},
		{"obrien and partners ltd", nil, []string{OBrien}},
		{"міністерство оборони", nil, []string{MOU}},
		{"Міністерство оборони України", nil, []string{MOU}},
		{"x agent", nil, []string{XAgent}},
		// Best score first: the whole name before a word match with a smaller id.
		{"government", nil, []string{Government, GovLT}},
		{"Lithuania", nil, []string{Lithuania, GovLT}},
		{"unknown entity", nil, nil},
		{"", nil, nil},
		{"!!!", nil, nil},
		{"Лазарь", nil, nil},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("%s %v", tc.text, tc.kinds), func(t *testing.T) {
			nodes, err := s.Find(context.Background(), tc.text, tc.kinds)
			if err != nil {
				t.Fatalf("find: %v", err)
			}
			if got := nodeIDs(nodes); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func nodeIDs(nodes []graph.Node) []string {
	var out []string
	for _, n := range nodes {
		out = append(out, n.ID)
	}
	return out
}

func testNodes(t *testing.T, open func(t *testing.T) Store) {
	s := loaded(t, open)
	nodes, err := s.Nodes(context.Background(), []string{Turla, "threatactor:nobody", APT28, Turla, Ukraine})
	if err != nil {
		t.Fatalf("nodes: %v", err)
	}
	if got, want := nodeIDs(nodes), []string{Ukraine, APT28, Turla}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	all, err := s.Nodes(context.Background(), AllIDs())
	if err != nil {
		t.Fatalf("nodes: %v", err)
	}
	want := AllIDs()
	sort.Strings(want)
	if got := nodeIDs(all); !reflect.DeepEqual(got, want) {
		t.Errorf("all nodes: got %q, want %q", got, want)
	}
}

func testExpand(t *testing.T, open func(t *testing.T) Store) {
	s := loaded(t, open)
	tests := []struct {
		name  string
		ids   []string
		dir   graph.Direction
		types []graph.RelType
		want  Shape
	}{
		{"out", []string{APT28}, graph.Out, nil, Shape{
			Nodes: []string{Russia, XAgent, CEC, MAE, NEC, APT28, Mimikatz},
			Edges: []string{
				"ATTRIBUTED_TO threatactor:apt28 -> country:russia (1)",
				"TARGETED threatactor:apt28 -> organization:central-election-commission (1)",
				"TARGETED threatactor:apt28 -> organization:ministere-des-affaires-etrangeres (1)",
				"TARGETED threatactor:apt28 -> organization:national-election-commission (2)",
				"USES threatactor:apt28 -> malware:x-agent (1)",
				"USES threatactor:apt28 -> tool:mimikatz (1)",
			}}},
		{"in", []string{APT28}, graph.In, nil, Shape{
			Nodes: []string{APT28, Turla},
			Edges: []string{"TARGETED threatactor:turla -> threatactor:apt28 (1)"}}},
		{"both", []string{APT28}, graph.Both, []graph.RelType{graph.Targeted, graph.AttributedTo}, Shape{
			Nodes: []string{Russia, CEC, MAE, NEC, APT28, Turla},
			Edges: []string{
				"ATTRIBUTED_TO threatactor:apt28 -> country:russia (1)",
				"TARGETED threatactor:apt28 -> organization:central-election-commission (1)",
				"TARGETED threatactor:apt28 -> organization:ministere-des-affaires-etrangeres (1)",
				"TARGETED threatactor:apt28 -> organization:national-election-commission (2)",
				"TARGETED threatactor:turla -> threatactor:apt28 (1)",
			}}},
		{"type filter", []string{APT28}, graph.Out, []graph.RelType{graph.Uses}, Shape{
			Nodes: []string{XAgent, APT28, Mimikatz},
			Edges: []string{
				"USES threatactor:apt28 -> malware:x-agent (1)",
				"USES threatactor:apt28 -> tool:mimikatz (1)",
			}}},
		{"several ids", []string{NEC, CEC, Ukraine}, graph.In, []graph.RelType{graph.Targeted}, Shape{
			Nodes: []string{CEC, NEC, APT28, Sandworm, XAgent},
			Edges: []string{
				"TARGETED malware:x-agent -> organization:central-election-commission (1)",
				"TARGETED threatactor:apt28 -> organization:central-election-commission (1)",
				"TARGETED threatactor:apt28 -> organization:national-election-commission (2)",
				"TARGETED threatactor:sandworm-team -> organization:national-election-commission (1)",
			}}},
		{"edge between two of the ids once", []string{Ghostwrite, MOND}, graph.Both, nil, Shape{
			Nodes: []string{Ghostwrite, Lithuania, MOND, UNC1151},
			Edges: []string{
				"ATTRIBUTED_TO campaign:ghostwriter -> threatactor:unc1151 (1)",
				"LOCATED_IN organization:ministry-of-national-defence -> country:lithuania (1)",
				"TARGETED campaign:ghostwriter -> organization:ministry-of-national-defence (1)",
			}}},
		{"no edges", []string{Government}, graph.Both, nil, Shape{}},
		{"unknown id", []string{"threatactor:nobody"}, graph.Both, nil, Shape{}},
		{"no ids", nil, graph.Both, nil, Shape{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sg, err := s.Expand(context.Background(), tc.ids, tc.dir, tc.types)
			if err != nil {
				t.Fatalf("expand: %v", err)
			}
			checkShape(t, sg, tc.want)
		})
	}
}

func testPaths(t *testing.T, open func(t *testing.T) Store) {
	s := loaded(t, open)
	tests := []struct {
		name     string
		from, to string
		maxHops  int
		want     Shape
	}{
		{"three paths of two hops", Sandworm, APT28, 6, Shape{
			Nodes: []string{Russia, NEC, APT28, Sandworm, Mimikatz},
			Edges: []string{
				"ATTRIBUTED_TO threatactor:apt28 -> country:russia (1)",
				"ATTRIBUTED_TO threatactor:sandworm-team -> country:russia (1)",
				"TARGETED threatactor:apt28 -> organization:national-election-commission (2)",
				"TARGETED threatactor:sandworm-team -> organization:national-election-commission (1)",
				"USES threatactor:apt28 -> tool:mimikatz (1)",
				"USES threatactor:sandworm-team -> tool:mimikatz (1)",
			}}},
		{"ignoring direction", Ukraine, Russia, 6, Shape{
			Nodes: []string{Russia, Ukraine, CEC, NEC, MOU, APT28, Sandworm},
			Edges: []string{
				"ATTRIBUTED_TO threatactor:apt28 -> country:russia (1)",
				"ATTRIBUTED_TO threatactor:sandworm-team -> country:russia (1)",
				"LOCATED_IN organization:central-election-commission -> country:ukraine (1)",
				"LOCATED_IN organization:national-election-commission -> country:ukraine (1)",
				"LOCATED_IN organization:міністерство-оборони-украіни -> country:ukraine (1)",
				"TARGETED threatactor:apt28 -> organization:central-election-commission (1)",
				"TARGETED threatactor:apt28 -> organization:national-election-commission (2)",
				"TARGETED threatactor:sandworm-team -> organization:national-election-commission (1)",
				"TARGETED threatactor:sandworm-team -> organization:міністерство-оборони-украіни (1)",
			}}},
		{"one path of three hops", Turla, France, 3, Shape{
			Nodes: []string{France, MAE, APT28, Turla},
			Edges: []string{
				"LOCATED_IN organization:ministere-des-affaires-etrangeres -> country:france (1)",
				"TARGETED threatactor:apt28 -> organization:ministere-des-affaires-etrangeres (1)",
				"TARGETED threatactor:turla -> threatactor:apt28 (1)",
			}}},
		{"same path from the other end", France, Turla, 6, Shape{
			Nodes: []string{France, MAE, APT28, Turla},
			Edges: []string{
				"LOCATED_IN organization:ministere-des-affaires-etrangeres -> country:france (1)",
				"TARGETED threatactor:apt28 -> organization:ministere-des-affaires-etrangeres (1)",
				"TARGETED threatactor:turla -> threatactor:apt28 (1)",
			}}},
		{"one hop", Turla, APT28, 1, Shape{
			Nodes: []string{APT28, Turla},
			Edges: []string{"TARGETED threatactor:turla -> threatactor:apt28 (1)"}}},
		{"too long", Turla, France, 2, Shape{}},
		{"other component", APT28, Lithuania, 6, Shape{}},
		{"isolated node", Government, Lithuania, 6, Shape{}},
		{"unknown node", "threatactor:nobody", APT28, 6, Shape{}},
		{"same node", APT28, APT28, 6, Shape{Nodes: []string{APT28}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sg, err := s.Paths(context.Background(), tc.from, tc.to, tc.maxHops)
			if err != nil {
				t.Fatalf("paths: %v", err)
			}
			checkShape(t, sg, tc.want)
		})
	}
}

func testNames(t *testing.T, open func(t *testing.T) Store) {
	s := loaded(t, open)
	got, err := s.Names(context.Background())
	if err != nil {
		t.Fatalf("names: %v", err)
	}
	want := []string{
		"APT28", "Fancy Bear", "Sofacy", "Strontium",
		"National Election Commission", "Central Election Commission", "Ukraine", "Russia",
		"X-Agent", "Mimikatz", "Election infrastructure under attack",
		"Sandworm Team", "Voodoo Bear", "Turla", "Ministère des Affaires étrangères",
		"O'Brien & Partners, Ltd.", "Міністерство оборони України", "France",
		"Ghostwriter", "UNC1151", "Ministry of National Defence", "Government of Lithuania",
		"Lithuania", "Government",
	}
	sort.Strings(want)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q,\nwant %q", got, want)
	}
}
