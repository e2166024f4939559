package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedDataFile returns a file of ../shared/data, skipping when absent.
func sharedDataFile(t *testing.T, name string) string {
	t.Helper()
	p := filepath.Join(repoRoot, "..", "shared", "data", name)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared data not present at %s", p)
	}
	return p
}

// TestIdentityEndToEnd is the acceptance scenario: ATT&CK Enterprise, the
// MISP galaxy and the seed articles loaded into the store give one actor
// for TEMP.Periscope, APT40 and Leviathan; a split in the curation file
// takes effect on the next load and is undone by removing the line.
func TestIdentityEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("loads 40 MB of shared data")
	}
	dir := isolate(t)
	seeds := seedsDir(t)
	attack := sharedDataFile(t, "enterprise-attack.json")
	misp := sharedDataFile(t, "misp-galaxy-threat-actor.json")
	data := filepath.Join(dir, "data")
	out, errs, code := runCLI(t, data, "load", attack, misp, seeds)
	if code != 0 {
		t.Fatalf("load: exit %d: %s", code, errs)
	}
	for _, want := range []string{"loaded:  campaign", "intrusion-set 172", "skipped: attack-pattern", "skipped because:", "identities:"} {
		if !strings.Contains(out, want) {
			t.Errorf("load summary lacks %q:\n%s", want, out)
		}
	}
	var answers []string
	for _, name := range []string{"TEMP.Periscope", "APT40", "Leviathan"} {
		out, errs, code := runCLI(t, data, "query", "victims-of", name, "--format", "json")
		if code != 0 {
			t.Fatalf("victims-of %s: exit %d: %s", name, code, errs)
		}
		var sg struct {
			Nodes []struct{ ID, Kind, Name string } `json:"nodes"`
			Edges []struct{ Type, Source, Target string }
		}
		if err := json.Unmarshal([]byte(out), &sg); err != nil {
			t.Fatal(err)
		}
		var actors []string
		for _, n := range sg.Nodes {
			if n.Kind == "ThreatActor" {
				actors = append(actors, n.ID)
			}
		}
		if len(actors) != 1 || actors[0] != "threatactor:apt40" {
			t.Errorf("victims-of %s: actors %v, want [threatactor:apt40]", name, actors)
		}
		b, _ := json.Marshal(sg.Edges)
		answers = append(answers, string(b))
	}
	if answers[0] != answers[1] || answers[0] != answers[2] {
		t.Error("victims-of TEMP.Periscope, APT40 and Leviathan give different answers")
	}
	out, _, code = runCLI(t, data, "query", "who-targeted", "election commission")
	if code != 0 || strings.Count(out, "APT40 -[TARGETED") != 1 {
		t.Errorf("who-targeted election commission: exit %d, want APT40 once:\n%s", code, out)
	}
	out, _, code = runCLI(t, data, "aliases", "show", "TEMP.Periscope")
	if code != 0 || !strings.Contains(out, "APT40 (display)") || !strings.Contains(out, "mitre-attack:G0065") || !strings.Contains(out, "FireEye") {
		t.Errorf("aliases show: exit %d:\n%s", code, out)
	}
	out, _, code = runCLI(t, data, "aliases", "conflicts", "--limit", "3")
	if code != 0 || !strings.Contains(out, "Gazetteer:") || !strings.Contains(out, "DNSMessenger") {
		t.Errorf("aliases conflicts: exit %d:\n%s", code, out)
	}
	out, _, code = runCLI(t, data, "dedupe")
	if code != 0 || !strings.Contains(out, `  - {kind: Organization, into: "National Election Commission", from: ["National Election Committee"]}`) {
		t.Errorf("dedupe: exit %d:\n%s", code, out)
	}
	// The convention changes names, never ids, and rebuilds the store.
	out, _, code = runCLI(t, data, "--prefer-names", "microsoft", "load", seeds)
	if code != 0 || !strings.Contains(out, "rebuilt") || !strings.Contains(out, "from misp to microsoft") {
		t.Errorf("load with another convention: exit %d:\n%s", code, out)
	}
	out, _, _ = runCLI(t, data, "query", "search", "APT40")
	if !strings.Contains(out, "Gingham Typhoon") || !strings.Contains(out, "threatactor:apt40") {
		t.Errorf("search after the convention change:\n%s", out)
	}
	// A split, then its undo.
	cur := filepath.Join(dir, "curation.yaml")
	if err := os.WriteFile(cur, []byte("split:\n  - {name: Leviathan, from: APT40}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, code = runCLI(t, data, "--curation", cur, "load", seeds)
	if code != 0 || !strings.Contains(out, "curation file added") {
		t.Errorf("load with a split: exit %d:\n%s", code, out)
	}
	out, _, _ = runCLI(t, data, "aliases", "show", "Leviathan")
	if !strings.Contains(out, "id threatactor:leviathan") || strings.Contains(out, "id threatactor:apt40") {
		t.Errorf("after the split, Leviathan is its own entity:\n%s", out)
	}
	if err := os.WriteFile(cur, []byte("split: []\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, code = runCLI(t, data, "--curation", cur, "load", seeds)
	if code != 0 || !strings.Contains(out, "curation file changed") {
		t.Errorf("load without the split: exit %d:\n%s", code, out)
	}
	out, _, _ = runCLI(t, data, "aliases", "show", "Leviathan")
	if !strings.Contains(out, "id threatactor:apt40") || strings.Contains(out, "id threatactor:leviathan") {
		t.Errorf("after removing the split line, Leviathan is APT40 again:\n%s", out)
	}
}

func TestAliasesUsage(t *testing.T) {
	isolate(t)
	data := t.TempDir()
	for _, args := range [][]string{{"aliases"}, {"aliases", "nope"}, {"aliases", "show"}, {"aliases", "conflicts", "--format", "xml"}, {"dedupe", "extra"}} {
		if _, _, code := runCLI(t, data, args...); code != exitUsage {
			t.Errorf("%v: exit %d, want %d", args, code, exitUsage)
		}
	}
	cur := filepath.Join(t.TempDir(), "cur.yaml")
	if err := os.WriteFile(cur, []byte("rename:\n  - {entity: A}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errs, code := runCLI(t, data, "--curation", cur, "load", repoPath(t, "examples/reports"))
	if code != exitInvalid || !strings.Contains(errs, cur+":2: field rename.name") {
		t.Errorf("bad curation file: exit %d, stderr %q", code, errs)
	}
}
