package loadertest

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// Fuzz runs a reader's fuzz test: seeded with the named files of testdata,
// it feeds arbitrary bytes to read under path, which must return a batch or
// an error and never panic; a batch it returns must be valid.
func Fuzz(f *testing.F, path string, read func(path string, data []byte) (graph.Batch, error), seeds ...string) {
	for _, name := range seeds {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := read(path, data)
		if err != nil {
			return // bad input is reported, not read
		}
		if err := b.Validate(); err != nil {
			t.Fatalf("got an invalid batch: %v", err)
		}
	})
}
