package report

import (
	"fmt"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestCooccurrenceTarget covers the fallback for countries: a country in a
// sentence with the actor and a word of attack, in no other role, is a
// target at a lower confidence; the roles that exclude it are not. The names
// of organizations are invented.
func TestCooccurrenceTarget(t *testing.T) {
	tests := []struct {
		name string
		text string
		want map[string]float64 // edge -> confidence of the fallback
		not  []string
	}{
		{name: "victims' places",
			text: "Most infections by the Lamprey gang were in Brazil, but its ransomware also turned up on machines in Chile, Poland and Vietnam.",
			want: map[string]float64{"TARGETED Lamprey -> Chile": 0.5, "TARGETED Lamprey -> Poland": 0.5, "TARGETED Lamprey -> Vietnam": 0.5}},
		{name: "a subject of experts and the home of other groups",
			text: "Most infections by the Lamprey gang were in Chile, where its lures reached experts on Norway and Sweden. The Lamprey gang exploited the flaw in attacks, and Pelton Labs counted ten groups from Iran and Brazil among its users.",
			want: map[string]float64{"TARGETED Lamprey -> Chile": 0.5},
			not:  []string{"TARGETED Lamprey -> Norway", "TARGETED Lamprey -> Sweden", "TARGETED Lamprey -> Iran", "TARGETED Lamprey -> Brazil"}},
		{name: "where an exile lives, a war's places, and researchers' own country",
			text: "Most infections by the Lamprey gang were in Chile. The Lamprey gang also wrote to a publisher who now lives in exile in Norway. " +
				"The Lamprey gang went after a charity that documents war crimes in Peru and Brazil. Researchers in Poland track the Lamprey gang as Pelton Moth.",
			want: map[string]float64{"TARGETED Lamprey -> Chile": 0.5},
			not:  []string{"TARGETED Lamprey -> Norway", "TARGETED Lamprey -> Peru", "TARGETED Lamprey -> Brazil", "TARGETED Lamprey -> Poland"}},
		{name: "what lure files refer to",
			text: "Most infections by the Lamprey gang were in Chile. The Lamprey gang has been sending its targets archive files with names referencing Norway, Europe and the war.",
			want: map[string]float64{"TARGETED Lamprey -> Chile": 0.5},
			not:  []string{"TARGETED Lamprey -> Norway"}},
		{name: "a country's own defenders report the attack",
			text: "Most infections by the Lamprey gang were in Chile, according to a joint advisory from the FBI and the Netherlands' NCSC. Germany's domestic intelligence agency said infections by the Lamprey gang were also found in Norway.",
			want: map[string]float64{"TARGETED Lamprey -> Chile": 0.5, "TARGETED Lamprey -> Norway": 0.5},
			not:  []string{"TARGETED Lamprey -> Netherlands", "TARGETED Lamprey -> Germany"}},
		{name: "the actor in focus through a reference",
			text: "APT28 is a Russian group. Its phishing lures reached ministries across Portugal and Norway.",
			want: map[string]float64{"TARGETED APT28 -> Portugal": 0.4, "TARGETED APT28 -> Norway": 0.4}},
		{name: "the story's attack, interest and lures in a sentence naming no actor",
			text: "APT28 struck again. Officials said 300 companies in Portugal and Chile had been hit by the incident. Organizations in Norway and Peru were also of interest. Several offices in Poland received documents whose templates pulled down an exploit.",
			want: map[string]float64{"TARGETED APT28 -> Portugal": 0.35, "TARGETED APT28 -> Chile": 0.35, "TARGETED APT28 -> Norway": 0.35,
				"TARGETED APT28 -> Peru": 0.35, "TARGETED APT28 -> Poland": 0.35}},
		{name: "where the detections and infections of the actor's malware came from",
			text: "APT28 sent Android spyware to activists. Detections came from Portugal, Chile and the Netherlands. Researchers also found evidence of X-Agent infections in Norway and Peru.",
			want: map[string]float64{"TARGETED APT28 -> Portugal": 0.35, "TARGETED APT28 -> Chile": 0.35, "TARGETED APT28 -> Netherlands": 0.35,
				"TARGETED APT28 -> Norway": 0.35, "TARGETED APT28 -> Peru": 0.35}},
		{name: "a country's interest is no attack on it",
			text: "Lazarus Group hit ministries and energy companies. \"The targeting aligns closely with Norway's strategic intelligence priorities in the region,\" the report said, describing the actor as \"Norway-nexus\".",
			not:  []string{"TARGETED Lazarus Group -> Norway"}},
		{name: "no story's attack without one",
			text: "APT28 struck again. Sales of companies in Portugal were hit by the strong euro. Tourism in Norway is of interest to investors.",
			not:  []string{"TARGETED APT28 -> Portugal", "TARGETED APT28 -> Norway"}},
		{name: "regions where the victims are, not regions at large",
			text: "The Lamprey gang has hit hospitals and schools, with victims in Western Europe and North America. Lamprey ransomware sales grew across Asia.",
			want: map[string]float64{"TARGETED Lamprey -> Western Europe": 0.5, "TARGETED Lamprey -> North America": 0.5},
			not:  []string{"TARGETED Lamprey -> Asia"}},
		{name: "the invader and a country whose own deed a relative clause tells",
			text: "The Lamprey gang's ransomware also turned up on machines in Chile after Russia's invasion of Ukraine. The Lamprey gang threatened to hit any country that launched attacks against Oman.",
			want: map[string]float64{"TARGETED Lamprey -> Chile": 0.5},
			not:  []string{"TARGETED Lamprey -> Russia", "TARGETED Lamprey -> Oman"}},
		{name: "no word of attack",
			text: "APT28 published a statement about Portugal.",
			not:  []string{"TARGETED APT28 -> Portugal"}},
		{name: "no reference to the actor in focus",
			text: "APT28 is a Russian group. Ransomware outbreaks rose sharply in Portugal last year.",
			not:  []string{"TARGETED APT28 -> Portugal"}},
		{name: "the actor in focus through the victims of the story",
			text: "APT28 is a Russian group. Offices in Portugal and Norway account for most of the confirmed compromises.",
			want: map[string]float64{"TARGETED APT28 -> Portugal": 0.35, "TARGETED APT28 -> Norway": 0.35}},
		{name: "the place of officials who speak of compromises",
			text: "APT28 is a Russian group. Officials in Portugal said no systems were compromised.",
			not:  []string{"TARGETED APT28 -> Portugal"}},
		{name: "the actor's own country in its name",
			text: "The IT Army of Norway, a volunteer collective, claimed attacks on banks in Chile.",
			not:  []string{"TARGETED IT Army -> Norway"}},
		{name: "users hit in countries, in a sentence that names no actor",
			text: "APT28 is a Russian group. Telemetry shows users hit in Norway, Chile and Peru.",
			want: map[string]float64{"TARGETED APT28 -> Norway": 0.35, "TARGETED APT28 -> Chile": 0.35, "TARGETED APT28 -> Peru": 0.35}},
		{name: "devices affected in countries, in a sentence that names no actor",
			text: "APT28 is a Russian group. More than 100 devices have been affected, most of them in Norway and Chile.",
			want: map[string]float64{"TARGETED APT28 -> Norway": 0.35, "TARGETED APT28 -> Chile": 0.35}},
		{name: "a pronoun after a speaker stands for the speaker",
			text: "APT28 is a Russian group. The same day, Norwegian police said they had taken 127 servers offline in Chile.",
			not:  []string{"TARGETED APT28 -> Chile"}},
		{name: "two actors",
			text: "APT28 and the Lamprey gang both ran phishing campaigns while Portugal held elections.",
			not:  []string{"TARGETED APT28 -> Portugal", "TARGETED Lamprey -> Portugal"}},
		{name: "the actor's sponsor",
			text: "APT28 ran a phishing campaign for Russia against Marlow Bank.",
			not:  []string{"TARGETED APT28 -> Russia"}},
		{name: "where the police arrested people",
			text: "Investigators took down servers of the Lamprey gang, which had attacked Marlow Bank, and arrested two people in Portugal and Norway.",
			not:  []string{"TARGETED Lamprey -> Portugal", "TARGETED Lamprey -> Norway"}},
		{name: "agencies from a list of countries report",
			text: "An advisory co-authored by agencies from Portugal, Norway and Chile says APT28 breached Marlow Bank.",
			not:  []string{"TARGETED APT28 -> Portugal", "TARGETED APT28 -> Norway", "TARGETED APT28 -> Chile"}},
		{name: "the agencies that published an advisory, named in a list after by",
			text: "The Lamprey gang is a ransomware operation. Lamprey has been the most commonly deployed ransomware variant in Norway for the past year, according to a joint advisory published in June by Norway's NSM, the United States' CISA and FBI, and agencies in Chile, Portugal and Peru.",
			not:  []string{"TARGETED Lamprey -> Chile", "TARGETED Lamprey -> Portugal", "TARGETED Lamprey -> Peru"}},
		{name: "countries that complain of espionage",
			text: "Most infections by the Lamprey gang were in Chile. Peru, Norway and the Netherlands have all complained in recent months about Chinese espionage targeting their institutions.",
			want: map[string]float64{"TARGETED Lamprey -> Chile": 0.5},
			not:  []string{"TARGETED Lamprey -> Peru", "TARGETED Lamprey -> Norway", "TARGETED Lamprey -> Netherlands"}},
		{name: "a fronted place",
			text: "In Portugal, officials said APT28 had hacked Marlow Bank.",
			not:  []string{"TARGETED APT28 -> Portugal"}},
		{name: "a country that accuses",
			text: "Norway accused APT28 of the intrusion at Marlow Bank.",
			not:  []string{"TARGETED APT28 -> Norway"}},
		{name: "a country that attacks",
			text: "Norway has hacked servers that APT28 used in its phishing campaign.",
			not:  []string{"TARGETED APT28 -> Norway"}},
		{name: "a country as the origin of a group",
			text: "APT-C-36 is a suspected South America espionage group that phished Marlow Bank.",
			not:  []string{"TARGETED APT-C-36 -> South America"}},
		{name: "a modifier",
			text: "APT28 phished the Norway ambassador.",
			not:  []string{"TARGETED APT28 -> Norway"}},
		{name: "a country before a firm that reports",
			text: "In 2021, US firm Quillon Labs found that the Lamprey gang had planted ransomware on the site of Marlow Bank.",
			not:  []string{"TARGETED Lamprey -> United States"}},
		{name: "a country before a named agency",
			text: "Police seized the Lamprey gang's leak site, which now shows the logos of Norway's National Criminal Investigation Service and the Portugal Judicial Police.",
			not:  []string{"TARGETED Lamprey -> Norway", "TARGETED Lamprey -> Portugal"}},
		{name: "a country before its government stays a place",
			text: "Ransomware from the Lamprey gang turned up on machines of Portugal's government.",
			want: map[string]float64{"TARGETED Lamprey -> Portugal": 0.5}},
		{name: "world regions where the victims are",
			text: "Prosecutors say the Lamprey gang encrypted networks of businesses in Europe and Asia.",
			want: map[string]float64{"TARGETED Lamprey -> Europe": 0.5, "TARGETED Lamprey -> Asia": 0.5}},
		{name: "world regions where most of the victims are",
			text: "The Lamprey gang compromised domain registrars to redirect traffic destined for some 40 organizations in 13 countries, most of them in the Middle East and North Africa.",
			want: map[string]float64{"TARGETED Lamprey -> Middle East": 0.5, "TARGETED Lamprey -> North Africa": 0.5}},
		{name: "a world region that no victims stand before",
			text: "Prosecutors say the Lamprey gang encrypted networks and sold access across Asia.",
			not:  []string{"TARGETED Lamprey -> Asia"}},
		{name: "a dateline",
			text: "OSLO, Norway (Example Wire) — The Lamprey gang leaked files stolen from Marlow Bank, the lender said on Tuesday.",
			not:  []string{"TARGETED Lamprey -> Norway"}},
		{name: "where a company is based",
			text: "Marlow Bank, which is headquartered in Portugal and runs branches across Europe, said the Lamprey gang's ransomware had hit its systems.",
			not:  []string{"TARGETED Lamprey -> Portugal"}},
		{name: "where the actor's servers were",
			text: "\"The Lamprey gang was responsible for many ransomware attacks,\" Europol said, adding that servers in Norway and Chile had been taken offline.",
			not:  []string{"TARGETED Lamprey -> Norway", "TARGETED Lamprey -> Chile"}},
		{name: "extradited to a country",
			text: "A Latvian man was extradited to Norway to face charges that he helped the Lamprey gang extort ransom payments from companies.",
			not:  []string{"TARGETED Lamprey -> Norway"}},
		{name: "a war as the topic",
			text: "The Lamprey gang's phishing lures have followed the invasion of Ukraine closely.",
			not:  []string{"TARGETED Lamprey -> Ukraine"}},
		{name: "a suspect",
			text: "Officials, who had first pointed the finger at Norway, later said the Lamprey gang had claimed the attack.",
			not:  []string{"TARGETED Lamprey -> Norway"}},
		{name: "a country that attributes, with an adverb",
			text: "Portugal publicly attributed the ransomware attack on Marlow Bank to the Lamprey gang.",
			not:  []string{"TARGETED Lamprey -> Portugal"}},
		{name: "countries accused, not hit",
			text: "The Lamprey gang leaked files from Marlow Bank. Officials have repeatedly accused Portugal and Norway of orchestrating the protests, but offered no evidence linking the recent intrusions to them.",
			not:  []string{"TARGETED Lamprey -> Portugal", "TARGETED Lamprey -> Norway"}},
		{name: "an accuser after a time phrase",
			text: "Portugal on Tuesday accused the Lamprey gang of breaking into a company and leaking its files.",
			not:  []string{"TARGETED Lamprey -> Portugal"}},
		{name: "an accuser with its allies",
			text: "Portugal and nine allied countries on Thursday accused the Lamprey gang of a ransomware campaign.",
			not:  []string{"TARGETED Lamprey -> Portugal"}},
		{name: "a state that imposed sanctions",
			text: "Portugal has imposed sanctions on the Lamprey gang over its ransomware attacks.",
			not:  []string{"TARGETED Lamprey -> Portugal"}},
		{name: "abbreviated names in a list of agents",
			text: "The Lamprey gang hit Marlow Bank. Earlier this month, the U.S., the U.K. and Australia sanctioned the Russian national they say ran the ransomware operation.",
			not:  []string{"TARGETED Lamprey -> United States", "TARGETED Lamprey -> United Kingdom", "TARGETED Lamprey -> Australia"}},
		{name: "an abbreviated name before its officials",
			text: "The Lamprey gang hit Marlow Bank. U.S. officials blamed it for the destructive 2014 hack of a film studio.",
			not:  []string{"TARGETED Lamprey -> United States"}},
		{name: "a country in an apposition that describes the victim",
			text: "Marlow Energy, the biggest energy supplier in Portugal, said the Lamprey gang had stolen its files. Pelton Port, the company that handles cargo at Norway's largest seaport, said the Lamprey gang had hit it.",
			not:  []string{"TARGETED Lamprey -> Portugal", "TARGETED Lamprey -> Norway"}},
		{name: "a country that places the victim before it",
			text: "In June the Lamprey gang hit the University of Pelton in Portugal and demanded $4.5 million.",
			not:  []string{"TARGETED Lamprey -> Portugal"}},
		{name: "an invaded country as the topic",
			text: "The breach shows the Lamprey gang turning its espionage on a partner that grew closer since Portugal invaded Norway.",
			not:  []string{"TARGETED Lamprey -> Norway"}},
		{name: "partners a government worked with",
			text: "Most infections by the Lamprey gang were in Chile. Treasury sanctioned the Lamprey gang in a package of measures the U.S. coordinated with Norway, Japan and Peru after an attack by the Lamprey gang.",
			want: map[string]float64{"TARGETED Lamprey -> Chile": 0.5},
			not:  []string{"TARGETED Lamprey -> Norway", "TARGETED Lamprey -> Japan", "TARGETED Lamprey -> Peru"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := extractText(t, tt.text)
			names := map[string]string{}
			for _, n := range b.Nodes {
				names[n.ID] = n.Name
			}
			got := map[string]graph.Edge{}
			for _, e := range b.Edges {
				got[fmt.Sprintf("%s %s -> %s", e.Type, names[e.Source], names[e.Target])] = e
			}
			for w, c := range tt.want {
				e, ok := got[w]
				if !ok {
					t.Errorf("got %q, want it to include %q", edgeLines(b), w)
					continue
				}
				if ev := e.Evidence[0]; ev.Rule != "cooccurrence-cue" || ev.Confidence != c {
					t.Errorf("got %s with rule %q, confidence %.2f, want cooccurrence-cue, %.2f", w, ev.Rule, ev.Confidence, c)
				}
			}
			for _, n := range tt.not {
				if _, ok := got[n]; ok {
					t.Errorf("got %q, want no %q", edgeLines(b), n)
				}
			}
			checkNegatives(t, b)
		})
	}
}
