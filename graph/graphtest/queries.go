package graphtest

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/queries"
)

// queryCase is one named query over the fixtures and its whole expected answer.
type queryCase struct {
	name  string
	query string
	args  []string
	opt   queries.Options
	want  Shape
}

func queryCases() []queryCase {
	return []queryCase{
		{"who-targeted words matching two victims", "who-targeted", []string{"election commission"}, queries.Options{}, Shape{
			Title:   `Who targeted "election commission" (2 matches: Central Election Commission, National Election Commission)`,
			Matched: []string{CEC, NEC},
			Nodes:   []string{APT28, Sandworm, CEC, NEC, Russia},
			Edges: []string{
				"TARGETED threatactor:apt28 -> organization:national-election-commission (2)",
				"TARGETED threatactor:sandworm-team -> organization:national-election-commission (1)",
				"TARGETED threatactor:apt28 -> organization:central-election-commission (1)",
				"ATTRIBUTED_TO threatactor:apt28 -> country:russia (1)",
				"ATTRIBUTED_TO threatactor:sandworm-team -> country:russia (1)",
			}}},
		{"who-targeted text in several arguments", "who-targeted", []string{"election", "commission"}, queries.Options{}, Shape{
			Title:   `Who targeted "election commission" (2 matches: Central Election Commission, National Election Commission)`,
			Matched: []string{CEC, NEC},
			Nodes:   []string{APT28, Sandworm, CEC, NEC, Russia},
			Edges: []string{
				"TARGETED threatactor:apt28 -> organization:national-election-commission (2)",
				"TARGETED threatactor:sandworm-team -> organization:national-election-commission (1)",
				"TARGETED threatactor:apt28 -> organization:central-election-commission (1)",
				"ATTRIBUTED_TO threatactor:apt28 -> country:russia (1)",
				"ATTRIBUTED_TO threatactor:sandworm-team -> country:russia (1)",
			}}},
		{"who-targeted an actor", "who-targeted", []string{"APT28"}, queries.Options{}, Shape{
			Title:   `Who targeted "APT28"`,
			Matched: []string{APT28},
			Nodes:   []string{APT28, Turla},
			Edges:   []string{"TARGETED threatactor:turla -> threatactor:apt28 (1)"}}},
		{"who-targeted by alias", "who-targeted", []string{"fancy bear"}, queries.Options{}, Shape{
			Title:   `Who targeted "fancy bear" (1 match: APT28)`,
			Matched: []string{APT28},
			Nodes:   []string{APT28, Turla},
			Edges:   []string{"TARGETED threatactor:turla -> threatactor:apt28 (1)"}}},
		{"who-targeted by a campaign", "who-targeted", []string{"ministry"}, queries.Options{}, Shape{
			Title:   `Who targeted "ministry" (1 match: Ministry of National Defence)`,
			Matched: []string{MOND},
			Nodes:   []string{Ghostwrite, MOND, UNC1151},
			Edges: []string{
				"TARGETED campaign:ghostwriter -> organization:ministry-of-national-defence (1)",
				"ATTRIBUTED_TO campaign:ghostwriter -> threatactor:unc1151 (1)",
			}}},
		{"who-targeted in Cyrillic", "who-targeted", []string{"міністерство оборони"}, queries.Options{}, Shape{
			Title:   `Who targeted "міністерство оборони" (1 match: Міністерство оборони України)`,
			Matched: []string{MOU},
			Nodes:   []string{Sandworm, MOU, Russia},
			Edges: []string{
				"TARGETED threatactor:sandworm-team -> organization:міністерство-оборони-украіни (1)",
				"ATTRIBUTED_TO threatactor:sandworm-team -> country:russia (1)",
			}}},
		{"victims-of by alias", "victims-of", []string{"fancy bear"}, queries.Options{}, Shape{
			Title:   `Victims of "fancy bear" (1 match: APT28)`,
			Matched: []string{APT28},
			Nodes:   []string{APT28, NEC, CEC, MAE, Russia, XAgent, Mimikatz, Ukraine, France},
			Edges: []string{
				"TARGETED threatactor:apt28 -> organization:national-election-commission (2)",
				"TARGETED threatactor:apt28 -> organization:central-election-commission (1)",
				"TARGETED threatactor:apt28 -> organization:ministere-des-affaires-etrangeres (1)",
				"ATTRIBUTED_TO threatactor:apt28 -> country:russia (1)",
				"USES threatactor:apt28 -> malware:x-agent (1)",
				"USES threatactor:apt28 -> tool:mimikatz (1)",
				"LOCATED_IN organization:national-election-commission -> country:ukraine (1)",
				"LOCATED_IN organization:central-election-commission -> country:ukraine (1)",
				"LOCATED_IN organization:ministere-des-affaires-etrangeres -> country:france (1)",
			}}},
		{"victims-of two actors", "victims-of", []string{"bear"}, queries.Options{}, Shape{
			Title:   `Victims of "bear" (2 matches: APT28, Sandworm Team)`,
			Matched: []string{APT28, Sandworm},
			Nodes: []string{APT28, Sandworm, NEC, CEC, MAE, OBrien, MOU, Russia, XAgent, Mimikatz,
				Ukraine, France},
			Edges: []string{
				"TARGETED threatactor:apt28 -> organization:national-election-commission (2)",
				"TARGETED threatactor:apt28 -> organization:central-election-commission (1)",
				"TARGETED threatactor:apt28 -> organization:ministere-des-affaires-etrangeres (1)",
				"ATTRIBUTED_TO threatactor:apt28 -> country:russia (1)",
				"USES threatactor:apt28 -> malware:x-agent (1)",
				"USES threatactor:apt28 -> tool:mimikatz (1)",
				"TARGETED threatactor:sandworm-team -> organization:national-election-commission (1)",
				"TARGETED threatactor:sandworm-team -> organization:obrien-and-partners-ltd (1)",
				"TARGETED threatactor:sandworm-team -> organization:міністерство-оборони-украіни (1)",
				"ATTRIBUTED_TO threatactor:sandworm-team -> country:russia (1)",
				"USES threatactor:sandworm-team -> tool:mimikatz (1)",
				"LOCATED_IN organization:national-election-commission -> country:ukraine (1)",
				"LOCATED_IN organization:central-election-commission -> country:ukraine (1)",
				"LOCATED_IN organization:міністерство-оборони-украіни -> country:ukraine (1)",
				"LOCATED_IN organization:ministere-des-affaires-etrangeres -> country:france (1)",
			}}},
		{"victims-of a campaign", "victims-of", []string{"Ghostwriter"}, queries.Options{}, Shape{
			Title:   `Victims of "Ghostwriter"`,
			Matched: []string{Ghostwrite},
			Nodes:   []string{Ghostwrite, MOND, UNC1151, Lithuania},
			Edges: []string{
				"TARGETED campaign:ghostwriter -> organization:ministry-of-national-defence (1)",
				"ATTRIBUTED_TO campaign:ghostwriter -> threatactor:unc1151 (1)",
				"LOCATED_IN organization:ministry-of-national-defence -> country:lithuania (1)",
			}}},
		{"victims-of an actor whose victim is an actor", "victims-of", []string{"turla"}, queries.Options{}, Shape{
			Title:   `Victims of "turla"`,
			Matched: []string{Turla},
			Nodes:   []string{Turla, APT28},
			Edges:   []string{"TARGETED threatactor:turla -> threatactor:apt28 (1)"}}},
		{"neighborhood depth 1 (default)", "neighborhood", []string{"Ukraine"}, queries.Options{}, Shape{
			Title:   `Neighborhood of "Ukraine" (1 hop)`,
			Matched: []string{Ukraine},
			Nodes:   []string{Ukraine, NEC, CEC, MOU},
			Edges: []string{
				"LOCATED_IN organization:national-election-commission -> country:ukraine (1)",
				"LOCATED_IN organization:central-election-commission -> country:ukraine (1)",
				"LOCATED_IN organization:міністерство-оборони-украіни -> country:ukraine (1)",
			}}},
		{"neighborhood depth 2", "neighborhood", []string{"Ukraine"}, queries.Options{Depth: 2}, Shape{
			Title:   `Neighborhood of "Ukraine" (2 hops)`,
			Matched: []string{Ukraine},
			Nodes:   []string{Ukraine, NEC, CEC, MOU, APT28, Sandworm, XAgent},
			Edges: []string{
				"TARGETED malware:x-agent -> organization:central-election-commission (1)",
				"LOCATED_IN organization:national-election-commission -> country:ukraine (1)",
				"LOCATED_IN organization:central-election-commission -> country:ukraine (1)",
				"LOCATED_IN organization:міністерство-оборони-украіни -> country:ukraine (1)",
				"TARGETED threatactor:apt28 -> organization:national-election-commission (2)",
				"TARGETED threatactor:sandworm-team -> organization:national-election-commission (1)",
				"TARGETED threatactor:apt28 -> organization:central-election-commission (1)",
				"TARGETED threatactor:sandworm-team -> organization:міністерство-оборони-украіни (1)",
			}}},
		{"neighborhood depth 3 leaves out edges between nodes 3 hops away", "neighborhood", []string{"Turla"}, queries.Options{Depth: 3}, Shape{
			Title:   `Neighborhood of "Turla" (3 hops)`,
			Matched: []string{Turla},
			Nodes:   []string{Turla, APT28, NEC, CEC, MAE, Russia, XAgent, Mimikatz, Sandworm, Ukraine, France},
			Edges: []string{
				"TARGETED threatactor:turla -> threatactor:apt28 (1)",
				"TARGETED malware:x-agent -> organization:central-election-commission (1)",
				"TARGETED threatactor:apt28 -> organization:national-election-commission (2)",
				"TARGETED threatactor:apt28 -> organization:central-election-commission (1)",
				"TARGETED threatactor:apt28 -> organization:ministere-des-affaires-etrangeres (1)",
				"ATTRIBUTED_TO threatactor:apt28 -> country:russia (1)",
				"USES threatactor:apt28 -> malware:x-agent (1)",
				"USES threatactor:apt28 -> tool:mimikatz (1)",
				"TARGETED threatactor:sandworm-team -> organization:national-election-commission (1)",
				"LOCATED_IN organization:national-election-commission -> country:ukraine (1)",
				"LOCATED_IN organization:central-election-commission -> country:ukraine (1)",
				"LOCATED_IN organization:ministere-des-affaires-etrangeres -> country:france (1)",
				"ATTRIBUTED_TO threatactor:sandworm-team -> country:russia (1)",
				"USES threatactor:sandworm-team -> tool:mimikatz (1)",
			}}},
		{"neighborhood: an exact name wins over word matches, and a match without edges is shown", "neighborhood", []string{"government"}, queries.Options{}, Shape{
			Title:   `Neighborhood of "government" (1 hop)`,
			Matched: []string{Government},
			Nodes:   []string{Government}}},
		{"neighborhood of a whole component", "neighborhood", []string{"Ghostwriter"}, queries.Options{Depth: 4}, Shape{
			Title:   `Neighborhood of "Ghostwriter" (4 hops)`,
			Matched: []string{Ghostwrite},
			Nodes:   []string{Ghostwrite, MOND, UNC1151, Lithuania, GovLT},
			Edges: []string{
				"TARGETED campaign:ghostwriter -> organization:ministry-of-national-defence (1)",
				"ATTRIBUTED_TO campaign:ghostwriter -> threatactor:unc1151 (1)",
				"LOCATED_IN organization:ministry-of-national-defence -> country:lithuania (1)",
				"LOCATED_IN organization:government-of-lithuania -> country:lithuania (1)",
			}}},
		{"path with three shortest paths", "path", []string{"Sandworm", "APT28"}, queries.Options{}, Shape{
			Title:   `Shortest paths between "Sandworm" (1 match: Sandworm Team) and "APT28"`,
			Matched: []string{APT28, Sandworm},
			Nodes:   []string{Russia, NEC, APT28, Sandworm, Mimikatz},
			Edges: []string{
				"ATTRIBUTED_TO threatactor:apt28 -> country:russia (1)",
				"ATTRIBUTED_TO threatactor:sandworm-team -> country:russia (1)",
				"TARGETED threatactor:apt28 -> organization:national-election-commission (2)",
				"TARGETED threatactor:sandworm-team -> organization:national-election-commission (1)",
				"USES threatactor:apt28 -> tool:mimikatz (1)",
				"USES threatactor:sandworm-team -> tool:mimikatz (1)",
			}}},
		{"path by aliases", "path", []string{"fancy bear", "voodoo bear"}, queries.Options{MaxHops: 2}, Shape{
			Title:   `Shortest paths between "fancy bear" (1 match: APT28) and "voodoo bear" (1 match: Sandworm Team)`,
			Matched: []string{APT28, Sandworm},
			Nodes:   []string{Russia, NEC, APT28, Sandworm, Mimikatz},
			Edges: []string{
				"ATTRIBUTED_TO threatactor:apt28 -> country:russia (1)",
				"ATTRIBUTED_TO threatactor:sandworm-team -> country:russia (1)",
				"TARGETED threatactor:apt28 -> organization:national-election-commission (2)",
				"TARGETED threatactor:sandworm-team -> organization:national-election-commission (1)",
				"USES threatactor:apt28 -> tool:mimikatz (1)",
				"USES threatactor:sandworm-team -> tool:mimikatz (1)",
			}}},
		{"path against edge direction", "path", []string{"Turla", "France"}, queries.Options{}, Shape{
			Title:   `Shortest paths between "Turla" and "France"`,
			Matched: []string{Turla, France},
			Nodes:   []string{Turla, APT28, MAE, France},
			Edges: []string{
				"TARGETED threatactor:turla -> threatactor:apt28 (1)",
				"TARGETED threatactor:apt28 -> organization:ministere-des-affaires-etrangeres (1)",
				"LOCATED_IN organization:ministere-des-affaires-etrangeres -> country:france (1)",
			}}},
		{"path: an exact name wins over word matches", "path", []string{"lithuania", "ghostwriter"}, queries.Options{}, Shape{
			Title:   `Shortest paths between "lithuania" and "ghostwriter"`,
			Matched: []string{Lithuania, Ghostwrite},
			Nodes:   []string{Lithuania, MOND, Ghostwrite},
			Edges: []string{
				"TARGETED campaign:ghostwriter -> organization:ministry-of-national-defence (1)",
				"LOCATED_IN organization:ministry-of-national-defence -> country:lithuania (1)",
			}}},
		{"search", "search", []string{"bear"}, queries.Options{}, Shape{
			Title:   `Search "bear" (2 matches)`,
			Matched: []string{APT28, Sandworm},
			Nodes:   []string{APT28, Sandworm}}},
		{"search one", "search", []string{"O'Brien"}, queries.Options{}, Shape{
			Title:   `Search "O'Brien" (1 match)`,
			Matched: []string{OBrien},
			Nodes:   []string{OBrien}}},
	}
}

