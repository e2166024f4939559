package misp

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/internal/loadertest"
	"github.com/actorgraph/actorgraph/loader/stix"
)

func TestReadGolden(t *testing.T) {
	loadertest.ReadGolden(t, []string{"threat-actor.json", "mitre-tool.json", "sector.json"},
		func(name string) string { return strings.TrimSuffix(name, ".json") + ".golden.json" }, Detect, Read)
}

func TestReadThreatActors(t *testing.T) {
	path := filepath.Join("testdata", "threat-actor.json")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	b, st, err := Read(path, data)
	if err != nil {
		t.Fatal(err)
	}
	sg := graph.Subgraph{Nodes: b.Nodes, Edges: b.Edges}
	hk, ok := sg.Node("threatactor:harbor-kestrel")
	if !ok {
		t.Fatal("Harbor Kestrel missing")
	}
	if got, want := strings.Join(hk.Aliases, ","), "G9001,HK-12,Saltmarsh,TEMP.Harbor"; got != want {
		t.Errorf("aliases: got %s, want %s", got, want)
	}
	for key, want := range map[string]string{"country": "CN", "external_id": "G9001", "attribution_confidence": "50",
		"incident_type": "Espionage", "misp_uuid": "5b4b6980-3bc7-11e8-84d6-879aaac37dd9",
		"references": "https://example.org/research/harbor-kestrel\nhttps://attack.example/groups/G9001/"} {
		if hk.Props[key] != want {
			t.Errorf("prop %s: got %q, want %q", key, hk.Props[key], want)
		}
	}
	got := map[string]bool{}
	for _, e := range b.Edges {
		got[string(e.Type)+" "+e.Source+" "+e.Target] = true
	}
	want := []string{
		"ATTRIBUTED_TO threatactor:harbor-kestrel country:china",
		"TARGETED threatactor:harbor-kestrel country:united-states",
		"TARGETED threatactor:harbor-kestrel country:philippines",
		"TARGETED threatactor:harbor-kestrel country:lebanon",
		"TARGETED threatactor:harbor-kestrel organization:asia-pacific-economic-cooperation",
		"TARGETED threatactor:harbor-kestrel sector:u-s-satellite-and-aerospace-sector",
		"TARGETED threatactor:harbor-kestrel sector:government",
		"TARGETED threatactor:harbor-kestrel sector:private-sector",
		"TARGETED threatactor:harbor-kestrel sector:maritime",
		"ATTRIBUTED_TO threatactor:quiet-lynx country:iran",
		"ATTRIBUTED_TO threatactor:equation-example country:united-states",
	}
	for _, k := range want {
		if !got[k] {
			t.Errorf("edge %s missing", k)
		}
	}
	if len(got) != len(want) {
		t.Errorf("got %d edges, want %d", len(got), len(want))
	}
	attr := findEdge(t, b, graph.AttributedTo, "threatactor:harbor-kestrel", "country:china")
	wantEv := graph.Evidence{
		Report:   graph.ReportRef{ID: "misp-galaxy:7cdff317-a673-4474-84ec-4f1754947823", Title: "MISP galaxy: Threat Actor", Publisher: "MISP Project", Path: path},
		Sentence: "Harbor Kestrel is attributed to China (country code CN, suspected state sponsor People's Republic of China).",
		Locator:  "5b4b6980-3bc7-11e8-84d6-879aaac37dd9", Rule: "misp:country+cfr-suspected-state-sponsor", Confidence: 0.5,
	}
	if len(attr.Evidence) != 1 || attr.Evidence[0] != wantEv {
		t.Errorf("attribution evidence: got %+v, want [%+v]", attr.Evidence, wantEv)
	}
	// Government is named by two fields: one edge, two sentences.
	if gov := findEdge(t, b, graph.Targeted, "threatactor:harbor-kestrel", "sector:government"); len(gov.Evidence) != 1 {
		t.Errorf("government evidence: got %d, want 1 (same sentence from both fields)", len(gov.Evidence))
	}
	for key, n := range map[string]int{"threat-actor": 4, "cfr-suspected-victims": 6, "country": 2, "cfr-suspected-state-sponsor": 2} {
		if st.Loaded[key] != n {
			t.Errorf("loaded %s: got %d, want %d", key, st.Loaded[key], n)
		}
	}
	for reason, n := range map[string]int{stix.ReasonRegion: 2, stix.ReasonUnknown: 1, stix.ReasonUnmodelledRel: 1} {
		if st.SkipReasons[reason] != n {
			t.Errorf("skip reason %q: got %d, want %d", reason, st.SkipReasons[reason], n)
		}
	}
}

func findEdge(t *testing.T, b graph.Batch, typ graph.RelType, src, dst string) graph.Edge {
	t.Helper()
	for _, e := range b.Edges {
		if e.Type == typ && e.Source == src && e.Target == dst {
			return e
		}
	}
	t.Fatalf("no %s edge %s -> %s", typ, src, dst)
	return graph.Edge{}
}

