package identity_test

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/memory"
	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
	"github.com/actorgraph/actorgraph/loader/identity"
	"github.com/actorgraph/actorgraph/queries"
)

// sharedData returns the paths of ATT&CK Enterprise, the MISP galaxy and
// the seed articles, skipping the test when they are absent.
func sharedData(t *testing.T) []string {
	t.Helper()
	root := filepath.Join("..", "..", "..", "shared")
	paths := []string{
		filepath.Join(root, "data", "enterprise-attack.json"),
		filepath.Join(root, "data", "misp-galaxy-threat-actor.json"),
		filepath.Join(root, "seeds"),
	}
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			t.Skipf("shared data absent (%s): %v", p, err)
		}
	}
	return paths
}

// TestRealData is the acceptance scenario: ATT&CK Enterprise, the
// MISP galaxy and the seed articles loaded together give one node for
// APT40 / Leviathan / TEMP.Periscope, with the seeds' Cambodian victims and
// MISP's suspected victims.
func TestRealData(t *testing.T) {
	paths := sharedData(t)
	if testing.Short() {
		t.Skip("reads 40 MB of shared data")
	}
	ctx := context.Background()
	for _, prefer := range []string{"misp", "mitre", "fireeye", "microsoft"} {
		t.Run(prefer, func(t *testing.T) {
			s := memory.New()
			start := time.Now()
			sum, err := loader.Load(ctx, s, paths, loader.Options{Prefer: prefer})
			if err != nil {
				t.Fatal(err)
			}
			c, _ := s.Counts(ctx)
			t.Logf("%s: %d nodes, %d edges, %d files in %s; merged %d records, %d conflicts", prefer, c.Nodes, c.Edges, len(sum.Files), time.Since(start).Round(time.Millisecond), sum.Resolution.Merged, len(sum.Resolution.Conflicts))
			var answers []string
			for _, name := range []string{"TEMP.Periscope", "APT40", "Leviathan"} {
				sg, err := queries.Run(ctx, s, "victims-of", []string{name}, queries.Options{})
				if err != nil {
					t.Fatalf("victims-of %s: %v", name, err)
				}
				var actors []graph.Node
				for _, n := range sg.Nodes {
					if n.Kind == graph.ThreatActor {
						actors = append(actors, n)
					}
				}
				if len(actors) != 1 {
					t.Fatalf("victims-of %s: got %d actors, want 1: %v", name, len(actors), actors)
				}
				a := actors[0]
				if a.ID != "threatactor:apt40" {
					t.Errorf("victims-of %s: got id %s, want threatactor:apt40", name, a.ID)
				}
				all := strings.Join(a.Names(), "|")
				for _, want := range []string{"APT40", "Leviathan", "TEMP.Periscope"} {
					if !strings.Contains(all, want) {
						t.Errorf("victims-of %s: names %s lack %s", name, all, want)
					}
				}
				answers = append(answers, shape(sg))
				checkEvidence(t, sg, a.ID)
			}
			for i := 1; i < len(answers); i++ {
				if answers[i] != answers[0] {
					t.Errorf("victims-of gives different answers for different names:\n%s\n---\n%s", answers[0], answers[i])
				}
			}
			sg, err := queries.Run(ctx, s, "who-targeted", []string{"election commission"}, queries.Options{})
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, x := range sg.Nodes {
				if x.Kind == graph.ThreatActor {
					n++
				}
			}
			if n != 1 {
				t.Errorf("who-targeted election commission: got %d actors, want 1", n)
			}
		})
	}
}

func shape(sg graph.Subgraph) string {
	var lines []string
	for _, e := range sg.Edges {
		lines = append(lines, string(e.Type)+" "+e.Source+" "+e.Target)
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// checkEvidence wants the Cambodian victims from the seed articles and the
// suspected victim countries from MISP.
func checkEvidence(t *testing.T, sg graph.Subgraph, actor string) {
	t.Helper()
	from := map[string]map[string]bool{}
	for _, e := range sg.Edges {
		if e.Type != graph.Targeted || e.Source != actor {
			continue
		}
		from[e.Target] = map[string]bool{}
		for _, ev := range e.Evidence {
			from[e.Target][strings.SplitN(ev.Report.ID, ":", 2)[0]] = true
		}
	}
	for _, want := range []struct{ target, source string }{
		{"organization:national-election-commission", "report"},
		{"organization:ministry-of-foreign-affairs", "report"},
		{"country:cambodia", "misp-galaxy"},
		{"country:malaysia", "misp-galaxy"},
		{"country:united-states", "misp-galaxy"},
	} {
		if !from[want.target][want.source] {
			t.Errorf("no TARGETED %s with evidence from %s (have %v)", want.target, want.source, from[want.target])
		}
	}
}

// BenchmarkResolve resolves ATT&CK Enterprise, the MISP galaxy and the
// seeds (read once):
//
//	go test ./loader/identity -run '^$' -bench Resolve
func BenchmarkResolve(b *testing.B) {
	root := filepath.Join("..", "..", "..", "shared")
	paths := []string{filepath.Join(root, "data", "enterprise-attack.json"), filepath.Join(root, "data", "misp-galaxy-threat-actor.json"), filepath.Join(root, "seeds")}
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			b.Skipf("shared data absent: %v", err)
		}
	}
	files, err := loader.ReadAll(context.Background(), paths, loader.Options{})
	if err != nil {
		b.Fatal(err)
	}
	batches := make([]graph.Batch, len(files))
	for i, f := range files {
		batches[i] = f.Batch
	}
	g, err := gazetteer.Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		identity.Resolve(batches, identity.Options{Gazetteer: g})
	}
}
