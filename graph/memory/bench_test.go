package memory_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/memory"
	"github.com/actorgraph/actorgraph/queries"
)

// Benchmarks on a store of about 100,000 nodes and 200,000 edges:
//
//	go test ./graph/memory -run '^$' -bench . -benchtime 20x

// bigBatch returns a graph of 2,000 actors, 300 countries, 500 tools and
// the rest victims, with TARGETED, USES, LOCATED_IN and ATTRIBUTED_TO edges.
func bigBatch(nodes int) graph.Batch {
	rng := rand.New(rand.NewPCG(7, 7))
	r := graph.ReportRef{ID: "big", Date: "2024-01-01"}
	ev := func(i int) []graph.Evidence {
		return []graph.Evidence{{Report: r, Sentence: fmt.Sprintf("sentence %d", i)}}
	}
	words := []string{"National", "Bank", "Energy", "Ministry", "Commission", "Election", "Health", "Agency",
		"Foreign", "Affairs", "Group", "Holdings", "Telecom", "University", "Hospital", "Defence"}
	b := graph.Batch{Report: r}
	var actors, countries, tools, victims []string
	add := func(k graph.Kind, name string, list *[]string, aliases ...string) {
		n := graph.NewNode(k, name, aliases...)
		b.Nodes = append(b.Nodes, n)
		*list = append(*list, n.ID)
	}
	for i := range 2000 {
		add(graph.ThreatActor, fmt.Sprintf("APT%d", i), &actors, fmt.Sprintf("%s Bear %d", words[i%len(words)], i))
	}
	for i := range 300 {
		add(graph.Country, fmt.Sprintf("Country %d", i), &countries)
	}
	for i := range 500 {
		add(graph.Tool, fmt.Sprintf("Tool %d", i), &tools)
	}
	for i := len(b.Nodes); i < nodes; i++ {
		name := fmt.Sprintf("%s %s %d", words[rng.IntN(len(words))], words[rng.IntN(len(words))], i)
		add(graph.Organization, name, &victims)
	}
	e := 0
	edge := func(t graph.RelType, s, d string) {
		b.Edges = append(b.Edges, graph.Edge{Type: t, Source: s, Target: d, Evidence: ev(e)})
		e++
	}
	for _, v := range victims {
		edge(graph.LocatedIn, v, countries[rng.IntN(len(countries))])
		edge(graph.Targeted, actors[rng.IntN(len(actors))], v)
	}
	for _, a := range actors {
		edge(graph.Uses, a, tools[rng.IntN(len(tools))])
		edge(graph.AttributedTo, a, countries[rng.IntN(len(countries))])
	}
	return b
}

func bigStore(b *testing.B) *memory.Store {
	b.Helper()
	s := memory.New()
	if _, err := s.Apply(context.Background(), bigBatch(100_000)); err != nil {
		b.Fatal(err)
	}
	return s
}

func BenchmarkApplyBig(b *testing.B) {
	batch := bigBatch(100_000)
	for b.Loop() {
		if _, err := memory.New().Apply(context.Background(), batch); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFind(b *testing.B) {
	s := bigStore(b)
	for _, text := range []string{"APT1234", "fancy bear 77", "election commission", "bank"} {
		b.Run(text, func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Find(context.Background(), text, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkQueries(b *testing.B) {
	s := bigStore(b)
	tests := []struct {
		query string
		args  []string
		opt   queries.Options
	}{
		{"victims-of", []string{"APT17"}, queries.Options{}},
		{"who-targeted", []string{"election commission"}, queries.Options{}},
		{"neighborhood", []string{"APT17"}, queries.Options{Depth: 2}},
		{"path", []string{"APT17", "APT1999"}, queries.Options{}},
	}
	for _, tc := range tests {
		b.Run(tc.query, func(b *testing.B) {
			for b.Loop() {
				if _, err := queries.Run(context.Background(), s, tc.query, tc.args, tc.opt); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkApplyFile measures a small batch applied to a file-backed store
// of 100,000 nodes: the cost is rewriting the file.
func BenchmarkApplyFile(b *testing.B) {
	path := filepath.Join(b.TempDir(), "graph.json")
	s, err := memory.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := s.Apply(context.Background(), bigBatch(100_000)); err != nil {
		b.Fatal(err)
	}
	i := 0
	for b.Loop() {
		r := graph.ReportRef{ID: fmt.Sprintf("small-%d", i)}
		n := graph.NewNode(graph.Organization, fmt.Sprintf("Small Victim %d", i))
		if _, err := s.Apply(context.Background(), graph.Batch{Report: r, Nodes: []graph.Node{n}}); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

func BenchmarkOpenFile(b *testing.B) {
	path := filepath.Join(b.TempDir(), "graph.json")
	s, err := memory.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := s.Apply(context.Background(), bigBatch(100_000)); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := memory.Open(path); err != nil {
			b.Fatal(err)
		}
	}
}
