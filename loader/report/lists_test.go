package report

import "testing"

// TestExtractBulletedLists covers victims listed as bullets after a lead
// that ends in a colon, which the parsers join into one sentence, one item
// after another: the name that opens each item is a victim however long the
// item runs on, and a list of tools, flaws or actions gives none. Every
// name here is invented.
func TestExtractBulletedLists(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
		not  []string
	}{
		{name: "items that run on in clauses of their own",
			text: "The incident adds to a growing list of organizations hit by Sandworm. Earlier victims include: Quarrow Logistics and Pelton Trading, two fuel traders whose terminals were disrupted in January; officials later said Sandworm was behind it; Marlow Airport Services, the ground-handling company, which suffered an attack in February; Italian fashion house Fenwick Moda, whose staff data the group posted online.",
			want: []string{"TARGETED Sandworm -> Quarrow Logistics", "TARGETED Sandworm -> Pelton Trading", "TARGETED Sandworm -> Marlow Airport Services", "TARGETED Sandworm -> Fenwick Moda"}},
		{name: "a persona took credit for the disruptions listed",
			text: "APT28 did not go away. Between December and February the group took credit for a string of disruptions: the Quarrow Assembly, whose data systems were down for part of a day; the national flag carrier Pelton Air; Marlow Telecom, which reported service problems.",
			want: []string{"TARGETED APT28 -> Quarrow Assembly", "TARGETED APT28 -> Pelton Air"}},
		{name: "a semicolon that opens a clause of its own ends the list",
			text: "Sandworm is old. Its targets were networks in Oman and Qatar; Pelton Labs also found more victims. Its victims include: Marlow Bank, a lender; Fenwick Health, which was hit in May; and Quarrow Port.",
			want: []string{"TARGETED Sandworm -> Oman", "TARGETED Sandworm -> Qatar", "TARGETED Sandworm -> Marlow Bank", "TARGETED Sandworm -> Fenwick Health", "TARGETED Sandworm -> Quarrow Port"},
			not:  []string{"TARGETED Sandworm -> Pelton Labs"}},
		{name: "the group's victim list",
			text: "Sandworm hit Marlow Power in March. The group's victim list includes retail giant Quarrow Stores, healthcare provider Pelton Health and cloud provider Fenwick Networks. The target count was not given by Kellner Bank.",
			want: []string{"TARGETED Sandworm -> Quarrow Stores", "TARGETED Sandworm -> Pelton Health", "TARGETED Sandworm -> Fenwick Networks"},
			not:  []string{"TARGETED Sandworm -> Kellner Bank"}},
		{name: "a leak site's postings, with the town after each school",
			text: "Lazarus Group posted more schools on its leak site over the holidays. Taken together, the postings name: Quarrow College, St Helens; Pelton Comprehensive School; Marlow Academy, Hamilton, Leicester.",
			want: []string{"TARGETED Lazarus Group -> Quarrow College", "TARGETED Lazarus Group -> Pelton Comprehensive School", "TARGETED Lazarus Group -> Marlow Academy"},
			not:  []string{"TARGETED Lazarus Group -> St Helens", "TARGETED Lazarus Group -> Hamilton", "TARGETED Lazarus Group -> Leicester"}},
		{name: "a target list told in the sentence before the lead",
			text: "APT28 circulated a target list over the weekend.\n\nThe list read like a map of the country's medicine. Large centers sat alongside rural hospitals: Quarrow Medicine and its Pelton Children's Hospital in Ann Arbor; Marlow Hospital in Alabama; Kellner Regional Medical Center in Storm Lake, Iowa.",
			want: []string{"TARGETED APT28 -> Quarrow Medicine", "TARGETED APT28 -> Pelton Children's Hospital", "TARGETED APT28 -> Marlow Hospital", "TARGETED APT28 -> Kellner Regional Medical Center"}},
		{name: "described victims and the countries they are in",
			text: "During 2022 APT40 compromised seven organizations. They are: two governmental entities in Taiwan; a Catholic organization in Hungary; pharmaceutical companies in Brazil and the United States; Taiwan's ruling Quarrow Party (QP).",
			want: []string{"TARGETED APT40 -> Hungary", "TARGETED APT40 -> Brazil", "TARGETED APT40 -> United States", "TARGETED APT40 -> Quarrow Party"}},
		{name: "a list of actions names tools, not victims",
			text: "Sandworm hit several victims. Once on the network, the intruders moved quickly: credential attacks against administrator accounts; network discovery with Quarrow Scanner and Pelton Shares; installation of Marlow Desk on at least one server; Creates a scheduled task.",
			not:  []string{"TARGETED Sandworm -> Quarrow Scanner", "TARGETED Sandworm -> Pelton Shares", "TARGETED Sandworm -> Marlow Desk", "TARGETED Sandworm -> Creates"}},
		{name: "advice to the targeted industries",
			text: "APT40 hit banks in Chile. Organizations in the targeted industries should: block vulnerable drivers, including Quarrow.sys; alert on Pelton Beacon behaviours; train staff.",
			not:  []string{"TARGETED APT40 -> Quarrow.sys", "TARGETED APT40 -> Pelton Beacon"}},
		{name: "an inline list keeps what its first item lists",
			text: "APT40 has been breaking into organizations in Cambodia. According to Mandiant, the impacted organizations include: the Quarrow Election Commission, members of parliament representing the Pelton Rescue Party (PRP), a political party; rights advocates; and two media entities.",
			want: []string{"TARGETED APT40 -> Quarrow Election Commission", "TARGETED APT40 -> Pelton Rescue Party"}},
		{name: "a list of the group's tools",
			text: "APT40 hit banks in Chile. The group's toolkit reflects that focus. Analysts listed: Quarrow Scan, a scanner; Pelton Tunnel, a tunneler.",
			not:  []string{"TARGETED APT40 -> Quarrow Scan", "TARGETED APT40 -> Pelton Tunnel"}},
		{name: "organizations whose software was trojanized",
			text: "APT40 went after game studios in Asia. Organizations whose software was confirmed to be trojanized: Quarrow Games, a Thai developer, whose title was distributed with the backdoor; Pelton Soft, a studio, whose shooter carried the same implant.",
			want: []string{"TARGETED APT40 -> Quarrow Games", "TARGETED APT40 -> Pelton Soft"}},
		{name: "the software the group trojanized names no victims",
			text: "APT40 went after game studios in Asia. The software it trojanized: Quarrow Launcher, a game client; Pelton Updater, an update tool.",
			not:  []string{"TARGETED APT40 -> Quarrow Launcher", "TARGETED APT40 -> Pelton Updater"}},
		{name: "one-word names described in parentheses",
			text: "APT40 posted dozens of companies. A non-exhaustive list of high-profile victims: Quarrowco (Guyanese retail group), November 2020, where ransom notes came out of receipt printers; Peltonsoft and Marlowgames (video game publishers), October 2020; Kellnermart (U.S. retailer), December 2020.",
			want: []string{"TARGETED APT40 -> Quarrowco", "TARGETED APT40 -> Peltonsoft", "TARGETED APT40 -> Marlowgames", "TARGETED APT40 -> Kellnermart"}},
		{name: "one-word names of tools described in parentheses",
			text: "APT40 hit banks in Chile. Seen in the intrusions: Quarrowscan (network scanner), May 2020; Peltonrat (remote access trojan), June 2020.",
			not:  []string{"TARGETED APT40 -> Quarrowscan", "TARGETED APT40 -> Peltonrat"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := extractText(t, tt.text)
			checkEdges(t, b, tt.want, tt.not)
			checkNegatives(t, b)
		})
	}
}
