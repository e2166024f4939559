package report

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// testGazetteer is a small gazetteer, so that rule tests do not depend on
// the built-in data.
func testGazetteer() *gazetteer.Gazetteer {
	return gazetteer.New([]gazetteer.Entry{
		{Name: "APT40", Aliases: []string{"Leviathan", "TEMP.Periscope"}, Country: "CN", ExternalIDs: []string{"G0065"}},
		{Name: "APT28", Aliases: []string{"Fancy Bear", "Sofacy"}, Country: "RU", ExternalIDs: []string{"G0007"}},
		{Name: "Sandworm", Aliases: []string{"Voodoo Bear"}, Country: "RU", ExternalIDs: []string{"G0034"}},
		{Name: "Lazarus Group", Aliases: []string{"Hidden Cobra"}, Country: "KP", ExternalIDs: []string{"G0032"}},
	})
}

// edgeLines renders edges as "TYPE source name -> target name".
func edgeLines(b graph.Batch) []string {
	names := map[string]string{}
	for _, n := range b.Nodes {
		names[n.ID] = n.Name
	}
	var out []string
	for _, e := range b.Edges {
		out = append(out, fmt.Sprintf("%s %s -> %s", e.Type, names[e.Source], names[e.Target]))
	}
	sort.Strings(out)
	return out
}

// checkEdges fails the test when an edge line of want is missing from b or
// one of not is there.
func checkEdges(t *testing.T, b graph.Batch, want, not []string) {
	t.Helper()
	got := edgeLines(b)
	have := map[string]bool{}
	for _, l := range got {
		have[l] = true
	}
	for _, w := range want {
		if !have[w] {
			t.Errorf("got %q, want it to include %q", got, w)
		}
	}
	for _, n := range not {
		if have[n] {
			t.Errorf("got %q, want no %q", got, n)
		}
	}
}

func extractText(t *testing.T, text string, tags ...string) graph.Batch {
	t.Helper()
	return extractWith(t, testGazetteer(), text, tags...)
}

// extractWith is extractText with the gazetteer g.
func extractWith(t *testing.T, g *gazetteer.Gazetteer, text string, tags ...string) graph.Batch {
	t.Helper()
	doc := Document{Path: "test.md", Title: "Test", Text: text, Tags: tags}
	doc.ID = reportID(doc)
	b, err := Extract(doc, g)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Validate(); err != nil {
		t.Fatalf("got an invalid batch: %v", err)
	}
	return b
}

