package neo4j_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// These tests run the actorgraph program itself against the test server, as
// a user would, for what the store promises at the command line: a reload
// adds nothing, both stores draw the same answer, and ad-hoc Cypher cannot
// write without --write.

var (
	cliOnce sync.Once
	cliDir  string
	cliBin  string
	cliErr  error
)

// TestMain removes the program built for these tests once they have run.
func TestMain(m *testing.M) {
	code := m.Run()
	if cliDir != "" {
		os.RemoveAll(cliDir)
	}
	os.Exit(code)
}

// actorgraphBin builds cmd/actorgraph once for the test binary.
func actorgraphBin(t *testing.T) string {
	t.Helper()
	cliOnce.Do(func() {
		dir, err := os.MkdirTemp("", "actorgraph-cli-")
		if err != nil {
			cliErr = err
			return
		}
		cliDir = dir
		cliBin = filepath.Join(dir, "actorgraph")
		out, err := exec.Command("go", "build", "-o", cliBin, "../../cmd/actorgraph").CombinedOutput()
		if err != nil {
			cliErr = errors.New(string(out))
		}
	})
	if cliErr != nil {
		t.Fatalf("build actorgraph: %v", cliErr)
	}
	return cliBin
}

// userEnv is a clean environment for the program: the test server's
// settings, a private data directory and config directory.
type userEnv struct {
	dir string
	env []string
}

func newUserEnv(t *testing.T) userEnv {
	t.Helper()
	cfg := testConfig(t)
	dir := t.TempDir()
	env := []string{"PATH=" + os.Getenv("PATH"), "HOME=" + dir, "XDG_CONFIG_HOME=" + filepath.Join(dir, "config"),
		"ACTORGRAPH_DATA_DIR=" + filepath.Join(dir, "data"),
		"ACTORGRAPH_NEO4J_URI=" + cfg.URI, "ACTORGRAPH_NEO4J_USER=" + cfg.User, "ACTORGRAPH_NEO4J_PASSWORD=" + cfg.Password}
	if cfg.Database != "" {
		env = append(env, "ACTORGRAPH_NEO4J_DATABASE="+cfg.Database)
	}
	return userEnv{dir: dir, env: env}
}

func (u userEnv) run(t *testing.T, extraEnv []string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(actorgraphBin(t), args...)
	cmd.Dir = u.dir
	cmd.Env = append(append([]string{}, u.env...), extraEnv...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		code = ee.ExitCode()
	case err != nil:
		t.Fatalf("run actorgraph: %v", err)
	}
	return out.String(), errb.String(), code
}

func (u userEnv) neo4j(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	return u.run(t, []string{"ACTORGRAPH_STORE=neo4j"}, args...)
}

