package memory

import (
	"context"
	"fmt"
	"sort"

	"github.com/actorgraph/actorgraph/graph"
)

// Meta returns the metadata value stored under key (what the loader
// recorded about the last load); false when there is none.
func (s *Store) Meta(ctx context.Context, key string) (string, bool, error) {
	var v string
	var ok bool
	err := s.view(ctx, func(g *state) { v, ok = g.meta[key] })
	return v, ok, err
}

// SetMeta stores value under key; a file-backed store writes its file
// before SetMeta returns. Clear removes the metadata with the graph.
func (s *Store) SetMeta(ctx context.Context, key, value string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	_, err := s.update(ctx, func(g *state) (graph.ApplyStats, bool) {
		if old, ok := g.meta[key]; ok && old == value {
			return graph.ApplyStats{}, false
		}
		g.meta[key] = value
		return graph.ApplyStats{}, true
	})
	if err != nil {
		return fmt.Errorf("set metadata %s: %w", key, err)
	}
	return nil
}

// Entities returns every entity of the given kinds (all kinds but Report
// when kinds is empty), sorted by id. An unknown kind is an error wrapping
// graph.ErrInvalid.
func (s *Store) Entities(ctx context.Context, kinds []graph.Kind) ([]graph.Node, error) {
	want := map[graph.Kind]bool{}
	for _, k := range kinds {
		if !k.Valid() {
			return nil, fmt.Errorf("entities: %w: unknown kind %q", graph.ErrInvalid, k)
		}
		want[k] = true
	}
	out := []graph.Node{}
	err := s.view(ctx, func(g *state) {
		for _, n := range g.nodes {
			if (len(want) == 0 && n.Kind != graph.Report) || want[n.Kind] {
				out = append(out, cloneNode(n))
			}
		}
	})
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, err
}

// Meta returns the metadata value under key as the update sees it.
func (tx *Tx) Meta(ctx context.Context, key string) (string, bool, error) {
	if err := tx.usable(ctx); err != nil {
		return "", false, err
	}
	tx.s.mu.Lock()
	defer tx.s.mu.Unlock()
	v, ok := tx.s.g.meta[key]
	return v, ok, nil
}

// SetMeta stores value under key; the file is written when Update returns.
func (tx *Tx) SetMeta(ctx context.Context, key, value string) error {
	if err := tx.usable(ctx); err != nil {
		return err
	}
	tx.s.mu.Lock()
	defer tx.s.mu.Unlock()
	if old, ok := tx.s.g.meta[key]; !ok || old != value {
		tx.s.g.meta[key] = value
		tx.changed = true
	}
	return nil
}

// Clear removes everything, metadata included; the file is written when
// Update returns, so other processes never see the store empty.
func (tx *Tx) Clear(ctx context.Context) error {
	if err := tx.usable(ctx); err != nil {
		return err
	}
	tx.s.mu.Lock()
	defer tx.s.mu.Unlock()
	if len(tx.s.g.nodes)+len(tx.s.g.reports)+len(tx.s.g.meta) > 0 {
		*tx.s.g = *newState()
		tx.changed = true
	}
	return nil
}

// Reports returns the reports applied so far, as Store.Reports does.
func (tx *Tx) Reports(ctx context.Context) ([]graph.ReportRef, error) {
	if err := tx.usable(ctx); err != nil {
		return nil, err
	}
	tx.s.mu.Lock()
	defer tx.s.mu.Unlock()
	return tx.s.g.reportList(), nil
}

func (tx *Tx) usable(ctx context.Context) error {
	if tx.done {
		return fmt.Errorf("%w: the update is over", graph.ErrInvalid)
	}
	return ctx.Err()
}