func TestExtractRules(t *testing.T) {
	tests := []struct {
		name string
		text string
		tags []string
		want []string // edges that must be there
		not  []string // edges that must not be there
	}{
		{name: "svo-target",
			text: "APT28 targeted the Democratic National Committee.",
			want: []string{"TARGETED APT28 -> Democratic National Committee"}},
		{name: "svo-target with a list of objects",
			text: "Sandworm attacked Kyivoblenergo, Ukrenergo and the energy sector.",
			want: []string{"TARGETED Sandworm -> Kyivoblenergo", "TARGETED Sandworm -> Ukrenergo", "TARGETED Sandworm -> Energy"}},
		{name: "svo-target through an alias",
			text: "Leviathan compromised the Ministry of Defence of Examplia.",
			want: []string{"TARGETED APT40 -> Ministry of Defence of Examplia"}},
		{name: "gerund after the actor",
			text: "APT40 has been active since 2013, targeting private companies, governments and maritime interests.",
			want: []string{"TARGETED APT40 -> Private Sector", "TARGETED APT40 -> Government", "TARGETED APT40 -> Maritime"}},
		{name: "particle verb",
			text: "The Lazarus Group went after banks in Vietnam and Ecuador.",
			want: []string{"TARGETED Lazarus Group -> Financial Services", "TARGETED Lazarus Group -> Vietnam", "TARGETED Lazarus Group -> Ecuador"}},
		{name: "generic hackers are no actor",
			text: "Hackers targeted the Ministry of Justice. The attackers also hit the Senate of Examplia.",
			not:  []string{"TARGETED Hackers -> Ministry of Justice"}},
		{name: "passive with an actor",
			text: "The Ministry of Finance was breached by APT28.",
			want: []string{"TARGETED APT28 -> Ministry of Finance"}},
		{name: "passive without an agent takes the actor of the paragraph",
			text: "APT28 went quiet in May. The Ministry of Justice was also compromised.",
			want: []string{"TARGETED APT28 -> Ministry of Justice"}},
		{name: "a participle without an agent in a sentence with another actor",
			text: "APT28 went quiet in May. The Lamprey gang claimed to have leaked files stolen from Marlow Bank.",
			want: []string{"TARGETED Lamprey -> Marlow Bank"},
			not:  []string{"TARGETED APT28 -> Marlow Bank"}},
		{name: "passive by someone else",
			text: "APT28 is busy. The Daily Post, previously targeted by hackers in Vietnam, reported on it.",
			not:  []string{"TARGETED APT28 -> Daily Post", "TARGETED APT28 -> Vietnam"}},
		{name: "passive only in its own clause",
			text: "APT28 breached the Ministry of Finance, and the Senate of Examplia was hit as well.",
			want: []string{"TARGETED APT28 -> Ministry of Finance", "TARGETED APT28 -> Senate of Examplia"}},
		{name: "list-target",
			text: "APT28's targets included the Ministry of Defence, the Central Election Commission and telecommunications providers.",
			want: []string{"TARGETED APT28 -> Ministry of Defence", "TARGETED APT28 -> Central Election Commission", "TARGETED APT28 -> Telecommunications"}},
		{name: "an abbreviated country before its victims and before a title",
			text: "APT28 broke into U.S. defense contractors and Canadian banks. The U.S. defense secretary said so.",
			want: []string{"TARGETED APT28 -> United States", "TARGETED APT28 -> Canada", "TARGETED APT28 -> Defense"}},
		{name: "a reflexive before the participle, and a perfect of taking down",
			text: "APT28 struck in May. Pelton Bank, which tracks the group closely, was itself breached. In March it said it had taken down the website of Marlow Airport.",
			want: []string{"TARGETED APT28 -> Pelton Bank", "TARGETED APT28 -> Marlow Airport"}},
		{name: "a news agency's dateline is neither the speaker nor a victim",
			text: "WASHINGTON, May 8 (Reuters) - Pelton Bank said on Wednesday that the Lamprey gang demanded $2 million after breaking into its network.",
			want: []string{"TARGETED Lamprey -> Pelton Bank"},
			not:  []string{"TARGETED Lamprey -> Reuters"}},
		{name: "an attack laid on an actor as the object of the laying verb",
			text: "The FBI attributed the attack on Quarrow Bank to APT28. Officials pinned the theft of $2 million from Pelton Bank on the Kellner gang. Analysts tied the July theft from Marlow Exchange to APT28.",
			want: []string{"TARGETED APT28 -> Quarrow Bank", "TARGETED Kellner -> Pelton Bank", "TARGETED APT28 -> Marlow Exchange"}},
		{name: "a number 'close to' before a list of victims",
			text: "Lamprey breached close to 30 public bodies, including the Quarrow Institute and Pelton Bank.",
			want: []string{"TARGETED Lamprey -> Quarrow Institute", "TARGETED Lamprey -> Pelton Bank"}},
		{name: "a relative clause on one victim of a list ends at the comma before the next",
			text: "APT28 is busy. Its victims include Quarrow Bank, whose branches were shut for weeks in early 2023, German parts maker Fenwick Parts, and the Port of Marlow, which lost two days.",
			want: []string{"TARGETED APT28 -> Quarrow Bank", "TARGETED APT28 -> Fenwick Parts", "TARGETED APT28 -> Port of Marlow"}},
		{name: "a company's product before its noun is no victim of its own",
			text: "APT28 stole $6 million from Quarrow Labs's Pelton bridge and hacked Marlow's Fenwick wallet.",
			want: []string{"TARGETED APT28 -> Quarrow Labs", "TARGETED APT28 -> Marlow"},
			not:  []string{"TARGETED APT28 -> Pelton", "TARGETED APT28 -> Fenwick"}},
		{name: "a passive in a condition tells of no victim",
			text: "The Lamprey gang hit the agency. Rights group Jonction urged the government to notify citizens if their data had been exposed. Quarrow Bank closed branches after its systems were encrypted.",
			want: []string{"TARGETED Lamprey -> Quarrow Bank"},
			not:  []string{"TARGETED Lamprey -> Jonction", "TARGETED Lamprey -> Government"}},
		{name: "a passive's agent that a description names or leaves unnamed",
			text: "APT28 hit the parliament. Quarrow Bank, whose systems were accessed in 2021, was hit by a group called Pelton. The Marlow Commission, whose systems were accessed in 2022, had been compromised by a Chinese state-affiliated actor.",
			want: []string{"TARGETED Pelton -> Quarrow Bank"},
			not:  []string{"TARGETED APT28 -> Quarrow Bank", "TARGETED APT28 -> Marlow Commission", "TARGETED Pelton -> Marlow Commission"}},
		{name: "a time phrase between an attack and its victim; systems used by a victim, servers used by the attackers",
			text: "The Lamprey gang is busy. The gang also claimed an attack last year on Quarrow Bank. It encrypted systems used by Pelton Logistics. Police took down servers used by the gang in Marlow.",
			want: []string{"TARGETED Lamprey -> Quarrow Bank", "TARGETED Lamprey -> Pelton Logistics"}},
		{name: "a product abused as a tool, a gerund passive and a product's capitalized noun are no victims",
			text: "The Lamprey gang is busy. The driver comes from an antivirus product, Quarrow AV, abused to protect the files from being read. Executives received emails claiming their Pelton Business Suite data had been stolen.",
			not:  []string{"TARGETED Lamprey -> Quarrow AV", "TARGETED Lamprey -> Suite"}},
		{name: "what a sentence leaves out, denies, tells a reporter, or says of the phrase before 'whose'",
			text: "The Lamprey gang is busy. We have seen compromises on every continent except Antarctica. The Quarrow Ministry did not have its own systems compromised. Pelton Bank told Marlow News that its systems were encrypted. The Fenwick Directorate counted 26 hospitals whose Orbis databases had been encrypted. Roughly 75 more pulled their servers offline. It also targets Hyper-V virtual machines.",
			want: []string{"TARGETED Lamprey -> Pelton Bank"},
			not:  []string{"TARGETED Lamprey -> Antarctica", "TARGETED Lamprey -> Quarrow Ministry", "TARGETED Lamprey -> Marlow News", "TARGETED Lamprey -> Fenwick Directorate", "TARGETED Lamprey -> Roughly 75", "TARGETED Lamprey -> Hyper-V"}},
		{name: "seizing control of a victim's systems; police seizing servers is no attack",
			text: "The Lamprey gang is busy. The gang then claimed to have seized control of the online forums of Quarrow University. Police seized the servers of Pelton Hosting.",
			want: []string{"TARGETED Lamprey -> Quarrow University"},
			not:  []string{"TARGETED Lamprey -> Pelton Hosting"}},
		{name: "a ransom demanded from a victim; extorting a victim",
			text: "The Lamprey gang is demanding $10 million from Quarrow Optics, the lens maker. It also began extorting Pelton Health.",
			want: []string{"TARGETED Lamprey -> Quarrow Optics", "TARGETED Lamprey -> Pelton Health"}},
		{name: "a passive after a modal is a forecast; a disease is no organization",
			text: "The Lamprey gang is busy. Its chief, Ada Quarrow, urged firms to assume they will be targeted. Pelton Bank could be breached next. APT28 hacked COVID-19 researchers.",
			not:  []string{"TARGETED Lamprey -> Ada Quarrow", "TARGETED Lamprey -> Pelton Bank", "TARGETED APT28 -> COVID-19"}},
		{name: "no evidence of a theft or a compromise",
			text: "The Lamprey gang is busy. Despite posts suggesting otherwise, it found no evidence of data theft from Quarrow Airport or of any compromise of the Pelton Commission's website. The gang claimed the theft of data from Marlow Bank.",
			want: []string{"TARGETED Lamprey -> Marlow Bank"},
			not:  []string{"TARGETED Lamprey -> Quarrow Airport", "TARGETED Lamprey -> Pelton Commission"}},
		{name: "a quote ends a list",
			text: "APT28 hit the Ministry of Defence.\n\n\"We believe the real number of victims is likely higher,\" Pelton's Global Research and Analysis Team (GReAT) wrote in its report.",
			want: []string{"TARGETED APT28 -> Ministry of Defence"},
			not:  []string{"TARGETED APT28 -> Pelton's Global Research", "TARGETED APT28 -> GReAT"}},
		{name: "list-target with a colon, semicolons and a demonym",
			text: "According to the vendor, the impacted Ukrainian organizations include: the Ministry of Energy; the State Treasury Service; and local media outlets.",
			tags: []string{"Sandworm"},
			want: []string{"TARGETED Sandworm -> Ministry of Energy", "TARGETED Sandworm -> State Treasury Service", "TARGETED Sandworm -> Media",
				"LOCATED_IN Ministry of Energy -> Ukraine"}},
		{name: "among the targets",
			text: "APT40 kept busy. Among the targets was the NGO Example Watch.",
			want: []string{"TARGETED APT40 -> Example Watch"}},
		{name: "no list without a victim word",
			text: "APT40 kept busy. The tools included the Ministry of Magic.",
			not:  []string{"TARGETED APT40 -> Ministry of Magic"}},
		{name: "nominal-target",
			text: "APT40 stepped up its attacks on friendly interests in Cambodia.",
			want: []string{"TARGETED APT40 -> Cambodia"}},
		{name: "attribution-cue",
			text: "APT40, a group tied to China, was active. APT28 is acting on behalf of the Russian government.",
			want: []string{"ATTRIBUTED_TO APT40 -> China", "ATTRIBUTED_TO APT28 -> Russia"}},
		{name: "attribution to an organization",
			text: "APT28 is run by the GRU, Russia's military intelligence service.",
			want: []string{"ATTRIBUTED_TO APT28 -> GRU", "LOCATED_IN GRU -> Russia"}},
		{name: "attribution-adj",
			text: "A Russian espionage group known as Sandworm struck again. APT40 is one of the most active Chinese groups.",
			want: []string{"ATTRIBUTED_TO Sandworm -> Russia", "ATTRIBUTED_TO APT40 -> China"}},
		{name: "attribution from a country adjective",
			text: "APT40 is a China-based cyber threat group.",
			want: []string{"ATTRIBUTED_TO APT40 -> China"}},
		{name: "no attribution across a victim",
			text: "APT28 targeted organizations tied to China.",
			not:  []string{"ATTRIBUTED_TO APT28 -> China"}},
		{name: "actor introduced by a cue",
			text: "A previously unknown group dubbed Cobalt Mirage hacked the Example Port Authority.",
			want: []string{"TARGETED Cobalt Mirage -> Example Port Authority"}},
		{name: "uses-tool",
			text: "APT28 used X-Agent against the Bundestag. They also deployed the KillDisk wiper.",
			want: []string{"USES APT28 -> CHOPSTICK", "USES APT28 -> KillDisk", "TARGETED APT28 -> Bundestag"}},
		{name: "uses-tool with a name only the cue gives",
			text: "APT28 deployed the Frobnicator backdoor.",
			want: []string{"USES APT28 -> Frobnicator"}},
		{name: "uses-tool through a reference",
			text: "TEMP.Periscope was busy. They also appeared to be using SCANBOX [software] to profile victims.",
			want: []string{"USES APT40 -> SCANBOX"}},
		{name: "uses-infrastructure",
			text: "APT28 registered update-example.com and operated 203.0.113.5 in the Netherlands.",
			want: []string{"USES APT28 -> update-example.com", "USES APT28 -> 203.0.113.5", "LOCATED_IN 203.0.113.5 -> Netherlands"}},
		{name: "no software from a noun use",
			text: "APT28 was criticized. Officials questioned its use of Facebook and its use of Sen.",
			not:  []string{"USES APT28 -> Facebook", "USES APT28 -> Sen"}},
		{name: "affiliation",
			text: "Mandiant analyst John Smith said APT40 targeted the Ministry of Transport.",
			want: []string{"AFFILIATED_WITH John Smith -> Mandiant", "TARGETED APT40 -> Ministry of Transport"}},
		{name: "located-in from a demonym",
			text: "APT40 breached the Cambodian senate.",
			want: []string{"TARGETED APT40 -> Cambodian Senate", "LOCATED_IN Cambodian Senate -> Cambodia"}},
		{name: "located-in from a description before the name",
			text: "APT40 hit Taiwanese computer maker Fenwick Micro and the Examplian spirits group Marlow.",
			want: []string{"TARGETED APT40 -> Fenwick Micro", "LOCATED_IN Fenwick Micro -> Taiwan"},
			not:  []string{"TARGETED APT40 -> Taiwan"}},
		{name: "located-in from a possessive country and from an apposition",
			text: "APT40 hit Britain's Pelton Health Service and Quarrow Games, the Vietnamese game studio, in May.",
			want: []string{"LOCATED_IN Pelton Health Service -> United Kingdom", "LOCATED_IN Quarrow Games -> Vietnam"}},
		{name: "located-in from a description with sector words",
			text: "APT40 hit the Examplian port. Later, German automotive supplier Fenwick Parts and French defense and technology group Marlow were hit by APT40.",
			want: []string{"LOCATED_IN Fenwick Parts -> Germany", "LOCATED_IN Marlow -> France"}},
		{name: "no place from a verb after a demonym",
			text: "Russian hackers breached Fenwick Micro. Chinese operators targeted Marlow Bank, APT40 said.",
			not:  []string{"LOCATED_IN Fenwick Micro -> Russia", "LOCATED_IN Marlow Bank -> China"}},
		{name: "'the actors' refer back like 'the hackers'; bare 'actors' do not",
			text: "APT28 is busy. Treasury said the actors went after targets in the United Kingdom and Israel. State actors went after targets in France.",
			want: []string{"TARGETED APT28 -> United Kingdom", "TARGETED APT28 -> Israel"},
			not:  []string{"TARGETED APT28 -> France"}},
		{name: "a country the actor serves is no target",
			text: "We assess that APT40 is conducting espionage on behalf of the People's Republic of China. APT28's operations support the interests of Belarus and Russia. Sandworm's attacks on Ukraine were consistent with Russian state interests.",
			want: []string{"TARGETED Sandworm -> Ukraine"},
			not:  []string{"TARGETED APT40 -> China", "TARGETED APT28 -> Belarus", "TARGETED APT28 -> Russia", "TARGETED Sandworm -> Russia"}},
		{name: "a country's interests can be the target",
			text: "APT40 has spent years targeting US interests in the region and attacks against the interests of Japan.",
			want: []string{"TARGETED APT40 -> United States"}},
		{name: "country target, demonym is no victim",
			text: "Sandworm targeted Ukraine. APT28 targeted Ukrainian soldiers.",
			want: []string{"TARGETED Sandworm -> Ukraine"},
			not:  []string{"TARGETED APT28 -> Ukraine"}},
		{name: "demonym before a victim noun",
			text: "APT40 has launched campaigns targeting Japanese and Taiwanese organizations.",
			want: []string{"TARGETED APT40 -> Japan", "TARGETED APT40 -> Taiwan"}},
		{name: "a demonym before dissidents or exiles names no victim country",
			text: "APT40 sent emails to Chinese dissidents living abroad, Russian exiles and Japanese officials.",
			want: []string{"TARGETED APT40 -> Japan"},
			not:  []string{"TARGETED APT40 -> China", "TARGETED APT40 -> Russia"}},
		{name: "the country in an actor's name is not its victim",
			text: "A hacktivist group calling itself Anonymous Norway flooded websites in Norway and Sweden with traffic.",
			want: []string{"TARGETED Anonymous Norway -> Sweden"},
			not:  []string{"TARGETED Anonymous Norway -> Norway"}},
		{name: "a country after 'sectors of' is where the victims are",
			text: "APT40 is busy. The targets include organizations in the technology and real estate sectors of the United States and the financial sector in Venezuela.",
			want: []string{"TARGETED APT40 -> United States", "TARGETED APT40 -> Venezuela"}},
		{name: "activity concentrated or centred on a country",
			text: "APT40 is busy. The activity we observed is concentrated on Taiwan. Its operations have centred on Japan.",
			want: []string{"TARGETED APT40 -> Taiwan", "TARGETED APT40 -> Japan"}},
		{name: "a gang that forbids attacks on a country does not attack it",
			text: "Lamprey, a ransomware gang, forbids its affiliates from attacking targets in Norway and Chile. APT40 kept attacking targets in Japan.",
			want: []string{"TARGETED APT40 -> Japan"},
			not:  []string{"TARGETED Lamprey -> Norway", "TARGETED Lamprey -> Chile"}},
		{name: "regions are no countries",
			text: "APT40 targeted firms in North America.",
			not:  []string{"TARGETED APT40 -> United States"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := extractText(t, tt.text, tt.tags...)
			checkEdges(t, b, tt.want, tt.not)
			checkNegatives(t, b)
		})
	}
}

