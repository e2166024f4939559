package eval

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func TestNamesMatch(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"TEMP.Periscope", "temp periscope", true},
		{"APT40", "APT-40", true},
		{"APT 40", "apt40", true},
		{"The Ministry of the Interior", "Ministry of Interior", true},
		{"National Election Commission", "the National Election Commission of Cambodia", true},
		{"the National Election Commission of Cambodia", "National Election Commission", true},
		{"Senate", "Cambodian Senate", true},
		{"Election Commission", "National Election Commission", true},
		{"Ministry of Interior", "Cambodian Ministry of Interior", true},
		{"Ministry of Interior", "Ministry of Interior and Security", true},
		{"Cambodia’s Senate", "Senate", true},
		{"Ministry of Foreign Affairs", "Ministry of Interior", false},
		{"Ministry", "Ministry of Foreign Affairs", false},
		{"Government", "Cambodian Government", false},
		{"Cambodia", "National Election Commission of Cambodia", false},
		{"Cambodia", "Cambodia National Rescue Party", false},
		{"National Election Commission", "National Election Committee", false},
		{"APT40", "APT41", false},
		{"City of Wichita", "Wichita", true},
		{"the city of Palermo", "City of Palermo", true},
		{"City of London Police", "London", false},
		{"the Asia-Pacific region", "Asia-Pacific", true},
		{"Asia-Pacific region", "Asia", false},
		{"", "APT40", false},
		{"the", "the", false},
	}
	for _, tt := range tests {
		t.Run(tt.a+"~"+tt.b, func(t *testing.T) {
			if got := NamesMatch(tt.a, tt.b); got != tt.want {
				t.Errorf("NamesMatch(%q, %q): got %v, want %v", tt.a, tt.b, got, tt.want)
			}
			if got := NamesMatch(tt.b, tt.a); got != tt.want {
				t.Errorf("NamesMatch(%q, %q): got %v, want %v (not symmetric)", tt.b, tt.a, got, tt.want)
			}
		})
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The Ministry of the Interior", "ministry of interior"},
		{"TEMP.Periscope", "temp periscope"},
		{"APT40", "apt 40"},
		{"  Licadho ", "licadho"},
		{"a", ""},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNamed(t *testing.T) {
	tests := []struct {
		name string
		kind graph.Kind
		want bool
	}{
		{"Licadho", graph.Organization, true},
		{"APT40", graph.ThreatActor, true},
		{"admin@338", graph.ThreatActor, true},
		{"Ministry of Foreign Affairs", "", true},
		{"Cambodia", graph.Country, true},
		{"diplomats working abroad", graph.Person, false},
		{"Government", graph.Sector, false},
		{"The group", graph.ThreatActor, false},
		{"They", graph.ThreatActor, false},
		{"Victims", "", false},
		{"victim environments", graph.Organization, false},
		{"Compromised Hosts", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		if got := Named(tt.name, tt.kind); got != tt.want {
			t.Errorf("Named(%q, %q): got %v, want %v", tt.name, tt.kind, got, tt.want)
		}
	}
}
