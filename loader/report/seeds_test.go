package report

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// repoRoot walks up from the test's directory to the folder holding go.mod.
func repoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the test directory")
		}
		dir = parent
	}
}

func seedsDir(t testing.TB) string {
	t.Helper()
	dir := filepath.Join(repoRoot(t), "..", "shared", "seeds")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("seed reports not available (%s): %v", dir, err)
	}
	return dir
}

func defaultGazetteer(t testing.TB) *gazetteer.Gazetteer {
	t.Helper()
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// describe renders a batch's edges as "TYPE source -> target [rule]" lines.
func describe(b graph.Batch) []string {
	names := map[string]string{}
	for _, n := range b.Nodes {
		names[n.ID] = n.Name
	}
	var out []string
	for _, e := range b.Edges {
		var rules []string
		for _, ev := range e.Evidence {
			rules = append(rules, ev.Rule)
		}
		line := fmt.Sprintf("%s %s -> %s [%s]", e.Type, names[e.Source], names[e.Target], strings.Join(rules, ","))
		if os.Getenv("ACTORGRAPH_PRINT") == "3" {
			for _, ev := range e.Evidence {
				line += "\n        " + ev.Sentence
			}
		}
		out = append(out, line)
	}
	sort.Strings(out)
	return out
}

func readSeed(t *testing.T, name string) graph.Batch {
	t.Helper()
	dir := seedsDir(t)
	path := filepath.Join(dir, name)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Read(path, data, defaultGazetteer(t))
	if err != nil {
		t.Fatalf("read %s: %v", name, err)
	}
	if os.Getenv("ACTORGRAPH_PRINT") != "" {
		for _, l := range describe(b) {
			t.Log(l)
		}
	}
	return b
}

func TestSeedsPrint(t *testing.T) {
	if os.Getenv("ACTORGRAPH_PRINT") == "" {
		t.Skip("set ACTORGRAPH_PRINT=1 to print the seeds' relationships")
	}
	for _, name := range []string{"000_3f62dd09504af792.txt", "003_434e448a60bd7af0.txt"} {
		t.Run(name, func(t *testing.T) {
			b := readSeed(t, name)
			if os.Getenv("ACTORGRAPH_PRINT") == "2" {
				doc, _ := Parse(name, mustRead(t, filepath.Join(seedsDir(t), name)))
				for _, s := range SplitSentences(doc.Text, nil) {
					t.Logf("SENT %q", s.Text)
				}
			}
			_ = b
		})
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
