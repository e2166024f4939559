package eval

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func gold(doc string, t Type, src, dst string) Gold {
	return Gold{Doc: doc, Type: t, Source: src, Target: dst}
}

func found(doc string, t Type, src, dst string) Found {
	return Found{Doc: doc, Type: t, Source: Mention{Name: src}, Target: Mention{Name: dst}}
}

func withAliases(f Found, srcAliases ...string) Found {
	f.Source.Aliases = srcAliases
	return f
}

func withKinds(f Found, src, dst graph.Kind) Found {
	f.Source.Kind, f.Target.Kind = src, dst
	return f
}

func TestScore(t *testing.T) {
	synonyms := func(name string, kind graph.Kind) []string {
		if Key(name) == "leviathan" {
			return []string{"APT40", "TEMP.Periscope"}
		}
		return nil
	}
	tests := []struct {
		name  string
		gold  []Gold
		found []Found
		opt   Options
		label string
		want  Counts
		notes []string // notes of the errors, in order
	}{
		{
			name:  "exact",
			gold:  []Gold{gold("d", Targeted, "APT1", "Acme Bank")},
			found: []Found{found("d", Targeted, "APT1", "Acme Bank")},
			label: string(Targeted),
			want:  Counts{Gold: 1, Found: 1, TP: 1},
		},
		{
			name:  "case, punctuation and articles",
			gold:  []Gold{gold("d", Targeted, "TEMP.Periscope", "the Ministry of the Interior")},
			found: []Found{found("d", Targeted, "temp periscope", "Ministry of Interior")},
			label: string(Targeted),
			want:  Counts{Gold: 1, Found: 1, TP: 1},
		},
		{
			name:  "lenient head containment",
			gold:  []Gold{gold("d", Targeted, "TEMP.Periscope", "the National Election Commission of Cambodia")},
			found: []Found{found("d", Targeted, "TEMP.Periscope", "National Election Commission")},
			label: string(Targeted),
			want:  Counts{Gold: 1, Found: 1, TP: 1},
		},
		{
			name:  "node aliases",
			gold:  []Gold{gold("d", AttributedTo, "TEMP.Periscope", "China")},
			found: []Found{withAliases(found("d", AttributedTo, "APT40", "China"), "Leviathan", "TEMP.Periscope")},
			label: string(AttributedTo),
			want:  Counts{Gold: 1, Found: 1, TP: 1},
		},
		{
			name:  "gold aliases",
			gold:  []Gold{{Doc: "d", Type: Targeted, Source: "TEMP.Periscope", Target: "National Election Commission", TargetAliases: []string{"National Election Committee"}}},
			found: []Found{found("d", Targeted, "TEMP.Periscope", "National Election Committee")},
			label: string(Targeted),
			want:  Counts{Gold: 1, Found: 1, TP: 1},
		},
		{
			name:  "synonyms",
			gold:  []Gold{gold("d", Uses, "TEMP.Periscope", "SCANBOX")},
			found: []Found{found("d", Uses, "Leviathan", "ScanBox")},
			opt:   Options{Synonyms: synonyms},
			label: string(Uses),
			want:  Counts{Gold: 1, Found: 1, TP: 1},
		},
		{
			name:  "no synonyms without the option",
			gold:  []Gold{gold("d", Uses, "TEMP.Periscope", "SCANBOX")},
			found: []Found{found("d", Uses, "Leviathan", "ScanBox")},
			label: string(Uses),
			want:  Counts{Gold: 1, Found: 1, FP: 1, FN: 1},
			notes: []string{"source missed", "wrong source"},
		},
		{
			name: "two names for one gold relationship count once",
			gold: []Gold{gold("d", Targeted, "APT40", "National Election Commission")},
			found: []Found{
				found("d", Targeted, "APT40", "National Election Commission"),
				found("d", Targeted, "APT40", "National Election Commission of Cambodia"),
			},
			label: string(Targeted),
			want:  Counts{Gold: 1, Found: 2, TP: 1, FP: 1},
			notes: []string{"duplicate of APT40 -> National Election Commission"},
		},
		{
			name: "one found relationship matches one gold relationship",
			gold: []Gold{
				gold("d", Targeted, "APT40", "National Election Commission"),
				gold("d", Targeted, "APT40", "National Election Commission of Cambodia"),
			},
			found: []Found{found("d", Targeted, "APT40", "National Election Commission")},
			label: string(Targeted),
			want:  Counts{Gold: 2, Found: 1, TP: 1, FN: 1},
			notes: []string{"target missed"},
		},
		{
			name: "repeats on either side count once",
			gold: []Gold{
				gold("d", Targeted, "APT40", "Licadho"),
				gold("d", Targeted, "apt 40", "the Licadho"),
			},
			found: []Found{
				found("d", Targeted, "APT40", "Licadho"),
				found("d", Targeted, "APT-40", "LICADHO"),
			},
			label: string(Targeted),
			want:  Counts{Gold: 1, Found: 1, TP: 1},
		},
		{
			name: "the pairing maximizes matches",
			gold: []Gold{
				gold("d", Targeted, "X", "National Election Commission"),
				gold("d", Targeted, "X", "Provincial Election Commission"),
			},
			found: []Found{
				found("d", Targeted, "X", "Election Commission"),
				found("d", Targeted, "X", "National Election Commission of Cambodia"),
			},
			label: string(Targeted),
			want:  Counts{Gold: 2, Found: 2, TP: 2},
		},
		{
			name:  "documents are kept apart",
			gold:  []Gold{gold("a", Targeted, "APT1", "Acme Bank")},
			found: []Found{found("b", Targeted, "APT1", "Acme Bank")},
			label: string(Targeted),
			want:  Counts{Gold: 1, Found: 1, FP: 1, FN: 1},
			notes: []string{"not found", "not in gold"},
		},
		{
			name:  "wrong type",
			gold:  []Gold{gold("d", Targeted, "APT1", "Acme Bank")},
			found: []Found{found("d", Uses, "APT1", "Acme Bank")},
			label: Overall,
			want:  Counts{Gold: 1, Found: 1, FP: 1, FN: 1},
			notes: []string{"found as USES", "gold has TARGETED"},
		},
		{
			name:  "reversed",
			gold:  []Gold{gold("d", Targeted, "APT1", "Acme Bank")},
			found: []Found{found("d", Targeted, "Acme Bank", "APT1")},
			label: string(Targeted),
			want:  Counts{Gold: 1, Found: 1, FP: 1, FN: 1},
			notes: []string{"found reversed", "reversed"},
		},
		{
			name: "aliases and synonyms match exactly, not leniently",
			gold: []Gold{{Doc: "d", Type: AttributedTo, Source: "APT16", Target: "China", TargetKind: graph.Country,
				TargetAliases: []string{"People's Republic of China"}}},
			found: []Found{{Doc: "d", Type: AttributedTo, Source: Mention{Name: "APT16"},
				Target: Mention{Name: "Taiwan", Aliases: []string{"Republic of China"}, Kind: graph.Country}}},
			label: string(AttributedTo),
			want:  Counts{Gold: 1, Found: 1, FP: 1, FN: 1},
		},
		{
			name: "sectors match by their content words",
			gold: []Gold{
				{Doc: "d", Type: Targeted, Source: "APT19", Target: "financial institutions", TargetKind: graph.Sector},
				{Doc: "d", Type: Targeted, Source: "APT19", Target: "the defense industrial base", TargetKind: graph.Sector},
				{Doc: "d", Type: Targeted, Source: "APT19", Target: "telecommunication companies", TargetKind: graph.Sector},
				{Doc: "d", Type: Targeted, Source: "APT19", Target: "the electric utility sector", TargetKind: graph.Sector},
				{Doc: "d", Type: Targeted, Source: "APT19", Target: "human rights groups", TargetKind: graph.Sector},
				{Doc: "d", Type: Targeted, Source: "APT19", Target: "aviation", TargetKind: graph.Sector},
				{Doc: "d", Type: Targeted, Source: "APT19", Target: "mining companies", TargetKind: graph.Sector},
				{Doc: "d", Type: Targeted, Source: "APT19", Target: "Cambodian media", TargetKind: graph.Sector},
			},
			found: []Found{
				withKinds(found("d", Targeted, "APT19", "Finance"), graph.ThreatActor, graph.Sector),
				withKinds(found("d", Targeted, "APT19", "Defense"), graph.ThreatActor, graph.Sector),
				withKinds(found("d", Targeted, "APT19", "Telecommunications"), graph.ThreatActor, graph.Sector),
				withKinds(found("d", Targeted, "APT19", "Energy"), graph.ThreatActor, graph.Sector),
				withKinds(found("d", Targeted, "APT19", "Civil Society"), graph.ThreatActor, graph.Sector),
				withKinds(found("d", Targeted, "APT19", "Aerospace"), graph.ThreatActor, graph.Sector),
				withKinds(found("d", Targeted, "APT19", "Retail"), graph.ThreatActor, graph.Sector),
				withKinds(found("d", Targeted, "APT19", "Cambodians"), graph.ThreatActor, graph.Sector),
			},
			label: string(Targeted),
			want:  Counts{Gold: 8, Found: 8, TP: 6, FP: 2, FN: 2},
		},
		{
			name: "malware and tools match without their generic words",
			gold: []Gold{
				{Doc: "d", Type: Uses, Source: "APT38", Target: "Hermes ransomware", TargetKind: graph.Malware},
				{Doc: "d", Type: Uses, Source: "APT38", Target: "the Cobalt Strike beacon", TargetKind: graph.Tool},
				{Doc: "d", Type: Uses, Source: "APT38", Target: "Port 22 malware", TargetKind: graph.Malware},
			},
			found: []Found{
				withKinds(found("d", Uses, "APT38", "Hermes"), graph.ThreatActor, graph.Malware),
				withKinds(found("d", Uses, "APT38", "Cobalt Strike"), graph.ThreatActor, graph.Tool),
				withKinds(found("d", Uses, "APT38", "Port"), graph.ThreatActor, graph.Malware),
			},
			label: string(Uses),
			want:  Counts{Gold: 3, Found: 3, TP: 2, FP: 1, FN: 1},
		},
		{
			name: "an actor's name matches without a lower-case descriptor after it, not a capitalized one",
			gold: []Gold{
				{Doc: "d", Type: Targeted, Source: "Grandoreiro gang", SourceKind: graph.ThreatActor, Target: "Acme Bank", TargetKind: graph.Organization},
				{Doc: "d", Type: Targeted, Source: "PoetRAT operators", SourceKind: graph.ThreatActor, Target: "Acme Power", TargetKind: graph.Organization},
				{Doc: "d", Type: Targeted, Source: "Daixin Team", SourceKind: graph.ThreatActor, Target: "Acme Health", TargetKind: graph.Organization},
			},
			found: []Found{
				withKinds(found("d", Targeted, "Grandoreiro", "Acme Bank"), graph.ThreatActor, graph.Organization),
				withKinds(found("d", Targeted, "PoetRAT", "Acme Power"), graph.ThreatActor, graph.Organization),
				withKinds(found("d", Targeted, "Daixin", "Acme Health"), graph.ThreatActor, graph.Organization),
			},
			label: string(Targeted),
			want:  Counts{Gold: 3, Found: 3, TP: 2, FP: 1, FN: 1},
		},
		{
			name:  "sector stems are not used between organizations",
			gold:  []Gold{{Doc: "d", Type: Targeted, Source: "APT19", Target: "Finance Ministry", TargetKind: graph.Organization}},
			found: []Found{withKinds(found("d", Targeted, "APT19", "Finance Bank"), graph.ThreatActor, graph.Organization)},
			label: string(Targeted),
			want:  Counts{Gold: 1, Found: 1, FP: 1, FN: 1},
		},
		{
			name: "a sector does not match an organization whose name has sector words",
			gold: []Gold{
				{Doc: "d", Type: Targeted, Source: "Rhysida", Target: "Prospect Medical Holdings", TargetKind: graph.Organization},
				{Doc: "d", Type: Targeted, Source: "Rhysida", Target: "healthcare providers", TargetKind: graph.Sector},
			},
			found: []Found{
				withKinds(found("d", Targeted, "Rhysida", "Healthcare"), graph.ThreatActor, graph.Sector),
				withKinds(found("d", Targeted, "Rhysida", "Medical"), graph.ThreatActor, graph.Sector),
			},
			label: string(Targeted),
			want:  Counts{Gold: 2, Found: 2, TP: 1, FP: 1, FN: 1},
		},
		{
			name:  "lenient matching does not pair a sector with a company named after it",
			gold:  []Gold{{Doc: "d", Type: Targeted, Source: "BlackCat", Target: "Change Healthcare", TargetKind: graph.Organization}},
			found: []Found{withKinds(found("d", Targeted, "BlackCat", "Healthcare"), graph.ThreatActor, graph.Sector)},
			label: string(Targeted),
			want:  Counts{Gold: 1, Found: 1, FP: 1, FN: 1},
		},
		{
			name:  "alias pairs have no direction",
			gold:  []Gold{gold("d", Alias, "TEMP.Periscope", "APT40")},
			found: []Found{found("d", Alias, "APT40", "TEMP.Periscope")},
			label: string(Alias),
			want:  Counts{Gold: 1, Found: 1, TP: 1},
		},
		{
			name:  "alias claims are not matched through synonyms",
			gold:  []Gold{gold("d", Alias, "TEMP.Periscope", "APT40")},
			found: []Found{found("d", Alias, "Leviathan", "TEMP.Periscope")},
			opt:   Options{Synonyms: synonyms},
			label: string(Alias),
			want:  Counts{Gold: 1, Found: 1, FP: 1, FN: 1},
		},
		{
			name: "overall sums the types",
			gold: []Gold{
				gold("d", Targeted, "APT1", "Acme Bank"),
				gold("d", Uses, "APT1", "Mimikatz"),
				gold("d", AttributedTo, "APT1", "China"),
			},
			found: []Found{
				found("d", Targeted, "APT1", "Acme Bank"),
				found("d", Uses, "APT1", "Mimikatz"),
				found("d", Uses, "APT1", "PowerShell"),
			},
			label: Overall,
			want:  Counts{Gold: 3, Found: 3, TP: 2, FP: 1, FN: 1},
		},
		{
			name: "named actor -> target",
			gold: []Gold{
				{Doc: "d", Type: Targeted, Source: "APT1", Target: "Acme Bank", TargetKind: graph.Organization},
				{Doc: "d", Type: Targeted, Source: "APT1", Target: "Finance", TargetKind: graph.Sector},
				{Doc: "d", Type: Targeted, Source: "APT1", Target: "diplomats"},
				{Doc: "d", Type: Targeted, Source: "APT1", Target: "Ministry of Defence"},
			},
			found: []Found{
				withKinds(found("d", Targeted, "APT1", "Acme Bank"), graph.ThreatActor, graph.Organization),
				withKinds(found("d", Targeted, "APT1", "Finance"), graph.ThreatActor, graph.Sector),
				withKinds(found("d", Targeted, "APT1", "Energy"), graph.ThreatActor, graph.Sector),
				withKinds(found("d", Targeted, "APT1", "Globex"), graph.ThreatActor, graph.Organization),
			},
			label: NamedTargets,
			want:  Counts{Gold: 2, Found: 2, TP: 1, FP: 1, FN: 1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Score(tt.gold, tt.found, tt.opt)
			if got := res.Row(tt.label); got != tt.want {
				t.Errorf("%s: got %+v, want %+v", tt.label, got, tt.want)
			}
			if tt.notes != nil {
				var notes []string
				for _, e := range res.Errors {
					notes = append(notes, e.Note)
				}
				if strings.Join(notes, "|") != strings.Join(tt.notes, "|") {
					t.Errorf("notes: got %q, want %q", notes, tt.notes)
				}
			}
		})
	}
}

