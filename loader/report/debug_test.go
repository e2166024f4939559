package report

import (
	"os"
	"path/filepath"
	"testing"
)

// TestDebugSentence prints the sentences, entities and edges of a text for
// someone working on the rules: ACTORGRAPH_DEBUG holds the text, or
// ACTORGRAPH_DEBUG_FILE names a report file; ACTORGRAPH_DEBUG_DIR prints
// only the edges of every report in a folder (debugDir), and with
// ACTORGRAPH_DEBUG_ENTS set its entities too.
func TestDebugSentence(t *testing.T) {
	if dir := os.Getenv("ACTORGRAPH_DEBUG_DIR"); dir != "" {
		debugDir(t, dir)
		return
	}
	text := os.Getenv("ACTORGRAPH_DEBUG")
	doc := Document{Text: text, ID: "report:debug"}
	if path := os.Getenv("ACTORGRAPH_DEBUG_FILE"); path != "" {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if doc, err = Parse(path, data); err != nil {
			t.Fatal(err)
		}
		text = doc.Text
	}
	if text == "" {
		t.Skip("set ACTORGRAPH_DEBUG to a text or ACTORGRAPH_DEBUG_FILE to a file")
	}
	g := defaultGazetteer(t)
	x := &extraction{doc: doc, ref: doc.Ref()}
	x.run(g)
	for _, s := range x.sents {
		t.Logf("SENT %q", s.Text)
		if os.Getenv("ACTORGRAPH_DEBUG_TOKS") != "" {
			for i, tk := range s.toks {
				t.Logf("  tok %d %q cap=%v owner=%d", i, tk.text, tk.cap, s.owner[i])
			}
		}
		for _, e := range s.ents {
			t.Logf("  ent %q kind=%s node=%s dem=%v ref=%v guess=%v country=%s", s.textOf(x.text, e.a, e.b), e.kind, e.node.ID, e.demonym, e.ref, e.guess, e.country)
		}
	}
	for _, l := range describe(x.batch()) {
		t.Log(l)
	}
}

// debugDir prints, for every report in a folder (ACTORGRAPH_DEBUG_DIR), its
// edges with the rules that made them, one per line after the file name:
// what a rule gives across a corpus.
func debugDir(t *testing.T, dir string) {
	g := defaultGazetteer(t)
	paths, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range paths {
		if ext := filepath.Ext(path); ext != ".md" && ext != ".txt" && ext != ".html" && ext != ".htm" {
			continue
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Parse(path, data)
		if err != nil {
			t.Logf("%s\tparse error: %v", filepath.Base(path), err)
			continue
		}
		x := &extraction{doc: doc, ref: doc.Ref()}
		x.run(g)
		for _, l := range describe(x.batch()) {
			t.Logf("%s\t%s", filepath.Base(path), l)
		}
		if os.Getenv("ACTORGRAPH_DEBUG_ENTS") == "" {
			continue
		}
		// ACTORGRAPH_DEBUG_ENTS: every entity the report names, once, with
		// its kind: what a rule could have reached.
		seen := map[string]bool{}
		for _, s := range x.sents {
			for _, e := range s.ents {
				if e.ref || seen[e.node.ID] {
					continue
				}
				seen[e.node.ID] = true
				t.Logf("%s	ENT %s	%s	%s", filepath.Base(path), e.kind, e.node.Name, s.textOf(x.text, e.a, e.b))
			}
		}
	}
}
