package render

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// legendDOT is the legend as its own small graph: one row with a sample of
// each kind present, drawn by Graphviz with the diagram's shapes and colours,
// and one row with a sample line of each relationship type present. It
// returns nil when there is nothing to explain.
func legendDOT(v view, th theme) []byte {
	if len(v.kinds) == 0 && len(v.types) == 0 {
		return nil
	}
	var b bytes.Buffer
	b.WriteString("digraph \"legend\" {\n")
	b.WriteString("\tgraph")
	writeAttrs(&b, []attr{
		{key: "bgcolor", val: "transparent"},
		{key: "nodesep", val: "0.18"},
		{key: "pad", val: num(padPt / 72)},
		{key: "rankdir", val: "TB"},
		{key: "ranksep", val: "0.12"},
	})
	b.WriteString("\tnode")
	writeAttrs(&b, []attr{
		{key: "fontname", val: fontName},
		{key: "fontsize", val: "12"},
		{key: "height", val: "0.32"},
		{key: "margin", val: "0.1,0.03"},
		{key: "width", val: "0.4"},
	})
	b.WriteString("\tedge")
	writeAttrs(&b, []attr{{key: "arrowsize", val: "0.7"}})

	var row1, row2 []string
	for i, k := range v.kinds {
		st := th.node(k)
		style := "filled"
		if st.rounded {
			style += ",rounded"
		}
		id := "k" + strconv.Itoa(i)
		row1 = append(row1, id)
		b.WriteString("\t" + id)
		writeAttrs(&b, []attr{
			{key: "color", val: st.border},
			{key: "fillcolor", val: st.fill},
			{key: "fontcolor", val: st.font},
			{key: "label", val: htmlText(kindLabel(k)), html: true},
			{key: "penwidth", val: "1.2"},
			{key: "shape", val: st.shape},
			{key: "style", val: style},
		})
	}
	for i, t := range v.types {
		st := th.edge(t)
		from, to := "t"+strconv.Itoa(i), "l"+strconv.Itoa(i)
		row2 = append(row2, from, to)
		b.WriteString("\t" + from)
		writeAttrs(&b, []attr{{key: "label", val: ""}, {key: "shape", val: "box"}, {key: "style", val: "invis"}, {key: "width", val: "0.45"}})
		b.WriteString("\t" + to)
		writeAttrs(&b, []attr{
			{key: "fontcolor", val: th.fg},
			{key: "fontsize", val: "11"},
			{key: "label", val: htmlText(string(t)), html: true},
			{key: "margin", val: "0.02,0"},
			{key: "shape", val: "plaintext"},
		})
		b.WriteString("\t" + from + " -> " + to)
		writeAttrs(&b, []attr{
			{key: "color", val: st.color},
			{key: "penwidth", val: num(st.width)},
			{key: "style", val: st.style},
			{key: "tailclip", val: "false"},
		})
	}
	// Keep each row in order, and the kinds above the types.
	for _, row := range [][]string{row1, row2} {
		if len(row) == 0 {
			continue
		}
		b.WriteString("\t{ rank=same; " + strings.Join(row, "; ") + "; }\n")
		for i := 1; i < len(row); i++ {
			if row[i][0] == 'l' {
				continue // already joined by the sample edge
			}
			b.WriteString("\t" + row[i-1] + " -> " + row[i])
			writeAttrs(&b, []attr{{key: "style", val: "invis"}})
		}
	}
	if len(row1) > 0 && len(row2) > 0 {
		b.WriteString("\t" + row1[0] + " -> " + row2[0])
		writeAttrs(&b, []attr{{key: "style", val: "invis"}})
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
