package neo4j

import (
	"reflect"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// These tests need no server: they check the parts of the store that are
// plain Go (search tokens, encoding, redaction).

var matchNodes = []graph.Node{
	graph.NewNode(graph.ThreatActor, "TEMP.Periscope", "APT40", "Leviathan", "BRONZE MOHAWK"),
	graph.NewNode(graph.ThreatActor, "APT 28", "Fancy Bear", "Sofacy"),
	graph.NewNode(graph.Organization, "Ministry of the Interior"),
	graph.NewNode(graph.Organization, "Ministère des Affaires étrangères"),
	graph.NewNode(graph.Country, "Côte d'Ivoire"),
	graph.NewNode(graph.ThreatActor, "Лазарь"),
	graph.NewNode(graph.ThreatActor, "Кимсуки", "Velvet Chollima"),
	graph.NewNode(graph.Organization, "AT&T"),
	graph.NewNode(graph.Organization, "The Of"),
	graph.NewNode(graph.Malware, "Café"),
	graph.NewNode(graph.Tool, "Not Or And"),
	graph.NewNode(graph.Sector, "Oil & Gas"),
	graph.NewNode(graph.Organization, "中国电信"),
	graph.NewNode(graph.Infrastructure, "x1y2z3"),
}

var matchQueries = []string{
	"TEMP.Periscope", "temp periscope", "periscope", "APT40", "APT 40", "apt-40", "apt", "40", "Leviathan",
	"bronze", "APT28", "apt 28", "fancy", "Ministry of Interior", "ministry of the interior", "the interior",
	"ministere des affaires etrangeres", "Ministère", "affaires", "cote divoire", "Côte d’Ivoire", "Лазарь",
	"лазарь", "Кимсуки", "velvet chollima", "AT&T", "at and t", "att", "AT T", "the of", "of", "The", "Caf",
	"cafe", "Café", "not", "NOT OR AND", "or", "oil and gas", "oil gas", "中国电信", "中国", "x1y2z3", "x 1 y 2",
	"xyz", "", "!!!", "  ", "ǃ", "\"quoted\"", "back\\slash", "apt*", "apt?", "(apt)", "apt:40",
}

// TestSearchTokensCoverMatch: every node graph.Match accepts for a query is
// among the index candidates for that query.
func TestSearchTokensCoverMatch(t *testing.T) {
	for _, q := range matchQueries {
		for _, n := range matchNodes {
			score := graph.Match(q, n)
			got := tokensSatisfy(searchTokens(n), q)
			if score > 0 && !got {
				t.Errorf("query %q, node %q: graph.Match = %d but the index would not return it (tokens %v)", q, n.Name, score, searchTokens(n))
			}
		}
	}
}

// TestStopWordsMirrorGraph probes graph.Match for the words it does not
// require, so that a change of graph's list shows up here.
func TestStopWordsMirrorGraph(t *testing.T) {
	probe := strings.Fields("the of a an and for in on to or at by with from as is be it its this that not no de la le des du der die das el los group team")
	n := graph.NewNode(graph.Organization, "Zyxw")
	for _, w := range probe {
		got := graph.Match("zyxw "+w, n) > 0
		if got != stopWords[w] {
			t.Errorf("word %q: graph treats it as a stop word: %v, this package: %v", w, got, stopWords[w])
		}
	}
}

func TestSearchQuery(t *testing.T) {
	tests := []struct {
		text string
		want string
		ok   bool
	}{
		{"APT40", `(+"apt" +"40") OR "n_apt40" OR "k_apt40"`, true},
		{"TEMP.Periscope", `(+"temp" +"periscope") OR "n_temp_periscope" OR "k_tempperiscope"`, true},
		{"the", `"n_the" OR "k_the"`, true},
		{"Лазарь", `(+"лазарь") OR "n_лазарь"`, true},
		{"!!!", "", false},
	}
	for _, tt := range tests {
		got, ok := searchQuery(tt.text)
		if got != tt.want || ok != tt.ok {
			t.Errorf("searchQuery(%q) = %q, %v; want %q, %v", tt.text, got, ok, tt.want, tt.ok)
		}
	}
}

func TestNodeRoundTrip(t *testing.T) {
	nodes := []graph.Node{
		graph.NewNode(graph.ThreatActor, "APT40", "TEMP.Periscope"),
		{ID: "organization:x", Kind: graph.Organization, Name: "X",
			AliasClaims: []graph.AliasClaim{{Alias: "Y", Source: "r1"}},
			Props:       map[string]string{"country": "US", "name": "collides", "empty": ""}},
		{ID: "report:r", Kind: graph.Report, Name: "R"},
	}
	for _, n := range nodes {
		props, err := nodeProps(n)
		if err != nil {
			t.Fatal(err)
		}
		// The driver hands lists back as []any.
		if a, ok := props[propAliases].([]string); ok {
			l := make([]any, len(a))
			for i, s := range a {
				l[i] = s
			}
			props[propAliases] = l
		}
		got, ok, err := decodeNode([]string{entityLabel, string(n.Kind)}, props)
		if err != nil || !ok {
			t.Fatalf("decode %s: ok %v, err %v", n.ID, ok, err)
		}
		if !reflect.DeepEqual(got, n) {
			t.Errorf("round trip: got %+v, want %+v", got, n)
		}
	}
	if _, ok, _ := decodeNode([]string{"Foo"}, map[string]any{"id": "x"}); ok {
		t.Errorf("a node without a kind label decoded as an entity")
	}
}

func TestEdgeRoundTrip(t *testing.T) {
	e := graph.Edge{Type: graph.Targeted, Source: "a", Target: "b", Evidence: []graph.Evidence{
		{Report: graph.ReportRef{ID: "r1", Date: "2024-01-02", Title: "T"}, Sentence: "s", Rule: "verb", Confidence: 0.7},
		{Report: graph.ReportRef{ID: "r2"}, Locator: "relationship--1", Confidence: 1.0 / 3},
	}}
	props, err := edgeProps(e)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := props[propReports], []string{"r1", "r2"}; !reflect.DeepEqual(got, want) {
		t.Errorf("reports: got %v, want %v", got, want)
	}
	got, ok, err := decodeEdge(string(e.Type), "a", "b", props)
	if err != nil || !ok {
		t.Fatalf("decode: ok %v, err %v", ok, err)
	}
	if !reflect.DeepEqual(got, e) {
		t.Errorf("round trip: got %+v, want %+v", got, e)
	}
}

func TestConfigStringRedacts(t *testing.T) {
	tests := []Config{
		{URI: "bolt://127.0.0.1:7687", User: "neo4j", Password: "s3cret-pw"},
		{URI: "neo4j+s://neo4j:s3cret-pw@example.invalid", Password: "s3cret-pw"},
		{URI: "bolt://neo4j:s3cret-pw@[bad", Password: "s3cret-pw"},
	}
	for _, c := range tests {
		got := c.withDefaults().String()
		if strings.Contains(got, "s3cret-pw") {
			t.Errorf("Config.String() = %q: shows the password", got)
		}
		if !strings.Contains(got, "password=<redacted>") {
			t.Errorf("Config.String() = %q: want password=<redacted>", got)
		}
	}
}

func TestMergeReportRefCommutes(t *testing.T) {
	a := graph.ReportRef{ID: "r", Title: "B", URL: "u"}
	b := graph.ReportRef{ID: "r", Title: "A", Date: "2024-01-01"}
	if x, y := mergeReportRef(a, b), mergeReportRef(b, a); x != y {
		t.Errorf("merge depends on order: %+v vs %+v", x, y)
	}
	if got := mergeReportRef(a, b); got.Title != "A" || got.URL != "u" || got.Date != "2024-01-01" {
		t.Errorf("merge: got %+v", got)
	}
}
