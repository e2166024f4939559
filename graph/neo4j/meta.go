package neo4j

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph"
)

// metaLabel marks the nodes that hold the store's metadata, one per key.
// They are no entities: queries, counts and names never see them, and
// Clear deletes them with everything else.
const metaLabel = "ActorgraphMeta"

// Meta returns the metadata value stored under key (what the loader
// recorded about the last load); false when there is none. An unreachable
// server is an error wrapping graph.ErrUnavailable.
func (s *Store) Meta(ctx context.Context, key string) (string, bool, error) {
	var value string
	var found bool
	err := s.read(ctx, 0, func(ctx context.Context, tx neo4j.ManagedTransaction) error {
		rows, err := collect(ctx, tx, "MATCH (m:"+metaLabel+" {key: $key}) RETURN m.value", map[string]any{"key": key})
		if err != nil {
			return err
		}
		value, found = "", false
		if len(rows) > 0 {
			value, found = rows[0][0].(string)
		}
		return nil
	})
	if err != nil {
		return "", false, s.wrapError("read metadata "+key, err)
	}
	return value, found, nil
}

// SetMeta stores value under key, replacing what was there.
func (s *Store) SetMeta(ctx context.Context, key, value string) error {
	err := s.write(ctx, func(ctx context.Context, tx neo4j.ManagedTransaction) error {
		_, err := collect(ctx, tx, "MERGE (m:"+metaLabel+" {key: $key}) SET m.value = $value", map[string]any{"key": key, "value": value})
		return err
	})
	return s.wrapError("write metadata "+key, err)
}

// Entities returns every entity of the given kinds (all kinds but Report
// when kinds is empty), sorted by id: what identity checks (alias
// conflicts, likely duplicates) look through.
func (s *Store) Entities(ctx context.Context, kinds []graph.Kind) ([]graph.Node, error) {
	if len(kinds) == 0 {
		for _, k := range graph.Kinds() {
			if k != graph.Report {
				kinds = append(kinds, k)
			}
		}
	}
	out := []graph.Node{}
	seen := map[string]bool{}
	for _, k := range kinds {
		if !k.Valid() {
			return nil, fmt.Errorf("entities: %w: unknown kind %q", graph.ErrInvalid, k)
		}
		var nodes []graph.Node
		err := s.read(ctx, 0, func(ctx context.Context, tx neo4j.ManagedTransaction) error {
			rows, err := collect(ctx, tx, "MATCH (n:"+string(k)+":"+entityLabel+") RETURN labels(n), properties(n)", nil)
			if err != nil {
				return err
			}
			nodes, err = decodeNodeRows(rows)
			return err
		})
		if err != nil {
			return nil, s.wrapError("read "+string(k)+" entities", err)
		}
		for _, n := range nodes {
			if !seen[n.ID] {
				seen[n.ID] = true
				out = append(out, n)
			}
		}
	}
	sortNodes(out)
	return out, nil
}
