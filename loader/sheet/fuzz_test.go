package sheet

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzReadCSV and FuzzReadYAML feed arbitrary bytes to the sheet reader:
// it must return a batch or an error, never panic, and a batch it returns
// must be valid.
//
//	go test ./loader/sheet -run '^$' -fuzz FuzzReadCSV -fuzztime 2m
func FuzzReadCSV(f *testing.F) {
	fuzzSheet(f, "fuzz.csv", "actors.csv", "bad-cells.csv", "bad-quote.csv")
}

// go test ./loader/sheet -run '^$' -fuzz FuzzReadYAML -fuzztime 2m
func FuzzReadYAML(f *testing.F) {
	fuzzSheet(f, "fuzz.yaml", "actors.yaml", "list.yaml", "bad-syntax.yaml")
}

func fuzzSheet(f *testing.F, path string, seeds ...string) {
	for _, name := range seeds {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		b, _, err := Read(path, data)
		if err != nil {
			return
		}
		if err := b.Validate(); err != nil {
			t.Fatalf("got an invalid batch: %v", err)
		}
	})
}
