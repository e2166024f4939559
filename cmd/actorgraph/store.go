package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/memory"
	"github.com/actorgraph/actorgraph/graph/neo4j"
	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/queries"
)

// store is what the commands need from the configured store.
type store interface {
	queries.Store
	loader.Sink
	Reports(ctx context.Context) ([]graph.ReportRef, error)
	Clear(ctx context.Context) error
	Entities(ctx context.Context, kinds []graph.Kind) ([]graph.Node, error)
}

// memoryFile is where the embedded store keeps the graph.
func (a *app) memoryFile() string { return filepath.Join(a.cfg.DataDir, "graph.json") }

// neo4jConfig turns the configuration into the Neo4j store's settings.
func (a *app) neo4jConfig() neo4j.Config {
	c := a.cfg.Neo4j
	return neo4j.Config{URI: c.URI, User: c.User, Password: c.Password, Database: c.Database,
		QueryTimeout: c.QueryTimeout, BatchSize: c.BatchSize}
}

// openStore opens the configured store; the returned function closes it.
func (a *app) openStore(ctx context.Context) (store, func(), error) {
	switch a.cfg.Store {
	case "neo4j":
		s, err := neo4j.Open(ctx, a.neo4jConfig())
		if err != nil {
			return nil, nil, err
		}
		return s, func() { _ = s.Close(context.WithoutCancel(ctx)) }, nil
	default:
		if err := os.MkdirAll(a.cfg.DataDir, 0o755); err != nil {
			return nil, nil, fmt.Errorf("%w: data directory %s: %v", graph.ErrUnavailable, a.cfg.DataDir, err)
		}
		s, err := memory.Open(a.memoryFile())
		if err != nil {
			return nil, nil, err
		}
		return s, func() { _ = s.Close() }, nil
	}
}

// openStoreFor opens, when reports are given, a temporary embedded store
// holding just them (a one-off question that leaves the configured store
// alone); otherwise the configured store. The returned function closes it.
func (a *app) openStoreFor(ctx context.Context, reports []string) (store, func(), error) {
	if len(reports) == 0 {
		return a.openStore(ctx)
	}
	mem := memory.New()
	if _, err := loader.Load(ctx, mem, reports, a.loaderOptions()); err != nil {
		return nil, nil, err
	}
	return mem, func() {}, nil
}

// describeStore names the configured store for messages.
func (a *app) describeStore() string {
	if a.cfg.Store == "neo4j" {
		return "neo4j at " + a.cfg.Neo4j.URI
	}
	return "the embedded store (" + a.memoryFile() + ")"
}

// loaderOptions turns the configuration into the loader's settings.
func (a *app) loaderOptions() loader.Options {
	return loader.Options{Prefer: a.cfg.Names.Prefer, Curation: a.cfg.Names.Curation, MinConfidence: a.cfg.MinConfidence}
}
