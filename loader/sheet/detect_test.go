package sheet

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/loader/misp"
	"github.com/actorgraph/actorgraph/loader/stix"
)

// TestDetectFormats checks that the three structured formats never claim
// each other's files: each test file of the three packages (and the shared
// data, when present) is recognized by its own reader only.
func TestDetectFormats(t *testing.T) {
	detect := map[string]func([]byte) bool{"stix": stix.Detect, "misp": misp.Detect, "sheet": Detect}
	files := map[string]string{} // path -> format
	for format, glob := range map[string]string{"stix": "../stix/testdata/*.json", "misp": "../misp/testdata/*.json",
		"sheet": "testdata/*"} {
		matches, err := filepath.Glob(glob)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range matches {
			base := filepath.Base(m)
			if strings.HasPrefix(base, "bad-") || strings.Contains(base, ".golden.") {
				continue
			}
			files[m] = format
		}
	}
	for name, format := range map[string]string{"enterprise-attack.json": "stix", "ics-attack.json": "stix",
		"misp-galaxy-threat-actor.json": "misp", "captier.jsonl": ""} {
		if p := filepath.Join("..", "..", "..", "shared", "data", name); fileExists(p) {
			files[p] = format
		}
	}
	// The seed articles are reports: none of the three may claim them.
	seeds, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "seeds", "*"))
	for _, p := range seeds {
		if info, err := os.Stat(p); err == nil && !info.IsDir() {
			files[p] = ""
		}
	}
	if len(files) < 8 {
		t.Fatalf("found %d test files, want at least 8", len(files))
	}
	for path, want := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for format, fn := range detect {
			if got := fn(data); got != (format == want) {
				t.Errorf("%s.Detect(%s): got %v, want %v", format, path, got, format == want)
			}
		}
	}
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
