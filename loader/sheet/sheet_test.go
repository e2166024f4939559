package sheet

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/internal/loadertest"
)

func TestReadGolden(t *testing.T) {
	loadertest.ReadGolden(t, []string{"actors.csv", "actors.yaml", "list.yaml", "semicolon.csv"},
		func(name string) string { return strings.ReplaceAll(name, ".", "-") + ".golden.json" }, Detect, Read)
}

func readTestdata(t *testing.T, name string) graph.Batch {
	t.Helper()
	path := filepath.Join("testdata", name)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := Read(path, data)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestReadCSV(t *testing.T) {
	b := readTestdata(t, "actors.csv")
	if b.Report.ID != "sheet:actors.csv" {
		t.Errorf("report id: got %q, want sheet:actors.csv", b.Report.ID)
	}
	sg := graph.Subgraph{Nodes: b.Nodes, Edges: b.Edges}
	hk, ok := sg.Node("threatactor:harbor-kestrel")
	if !ok || strings.Join(hk.Aliases, ",") != "HK-12,Saltmarsh" {
		t.Errorf("Harbor Kestrel: got %+v (found %v), want aliases HK-12,Saltmarsh", hk, ok)
	}
	for _, id := range []string{"country:china", "country:united-states", "sector:national-government", "malware:tidepool",
		"organization:port-authority-of-examplia", "campaign:operation-low-tide"} {
		if _, ok := sg.Node(id); !ok {
			t.Errorf("node %s missing", id)
		}
	}
	target := findEdge(t, b, graph.Targeted, "threatactor:harbor-kestrel", "organization:port-authority-of-examplia")
	want := graph.Evidence{
		Report: graph.ReportRef{ID: ReportID("https://example.org/research/harbor-kestrel"), Title: "Harbor Kestrel at the ports",
			URL: "https://www.example.org/research/harbor-kestrel/?utm_source=feed", Date: "2024-03-05",
			Publisher: "Example Threat Research", Path: filepath.Join("testdata", "actors.csv")},
		Sentence: "Harbor Kestrel sent lures to port staff in the weeks before the audit.",
		Locator:  "actors.csv:3", Rule: "sheet", Confidence: 1,
	}
	if len(target.Evidence) != 1 || target.Evidence[0] != want {
		t.Errorf("evidence: got %+v, want [%+v]", target.Evidence, want)
	}
	// The row after the two-line quote and a blank line is line 6.
	uses := findEdge(t, b, graph.Uses, "threatactor:harbor-kestrel", "malware:tidepool")
	if uses.Evidence[0].Locator != "actors.csv:6" {
		t.Errorf("locator: got %q, want actors.csv:6", uses.Evidence[0].Locator)
	}
	// Three spellings of one URL are one report.
	us := findEdge(t, b, graph.Targeted, "threatactor:harbor-kestrel", "country:united-states")
	if us.Evidence[0].Report.ID != target.Evidence[0].Report.ID || us.Evidence[0].Report.Date != "2024-03-05" {
		t.Errorf("got report %s dated %s, want %s dated 2024-03-05", us.Evidence[0].Report.ID, us.Evidence[0].Report.Date, target.Evidence[0].Report.ID)
	}
	attr := findEdge(t, b, graph.AttributedTo, "threatactor:harbor-kestrel", "country:china")
	if got := attr.Evidence[0].Report.ID; got != "sheet:actors.csv:quarterly-notes" {
		t.Errorf("report id without url: got %q, want sheet:actors.csv:quarterly-notes", got)
	}
	if got := findEdge(t, b, graph.Targeted, "threatactor:harbor-kestrel", "sector:national-government").Evidence[0].Report.ID; got != "sheet:actors.csv" {
		t.Errorf("report id without url or title: got %q, want sheet:actors.csv", got)
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

func TestReadYAML(t *testing.T) {
	b := readTestdata(t, "actors.yaml")
	uses := findEdge(t, b, graph.Uses, "threatactor:reef-lantern", "malware:seaspray")
	ev := uses.Evidence[0]
	if ev.Sentence != "Reef Lantern used SEASPRAY to run commands on hosts." || ev.Locator != "actors.yaml:3" || ev.Report.Date != "2019-03-18" {
		t.Errorf("got sentence %q locator %q date %q", ev.Sentence, ev.Locator, ev.Report.Date)
	}
	findEdge(t, b, graph.Targeted, "threatactor:reef-lantern", "country:vietnam")
	findEdge(t, b, graph.AffiliatedWith, "person:jane-roe", "threatactor:reef-lantern")
	n, _ := graph.Subgraph{Nodes: b.Nodes}.Node("threatactor:reef-lantern")
	if got := strings.Join(n.Aliases, ","); got != "APT99,TEMP.Coral" {
		t.Errorf("aliases: got %q, want APT99,TEMP.Coral", got)
	}

	// The same relationship twice: one edge, two pieces of evidence.
	b = readTestdata(t, "list.yaml")
	if len(b.Edges) != 1 || len(b.Edges[0].Evidence) != 2 {
		t.Errorf("got %d edges (%+v), want 1 with 2 pieces of evidence", len(b.Edges), b.Edges)
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		file  string
		line  int
		field string
		text  string
	}{
		{"bad-kind.csv", 5, "target_kind", `unknown entity kind "malwar"`},
		{"bad-missing-target.csv", 3, "target", "missing target"},
		{"bad-type.csv", 2, "type", `unknown relationship type "likes"`},
		{"bad-header.csv", 1, "target_kind", "no target_kind column"},
		{"bad-quote.csv", 3, "", "bare"},
		{"bad-cells.csv", 2, "", "7 cells"},
		{"bad-url.csv", 2, "url", "bad url"},
		{"bad-date.yaml", 13, "date", `bad date "March 2019"`},
		{"bad-syntax.yaml", 4, "", "bad YAML"},
		{"bad-missing-type.yaml", 1, "type", "missing type"},
		{"bad-report-kind.yaml", 5, "target_kind", "not reports"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", tt.file)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			b, st, err := Read(path, data)
			if err == nil {
				t.Fatalf("got no error and %d edges, want an error", len(b.Edges))
			}
			var ie *graph.InputError
			if !errors.As(err, &ie) || !errors.Is(err, graph.ErrInvalid) {
				t.Fatalf("got %T %v, want *graph.InputError wrapping graph.ErrInvalid", err, err)
			}
			if ie.File != path || ie.Line != tt.line || ie.Field != tt.field {
				t.Errorf("got %q line %d field %q, want %q line %d field %q (%v)", ie.File, ie.Line, ie.Field, path, tt.line, tt.field, err)
			}
			if !strings.Contains(err.Error(), tt.text) {
				t.Errorf("got error %q, want it to mention %q", err, tt.text)
			}
			if len(b.Nodes)+len(b.Edges)+len(st.Loaded) > 0 {
				t.Errorf("got a partial load (%d nodes, %d edges, %v) with the error, want nothing", len(b.Nodes), len(b.Edges), st.Loaded)
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
		{"csv", "source,source_kind,type,target,target_kind\n", true},
		{"csv with comment and BOM", "\xef\xbb\xbf# sheet\n\"Source\",\"Type\",\"Target\"\n", true},
		{"semicolons", "Source;Relationship;Target\n", true},
		{"tabs", "source\ttype\ttarget\n", true},
		{"csv without target", "source,type,victim\n", false},
		{"yaml list", "- source: A\n  source_kind: actor\n  type: uses\n  target: B\n", true},
		{"yaml key", "relationships:\n  - source: A\n    relationship: uses\n    target: B\n    Target Kind: tool\n", true},
		{"yaml without kinds", "- source: A\n  type: uses\n  target: B\n", false},
		{"markdown", "---\ntitle: A report\n---\nThe source said the target was hit.\n", false},
		{"front matter", "---\ntitle: A report\nsource: https://example.org/a\ntype: blog\ntarget: banks\n---\nText.\n", false},
		{"stix", `{"type": "bundle", "objects": [{"source_ref": "x", "target_ref": "y", "type": "relationship"}]}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Detect([]byte(tt.data)); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestReportID(t *testing.T) {
	base := ReportID("https://example.org/research/harbor-kestrel")
	for _, u := range []string{"http://www.example.org/research/harbor-kestrel/", "https://EXAMPLE.org/research/harbor-kestrel#top",
		"https://example.org/research/harbor-kestrel?utm_source=x&fbclid=y"} {
		if got := ReportID(u); got != base {
			t.Errorf("ReportID(%q): got %s, want %s", u, got, base)
		}
	}
	if got := ReportID("https://example.org/research/other"); got == base {
		t.Errorf("two articles got the same id %s", got)
	}
	if !strings.HasPrefix(base, "report:") || len(base) != len("report:")+16 {
		t.Errorf("got %q, want report: and 16 hex digits", base)
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"", "", true},
		{"2024-03-05", "2024-03-05", true},
		{"2024-03", "2024-03", true},
		{"2024", "2024", true},
		{"2024-03-05T09:00:00Z", "2024-03-05", true},
		{"2024-13-01", "", false},
		{"05/03/2024", "", false},
		{"March 2024", "", false},
	}
	for _, tt := range tests {
		got, ok := parseDate(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parseDate(%q): got %q %v, want %q %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestYAMLErrorLines(t *testing.T) {
	tests := []struct {
		yaml string
		line int
	}{
		{"- source: a\n  type: uses\n  target: [x\n  target_kind: tool\n", 3},          // unclosed flow list
		{"- source: a\n  type: uses\n target: b\n", 3},                                 // bad indentation
		{"- source: a\n  type: uses\n  target: b: c\n", 3},                             // mapping in a plain value
		{"- source: a\n  type: \"unterminated\n  target: b\n", 2},                      // open quote
		{"- source: a\n  type: uses\n  - target\n", 3},                                 // list item in a mapping
		{"- source: a\n\ttype: uses\n", 2},                                             // tab
		{"relationships:\n  - source: a\n    type: uses\n   target: b\n", 4},           // indentation under a key
		{"relationships:\n  - source: a\n    type: uses\n    target: [b, c}\n", 4},     // mismatched brackets
		{"- source: a\n  source_aliases: [x,\n     y]\n  type: uses\n target: b\n", 5}, // a valid two-line list above the fault
	}
	for _, tt := range tests {
		_, err := readYAML("x.yaml", []byte(tt.yaml))
		var ie *graph.InputError
		if !errors.As(err, &ie) || ie.Line != tt.line {
			t.Errorf("%q: got %v, want an error on line %d", tt.yaml, err, tt.line)
		}
	}
}
