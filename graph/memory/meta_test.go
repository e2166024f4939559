package memory_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/graph/memory"
	"github.com/actorgraph/actorgraph/loader"
)

// The store keeps what the loader needs to rebuild it.
var (
	_ loader.MetaSink = (*memory.Store)(nil)
	_ loader.MetaSink = (*memory.Tx)(nil)
)

// TestTxMetaAndClear runs a clear-and-reload inside one Update: other
// readers of the file see the old graph until the new one is written whole.
func TestTxMetaAndClear(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "graph.json")
	s, err := memory.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Apply(ctx, graphtest.Batch1()); err != nil {
		t.Fatal(err)
	}
	reader, err := memory.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	before, _ := reader.Counts(ctx)
	err = s.Update(ctx, func(tx *memory.Tx) error {
		if err := tx.Clear(ctx); err != nil {
			return err
		}
		if reps, _ := tx.Reports(ctx); len(reps) != 0 {
			t.Errorf("got %d reports after Clear inside the update, want 0", len(reps))
		}
		if mid, _ := reader.Counts(ctx); mid.Nodes != before.Nodes {
			t.Errorf("another reader saw %d nodes in the middle of the update, want the old %d", mid.Nodes, before.Nodes)
		}
		if _, err := tx.Apply(ctx, graphtest.Batch2()); err != nil {
			return err
		}
		if err := tx.SetMeta(ctx, "k", "v"); err != nil {
			return err
		}
		v, ok, err := tx.Meta(ctx, "k")
		if err != nil || !ok || v != "v" {
			t.Errorf("Meta inside the update: got %q %v %v, want v", v, ok, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	fresh := memory.New()
	if _, err := fresh.Apply(ctx, graphtest.Batch2()); err != nil {
		t.Fatal(err)
	}
	want, _ := fresh.Counts(ctx)
	got, _ := reader.Counts(ctx)
	if got.Nodes != want.Nodes || got.Edges != want.Edges {
		t.Errorf("after the update another reader sees %d nodes, %d edges; want %d, %d", got.Nodes, got.Edges, want.Nodes, want.Edges)
	}
	if v, ok, _ := reader.Meta(ctx, "k"); !ok || v != "v" {
		t.Errorf("metadata set in the update not persisted: %q %v", v, ok)
	}
}

func TestMetaConformance(t *testing.T) {
	graphtest.RunMeta(t, func(t *testing.T) graphtest.MetaStore { return memory.New() })
}

func TestMetaConformanceFile(t *testing.T) {
	graphtest.RunMeta(t, func(t *testing.T) graphtest.MetaStore {
		s, err := memory.Open(filepath.Join(t.TempDir(), "graph.json"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

// TestMetaPersisted reads metadata written by another Store on the same file.
func TestMetaPersisted(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "graph.json.gz")
	a, err := memory.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.SetMeta(ctx, "loader.sources", `["/x/a.md"]`); err != nil {
		t.Fatal(err)
	}
	b, err := memory.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if v, ok, err := b.Meta(ctx, "loader.sources"); err != nil || !ok || v != `["/x/a.md"]` {
		t.Errorf("Meta from another store: got %q, %v, %v", v, ok, err)
	}
}
