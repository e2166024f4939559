package queries_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/graph/memory"
	"github.com/actorgraph/actorgraph/queries"
)

func TestCatalog(t *testing.T) {
	seen := map[string]bool{}
	for _, q := range queries.Catalog() {
		if seen[q.Name] {
			t.Errorf("query %s listed twice", q.Name)
		}
		seen[q.Name] = true
		if !strings.HasPrefix(q.Usage, q.Name+" ") || q.Short == "" || q.MinArgs < 1 {
			t.Errorf("incomplete entry %+v", q)
		}
		got, ok := queries.Lookup(q.Name)
		if !ok || got != q {
			t.Errorf("Lookup(%s): got %+v, %v", q.Name, got, ok)
		}
	}
	for _, name := range []string{"who-targeted", "victims-of", "neighborhood", "path", "search"} {
		if !seen[name] {
			t.Errorf("query %s missing from the catalog", name)
		}
	}
	if _, ok := queries.Lookup("nope"); ok {
		t.Errorf("Lookup(nope) found something")
	}
}

func TestCheckArgs(t *testing.T) {
	path, _ := queries.Lookup("path")
	search, _ := queries.Lookup("search")
	tests := []struct {
		q    queries.Query
		args []string
		ok   bool
	}{
		{path, []string{"a", "b"}, true},
		{path, []string{"a"}, false},
		{path, []string{"a", "b", "c"}, false},
		{path, []string{"a", " "}, false},
		{search, []string{"a"}, true},
		{search, []string{"a", "b", "c", "d"}, true},
		{search, nil, false},
	}
	for _, tc := range tests {
		err := tc.q.CheckArgs(tc.args)
		if (err == nil) != tc.ok {
			t.Errorf("%s %q: got %v, want ok=%v", tc.q.Name, tc.args, err, tc.ok)
		}
		if err != nil && (!errors.Is(err, graph.ErrInvalid) || !strings.Contains(err.Error(), tc.q.Usage)) {
			t.Errorf("%s %q: error %q does not wrap ErrInvalid with the usage", tc.q.Name, tc.args, err)
		}
	}
}

func TestErrorMessages(t *testing.T) {
	ctx := context.Background()
	s := fixtureStore(t)
	tests := []struct {
		query string
		args  []string
		want  string
	}{
		{"who-targeted", []string{"Mimikatz"}, `who-targeted "Mimikatz": no threat actor or campaign is recorded as targeting it ("Mimikatz" names Mimikatz (Tool))`},
		{"victims-of", []string{"mimikatz"}, `victims-of "mimikatz": it names no threat actor or campaign ("mimikatz" names Mimikatz (Tool))`},
		{"path", []string{"APT28", "Lithuania"}, `path "APT28" "Lithuania": no path of at most 6 hops between them (they name APT28 (ThreatActor), Lithuania (Country))`},
		{"path", []string{"election commission", "France"}, `"election commission" is ambiguous, it names Central Election Commission (Organization), National Election Commission (Organization): use a fuller name or an alias`},
		{"who-targeted", []string{"Fancy Baer"}, `nothing matches "Fancy Baer"; nearest names: Fancy Bear`},
		{"who-attacked", []string{"x"}, `invalid: unknown query "who-attacked" (the queries are who-targeted, victims-of, neighborhood, path, search)`},
	}
	for _, tc := range tests {
		_, err := queries.Run(ctx, s, tc.query, tc.args, queries.Options{})
		if err == nil || err.Error() != tc.want {
			t.Errorf("%s %q:\ngot  %v\nwant %s", tc.query, tc.args, err, tc.want)
		}
	}
}

