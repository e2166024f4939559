package sheet

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/internal/loadertest"
)

// FuzzReadCSV and FuzzReadYAML: the sheet reader never panics.
//
//	go test ./loader/sheet -run '^$' -fuzz FuzzReadCSV -fuzztime 2m
func FuzzReadCSV(f *testing.F) {
	loadertest.Fuzz(f, "fuzz.csv", read, "actors.csv", "bad-cells.csv", "bad-quote.csv")
}

// FuzzReadYAML is FuzzReadCSV for YAML sheets.
func FuzzReadYAML(f *testing.F) {
	loadertest.Fuzz(f, "fuzz.yaml", read, "actors.yaml", "list.yaml", "bad-syntax.yaml")
}

func read(path string, data []byte) (graph.Batch, error) {
	b, _, err := Read(path, data)
	return b, err
}
