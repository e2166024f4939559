package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/pflag"
)

// runCLI runs the program in-process with a private data directory and no
// config file or environment leaking in from the machine.
func runCLI(t *testing.T, dataDir string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	full := append([]string{"--data-dir", dataDir}, args...)
	code = run(context.Background(), full, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), code
}

// isolate clears ACTORGRAPH_* variables and moves to an empty directory so no
// actorgraph.yaml is picked up.
func isolate(t *testing.T) string {
	t.Helper()
	for _, kv := range os.Environ() {
		if k, _, _ := strings.Cut(kv, "="); strings.HasPrefix(k, "ACTORGRAPH_") {
			t.Setenv(k, "")
			os.Unsetenv(k)
		}
	}
	dir := t.TempDir()
	t.Chdir(dir)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(dir, "xdg"))
	return dir
}

func repoPath(t *testing.T, rel string) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join(repoRoot, rel))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// repoRoot is the repository root seen from this package's directory; it is
// resolved to an absolute path before any test changes directory.
var repoRoot = func() string {
	p, _ := filepath.Abs("../..")
	return p
}()

func TestConfigPrecedence(t *testing.T) {
	tests := []struct {
		name      string
		file      string
		env       map[string]string
		flags     []string
		wantTheme string
		wantStore string
		wantLimit int
	}{
		{name: "defaults", wantTheme: "light", wantStore: "memory", wantLimit: 1000},
		{name: "file", file: "render:\n  theme: print\ncypher:\n  limit: 7\n", wantTheme: "print", wantStore: "memory", wantLimit: 7},
		{name: "env over file", file: "render:\n  theme: print\n", env: map[string]string{"ACTORGRAPH_RENDER_THEME": "dark", "ACTORGRAPH_CYPHER_LIMIT": "9"}, wantTheme: "dark", wantStore: "memory", wantLimit: 9},
		{name: "flag over env", file: "render:\n  theme: print\n", env: map[string]string{"ACTORGRAPH_RENDER_THEME": "dark"}, flags: []string{"--theme", "light"}, wantTheme: "light", wantStore: "memory", wantLimit: 1000},
		{name: "store from env", env: map[string]string{"ACTORGRAPH_STORE": "neo4j"}, wantTheme: "light", wantStore: "neo4j", wantLimit: 1000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := isolate(t)
			if tt.file != "" {
				if err := os.WriteFile(filepath.Join(dir, "actorgraph.yaml"), []byte(tt.file), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			fs := pflag.NewFlagSet("test", pflag.ContinueOnError)
			addConfigFlags(fs)
			if err := fs.Parse(tt.flags); err != nil {
				t.Fatal(err)
			}
			cfg, err := loadConfig(fs)
			if err != nil {
				t.Fatalf("loadConfig: %v", err)
			}
			if cfg.Render.Theme != tt.wantTheme || cfg.Store != tt.wantStore || cfg.Cypher.Limit != tt.wantLimit {
				t.Errorf("got theme %q store %q limit %d, want %q %q %d", cfg.Render.Theme, cfg.Store, cfg.Cypher.Limit, tt.wantTheme, tt.wantStore, tt.wantLimit)
			}
		})
	}
}

func TestConfigErrors(t *testing.T) {
	tests := []struct {
		name, file, want string
		env              map[string]string
	}{
		{name: "bad theme", env: map[string]string{"ACTORGRAPH_RENDER_THEME": "neon"}, want: "render.theme"},
		{name: "bad store", env: map[string]string{"ACTORGRAPH_STORE": "postgres"}, want: "store"},
		{name: "bad uri", env: map[string]string{"ACTORGRAPH_STORE": "neo4j", "ACTORGRAPH_NEO4J_URI": "http://x"}, want: "neo4j.uri"},
		{name: "bad yaml", file: "render: [\n", want: "config file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := isolate(t)
			if tt.file != "" {
				os.WriteFile(filepath.Join(dir, "actorgraph.yaml"), []byte(tt.file), 0o644)
			}
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			_, stderr, code := runCLI(t, filepath.Join(dir, "data"), "config")
			if code != exitInvalid || !strings.Contains(stderr, tt.want) {
				t.Errorf("got exit %d, stderr %q; want exit %d mentioning %q", code, stderr, exitInvalid, tt.want)
			}
			if n := strings.Count(strings.TrimSpace(stderr), "\n"); n != 0 {
				t.Errorf("got %d lines of error, want one: %q", n+1, stderr)
			}
		})
	}
}

