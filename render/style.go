package render

import (
	"github.com/actorgraph/actorgraph/graph"
)

// fontName is the font Graphviz measures text with and SVG asks for. The
// Helvetica metrics Graphviz knows are close to any sans-serif font, and the
// PNG rasterizer fits its own sans-serif (Go Regular) to the measured widths.
const fontName = "Helvetica"

// nodeStyle is how one kind of entity looks.
type nodeStyle struct {
	shape   string
	rounded bool
	fill    string
	border  string
	font    string
	bold    bool
}

// edgeStyle is how one type of relationship looks. Line styles differ as
// well as colours so that types stay apart in greyscale.
type edgeStyle struct {
	color string
	style string // solid, dashed, dotted
	width float64
}

// theme is a palette for one background. Kinds get Okabe-Ito colours, which
// stay distinct for colour-blind viewers, and each kind has its own shape so
// that greyscale prints stay readable too.
type theme struct {
	name      string
	bg        string
	fg        string
	muted     string // secondary text: aliases, edge labels, footnotes
	edgeLabel string
	matched   string // border colour of the entities the question named
	nodes     map[graph.Kind]nodeStyle
	edges     map[graph.RelType]edgeStyle
}

func kindShape(k graph.Kind) (shape string, rounded bool) {
	switch k {
	case graph.ThreatActor:
		return "hexagon", false
	case graph.Organization:
		return "box", true
	case graph.Person:
		return "ellipse", false
	case graph.Sector:
		return "folder", false
	case graph.Country:
		return "octagon", false
	case graph.Campaign:
		return "cds", false
	case graph.Malware:
		return "parallelogram", false
	case graph.Tool:
		return "component", false
	case graph.Infrastructure:
		return "cylinder", false
	case graph.Report:
		return "note", false
	}
	return "box", false
}

// themeFor returns the named theme; unknown names give the light theme.
func themeFor(name string) theme {
	switch name {
	case "dark":
		return darkTheme()
	case "print":
		return printTheme()
	}
	return lightTheme()
}

func withShapes(m map[graph.Kind]nodeStyle) map[graph.Kind]nodeStyle {
	for k, s := range m {
		s.shape, s.rounded = kindShape(k)
		m[k] = s
	}
	return m
}

func lightTheme() theme {
	const ink = "#1A1A1A"
	return theme{
		name: "light", bg: "#FFFFFF", fg: ink, muted: "#555555", edgeLabel: "#333333", matched: "#000000",
		nodes: withShapes(map[graph.Kind]nodeStyle{
			graph.ThreatActor:    {fill: "#D55E00", border: "#8A3D00", font: "#FFFFFF", bold: true},
			graph.Organization:   {fill: "#C4E5F7", border: "#3A8FC4", font: ink},
			graph.Person:         {fill: "#EDD0E0", border: "#B05E8C", font: ink},
			graph.Sector:         {fill: "#A6DDCE", border: "#007A59", font: ink},
			graph.Country:        {fill: "#FAF6BD", border: "#A89A00", font: ink},
			graph.Campaign:       {fill: "#F6DDA6", border: "#B87F00", font: ink},
			graph.Malware:        {fill: "#CC79A7", border: "#8E4A70", font: ink, bold: true},
			graph.Tool:           {fill: "#0072B2", border: "#004A75", font: "#FFFFFF"},
			graph.Infrastructure: {fill: "#E3E3E3", border: "#777777", font: ink},
			graph.Report:         {fill: "#FFFFFF", border: "#777777", font: ink},
		}),
		edges: map[graph.RelType]edgeStyle{
			graph.Targeted:       {color: "#D55E00", style: "solid", width: 1.8},
			graph.AttributedTo:   {color: "#333333", style: "dashed", width: 1.6},
			graph.Uses:           {color: "#0072B2", style: "solid", width: 1.4},
			graph.LocatedIn:      {color: "#777777", style: "dotted", width: 1.4},
			graph.PartOf:         {color: "#777777", style: "solid", width: 1.2},
			graph.AffiliatedWith: {color: "#B05E8C", style: "dashed", width: 1.4},
			graph.RelatedTo:      {color: "#999999", style: "dotted", width: 1.2},
		},
	}
}

