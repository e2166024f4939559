package gazetteer

import (
	"reflect"
	"testing"
)

// TestProvenance checks the per-name sources, the ATT&CK name and the
// vendors the built-in data keeps for APT40.
func TestProvenance(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	e, ok := g.Lookup("TEMP.Periscope")
	if !ok || e.Name != "APT40" {
		t.Fatalf("Lookup(TEMP.Periscope): got %q, %v, want APT40", e.Name, ok)
	}
	if e.MITREName != "Leviathan" {
		t.Errorf("MITREName: got %q, want Leviathan", e.MITREName)
	}
	for _, tt := range []struct {
		name string
		want []string
	}{
		{"Leviathan", []string{"misp-galaxy", "mitre-attack:G0065"}},
		{"temp periscope", []string{"misp-galaxy", "mitre-attack:G0065"}},
		{"ISLAND CASTLE", []string{"misp-galaxy"}},
		{"APT28", nil},
	} {
		if got := e.SourcesOf(tt.name); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("SourcesOf(%q): got %v, want %v", tt.name, got, tt.want)
		}
	}
	for name, want := range map[string]string{"TEMP.Periscope": "FireEye", "Gingham Typhoon": "Microsoft", "BRONZE MOHAWK": "Secureworks", "Kryptonite Panda": "CrowdStrike", "MUDCARP": ""} {
		if got := e.VendorOf(name); got != want {
			t.Errorf("VendorOf(%q): got %q, want %q", name, got, want)
		}
	}
	one := Entry{Name: "Solo", Aliases: []string{"Alone"}, Sources: []string{"misp-galaxy:x"}}
	if got := one.SourcesOf("Alone"); !reflect.DeepEqual(got, []string{"misp-galaxy"}) {
		t.Errorf("SourcesOf of a one-source entry: got %v", got)
	}
}

func TestClaimants(t *testing.T) {
	g := New([]Entry{{Name: "A", Aliases: []string{"Shared"}}, {Name: "B", Aliases: []string{"Shared", "Bee"}}})
	var names []string
	for _, e := range g.Claimants("shared") {
		names = append(names, e.Name)
	}
	if !reflect.DeepEqual(names, []string{"A", "B"}) {
		t.Errorf("Claimants(shared): got %v, want [A B]", names)
	}
	if got := g.Claimants("bee"); len(got) != 1 || got[0].Name != "B" {
		t.Errorf("Claimants(bee): got %v", got)
	}
	if got := g.Claimants("nobody"); len(got) != 0 {
		t.Errorf("Claimants(nobody): got %v", got)
	}
}
