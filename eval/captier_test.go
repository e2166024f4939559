package eval

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (run go test -update): %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s: got\n%s\nwant\n%s", name, got, want)
	}
}

func TestReadCaptier(t *testing.T) {
	c, st, err := ReadCaptierFile(filepath.Join("testdata", "captier_sample.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(c.Docs), 10; got != want {
		t.Errorf("documents: got %d, want %d", got, want)
	}
	if got, want := c.Docs[0].ID, "Sample_Group_Ember Owl_1"; got != want {
		t.Errorf("first document id: got %q, want %q", got, want)
	}
	if !strings.HasPrefix(string(c.Docs[0].Data), "Ember Owl is a Freedonia-based group") {
		t.Errorf("first document text: got %q", c.Docs[0].Data)
	}
	if !c.Annotated {
		t.Errorf("Annotated: got false, want true")
	}
	var buf bytes.Buffer
	if err := WriteGold(&buf, c.Gold); err != nil {
		t.Fatal(err)
	}
	golden(t, "captier_sample.gold.jsonl", buf.Bytes())

	wantKept := map[Type]int{Targeted: 5, AttributedTo: 3, Uses: 3, Alias: 2}
	for typ, n := range wantKept {
		if st.Kept[typ] != n {
			t.Errorf("kept %s: got %d, want %d", typ, st.Kept[typ], n)
		}
	}
	// Derived: Sylvania, Sylvanian (twice stated, once kept), banks and
	// Sylvanian through a technique, shipping and mining as list members,
	// Freedonia through the Directorate, NetSweep as a variant of used tools,
	// the port authorities located in a targeted country.
	if st.Derived != 9 {
		t.Errorf("derived: got %d, want 9", st.Derived)
	}
	for reason, n := range map[string]int{
		"source names no one":               1,
		"target names no one":               4,
		"uses a description, not a name":    2,
		"relation type requires not scored": 1,
	} {
		if st.Dropped[reason] != n {
			t.Errorf("dropped %q: got %d, want %d (all: %v)", reason, st.Dropped[reason], n, st.Dropped)
		}
	}
	// The converted gold reads back as it was written.
	back, err := ReadGold("round trip", &buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(back) != len(c.Gold) {
		t.Errorf("round trip: got %d relationships, want %d", len(back), len(c.Gold))
	}
}

func TestReadCaptierErrors(t *testing.T) {
	tests := []struct {
		name, in string
		line     int
	}{
		{"not json", "{\"id\": \"a\", \"text\": \"x\"}\n{oops\n", 2},
		{"no id", "{\"text\": \"x\"}\n", 1},
		{"unknown entity", `{"id": "a", "text": "x y", "entities": [], "relations": [{"from_id": 1, "to_id": 2, "type": "uses"}]}`, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := ReadCaptier("in.jsonl", strings.NewReader(tt.in))
			var ie *graph.InputError
			if !errors.As(err, &ie) || !errors.Is(err, graph.ErrInvalid) {
				t.Fatalf("got %v, want an InputError wrapping ErrInvalid", err)
			}
			if ie.Line != tt.line {
				t.Errorf("line: got %d, want %d", ie.Line, tt.line)
			}
		})
	}
}

func TestReadGold(t *testing.T) {
	in := `# a comment
{"doc": "a.md", "type": "targets", "source": "APT1", "target": "Acme", "target_kind": "organisation"}

{"doc": "a.md", "type": "alias", "source": "APT1", "target": "Comment Crew"}
`
	gs, err := ReadGold("g.jsonl", strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(gs) != 2 {
		t.Fatalf("got %d relationships, want 2", len(gs))
	}
	if gs[0].Type != Targeted || gs[0].TargetKind != graph.Organization {
		t.Errorf("first: got type %s kind %s, want TARGETED Organization", gs[0].Type, gs[0].TargetKind)
	}
	if gs[1].Type != Alias {
		t.Errorf("second: got type %s, want ALIAS", gs[1].Type)
	}

	bad := []struct{ name, in string }{
		{"unknown type", `{"doc": "a", "type": "LOVES", "source": "x", "target": "y"}`},
		{"no doc", `{"type": "USES", "source": "x", "target": "y"}`},
		{"no target", `{"doc": "a", "type": "USES", "source": "x", "target": "the"}`},
		{"unknown field", `{"doc": "a", "type": "USES", "source": "x", "target": "y", "sentence": "z"}`},
		{"unknown kind", `{"doc": "a", "type": "USES", "source": "x", "target": "y", "target_kind": "planet"}`},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadGold("g.jsonl", strings.NewReader("\n"+tt.in+"\n"))
			var ie *graph.InputError
			if !errors.As(err, &ie) || !errors.Is(err, graph.ErrInvalid) || ie.Line != 2 {
				t.Errorf("got %v, want an InputError at line 2 wrapping ErrInvalid", err)
			}
		})
	}
}

func TestAliasCue(t *testing.T) {
	tests := []struct {
		between string
		want    bool
	}{
		{" (", true},
		{", also known as ", true},
		{", which is also referred to as ", true},
		{" also appears to be known as ", true},
		{", also called ", true},
		{" aka ", true},
		{" a.k.a. ", true},
		{" and ", false},
		{" shares tooling with ", false},
		{", a group that works with the team known as ", false},
	}
	for _, tt := range tests {
		if got := aliasCue.MatchString(tt.between); got != tt.want {
			t.Errorf("aliasCue(%q): got %v, want %v", tt.between, got, tt.want)
		}
	}
}
