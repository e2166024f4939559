package misp

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/internal/loadertest"
)

// FuzzRead: the MISP galaxy reader never panics.
//
//	go test ./loader/misp -run '^$' -fuzz FuzzRead -fuzztime 2m
func FuzzRead(f *testing.F) {
	loadertest.Fuzz(f, "fuzz.json", func(path string, data []byte) (graph.Batch, error) {
		b, _, err := Read(path, data)
		return b, err
	}, "threat-actor.json", "mitre-tool.json", "sector.json", "bad-no-values.json")
}
