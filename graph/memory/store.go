// Package memory is the embedded graph store: the whole graph held in memory
// with indexes for lookups by id, endpoint and name word, optionally persisted
// to a file. It is the default store of the command line and the fast store of
// the tests; it answers every question with the same meaning as Neo4j.
//
// A file-backed store is safe for several processes: every write takes an
// exclusive lock on a lock file next to the data file, reloads the data if
// another process changed it, applies, and replaces the file atomically.
// Readers reload when the file changed and always see one whole version.
package memory

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync"

	"github.com/actorgraph/actorgraph/graph"
)

// Store is the embedded graph store. Its methods are safe for concurrent use.
// The zero value is not usable: call New or Open.
type Store struct {
	path string // "" for a store held in memory only

	mu    sync.RWMutex
	g     *state
	stamp stamp // of the file version g was read from or written to
	stale bool  // g may differ from the file (a write failed): reload before use
}

// New returns an empty store held in memory only.
func New() *Store { return &Store{g: newState()} }

// Open returns the store persisted in the file at path, loading what it
// holds; a missing file is an empty store, created by the first Apply. The
// lock file is path + ".lock". A path ending in ".gz" is written compressed.
// Open fails when the directory does not exist or the file is not a store
// file (the error names the file and wraps graph.ErrInvalid).
func Open(path string) (*Store, error) {
	if path == "" {
		return nil, fmt.Errorf("open store: %w: empty file name", graph.ErrInvalid)
	}
	dir := filepath.Dir(path)
	fi, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("open store %s: %s is not a directory", path, dir)
	}
	g, st, err := readFile(path)
	if err != nil {
		return nil, err
	}
	return &Store{path: path, g: g, stamp: st}, nil
}

// Path returns the file the store is persisted in, "" when in memory only.
func (s *Store) Path() string { return s.path }

// Close releases the store. Every Apply has already reached the file, so
// there is nothing to flush; Close never fails.
func (s *Store) Close() error { return nil }

// Apply validates the batch and merges it into the store, whole or not at
// all: an invalid batch (the error wraps graph.ErrInvalid) changes nothing.
// Applying the same batch again changes nothing and counts nothing created or
// updated; stats.Reports is 1 when the batch's report was new to the store.
// For a file-backed store the file is updated before Apply returns.
func (s *Store) Apply(ctx context.Context, b graph.Batch) (graph.ApplyStats, error) {
	if err := ctx.Err(); err != nil {
		return graph.ApplyStats{}, err
	}
	if err := b.Validate(); err != nil {
		return graph.ApplyStats{}, fmt.Errorf("apply report %s: %w", b.Report.ID, err)
	}
	stats, err := s.update(ctx, func(g *state) (graph.ApplyStats, bool) { return g.apply(b) })
	if err != nil {
		return graph.ApplyStats{}, fmt.Errorf("apply report %s: %w", b.Report.ID, err)
	}
	return stats, nil
}

// Clear removes everything from the store (and its file).
func (s *Store) Clear(ctx context.Context) error {
	_, err := s.update(ctx, func(g *state) (graph.ApplyStats, bool) {
		changed := len(g.nodes)+len(g.reports)+len(g.meta) > 0
		*g = *newState()
		return graph.ApplyStats{}, changed
	})
	if err != nil {
		return fmt.Errorf("clear store: %w", err)
	}
	return nil
}

// update runs fn on the latest version of the graph and saves the result
// when fn says it changed something. For a file-backed store it holds the
// file lock throughout, so concurrent writers in other processes are
// serialized and none loses the other's data.
func (s *Store) update(ctx context.Context, fn func(g *state) (graph.ApplyStats, bool)) (graph.ApplyStats, error) {
	if s.path == "" {
		s.mu.Lock()
		defer s.mu.Unlock()
		stats, _ := fn(s.g)
		return stats, nil
	}
	unlock, err := lockFile(ctx, s.path+".lock")
	if err != nil {
		return graph.ApplyStats{}, err
	}
	defer unlock()
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.reloadLocked(); err != nil {
		return graph.ApplyStats{}, err
	}
	stats, changed := fn(s.g)
	if !changed {
		return stats, nil
	}
	st, err := writeFile(s.path, s.g)
	if err != nil {
		// The file still holds the previous version: drop what fn did.
		s.stale = true
		return graph.ApplyStats{}, err
	}
	s.stamp = st
	return stats, nil
}

// reloadLocked reads the file again if it changed since it was last read or
// written. The caller holds s.mu for writing.
func (s *Store) reloadLocked() error {
	st, err := statFile(s.path)
	if err != nil {
		return err
	}
	if !s.stale && st == s.stamp {
		return nil
	}
	g, st, err := readFile(s.path)
	if err != nil {
		return err
	}
	s.g, s.stamp, s.stale = g, st, false
	return nil
}

// view runs fn on a consistent snapshot of the graph, first reloading the
// file if another process changed it.
func (s *Store) view(ctx context.Context, fn func(g *state)) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if s.path != "" {
		st, err := statFile(s.path)
		if err != nil {
			return err
		}
		s.mu.RLock()
		fresh := !s.stale && st == s.stamp
		s.mu.RUnlock()
		if !fresh {
			s.mu.Lock()
			err := s.reloadLocked()
			s.mu.Unlock()
			if err != nil {
				return err
			}
		}
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	fn(s.g)
	return nil
}

