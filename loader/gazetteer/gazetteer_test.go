package gazetteer

import (
	"reflect"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func small() *Gazetteer {
	return New([]Entry{
		{Name: "APT40", Aliases: []string{"Leviathan", "TEMP.Periscope", "KRYPTONITE PANDA"}, Country: "CN", ExternalIDs: []string{"G0065"}},
		{Name: "APT28", Aliases: []string{"Fancy Bear", "Sofacy", "Group 74"}, Country: "RU"},
		{Name: "Lazarus Group", Aliases: []string{"Hidden Cobra", "Andariel"}},
		{Name: "Andariel", Aliases: []string{"Silent Chollima"}},
		{Name: "Silence", Aliases: []string{"Contract Crew", "Shared Name"}},
		{Name: "Other", Aliases: []string{"Shared Name", "admin@338"}},
		{Name: "MosesStaff", Aliases: []string{"Marigold Sandstorm"}, MITREName: "Moses Staff"},
		{Name: "GALLIUM", Aliases: []string{"Granite Typhoon"}},
		{Name: "CHROMIUM", Aliases: []string{"ControlX"}},
		{Name: "LAPSUS", MITREName: "LAPSUS$"},
		{Name: "Killnet"},
		{Name: "XakNet", Aliases: []string{"XakNet Team"}},
		{Name: "APT29", Aliases: []string{"Cozy Duke", "UNC2452", "NOBELIUM"}},
		{Name: "UNC2452", Aliases: []string{"NOBELIUM", "Dark Halo"}},
	})
}

func TestLookup(t *testing.T) {
	g := small()
	tests := []struct {
		query string
		want  string // "" for no match
	}{
		{"APT40", "APT40"},
		{"apt 40", "APT40"},
		{"APT-40", "APT40"},
		{"temp.periscope", "APT40"},
		{"TEMP Periscope", "APT40"},
		{"Leviathan", "APT40"},
		{"G0065", "APT40"},
		{"Kryptonite Panda", "APT40"},
		{"the Lazarus Group", "Lazarus Group"},
		{"Lazarus", "Lazarus Group"}, // without the generic "Group"
		{"Andariel", "Andariel"},     // a display name wins over another entry's alias
		{"Silence", "Silence"},       // Lookup accepts ordinary words that Scan skips
		{"Shared Name", ""},          // claimed by two entries: ambiguous
		{"NOBELIUM", "APT29"},        // claimed by two, one of which lists the other as its own
		{"UNC2452", "UNC2452"},
		{"Cozy Bear", ""},
		{"", ""},
	}
	for _, tt := range tests {
		e, ok := g.Lookup(tt.query)
		if got := e.Name; got != tt.want || ok != (tt.want != "") {
			t.Errorf("Lookup(%q): got %q (%v), want %q", tt.query, got, ok, tt.want)
		}
	}
}

func TestConflicts(t *testing.T) {
	var got []string
	for _, c := range small().Conflicts() {
		var names []string
		for _, e := range c.Entries {
			names = append(names, e.Name)
		}
		got = append(got, c.Alias+": "+strings.Join(names, ", "))
	}
	want := []string{"Andariel: Andariel, Lazarus Group", "NOBELIUM: APT29, UNC2452", "Shared Name: Other, Silence", "UNC2452: APT29, UNC2452"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestScan(t *testing.T) {
	g := small()
	tests := []struct {
		text string
		want []string // "surface=entry"
	}{
		{"The group TEMP.Periscope, also called APT 40, hit them.", []string{"TEMP.Periscope=APT40", "APT 40=APT40"}},
		{"Leviathan's tools and KRYPTONITE PANDA / Kryptonite Panda.", []string{"Leviathan=APT40", "KRYPTONITE PANDA=APT40", "Kryptonite Panda=APT40"}},
		{"the Lazarus group and Lazarus alone and Hidden Cobra.", []string{"Lazarus group=Lazarus Group", "Lazarus=Lazarus Group", "Hidden Cobra=Lazarus Group"}},
		{"Fancy Bear (G0065) and Group 74.", []string{"Fancy Bear=APT28", "G0065=APT40", "Group 74=APT28"}},
		// Negatives: ordinary words, lower case, names inside longer words,
		// ambiguous names.
		{"Silence fell. The contract crew left.", nil},
		{"leviathan in lower case, APT40s, XAPT40, TEMP.Periscopes", nil},
		{"A Shared Name and admin@338 appear.", nil},
		{"Andariel is named.", []string{"Andariel=Andariel"}},
		// A name two entries claim, one of which lists the other among its
		// names, is the one that lists it.
		{"NOBELIUM and Dark Halo.", []string{"NOBELIUM=APT29", "Dark Halo=UNC2452"}},
		// The ATT&CK spelling of a name the entry spells otherwise.
		{"Moses Staff and MosesStaff.", []string{"Moses Staff=MosesStaff", "MosesStaff=MosesStaff"}},
		// Microsoft's element names in capitals and, as the press writes
		// them, in title case; not an element ordinary prose names.
		{"GALLIUM, or Gallium, hit them; Chromium-based browsers and CHROMIUM.", []string{"GALLIUM=GALLIUM", "Gallium=GALLIUM", "CHROMIUM=CHROMIUM"}},
		// A dollar sign marks a name in capitals in any case, alone: not
		// inside a longer name, not the plain word.
		{"Lapsus$ and LAPSUS$ struck; Scattered Lapsus$ Hunters; a lapsus.", []string{"Lapsus=LAPSUS", "LAPSUS=LAPSUS"}},
		// ... and with its group noun after it.
		{"a message signed by Lapsus$ Group.", []string{"Lapsus=LAPSUS"}},
		// The inner capital of a one-word compound name, as writers set it
		// or not; never in lower case.
		{"KillNet, Killnet, XakNet, Xaknet and killnet.", []string{"KillNet=Killnet", "Killnet=Killnet", "XakNet=XakNet", "Xaknet=XakNet"}},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range g.Scan(tt.text) {
			if tt.text[m.Start:m.End] != m.Text {
				t.Errorf("got offsets [%d,%d) for %q, want them to cut out the text", m.Start, m.End, m.Text)
			}
			got = append(got, m.Text+"="+m.Entry.Name)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Scan(%q): got %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestScannable(t *testing.T) {
	tests := map[string]bool{
		"Turla": true, "TEMP.Periscope": true, "APT1": true, "Fancy Bear": true, "TeleBots": true,
		"Silence": false, "Cobalt": false, "UPS": false, "apt": false, "admin@338": false, "LEAD": false, "X": false,
	}
	for name, want := range tests {
		if got := Scannable(name); got != want {
			t.Errorf("Scannable(%q): got %v, want %v", name, got, want)
		}
	}
}

func TestEntryNode(t *testing.T) {
	e := Entry{Name: "APT40", Aliases: []string{"TEMP.Periscope", "Leviathan"}, Country: "CN", ExternalIDs: []string{"G0065"}}
	n := e.Node()
	if n.ID != graph.NodeID(graph.ThreatActor, "APT40") || n.Kind != graph.ThreatActor || n.Name != "APT40" {
		t.Errorf("got %+v, want the ThreatActor node APT40", n)
	}
	if !reflect.DeepEqual(n.Aliases, []string{"Leviathan", "TEMP.Periscope"}) {
		t.Errorf("got aliases %q, want sorted aliases", n.Aliases)
	}
	if n.Props["country"] != "CN" || n.Props["external_id"] != "G0065" {
		t.Errorf("got props %v, want country CN and external_id G0065", n.Props)
	}
}

func TestDefault(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if g.Len() < 1000 {
		t.Errorf("got %d entries, want the MISP galaxy and ATT&CK groups (over 1000)", g.Len())
	}
	e, ok := g.Lookup("TEMP.Periscope")
	if !ok || e.Name != "APT40" || e.Country != "CN" || !reflect.DeepEqual(e.ExternalIDs, []string{"G0065"}) {
		t.Fatalf("got %+v, want APT40 (CN, G0065)", e)
	}
	for _, want := range []string{"Leviathan", "TEMP.Periscope"} {
		found := false
		for _, a := range e.Aliases {
			found = found || a == want
		}
		if !found {
			t.Errorf("got aliases %q, want %s among them", e.Aliases, want)
		}
	}
	// A galaxy cluster named after one operation is called by the group's
	// ATT&CK name.
	if e, ok := g.Lookup("APT36"); !ok || e.Name != "Transparent Tribe" {
		t.Errorf("Lookup(APT36): got %q, want Transparent Tribe", e.Name)
	}
	var sources []string
	for _, s := range e.Sources {
		sources = append(sources, strings.SplitN(s, ":", 2)[0])
	}
	if !reflect.DeepEqual(sources, []string{"misp-galaxy", "mitre-attack"}) {
		t.Errorf("got sources %q, want one MISP galaxy and one ATT&CK source", e.Sources)
	}
	// Ordinary prose finds no actor.
	prose := "Silence fell over the office. The sun rose, and a mask was found near the snake pit by the reaper. " +
		"Hackers and attackers wrote to victims at organizations in Beijing about Cobalt Strike."
	if ms := g.Scan(prose); len(ms) != 0 {
		var got []string
		for _, m := range ms {
			got = append(got, m.Text+"="+m.Entry.Name)
		}
		t.Errorf("got %q in ordinary prose, want no actor", got)
	}
}

func TestCountries(t *testing.T) {
	tests := []struct {
		query, want string
	}{
		{"China", "CN"}, {"Chinese", "CN"}, {"People's Republic of China", "CN"}, {"Cambodian", "KH"},
		{"Russian Federation", "RU"}, {"Korea (Democratic People's Republic of)", "KP"}, {"North Korean", "KP"},
		{"U.S.", "US"}, {"United Kingdom", "GB"}, {"British", "GB"}, {"Iran (Islamic Republic of)", "IR"},
		{"Atlantis", ""},
	}
	for _, tt := range tests {
		c, ok := LookupCountry(tt.query)
		if c.Code != tt.want || ok != (tt.want != "") {
			t.Errorf("LookupCountry(%q): got %q (%v), want %q", tt.query, c.Code, ok, tt.want)
		}
	}
	if c, ok := CountryByCode("kh"); !ok || c.Name != "Cambodia" {
		t.Errorf("CountryByCode(kh): got %+v, want Cambodia", c)
	}
	if n := (Country{Code: "CN", Name: "China"}).Node(); n.ID != graph.NodeID(graph.Country, "China") || n.Props["iso"] != "CN" {
		t.Errorf("got %+v, want the Country node China with iso CN", n)
	}
	all := Countries()
	if len(all) < 240 {
		t.Errorf("got %d countries, want every country (240 or more)", len(all))
	}
	seen := map[string]bool{}
	for _, c := range all {
		if len(c.Code) != 2 || c.Name == "" || seen[c.Code] {
			t.Errorf("got bad or repeated country %+v", c)
		}
		seen[c.Code] = true
	}
}

func TestNodeIsAFreshCopy(t *testing.T) {
	g := New([]Entry{{Name: "APT40", Aliases: []string{"Leviathan", "TEMP.Periscope"}, Country: "CN", ExternalIDs: []string{"G0065"}}})
	e, ok := g.Lookup("leviathan")
	if !ok {
		t.Fatal("Lookup(leviathan) found nothing")
	}
	a := g.Node(e)
	if want := e.Node(); !reflect.DeepEqual(a, want) {
		t.Fatalf("got %+v, want Entry.Node %+v", a, want)
	}
	a.Aliases[0] = "changed"
	a.Props["country"] = "XX"
	b := g.Node(e)
	if b.Aliases[0] == "changed" || b.Props["country"] != "CN" {
		t.Errorf("a change to one node reached the next: %+v", b)
	}
}
