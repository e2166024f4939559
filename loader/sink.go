package loader

import (
	"context"

	"github.com/actorgraph/actorgraph/graph"
)

// Sink receives batches. Apply stores one batch whole or not at all, merges
// it with what is there (the same batch applied twice changes nothing the
// second time) and reports what it created and updated.
type Sink interface {
	Apply(ctx context.Context, b graph.Batch) (graph.ApplyStats, error)
}
