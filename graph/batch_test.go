package graph

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestBatchValidate(t *testing.T) {
	r := ReportRef{ID: "r1"}
	ev := []Evidence{{Report: r, Sentence: "s"}}
	actor := NewNode(ThreatActor, "APT28")
	victim := NewNode(Organization, "National Election Commission")
	report := Node{ID: "report:r1", Kind: Report, Name: "A report title that is no id"}
	edge := Edge{Type: Targeted, Source: actor.ID, Target: victim.ID, Evidence: ev}
	tests := []struct {
		name    string
		b       Batch
		wantErr string // "" when valid
	}{
		{"valid", Batch{Report: r, Nodes: []Node{actor, victim, report}, Edges: []Edge{edge}}, ""},
		{"nodes only", Batch{Report: r, Nodes: []Node{actor}}, ""},
		{"empty", Batch{Report: r}, ""},
		{"no report id", Batch{Nodes: []Node{actor}}, "no report id"},
		{"unknown kind", Batch{Report: r, Nodes: []Node{{ID: "hacker:x", Kind: "Hacker", Name: "x"}}}, "unknown kind"},
		{"no name", Batch{Report: r, Nodes: []Node{{ID: "tool:x", Kind: Tool}}}, "without id or name"},
		{"no id", Batch{Report: r, Nodes: []Node{{Kind: Tool, Name: "x"}}}, "without id or name"},
		{"id from an alias", Batch{Report: r, Nodes: []Node{{ID: "threatactor:sofacy", Kind: ThreatActor, Name: "APT28", Aliases: []string{"Sofacy"}}}}, ""},
		{"id not from the name", Batch{Report: r, Nodes: []Node{{ID: "tool:y", Kind: Tool, Name: "x"}}}, `want "tool:x"`},
		{"id of another kind", Batch{Report: r, Nodes: []Node{{ID: "malware:x", Kind: Tool, Name: "x"}}}, `want "tool:x"`},
		{"unknown type", Batch{Report: r, Nodes: []Node{actor, victim},
			Edges: []Edge{{Type: "LIKES", Source: actor.ID, Target: victim.ID, Evidence: ev}}}, "unknown type"},
		{"missing target", Batch{Report: r, Nodes: []Node{actor},
			Edges: []Edge{edge}}, "not in the batch"},
		{"missing source", Batch{Report: r, Nodes: []Node{victim},
			Edges: []Edge{edge}}, "not in the batch"},
		{"no evidence", Batch{Report: r, Nodes: []Node{actor, victim},
			Edges: []Edge{{Type: Targeted, Source: actor.ID, Target: victim.ID}}}, "no evidence"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.b.Validate()
			if tc.wantErr == "" {
				if err != nil {
					t.Fatalf("got %v, want no error", err)
				}
				return
			}
			if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("got %v, want an ErrInvalid saying %q", err, tc.wantErr)
			}
		})
	}
}

