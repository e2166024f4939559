package stix

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/internal/loadertest"
)

// FuzzRead: the STIX reader never panics.
//
//	go test ./loader/stix -run '^$' -fuzz FuzzRead -fuzztime 2m
func FuzzRead(f *testing.F) {
	f.Add([]byte(`{"type":"bundle","objects":[{"type":"relationship","source_ref":"x","target_ref":"y"}]}`))
	loadertest.Fuzz(f, "fuzz.json", func(path string, data []byte) (graph.Batch, error) {
		b, _, err := Read(path, data)
		return b, err
	}, "bundle21.json", "attack20.json", "bad-type.json", "bad-truncated.json")
}
