package report

import "testing"

// TestExtractHacktivistClaims covers how news tells a denial-of-service
// campaign: hits and takedowns the group claimed, targets claimed in a
// participle clause, sites that became slow and unavailable. Every name
// here is invented.
func TestExtractHacktivistClaims(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
		not  []string
	}{
		{name: "a bloc named in a quote is no group",
			text: "A group calling itself \"sudo rm -RF\" wiped the servers of Quarrow TV. A spokeswoman said Russian media had long been the object of what she called the collective West's hybrid war against Pelton Radio.",
			want: []string{"TARGETED sudo rm -RF -> Quarrow TV"},
			not:  []string{"TARGETED West -> Pelton Radio"}},
		{name: "hits on, takedowns of",
			text: "APT28 began a campaign against Canada on Monday. The group's takedowns of the Quarrow National Assembly's website drew attention. Its hits on Pelton Bank and the Marlow Railway did too.",
			want: []string{"TARGETED APT28 -> Pelton Bank", "TARGETED APT28 -> Marlow Railway", "TARGETED APT28 -> Quarrow National Assembly"}},
		{name: "claiming a target in a participle clause",
			text: "APT28 began a campaign on Monday. On Saturday the group announced it was returning to Canada, claiming the Hamilton-Pelton Port Authority before moving on.",
			want: []string{"TARGETED APT28 -> Hamilton-Pelton Port Authority"}},
		{name: "claiming with another actor in the clause",
			text: "APT28 began a campaign on Monday. On Saturday Sandworm said APT28 was weak, claiming the Hamilton-Pelton Port Authority.",
			not:  []string{"TARGETED APT28 -> Hamilton-Pelton Port Authority"}},
		{name: "a website that became sluggish and unavailable",
			text: "APT28 began a campaign against Canada on Monday. The campaign began on Monday, when the Senate of Quarrow's website became sluggish and intermittently unavailable.",
			want: []string{"TARGETED APT28 -> Senate of Quarrow"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := extractText(t, tt.text)
			checkEdges(t, b, tt.want, tt.not)
			checkNegatives(t, b)
		})
	}
}
