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
