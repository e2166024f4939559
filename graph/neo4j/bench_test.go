package neo4j_test

import (
	"context"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// The benchmarks load a generated corpus of 10 reports with 1,100
// relationships each (11,000 relationship records, over 10,000 distinct
// relationships and about 3,000 distinct entities) into an empty database,
// with Apply (UNWIND, BatchSize rows per statement) and with ApplyOneByOne
// (one statement per entity and per relationship). Each batch is one
// transaction in both. They report the records applied per second:
//
//	export ACTORGRAPH_NEO4J_URI=$(scripts/neo4j start) ACTORGRAPH_NEO4J_PASSWORD=actorgraph-test
//	go test ./graph/neo4j/ -run '^$' -bench 'Apply' -benchtime 3x

func BenchmarkApplyBatched(b *testing.B) { benchmarkApply(b, false) }

func BenchmarkApplyOneByOne(b *testing.B) { benchmarkApply(b, true) }

func benchmarkApply(b *testing.B, oneByOne bool) {
	s := openStore(b)
	ctx := context.Background()
	batches := corpus(42, 10, 1100)
	var nodeRecords, edgeRecords int
	for _, batch := range batches {
		nodeRecords += len(batch.Nodes)
		edgeRecords += len(batch.Edges)
	}
	applyFn := s.Apply
	if oneByOne {
		applyFn = s.ApplyOneByOne
	}
	var total graph.ApplyStats
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		if err := s.Clear(ctx); err != nil {
			b.Fatal(err)
		}
		total = graph.ApplyStats{}
		b.StartTimer()
		for _, batch := range batches {
			st, err := applyFn(ctx, batch)
			if err != nil {
				b.Fatal(err)
			}
			total.Add(st)
		}
	}
	b.StopTimer()
	if total.EdgesCreated < 10000 {
		b.Fatalf("the corpus made %d relationships, want at least 10,000", total.EdgesCreated)
	}
	secs := b.Elapsed().Seconds()
	b.ReportMetric(float64(nodeRecords*b.N)/secs, "entities/s")
	b.ReportMetric(float64(edgeRecords*b.N)/secs, "relationships/s")
	b.Logf("per load: %d batches, %d entity records (%d distinct), %d relationship records (%d distinct)",
		len(batches), nodeRecords, total.NodesCreated, edgeRecords, total.EdgesCreated)
}
