package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

func TestOrgKey(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Kadokawa Corporation", "kadokawa"},
		{"Wakayama City", "wakayama"},
		{"City of Wakayama", "wakayama"},
		{"Tokushima Prefecture", "tokushima"},
		{"Tata Technologies Ltd.", "tata technologies"},
		{"Fenwick Holdings Group plc", "fenwick"},
		{"Group", "group"},
		{"Capita Pension Solutions", "capita pension solutions"},
	} {
		if got := orgKey(c.in); got != c.want {
			t.Errorf("orgKey(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestVariantsMergeOneParty: a report that names a company with and
// without its legal suffix, or an actor by two names the gazetteer ties
// together, speaks of one party.
func TestVariantsMergeOneParty(t *testing.T) {
	g := gazetteer.New([]gazetteer.Entry{
		{Name: "Pelton", Aliases: []string{"UNC9911"}},
		{Name: "UNC9911"},
		{Name: "Lazarus Group", Aliases: []string{"Hidden Cobra"}, Country: "KP"},
	})
	text := "UNC9911 breached Fenwick Logistics Ltd in March.\n\n" +
		"Fenwick Logistics said the intrusion began with a phishing email. The Pelton group also breached Marlow Bank Corporation, and UNC9911 later hit Marlow Bank again.\n\n" +
		"Lazarus Group attacked Capita. Lazarus Group also hit Capita Pension Solutions."
	doc := Document{Path: "v.md", Title: "Variants", Text: text}
	doc.ID = reportID(doc)
	b, err := Extract(doc, g)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Validate(); err != nil {
		t.Fatal(err)
	}
	checkEdges(t, b,
		[]string{"TARGETED UNC9911 -> Fenwick Logistics Ltd", "TARGETED UNC9911 -> Marlow Bank Corporation",
			"TARGETED Lazarus Group -> Capita", "TARGETED Lazarus Group -> Capita Pension Solutions"},
		[]string{"TARGETED Pelton -> Marlow Bank Corporation", "TARGETED UNC9911 -> Marlow Bank"})
	for _, n := range b.Nodes {
		switch n.Name {
		case "Pelton", "Marlow Bank":
			t.Errorf("node %q is still apart from the party it names", n.Name)
		case "UNC9911":
			if !slices.Contains(n.Aliases, "Pelton") {
				t.Errorf("UNC9911 aliases %v, want Pelton among them", n.Aliases)
			}
		case "Marlow Bank Corporation":
			if !slices.Contains(n.Aliases, "Marlow Bank") {
				t.Errorf("Marlow Bank Corporation aliases %v, want Marlow Bank among them", n.Aliases)
			}
		}
		if n.Kind == graph.Organization && n.Name == "Fenwick Logistics" {
			t.Errorf("Fenwick Logistics is apart from Fenwick Logistics Ltd")
		}
	}
}

// TestExtractTwoKnownGroupsSideBySide checks that two groups the report
// names side by side stay two, even when one source lists the one's name
// among the other's, while a list of other names still makes one group.
func TestExtractTwoKnownGroupsSideBySide(t *testing.T) {
	g := gazetteer.New([]gazetteer.Entry{
		{Name: "Lazarus Group", Aliases: []string{"Hidden Cobra", "Andariel"}, Country: "KP"},
		{Name: "Andariel", Aliases: []string{"Onyx Sleet"}, Country: "KP"},
	})
	extract := func(text string) graph.Batch {
		doc := Document{Path: "test.md", Title: "Test", Text: text}
		doc.ID = reportID(doc)
		b, err := Extract(doc, g)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	b := extract("Police said Lazarus and Andariel were responsible for the theft from Quarrow Exchange. Andariel breached Pelton Bank last year.")
	checkEdges(t, b, []string{"TARGETED Lazarus Group -> Quarrow Exchange", "TARGETED Andariel -> Quarrow Exchange", "TARGETED Andariel -> Pelton Bank"},
		[]string{"TARGETED Lazarus Group -> Pelton Bank"})
	b = extract("Lazarus breached Quarrow Exchange. Other vendors track the group as Hidden Cobra and Andariel.")
	for _, n := range b.Nodes {
		if n.Kind == graph.ThreatActor && n.Name == "Andariel" {
			t.Errorf("got Andariel as a group of its own from a list of other names: %v", edgeLines(b))
		}
	}
}

// TestVariantChainsAreDeterministic: in these reports one actor name wins
// over a second and then loses to a third ("Educated Manticore", "APT35",
// "Charming Kitten", "Mint Sandstorm"). Every name of the chain must end on
// the last winner whatever order the merges run in; each report must read
// the same every time.
func TestVariantChainsAreDeterministic(t *testing.T) {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{
		"educated-manticore-israeli-academics-checkpoint.md",
		"irgc-trump-campaign-hack-indictment.md",
		"msft-mint-sandstorm-us-critical-infrastructure.md",
	} {
		p := filepath.Join("testdata", "unseen", name)
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var first []byte
		for i := 0; i < 30; i++ {
			b, err := Read(p, data, g)
			if err != nil {
				t.Fatal(err)
			}
			j, err := json.Marshal(b)
			if err != nil {
				t.Fatal(err)
			}
			if first == nil {
				first = j
			} else if !bytes.Equal(first, j) {
				t.Fatalf("%s: read %d differs from the first read", name, i+1)
			}
		}
	}
}

// TestVariantsShortForms: a short form of the one name in the report it
// can stand for is that name ("Trans-Northern" in a headline, "TNPI" after
// the legal name); a subsidiary that shares the parent's first word, or a
// short form two names could stand for, stays apart.
func TestVariantsShortForms(t *testing.T) {
	text := "# Quarrowlock gang claims data from pipeline operator Marlow-Kellner\n\n" +
		"The Quarrowlock gang stole data from Marlow-Kellner Pipelines. Marlow-Kellner Pipelines Inc. (MKPI) was added to the gang's leak site on Tuesday.\n\n" +
		"The Quarrowlock gang also hit Fenwick and its logistics arm Fenwick Logist. The Quarrowlock gang later hit Pelton, Pelton Bank and Pelton Airlines.\n\n" +
		"The Quarrowlock gang claimed the attack on the Port of Kellner. It knocked the Port of Kellner Administration offline on Christmas Day. " +
		"The Quarrowlock gang also hit Harwick University and Harwick University Hospital."
	b := extractText(t, text)
	checkEdges(t, b,
		[]string{"TARGETED Quarrowlock -> Marlow-Kellner Pipelines", "TARGETED Quarrowlock -> Fenwick", "TARGETED Quarrowlock -> Fenwick Logist",
			"TARGETED Quarrowlock -> Pelton", "TARGETED Quarrowlock -> Pelton Bank", "TARGETED Quarrowlock -> Pelton Airlines",
			"TARGETED Quarrowlock -> Port of Kellner Administration", "TARGETED Quarrowlock -> Harwick University", "TARGETED Quarrowlock -> Harwick University Hospital"},
		[]string{"TARGETED Quarrowlock -> Marlow-Kellner", "TARGETED Quarrowlock -> MKPI", "TARGETED Quarrowlock -> Port of Kellner", "TARGETED Quarrowlock -> Christmas Day"})
}