func TestReadOtherGalaxies(t *testing.T) {
	tests := []struct {
		file    string
		node    string
		extID   string
		skipped map[string]int
	}{
		{"mitre-tool.json", "tool:net", "S0039", nil},
		{"sector.json", "", "", map[string]int{"sector": 2}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", tt.file)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			b, st, err := Read(path, data)
			if err != nil {
				t.Fatal(err)
			}
			if tt.node == "" {
				if len(b.Nodes) != 0 {
					t.Errorf("got %d nodes, want none", len(b.Nodes))
				}
			} else if n, ok := (graph.Subgraph{Nodes: b.Nodes}).Node(tt.node); !ok || n.Props["external_id"] != tt.extID {
				t.Errorf("node %s: got %+v (found %v), want external_id %s", tt.node, n, ok, tt.extID)
			}
			for typ, n := range tt.skipped {
				if st.Skipped[typ] != n || st.SkipReasons[stix.ReasonUnmodelledGalaxy] != n {
					t.Errorf("skipped %s: got %d (reasons %v), want %d", typ, st.Skipped[typ], st.SkipReasons, n)
				}
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		file  string
		line  int
		field string
		text  string
	}{
		{"bad-json.json", 10, "", "invalid character '}'"},
		{"bad-no-value.json", 8, "value", "without value"},
		{"bad-no-values.json", 1, "values", "not a MISP galaxy cluster file"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", tt.file)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			b, _, err := Read(path, data)
			if err == nil {
				t.Fatalf("got no error and %d nodes, want an error", len(b.Nodes))
			}
			var ie *graph.InputError
			if !errors.As(err, &ie) || !errors.Is(err, graph.ErrInvalid) {
				t.Fatalf("got %T %v, want *graph.InputError wrapping graph.ErrInvalid", err, err)
			}
			if ie.File != path || ie.Line != tt.line || ie.Field != tt.field {
				t.Errorf("got file %q line %d field %q, want %q line %d field %q", ie.File, ie.Line, ie.Field, path, tt.line, tt.field)
			}
			if !strings.Contains(err.Error(), tt.text) {
				t.Errorf("got error %q, want it to mention %q", err, tt.text)
			}
		})
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name string
		data string
		want bool
	}{
		{"cluster file", `{"authors": ["x"], "category": "actor", "description": "d", "name": "Threat Actor", "type": "threat-actor", "uuid": "7cdff317", "values": []}`, true},
		{"values first", "\xef\xbb\xbf{\"values\": [], \"category\": \"tool\"}", true},
		{"stix bundle", `{"type": "bundle", "id": "bundle--1", "objects": []}`, false},
		{"other json", `{"category": "x"}`, false},
		{"csv", "category,authors,values\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Detect([]byte(tt.data)); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// sharedData returns the path of a file in the shared data folder beside the
// repository, skipping the test when it is absent.
func sharedData(tb testing.TB, name string) string {
	tb.Helper()
	dir, err := filepath.Abs(".")
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Skip("repository root not found")
		}
		dir = parent
	}
	path := filepath.Join(dir, "..", "shared", "data", name)
	if _, err := os.Stat(path); err != nil {
		tb.Skipf("%s absent: %v", path, err)
	}
	return path
}

func TestMISPThreatActorGalaxy(t *testing.T) {
	path := sharedData(t, "misp-galaxy-threat-actor.json")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !Detect(data) {
		t.Error("Detect = false, want true")
	}
	start := time.Now()
	b, st, err := Read(path, data)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("read in %v: %d nodes, %d edges", time.Since(start).Round(time.Millisecond), len(b.Nodes), len(b.Edges))
	t.Logf("loaded %v", st.Loaded)
	t.Logf("skipped %v", st.Skipped)
	t.Logf("reasons %v", st.SkipReasons)
	if err := b.Validate(); err != nil {
		t.Errorf("batch does not validate: %v", err)
	}
	sg := graph.Subgraph{Nodes: b.Nodes, Edges: b.Edges}
	apt40, ok := sg.Node("threatactor:apt40")
	if !ok {
		t.Fatal("APT40 missing")
	}
	for _, alias := range []string{"TEMP.Periscope", "Leviathan", "G0065"} {
		if graph.Match(alias, apt40) < 2 {
			t.Errorf("APT40 lacks alias %s", alias)
		}
	}
	if apt40.Props["external_id"] != "G0065" || apt40.Props["country"] != "CN" {
		t.Errorf("APT40 props: got external_id %q country %q, want G0065 CN", apt40.Props["external_id"], apt40.Props["country"])
	}
	edges := map[string]bool{}
	for _, e := range b.Edges {
		if e.Source == apt40.ID {
			edges[string(e.Type)+" "+e.Target] = true
		}
	}
	for _, want := range []string{"ATTRIBUTED_TO country:china", "TARGETED country:cambodia", "TARGETED country:united-states",
		"TARGETED country:philippines", "TARGETED organization:asia-pacific-economic-cooperation", "TARGETED sector:government"} {
		if !edges[want] {
			t.Errorf("APT40 edge %s missing", want)
		}
	}
	if st.Loaded["threat-actor"] != 1041 {
		t.Errorf("loaded threat actors: got %d, want 1041", st.Loaded["threat-actor"])
	}
}