func TestConfigIgnoresFileNamedLikeTheProgram(t *testing.T) {
	dir := isolate(t)
	// A binary built in the working directory must not be read as a config file.
	if err := os.WriteFile(filepath.Join(dir, "actorgraph"), []byte("\x7fELF\x00\x01binary"), 0o755); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := runCLI(t, filepath.Join(dir, "data"), "config")
	if code != 0 || !strings.Contains(out, "config_file: (none)") {
		t.Errorf("got exit %d, stdout %q, stderr %q; want no config file read", code, out, stderr)
	}
	os.WriteFile(filepath.Join(dir, "actorgraph.yml"), []byte("render:\n  theme: dark\n"), 0o644)
	out, _, _ = runCLI(t, filepath.Join(dir, "data"), "config")
	if !strings.Contains(out, "theme: dark") {
		t.Errorf("actorgraph.yml was not read: %q", out)
	}
}

func TestConfigRedactsPassword(t *testing.T) {
	dir := isolate(t)
	t.Setenv("ACTORGRAPH_NEO4J_PASSWORD", "s3cret-value")
	out, _, code := runCLI(t, filepath.Join(dir, "data"), "config")
	if code != 0 {
		t.Fatalf("got exit %d, want 0", code)
	}
	if strings.Contains(out, "s3cret-value") || !strings.Contains(out, "password: ********") {
		t.Errorf("got config output %q, want the password redacted", out)
	}
}

func TestUsageErrors(t *testing.T) {
	dir := isolate(t)
	tests := [][]string{
		{"--no-such-flag"},
		{"query"},
		{"query", "no-such-question", "x"},
		{"query", "path", "only-one"},
		{"extract"},
		{"extract", "--format", "xml", "x"},
		{"reset"},
	}
	for _, args := range tests {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			_, stderr, code := runCLI(t, filepath.Join(dir, "data"), args...)
			if code != exitUsage {
				t.Errorf("got exit %d (stderr %q), want %d", code, stderr, exitUsage)
			}
		})
	}
}

func TestMainJobDrawsTheAnswer(t *testing.T) {
	dir := isolate(t)
	reports := repoPath(t, "examples/reports")
	svgPath := filepath.Join(dir, "election-commission.svg")
	pngPath := filepath.Join(dir, "election-commission.png")
	for _, out := range []string{svgPath, pngPath} {
		_, stderr, code := runCLI(t, filepath.Join(dir, "data"), "query", "who-targeted", "election commission", "--reports", reports, "-o", out)
		if code != 0 {
			t.Fatalf("got exit %d, stderr %q", code, stderr)
		}
	}
	svg, err := os.ReadFile(svgPath)
	if err != nil {
		t.Fatal(err)
	}
	dec := xml.NewDecoder(bytes.NewReader(svg))
	for {
		_, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v", err)
		}
	}
	for _, want := range []string{"National Election Commission", "TEMP.Periscope", "TARGETED"} {
		if !bytes.Contains(svg, []byte(want)) {
			t.Errorf("SVG lacks %q", want)
		}
	}
	f, err := os.Open(pngPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("PNG does not decode: %v", err)
	}
	if b := img.Bounds(); b.Dx() != 1920 || b.Dy() != 1080 {
		t.Errorf("got PNG %dx%d, want 1920x1080", b.Dx(), b.Dy())
	}
	// Nothing was stored: the query used a temporary store.
	if _, err := os.Stat(filepath.Join(dir, "data", "graph.json")); err == nil {
		t.Errorf("--reports wrote to the data directory, want a temporary store only")
	}
}

func TestQueryNotFoundSuggests(t *testing.T) {
	dir := isolate(t)
	_, stderr, code := runCLI(t, filepath.Join(dir, "data"), "query", "victims-of", "TEMP.Periscop", "--reports", repoPath(t, "examples/reports"))
	if code != exitNotFound {
		t.Fatalf("got exit %d (stderr %q), want %d", code, stderr, exitNotFound)
	}
	if !strings.Contains(stderr, "TEMP.Periscope") {
		t.Errorf("got %q, want the nearest name TEMP.Periscope suggested", stderr)
	}
}

