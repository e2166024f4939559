package report

import "testing"

// TestExtractFrames covers frames met first on unseen development batches:
// what an attack did in a relative clause, victims reached through an
// organization's possessive, passive forms with a degree word, attacks
// named by their means. Every name here is invented.
func TestExtractFrames(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
		not  []string
	}{
		{name: "the attack that forced X",
			text: "The FBI said the Lamprey gang was responsible for the cyberattack that forced Marlow Pipeline to shut down its network.",
			want: []string{"TARGETED Lamprey -> Marlow Pipeline"},
			not:  []string{"TARGETED Lamprey -> FBI"}},
		{name: "the attack that took down X",
			text: "Nightglass claimed the attack that took down Corvin Health for a week.",
			want: []string{"TARGETED Nightglass -> Corvin Health"}},
		{name: "a relative clause on something else is no attack",
			text: "APT40 published a report that forced Marlow Bank to respond.",
			not:  []string{"TARGETED APT40 -> Marlow Bank"}},
		{name: "an organization's service",
			text: "Earlier, APT28 affiliates were behind the attack that crippled Fenwick Post's international export service.",
			want: []string{"TARGETED APT28 -> Fenwick Post"}},
		{name: "an organization's network in a country, passive",
			text: "APT28 breached Orbis Motors. Kellner Motors's network in Germany was hit in the same campaign, the broadcaster said.",
			want: []string{"TARGETED APT28 -> Orbis Motors", "TARGETED APT28 -> Kellner Motors"}},
		{name: "a person's possessive stays a modifier",
			text: "APT28 hacked Olaf Brenner's party.",
			not:  []string{"TARGETED APT28 -> Olaf Brenner"}},
		{name: "the worst affected",
			text: "The Lamprey gang encrypted the servers of Corvin Labs. Marlow County Hospital and Fenwick Clinic were the worst affected.",
			want: []string{"TARGETED Lamprey -> Marlow County Hospital", "TARGETED Lamprey -> Fenwick Clinic"}},
		{name: "hit by ransomware",
			text: "The Lamprey gang is a ransomware group. On Monday Brightwater Financial Services was hit by ransomware that forced it to settle trades by hand.",
			want: []string{"TARGETED Lamprey -> Brightwater Financial Services"}},
		{name: "a lede's indefinite group is the actor named later",
			text: "Orbis Holdings said on Wednesday that a Russian state-sponsored hacking group had gained access to its cloud email. The company attributed the intrusion to APT28.",
			want: []string{"TARGETED APT28 -> Orbis Holdings"}},
		{name: "an indefinite group after a named actor is another one",
			text: "APT28 breached Orbis Holdings. Separately, a Chinese hacking group broke into Fenwick Bank's network.",
			not:  []string{"TARGETED APT28 -> Fenwick Bank"}},
		{name: "a reporting clause after a list ends it",
			text: "A hacking group tied to APT32 infiltrated the networks of Orbis Motors and Kellner Motors, the German broadcaster Radio Nord reported on Saturday.",
			want: []string{"TARGETED APT32 -> Kellner Motors"},
			not:  []string{"TARGETED APT32 -> Radio Nord"}},
		{name: "a time phrase inside a list",
			text: "Researchers say APT28 stole data from dozens of companies before the pipeline incident, among them the Fenwick chemical group in Germany, which paid.",
			want: []string{"TARGETED APT28 -> Fenwick", "TARGETED APT28 -> Germany"}},
		{name: "an organization naming an attack",
			text: "APT29 is best known for the Fenwick Logistics supply-chain compromise disclosed in 2020.",
			want: []string{"TARGETED APT29 -> Fenwick Logistics"}},
		{name: "an organization naming an attack, blamed after",
			text: "Officials said the Marlow Holdings attack was attributed to the Lamprey gang.",
			want: []string{"TARGETED Lamprey -> Marlow Holdings"}},
		{name: "an organization naming an operation is no victim",
			text: "APT29 was disrupted in the FBI operation that followed. Researchers used the Marlow Bank intrusion as a case study for APT29.",
			not:  []string{"TARGETED APT29 -> FBI", "TARGETED APT29 -> Marlow Bank"}},
		{name: "an acronym coordinated with a name",
			text: "APT32 infiltrated the networks of BMX and Hyundo last year.",
			want: []string{"TARGETED APT32 -> BMX", "TARGETED APT32 -> Hyundo"}},
		{name: "a lone technical acronym is no victim",
			text: "APT32 compromised RDP and SMB services.",
			not:  []string{"TARGETED APT32 -> RDP", "TARGETED APT32 -> SMB"}},
		{name: "attacks by an actor as the subject",
			text: "The president declared an emergency after a wave of ransomware attacks by the Lamprey gang disabled systems at the Ministry of Finance.",
			want: []string{"TARGETED Lamprey -> Ministry of Finance"}},
		{name: "an actor after by that is no attack's author",
			text: "A report by APT28 watchers disabled nothing at the Ministry of Finance.",
			not:  []string{"TARGETED APT28 -> Ministry of Finance"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := extractText(t, tt.text)
			checkEdges(t, b, tt.want, tt.not)
			checkNegatives(t, b)
		})
	}
}
