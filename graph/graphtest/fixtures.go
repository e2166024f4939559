package graphtest

import "github.com/actorgraph/actorgraph/graph"

// The ids of the fixture entities. They are written out rather than computed
// with graph.NodeID so that the suite also pins down the ids of names with
// punctuation, accents and non-Latin letters.
const (
	APT28      = "threatactor:apt28"
	Sandworm   = "threatactor:sandworm-team"
	Turla      = "threatactor:turla"
	UNC1151    = "threatactor:unc1151"
	NEC        = "organization:national-election-commission"
	CEC        = "organization:central-election-commission"
	MAE        = "organization:ministere-des-affaires-etrangeres"
	OBrien     = "organization:obrien-and-partners-ltd"
	MOU        = "organization:міністерство-оборони-украіни"
	MOND       = "organization:ministry-of-national-defence"
	GovLT      = "organization:government-of-lithuania"
	Ukraine    = "country:ukraine"
	Russia     = "country:russia"
	France     = "country:france"
	Lithuania  = "country:lithuania"
	XAgent     = "malware:x-agent"
	Mimikatz   = "tool:mimikatz"
	Ghostwrite = "campaign:ghostwriter"
	Government = "sector:government"
	Report1    = "report:r1-elections"
)

// Report1Ref, Report2Ref and Report3Ref describe the three fixture reports:
// two articles and an analyst sheet.
func Report1Ref() graph.ReportRef {
	return graph.ReportRef{ID: "r1-elections", Title: "Election infrastructure under attack",
		URL: "https://example.test/r1", Date: "2024-03-01", Publisher: "Example Security Blog", Path: "reports/r1.md"}
}

// Report2Ref is the second article.
func Report2Ref() graph.ReportRef {
	return graph.ReportRef{ID: "r2-diplomacy", Title: "Diplomats in the crosshairs",
		URL: "https://example.test/r2", Date: "2024-05-10", Publisher: "Example Threat Review", Path: "reports/r2.html"}
}

// Report3Ref is the analyst sheet.
func Report3Ref() graph.ReportRef {
	return graph.ReportRef{ID: "r3-ghostwriter", Title: "Ghostwriter sheet", Date: "2023-11-20", Path: "sheets/ghostwriter.csv"}
}

func node(k graph.Kind, name string, aliases ...string) graph.Node {
	return graph.NewNode(k, name, aliases...)
}

func withProps(n graph.Node, kv ...string) graph.Node {
	n.Props = map[string]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		n.Props[kv[i]] = kv[i+1]
	}
	return n
}

func edge(t graph.RelType, src, dst string, ev ...graph.Evidence) graph.Edge {
	return graph.Edge{Type: t, Source: src, Target: dst, Evidence: ev}
}

func said(r graph.ReportRef, sentence string, conf float64) graph.Evidence {
	return graph.Evidence{Report: r, Sentence: sentence, Rule: "pattern", Confidence: conf}
}

func row(r graph.ReportRef, locator string) graph.Evidence {
	return graph.Evidence{Report: r, Locator: locator, Rule: "sheet", Confidence: 1}
}

// Batch1 is the first article: APT28 (aliases Fancy Bear, Sofacy) targeted
// two election commissions in Ukraine, is attributed to Russia and uses
// X-Agent and Mimikatz; X-Agent was found at one of the commissions. It
// repeats one edge with weaker evidence of the same
// sentence, which must merge into one piece of evidence.
func Batch1() graph.Batch {
	r := Report1Ref()
	apt28 := withProps(node(graph.ThreatActor, "APT28", "Fancy Bear", "Sofacy"), "external_id", "G0007")
	apt28.AliasClaims = []graph.AliasClaim{{Alias: "Fancy Bear", Source: r.ID}}
	report := graph.Node{ID: Report1, Kind: graph.Report, Name: r.Title,
		Props: map[string]string{"date": r.Date, "url": r.URL}}
	const s1 = "APT28 breached the National Election Commission."
	return graph.Batch{
		Report: r,
		Nodes: []graph.Node{
			apt28,
			node(graph.Organization, "National Election Commission"),
			node(graph.Organization, "Central Election Commission"),
			withProps(node(graph.Country, "Ukraine"), "country", "UA"),
			withProps(node(graph.Country, "Russia"), "country", "RU"),
			node(graph.Malware, "X-Agent"),
			node(graph.Tool, "Mimikatz"),
			report,
		},
		Edges: []graph.Edge{
			edge(graph.Targeted, APT28, NEC, said(r, s1, 0.9)),
			edge(graph.Targeted, APT28, CEC, said(r, "The Central Election Commission was also hit by APT28.", 0.8)),
			edge(graph.AttributedTo, APT28, Russia, said(r, "APT28 is tied to Russian military intelligence.", 0.7)),
			edge(graph.Uses, APT28, XAgent, said(r, "APT28 deployed X-Agent.", 0.9)),
			edge(graph.Uses, APT28, Mimikatz, said(r, "APT28 used Mimikatz to collect credentials.", 0.9)),
			edge(graph.LocatedIn, NEC, Ukraine, said(r, "The commission is based in Ukraine.", 0.6)),
			edge(graph.LocatedIn, CEC, Ukraine, said(r, "The commission is based in Ukraine.", 0.6)),
			// Malware is no attacker: who-targeted leaves it out.
			edge(graph.Targeted, XAgent, CEC, said(r, "X-Agent was found on the commission's servers.", 0.5)),
			// The same sentence found again by a weaker rule: one piece of evidence.
			edge(graph.Targeted, APT28, NEC, graph.Evidence{Report: r, Sentence: s1, Confidence: 0.5}),
		},
	}
}