func TestExtractAliasClaims(t *testing.T) {
	b := extractText(t, "TEMP.Periscope, also known as Gingham Typhoon and Leviathan, kept going.")
	n, ok := nodeByID(b, graph.NodeID(graph.ThreatActor, "APT40"))
	if !ok {
		t.Fatal("got no APT40 node, want one")
	}
	var claims []string
	for _, c := range n.AliasClaims {
		if c.Source != b.Report.ID {
			t.Errorf("got claim source %q, want the report id %q", c.Source, b.Report.ID)
		}
		claims = append(claims, c.Alias)
	}
	want := []string{"Gingham Typhoon", "Leviathan", "TEMP.Periscope"}
	if strings.Join(claims, "|") != strings.Join(want, "|") {
		t.Errorf("got claims %q, want %q", claims, want)
	}
	if graph.Match("Gingham Typhoon", n) == 0 {
		t.Errorf("got aliases %q, want Gingham Typhoon among them", n.Aliases)
	}
}

// A family the report lays on a gang is one of the gang's names: a reader
// who searches for the family finds the gang.
func TestExtractFamilyLaidOnGang(t *testing.T) {
	b := extractText(t, "Kestrel Ltd. said on Monday that it had been \"the victim of a cyber attack that encrypted some of our systems.\"\n\nKestrel did not name the attackers. But images shared by staff showed ransom notes consistent with DoppelPaymer, a strain that first appeared in May and that researchers attribute to Evil Corp, a Russia-based group.\n\nDoppelPaymer operators have become notorious for double extortion.")
	n, ok := nodeByID(b, graph.NodeID(graph.ThreatActor, "Evil Corp"))
	if !ok {
		t.Fatalf("got no Evil Corp node in %v, want one", b.Nodes)
	}
	if graph.Match("DoppelPaymer", n) == 0 {
		t.Errorf("got aliases %q, want DoppelPaymer among them", n.Aliases)
	}
	if _, ok := nodeByID(b, graph.NodeID(graph.ThreatActor, "DoppelPaymer")); ok {
		t.Error("got a DoppelPaymer actor node beside Evil Corp, want one node")
	}
	found := false
	for _, e := range b.Edges {
		found = found || e.Type == graph.Targeted && e.Source == n.ID && e.Target == graph.NodeID(graph.Organization, "Kestrel Ltd.")
	}
	if !found {
		t.Errorf("got edges %v, want Evil Corp TARGETED Kestrel Ltd.", b.Edges)
	}
}

