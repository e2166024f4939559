package stix

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzRead feeds arbitrary bytes to the STIX reader: it must return a batch
// or an error, never panic, and a batch it returns must be valid.
//
//	go test ./loader/stix -run '^$' -fuzz FuzzRead -fuzztime 2m
func FuzzRead(f *testing.F) {
	for _, name := range []string{"bundle21.json", "attack20.json", "bad-type.json", "bad-truncated.json"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"type":"bundle","objects":[{"type":"relationship","source_ref":"x","target_ref":"y"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, _, err := Read("fuzz.json", data)
		if err != nil {
			return
		}
		if err := b.Validate(); err != nil {
			t.Fatalf("got an invalid batch: %v", err)
		}
	})
}
