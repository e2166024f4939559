package report

import "testing"

// TestExtractClauses covers victims told in a clause other than the
// attack's verb: the owner of "its systems" in the main clause, and the
// organization an attack's relative clause disrupts. Every victim here is
// invented.
func TestExtractClauses(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		want, not []string
	}{
		{name: "the main clause's organization owns the systems the actor encrypted",
			text: "In February, the City of Quarrow declared a local state of emergency after APT28 encrypted its systems.",
			want: []string{"TARGETED APT28 -> City of Quarrow"}},
		{name: "the group, as a noun, in the subordinate clause",
			text: "Lazarus Group hit banks. Pelton Logistics halted deliveries for a week after the group locked their servers.",
			want: []string{"TARGETED Lazarus Group -> Pelton Logistics"}},
		{name: "a reporter of another's attack owns nothing",
			text: "Marlow Security said APT28 attacked Kellner Bank after the group hit its rivals.",
			not:  []string{"TARGETED APT28 -> Marlow Security"}},
		{name: "an actor behind an attack that took down an organization",
			text: "APT28 hit banks. In December the group was behind the ransomware attack that took down Quarrow Hosting's email service.",
			want: []string{"TARGETED APT28 -> Quarrow Hosting"}},
		{name: "an actor behind an attack that crippled an organization",
			text: "Sandworm was behind the attack that crippled Fenwick Power in 2015.",
			want: []string{"TARGETED Sandworm -> Fenwick Power"}},
		{name: "behind without an attack's relative clause",
			text: "Sandworm was behind the times, Fenwick Power said.",
			not:  []string{"TARGETED Sandworm -> Fenwick Power"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := extractText(t, tt.text)
			checkEdges(t, b, tt.want, tt.not)
			checkNegatives(t, b)
		})
	}
}
