package neo4j_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/graph/neo4j"
	"github.com/actorgraph/actorgraph/loader"
)

// The store keeps what the loader needs to rebuild it.
var _ loader.MetaSink = (*neo4j.Store)(nil)

func TestMetaConformance(t *testing.T) {
	testConfig(t)
	graphtest.RunMeta(t, func(t *testing.T) graphtest.MetaStore { return openStore(t) })
}

// TestLoaderRebuild: a changed naming convention rebuilds the Neo4j store
// from the recorded sources, keeping ids.
func TestLoaderRebuild(t *testing.T) {
	s := openStore(t)
	ctx := testContext(t)
	dir := t.TempDir()
	a := filepath.Join(dir, "a.csv")
	b := filepath.Join(dir, "b.csv")
	const header = "source,source_kind,type,target,target_kind,report,quote\n"
	if err := os.WriteFile(a, []byte(header+"Leviathan,threat actor,targeted,Example Ministry,organization,Sheet A,Leviathan hit the Example Ministry.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(b, []byte(header+"APT40,threat actor,targeted,Example Port,organization,Sheet B,APT40 hit the Example Port.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := loader.Load(ctx, s, []string{a}, loader.Options{}); err != nil {
		t.Fatal(err)
	}
	sum, err := loader.Load(ctx, s, []string{b}, loader.Options{Prefer: "mitre"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(sum.Rebuilt, "from misp to mitre") {
		t.Errorf("rebuilt: got %q", sum.Rebuilt)
	}
	actors, err := s.Entities(ctx, []graph.Kind{graph.ThreatActor})
	if err != nil {
		t.Fatal(err)
	}
	if len(actors) != 1 || actors[0].ID != "threatactor:apt40" || actors[0].Name != "Leviathan" {
		t.Fatalf("actors: got %v, want threatactor:apt40 named Leviathan", actors)
	}
	sg, err := s.Expand(ctx, []string{"threatactor:apt40"}, graph.Out, nil)
	if err != nil || len(sg.Edges) != 2 {
		t.Errorf("edges of APT40: got %d, %v, want both sheets'", len(sg.Edges), err)
	}
}
