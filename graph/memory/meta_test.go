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
var _ loader.MetaSink = (*memory.Store)(nil)

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
