package report

import "testing"

// TestExtractDamage covers victims told by what the attack did to them, in a
// sentence that names no actor: they go to the actor in focus. Every name
// here is invented.
func TestExtractDamage(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
		not  []string
	}{
		{name: "lost production",
			text: "The Lamprey gang's wiper spread worldwide. The drug maker Corvin Pharma lost production of a vaccine.",
			want: []string{"TARGETED Lamprey -> Corvin Pharma"},
			not:  []string{"TARGETED Lamprey -> Healthcare"}},
		{name: "had to reinstall",
			text: "APT28 deployed a wiper in June. The shipping company Marlow Lines had to reinstall 40,000 PCs.",
			want: []string{"TARGETED APT28 -> Marlow Lines"}},
		{name: "was forced to shut down",
			text: "The Lamprey gang called the help desk. Fenwick Resorts was forced to shut down systems across its hotels.",
			want: []string{"TARGETED Lamprey -> Fenwick Resorts"}},
		{name: "hit by the story's attack; websites belonging to a victim; websites that were down",
			text: "APT28 deployed a wiper in June. Pelton Bank had been hit by the attack, officials said. Websites belonging to the Marlow Port Authority went down. The websites of Fenwick Rail were down for most of Monday, and the portals of Quarrow Air were down as well.",
			want: []string{"TARGETED APT28 -> Pelton Bank", "TARGETED APT28 -> Marlow Port Authority", "TARGETED APT28 -> Fenwick Rail", "TARGETED APT28 -> Quarrow Air"}},
		{name: "another incident's victims are not the focus actor's",
			text: "The Lamprey gang hit Quarrow Air in May. Pelton Bank and Marlow Lines each lost the records of millions of customers in separate breaches. Fenwick Rail lost access to its services after an unrelated incident.",
			want: []string{"TARGETED Lamprey -> Quarrow Air"},
			not:  []string{"TARGETED Lamprey -> Pelton Bank", "TARGETED Lamprey -> Marlow Lines", "TARGETED Lamprey -> Fenwick Rail"}},
		{name: "a report that ties no victim to a group",
			text: "The Lamprey gang hit Quarrow Air in May. Kellner Labs said the wider wave hit Pelton Bank and Marlow Lines, though it did not tie each victim to a specific group.",
			not:  []string{"TARGETED Lamprey -> Pelton Bank", "TARGETED Lamprey -> Marlow Lines"}},
		{name: "the focus actor's own other attack still counts",
			text: "The Lamprey gang hit Quarrow Air in May. The gang also claimed a separate attack on Pelton Bank.",
			want: []string{"TARGETED Lamprey -> Quarrow Air", "TARGETED Lamprey -> Pelton Bank"}},
		{name: "an incident told as the subject, stolen data and damaged systems without a possessive",
			text: "APT28 deployed a wiper in June. Pelton Bank said an IT security incident had disrupted pharmacy systems. Quarrow Air confirmed that hackers had stolen data from its network. Optics maker Marlow Lines had production systems disrupted in an attack.",
			want: []string{"TARGETED APT28 -> Pelton Bank", "TARGETED APT28 -> Quarrow Air", "TARGETED APT28 -> Marlow Lines"}},
		{name: "an incident that hit someone else, and time that was had",
			text: "APT28 deployed a wiper in June. Pelton Bank said a ransomware attack had hit the port of Quarrow. Marlow Lines had two weeks to respond.",
			not:  []string{"TARGETED APT28 -> Pelton Bank", "TARGETED APT28 -> Marlow Lines"}},
		{name: "the damage laid on an actor named after it",
			text: "APT28 deployed a wiper in June. Pelton Bank said an IT security incident had disrupted pharmacy systems, an attack researchers later tied to the Lamprey gang. Quarrow Air had production systems disrupted in an attack for which the Lamprey gang demanded $10 million.",
			want: []string{"TARGETED Lamprey -> Pelton Bank", "TARGETED Lamprey -> Quarrow Air"},
			not:  []string{"TARGETED APT28 -> Pelton Bank", "TARGETED APT28 -> Quarrow Air"}},
		{name: "briefly unreachable, taken offline after a list of systems, a quoted incident",
			text: "APT28 deployed a wiper in June. The website of the Pelton Cyber Directorate, the agency coordinating the response, was briefly unreachable on Saturday. Marlow City Council saw its internal systems, websites and apps taken offline. Game publisher Quarrow Games disclosed a \"cybersecurity incident\".",
			want: []string{"TARGETED APT28 -> Pelton Cyber Directorate", "TARGETED APT28 -> Marlow City Council", "TARGETED APT28 -> Quarrow Games"}},
		{name: "figures that were down are no damage",
			text: "APT28 deployed a wiper in June. Sales at Pelton Bank were down in May.",
			not:  []string{"TARGETED APT28 -> Pelton Bank"}},
		{name: "whose services went down",
			text: "The group later moved to ransomware, hitting companies such as Orbis Devices, whose services went down for days. The group is tracked as APT28.",
			want: []string{"TARGETED APT28 -> Orbis Devices"}},
		{name: "shut down its systems",
			text: "APT28 hit Brightwater Bank in May. Weeks later Kellner Insurance shut down its systems as a precaution.",
			want: []string{"TARGETED APT28 -> Kellner Insurance"}},
		{name: "paid a ransom",
			text: "The Lamprey gang encrypted the claims platform in February. Orbis Health Group said it had paid a ransom to protect patient data.",
			want: []string{"TARGETED Lamprey -> Orbis Health Group"}},
		{name: "disclosed a breach",
			text: "APT28 has been busy this year. Fenwick Logistics disclosed a data breach in a filing on Monday.",
			want: []string{"TARGETED APT28 -> Fenwick Logistics"}},
		{name: "the actor in a clause after the damage",
			text: "Sandworm hit Brightwater Bank in May. In June, Kellner Insurance disclosed a cyber incident after the Lamprey gang posted its data.",
			want: []string{"TARGETED Lamprey -> Kellner Insurance"},
			not:  []string{"TARGETED Sandworm -> Kellner Insurance"}},
		{name: "went offline when the actor struck",
			text: "The Lamprey gang breached Brightwater Bank in May. Kellner Insurance went offline for two days when Sandworm struck.",
			want: []string{"TARGETED Sandworm -> Kellner Insurance"},
			not:  []string{"TARGETED Lamprey -> Kellner Insurance"}},
		{name: "systems at a victim went down",
			text: "The Lamprey gang encrypted servers in June. Systems at the Quarrow Data Centre went down on June 20.",
			want: []string{"TARGETED Lamprey -> Quarrow Data Centre"}},
		{name: "saw its website slow to a crawl, pages returned errors",
			text: "The Lamprey gang flooded sites in June. Quarrow Bank saw its website slow to a crawl. On Monday, pages for Pelton Airport returned errors.",
			want: []string{"TARGETED Lamprey -> Quarrow Bank", "TARGETED Lamprey -> Pelton Airport"}},
		{name: "a market that crashed is no victim's",
			text: "The Lamprey gang flooded sites in June. Analysts at Pelton Bank said the market crashed.",
			not:  []string{"TARGETED Lamprey -> Pelton Bank"}},
		{name: "the recipients of booby-trapped documents",
			text: "The Lamprey gang sent lures in May. Quarrow Bank received booby-trapped Word documents. Pelton Bank received a letter from regulators.",
			want: []string{"TARGETED Lamprey -> Quarrow Bank"},
			not:  []string{"TARGETED Lamprey -> Pelton Bank"}},
		{name: "became one of the victims; a list with an Oxford comma disclosed breaches of its own databases",
			text: "The Lamprey gang phoned help desks. This week Quarrow Bank said it had become one of the victims. Since May, Pelton Bank, Marlow Bank, and Tiffin & Co. have each disclosed breaches of customer databases.",
			want: []string{"TARGETED Lamprey -> Quarrow Bank", "TARGETED Lamprey -> Pelton Bank", "TARGETED Lamprey -> Marlow Bank", "TARGETED Lamprey -> Tiffin & Co"}},
		{name: "an update that crashed computers is no victim of the crash",
			text: "The Lamprey gang phoned help desks. Many firms struggled with the faulty Quarrow update that crashed millions of computers.",
			not:  []string{"TARGETED Lamprey -> Quarrow"}},
		{name: "the victim paid the actor",
			text: "A month earlier, Quarrow Foods said it paid the Lamprey gang the equivalent of $11 million. Pelton Bank paid Sandworm a ransom.",
			want: []string{"TARGETED Lamprey -> Quarrow Foods", "TARGETED Sandworm -> Pelton Bank"}},
		{name: "a country that never acknowledged responsibility for cyberattacks is no victim",
			text: "The Lamprey gang hit Quarrow Bank. Iran has never acknowledged responsibility for cyberattacks.",
			not:  []string{"TARGETED Lamprey -> Iran"}},
		{name: "was among the victims",
			text: "The Lamprey gang exploited a file-transfer flaw. Marlow University was among the confirmed victims.",
			want: []string{"TARGETED Lamprey -> Marlow University"}},
		{name: "are among the organizations that acknowledged a breach; not among those that reported profits",
			text: "The Lamprey gang exploited a file-transfer flaw. Marlow University and Fenwick Parts are among the organizations that have now acknowledged that attackers stole data. Orbis Bank is among the firms that reported record profits.",
			want: []string{"TARGETED Lamprey -> Marlow University", "TARGETED Lamprey -> Fenwick Parts"},
			not:  []string{"TARGETED Lamprey -> Orbis Bank"}},
		{name: "services paused or ambulances diverted, after a fronted state",
			text: "The Lamprey gang hit a hospital group. In Pennsylvania, Quarrow Health paused some outpatient services. In Connecticut, Pelton Hospital diverted ambulances for days. Marlow Clinic did not postpone surgeries.",
			want: []string{"TARGETED Lamprey -> Quarrow Health", "TARGETED Lamprey -> Pelton Hospital"},
			not:  []string{"TARGETED Lamprey -> Marlow Clinic"}},
		{name: "a victim's shipments or services suspended; talks suspended are no damage",
			text: "The Lamprey gang hit the brewer. Shipments from Quarrow Drinks and from Pelton Foods were also suspended or delayed. Talks with Marlow Bank were suspended.",
			want: []string{"TARGETED Lamprey -> Quarrow Drinks", "TARGETED Lamprey -> Pelton Foods"},
			not:  []string{"TARGETED Lamprey -> Marlow Bank"}},
		{name: "hackers gained access to its systems, told by the victim; an owner in apposition is no victim",
			text: "The Lamprey gang is busy. Quarrow Telecom has confirmed that hackers gained unauthorised access to one of its internal ticketing systems. Pelton Auctions, owned by the holding company Marlow Group, confirmed that a third party had gained access to its network.",
			want: []string{"TARGETED Lamprey -> Quarrow Telecom", "TARGETED Lamprey -> Pelton Auctions"},
			not:  []string{"TARGETED Lamprey -> Marlow Group"}},
		{name: "fronted among with a clause of leaked files",
			text: "The Lamprey gang runs a leak site. Among the companies whose files were published were Orbis Labs, a chipmaker, and Kellner Access, a network vendor.",
			want: []string{"TARGETED Lamprey -> Orbis Labs", "TARGETED Lamprey -> Kellner Access"}},
		{name: "fronted among with a clause",
			text: "APT28 sent lures to defence engineers. Among the companies whose networks were breached were Orbis Aerospace, the missile maker Kellner Dynamics and Fenwick Aviation.",
			want: []string{"TARGETED APT28 -> Orbis Aerospace", "TARGETED APT28 -> Kellner Dynamics", "TARGETED APT28 -> Fenwick Aviation"}},
		{name: "a reporter of an attack on someone else is no victim",
			text: "APT28 has been busy this year. Marlow Security reported an attack on Fenwick Logistics.",
			not:  []string{"TARGETED APT28 -> Marlow Security"}},
		{name: "a loss without damage is no victim",
			text: "APT28 hit Brightwater Bank in May. Kellner Motors lost a court case over its trademarks.",
			not:  []string{"TARGETED APT28 -> Kellner Motors"}},
		{name: "had to for something else",
			text: "APT28 hit Brightwater Bank in May. Kellner Security had to publish its findings twice.",
			not:  []string{"TARGETED APT28 -> Kellner Security"}},
		{name: "another actor's malware is someone else's attack",
			text: "APT28 hit Brightwater Bank in May. Weeks later Kellner Insurance shut down its systems after being attacked with Hive ransomware.",
			not:  []string{"TARGETED APT28 -> Kellner Insurance"}},
		{name: "a sentence naming an actor is left to its rules",
			text: "APT28 hit Brightwater Bank in May. Kellner Insurance shut down its systems after APT29 broke in.",
			not:  []string{"TARGETED APT28 -> Kellner Insurance"}},
		{name: "disclosed intrusions, plural",
			text: "APT28 moved on to insurers. Orbis Mutual, Kellner Insurance and Fenwick Assurance Companies all disclosed intrusions within a fortnight.",
			want: []string{"TARGETED APT28 -> Orbis Mutual", "TARGETED APT28 -> Kellner Insurance", "TARGETED APT28 -> Fenwick Assurance Companies"}},
		{name: "reported attack data is no disclosure",
			text: "APT28 moved on to insurers. Kellner Security reported attack data to its clients.",
			not:  []string{"TARGETED APT28 -> Kellner Security"}},
		{name: "companies named by the actor",
			text: "Other companies named by APT28 include Orbis Foods, Kellner Bank and supply chain software firm Fenwick Logistics.",
			want: []string{"TARGETED APT28 -> Orbis Foods", "TARGETED APT28 -> Kellner Bank", "TARGETED APT28 -> Fenwick Logistics"}},
		{name: "no actor in focus",
			text: "Kellner Insurance shut down its systems on Monday.",
			not:  []string{"TARGETED Kellner Insurance"}},
		{name: "said on a day that it had suffered a quoted incident",
			text: "The Lamprey gang posted new names in June. Kellner Insurance, which sits under the Pelton Holding Authority, confirmed on Thursday that it had suffered a \"computer security incident\".",
			want: []string{"TARGETED Lamprey -> Kellner Insurance"},
			not:  []string{"TARGETED Lamprey -> Pelton Holding Authority"}},
		{name: "attackers had abused its systems; its account had been misused",
			text: "APT28 went after registries in June. Fenwick Exchange disclosed that attackers had abused its systems, and Orbis Registry said that its registrar account had been misused.",
			want: []string{"TARGETED APT28 -> Fenwick Exchange", "TARGETED APT28 -> Orbis Registry"}},
		{name: "had its systems knocked offline; saw its site slow",
			text: "The Lamprey gang flooded sites in June. One of the gang's first victims, the Marlow Dental Association, had its systems knocked offline. Pelton Airport, the busiest hub in the region, saw its site slow to a crawl.",
			want: []string{"TARGETED Lamprey -> Marlow Dental Association", "TARGETED Lamprey -> Pelton Airport"}},
		{name: "staff noticed suspicious activity",
			text: "The Lamprey gang posted new names in June. Quarrow Health said staff first noticed suspicious activity on December 21, and the Fenwick prefecture-based Orbis Bank said it detected unauthorized access at a subsidiary.",
			want: []string{"TARGETED Lamprey -> Quarrow Health", "TARGETED Lamprey -> Orbis Bank"},
			not:  []string{"TARGETED Lamprey -> Fenwick"}},
		{name: "a vendor that identified traffic, a finding of nothing",
			text: "The Lamprey gang exploited appliances in May. Kellner Networks identified the anomalous traffic in May. Orbis Bank said it had found no sign of unusual activity on its servers.",
			not:  []string{"TARGETED Lamprey -> Kellner Networks", "TARGETED Lamprey -> Orbis Bank"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := extractText(t, tt.text)
			checkEdges(t, b, tt.want, tt.not)
			checkNegatives(t, b)
		})
	}
}