func examplesDir(t *testing.T) string {
	t.Helper()
	p, err := filepath.Abs("../../examples/reports")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// ok runs the program on store ("neo4j" or "memory") and fails the test
// unless it exits 0; it returns stdout.
func (u userEnv) ok(t *testing.T, store string, args ...string) string {
	t.Helper()
	out, stderr, code := u.run(t, []string{"ACTORGRAPH_STORE=" + store}, args...)
	if code != 0 {
		t.Fatalf("%s %s: exit %d, stderr %q", store, strings.Join(args, " "), code, stderr)
	}
	return out
}

func TestCLILoadExamplesTwiceSameCounts(t *testing.T) {
	openStore(t) // empties the database now and after the test
	u := newUserEnv(t)
	u.ok(t, "neo4j", "load", examplesDir(t))
	once := u.ok(t, "neo4j", "stats", "--format", "json")
	second := u.ok(t, "neo4j", "load", examplesDir(t))
	twice := u.ok(t, "neo4j", "stats", "--format", "json")
	if once != twice {
		t.Errorf("counts after two loads differ from one load:\nonce  %s\ntwice %s", once, twice)
	}
	for _, want := range []string{"entities:      0 created, 0 updated", "relationships: 0 created, 0 updated"} {
		if !strings.Contains(second, want) {
			t.Errorf("second load summary %q lacks %q", second, want)
		}
	}
	var c struct{ Nodes, Edges, Reports int }
	if err := json.Unmarshal([]byte(once), &c); err != nil || c.Nodes == 0 || c.Edges == 0 || c.Reports == 0 {
		t.Errorf("got counts %+v (%v), want the samples loaded", c, err)
	}
}

func TestCLIBothStoresDrawTheSameGraph(t *testing.T) {
	openStore(t)
	u := newUserEnv(t)
	u.ok(t, "neo4j", "load", examplesDir(t))
	u.ok(t, "memory", "load", examplesDir(t))
	questions := [][]string{
		{"who-targeted", "election commission"},
		{"victims-of", "TEMP.Periscope"},
		{"victims-of", "Sandworm"},
		{"neighborhood", "APT28", "--depth", "2"},
		{"path", "Sandworm", "Russia"},
	}
	for _, q := range questions {
		for _, format := range []string{"dot", "json"} {
			args := append(append([]string{"query"}, q...), "--format", format)
			fromNeo4j := u.ok(t, "neo4j", args...)
			fromMemory := u.ok(t, "memory", args...)
			if fromNeo4j != fromMemory {
				t.Errorf("%s: Neo4j and the embedded store answer differently:\nneo4j:\n%s\nmemory:\n%s", strings.Join(args, " "), fromNeo4j, fromMemory)
			}
			if format == "dot" && !strings.Contains(fromNeo4j, "digraph") {
				t.Errorf("%s: got %q, want a DOT graph", strings.Join(args, " "), fromNeo4j)
			}
		}
	}
	// The drawings themselves: the same SVG bytes.
	svgN := filepath.Join(u.dir, "neo4j.svg")
	svgM := filepath.Join(u.dir, "memory.svg")
	u.ok(t, "neo4j", "query", "who-targeted", "election commission", "-o", svgN)
	u.ok(t, "memory", "query", "who-targeted", "election commission", "-o", svgM)
	a, errA := os.ReadFile(svgN)
	b, errB := os.ReadFile(svgM)
	if errA != nil || errB != nil || !bytes.Equal(a, b) || !bytes.Contains(a, []byte("National Election Commission")) {
		t.Errorf("the two stores drew different SVGs (%d and %d bytes; %v %v)", len(a), len(b), errA, errB)
	}
}

func TestCLICypherRefusesWritesWithoutFlag(t *testing.T) {
	openStore(t)
	u := newUserEnv(t)
	u.ok(t, "neo4j", "load", examplesDir(t))
	before := u.ok(t, "neo4j", "stats", "--format", "json")
	_, stderr, code := u.neo4j(t, "cypher", "MATCH (n) DETACH DELETE n")
	if code != 6 || !strings.Contains(stderr, "--write") || strings.Count(strings.TrimSpace(stderr), "\n") != 0 {
		t.Errorf("got exit %d, stderr %q; want exit 6 and one line pointing at --write", code, stderr)
	}
	if after := u.ok(t, "neo4j", "stats", "--format", "json"); after != before {
		t.Errorf("a refused write changed the store:\nbefore %s\nafter  %s", before, after)
	}
	out := u.ok(t, "neo4j", "cypher", "MATCH (a:ThreatActor)-[r:TARGETED]->(v) WHERE a.name = $name RETURN v.name AS victim ORDER BY victim", "--param", "name=APT40", "--format", "csv")
	if !strings.HasPrefix(out, "victim\n") || !strings.Contains(out, "National Election Commission") {
		t.Errorf("read query: got %q, want a CSV of APT40's victims", out)
	}
	u.ok(t, "neo4j", "cypher", "MATCH (n) DETACH DELETE n", "--write")
	var c struct{ Nodes int }
	if err := json.Unmarshal([]byte(u.ok(t, "neo4j", "stats", "--format", "json")), &c); err != nil || c.Nodes != 0 {
		t.Errorf("after --write: %d nodes (%v), want 0", c.Nodes, err)
	}
}

func TestCLIWrongPasswordOneLine(t *testing.T) {
	openStore(t)
	u := newUserEnv(t)
	_, stderr, code := u.run(t, []string{"ACTORGRAPH_STORE=neo4j", "ACTORGRAPH_NEO4J_PASSWORD=not-the-password-42"}, "stats")
	if code != 5 {
		t.Errorf("got exit %d, want 5 (store unavailable)", code)
	}
	if strings.Contains(stderr, "not-the-password-42") || strings.Count(strings.TrimSpace(stderr), "\n") != 0 || !strings.Contains(stderr, "authentication") {
		t.Errorf("got stderr %q, want one line about authentication without the password", stderr)
	}
}

// TestCLIOneActorAcrossSources loads ATT&CK Enterprise, the MISP galaxy and
// the seed articles into Neo4j and into the embedded store: TEMP.Periscope,
// APT40 and Leviathan name one actor on both, with the same answer.
func TestCLIOneActorAcrossSources(t *testing.T) {
	shared, err := filepath.Abs("../../../shared")
	if err != nil {
		t.Fatal(err)
	}
	sources := []string{filepath.Join(shared, "data", "enterprise-attack.json"), filepath.Join(shared, "data", "misp-galaxy-threat-actor.json"), filepath.Join(shared, "seeds")}
	for _, p := range sources {
		if _, err := os.Stat(p); err != nil {
			t.Skipf("%s not present: %v", p, err)
		}
	}
	openStore(t)
	u := newUserEnv(t)
	summary := u.ok(t, "neo4j", append([]string{"load"}, sources...)...)
	for _, want := range []string{"intrusion-set", "revoked", "deprecated"} {
		if !strings.Contains(summary, want) {
			t.Errorf("the load summary does not count %q objects:\n%s", want, summary)
		}
	}
	u.ok(t, "memory", append([]string{"load"}, sources...)...)

	type answer struct {
		Matched []string `json:"matched"`
		Nodes   []struct {
			ID, Kind, Name string
			Aliases        []string
		} `json:"nodes"`
		Edges []json.RawMessage `json:"edges"`
	}
	var first string
	for _, name := range []string{"TEMP.Periscope", "APT40", "Leviathan"} {
		for _, store := range []string{"neo4j", "memory"} {
			out := u.ok(t, store, "query", "victims-of", name, "--format", "json")
			var a answer
			if err := json.Unmarshal([]byte(out), &a); err != nil {
				t.Fatalf("%s victims-of %s: %v", store, name, err)
			}
			var actors []string
			for _, n := range a.Nodes {
				if n.Kind == "ThreatActor" {
					actors = append(actors, n.Name)
					joined := "|" + strings.Join(n.Aliases, "|") + "|" + n.Name + "|"
					for _, alias := range []string{"APT40", "Leviathan", "TEMP.Periscope"} {
						if !strings.Contains(joined, "|"+alias+"|") {
							t.Errorf("%s victims-of %s: actor %s lacks the name %s", store, name, n.Name, alias)
						}
					}
				}
			}
			if len(actors) != 1 {
				t.Errorf("%s victims-of %s: got actors %v, want exactly one", store, name, actors)
			}
			body, _ := json.Marshal(a)
			if first == "" {
				first = string(body)
			} else if string(body) != first {
				t.Errorf("%s victims-of %s answers differently from the first answer", store, name)
			}
		}
	}
	out := u.ok(t, "neo4j", "query", "who-targeted", "election commission", "--format", "json")
	var w answer
	if err := json.Unmarshal([]byte(out), &w); err != nil {
		t.Fatal(err)
	}
	actors := 0
	for _, n := range w.Nodes {
		if n.Kind == "ThreatActor" {
			actors++
		}
	}
	if actors != 1 {
		t.Errorf("who-targeted election commission on Neo4j: %d actors, want the one actor once", actors)
	}
}
