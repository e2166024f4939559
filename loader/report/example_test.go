package report_test

import (
	"fmt"
	"log"

	"github.com/actorgraph/actorgraph/loader/gazetteer"
	"github.com/actorgraph/actorgraph/loader/report"
)

func ExampleRead() {
	g := gazetteer.New([]gazetteer.Entry{{Name: "APT40", Aliases: []string{"TEMP.Periscope", "Leviathan"}, Country: "CN"}})
	src := []byte(`---
title: Election bodies breached
date: 2018-07-11
url: https://example.org/reports/election-bodies
---
TEMP.Periscope, a Chinese espionage group, breached the National Election Commission
and the Ministry of Interior in Cambodia. The group also used SCANBOX.
`)
	b, err := report.Read("election.md", src, g)
	if err != nil {
		log.Fatal(err)
	}
	names := map[string]string{}
	for _, n := range b.Nodes {
		names[n.ID] = n.Name
	}
	for _, e := range b.Edges {
		fmt.Printf("%s %s -> %s (%s)\n", e.Type, names[e.Source], names[e.Target], e.Evidence[0].Rule)
	}
	// Output:
	// ATTRIBUTED_TO APT40 -> China (attribution-adj)
	// LOCATED_IN Ministry of Interior -> Cambodia (in-country)
	// TARGETED APT40 -> Ministry of Interior (svo-target)
	// TARGETED APT40 -> National Election Commission (svo-target)
	// USES APT40 -> SCANBOX (uses-tool)
}
