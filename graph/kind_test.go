package graph

import (
	"errors"
	"strings"
	"testing"
)

func TestParseKind(t *testing.T) {
	tests := []struct {
		in   string
		want Kind
	}{
		{"ThreatActor", ThreatActor}, {"threat-actor", ThreatActor}, {"Threat Actor", ThreatActor},
		{"intrusion-set", ThreatActor}, {"APT", ThreatActor}, {"organisation", Organization},
		{"identity", Organization}, {"location", Country}, {"industry", Sector}, {"report", Report},
		{"MALWARE", Malware}, {"infrastructure", Infrastructure},
	}
	for _, tc := range tests {
		got, err := ParseKind(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("ParseKind(%q): got %q, %v; want %q", tc.in, got, err, tc.want)
		}
		if !got.Valid() {
			t.Errorf("ParseKind(%q) = %q is not Valid", tc.in, got)
		}
	}
	if _, err := ParseKind("hacker"); !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "ThreatActor") {
		t.Errorf("ParseKind(hacker): got %v, want ErrInvalid listing the kinds", err)
	}
	if Kind("threatactor").Valid() {
		t.Errorf("a kind in the wrong case is Valid")
	}
	if len(Kinds()) != 10 {
		t.Errorf("Kinds: got %d, want 10", len(Kinds()))
	}
	ks := Kinds()
	ks[0] = "changed"
	if Kinds()[0] != ThreatActor {
		t.Errorf("Kinds returns the package's own slice")
	}
}

func TestParseRelType(t *testing.T) {
	tests := []struct {
		in   string
		want RelType
	}{
		{"TARGETED", Targeted}, {"targets", Targeted}, {"compromised", Targeted},
		{"attributed-to", AttributedTo}, {"ATTRIBUTED_TO", AttributedTo}, {"sponsored by", AttributedTo},
		{"uses", Uses}, {"deployed", Uses}, {"located_in", LocatedIn}, {"based in", LocatedIn},
		{"part-of", PartOf}, {"member of", PartOf}, {"affiliated", AffiliatedWith}, {"related-to", RelatedTo},
	}
	for _, tc := range tests {
		got, err := ParseRelType(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("ParseRelType(%q): got %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
	if _, err := ParseRelType("likes"); !errors.Is(err, ErrInvalid) {
		t.Errorf("ParseRelType(likes): got %v, want ErrInvalid", err)
	}
	for _, rt := range RelTypes() {
		if !rt.Valid() {
			t.Errorf("%s is not Valid", rt)
		}
	}
}

func TestDirectionString(t *testing.T) {
	for d, want := range map[Direction]string{Out: "out", In: "in", Both: "both"} {
		if got := d.String(); got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	}
}

func TestErrors(t *testing.T) {
	nf := &NotFoundError{Query: "Fancy Baer", Nearest: []string{"Fancy Bear", "Cozy Bear"}}
	if want := `nothing matches "Fancy Baer"; nearest names: Fancy Bear, Cozy Bear`; nf.Error() != want {
		t.Errorf("got %q, want %q", nf.Error(), want)
	}
	if !errors.Is(nf, ErrNotFound) {
		t.Errorf("NotFoundError does not wrap ErrNotFound")
	}
	if got := (&NotFoundError{Query: "x"}).Error(); got != `nothing matches "x"` {
		t.Errorf("without nearest names: got %q", got)
	}
	ie := &InputError{File: "a.csv", Line: 3, Field: "kind", Err: ErrInvalid}
	if want := "a.csv:3: field kind: invalid"; ie.Error() != want {
		t.Errorf("got %q, want %q", ie.Error(), want)
	}
	if !errors.Is(ie, ErrInvalid) {
		t.Errorf("InputError does not wrap its cause")
	}
	if got := (&InputError{File: "a.md", Err: ErrInvalid}).Error(); got != "a.md: invalid" {
		t.Errorf("without line and field: got %q", got)
	}
}