func TestExtractJSONLContract(t *testing.T) {
	dir := isolate(t)
	out, stderr, code := runCLI(t, filepath.Join(dir, "data"), "extract", "--format", "jsonl", repoPath(t, "examples/reports"))
	if code != 0 {
		t.Fatalf("got exit %d, stderr %q", code, stderr)
	}
	rows := decodeJSONL(t, out)
	if len(rows) == 0 {
		t.Fatal("got no relationships from the samples")
	}
	for i, r := range rows {
		for _, k := range []string{"type", "source", "target", "report", "evidence"} {
			if _, ok := r[k]; !ok {
				t.Fatalf("row %d lacks %q: %v", i, k, r)
			}
		}
		for _, end := range []string{"source", "target"} {
			e, ok := r[end].(map[string]any)
			if !ok {
				t.Fatalf("row %d: %s is not an object", i, end)
			}
			for _, k := range []string{"name", "kind"} {
				if s, _ := e[k].(string); s == "" {
					t.Errorf("row %d: %s.%s empty", i, end, k)
				}
			}
			if _, ok := e["aliases"].([]any); !ok {
				t.Errorf("row %d: %s.aliases is not a list", i, end)
			}
		}
	}
}

func decodeJSONL(t *testing.T, out string) []map[string]any {
	t.Helper()
	var rows []map[string]any
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("line %q is not JSON: %v", sc.Text(), err)
		}
		rows = append(rows, m)
	}
	return rows
}

// seedsDir returns ../shared/seeds beside the repository, skipping when absent.
func seedsDir(t *testing.T) string {
	t.Helper()
	p := filepath.Join(repoRoot, "..", "shared", "seeds")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("seed reports not present at %s", p)
	}
	return p
}

func TestExtractSeeds(t *testing.T) {
	seeds := seedsDir(t)
	dir := isolate(t)
	out, stderr, code := runCLI(t, filepath.Join(dir, "data"), "extract", "--format", "jsonl", seeds)
	if code != 0 {
		t.Fatalf("got exit %d, stderr %q", code, stderr)
	}
	type rel struct{ typ, target string }
	found := map[rel]bool{}
	for _, r := range decodeJSONL(t, out) {
		src := r["source"].(map[string]any)
		names := []string{src["name"].(string)}
		for _, a := range src["aliases"].([]any) {
			names = append(names, a.(string))
		}
		isPeriscope := false
		for _, n := range names {
			if n == "TEMP.Periscope" {
				isPeriscope = true
			}
		}
		if !isPeriscope {
			continue
		}
		joined := strings.ToLower(strings.Join(names, "|"))
		if !strings.Contains(joined, "apt40") || !strings.Contains(joined, "leviathan") {
			t.Errorf("TEMP.Periscope known as %v, want APT40 and Leviathan among its names", names)
		}
		tgt := r["target"].(map[string]any)
		found[rel{r["type"].(string), strings.ToLower(tgt["name"].(string))}] = true
	}
	want := []struct {
		typ  string
		opts []string
	}{
		{"TARGETED", []string{"national election commission", "national election committee"}},
		{"TARGETED", []string{"cambodian senate", "senate"}},
		{"TARGETED", []string{"ministry of the interior", "ministry of interior"}},
		{"TARGETED", []string{"ministry of foreign affairs"}},
		{"TARGETED", []string{"ministry of economics and finance", "ministry of economy and finance"}},
		{"ATTRIBUTED_TO", []string{"china"}},
		{"USES", []string{"scanbox"}},
	}
	for _, w := range want {
		ok := false
		for _, o := range w.opts {
			ok = ok || found[rel{w.typ, o}]
		}
		if !ok {
			t.Errorf("seeds: no TEMP.Periscope %s %s; got %v", w.typ, w.opts[0], found)
		}
	}
}

func TestLoadTwiceAddsNothing(t *testing.T) {
	dir := isolate(t)
	data := filepath.Join(dir, "data")
	reports := repoPath(t, "examples/reports")
	if _, stderr, code := runCLI(t, data, "load", reports); code != 0 {
		t.Fatalf("first load: exit %d, %s", code, stderr)
	}
	first, _, _ := runCLI(t, data, "stats", "--format", "json")
	out, stderr, code := runCLI(t, data, "load", reports)
	if code != 0 {
		t.Fatalf("second load: exit %d, %s", code, stderr)
	}
	if !strings.Contains(out, "0 created") {
		t.Errorf("second load said %q, want nothing created", out)
	}
	second, _, _ := runCLI(t, data, "stats", "--format", "json")
	if first != second {
		t.Errorf("stats changed on reload:\nfirst  %s\nsecond %s", first, second)
	}
	// The stored graph answers the main question.
	out, stderr, code = runCLI(t, data, "query", "who-targeted", "election commission")
	if code != 0 || !strings.Contains(out, "National Election Commission") {
		t.Errorf("query on stored graph: exit %d, out %q, stderr %q", code, out, stderr)
	}
}

