package graph

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
)

func TestNewNode(t *testing.T) {
	n := NewNode(ThreatActor, "  APT28 ", "Sofacy", "fancy bear", "Fancy Bear", "apt-28", "", "Sofacy")
	// "apt-28" normalizes to "apt 28", another form than the name's "apt28".
	want := Node{ID: "threatactor:apt28", Kind: ThreatActor, Name: "APT28", Aliases: []string{"Fancy Bear", "Sofacy", "apt-28"}}
	if !reflect.DeepEqual(n, want) {
		t.Errorf("got %+v, want %+v", n, want)
	}
}

func TestMergeNodes(t *testing.T) {
	a := Node{ID: "threatactor:apt28", Kind: ThreatActor, Name: "apt28", Aliases: []string{"Sofacy"},
		AliasClaims: []AliasClaim{{Alias: "Sofacy", Source: "r1"}},
		Props:       map[string]string{"country": "RU", "external_id": "G0007"}}
	b := Node{ID: "threatactor:apt28", Kind: ThreatActor, Name: "APT28", Aliases: []string{"Fancy Bear", "sofacy"},
		AliasClaims: []AliasClaim{{Alias: "Fancy Bear", Source: "r2"}, {Alias: "Sofacy", Source: "r1"}},
		Props:       map[string]string{"country": "", "external_id": "G0001", "description": "x"}}
	want := Node{ID: "threatactor:apt28", Kind: ThreatActor, Name: "APT28", Aliases: []string{"Fancy Bear", "Sofacy"},
		AliasClaims: []AliasClaim{{Alias: "Fancy Bear", Source: "r2"}, {Alias: "Sofacy", Source: "r1"}},
		Props:       map[string]string{"country": "RU", "external_id": "G0001", "description": "x"}}
	if got := MergeNodes(a, b); !reflect.DeepEqual(got, want) {
		t.Errorf("MergeNodes(a, b):\ngot  %+v\nwant %+v", got, want)
	}
	if got := MergeNodes(b, a); !reflect.DeepEqual(got, want) {
		t.Errorf("MergeNodes(b, a):\ngot  %+v\nwant %+v", got, want)
	}
	if got := MergeNodes(Node{}, a); got.ID != a.ID || got.Kind != a.Kind || got.Name != a.Name {
		t.Errorf("MergeNodes(zero, a): got %+v, want a's identity", got)
	}
}

// randomNode returns a record of one entity as a source might write it.
func randomNode(rng *rand.Rand) Node {
	spellings := []string{"APT28", "apt28", "Apt28", "APT-28"}
	aliases := []string{"Fancy Bear", "fancy bear", "Sofacy", "SOFACY", "Strontium", "Pawn Storm", "apt 28"}
	n := Node{ID: "threatactor:apt28", Kind: ThreatActor, Name: spellings[rng.IntN(len(spellings))]}
	for range rng.IntN(4) {
		n.Aliases = append(n.Aliases, aliases[rng.IntN(len(aliases))])
	}
	for range rng.IntN(3) {
		n.AliasClaims = append(n.AliasClaims, AliasClaim{Alias: aliases[rng.IntN(len(aliases))], Source: fmt.Sprint("r", rng.IntN(3))})
	}
	if rng.IntN(2) == 0 {
		n.Props = map[string]string{}
		for _, k := range []string{"country", "external_id", "description"} {
			if rng.IntN(2) == 0 {
				n.Props[k] = []string{"", "RU", "G0007", "x"}[rng.IntN(4)]
			}
		}
	}
	return n
}

// The store's merges rely on these laws: loads commute, repeat loads change
// nothing, and merging in steps gives what merging at once does.
func TestMergeNodesLaws(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	for i := range 2000 {
		a, b, c := randomNode(rng), randomNode(rng), randomNode(rng)
		ab, ba := MergeNodes(a, b), MergeNodes(b, a)
		if !reflect.DeepEqual(ab, ba) {
			t.Fatalf("case %d: not commutative:\n%+v\n%+v\nab %+v\nba %+v", i, a, b, ab, ba)
		}
		if again := MergeNodes(ab, b); !reflect.DeepEqual(again, ab) {
			t.Fatalf("case %d: not idempotent: %+v then %+v gives %+v", i, ab, b, again)
		}
		if l, r := MergeNodes(MergeNodes(a, b), c), MergeNodes(a, MergeNodes(b, c)); !reflect.DeepEqual(l, r) {
			t.Fatalf("case %d: not associative:\n%+v\n%+v", i, l, r)
		}
	}
}

