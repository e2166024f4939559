package stix

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/internal/loadertest"
)

func TestReadGolden(t *testing.T) {
	loadertest.ReadGolden(t, []string{"bundle21.json", "attack20.json"},
		func(name string) string { return strings.TrimSuffix(name, ".json") + ".golden.json" }, Detect, Read)
}

func TestReadBundle21(t *testing.T) {
	path := filepath.Join("testdata", "bundle21.json")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	b, st, err := Read(path, data)
	if err != nil {
		t.Fatal(err)
	}
	sg := graph.Subgraph{Nodes: b.Nodes, Edges: b.Edges}
	nodes := []struct {
		id      string
		name    string
		aliases string
	}{
		{"threatactor:harbor-kestrel", "Harbor Kestrel", "HK-12,Saltmarsh"},
		{"threatactor:ministry-contractor-7", "Ministry Contractor 7", ""},
		{"organization:port-authority-of-examplia", "Port Authority of Examplia", ""},
		{"person:jane-roe", "Jane Roe", ""},
		{"sector:maritime-shipping", "Maritime shipping", ""},
		{"sector:national-government", "National Government", ""},
		{"country:vietnam", "Vietnam", "Viet Nam"}, // the gazetteer's country node
		{"country:china", "China", "Mainland China,P.R.C.,PRC,People's Republic of China"},
		{"malware:tidepool", "TIDEPOOL", ""},
		{"tool:psexec", "PsExec", ""},
		{"infrastructure:tideline-c2-cluster", "Tideline C2 cluster", ""},
	}
	for _, want := range nodes {
		n, ok := sg.Node(want.id)
		if !ok {
			t.Errorf("node %s missing", want.id)
			continue
		}
		if n.Name != want.name {
			t.Errorf("node %s: got name %q, want %q", want.id, n.Name, want.name)
		}
		if got := strings.Join(n.Aliases, ","); got != want.aliases {
			t.Errorf("node %s: got aliases %q, want %q", want.id, got, want.aliases)
		}
	}
	for _, id := range []string{"organization:example-threat-research", "malware:old-implant", "country:south-eastern-asia"} {
		if _, ok := sg.Node(id); ok {
			t.Errorf("node %s loaded, want skipped", id)
		}
	}
	edges := map[string]int{} // key -> evidence count
	for _, e := range b.Edges {
		edges[string(e.Type)+" "+e.Source+" "+e.Target] = len(e.Evidence)
	}
	for key, n := range map[string]int{
		"TARGETED threatactor:harbor-kestrel organization:port-authority-of-examplia": 1,
		"TARGETED threatactor:harbor-kestrel country:vietnam":                         1,
		"TARGETED threatactor:harbor-kestrel sector:maritime-shipping":                1,
		"USES threatactor:harbor-kestrel malware:tidepool":                            2,
		"USES campaign:operation-low-tide tool:psexec":                                1,
		"ATTRIBUTED_TO campaign:operation-low-tide threatactor:harbor-kestrel":        1,
		"ATTRIBUTED_TO threatactor:harbor-kestrel country:china":                      1,
		"ATTRIBUTED_TO threatactor:harbor-kestrel threatactor:ministry-contractor-7":  1,
		"LOCATED_IN person:jane-roe country:vietnam":                                  1,
		"RELATED_TO malware:tidepool infrastructure:tideline-c2-cluster":              1,
		"PART_OF organization:port-authority-of-examplia sector:national-government":  1,
		"PART_OF organization:port-authority-of-examplia sector:transportation":       1,
	} {
		if edges[key] != n {
			t.Errorf("edge %s: got %d pieces of evidence, want %d", key, edges[key], n)
		}
	}
	if len(edges) != 12 {
		t.Errorf("got %d edges, want 12", len(edges))
	}
	ev := findEdge(t, b, graph.Targeted, "threatactor:harbor-kestrel", "organization:port-authority-of-examplia").Evidence[0]
	wantEv := graph.Evidence{
		Report: graph.ReportRef{ID: "stix:bundle--5d0092c5-5f74-4287-9642-33f4c354e56d", Title: "Harbor Kestrel at the ports",
			Date: "2024-02-10", Publisher: "Example Threat Research", Path: path},
		Sentence: "Harbor Kestrel sent lures to port staff.", Locator: "relationship--a0c1e4a8-1b2f-4c3d-8e5f-000000000101",
		Rule: "stix:targets", Confidence: 0.8,
	}
	if ev != wantEv {
		t.Errorf("evidence: got %+v, want %+v", ev, wantEv)
	}
	gen := findEdge(t, b, graph.AttributedTo, "threatactor:harbor-kestrel", "country:china").Evidence[0].Sentence
	if gen != "Harbor Kestrel originates from China." {
		t.Errorf("generated sentence: got %q, want %q", gen, "Harbor Kestrel originates from China.")
	}
	for reason, n := range map[string]int{ReasonRevoked: 2, ReasonOlderVersion: 1, ReasonAuthor: 1, ReasonNotCountry: 1,
		ReasonUnmodelledType: 2, ReasonUnmodelledRel: 1, ReasonEndpointSkipped: 3, ReasonEndpointMissing: 1} {
		if st.SkipReasons[reason] != n {
			t.Errorf("skip reason %q: got %d, want %d", reason, st.SkipReasons[reason], n)
		}
	}
	if st.Loaded["relationship"] != 11 {
		t.Errorf("loaded relationships: got %d, want 11", st.Loaded["relationship"])
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

func TestReadErrors(t *testing.T) {
	tests := []struct {
		file  string
		line  int
		field string
		text  string
	}{
		{"bad-json.json", 9, "", "invalid character"},
		{"bad-no-source.json", 10, "source_ref", "without source_ref"},
		{"bad-type.json", 6, "aliases", "aliases"},
		{"bad-no-name.json", 2, "name", "without name"},
		{"bad-not-bundle.json", 1, "type", "not a STIX bundle"},
		{"bad-truncated.json", 2, "", "unexpected end"},
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
			if !errors.As(err, &ie) {
				t.Fatalf("got %T %v, want *graph.InputError", err, err)
			}
			if !errors.Is(err, graph.ErrInvalid) {
				t.Errorf("error %v does not wrap graph.ErrInvalid", err)
			}
			if ie.File != path || ie.Line != tt.line || ie.Field != tt.field {
				t.Errorf("got file %q line %d field %q, want %q line %d field %q", ie.File, ie.Line, ie.Field, path, tt.line, tt.field)
			}
			if !strings.Contains(err.Error(), tt.text) {
				t.Errorf("got error %q, want it to mention %q", err, tt.text)
			}
			if len(b.Nodes)+len(b.Edges) > 0 {
				t.Errorf("got %d nodes and %d edges with the error, want none", len(b.Nodes), len(b.Edges))
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
		{"bundle 2.0", `{"type": "bundle", "id": "bundle--1", "spec_version": "2.0", "objects": []}`, true},
		{"bundle 2.1 indented", "\xef\xbb\xbf\n{\n  \"type\": \"bundle\",\n  \"id\": \"bundle--x\"}", true},
		{"id first", `{"id": "bundle--4b4c40fb", "type": "bundle"}`, true},
		{"objects first", `{"objects": [{"type": "malware", "id": "malware--0b7a3ad4-0000-4000-8000-000000000003"}]}`, true},
		{"misp galaxy", `{"authors": ["x"], "category": "actor", "type": "threat-actor", "uuid": "7cdff317", "values": []}`, false},
		{"single object", `{"type": "report", "id": "report--1"}`, false},
		{"csv", "source,type,target\n", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Detect([]byte(tt.data)); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestLookupCountry(t *testing.T) {
	tests := []struct {
		in, name string
	}{
		{"CN", "China"},
		{"US", "United States"},
		{"in", ""}, // a word, not India's code
		{"People's Republic of China", "China"},
		{"Russian Federation", "Russia"},
		{"Korea (Republic of)", "South Korea"},
		{"Korea (Democratic People's Republic of)", "North Korea"},
		{"Iran (Islamic Republic of)", "Iran"},
		{"The Philippines", "Philippines"},
		{"U.S.", "United States"},
		{"Viet Nam", "Vietnam"},
		{"Lebonon", "Lebanon"},
		{"Germny", "Germany"},
		{"Irak", ""}, // too short to forgive a typo
		{"Middle East", ""},
		{"Uighurs", ""},
		{"Asia Pacific Economic Cooperation", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			c, ok := LookupCountry(tt.in)
			if c.Name != tt.name || ok != (tt.name != "") {
				t.Errorf("got %q %v, want %q", c.Name, ok, tt.name)
			}
		})
	}
}

func TestIsRegion(t *testing.T) {
	for in, want := range map[string]bool{"Middle East": true, "south-eastern-asia": true, "The Middle East": true,
		"Global": true, "Germany": false, "NATO": false} {
		if got := IsRegion(in); got != want {
			t.Errorf("IsRegion(%q): got %v, want %v", in, got, want)
		}
	}
}

func TestCleanText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"(Citation: FireEye APT40 March 2019)", ""},
		{"[Leviathan](https://attack.mitre.org/groups/G0065) has used [BITSAdmin](https://attack.mitre.org/software/S0190) to download tools.(Citation: A)(Citation: B)",
			"Leviathan has used BITSAdmin to download tools."},
		{"It ran <code>whoami /all</code> .", "It ran whoami /all."},
		{"See [the wiki](https://en.wikipedia.org/wiki/X_(Y)) now.", "See the wiki now."},
		{"  two\n lines  ", "two lines"},
	}
	for _, tt := range tests {
		if got := CleanText(tt.in); got != tt.want {
			t.Errorf("CleanText(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSectorName(t *testing.T) {
	for in, want := range map[string]string{"financial-services": "Financial Services", "government-national": "National Government",
		"maritime": "Maritime", "Defense Industrial Base": "Defense Industrial Base", "oil-and-gas": "Oil And Gas"} {
		if got := SectorName(in); got != want {
			t.Errorf("SectorName(%q): got %q, want %q", in, got, want)
		}
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

func readShared(t *testing.T, name string) (graph.Batch, Stats) {
	t.Helper()
	path := sharedData(t, name)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !Detect(data) {
		t.Errorf("Detect(%s) = false, want true", name)
	}
	start := time.Now()
	b, st, err := Read(path, data)
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	t.Logf("%s: read in %v: %d nodes, %d edges", name, time.Since(start).Round(time.Millisecond), len(b.Nodes), len(b.Edges))
	t.Logf("loaded %v", st.Loaded)
	t.Logf("skipped %v", st.Skipped)
	t.Logf("reasons %v", st.SkipReasons)
	if err := b.Validate(); err != nil {
		t.Errorf("batch does not validate: %v", err)
	}
	return b, st
}

func TestEnterpriseAttack(t *testing.T) {
	b, st := readShared(t, "enterprise-attack.json")
	if b.Report.Title != "MITRE ATT&CK Enterprise" || b.Report.Publisher != "The MITRE Corporation" {
		t.Errorf("got report %q by %q, want MITRE ATT&CK Enterprise by The MITRE Corporation", b.Report.Title, b.Report.Publisher)
	}
	sg := graph.Subgraph{Nodes: b.Nodes, Edges: b.Edges}
	lev, ok := sg.Node("threatactor:leviathan")
	if !ok {
		t.Fatal("Leviathan missing")
	}
	for _, alias := range []string{"APT40", "TEMP.Periscope", "BRONZE MOHAWK", "Gingham Typhoon"} {
		if graph.Match(alias, lev) < 2 {
			t.Errorf("Leviathan lacks alias %s (aliases %v)", alias, lev.Aliases)
		}
	}
	if lev.Props["external_id"] != "G0065" {
		t.Errorf("Leviathan external_id: got %q, want G0065", lev.Props["external_id"])
	}
	uses := map[string]bool{}
	for _, e := range b.Edges {
		if e.Source == lev.ID && e.Type == graph.Uses {
			uses[e.Target] = true
		}
	}
	for _, want := range []string{"malware:china-chopper", "tool:bitsadmin", "malware:badflick"} {
		if !uses[want] {
			t.Errorf("Leviathan USES %s missing", want)
		}
	}
	if len(uses) < 15 {
		t.Errorf("Leviathan has %d USES edges, want at least 15", len(uses))
	}
	// The counts of the release (ATT&CK v18.1): every group, software and
	// campaign not revoked or deprecated, and the relationships between them.
	for typ, want := range map[string]int{"intrusion-set": 172, "malware": 693, "tool": 91, "campaign": 52, "relationship": 1278} {
		if st.Loaded[typ] != want {
			t.Errorf("loaded %s: got %d, want %d", typ, st.Loaded[typ], want)
		}
	}
	total := 0
	for _, n := range st.Loaded {
		total += n
	}
	for _, n := range st.Skipped {
		total += n
	}
	if total != 24771 {
		t.Errorf("loaded + skipped = %d, want the 24771 objects of the bundle", total)
	}
}

func TestICSAttack(t *testing.T) {
	b, st := readShared(t, "ics-attack.json")
	if b.Report.Title != "MITRE ATT&CK ICS" {
		t.Errorf("got title %q, want MITRE ATT&CK ICS", b.Report.Title)
	}
	sg := graph.Subgraph{Nodes: b.Nodes, Edges: b.Edges}
	if n, ok := sg.Node("threatactor:sandworm-team"); !ok || n.Props["external_id"] != "G0034" {
		t.Errorf("Sandworm Team: got %+v (found %v), want external_id G0034", n.Props["external_id"], ok)
	}
	if st.Loaded["intrusion-set"] == 0 || st.Loaded["malware"] == 0 || st.Loaded["relationship"] == 0 {
		t.Errorf("got loaded %v, want intrusion sets, malware and relationships", st.Loaded)
	}
}

// BenchmarkReadEnterprise reads the 34 MB ATT&CK Enterprise bundle:
//
//	go test ./loader/stix -run '^$' -bench ReadEnterprise -benchmem
func BenchmarkReadEnterprise(b *testing.B) {
	path := sharedData(b, "enterprise-attack.json")
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, _, err := Read(path, data); err != nil {
			b.Fatal(err)
		}
	}
}