func darkTheme() theme {
	const ink = "#111111"
	return theme{
		name: "dark", bg: "#1E2227", fg: "#EEEEEE", muted: "#B8B8B8", edgeLabel: "#D0D0D0", matched: "#FFFFFF",
		nodes: withShapes(map[graph.Kind]nodeStyle{
			graph.ThreatActor:    {fill: "#D55E00", border: "#FFB07A", font: "#FFFFFF", bold: true},
			graph.Organization:   {fill: "#56B4E9", border: "#B5E0F7", font: ink},
			graph.Person:         {fill: "#CC79A7", border: "#F0C4DC", font: ink},
			graph.Sector:         {fill: "#009E73", border: "#8FE0C8", font: "#FFFFFF"},
			graph.Country:        {fill: "#F0E442", border: "#FFF9B0", font: ink},
			graph.Campaign:       {fill: "#E69F00", border: "#FFD680", font: ink},
			graph.Malware:        {fill: "#CC79A7", border: "#FFFFFF", font: ink, bold: true},
			graph.Tool:           {fill: "#0072B2", border: "#8CCBF0", font: "#FFFFFF"},
			graph.Infrastructure: {fill: "#999999", border: "#DDDDDD", font: ink},
			graph.Report:         {fill: "#3A3F46", border: "#AAAAAA", font: "#EEEEEE"},
		}),
		edges: map[graph.RelType]edgeStyle{
			graph.Targeted:       {color: "#F0853A", style: "solid", width: 1.8},
			graph.AttributedTo:   {color: "#DDDDDD", style: "dashed", width: 1.6},
			graph.Uses:           {color: "#56B4E9", style: "solid", width: 1.4},
			graph.LocatedIn:      {color: "#AAAAAA", style: "dotted", width: 1.4},
			graph.PartOf:         {color: "#AAAAAA", style: "solid", width: 1.2},
			graph.AffiliatedWith: {color: "#E39BC3", style: "dashed", width: 1.4},
			graph.RelatedTo:      {color: "#888888", style: "dotted", width: 1.2},
		},
	}
}

func printTheme() theme {
	const ink = "#000000"
	return theme{
		name: "print", bg: "#FFFFFF", fg: ink, muted: "#333333", edgeLabel: "#000000", matched: "#000000",
		nodes: withShapes(map[graph.Kind]nodeStyle{
			graph.ThreatActor:    {fill: "#D0D0D0", border: ink, font: ink, bold: true},
			graph.Organization:   {fill: "#FFFFFF", border: ink, font: ink},
			graph.Person:         {fill: "#FFFFFF", border: ink, font: ink},
			graph.Sector:         {fill: "#F0F0F0", border: ink, font: ink},
			graph.Country:        {fill: "#FFFFFF", border: ink, font: ink},
			graph.Campaign:       {fill: "#F0F0F0", border: ink, font: ink},
			graph.Malware:        {fill: "#E0E0E0", border: ink, font: ink, bold: true},
			graph.Tool:           {fill: "#F0F0F0", border: ink, font: ink},
			graph.Infrastructure: {fill: "#FFFFFF", border: ink, font: ink},
			graph.Report:         {fill: "#FFFFFF", border: ink, font: ink},
		}),
		edges: map[graph.RelType]edgeStyle{
			graph.Targeted:       {color: ink, style: "solid", width: 2.0},
			graph.AttributedTo:   {color: ink, style: "dashed", width: 1.6},
			graph.Uses:           {color: ink, style: "solid", width: 1.2},
			graph.LocatedIn:      {color: ink, style: "dotted", width: 1.4},
			graph.PartOf:         {color: "#555555", style: "solid", width: 1.0},
			graph.AffiliatedWith: {color: "#555555", style: "dashed", width: 1.2},
			graph.RelatedTo:      {color: "#555555", style: "dotted", width: 1.0},
		},
	}
}

func (t theme) node(k graph.Kind) nodeStyle {
	if s, ok := t.nodes[k]; ok {
		return s
	}
	s := t.nodes[graph.Infrastructure]
	s.shape, s.rounded = "box", false
	return s
}

func (t theme) edge(r graph.RelType) edgeStyle {
	if s, ok := t.edges[r]; ok {
		return s
	}
	return edgeStyle{color: t.muted, style: "solid", width: 1.2}
}
