package graph

import (
	"reflect"
	"testing"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The Ministry of Foreign Affairs", "ministry of foreign affairs"},
		{"  ministry   of foreign\taffairs ", "ministry of foreign affairs"},
		{"Ministère des Affaires étrangères", "ministere des affaires etrangeres"},
		{"O'Brien & Partners, Ltd.", "obrien and partners ltd"},
		{"AT&T", "at and t"},
		{"X-Agent", "x agent"},
		{"APT28", "apt28"},
		{"Theater Group", "theater group"}, // "the" only as a whole word
		{"the", "the"},
		{"Міністерство оборони України", "міністерство оборони украіни"},
		{"北京 Group", "北京 group"},
		{"", ""},
		{"!!!", ""},
		{"ＡＰＴ２８", "apt28"}, // full-width letters fold
	}
	for _, tc := range tests {
		if got := Normalize(tc.in); got != tc.want {
			t.Errorf("Normalize(%q): got %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestNodeID(t *testing.T) {
	tests := []struct {
		k    Kind
		name string
		want string
	}{
		{ThreatActor, "APT28", "threatactor:apt28"},
		{ThreatActor, "apt 28", "threatactor:apt-28"},
		{Organization, "The National Election Commission", "organization:national-election-commission"},
		{Organization, "O'Brien & Partners, Ltd.", "organization:obrien-and-partners-ltd"},
		{Country, "Côte d'Ivoire", "country:cote-divoire"},
		{Malware, "X-Agent", "malware:x-agent"},
	}
	for _, tc := range tests {
		if got := NodeID(tc.k, tc.name); got != tc.want {
			t.Errorf("NodeID(%s, %q): got %q, want %q", tc.k, tc.name, got, tc.want)
		}
	}
	if NodeID(Organization, "Ministry of Defence") == NodeID(Country, "Ministry of Defence") {
		t.Errorf("two kinds with one name share an id")
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"APT40", []string{"apt", "40"}},
		{"APT 40", []string{"apt", "40"}},
		{"TA505 group", []string{"ta", "505", "group"}},
		{"The Election Commission", []string{"election", "commission"}},
		{"x-agent v2", []string{"x", "agent", "v", "2"}},
		{"", nil},
	}
	for _, tc := range tests {
		if got := Words(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Words(%q): got %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestMatch(t *testing.T) {
	apt28 := NewNode(ThreatActor, "APT28", "Fancy Bear", "Sofacy")
	nec := NewNode(Organization, "National Election Commission")
	moi := NewNode(Organization, "Ministry of Interior")
	cyr := NewNode(Organization, "Міністерство оборони України")
	tests := []struct {
		query string
		n     Node
		want  int
	}{
		{"APT28", apt28, 3},
		{"apt28", apt28, 3},
		{"APT 28", apt28, 3},    // same letters and digits
		{"A.P.T.-28", apt28, 3}, // same letters and digits
		{"fancy bear", apt28, 2},
		{"FANCY-BEAR", apt28, 2},
		{"bear", apt28, 1},
		{"apt", apt28, 1},
		{"28", apt28, 1},
		{"fancy sofacy", apt28, 0}, // words must come from one name
		{"election commission", nec, 1},
		{"the national election commission", nec, 3},
		{"national commission", nec, 1},
		{"election committee", nec, 0},
		{"elect", nec, 0}, // whole words only
		{"ministry of the interior", moi, 1},
		{"the ministry", moi, 1},
		{"of the", moi, 0}, // only stop words
		{"", nec, 0},
		{"!!!", nec, 0},
		{"міністерство оборони", cyr, 1},
		{"Міністерство оборони України", cyr, 3},
		// Names without Latin letters or digits must not all look equal.
		{"Лазарь", cyr, 0},
		{"北京", NewNode(Organization, "Фобос"), 0},
	}
	for _, tc := range tests {
		if got := Match(tc.query, tc.n); got != tc.want {
			t.Errorf("Match(%q, %q): got %d, want %d", tc.query, tc.n.Name, got, tc.want)
		}
	}
}

func TestNearest(t *testing.T) {
	names := []string{"Fancy Bear", "Cozy Bear", "Sandworm Team", "Sandworm Team", "APT28", "APT29", "Turla",
		"National Election Commission"}
	tests := []struct {
		query string
		n     int
		want  []string
	}{
		{"Fancy Baer", 5, []string{"Fancy Bear"}},
		{"APT 28", 5, []string{"APT28", "APT29"}},
		{"APT27", 1, []string{"APT28"}},                                      // ties by name
		{"Sandworm Teem", 5, []string{"Sandworm Team"}},                      // repeated candidates appear once
		{"election commission", 5, []string{"National Election Commission"}}, // contained in the name
		{"Sandwurm", 5, []string{"Sandworm Team"}},                           // a typo in one word of a longer name
		{"Completely Different", 5, nil},
	}
	for _, tc := range tests {
		if got := Nearest(tc.query, names, tc.n); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Nearest(%q, %d): got %q, want %q", tc.query, tc.n, got, tc.want)
		}
	}
}

func TestLevenshtein(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"abc", "", 3}, {"", "abc", 3}, {"kitten", "sitting", 3}, {"bear", "baer", 2}, {"été", "ete", 2},
	}
	for _, tc := range tests {
		if got := levenshtein(tc.a, tc.b); got != tc.want {
			t.Errorf("levenshtein(%q, %q): got %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestReportIDForURL(t *testing.T) {
	base := ReportIDForURL("https://example.org/research/harbor-kestrel")
	same := []string{"http://www.Example.org/research/harbor-kestrel/", "https://example.org/research/harbor-kestrel?utm_source=x#top",
		"  https://EXAMPLE.org/research/harbor-kestrel?fbclid=1  "}
	for _, u := range same {
		if got := ReportIDForURL(u); got != base {
			t.Errorf("ReportIDForURL(%q): got %s, want %s", u, got, base)
		}
	}
	if other := ReportIDForURL("https://example.org/research/harbor-kestrel?id=2"); other == base {
		t.Errorf("a meaningful query parameter was dropped: both give %s", base)
	}
	if got := CanonicalURL(""); got != "" {
		t.Errorf("CanonicalURL(\"\"): got %q, want empty", got)
	}
}
