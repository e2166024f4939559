package render

import (
	"testing"
)

func TestParseDOTOutput(t *testing.T) {
	src := "digraph \"g\" {\n\tgraph [bb=\"0,0,10,20\", _draw_=\"c 7 -#000000 \"];\n" +
		"\tnode [label=\"\\N\"];\n" +
		"\t{ rank=same; a; \"b c\"; }\n" +
		"\ta\t[_ldraw_=\"T 1 2 0 3 8 -x\\\\y \\\"q\\\" \\\n\", label=<x<BR/>y>];\n" +
		"\ta -> \"b c\" -> d [_draw_=\"B 4 0 0 1 1 2 2 3 3 \"];\n" +
		"\t// comment\n}\n"
	g, err := parseDOTOutput([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if got := g.attrs["bb"]; got != "0,0,10,20" {
		t.Errorf("bb: got %q", got)
	}
	if len(g.nodes) != 3 || g.nodes[0].name != "a" || g.nodes[1].name != "b c" || g.nodes[2].name != "d" {
		t.Errorf("got nodes %+v, want a, b c, d", g.nodes)
	}
	if len(g.edges) != 2 || g.edges[1].tail != "b c" || g.edges[1].head != "d" {
		t.Errorf("got edges %+v, want a -> b c -> d", g.edges)
	}
	ops, err := parseXDot(g.nodes[0].attrs["_ldraw_"])
	if err != nil {
		t.Fatal(err)
	}
	if len(ops) != 1 || ops[0].str != `x\y "q" ` {
		t.Errorf("got text ops %+v, want one with %q", ops, `x\y "q" `)
	}
	if g.nodes[0].attrs["label"] != "x<BR/>y" {
		t.Errorf("got HTML label %q", g.nodes[0].attrs["label"])
	}
}

func TestParseXDotErrors(t *testing.T) {
	for _, s := range []string{
		"T 1 2 0 3 99 -short",
		"Q 1 2",
		"P 2 0 0 1",
		"c 7 #000000",
		"P -1",
	} {
		if _, err := parseXDot(s); err == nil {
			t.Errorf("parseXDot(%q): got no error", s)
		}
	}
	for _, s := range []string{"", "  ", "E 1 2 3 4 e 1 2 3 4 L 2 0 0 1 1 t 1 S 5 -solid F 12 9 -Helvetica I 0 0 1 1 3 -img"} {
		if _, err := parseXDot(s); err != nil {
			t.Errorf("parseXDot(%q): %v", s, err)
		}
	}
}
