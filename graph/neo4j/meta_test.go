package neo4j_test

import (
	"testing"

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
