package neo4j_test

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph/neo4j"
)

// The tests of this package run against a real Neo4j server named by
// ACTORGRAPH_NEO4J_URI (with ACTORGRAPH_NEO4J_USER, _PASSWORD, _DATABASE).
// Without a URI they skip, unless ACTORGRAPH_REQUIRE_NEO4J=1 makes a missing
// server a failure. They run one after the other (none calls t.Parallel),
// and each starts from and leaves behind an empty database.
//
//	export ACTORGRAPH_NEO4J_URI=$(scripts/neo4j start) ACTORGRAPH_NEO4J_PASSWORD=actorgraph-test
//	go test ./graph/neo4j/

// testConfig returns the server's settings, or skips (fails when required).
func testConfig(tb testing.TB) neo4j.Config {
	tb.Helper()
	uri := os.Getenv("ACTORGRAPH_NEO4J_URI")
	if uri == "" {
		if os.Getenv("ACTORGRAPH_REQUIRE_NEO4J") == "1" {
			tb.Fatal("ACTORGRAPH_REQUIRE_NEO4J=1 but ACTORGRAPH_NEO4J_URI is not set: start a server (scripts/neo4j start) and export its URI")
		}
		tb.Skip("no Neo4j server: set ACTORGRAPH_NEO4J_URI (e.g. $(scripts/neo4j start)) and ACTORGRAPH_NEO4J_PASSWORD to run this test")
	}
	user := os.Getenv("ACTORGRAPH_NEO4J_USER")
	if user == "" {
		user = "neo4j"
	}
	return neo4j.Config{URI: uri, User: user, Password: os.Getenv("ACTORGRAPH_NEO4J_PASSWORD"),
		Database: os.Getenv("ACTORGRAPH_NEO4J_DATABASE")}
}

// openStore opens the test server's store, emptied, and empties it again
// when the test ends.
func openStore(tb testing.TB) *neo4j.Store {
	tb.Helper()
	return openStoreWith(tb, testConfig(tb))
}

func openStoreWith(tb testing.TB, cfg neo4j.Config) *neo4j.Store {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	s, err := neo4j.Open(ctx, cfg)
	if err != nil {
		tb.Fatalf("open %s: %v", cfg, err)
	}
	if err := s.Clear(ctx); err != nil {
		_ = s.Close(ctx)
		tb.Fatalf("clear: %v", err)
	}
	tb.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if err := s.Clear(ctx); err != nil {
			tb.Errorf("clear after the test: %v", err)
		}
		if err := s.Close(ctx); err != nil {
			tb.Errorf("close: %v", err)
		}
	})
	return s
}

func testContext(tb testing.TB) context.Context {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	tb.Cleanup(cancel)
	return ctx
}