func TestExtractReportNode(t *testing.T) {
	b := extractText(t, "APT28 targeted the Democratic National Committee.")
	n, ok := nodeByID(b, b.Report.ID)
	if !ok || n.Kind != graph.Report || n.Name != "Test" {
		t.Fatalf("got report node %+v, want a Report node named Test with the report id", n)
	}
	for _, e := range b.Edges {
		if e.Source == n.ID || e.Target == n.ID {
			t.Errorf("got edge %s on the report node, want none", e.Key())
		}
		for _, ev := range e.Evidence {
			if ev.Sentence != "APT28 targeted the Democratic National Committee." || ev.Rule == "" || ev.Report.ID != b.Report.ID {
				t.Errorf("got evidence %+v, want the sentence, a rule and the report", ev)
			}
		}
	}
}

func TestExtractNoGazetteer(t *testing.T) {
	doc := Document{Title: "T", Text: "A group known as Obscure Panda hacked the Ministry of Culture."}
	b, err := Extract(doc, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := edgeLines(b)
	if len(got) != 1 || got[0] != "TARGETED Obscure Panda -> Ministry of Culture" {
		t.Errorf("got %q, want the one TARGETED edge", got)
	}
}

// TestDatelineAgency: the agency of a news dateline is never a victim, even
// when the sentence after the dash tells of an attack (with the full
// gazetteer, as the command line runs).
func TestDatelineAgency(t *testing.T) {
	for _, text := range []string{
		"The Quarrow Partisans, a hacktivist group, are busy. KYIV, Ukraine (Example Wire) — A group of anti-government hackers in Belarus said Monday that it had broken into the computer network of the country's state-run railway and encrypted some of its servers.",
		"Scattered Spider hit Quarrow Bank.\n\nJuly 22 (Example Wire) - Pelton Foods has sued its former IT provider over the cyberattack which halted production.",
	} {
		doc := Document{Text: text}
		doc.ID = reportID(doc)
		b, err := Extract(doc, defaultGazetteer(t))
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range edgeLines(b) {
			if strings.Contains(l, "Example Wire") {
				t.Errorf("got %q, want no edge to the dateline's agency", l)
			}
		}
	}
}

// TestExtractHeadline reads the title as a sentence of its own, after the
// text: its pairs need both ends named in it, and a title in title case is
// not read.
func TestExtractHeadline(t *testing.T) {
	tests := []struct {
		title, text string
		want, not   []string
	}{
		{title: "Lamprey ransomware gang claims attack that disrupted Quarrow Bank and Pelton Stores",
			text: "The Lamprey gang is a ransomware operation. The bank said its branches were closed.",
			want: []string{"TARGETED Lamprey -> Quarrow Bank", "TARGETED Lamprey -> Pelton Stores"}},
		{title: "Power utility Quarrow Electric hit by Lamprey ransomware, attackers demand $4 million",
			text: "Customers have been unable to pay bills since the weekend.",
			want: []string{"TARGETED Lamprey -> Quarrow Electric"}},
		{title: "Banks in Marlow hit by a wave of attacks",
			text: "The Lamprey gang is a ransomware operation. It listed Quarrow Bank on its leak site.",
			not:  []string{"TARGETED Lamprey -> Marlow"}},
		{title: "Norway holds man wanted over Lamprey ransomware attacks",
			text: "The Lamprey gang is a ransomware operation.",
			not:  []string{"TARGETED Lamprey -> Norway"}},
		{title: "Lamprey Ransomware Gang Claims Attack On Quarrow Bank",
			text: "The Lamprey gang is a ransomware operation.",
			not:  []string{"TARGETED Lamprey -> Quarrow Bank"}},
		{title: "Slow and polite: APT28 courts analysts with fake invitations",
			text: "APT28 sent invitations to analysts. Its tooling overlaps with two other groups, Sandworm and Lazarus Group.\n\n" +
				"The campaign was aimed squarely at Quarrow Institute and Pelton University.\n\n" +
				"Sandworm is best known for attacks on Ukraine's grid. Lazarus Group steals cryptocurrency.",
			want: []string{"TARGETED APT28 -> Quarrow Institute", "TARGETED APT28 -> Pelton University"},
			not:  []string{"TARGETED Lazarus Group -> Quarrow Institute", "TARGETED Sandworm -> Quarrow Institute"}},
		{title: "Pelton campaign: new Sandworm attacks seen in Europe",
			text: "APT28 sent invitations to analysts. Its tooling overlaps with Sandworm and Lazarus Group.\n\n" +
				"The campaign was aimed at Quarrow Institute.\n\n" +
				"Lazarus Group steals cryptocurrency.",
			not: []string{"TARGETED Sandworm -> Quarrow Institute"}},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			doc := Document{Path: "test.md", Title: tt.title, Text: tt.text}
			doc.ID = reportID(doc)
			b, err := Extract(doc, testGazetteer())
			if err != nil {
				t.Fatal(err)
			}
			checkEdges(t, b, tt.want, tt.not)
		})
	}
}

// TestStrayMalwareOperators checks that "the operators" a vendor tracks
// under a name, right after a sentence on malware no actor of the report
// is named after, are that malware's operators and not the actor in focus.
func TestStrayMalwareOperators(t *testing.T) {
	g := gazetteer.New([]gazetteer.Entry{{Name: "DEV-9911", Country: "RU"}, {Name: "APT40", Country: "CN"}})
	text := "The website of Quarrow Exchange became unreachable on Monday. The channel, which calls itself the Quill Cyber Army, boasted that it took five minutes to make the exchange's site inaccessible.\n\n" +
		"The Quill Cyber Army came together over the weekend.\n\n" +
		"In mid-January, dozens of Dunmore government websites were defaced, and Microsoft reported that a destructive malware family disguised as ransomware, which it named CaddyWiper, had been planted on systems belonging to Dunmore agencies. Microsoft tracked the operators as DEV-9911 and did not link them to any previously known group.\n\n" +
		"Whether the Quill Cyber Army's campaign will accomplish much is unclear."
	b := extractWith(t, g, text)
	checkEdges(t, b, []string{"TARGETED Quill Cyber Army -> Quarrow Exchange"}, []string{"TARGETED DEV-9911 -> Quarrow Exchange"})
}
