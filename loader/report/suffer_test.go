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
		{name: "was among the victims",
			text: "The Lamprey gang exploited a file-transfer flaw. Marlow University was among the confirmed victims.",
			want: []string{"TARGETED Lamprey -> Marlow University"}},
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
		{name: "no actor in focus",
			text: "Kellner Insurance shut down its systems on Monday.",
			not:  []string{"TARGETED Kellner Insurance"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := extractText(t, tt.text)
			checkEdges(t, b, tt.want, tt.not)
			checkNegatives(t, b)
		})
	}
}