// Find returns the entities that text names according to graph.Match,
// restricted to kinds when kinds is not empty, best score first, then by id.
func (s *Store) Find(ctx context.Context, text string, kinds []graph.Kind) ([]graph.Node, error) {
	var out []graph.Node
	err := s.view(ctx, func(g *state) { out = g.find(text, kinds) })
	return out, err
}

// Nodes returns the nodes with these ids, sorted by id; unknown ids are left out.
func (s *Store) Nodes(ctx context.Context, ids []string) ([]graph.Node, error) {
	out := []graph.Node{}
	err := s.view(ctx, func(g *state) {
		seen := map[string]bool{}
		for _, id := range ids {
			if n, ok := g.nodes[id]; ok && !seen[id] {
				seen[id] = true
				out = append(out, cloneNode(n))
			}
		}
	})
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, err
}

// Expand returns the edges of the given types (all when types is empty) that
// leave, arrive at or touch any of ids, with both endpoints of each, sorted.
func (s *Store) Expand(ctx context.Context, ids []string, dir graph.Direction, types []graph.RelType) (graph.Subgraph, error) {
	var out graph.Subgraph
	err := s.view(ctx, func(g *state) { out = g.expand(ids, dir, types) })
	return out, err
}

// Paths returns every shortest path, ignoring direction, of at most maxHops
// edges between the nodes from and to, merged into one sorted Subgraph. It is
// empty when there is no such path or either id is unknown; when from equals
// to it holds that one node.
func (s *Store) Paths(ctx context.Context, from, to string, maxHops int) (graph.Subgraph, error) {
	var out graph.Subgraph
	err := s.view(ctx, func(g *state) { out = g.paths(from, to, maxHops) })
	return out, err
}

// Names returns every name and alias in the store, sorted, without repeats.
func (s *Store) Names(ctx context.Context) ([]string, error) {
	var out []string
	err := s.view(ctx, func(g *state) { out = g.names() })
	return out, err
}

// Counts returns the number of nodes (by kind), edges (by type) and reports
// (distinct batch reports applied).
func (s *Store) Counts(ctx context.Context) (graph.Counts, error) {
	var out graph.Counts
	err := s.view(ctx, func(g *state) { out = g.counts() })
	return out, err
}

// Reports returns the reports of every batch applied, sorted by date then id.
func (s *Store) Reports(ctx context.Context) ([]graph.ReportRef, error) {
	var out []graph.ReportRef
	err := s.view(ctx, func(g *state) { out = g.reportList() })
	return out, err
}

// Tx applies batches inside Update. It satisfies loader.Sink.
type Tx struct {
	s       *Store
	changed bool
	done    bool
}

// Apply validates the batch and merges it into the store, whole or not at
// all, like Store.Apply; the file is written once, when Update returns. It
// fails once Update has returned.
func (tx *Tx) Apply(ctx context.Context, b graph.Batch) (graph.ApplyStats, error) {
	if tx.done {
		return graph.ApplyStats{}, fmt.Errorf("apply report %s: %w: the update is over", b.Report.ID, graph.ErrInvalid)
	}
	if err := ctx.Err(); err != nil {
		return graph.ApplyStats{}, err
	}
	if err := b.Validate(); err != nil {
		return graph.ApplyStats{}, fmt.Errorf("apply report %s: %w", b.Report.ID, err)
	}
	tx.s.mu.Lock()
	stats, changed := tx.s.g.apply(b)
	tx.s.mu.Unlock()
	tx.changed = tx.changed || changed
	return stats, nil
}

// Update runs fn, which applies any number of batches through tx, and then
// writes the file once: loading many batches into a large file-backed store
// costs one write instead of one per batch. Other writers (other Stores,
// other processes) wait until Update returns; readers of this Store see each
// batch as it is applied. What fn applied is kept and written even when fn
// returns an error (each batch is still whole or not at all), and Update
// returns fn's error. fn must not call this Store's Apply, Clear or Update:
// they would wait for the lock Update holds. For a store held in memory only,
// Update just runs fn.
func (s *Store) Update(ctx context.Context, fn func(tx *Tx) error) error {
	tx := &Tx{s: s}
	defer func() { tx.done = true }()
	if s.path == "" {
		return fn(tx)
	}
	unlock, err := lockFile(ctx, s.path+".lock")
	if err != nil {
		return err
	}
	defer unlock()
	s.mu.Lock()
	err = s.reloadLocked()
	s.mu.Unlock()
	if err != nil {
		return err
	}
	ferr := fn(tx)
	tx.done = true
	if !tx.changed {
		return ferr
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	st, err := writeFile(s.path, s.g)
	if err != nil {
		s.stale = true // the file holds the previous version: so will the store
		if ferr != nil {
			return fmt.Errorf("%w (and %w)", err, ferr)
		}
		return err
	}
	s.stamp = st
	return ferr
}
