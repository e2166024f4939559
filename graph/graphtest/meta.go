package graphtest

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// MetaStore is a store that also keeps metadata (what the loader records
// about its loads: sources, naming convention, curation) and lists its
// entities by kind (what identity checks look through).
type MetaStore interface {
	Store
	Meta(ctx context.Context, key string) (string, bool, error)
	SetMeta(ctx context.Context, key, value string) error
	Entities(ctx context.Context, kinds []graph.Kind) ([]graph.Node, error)
	Clear(ctx context.Context) error
}

// RunMeta holds a store to the meaning of Meta, SetMeta, Entities and
// Clear. open must return a new empty store each time, like for Run.
func RunMeta(t *testing.T, open func(t *testing.T) MetaStore) {
	t.Helper()
	t.Run("Meta", func(t *testing.T) { testMeta(t, open(t)) })
	t.Run("Entities", func(t *testing.T) { testEntities(t, open(t)) })
}

func testMeta(t *testing.T, s MetaStore) {
	ctx := context.Background()
	if v, ok, err := s.Meta(ctx, "k"); err != nil || ok || v != "" {
		t.Fatalf("Meta of a new store: got %q, %v, %v, want \"\", false, nil", v, ok, err)
	}
	for _, want := range []string{"one", "two", ""} {
		if err := s.SetMeta(ctx, "k", want); err != nil {
			t.Fatal(err)
		}
		if v, ok, err := s.Meta(ctx, "k"); err != nil || !ok || v != want {
			t.Fatalf("Meta after SetMeta %q: got %q, %v, %v, want %q, true, nil", want, v, ok, err, want)
		}
	}
	if err := s.SetMeta(ctx, "other", `["/a b", "c"]`); err != nil {
		t.Fatal(err)
	}
	if v, _, _ := s.Meta(ctx, "other"); v != `["/a b", "c"]` {
		t.Errorf("Meta other: got %q", v)
	}
	// Metadata is no entity: counts and names do not see it.
	c, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if c.Nodes != 0 || c.Edges != 0 || c.Reports != 0 {
		t.Errorf("counts with metadata only: got %+v, want nothing", c)
	}
	if names, err := s.Names(ctx); err != nil || len(names) != 0 {
		t.Errorf("names with metadata only: got %v, %v, want none", names, err)
	}
	for _, b := range Fixtures() {
		if _, err := s.Apply(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	if v, ok, _ := s.Meta(ctx, "k"); !ok || v != "" {
		t.Errorf("Meta after Apply: got %q, %v, want \"\", true", v, ok)
	}
	checkCounts(t, s, fullCounts())
	if err := s.Clear(ctx); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := s.Meta(ctx, "k"); err != nil || ok {
		t.Errorf("Meta after Clear: got %v, %v, want false, nil", ok, err)
	}
}

func testEntities(t *testing.T, s MetaStore) {
	ctx := context.Background()
	got, err := s.Entities(ctx, nil)
	if err != nil || len(got) != 0 {
		t.Fatalf("Entities of an empty store: got %v, %v, want none", got, err)
	}
	for _, b := range Fixtures() {
		if _, err := s.Apply(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	all, err := s.Nodes(ctx, AllIDs())
	if err != nil {
		t.Fatal(err)
	}
	var want, actors []graph.Node
	for _, n := range all {
		if n.Kind != graph.Report {
			want = append(want, n)
		}
		if n.Kind == graph.ThreatActor {
			actors = append(actors, n)
		}
	}
	got, err = s.Entities(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !sameNodes(got, want) {
		t.Errorf("Entities(nil): got %v, want %v", nodeIDs(got), nodeIDs(want))
	}
	got, err = s.Entities(ctx, []graph.Kind{graph.ThreatActor})
	if err != nil {
		t.Fatal(err)
	}
	if !sameNodes(got, actors) {
		t.Errorf("Entities(ThreatActor): got %v, want %v", nodeIDs(got), nodeIDs(actors))
	}
	if _, err := s.Entities(ctx, []graph.Kind{"Nope"}); !errors.Is(err, graph.ErrInvalid) {
		t.Errorf("Entities of an unknown kind: got %v, want an error wrapping graph.ErrInvalid", err)
	}
}

func sameNodes(a, b []graph.Node) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !sameNode(a[i], b[i]) || !reflect.DeepEqual(a[i].AliasClaims, b[i].AliasClaims) {
			return false
		}
	}
	return true
}
