package memory_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/graph/memory"
)

// mispNames reads the names and synonyms of the MISP threat-actor galaxy in
// the shared data folder, or nil when it is not there.
func mispNames(t testing.TB) [][]string {
	path := filepath.Join("..", "..", "..", "shared", "data", "misp-galaxy-threat-actor.json")
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var galaxy struct {
		Values []struct {
			Value string `json:"value"`
			Meta  struct {
				Synonyms []string `json:"synonyms"`
			} `json:"meta"`
		} `json:"values"`
	}
	if err := json.Unmarshal(data, &galaxy); err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	var out [][]string
	for _, v := range galaxy.Values {
		out = append(out, append([]string{v.Value}, v.Meta.Synonyms...))
	}
	return out
}

// syntheticNames returns n made-up entities with names that share words,
// digits and punctuation.
func syntheticNames(n int, rng *rand.Rand) [][]string {
	words := []string{"Election", "Commission", "Ministry", "of", "the", "Foreign", "Affairs", "Bear", "Panda",
		"Kitten", "Spider", "Team", "Group", "National", "Bank", "Energy", "Défense", "Société", "Générale",
		"APT", "UNC", "TA", "Lazarus", "O'Neil", "&", "Co.", "Ltd", "Київ", "Енерго", "北京", "Ministère"}
	var out [][]string
	for i := range n {
		var parts []string
		for range 1 + rng.IntN(4) {
			parts = append(parts, words[rng.IntN(len(words))])
		}
		if rng.IntN(3) == 0 {
			parts = append(parts, fmt.Sprint(rng.IntN(60)))
		}
		name := strings.Join(parts, " ")
		if rng.IntN(4) == 0 {
			name = strings.ReplaceAll(name, " ", "")
		}
		names := []string{fmt.Sprintf("%s %d", name, i%7)}
		for range rng.IntN(3) {
			names = append(names, words[rng.IntN(len(words))]+"-"+fmt.Sprint(rng.IntN(100)))
		}
		out = append(out, names)
	}
	return out
}

// storeOf loads entities (name, then aliases) as nodes of alternating kinds.
func storeOf(t testing.TB, entities [][]string) (*memory.Store, []string) {
	t.Helper()
	kinds := []graph.Kind{graph.ThreatActor, graph.Organization, graph.Campaign}
	b := graph.Batch{Report: graph.ReportRef{ID: "names"}}
	var ids []string
	for i, names := range entities {
		if graph.Normalize(names[0]) == "" {
			continue
		}
		n := graph.NewNode(kinds[i%len(kinds)], names[0], names[1:]...)
		b.Nodes = append(b.Nodes, n)
		ids = append(ids, n.ID)
	}
	s := memory.New()
	if _, err := s.Apply(context.Background(), b); err != nil {
		t.Fatal(err)
	}
	return s, ids
}

// TestFindIndexAgreesWithMatch checks that the word index never hides a node
// that graph.Match accepts: Find must equal a scan of every node.
func TestFindIndexAgreesWithMatch(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	entities := syntheticNames(1000, rng)
	if misp := mispNames(t); misp != nil {
		entities = append(entities, misp...)
	} else {
		t.Log("MISP galaxy not found in ../shared/data: synthetic names only")
	}
	for _, b := range graphtest.Fixtures() {
		for _, n := range b.Nodes {
			entities = append(entities, n.Names())
		}
	}
	s, ids := storeOf(t, entities)
	ctx := context.Background()
	all, err := s.Nodes(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	// Queries: whole names and aliases in other spellings, single words,
	// word pairs, digits glued or apart.
	var texts []string
	for i, names := range entities {
		if i%5 != 0 {
			continue
		}
		for _, name := range names {
			texts = append(texts, name, strings.ToUpper(name), strings.ReplaceAll(name, " ", ""),
				strings.ReplaceAll(name, " ", "-"), "the "+strings.ToLower(name))
			ws := graph.Words(name)
			if len(ws) > 0 {
				texts = append(texts, ws[rng.IntN(len(ws))])
			}
			if len(ws) > 1 {
				texts = append(texts, ws[0]+" "+ws[len(ws)-1])
			}
		}
	}
	// A sample keeps the scan (queries x nodes calls of graph.Match) short.
	rng.Shuffle(len(texts), func(i, j int) { texts[i], texts[j] = texts[j], texts[i] })
	texts = texts[:min(len(texts), 250)]
	texts = append(texts, "", "   ", "of", "the", "of the", "apt 28", "A.P.T. 28", "北京", "Київ енерго")
	kindSets := [][]graph.Kind{nil, {graph.Organization}, {graph.ThreatActor, graph.Campaign}}
	checked := 0
	for i, text := range texts {
		kinds := kindSets[i%len(kindSets)]
		got, err := s.Find(ctx, text, kinds)
		if err != nil {
			t.Fatal(err)
		}
		want := scan(all, text, kinds)
		if !reflect.DeepEqual(ids0(got), ids0(want)) {
			t.Errorf("find %q %v: got %q, want %q", text, kinds, ids0(got), ids0(want))
			if checked++; checked > 10 {
				t.FailNow()
			}
		}
	}
	t.Logf("%d nodes, %d queries", len(all), len(texts))
}

func scan(all []graph.Node, text string, kinds []graph.Kind) []graph.Node {
	type hit struct {
		n     graph.Node
		score int
	}
	var hits []hit
	for _, n := range all {
		if len(kinds) > 0 && !containsKind(kinds, n.Kind) {
			continue
		}
		if sc := graph.Match(text, n); sc > 0 {
			hits = append(hits, hit{n, sc})
		}
	}
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].score != hits[j].score {
			return hits[i].score > hits[j].score
		}
		return hits[i].n.ID < hits[j].n.ID
	})
	out := make([]graph.Node, len(hits))
	for i, h := range hits {
		out[i] = h.n
	}
	return out
}

func containsKind(ks []graph.Kind, k graph.Kind) bool {
	for _, x := range ks {
		if x == k {
			return true
		}
	}
	return false
}

func ids0(nodes []graph.Node) []string {
	out := []string{}
	for _, n := range nodes {
		out = append(out, n.ID)
	}
	return out
}
