package export

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/render"
)

// legendOf lists the kinds and relationship types present in sg with the
// shapes, colours and lines the diagram draws them with in the theme.
func legendOf(sg graph.Subgraph, theme string) []render.LegendEntry {
	return render.Legend(sg, theme)
}

// swatchShape is the name swatchPaths knows a legend entry's shape by.
func swatchShape(e render.LegendEntry) string {
	if e.Shape == "box" && e.Rounded {
		return "rbox"
	}
	return e.Shape
}

// relLabel is a relationship type in lower case words: "attributed to".
func relLabel(t graph.RelType) string {
	return strings.ToLower(strings.ReplaceAll(string(t), "_", " "))
}