func randomEdge(rng *rand.Rand) Edge {
	e := Edge{Type: Targeted, Source: "threatactor:apt28", Target: "organization:nec"}
	for range 1 + rng.IntN(3) {
		r := ReportRef{ID: fmt.Sprint("r", rng.IntN(3))}
		if rng.IntN(2) == 0 {
			r.Date = []string{"2024-01-01", "2023-05-05"}[rng.IntN(2)]
			r.Title = []string{"A", "B"}[rng.IntN(2)]
		}
		e.Evidence = append(e.Evidence, Evidence{Report: r,
			Sentence:   []string{"", "APT28 hit the NEC.", "The NEC was hit."}[rng.IntN(3)],
			Locator:    []string{"", "line 2"}[rng.IntN(2)],
			Rule:       []string{"", "pattern", "sheet"}[rng.IntN(3)],
			Confidence: []float64{0, 0.5, 0.9}[rng.IntN(3)]})
	}
	return e
}

func TestMergeEdgesLaws(t *testing.T) {
	rng := rand.New(rand.NewPCG(2, 2))
	for i := range 2000 {
		a, b, c := randomEdge(rng), randomEdge(rng), randomEdge(rng)
		ab, ba := MergeEdges(a, b), MergeEdges(b, a)
		if !reflect.DeepEqual(ab, ba) {
			t.Fatalf("case %d: not commutative:\nab %+v\nba %+v", i, ab, ba)
		}
		if again := MergeEdges(ab, b); !reflect.DeepEqual(again, ab) {
			t.Fatalf("case %d: not idempotent", i)
		}
		if l, r := MergeEdges(MergeEdges(a, b), c), MergeEdges(a, MergeEdges(b, c)); !reflect.DeepEqual(l, r) {
			t.Fatalf("case %d: not associative:\n%+v\n%+v", i, l, r)
		}
		seen := map[string]bool{}
		for _, ev := range ab.Evidence {
			if seen[ev.Key()] {
				t.Fatalf("case %d: evidence %q twice", i, ev.Key())
			}
			seen[ev.Key()] = true
		}
	}
}

func TestMergeEvidence(t *testing.T) {
	r1 := ReportRef{ID: "r1", Date: "2024-03-01"}
	r2 := ReportRef{ID: "r2", Date: "2023-01-01", Title: "Second"}
	a := []Evidence{{Report: r1, Sentence: "S", Rule: "pattern", Confidence: 0.5}}
	b := []Evidence{
		{Report: ReportRef{ID: "r1", Title: "First"}, Sentence: "S", Rule: "list", Confidence: 0.9},
		{Report: r2, Locator: "line 3"},
	}
	want := []Evidence{
		{Report: r2, Locator: "line 3"},
		{Report: ReportRef{ID: "r1", Title: "First", Date: "2024-03-01"}, Sentence: "S", Rule: "list", Confidence: 0.9},
	}
	if got := MergeEvidence(a, b); !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

func TestEdgeReportsAndDates(t *testing.T) {
	e := Edge{Evidence: []Evidence{
		{Report: ReportRef{ID: "r2", Date: "2024-05-10"}},
		{Report: ReportRef{ID: "r1", Date: "2023-01-01"}, Sentence: "a"},
		{Report: ReportRef{ID: "r1", Date: "2023-01-01"}, Sentence: "b"},
		{Report: ReportRef{ID: "r3"}},
	}}
	if got, want := e.ReportIDs(), []string{"r1", "r2", "r3"}; !reflect.DeepEqual(got, want) {
		t.Errorf("ReportIDs: got %q, want %q", got, want)
	}
	if first, last := e.DateRange(); first != "2023-01-01" || last != "2024-05-10" {
		t.Errorf("DateRange: got %s..%s, want 2023-01-01..2024-05-10", first, last)
	}
	if first, last := (Edge{}).DateRange(); first != "" || last != "" {
		t.Errorf("DateRange of no evidence: got %q..%q, want empty", first, last)
	}
}