func fixtureStore(t testing.TB) *memory.Store {
	t.Helper()
	s := memory.New()
	for _, b := range graphtest.Fixtures() {
		if _, err := s.Apply(context.Background(), b); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

func ExampleRun() {
	ctx := context.Background()
	s := memory.New()
	for _, b := range graphtest.Fixtures() {
		if _, err := s.Apply(ctx, b); err != nil {
			fmt.Println(err)
			return
		}
	}
	sg, err := queries.Run(ctx, s, "who-targeted", []string{"election", "commission"}, queries.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(sg.Title)
	for _, e := range sg.Edges {
		src, _ := sg.Node(e.Source)
		dst, _ := sg.Node(e.Target)
		fmt.Printf("%s %s %s (%d reports)\n", src.Name, e.Type, dst.Name, len(e.ReportIDs()))
	}
	// Output:
	// Who targeted "election commission" (2 matches: Central Election Commission, National Election Commission)
	// APT28 ATTRIBUTED_TO Russia (1 reports)
	// Sandworm Team ATTRIBUTED_TO Russia (1 reports)
	// APT28 TARGETED Central Election Commission (1 reports)
	// APT28 TARGETED National Election Commission (2 reports)
	// Sandworm Team TARGETED National Election Commission (1 reports)
}

func ExampleSearch() {
	ctx := context.Background()
	s := memory.New()
	for _, b := range graphtest.Fixtures() {
		if _, err := s.Apply(ctx, b); err != nil {
			fmt.Println(err)
			return
		}
	}
	nodes, _ := queries.Search(ctx, s, "bear")
	for _, n := range nodes {
		fmt.Println(n.Kind, n.Name, n.Aliases)
	}
	_, err := queries.Search(ctx, s, "Sofacyy")
	fmt.Println(err)
	// Output:
	// ThreatActor APT28 [Fancy Bear Sofacy Strontium]
	// ThreatActor Sandworm Team [Voodoo Bear]
	// nothing matches "Sofacyy"; nearest names: Sofacy
}

func TestExactNameWinsOverWordMatches(t *testing.T) {
	ctx := context.Background()
	apt28 := graph.NewNode(graph.ThreatActor, "APT28", "Fancy Bear")
	apt37 := graph.NewNode(graph.ThreatActor, "APT37", "APT-C-28")
	nec := graph.NewNode(graph.Organization, "National Election Commission")
	cec := graph.NewNode(graph.Organization, "Central Election Commission")
	ev := []graph.Evidence{{Report: graph.ReportRef{ID: "report:x"}, Sentence: "s"}}
	s := memory.New()
	_, err := s.Apply(ctx, graph.Batch{Report: graph.ReportRef{ID: "report:x"}, Nodes: []graph.Node{apt28, apt37, nec, cec},
		Edges: []graph.Edge{{Type: graph.Targeted, Source: apt28.ID, Target: nec.ID, Evidence: ev},
			{Type: graph.Targeted, Source: apt37.ID, Target: cec.ID, Evidence: ev}}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		query, text string
		want        []string
	}{
		{"victims-of", "APT28", []string{apt28.ID}},                       // "APT-C-28" only shares the words
		{"victims-of", "apt-c-28", []string{apt37.ID}},                    // an exact alias
		{"who-targeted", "election commission", []string{cec.ID, nec.ID}}, // no exact name: every word match
	}
	for _, tc := range tests {
		sg, err := queries.Run(ctx, s, tc.query, []string{tc.text}, queries.Options{})
		if err != nil {
			t.Fatalf("%s %q: %v", tc.query, tc.text, err)
		}
		if got := strings.Join(sg.Matched, ","); got != strings.Join(tc.want, ",") {
			t.Errorf("%s %q: matched %s, want %v", tc.query, tc.text, got, tc.want)
		}
	}
	// search still lists every word match.
	nodes, err := queries.Search(ctx, s, "APT28")
	if err != nil || len(nodes) != 2 {
		t.Errorf("search APT28: got %d nodes (%v), want both APT28 and APT37", len(nodes), err)
	}
}

// TestWhoTargetedCountryThroughItsVictims checks that who-targeted a
// country shows the actors that hit organizations located in it, with the
// LOCATED_IN edge, and the actors that targeted the country itself.
func TestWhoTargetedCountryThroughItsVictims(t *testing.T) {
	ctx := context.Background()
	apt40 := graph.NewNode(graph.ThreatActor, "APT40")
	apt28 := graph.NewNode(graph.ThreatActor, "APT28")
	apt29 := graph.NewNode(graph.ThreatActor, "APT29")
	kh := graph.NewNode(graph.Country, "Cambodia")
	no := graph.NewNode(graph.Country, "Norway")
	moi := graph.NewNode(graph.Organization, "Ministry of Interior")
	bank := graph.NewNode(graph.Organization, "Marlow Bank")
	ev := []graph.Evidence{{Report: graph.ReportRef{ID: "report:x"}, Sentence: "s"}}
	s := memory.New()
	_, err := s.Apply(ctx, graph.Batch{Report: graph.ReportRef{ID: "report:x"}, Nodes: []graph.Node{apt40, apt28, apt29, kh, no, moi, bank},
		Edges: []graph.Edge{{Type: graph.Targeted, Source: apt40.ID, Target: moi.ID, Evidence: ev},
			{Type: graph.LocatedIn, Source: moi.ID, Target: kh.ID, Evidence: ev},
			{Type: graph.Targeted, Source: apt28.ID, Target: kh.ID, Evidence: ev},
			{Type: graph.Targeted, Source: apt29.ID, Target: bank.ID, Evidence: ev},
			{Type: graph.LocatedIn, Source: bank.ID, Target: no.ID, Evidence: ev}}})
	if err != nil {
		t.Fatal(err)
	}
	sg, err := queries.Run(ctx, s, "who-targeted", []string{"Cambodia"}, queries.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range sg.Edges {
		src, _ := sg.Node(e.Source)
		dst, _ := sg.Node(e.Target)
		got = append(got, src.Name+" "+string(e.Type)+" "+dst.Name)
	}
	sort.Strings(got)
	want := []string{"APT28 TARGETED Cambodia", "APT40 TARGETED Ministry of Interior", "Ministry of Interior LOCATED_IN Cambodia"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got edges %q, want %q", got, want)
	}
	if len(sg.Matched) != 1 || sg.Matched[0] != kh.ID {
		t.Errorf("got matched %v, want only %s", sg.Matched, kh.ID)
	}
	// A country reached only through its victims still answers.
	if _, err := queries.Run(ctx, s, "who-targeted", []string{"Norway"}, queries.Options{}); err != nil {
		t.Errorf("who-targeted Norway: %v", err)
	}
}
