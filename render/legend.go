package render

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// LegendEntry is one line of a legend: a kind of entity, drawn as a sample
// of its node, or a type of relationship, drawn as a sample of its line.
// Colours are #RRGGBB.
type LegendEntry struct {
	Kind    graph.Kind    // set for a kind
	Type    graph.RelType // set for a relationship type
	Label   string        // "Threat actor", "attributed to"
	Shape   string        // a kind's Graphviz node shape (box, hexagon, ellipse, folder, ...)
	Rounded bool          // a box with rounded corners
	Fill    string        // a kind's fill colour
	Stroke  string        // a kind's border colour, or the line colour of a type
	Text    string        // the colour of a kind's label on its fill
	Style   string        // a type's line: solid, dashed or dotted
	Width   float64       // a type's line width, in points
}

// Line reports whether the entry is a relationship type.
func (e LegendEntry) Line() bool { return e.Type != "" }

// Legend lists the kinds and relationship types present in sg, in the
// model's order (kinds first), as the diagrams draw them in theme ("light",
// "dark" or "print"; other names give light).
func Legend(sg graph.Subgraph, theme string) []LegendEntry {
	kinds := map[graph.Kind]bool{}
	for _, n := range sg.Nodes {
		kinds[n.Kind] = true
	}
	types := map[graph.RelType]bool{}
	for _, e := range sg.Edges {
		types[e.Type] = true
	}
	var ks []graph.Kind
	var ts []graph.RelType
	for _, k := range graph.Kinds() {
		if kinds[k] {
			ks = append(ks, k)
		}
	}
	for _, t := range graph.RelTypes() {
		if types[t] {
			ts = append(ts, t)
		}
	}
	return legendEntries(ks, ts, themeFor(theme))
}

func legendEntries(kinds []graph.Kind, types []graph.RelType, th theme) []LegendEntry {
	var out []LegendEntry
	for _, k := range kinds {
		st := th.node(k)
		out = append(out, LegendEntry{Kind: k, Label: kindLabel(k), Shape: st.shape, Rounded: st.rounded, Fill: st.fill, Stroke: st.border, Text: st.font})
	}
	for _, t := range types {
		st := th.edge(t)
		out = append(out, LegendEntry{Type: t, Label: relLabel(t), Stroke: st.color, Style: st.style, Width: st.width})
	}
	return out
}

// relLabel is a relationship type in lower-case words: "attributed to".
func relLabel(t graph.RelType) string {
	return strings.ToLower(strings.ReplaceAll(string(t), "_", " "))
}

// legendDOT is the legend as its own small graph, one row: for each kind
// present a small sample of its node beside its name, then for each
// relationship type a sample of its line beside its name. Samples have a
// fixed size, so that every kind weighs the same. It returns nil when there
// is nothing to explain.
func legendDOT(v view, th theme) []byte {
	entries := legendEntries(v.kinds, v.types, th)
	if len(entries) == 0 {
		return nil
	}
	var b bytes.Buffer
	b.WriteString("digraph \"legend\" {\n")
	b.WriteString("\tgraph")
	writeAttrs(&b, []attr{
		{key: "bgcolor", val: "transparent"},
		{key: "nodesep", val: "0.08"},
		{key: "pad", val: num(padPt / 72)},
		{key: "rankdir", val: "LR"},
		{key: "ranksep", val: "0.05"},
	})
	b.WriteString("\tnode")
	writeAttrs(&b, []attr{{key: "fontname", val: fontName}, {key: "fontsize", val: "13"}})
	b.WriteString("\tedge")
	writeAttrs(&b, []attr{{key: "arrowsize", val: "0.7"}})
	var row []string
	for i, e := range entries {
		id := "e" + strconv.Itoa(i)
		text := "t" + strconv.Itoa(i)
		if e.Line() {
			to := "l" + strconv.Itoa(i)
			b.WriteString("\t" + id)
			writeAttrs(&b, []attr{{key: "label", val: " "}, {key: "shape", val: "point"}, {key: "style", val: "invis"}, {key: "width", val: "0.01"}})
			b.WriteString("\t" + to)
			writeAttrs(&b, []attr{{key: "label", val: " "}, {key: "shape", val: "point"}, {key: "style", val: "invis"}, {key: "width", val: "0.01"}})
			b.WriteString("\t" + id + " -> " + to)
			writeAttrs(&b, []attr{{key: "color", val: e.Stroke}, {key: "minlen", val: "4"}, {key: "penwidth", val: num(e.Width)}, {key: "style", val: e.Style}})
			row = append(row, id, to)
		} else {
			style := "filled"
			if e.Rounded {
				style += ",rounded"
			}
			b.WriteString("\t" + id)
			writeAttrs(&b, []attr{
				{key: "color", val: e.Stroke},
				{key: "fillcolor", val: e.Fill},
				{key: "fixedsize", val: "true"},
				{key: "height", val: "0.26"},
				{key: "label", val: " "},
				{key: "penwidth", val: "1.2"},
				{key: "shape", val: e.Shape},
				{key: "style", val: style},
				{key: "width", val: "0.5"},
			})
			row = append(row, id)
		}
		b.WriteString("\t" + text)
		writeAttrs(&b, []attr{
			{key: "fontcolor", val: th.fg},
			{key: "label", val: htmlText(e.Label), html: true},
			{key: "margin", val: "0.04,0"},
			{key: "shape", val: "plaintext"},
		})
		row = append(row, text)
	}
	// One row, in order: invisible edges chain the samples and names.
	for i := 1; i < len(row); i++ {
		if row[i][0] == 'l' {
			continue // joined by the sample line
		}
		b.WriteString("\t" + row[i-1] + " -> " + row[i])
		writeAttrs(&b, []attr{{key: "minlen", val: "1"}, {key: "style", val: "invis"}})
	}
	b.WriteString("}\n")
	return b.Bytes()
}

// kindLabel is a kind as a reader would write it: "Threat actor".
func kindLabel(k graph.Kind) string {
	s := string(k)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && r >= 'A' && r <= 'Z' {
			b.WriteByte(' ')
			b.WriteRune(r + ('a' - 'A'))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
