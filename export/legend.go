package export

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// LegendEntry is one line of a slide legend: a node kind drawn as a shape
// sample, or a relationship type drawn as a line sample.
type LegendEntry struct {
	Group  string // "kind" or "relationship"
	Label  string
	Shape  string  // node shape (box, ellipse, diamond, hexagon, ...)
	Fill   string  // #RRGGBB
	Stroke string  // #RRGGBB
	Line   bool    // a relationship: draw a line
	Style  string  // solid, dashed or dotted
	Width  float64 // line width in slide pixels (1920x1080)
}

// legendOf lists the kinds and relationship types present in sg, in the
// model's fixed order, with their colours in the theme.
func legendOf(sg graph.Subgraph, theme string) []LegendEntry {
	kinds := map[graph.Kind]bool{}
	for _, n := range sg.Nodes {
		kinds[n.Kind] = true
	}
	types := map[graph.RelType]bool{}
	for _, e := range sg.Edges {
		types[e.Type] = true
	}
	var out []LegendEntry
	for _, k := range graph.Kinds() {
		if kinds[k] {
			st := kindStyle(k, theme)
			out = append(out, LegendEntry{Group: "kind", Label: kindLabel(k), Shape: st.shape, Fill: st.fill, Stroke: st.stroke})
		}
	}
	for _, t := range graph.RelTypes() {
		if types[t] {
			st := relStyle(t, theme)
			out = append(out, LegendEntry{Group: "relationship", Label: relLabel(t), Line: true, Stroke: st.color, Style: st.style, Width: 2 * st.width})
		}
	}
	return out
}

// kindLabel is a kind as a reader says it: "Threat actor".
func kindLabel(k graph.Kind) string {
	switch k {
	case graph.ThreatActor:
		return "Threat actor"
	default:
		return string(k)
	}
}

// relLabel is a relationship type in lower case words: "attributed to".
func relLabel(t graph.RelType) string {
	return strings.ToLower(strings.ReplaceAll(string(t), "_", " "))
}

type nodeStyle struct{ shape, fill, stroke string }

type edgeStyle struct {
	color, style string
	width        float64
}

// The styles below follow the diagram's themes (render/style.go) so that the
// slide legend matches the diagram: Okabe-Ito colours and one shape per kind.

var kindShapes = map[graph.Kind]string{
	graph.ThreatActor: "hexagon", graph.Organization: "rbox", graph.Person: "ellipse",
	graph.Sector: "folder", graph.Country: "octagon", graph.Campaign: "cds",
	graph.Malware: "parallelogram", graph.Tool: "component", graph.Infrastructure: "cylinder",
	graph.Report: "note",
}

// kindStyle is the shape and colours of a kind in a theme.
func kindStyle(k graph.Kind, theme string) nodeStyle {
	c := [2]string{"#E3E3E3", "#777777"}
	switch theme {
	case "dark":
		c = map[graph.Kind][2]string{
			graph.ThreatActor: {"#D55E00", "#FFB07A"}, graph.Organization: {"#56B4E9", "#B5E0F7"},
			graph.Person: {"#CC79A7", "#F0C4DC"}, graph.Sector: {"#009E73", "#8FE0C8"},
			graph.Country: {"#F0E442", "#FFF9B0"}, graph.Campaign: {"#E69F00", "#FFD680"},
			graph.Malware: {"#CC79A7", "#FFFFFF"}, graph.Tool: {"#0072B2", "#8CCBF0"},
			graph.Infrastructure: {"#999999", "#DDDDDD"}, graph.Report: {"#3A3F46", "#AAAAAA"},
		}[k]
	case "print":
		c = map[graph.Kind][2]string{
			graph.ThreatActor: {"#D0D0D0", "#000000"}, graph.Organization: {"#FFFFFF", "#000000"},
			graph.Person: {"#FFFFFF", "#000000"}, graph.Sector: {"#F0F0F0", "#000000"},
			graph.Country: {"#FFFFFF", "#000000"}, graph.Campaign: {"#F0F0F0", "#000000"},
			graph.Malware: {"#E0E0E0", "#000000"}, graph.Tool: {"#F0F0F0", "#000000"},
			graph.Infrastructure: {"#FFFFFF", "#000000"}, graph.Report: {"#FFFFFF", "#000000"},
		}[k]
	default:
		c = map[graph.Kind][2]string{
			graph.ThreatActor: {"#D55E00", "#8A3D00"}, graph.Organization: {"#C4E5F7", "#3A8FC4"},
			graph.Person: {"#EDD0E0", "#B05E8C"}, graph.Sector: {"#A6DDCE", "#007A59"},
			graph.Country: {"#FAF6BD", "#A89A00"}, graph.Campaign: {"#F6DDA6", "#B87F00"},
			graph.Malware: {"#CC79A7", "#8E4A70"}, graph.Tool: {"#0072B2", "#004A75"},
			graph.Infrastructure: {"#E3E3E3", "#777777"}, graph.Report: {"#FFFFFF", "#777777"},
		}[k]
	}
	if c[0] == "" {
		c = [2]string{"#E3E3E3", "#777777"}
	}
	shape := kindShapes[k]
	if shape == "" {
		shape = "box"
	}
	return nodeStyle{shape, c[0], c[1]}
}

// relStyle is the colour, line style and width (in points) of a relationship type.
func relStyle(t graph.RelType, theme string) edgeStyle {
	var m map[graph.RelType]edgeStyle
	switch theme {
	case "dark":
		m = map[graph.RelType]edgeStyle{
			graph.Targeted: {"#F0853A", "solid", 1.8}, graph.AttributedTo: {"#DDDDDD", "dashed", 1.6},
			graph.Uses: {"#56B4E9", "solid", 1.4}, graph.LocatedIn: {"#AAAAAA", "dotted", 1.4},
			graph.PartOf: {"#AAAAAA", "solid", 1.2}, graph.AffiliatedWith: {"#E39BC3", "dashed", 1.4},
			graph.RelatedTo: {"#888888", "dotted", 1.2},
		}
	case "print":
		m = map[graph.RelType]edgeStyle{
			graph.Targeted: {"#000000", "solid", 2.0}, graph.AttributedTo: {"#000000", "dashed", 1.6},
			graph.Uses: {"#000000", "solid", 1.2}, graph.LocatedIn: {"#000000", "dotted", 1.4},
			graph.PartOf: {"#555555", "solid", 1.0}, graph.AffiliatedWith: {"#555555", "dashed", 1.2},
			graph.RelatedTo: {"#555555", "dotted", 1.0},
		}
	default:
		m = map[graph.RelType]edgeStyle{
			graph.Targeted: {"#D55E00", "solid", 1.8}, graph.AttributedTo: {"#333333", "dashed", 1.6},
			graph.Uses: {"#0072B2", "solid", 1.4}, graph.LocatedIn: {"#777777", "dotted", 1.4},
			graph.PartOf: {"#777777", "solid", 1.2}, graph.AffiliatedWith: {"#B05E8C", "dashed", 1.4},
			graph.RelatedTo: {"#999999", "dotted", 1.2},
		}
	}
	if st, ok := m[t]; ok {
		return st
	}
	return edgeStyle{"#777777", "solid", 1.2}
}
