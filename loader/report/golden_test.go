package report

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestSamplesGolden extracts every sample report in examples/reports and
// compares the batch with testdata/<file>.golden.json.
func TestSamplesGolden(t *testing.T) {
	root := repoRoot(t)
	dir := filepath.Join(root, "examples", "reports")
	files, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	g := defaultGazetteer(t)
	n := 0
	for _, f := range files {
		name := f.Name()
		switch strings.ToLower(filepath.Ext(name)) {
		case ".md", ".txt", ".html":
		default:
			continue
		}
		n++
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			// A path relative to the repository keeps the golden files portable.
			b, err := Read(filepath.ToSlash(filepath.Join("examples", "reports", name)), data, g)
			if err != nil {
				t.Fatal(err)
			}
			if os.Getenv("ACTORGRAPH_PRINT") != "" {
				for _, l := range describe(b) {
					t.Log(l)
				}
			}
			got, err := json.MarshalIndent(b, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", name+".golden.json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("read golden file (run go test ./loader/report -run TestSamplesGolden -update): %v", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("batch differs from %s (run with -update to accept):\ngot:\n%s", golden, got)
			}
		})
	}
	if n < 4 {
		t.Errorf("got %d sample reports, want at least 4", n)
	}
}
