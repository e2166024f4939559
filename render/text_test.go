package render

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func TestTextGolden(t *testing.T) {
	golden(t, "sample.txt.golden", []byte(Text(sample())))
	golden(t, "nasty.txt.golden", []byte(Text(nasty())))
}

func TestText(t *testing.T) {
	got := Text(sample())
	for _, want := range []string{
		"APT40 targeting in Cambodia\n",
		"Matched:\n  APT40 (ThreatActor) aka BRONZE MOHAWK",
		"  APT40 -[TARGETED x2 reports]-> Ministry of Interior [1, 2]",
		"  APT40 -[USES x1 report]-> SCANBOX [1] (2018-07-10)",
		"  APT40 -[ATTRIBUTED_TO x2 reports]-> China [1, 2] (2018-07-10 – 2019-03-04)",
		"Sources:\n  [1] Chinese espionage group targets Cambodia ahead of elections — Example Threat Intel, 2018-07-10 — https://intel.example.com/apt40-cambodia",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("got text without %q:\n%s", want, got)
		}
	}
	// Groups follow graph.RelTypes order: TARGETED before ATTRIBUTED_TO before USES.
	ti, ai, ui := strings.Index(got, "\nTARGETED\n"), strings.Index(got, "\nATTRIBUTED_TO\n"), strings.Index(got, "\nUSES\n")
	if !(ti >= 0 && ti < ai && ai < ui) {
		t.Errorf("got groups at %d, %d, %d; want TARGETED, ATTRIBUTED_TO, USES in that order", ti, ai, ui)
	}
	// A name cannot forge lines.
	for _, line := range strings.Split(Text(nasty()), "\n") {
		if strings.HasPrefix(line, "break") || strings.Contains(line, "\r") || strings.Contains(line, "\x01") {
			t.Errorf("got a forged or raw control line %q", line)
		}
	}
	if got := Text(graph.Subgraph{}); got != "Subgraph\n0 entities, 0 relationships\n" {
		t.Errorf("empty: got %q", got)
	}
}

func TestJSONGolden(t *testing.T) {
	data, err := JSON(sample())
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "sample.json.golden", data)
}

func TestJSONContract(t *testing.T) {
	sg := nasty()
	data, err := JSON(sg)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Title   *string  `json:"title"`
		Matched []string `json:"matched"`
		Nodes   []struct {
			ID, Kind, Name string
			Aliases        []string
		} `json:"nodes"`
		Edges []struct {
			Type, Source, Target string
			Evidence             []struct {
				Report struct {
					ID, Title, URL, Date string
				}
				Sentence string
			}
		} `json:"edges"`
		Sources []graph.ReportRef `json:"sources"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("JSON does not decode: %v", err)
	}
	if doc.Title == nil || *doc.Title != sg.Title {
		t.Errorf("got title %v, want %q", doc.Title, sg.Title)
	}
	if len(doc.Nodes) != len(sg.Nodes) || len(doc.Edges) != len(sg.Edges) || len(doc.Matched) != 1 || len(doc.Sources) != 1 {
		t.Errorf("got %d nodes, %d edges, %d matched, %d sources; want %d, %d, 1, 1",
			len(doc.Nodes), len(doc.Edges), len(doc.Matched), len(doc.Sources), len(sg.Nodes), len(sg.Edges))
	}
	for _, e := range doc.Edges {
		if len(e.Evidence) == 0 || e.Evidence[0].Report.Title != `A "report" <title> & \ more` || !strings.HasPrefix(e.Evidence[0].Sentence, "about ") {
			t.Errorf("edge %s -> %s: got evidence %+v", e.Source, e.Target, e.Evidence)
		}
	}
	// Not HTML-escaped: scripts see the text as it is.
	if !bytes.Contains(data, []byte(`<goodbye>`)) {
		t.Errorf("got JSON with HTML escapes")
	}
	// Indented and deterministic, whatever the input order; the caller's
	// slices are left alone.
	if !bytes.HasPrefix(data, []byte("{\n  \"title\"")) {
		t.Errorf("got JSON not indented: %.40s", data)
	}
	rev := nasty()
	for i, j := 0, len(rev.Edges)-1; i < j; i, j = i+1, j-1 {
		rev.Edges[i], rev.Edges[j] = rev.Edges[j], rev.Edges[i]
	}
	first := rev.Edges[0].Target
	again, err := JSON(rev)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again, data) {
		t.Errorf("JSON depends on input order")
	}
	if rev.Edges[0].Target != first {
		t.Errorf("JSON reordered the caller's edges")
	}
	empty, err := JSON(graph.Subgraph{})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(empty, []byte(`"matched": []`)) || !bytes.Contains(empty, []byte(`"nodes": []`)) || !bytes.Contains(empty, []byte(`"edges": []`)) {
		t.Errorf("empty subgraph: got %s, want empty arrays rather than null", empty)
	}
}
