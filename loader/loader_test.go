package loader_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/memory"
	"github.com/actorgraph/actorgraph/loader"
)

func write(t *testing.T, path, text string) string {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

const sheetHeader = "source,source_kind,type,target,target_kind,report,quote\n"

func actorNames(t *testing.T, s *memory.Store) map[string]string {
	t.Helper()
	nodes, err := s.Entities(context.Background(), []graph.Kind{graph.ThreatActor})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, n := range nodes {
		out[n.ID] = n.Name
	}
	return out
}

// TestLoadRebuilds: a changed naming convention or curation file rebuilds
// the store from every recorded source; removing a curation line undoes it.
func TestLoadRebuilds(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	a := write(t, filepath.Join(dir, "a.csv"), sheetHeader+"Leviathan,threat actor,targeted,Example Ministry,organization,Sheet A,Leviathan hit the Example Ministry.\n")
	b := write(t, filepath.Join(dir, "b.csv"), sheetHeader+"APT40,threat actor,targeted,Example Port,organization,Sheet B,APT40 hit the Example Port.\n")
	cur := filepath.Join(dir, "curation.yaml")
	s, err := memory.Open(filepath.Join(dir, "graph.json"))
	if err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		name     string
		paths    []string
		opt      loader.Options
		curation string // written before the step when not ""
		rebuilt  string
		actors   map[string]string
	}{
		{"first load", []string{a}, loader.Options{}, "", "",
			map[string]string{"threatactor:apt40": "APT40"}},
		{"another convention", []string{b}, loader.Options{Prefer: "mitre"}, "", "naming convention changed from misp to mitre",
			map[string]string{"threatactor:apt40": "Leviathan"}},
		{"same again", []string{b}, loader.Options{Prefer: "mitre"}, "", "",
			map[string]string{"threatactor:apt40": "Leviathan"}},
		{"a split", []string{b}, loader.Options{Prefer: "mitre", Curation: cur}, "split:\n  - {name: Leviathan, from: APT40}\n", "curation file added",
			map[string]string{"threatactor:apt40": "APT40", "threatactor:leviathan": "Leviathan"}},
		{"the split line removed", []string{b}, loader.Options{Prefer: "mitre", Curation: cur}, "# nothing\n", "curation file changed",
			map[string]string{"threatactor:apt40": "Leviathan"}},
		{"asked", nil, loader.Options{Prefer: "mitre", Curation: cur, Rebuild: true}, "", "asked to rebuild",
			map[string]string{"threatactor:apt40": "Leviathan"}},
	}
	for _, st := range steps {
		if st.curation != "" {
			write(t, cur, st.curation)
		}
		paths := st.paths
		if paths == nil {
			paths = []string{b}
		}
		sum, err := loader.Load(ctx, s, paths, st.opt)
		if err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		if !strings.Contains(sum.Rebuilt, st.rebuilt) || (st.rebuilt == "") != (sum.Rebuilt == "") {
			t.Errorf("%s: rebuilt %q, want %q", st.name, sum.Rebuilt, st.rebuilt)
		}
		if got := actorNames(t, s); !equalMaps(got, st.actors) {
			t.Errorf("%s: actors %v, want %v", st.name, got, st.actors)
		}
		if c, _ := s.Counts(ctx); c.Reports != 2 && st.name != "first load" {
			t.Errorf("%s: %d reports in the store, want both sheets", st.name, c.Reports)
		}
	}
	// A split sends what a source said under the name to the split entity.
	write(t, cur, "split:\n  - {name: Leviathan, from: APT40}\n")
	if _, err := loader.Load(ctx, s, []string{b}, loader.Options{Curation: cur}); err != nil {
		t.Fatal(err)
	}
	sg, err := s.Expand(ctx, []string{"threatactor:leviathan"}, graph.Out, nil)
	if err != nil || len(sg.Edges) != 1 || sg.Edges[0].Target != "organization:example-ministry" {
		t.Errorf("edges of the split entity: got %v, %v, want the one sheet A states", sg.Edges, err)
	}
	// A recorded source that is gone stops a rebuild before anything changes.
	before, _ := s.Counts(ctx)
	if err := os.Remove(a); err != nil {
		t.Fatal(err)
	}
	_, err = loader.Load(ctx, s, []string{b}, loader.Options{Rebuild: true})
	if !errors.Is(err, graph.ErrInvalid) || !strings.Contains(err.Error(), a) {
		t.Errorf("rebuild without a recorded source: got %v, want an error naming %s", err, a)
	}
	if after, _ := s.Counts(ctx); after.Nodes != before.Nodes || after.Edges != before.Edges {
		t.Errorf("a failed rebuild changed the store: %+v, was %+v", after, before)
	}
}