func TestBatchNormalized(t *testing.T) {
	r := ReportRef{ID: "r1"}
	a1 := NewNode(ThreatActor, "apt28", "Sofacy")
	a2 := NewNode(ThreatActor, "APT28", "Fancy Bear")
	v := NewNode(Organization, "NEC")
	e1 := Edge{Type: Targeted, Source: a1.ID, Target: v.ID, Evidence: []Evidence{{Report: r, Sentence: "b"}}}
	e2 := Edge{Type: Targeted, Source: a1.ID, Target: v.ID, Evidence: []Evidence{{Report: r, Sentence: "a"}}}
	got := Batch{Report: r, Nodes: []Node{v, a1, a2}, Edges: []Edge{e1, e2}}.Normalized()
	want := Batch{Report: r,
		Nodes: []Node{v, {ID: "threatactor:apt28", Kind: ThreatActor, Name: "APT28", Aliases: []string{"Fancy Bear", "Sofacy"}}},
		Edges: []Edge{{Type: Targeted, Source: a1.ID, Target: v.ID, Evidence: []Evidence{e2.Evidence[0], e1.Evidence[0]}}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

func TestApplyStatsAdd(t *testing.T) {
	s := ApplyStats{Reports: 1, NodesCreated: 2, NodesUpdated: 3, EdgesCreated: 4, EdgesUpdated: 5}
	s.Add(ApplyStats{Reports: 1, NodesCreated: 1, NodesUpdated: 1, EdgesCreated: 1, EdgesUpdated: 1})
	if want := (ApplyStats{Reports: 2, NodesCreated: 3, NodesUpdated: 4, EdgesCreated: 5, EdgesUpdated: 6}); s != want {
		t.Errorf("got %+v, want %+v", s, want)
	}
}

func TestBuilder(t *testing.T) {
	r1 := ReportRef{ID: "r1", Date: "2024-03-01", Title: "One"}
	r2 := ReportRef{ID: "r2", Date: "2023-01-01"}
	a := NewNode(ThreatActor, "APT28")
	v := NewNode(Organization, "NEC")
	c := NewNode(Country, "Ukraine")
	var b Builder
	if b.Has(a.ID) {
		t.Fatalf("zero Builder has a node")
	}
	b.AddNode(v)
	b.AddNode(NewNode(ThreatActor, "apt28", "Sofacy"))
	b.AddNode(a)
	b.AddEdge(Edge{Type: Targeted, Source: a.ID, Target: v.ID, Evidence: []Evidence{{Report: r1, Sentence: "x"}}})
	b.AddEdge(Edge{Type: Targeted, Source: a.ID, Target: v.ID, Evidence: []Evidence{{Report: r2, Sentence: "y"}}})
	b.AddEdge(Edge{Type: LocatedIn, Source: v.ID, Target: c.ID, Evidence: []Evidence{{Report: r1}}}) // c never added
	b.AddMatched(a.ID)
	b.AddMatched(c.ID) // not a node: left out
	got := b.Subgraph("Title")
	want := Subgraph{Title: "Title", Matched: []string{a.ID},
		Nodes: []Node{v, {ID: a.ID, Kind: ThreatActor, Name: "APT28", Aliases: []string{"Sofacy"}}},
		Edges: []Edge{{Type: Targeted, Source: a.ID, Target: v.ID, Evidence: []Evidence{{Report: r2, Sentence: "y"}, {Report: r1, Sentence: "x"}}}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
	if n, ok := got.Node(a.ID); !ok || n.Name != "APT28" {
		t.Errorf("Node(%s): got %+v, %v", a.ID, n, ok)
	}
	if _, ok := got.Node(c.ID); ok {
		t.Errorf("Node(%s): found a node that was not added", c.ID)
	}
	if got, want := got.Reports(), []ReportRef{r2, r1}; !reflect.DeepEqual(got, want) {
		t.Errorf("Reports: got %+v, want %+v", got, want)
	}

	var again Builder
	again.Add(got)
	if sg := again.Subgraph("Title"); !reflect.DeepEqual(sg, want) {
		t.Errorf("Add of a subgraph: got %+v, want %+v", sg, want)
	}
	if sg := (&Builder{}).Subgraph(""); sg.Nodes == nil || sg.Edges == nil || len(sg.Nodes)+len(sg.Edges) != 0 {
		t.Errorf("empty Subgraph: got %+v, want empty non-nil lists", sg)
	}
}

func TestSubgraphSort(t *testing.T) {
	s := Subgraph{
		Matched: []string{"b", "a"},
		Nodes:   []Node{{ID: "b"}, {ID: "a"}},
		Edges: []Edge{
			{Type: Uses, Source: "a", Target: "b"},
			{Type: Targeted, Source: "b", Target: "a"},
			{Type: Targeted, Source: "a", Target: "b", Evidence: []Evidence{{Report: ReportRef{ID: "z"}}, {Report: ReportRef{ID: "y"}}}},
		},
	}
	s.Sort()
	var keys []string
	for _, e := range s.Edges {
		keys = append(keys, string(e.Type)+" "+e.Source+" "+e.Target)
	}
	if want := []string{"TARGETED a b", "TARGETED b a", "USES a b"}; !reflect.DeepEqual(keys, want) {
		t.Errorf("edges: got %q, want %q", keys, want)
	}
	if s.Nodes[0].ID != "a" || s.Matched[0] != "a" || s.Edges[0].Evidence[0].Report.ID != "y" {
		t.Errorf("not sorted: %+v", s)
	}
}

func TestWithMinConfidence(t *testing.T) {
	r := ReportRef{ID: "report:r"}
	a, b, c := NewNode(ThreatActor, "APT40"), NewNode(Country, "Cambodia"), NewNode(Malware, "SCANBOX")
	batch := Batch{Report: r, Nodes: []Node{a, b, c}, Edges: []Edge{
		{Type: Targeted, Source: a.ID, Target: b.ID, Evidence: []Evidence{{Report: r, Sentence: "weak", Confidence: 0.4}}},
		{Type: Uses, Source: a.ID, Target: c.ID, Evidence: []Evidence{
			{Report: r, Sentence: "strong", Confidence: 0.9}, {Report: r, Sentence: "weak", Confidence: 0.5}, {Report: r, Sentence: "unscored"}}},
	}}
	got := batch.WithMinConfidence(0.6)
	if len(got.Nodes) != 3 {
		t.Errorf("got %d nodes, want all 3 kept", len(got.Nodes))
	}
	if len(got.Edges) != 1 || got.Edges[0].Type != Uses {
		t.Fatalf("got edges %+v, want only the USES edge", got.Edges)
	}
	var sentences []string
	for _, ev := range got.Edges[0].Evidence {
		sentences = append(sentences, ev.Sentence)
	}
	if strings.Join(sentences, ",") != "strong,unscored" {
		t.Errorf("got evidence %v, want strong and unscored", sentences)
	}
	if len(batch.Edges[1].Evidence) != 3 {
		t.Errorf("the original batch was changed")
	}
	if same := batch.WithMinConfidence(0); len(same.Edges) != 2 {
		t.Errorf("min 0: got %d edges, want 2", len(same.Edges))
	}
	if err := got.Validate(); err != nil {
		t.Errorf("filtered batch does not validate: %v", err)
	}
}
