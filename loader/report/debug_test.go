package report

import (
	"os"
	"testing"
)

func TestDebugSentence(t *testing.T) {
	text := os.Getenv("ACTORGRAPH_DEBUG")
	if text == "" {
		t.Skip("set ACTORGRAPH_DEBUG to a text")
	}
	g := defaultGazetteer(t)
	doc := Document{Text: text, ID: "report:debug", Tags: []string{"TEMP.Periscope"}}
	x := &extraction{doc: doc, ref: doc.Ref()}
	x.run(g)
	for _, s := range x.sents {
		t.Logf("SENT %q", s.Text)
		for _, e := range s.ents {
			t.Logf("  ent %q kind=%s node=%s dem=%v ref=%v country=%s", s.textOf(text, e.a, e.b), e.kind, e.node.ID, e.demonym, e.ref, e.country)
		}
	}
	for _, l := range describe(x.batch()) {
		t.Log(l)
	}
}
