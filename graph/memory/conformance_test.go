package memory_test

import (
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/graph/memory"
	"github.com/actorgraph/actorgraph/queries"
)

// The store offers what the queries and the loader need.
var (
	_ queries.Store   = (*memory.Store)(nil)
	_ graphtest.Store = (*memory.Store)(nil)
)

func TestConformance(t *testing.T) {
	graphtest.Run(t, func(t *testing.T) graphtest.Store { return memory.New() })
}

func TestConformanceFile(t *testing.T) {
	graphtest.Run(t, func(t *testing.T) graphtest.Store {
		s, err := memory.Open(filepath.Join(t.TempDir(), "graph.json"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	})
}

func TestConformanceGzipFile(t *testing.T) {
	graphtest.Run(t, func(t *testing.T) graphtest.Store {
		s, err := memory.Open(filepath.Join(t.TempDir(), "graph.json.gz"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	})
}
