package report

import "testing"

// TestExtractDiscourse covers victims reached through the structure of a
// report rather than of one clause: the actor a report is about, long
// institutional names, lists of reporting agencies, claims made sentences
// after the victim. Every name here is invented.
func TestExtractDiscourse(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
		not  []string
	}{
		{name: "a plural reference speaks of all the actors a list named",
			text: "The bureau named three groups: APT28, APT40 and Sandworm. It said the groups broke into networks at Marlow Power.\n\nMicrosoft tracks APT28 and Lazarus Group. They also hit Pelton Bank. Lazarus Group alone hit Quarrow Exchange.\n\nAPT40 hit Fenwick Port. The groups that have hit ports are many.",
			want: []string{"TARGETED APT28 -> Marlow Power", "TARGETED APT40 -> Marlow Power", "TARGETED Sandworm -> Marlow Power",
				"TARGETED APT28 -> Pelton Bank", "TARGETED Lazarus Group -> Pelton Bank", "TARGETED Lazarus Group -> Quarrow Exchange"},
			not: []string{"TARGETED APT28 -> Quarrow Exchange", "TARGETED Lazarus Group -> Marlow Power"}},
		{name: "a victim that paid after an attack is the actor in focus's",
			text: "Lazarus Group hit banks. Quarrow Foods paid the equivalent of $11 million in bitcoin after an attack that halted its plants.",
			want: []string{"TARGETED Lazarus Group -> Quarrow Foods"}},
		{name: "an attack a reporter lays on another actor in the next sentence is that actor's",
			text: "APT28 hit banks in May. Quarrow Foods paid $11 million after an attack that halted plants. The FBI publicly attributed that attack to Lazarus Group.",
			want: []string{"TARGETED Lazarus Group -> Quarrow Foods"},
			not:  []string{"TARGETED APT28 -> Quarrow Foods"}},
		{name: "victims that confirmed exposure or notified customers of incidents",
			text: "Lazarus Group hit many firms. Quarrow, Pelton and Marlow Bank each confirmed exposure of business contact details. Fenwick Foods and Kellner Bank have both notified customers of similar incidents.",
			want: []string{"TARGETED Lazarus Group -> Quarrow", "TARGETED Lazarus Group -> Marlow Bank", "TARGETED Lazarus Group -> Fenwick Foods", "TARGETED Lazarus Group -> Kellner Bank"}},
		{name: "the organizations that disclosed incidents include the victims",
			text: "Lazarus Group hit many firms. Others that have acknowledged incidents include Quarrow Energy, which said employee data may have been compromised; the data security company Pelton; the mining giant Marlow Tinto.",
			want: []string{"TARGETED Lazarus Group -> Quarrow Energy", "TARGETED Lazarus Group -> Pelton", "TARGETED Lazarus Group -> Marlow Tinto"}},
		{name: "an organization with its article after a fronted place is the subject",
			text: "Lazarus Group hit Kaseya. In Sweden, the Quarrow supermarket chain had to close around 800 stores for nearly a week.",
			want: []string{"TARGETED Lazarus Group -> Quarrow"}},
		{name: "the place of victims a sector names, as a subject of damage",
			text: "Lazarus Group hit Kaseya. Schools and kindergartens in New Zealand also lost access to their computers.",
			want: []string{"TARGETED Lazarus Group -> New Zealand"}},
		{name: "an impostor who reaches an organization's staff attacks it",
			text: "Lazarus Group stole $308 million. The operation began when a hacker posing as a recruiter sent a bogus test to an employee of Quarrow Wallet, a software company.",
			want: []string{"TARGETED Lazarus Group -> Quarrow Wallet"}},
		{name: "a country alone or a country's sector hit, with no organization named, is the country's record, not the actor's victim",
			text: "APT28 hit Marlow Bank. Croatia has also been hit closer to home. Canada's hospitals have been hit before. " +
				"A ministry in Ecuador was also hit. Ireland's Pelton University was hit in May.",
			want: []string{"TARGETED APT28 -> Marlow Bank", "TARGETED APT28 -> Ecuador", "TARGETED APT28 -> Pelton University"},
			not:  []string{"TARGETED APT28 -> Croatia", "TARGETED APT28 -> Canada"}},
		{name: "an attack with no named author is not the actor in focus's",
			text: "APT28 hit Marlow Bank. Pelton Foods lost access to its systems to ransomware in an incident for which no group was publicly named. " +
				"Kellner Port was forced to halt operations after a cyber incident; the company did not name the attackers. Quarrow Telecom was forced to halt operations after a cyber incident.",
			want: []string{"TARGETED APT28 -> Marlow Bank", "TARGETED APT28 -> Quarrow Telecom"},
			not:  []string{"TARGETED APT28 -> Pelton Foods", "TARGETED APT28 -> Kellner Port"}},
		{name: "the actor a section's heading names keeps the section, however often the report names another",
			text: "Lazarus Group hit banks. Lazarus Group stole funds. Lazarus Group laundered them. Lazarus Group hid them. Lazarus Group struck again. Lazarus Group went quiet.\n\n" +
				"## Talos: Granite Typhoon\n\n" +
				"Talos tracks a related cluster as Granite Typhoon. Talos said Granite Typhoon is a subgroup of Lazarus Group.\n\n" +
				"Talos said the group has compromised Quarrow Telecom.\n\n" +
				"## Earlier cases\n\n" +
				"Pelton Bank was breached in 2019.",
			want: []string{"TARGETED Granite Typhoon -> Quarrow Telecom", "TARGETED Lazarus Group -> Pelton Bank"},
			not:  []string{"TARGETED Lazarus Group -> Quarrow Telecom", "TARGETED Granite Typhoon -> Pelton Bank"}},
		{name: "a background paragraph about a second actor, named again further on, stays with it",
			text: "The Quarrow gang hit Ostrava Bank. The Quarrow gang leaked the files. The Quarrow gang said more would follow.\n\n" +
				"In 2024 a group known as Pelton Team broke into Kellner Soft, which serves many lenders.\n\n" +
				"Among the lenders whose data was taken were Marlow Bank and Harbin Savings. Pelton Team later settled for a ransom.",
			want: []string{"TARGETED Pelton Team -> Marlow Bank", "TARGETED Pelton Team -> Harbin Savings"},
			not:  []string{"TARGETED Quarrow -> Marlow Bank", "TARGETED Quarrow -> Harbin Savings"}},
		{name: "agencies in a list of countries that report",
			text: "Security agencies in the US, Canada and New Zealand said that APT40 had kept access to victims for years.",
			not:  []string{"TARGETED APT40 -> United States", "TARGETED APT40 -> New Zealand"}},
		{name: "a country after by is an agent",
			text: "Officials called APT40 a ransomware gang invented by the US.",
			not:  []string{"TARGETED APT40 -> United States"}},
		{name: "countries of the victims stay targets",
			text: "APT40 stole data from machines in Japan, Canada and Chile.",
			want: []string{"TARGETED APT40 -> Japan", "TARGETED APT40 -> Chile"}},
		{name: "a list of fields inside an institution's name",
			text: "APT28 breached the Ministry of Science, Innovation, Technology and Telecommunications last year.",
			want: []string{"TARGETED APT28 -> Ministry of Science, Innovation, Technology and Telecommunications"},
			not:  []string{"TARGETED APT28 -> Innovation"}},
		{name: "a list of organizations after an institution stays a list",
			text: "APT28 breached the Ministry of Defence, the Fenwick Bank and Marlow Logistics.",
			want: []string{"TARGETED APT28 -> Ministry of Defence", "TARGETED APT28 -> Marlow Logistics"}},
		{name: "an adjective and a name under one article",
			text: "APT28 hacked the Industrial and Maritime Bank of Examplia.",
			want: []string{"TARGETED APT28 -> Industrial and Maritime Bank of Examplia"},
			not:  []string{"TARGETED APT28 -> Industrial"}},
		{name: "two names under one article stay two",
			text: "APT32 infiltrated the networks of the Orbis and Kellner Motors groups.",
			not:  []string{"TARGETED APT32 -> Orbis and Kellner Motors"}},
		{name: "a claim some sentences after the victim",
			text: "Marlow Health said a cyberattack on its subsidiary Fenwick Pharmacy Services had stopped claims processing.\n\nThe chief executive told lawmakers that stolen credentials were used. Nine days later the servers were encrypted.\n\nThe attack has been attributed to the Lamprey gang.",
			want: []string{"TARGETED Lamprey -> Fenwick Pharmacy Services"},
			not:  []string{"TARGETED Lamprey -> Marlow Health"}},
		{name: "no lookback past a sentence that names another actor",
			text: "APT40 breached Marlow Health last year. Nothing else was said about it. The attack has been attributed to the Lamprey gang.",
			not:  []string{"TARGETED Lamprey -> Marlow Health"}},
		{name: "found inside the networks of",
			text: "Separately, a Chinese group called Granite Typhoon has been found inside the networks of Orbis Telecom, Kellner Mobile and Fenwick Fiber.",
			want: []string{"TARGETED Granite Typhoon -> Orbis Telecom", "TARGETED Granite Typhoon -> Fenwick Fiber"}},
		{name: "inside an organization's network",
			text: "Granite Typhoon lurked inside Orbis Telecom's network for months.",
			want: []string{"TARGETED Granite Typhoon -> Orbis Telecom"}},
		{name: "inside something that is not owned",
			text: "Granite Typhoon hid inside the Marlow Cloud Platform's free tier and within weeks of the report.",
			not:  []string{"TARGETED Granite Typhoon -> Marlow Cloud Platform"}},
		{name: "the work of another gang",
			text: "The Rhysida gang hit Marlow Bank. The Toronto Public Library was also disrupted that autumn, although that incident was the work of a different gang, Black Basta.",
			want: []string{"TARGETED Rhysida -> Marlow Bank"},
			not:  []string{"TARGETED Rhysida -> Toronto Public Library"}},
		{name: "the work of a named actor",
			text: "The Rhysida gang hit Marlow Bank. Fenwick Library was disrupted in May, an incident that was the work of APT28.",
			want: []string{"TARGETED APT28 -> Fenwick Library"},
			not:  []string{"TARGETED Rhysida -> Fenwick Library"}},
		{name: "prosecutors of a country are no victim",
			text: "US prosecutors charged two men they say ran the Lamprey gang, which hit hospitals in Canada.",
			want: []string{"TARGETED Lamprey -> Canada"},
			not:  []string{"TARGETED Lamprey -> United States"}},
		{name: "the report's dominant actor before it is named",
			text: "Chinese hackers broke into Marlow Telecom, officials said.\n\nThe hackers belong to Volt Typhoon. Volt Typhoon has been linked to intrusions at the Port of Fenwick. Volt Typhoon is patient.\n\nSeparately, Salt Typhoon was seen in other networks.",
			want: []string{"TARGETED Volt Typhoon -> Marlow Telecom"},
			not:  []string{"TARGETED Salt Typhoon -> Marlow Telecom"}},
		{name: "the attack claimed paragraphs after the lede",
			text: "More than a million people had their records exposed in a ransomware attack on Quarrow University Health Center last fall, according to a filing.\n\nThe two institutions told regulators that the breach affected 1,465,000 people. Depending on the patient, the files held names and diagnoses.\n\nSupport\n\nThe attack was claimed in October by a relatively new ransomware operation called Pelton, which posted the center on its leak site.",
			want: []string{"TARGETED Pelton -> Quarrow University Health Center"}},
		{name: "a later operation is not the lede's attack",
			text: "Hackers broke into Quarrow Grocers in a ransomware attack last month, the company said.\n\nIts stores reopened on Monday. Pharmacies are working again. Loyalty points were restored. Shares rose. Staff were paid.\n\nThe operation was set up by former members of Sandworm, researchers believe.",
			not:  []string{"TARGETED Sandworm -> Quarrow Grocers"}},
		{name: "among those a wave hit",
			text: "The Quarrow group began a new campaign on Monday.\n\nThe first wave hit roughly 20 sites. Among them were the websites of the Transport Regulation Authority and two banks: Quarrow Banca and Pelton Credit.",
			want: []string{"TARGETED Quarrow -> Transport Regulation Authority", "TARGETED Quarrow -> Quarrow Banca", "TARGETED Quarrow -> Pelton Credit"}},
		{name: "among them, with no attack before",
			text: "The Quarrow group began a new campaign on Monday.\n\nItaly has many banks. Among them are Quarrow Banca and Pelton Credit.",
			not:  []string{"TARGETED Quarrow -> Quarrow Banca", "TARGETED Quarrow -> Pelton Credit"}},
		{name: "no dominant actor, no guess",
			text: "Hackers broke into Marlow Telecom, officials said.\n\nVolt Typhoon and Salt Typhoon are both active.",
			not:  []string{"TARGETED Volt Typhoon -> Marlow Telecom", "TARGETED Salt Typhoon -> Marlow Telecom"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := extractText(t, tt.text)
			checkEdges(t, b, tt.want, tt.not)
			checkNegatives(t, b)
		})
	}
}
