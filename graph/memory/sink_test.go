package memory_test

import (
	"github.com/actorgraph/actorgraph/graph/memory"
	"github.com/actorgraph/actorgraph/loader"
)

// The loader can write into the store, one batch at a time or inside Update.
var (
	_ loader.Sink = (*memory.Store)(nil)
	_ loader.Sink = (*memory.Tx)(nil)
)