func testQueries(t *testing.T, open func(t *testing.T) Store) {
	s := loaded(t, open)
	covered := map[string]bool{}
	for _, tc := range queryCases() {
		covered[tc.query] = true
		t.Run(tc.name, func(t *testing.T) {
			sg, err := queries.Run(context.Background(), s, tc.query, tc.args, tc.opt)
			if err != nil {
				t.Fatalf("%s %q: %v", tc.query, tc.args, err)
			}
			checkShape(t, sg, tc.want)
		})
	}
	for _, q := range queries.Catalog() {
		if !covered[q.Name] {
			t.Errorf("query %s has no case in the conformance suite", q.Name)
		}
	}
}

func testQueryErrors(t *testing.T, open func(t *testing.T) Store) {
	s := loaded(t, open)
	tests := []struct {
		name  string
		query string
		args  []string
		opt   queries.Options
		is    error // the sentinel the error wraps
		check func(t *testing.T, err error)
	}{
		{"unknown query", "who-attacked", []string{"x"}, queries.Options{}, graph.ErrInvalid, func(t *testing.T, err error) {
			if !strings.Contains(err.Error(), "who-targeted") {
				t.Errorf("message %q does not list the queries", err)
			}
		}},
		{"too few arguments", "path", []string{"APT28"}, queries.Options{}, graph.ErrInvalid, nil},
		{"too many arguments", "path", []string{"APT28", "Turla", "France"}, queries.Options{}, graph.ErrInvalid, nil},
		{"no arguments", "search", nil, queries.Options{}, graph.ErrInvalid, nil},
		{"blank argument", "who-targeted", []string{"  "}, queries.Options{}, graph.ErrInvalid, nil},
		{"no letters", "who-targeted", []string{"!!!"}, queries.Options{}, graph.ErrInvalid, nil},
		{"depth too large", "neighborhood", []string{"Ukraine"}, queries.Options{Depth: queries.MaxDepth + 1}, graph.ErrInvalid, nil},
		{"negative depth", "neighborhood", []string{"Ukraine"}, queries.Options{Depth: -1}, graph.ErrInvalid, nil},
		{"max hops too large", "path", []string{"Turla", "France"}, queries.Options{MaxHops: queries.MaxMaxHops + 1}, graph.ErrInvalid, nil},
		{"nothing matches", "who-targeted", []string{"Fancy Baer"}, queries.Options{}, graph.ErrNotFound, func(t *testing.T, err error) {
			var nf *graph.NotFoundError
			if !errors.As(err, &nf) {
				t.Fatalf("got %T, want *graph.NotFoundError", err)
			}
			if len(nf.Nearest) == 0 || nf.Nearest[0] != "Fancy Bear" {
				t.Errorf("nearest: got %q, want Fancy Bear first", nf.Nearest)
			}
		}},
		{"not targeted", "who-targeted", []string{"Mimikatz"}, queries.Options{}, graph.ErrNotFound, wantNoAnswer(Mimikatz)},
		{"only a report matches", "who-targeted", []string{"election infrastructure"}, queries.Options{}, graph.ErrNotFound, wantNoAnswer(Report1)},
		{"victims-of a tool", "victims-of", []string{"Mimikatz"}, queries.Options{}, graph.ErrNotFound, wantNoAnswer(Mimikatz)},
		{"victims-of an actor without victims", "victims-of", []string{"UNC1151"}, queries.Options{}, graph.ErrNotFound, wantNoAnswer(UNC1151)},
		{"victims-of nothing", "victims-of", []string{"Equation Group"}, queries.Options{}, graph.ErrNotFound, func(t *testing.T, err error) {
			var nf *graph.NotFoundError
			if !errors.As(err, &nf) {
				t.Fatalf("got %T, want *graph.NotFoundError", err)
			}
		}},
		{"no path between components", "path", []string{"APT28", "Lithuania"}, queries.Options{}, graph.ErrNotFound, wantNoAnswer(Lithuania, APT28)},
		{"path longer than max hops", "path", []string{"Turla", "France"}, queries.Options{MaxHops: 2}, graph.ErrNotFound, wantNoAnswer(France, Turla)},
		{"ambiguous path end", "path", []string{"election commission", "France"}, queries.Options{}, graph.ErrInvalid, func(t *testing.T, err error) {
			var amb *queries.AmbiguousError
			if !errors.As(err, &amb) {
				t.Fatalf("got %T, want *queries.AmbiguousError", err)
			}
			if got, want := nodeIDs(amb.Candidates), []string{CEC, NEC}; !reflect.DeepEqual(got, want) {
				t.Errorf("candidates: got %q, want %q", got, want)
			}
		}},
		{"search nothing", "search", []string{"zzzzzz"}, queries.Options{}, graph.ErrNotFound, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sg, err := queries.Run(context.Background(), s, tc.query, tc.args, tc.opt)
			if !errors.Is(err, tc.is) {
				t.Fatalf("got error %v (result %q), want one wrapping %v", err, sg.Title, tc.is)
			}
			if tc.check != nil {
				tc.check(t, err)
			}
		})
	}
}

