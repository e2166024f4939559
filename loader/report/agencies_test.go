package report

import "testing"

// TestExtractAgencies covers intelligence and military services named as
// the attacker, and the services that only sponsor a named group. Every
// victim here is invented.
func TestExtractAgencies(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		want, not []string
	}{
		{name: "a service that penetrated a victim attacks it",
			text: "China's Ministry of State Security said the NSA penetrated the Quarrow Time Center in 2022.",
			want: []string{"TARGETED NSA -> Quarrow Time Center"}},
		{name: "a service accused of a campaign of attacks",
			text: "The ministry accused the National Security Agency of a campaign of cyberattacks on the Pelton Institute.",
			want: []string{"TARGETED National Security Agency -> Pelton Institute"}},
		{name: "a service that says it breached a victim",
			text: "A month earlier, the SBU said it had breached Marlow Aviation and published its files.",
			want: []string{"TARGETED SBU -> Marlow Aviation"}},
		{name: "a service that takes credit for intrusions",
			text: "The GRU has also taken credit for several intrusions at Quarrow Bank.",
			want: []string{"TARGETED GRU -> Quarrow Bank"}},
		{name: "a service that runs a named group is its sponsor",
			text: "APT28, the hacking group run by the 85th centre of the GRU, hacked Marlow Logistics.\n\nThe GRU gained access to cameras at Kellner Rail.",
			want: []string{"TARGETED APT28 -> Marlow Logistics"},
			not:  []string{"TARGETED GRU -> Kellner Rail", "TARGETED GRU -> Marlow Logistics"}},
		{name: "a unit of a service is accused, not the service",
			text: "Estonia accused a unit of Russia's GRU of hacking into Fenwick Systems.",
			not:  []string{"TARGETED GRU -> Fenwick Systems"}},
		{name: "a service after a preposition is no subject",
			text: "An Iranian company that runs campaigns for the Islamic Revolutionary Guard Corps broke into Ostrava Signage.",
			not:  []string{"TARGETED Islamic Revolutionary Guard Corps -> Ostrava Signage"}},
		{name: "a service that was attacked is a victim",
			text: "Lazarus Group said the NSA was hacked. The SBU was breached by Sandworm.",
			not:  []string{"TARGETED NSA -> SBU", "TARGETED SBU -> NSA"}},
		{name: "a service known by the initials the tool knows, and a source inside it",
			text: "A source in the Main Directorate of Intelligence of Ukraine's Defence Ministry, known by its Ukrainian initials HUR (sometimes written GUR), told several outlets on Thursday that the agency has been running a large distributed denial-of-service (DDoS) campaign against Marlow Bank.\n\nHUR also said it had breached Pelton Freight.",
			want: []string{"TARGETED Main Directorate of Intelligence of Ukraine's Defence Ministry -> Marlow Bank", "TARGETED Main Directorate of Intelligence of Ukraine's Defence Ministry -> Pelton Freight"},
			not:  []string{"TARGETED HUR -> Pelton Freight"}},
		{name: "a service's initials after its name, with a variant",
			text: "The Main Intelligence Directorate of Ukraine's Ministry of Defence, known by its Ukrainian initials as HUR or GUR, said its specialists had gained access to the servers of the Pelton Tax Service.",
			want: []string{"TARGETED Main Intelligence Directorate of Ukraine's Ministry of Defence -> Pelton Tax Service"}},
		{name: "a service by its initials alone",
			text: "HUR launched a DDoS campaign against Quarrow Bank.",
			want: []string{"TARGETED HUR -> Quarrow Bank"}},
		{name: "a source inside a ministry that is no service tells of no attack of its own",
			text: "A source in the Quarrow Ministry of Finance told reporters on Thursday that the agency had hacked Pelton Bank.",
			not:  []string{"TARGETED Quarrow Ministry of Finance -> Pelton Bank"}},
		{name: "police that seize servers are no attackers",
			text: "The FBI hacked into the servers of the Quarrow gang and took down its leak site.",
			not:  []string{"TARGETED FBI -> Quarrow"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := extractText(t, tt.text)
			checkEdges(t, b, tt.want, tt.not)
			checkNegatives(t, b)
		})
	}
}