// TestExtractSelfReport covers an organization that reports an intrusion into
// its own systems, and an opening clause of attack. Names are invented.
func TestExtractSelfReport(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
		not  []string
	}{
		{name: "hackers broke into its network",
			text: "APT29 is a Russian espionage group. Software maker Orbis Remote Systems said Friday that hackers working for Russia's intelligence service broke into its corporate IT environment.",
			want: []string{"TARGETED APT29 -> Orbis Remote Systems"}},
		{name: "the same group had been inside its email",
			text: "APT29 breached Kellner Soft in January. Days later, Fenwick Enterprise revealed in a securities filing that the same group had been inside its cloud-based email environment.",
			want: []string{"TARGETED APT29 -> Fenwick Enterprise"}},
		{name: "its customers are not the reporter",
			text: "APT29 is a Russian espionage group. Marlow Security Ltd said the group had targeted its customers in Europe.",
			not:  []string{"TARGETED APT29 -> Marlow Security Ltd"}},
		{name: "a reporter of someone else's network",
			text: "APT29 is a Russian espionage group. Marlow Security Ltd said the group had broken into the network of Kellner Bank.",
			want: []string{"TARGETED APT29 -> Kellner Bank"},
			not:  []string{"TARGETED APT29 -> Marlow Security Ltd"}},
		{name: "an opening clause of attack",
			text: "APT29 is busy. After breaking into Orbis Software Group's build environment, the hackers slipped a backdoor into its updates.",
			want: []string{"TARGETED APT29 -> Orbis Software Group"}},
		{name: "an opening clause that is no attack",
			text: "APT29 is busy. After meeting Orbis Software Group's managers, the hackers left.",
			not:  []string{"TARGETED APT29 -> Orbis Software Group"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := extractText(t, tt.text)
			checkEdges(t, b, tt.want, tt.not)
			checkNegatives(t, b)
		})
	}
}