// wantNoAnswer checks for a *queries.NoAnswerError naming these entities.
func wantNoAnswer(ids ...string) func(t *testing.T, err error) {
	return func(t *testing.T, err error) {
		t.Helper()
		var na *queries.NoAnswerError
		if !errors.As(err, &na) {
			t.Fatalf("got %T (%v), want *queries.NoAnswerError", err, err)
		}
		got := sorted(nodeIDs(na.Matches))
		if want := sorted(ids); !reflect.DeepEqual(got, want) {
			t.Errorf("matches: got %q, want %q", got, want)
		}
	}
}

func testSearch(t *testing.T, open func(t *testing.T) Store) {
	s := loaded(t, open)
	tests := []struct {
		text string
		want []string
	}{
		{"election", []string{CEC, NEC, Report1}},
		{"government", []string{Government, GovLT}},
		{"APT 28", []string{APT28}},
		{"o'brien & partners, ltd.", []string{OBrien}},
	}
	for _, tc := range tests {
		nodes, err := queries.Search(context.Background(), s, tc.text)
		if err != nil {
			t.Errorf("search %q: %v", tc.text, err)
			continue
		}
		if got := nodeIDs(nodes); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("search %q: got %q, want %q", tc.text, got, tc.want)
		}
	}
	_, err := queries.Search(context.Background(), s, "Sandworm Teem")
	var nf *graph.NotFoundError
	if !errors.As(err, &nf) {
		t.Fatalf("search Sandworm Teem: got %v, want *graph.NotFoundError", err)
	}
	if len(nf.Nearest) == 0 || nf.Nearest[0] != "Sandworm Team" {
		t.Errorf("search Sandworm Teem: nearest %q, want Sandworm Team first", nf.Nearest)
	}
}
