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

// hasEdge reports whether b has an edge of type t from the node with id
// from to the node with id to.
func hasEdge(b graph.Batch, t graph.RelType, from, to string) bool {
	for _, e := range b.Edges {
		if e.Type == t && e.Source == from && e.Target == to {
			return true
		}
	}
	return false
}

func nodeByID(b graph.Batch, id string) (graph.Node, bool) {
	for _, n := range b.Nodes {
		if n.ID == id {
			return n, true
		}
	}
	return graph.Node{}, false
}

// checkNegatives asserts what extraction must never produce.
func checkNegatives(t *testing.T, b graph.Batch) {
	t.Helper()
	kinds := map[string]graph.Kind{}
	for _, n := range b.Nodes {
		kinds[n.ID] = n.Kind
		switch graph.Normalize(n.Name) {
		case "hackers", "attackers", "victims", "organizations", "targets", "hacking group", "group", "chinese hackers":
			t.Errorf("got a %s node named %q, want no node for a generic word", n.Kind, n.Name)
		}
	}
	for _, e := range b.Edges {
		switch e.Type {
		case graph.Targeted, graph.AttributedTo, graph.Uses:
			if kinds[e.Source] != graph.ThreatActor {
				t.Errorf("got %s from %s (%s), want only threat actors as sources", e.Type, e.Source, kinds[e.Source])
			}
		}
		if kinds[e.Source] == graph.Report || kinds[e.Target] == graph.Report {
			t.Errorf("got edge %s touching a report node", e.Key())
		}
	}
}

func TestSeedCyberScoop(t *testing.T) {
	b := readSeed(t, "003_434e448a60bd7af0.txt")
	actor := graph.NodeID(graph.ThreatActor, "APT40")
	n, ok := nodeByID(b, actor)
	if !ok {
		t.Fatalf("got no node %s, want TEMP.Periscope resolved to the gazetteer's APT40", actor)
	}
	for _, alias := range []string{"TEMP.Periscope", "Leviathan"} {
		if graph.Match(alias, n) == 0 {
			t.Errorf("got aliases %v, want %s among them", n.Aliases, alias)
		}
	}
	for _, victim := range []string{"National Election Commission", "Cambodian Senate", "Ministry of the Interior",
		"Ministry of Foreign Affairs", "Ministry of Economics and Finance", "Cambodia National Rescue Party"} {
		if !hasEdge(b, graph.Targeted, actor, graph.NodeID(graph.Organization, victim)) {
			t.Errorf("got no TARGETED %s, want one", victim)
		}
	}
	if !hasEdge(b, graph.AttributedTo, actor, graph.NodeID(graph.Country, "China")) {
		t.Error("got no ATTRIBUTED_TO China, want one")
	}
	uses := false
	for _, k := range []graph.Kind{graph.Tool, graph.Malware} {
		uses = uses || hasEdge(b, graph.Uses, actor, graph.NodeID(k, "SCANBOX"))
	}
	if !uses {
		t.Error("got no USES SCANBOX, want one")
	}
	if hasEdge(b, graph.Uses, actor, graph.NodeID(graph.Malware, "Sen")) {
		t.Error("got USES Sen, want none (\"its use of Sen\" is no software)")
	}
	if !hasEdge(b, graph.LocatedIn, graph.NodeID(graph.Organization, "National Election Commission"), graph.NodeID(graph.Country, "Cambodia")) {
		t.Error("got no LOCATED_IN Cambodia for the National Election Commission, want one")
	}
	checkNegatives(t, b)
	for _, e := range b.Edges {
		for _, ev := range e.Evidence {
			if ev.Report.Date != "2018-07-11" || ev.Report.ID == "" || ev.Sentence == "" || ev.Rule == "" || ev.Confidence <= 0 || ev.Confidence > 1 {
				t.Errorf("got evidence %+v, want report date 2018-07-11, a sentence, a rule and a confidence in (0,1]", ev)
			}
		}
	}
}

func TestSeedDiplomat(t *testing.T) {
	b := readSeed(t, "000_3f62dd09504af792.txt")
	actor := graph.NodeID(graph.ThreatActor, "APT40")
	for _, victim := range []string{"National Election Committee", "Cambodian Senate", "Licadho"} {
		if !hasEdge(b, graph.Targeted, actor, graph.NodeID(graph.Organization, victim)) {
			t.Errorf("got no TARGETED %s, want one", victim)
		}
	}
	if !hasEdge(b, graph.Targeted, actor, graph.NodeID(graph.Sector, "Maritime")) {
		t.Error("got no TARGETED Maritime, want one")
	}
	if !hasEdge(b, graph.AttributedTo, actor, graph.NodeID(graph.Country, "China")) {
		t.Error("got no ATTRIBUTED_TO China, want one")
	}
	// "previously targeted by hackers in Vietnam" names no actor of ours.
	for _, bad := range []string{graph.NodeID(graph.Organization, "Phnom Penh Post"), graph.NodeID(graph.Country, "Vietnam"),
		graph.NodeID(graph.Country, "United States")} {
		if hasEdge(b, graph.Targeted, actor, bad) {
			t.Errorf("got TARGETED %s, want none", bad)
		}
	}
	checkNegatives(t, b)
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