func TestLoadBadFileStoresNothing(t *testing.T) {
	dir := isolate(t)
	data := filepath.Join(dir, "data")
	src := filepath.Join(dir, "src")
	os.MkdirAll(src, 0o755)
	good, err := os.ReadFile(filepath.Join(repoPath(t, "examples/reports"), firstReport(t)))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(src, "a-good.md"), good, 0o644)
	os.WriteFile(filepath.Join(src, "b-bad.csv"), []byte("source,source_kind,type,target,target_kind,report\nAPT1,ThreatActor,TARGETED,Acme,Organization,r1\nAPT1,ThreatActor,,Acme,Organization,r1\n"), 0o644)
	_, stderr, code := runCLI(t, data, "load", src)
	if code != exitInvalid {
		t.Fatalf("got exit %d (stderr %q), want %d", code, stderr, exitInvalid)
	}
	if !strings.Contains(stderr, "b-bad.csv:3") {
		t.Errorf("got %q, want the file and line of the bad row", stderr)
	}
	out, _, _ := runCLI(t, data, "stats", "--format", "json")
	var c struct{ Nodes, Edges int }
	json.Unmarshal([]byte(out), &c)
	if c.Nodes != 0 || c.Edges != 0 {
		t.Errorf("got %d entities and %d relationships stored after a failed load, want none", c.Nodes, c.Edges)
	}
}

func firstReport(t *testing.T) string {
	t.Helper()
	entries, err := os.ReadDir(repoPath(t, "examples/reports"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".md") {
			return e.Name()
		}
	}
	t.Fatal("no Markdown sample report")
	return ""
}

func TestCypherNeedsNeo4j(t *testing.T) {
	dir := isolate(t)
	_, stderr, code := runCLI(t, filepath.Join(dir, "data"), "cypher", "MATCH (n) RETURN n")
	if code == 0 || !strings.Contains(stderr, "needs Neo4j") {
		t.Errorf("got exit %d, stderr %q; want a refusal saying it needs Neo4j", code, stderr)
	}
}

func TestDatesOnEdgeLabels(t *testing.T) {
	dir := isolate(t)
	reports := repoPath(t, "examples/reports")
	edgeLine := func(dot string) string {
		for _, l := range strings.Split(dot, "\n") {
			if strings.Contains(l, `-> "country:russia"`) {
				return l
			}
		}
		t.Fatalf("no edge to Russia in %q", dot)
		return ""
	}
	plain, stderr, code := runCLI(t, filepath.Join(dir, "data"), "query", "victims-of", "Sandworm", "--reports", reports, "--format", "dot")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	dated, stderr, code := runCLI(t, filepath.Join(dir, "data"), "--dates", "query", "victims-of", "Sandworm", "--reports", reports, "--format", "dot")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if strings.Contains(edgeLine(plain), "2017-06-15") || !strings.Contains(edgeLine(dated), "2017-06-15") {
		t.Errorf("got edge labels %q without --dates and %q with it; want the date only with --dates", edgeLine(plain), edgeLine(dated))
	}
}

func TestMinConfidence(t *testing.T) {
	dir := isolate(t)
	data := filepath.Join(dir, "data")
	reports := repoPath(t, "examples/reports")
	count := func(args ...string) (rows, low int) {
		t.Helper()
		out, stderr, code := runCLI(t, data, append(args, "extract", "--format", "jsonl", reports)...)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		for _, r := range decodeJSONL(t, out) {
			rows++
			if c, ok := r["confidence"].(float64); ok && c > 0 && c < 0.6 {
				low++
			}
		}
		return rows, low
	}
	all, lowAll := count()
	kept, lowKept := count("--min-confidence", "0.6")
	if lowAll == 0 {
		t.Skip("the samples give no evidence below 0.6 to filter")
	}
	if lowKept != 0 || kept >= all {
		t.Errorf("--min-confidence 0.6: got %d rows (%d below 0.6), from %d rows (%d below); want the low ones gone", kept, lowKept, all, lowAll)
	}
	// A stored graph is rebuilt when the threshold changes, so it never keeps
	// what the new threshold drops.
	if _, stderr, code := runCLI(t, data, "load", reports); code != 0 {
		t.Fatalf("load: %s", stderr)
	}
	out, stderr, code := runCLI(t, data, "--min-confidence", "0.6", "load", reports)
	if code != 0 || !strings.Contains(out, "minimum confidence changed") {
		t.Errorf("got exit %d, stdout %q, stderr %q; want a rebuild saying the minimum confidence changed", code, out, stderr)
	}
	var c struct{ Edges int }
	stats, _, _ := runCLI(t, data, "stats", "--format", "json")
	json.Unmarshal([]byte(stats), &c)
	if c.Edges == 0 {
		t.Errorf("no relationships stored after the rebuild")
	}
}
