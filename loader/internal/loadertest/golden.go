// Package loadertest holds what the structured readers' tests share: reading
// handmade files in testdata and comparing the batch with golden files,
// rewritten by go test -update.
package loadertest

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// update is the -update flag of the tests that import this package.
var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// CheckGolden compares v, as indented JSON, with the file at path, or
// rewrites the file under -update.
func CheckGolden(t *testing.T, path string, v any) {
	t.Helper()
	got, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (go test -update rewrites it); got:\n%s", path, got)
	}
}

// Golden is what a reader's golden file holds: the batch and the counts.
type Golden[S any] struct {
	Batch graph.Batch `json:"batch"`
	Stats S           `json:"stats"`
}

// ReadGolden reads each named file in testdata with detect and read, checks
// that detect claims it and that the batch validates, and compares batch and
// counts with the golden file goldenName(name) in testdata.
func ReadGolden[S any](t *testing.T, names []string, goldenName func(string) string,
	detect func([]byte) bool, read func(path string, data []byte) (graph.Batch, S, error)) {
	t.Helper()
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join("testdata", name)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !detect(data) {
				t.Errorf("Detect(%s) = false, want true", name)
			}
			b, st, err := read(path, data)
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			if err := b.Validate(); err != nil {
				t.Errorf("batch does not validate: %v", err)
			}
			CheckGolden(t, filepath.Join("testdata", goldenName(name)), Golden[S]{b, st})
		})
	}
}