func equalMaps(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestLoadOptionErrors(t *testing.T) {
	dir := t.TempDir()
	a := write(t, filepath.Join(dir, "a.csv"), sheetHeader+"APT40,threat actor,targeted,Example Port,organization,Sheet,APT40 hit the Example Port.\n")
	bad := write(t, filepath.Join(dir, "cur.yaml"), "merge:\n  - {into: A, form: B}\n")
	ctx := context.Background()
	if _, err := loader.Load(ctx, memory.New(), []string{a}, loader.Options{Prefer: "nobody"}); !errors.Is(err, graph.ErrInvalid) || !strings.Contains(err.Error(), "names.prefer") {
		t.Errorf("unknown convention: got %v", err)
	}
	_, err := loader.Load(ctx, memory.New(), []string{a}, loader.Options{Curation: bad})
	var ie *graph.InputError
	if !errors.As(err, &ie) || ie.File != bad || ie.Line != 2 || ie.Field != "merge.form" {
		t.Errorf("bad curation file: got %v, want an input error at %s:2 field merge.form", err, bad)
	}
	// ReadAll keeps its contract and resolves too.
	files, err := loader.ReadAll(ctx, []string{a}, loader.Options{Prefer: "mitre"})
	if err != nil || len(files) != 1 {
		t.Fatalf("ReadAll: %v", err)
	}
	for _, n := range files[0].Batch.Nodes {
		if n.Kind == graph.ThreatActor && (n.ID != "threatactor:apt40" || n.Name != "Leviathan") {
			t.Errorf("ReadAll: actor %s named %q, want threatactor:apt40 named Leviathan", n.ID, n.Name)
		}
	}
}

// TestRebuildKeepsUnrecordedReports: a store loaded without recorded
// sources is not cleared by a rebuild that cannot load them again.
func TestRebuildKeepsUnrecordedReports(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	a := write(t, filepath.Join(dir, "a.csv"), sheetHeader+"APT40,threat actor,targeted,Example Port,organization,Sheet A,APT40 hit the Example Port.\n")
	b := write(t, filepath.Join(dir, "b.csv"), sheetHeader+"APT28,threat actor,targeted,Example Office,organization,Sheet B,APT28 hit the Example Office.\n")
	s := memory.New()
	// An older program loaded a: applied without metadata.
	files, err := loader.ReadAll(ctx, []string{a}, loader.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := loader.Apply(ctx, s, files, loader.Options{}); err != nil {
		t.Fatal(err)
	}
	if _, err := loader.Load(ctx, s, []string{b}, loader.Options{}); err != nil {
		t.Fatal(err)
	}
	_, err = loader.Load(ctx, s, []string{b}, loader.Options{Prefer: "mitre"})
	if !errors.Is(err, graph.ErrInvalid) || !strings.Contains(err.Error(), "a.csv") {
		t.Fatalf("rebuild that would lose a.csv: got %v", err)
	}
	if c, _ := s.Counts(ctx); c.Reports != 2 {
		t.Errorf("reports after the refused rebuild: got %d, want 2", c.Reports)
	}
	sum, err := loader.Load(ctx, s, []string{a}, loader.Options{Prefer: "mitre", Rebuild: true})
	if err != nil || sum.Rebuilt == "" {
		t.Fatalf("rebuild naming a.csv: %v, rebuilt %q", err, sum.Rebuilt)
	}
	if c, _ := s.Counts(ctx); c.Reports != 2 {
		t.Errorf("reports after the rebuild: got %d, want 2", c.Reports)
	}
}
