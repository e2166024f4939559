package report_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/loader/gazetteer"
	"github.com/actorgraph/actorgraph/loader/report"
)

// FuzzRead feeds arbitrary text to the report reader with the built-in
// gazetteer: whatever the text, reading must not panic, and a batch it
// returns without an error must be valid. The seeds are the development
// reports cut into their paragraphs, and sentences that once crashed a rule.
//
//	go test ./loader/report -run '^$' -fuzz FuzzRead -fuzztime 5m
func FuzzRead(f *testing.F) {
	g, err := gazetteer.Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		"Targets include at least one manufacturer of precision-guided missile systems.",
		"Hit by LockBit.",
		"- , ; : — ( ) \" ' 's",
		"",
	} {
		f.Add(s)
	}
	dir := filepath.Join(repoRoot(f), "loader", "report", "testdata", "dev")
	entries, err := os.ReadDir(dir)
	if err != nil {
		f.Fatal(err)
	}
	for _, e := range entries {
		if filepath.Ext(e.Name()) != ".md" && filepath.Ext(e.Name()) != ".txt" {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(data))
	}
	f.Fuzz(func(t *testing.T, text string) {
		b, err := report.Read("fuzz.txt", []byte("Fuzzed report\n\n"+text), g)
		if err != nil {
			return // bad input is reported, not read
		}
		if err := b.Validate(); err != nil {
			t.Fatalf("got an invalid batch: %v", err)
		}
	})
}
