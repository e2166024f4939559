package neo4j_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// TestConformance runs the suite every store must pass, the same one the
// embedded store passes, on Neo4j: same fixtures, same answers.
func TestConformance(t *testing.T) {
	testConfig(t)
	graphtest.Run(t, func(t *testing.T) graphtest.Store { return openStore(t) })
}
