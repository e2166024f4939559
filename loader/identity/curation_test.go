package identity

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func TestParseCuration(t *testing.T) {
	c := curation(t, `# analyst corrections
merge:
  - into: National Election Commission
    from: National Election Committee
    kind: organization
  - {into: APT40, from: [Leviathan, TEMP.Periscope]}
split:
  - {alias: TEMP.Jumper, from: APT40}
rename:
  - {entity: APT40, name: Leviathan}
drop:
drop:
  - {entity: Noise, kind: Organization}
`)
	want := &Curation{Path: "cur.yaml", Fingerprint: c.Fingerprint,
		Merges: []Merge{
			{Line: 3, Kind: graph.Organization, Into: "National Election Commission", From: []string{"National Election Committee"}},
			{Line: 6, Into: "APT40", From: []string{"Leviathan", "TEMP.Periscope"}},
		},
		Splits:  []Split{{Line: 8, Name: "TEMP.Jumper", From: "APT40"}},
		Renames: []Rename{{Line: 10, Entity: "APT40", Name: "Leviathan"}},
		Drops:   []Drop{{Line: 13, Kind: graph.Organization, Entity: "Noise"}},
	}
	if !reflect.DeepEqual(c, want) {
		t.Errorf("got %+v\nwant %+v", c, want)
	}
	if c.Fingerprint == "" || c.Fingerprint == curation(t, "merge:\n").Fingerprint {
		t.Errorf("fingerprint %q does not tell contents apart", c.Fingerprint)
	}
	if empty := curation(t, ""); len(empty.Merges)+len(empty.Splits)+len(empty.Renames)+len(empty.Drops) != 0 {
		t.Errorf("an empty file curates something: %+v", empty)
	}
}

func TestParseCurationErrors(t *testing.T) {
	tests := []struct {
		name, text string
		line       int
		field      string
		msg        string
	}{
		{"not yaml", "merge:\n  - {into: A\n", 2, "", "not YAML"},
		{"not a mapping", "- a\n", 1, "", "mapping"},
		{"unknown section", "merge:\nmerges:\n  - {into: A, from: B}\n", 2, "merges", "unknown section"},
		{"section not a list", "merge: A\n", 1, "merge", "list"},
		{"entry not a mapping", "drop:\n  - Noise\n", 2, "drop", "mapping"},
		{"missing into", "merge:\n  - {from: B}\n", 2, "merge.into", "missing into"},
		{"missing from", "merge:\n  - {into: A}\n", 2, "merge.from", "missing from"},
		{"missing name", "rename:\n  - entity: A\n", 2, "rename.name", "missing name"},
		{"unknown key", "rename:\n  - entity: A\n    name: B\n    nmae: C\n", 4, "rename.nmae", "unknown key"},
		{"bad kind", "drop:\n  - {entity: A, kind: Planet}\n", 2, "drop.kind", "Planet"},
		{"list where one name", "rename:\n  - {entity: [A, B], name: C}\n", 2, "rename.entity", "one name"},
		{"misspelt key with a list", "merge:\n  - into: A\n    frm: [B]\n", 3, "merge.frm", "unknown key"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseCuration("cur.yaml", []byte(tt.text))
			var ie *graph.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("got %v, want a *graph.InputError", err)
			}
			if !errors.Is(err, graph.ErrInvalid) {
				t.Errorf("got %v, want it to wrap graph.ErrInvalid", err)
			}
			if ie.File != "cur.yaml" || ie.Line != tt.line || ie.Field != tt.field {
				t.Errorf("got file %s line %d field %q, want cur.yaml line %d field %q (%v)", ie.File, ie.Line, ie.Field, tt.line, tt.field, err)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("got %q, want it to say %q", err, tt.msg)
			}
		})
	}
	if _, err := ReadCuration("/nonexistent/cur.yaml"); !errors.Is(err, graph.ErrInvalid) {
		t.Errorf("missing file: got %v, want an error wrapping graph.ErrInvalid", err)
	}
}