func TestCountsRatios(t *testing.T) {
	tests := []struct {
		c        Counts
		p, r, f1 float64
	}{
		{Counts{TP: 3, FP: 1, FN: 1}, 0.75, 0.75, 0.75},
		{Counts{TP: 1, FP: 0, FN: 3}, 1, 0.25, 0.4},
		{Counts{}, 0, 0, 0},
		{Counts{FP: 2}, 0, 0, 0},
	}
	for _, tt := range tests {
		if p, r, f := tt.c.Precision(), tt.c.Recall(), tt.c.F1(); p != tt.p || r != tt.r || f != tt.f1 {
			t.Errorf("%+v: got p=%v r=%v f1=%v, want p=%v r=%v f1=%v", tt.c, p, r, f, tt.p, tt.r, tt.f1)
		}
	}
}

func TestFromBatch(t *testing.T) {
	actor := graph.NewNode(graph.ThreatActor, "APT40", "Leviathan", "TEMP.Periscope")
	actor.AliasClaims = []graph.AliasClaim{
		{Alias: "TEMP.Periscope", Source: "report:r1"},
		{Alias: "Leviathan", Source: "misp-galaxy"},
	}
	victim := graph.NewNode(graph.Organization, "Licadho")
	china := graph.NewNode(graph.Country, "China")
	ev := []graph.Evidence{{Report: graph.ReportRef{ID: "report:r1"}, Sentence: "They hit Licadho."}}
	b := graph.Batch{
		Report: graph.ReportRef{ID: "report:r1"},
		Nodes:  []graph.Node{actor, victim, china},
		Edges: []graph.Edge{
			{Type: graph.Targeted, Source: actor.ID, Target: victim.ID, Evidence: ev},
			{Type: graph.LocatedIn, Source: victim.ID, Target: china.ID, Evidence: ev},
		},
	}
	got := FromBatch("r1.txt", b)
	want := []Found{
		{Doc: "r1.txt", Type: Targeted, Source: Mention{Name: "APT40", Aliases: actor.Aliases, Kind: graph.ThreatActor},
			Target: Mention{Name: "Licadho", Kind: graph.Organization}, Evidence: "They hit Licadho."},
		{Doc: "r1.txt", Type: Alias, Source: Mention{Name: "APT40", Aliases: actor.Aliases, Kind: graph.ThreatActor},
			Target: Mention{Name: "TEMP.Periscope", Kind: graph.ThreatActor}},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d relationships %+v, want %d", len(got), got, len(want))
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.Type != w.Type || g.Source.Name != w.Source.Name || g.Target.Name != w.Target.Name ||
			g.Source.Kind != w.Source.Kind || g.Target.Kind != w.Target.Kind || g.Evidence != w.Evidence ||
			strings.Join(g.Source.Aliases, ",") != strings.Join(w.Source.Aliases, ",") {
			t.Errorf("relationship %d: got %+v, want %+v", i, g, w)
		}
	}
}