// Batch2 is the second article. It names APT28 in lower case with a new
// alias and prop, repeats the election commission victim (a second piece of
// evidence on the same edge), adds Sandworm Team and Turla, and victims whose
// names have accents, punctuation and Cyrillic letters.
func Batch2() graph.Batch {
	r := Report2Ref()
	apt28 := withProps(node(graph.ThreatActor, "apt28", "Strontium"), "country", "RU")
	apt28.AliasClaims = []graph.AliasClaim{{Alias: "Strontium", Source: r.ID}}
	return graph.Batch{
		Report: r,
		Nodes: []graph.Node{
			apt28,
			node(graph.ThreatActor, "Sandworm Team", "Voodoo Bear"),
			node(graph.ThreatActor, "Turla"),
			node(graph.Organization, "Ministère des Affaires étrangères"),
			node(graph.Organization, "O'Brien & Partners, Ltd."),
			node(graph.Organization, "Міністерство оборони України"),
			node(graph.Organization, "National Election Commission"),
			node(graph.Country, "France"),
			withProps(node(graph.Country, "Russia"), "country", "RU"),
			node(graph.Country, "Ukraine"),
			node(graph.Tool, "mimikatz"),
		},
		Edges: []graph.Edge{
			edge(graph.Targeted, APT28, NEC, said(r, "Election officials were phished by APT28 again.", 0.8)),
			edge(graph.Targeted, Sandworm, NEC, said(r, "Sandworm Team also went after the election commission.", 0.7)),
			edge(graph.Targeted, APT28, MAE, said(r, "APT28 targeted the French foreign ministry.", 0.8)),
			edge(graph.LocatedIn, MAE, France, said(r, "The ministry is in Paris, France.", 0.6)),
			edge(graph.AttributedTo, Sandworm, Russia, said(r, "Sandworm Team is linked to Russia.", 0.7)),
			edge(graph.Uses, Sandworm, Mimikatz, said(r, "Sandworm Team used Mimikatz.", 0.9)),
			edge(graph.Targeted, Sandworm, OBrien, said(r, "O'Brien & Partners, Ltd. was breached by Sandworm Team.", 0.8)),
			edge(graph.Targeted, Turla, APT28, said(r, "Turla hijacked APT28 infrastructure.", 0.6)),
			edge(graph.Targeted, Sandworm, MOU, said(r, "Sandworm Team attacked the Ukrainian defence ministry.", 0.8)),
			edge(graph.LocatedIn, MOU, Ukraine, said(r, "The defence ministry is in Kyiv.", 0.6)),
		},
	}
}

// Batch3 is an analyst sheet about a separate cluster: the Ghostwriter
// campaign, attributed to UNC1151, targeted a defence ministry in Lithuania.
// Its evidence has locators instead of sentences. The Government sector has
// no relationships at all.
func Batch3() graph.Batch {
	r := Report3Ref()
	return graph.Batch{
		Report: r,
		Nodes: []graph.Node{
			node(graph.Campaign, "Ghostwriter"),
			node(graph.ThreatActor, "UNC1151"),
			node(graph.Organization, "Ministry of National Defence"),
			node(graph.Organization, "Government of Lithuania"),
			node(graph.Country, "Lithuania"),
			node(graph.Sector, "Government"),
		},
		Edges: []graph.Edge{
			edge(graph.Targeted, Ghostwrite, MOND, row(r, "line 2")),
			edge(graph.AttributedTo, Ghostwrite, UNC1151, row(r, "line 3")),
			edge(graph.LocatedIn, MOND, Lithuania, row(r, "line 4")),
			edge(graph.LocatedIn, GovLT, Lithuania, row(r, "line 5")),
		},
	}
}

// Fixtures returns the three fixture batches in their usual order.
func Fixtures() []graph.Batch { return []graph.Batch{Batch1(), Batch2(), Batch3()} }

// AllIDs returns the id of every node of the fixtures, sorted.
func AllIDs() []string {
	return []string{
		Ghostwrite, France, Lithuania, Russia, Ukraine, XAgent,
		CEC, GovLT, MAE, MOND, NEC, OBrien, MOU,
		Report1, Government, APT28, Sandworm, Turla, UNC1151, Mimikatz,
	}
}
