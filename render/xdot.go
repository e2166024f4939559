package render

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// layout is one Graphviz layout read from its "json" output: the bounding
// box and the drawing operations (xdot _draw_, _ldraw_, _hdraw_...) turned
// into shapes, still in Graphviz coordinates (points, y up).
type layout struct {
	x0, y0, x1, y1 float64 // bounding box
	shapes         []Shape
}

// width and height include the pad Graphviz leaves around the drawing, so
// that they match the viewBox of Graphviz's SVG.
func (l layout) width() float64  { return l.x1 - l.x0 + 2*padPt }
func (l layout) height() float64 { return l.y1 - l.y0 + 2*padPt }

// transformTo returns the transform that puts the layout's top-left corner
// (pad included) at (x, y) at the given scale.
func (l layout) transformTo(x, y, scale float64) transform {
	return transform{ox: x, oy: y, scale: scale, x0: l.x0 - padPt, y1: l.y1 + padPt}
}

type gvJSON struct {
	BB      string     `json:"bb"`
	Objects []gvObject `json:"objects"`
	Edges   []gvObject `json:"edges"`
}

type gvObject struct {
	GVID  int      `json:"_gvid"`
	Name  string   `json:"name"`
	Tail  int      `json:"tail"`
	Head  int      `json:"head"`
	Nodes []int    `json:"nodes"` // set on subgraphs
	Draw  []xdotOp `json:"_draw_"`
	LDraw []xdotOp `json:"_ldraw_"`
	HDraw []xdotOp `json:"_hdraw_"`
	TDraw []xdotOp `json:"_tdraw_"`
	HL    []xdotOp `json:"_hldraw_"`
	TL    []xdotOp `json:"_tldraw_"`
}

type xdotOp struct {
	Op       string       `json:"op"`
	Grad     string       `json:"grad"`
	Color    string       `json:"color"`
	Stops    []xdotStop   `json:"stops"`
	Points   [][2]float64 `json:"points"`
	Rect     []float64    `json:"rect"`
	Pt       []float64    `json:"pt"`
	Align    string       `json:"align"`
	Width    float64      `json:"width"`
	Text     string       `json:"text"`
	Size     float64      `json:"size"`
	Face     string       `json:"face"`
	Style    string       `json:"style"`
	FontChar int          `json:"fontchar"`
}

type xdotStop struct {
	Frac  float64 `json:"frac"`
	Color string  `json:"color"`
}

// parseLayout reads Graphviz "json" output. Graphviz draws in this order:
// edges, then nodes, then labels on top, which is also the order here.
func parseLayout(data []byte) (layout, error) {
	var g gvJSON
	if err := json.Unmarshal(data, &g); err != nil {
		return layout{}, fmt.Errorf("read graphviz layout: %w", err)
	}
	var l layout
	bb := strings.Split(g.BB, ",")
	if len(bb) != 4 {
		return layout{}, fmt.Errorf("read graphviz layout: bounding box %q", g.BB)
	}
	vals := make([]float64, 4)
	for i, s := range bb {
		v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
		if err != nil {
			return layout{}, fmt.Errorf("read graphviz layout: bounding box %q: %w", g.BB, err)
		}
		vals[i] = v
	}
	l.x0, l.y0, l.x1, l.y1 = vals[0], vals[1], vals[2], vals[3]

	names := map[int]string{}
	for _, o := range g.Objects {
		if o.Nodes == nil {
			names[o.GVID] = o.Name
		}
	}
	var labels []Shape
	for _, e := range g.Edges {
		ref := names[e.Tail] + " -> " + names[e.Head]
		l.shapes = append(l.shapes, readOps(e.Draw, "edge", ref, true)...)
		l.shapes = append(l.shapes, readOps(e.HDraw, "edge", ref, false)...)
		l.shapes = append(l.shapes, readOps(e.TDraw, "edge", ref, false)...)
		labels = append(labels, readOps(e.LDraw, "edge", ref, false)...)
		labels = append(labels, readOps(e.HL, "edge", ref, false)...)
		labels = append(labels, readOps(e.TL, "edge", ref, false)...)
	}
	for _, o := range g.Objects {
		role := "node"
		if o.Nodes != nil {
			role = "cluster"
		}
		l.shapes = append(l.shapes, readOps(o.Draw, role, o.Name, false)...)
		l.shapes = append(l.shapes, readOps(o.LDraw, role, o.Name, false)...)
	}
	l.shapes = append(l.shapes, labels...)
	return l, nil
}

// readOps turns one xdot operation list into shapes. Graphviz's JSON writer
// swaps the filled ("b") and unfilled ("B") Bézier operations, which is what
// makes its own raster output fill edges; so a Bézier is filled only when it
// is a closed outline drawn for a node with a fill colour set, never when it
// is an edge's curve.
func readOps(ops []xdotOp, role, ref string, edgeCurve bool) []Shape {
	var out []Shape
	pen := Color{0, 0, 0, 255}
	fill := Color{}
	width := 1.0
	var dash []float64
	font := Font{Family: "sans-serif", Size: 14}
	for _, op := range ops {
		switch op.Op {
		case "c":
			pen = opColor(op)
		case "C":
			fill = opColor(op)
		case "S":
			width, dash = applyStyle(op.Style, width, dash)
		case "F":
			font.Size = op.Size
			font.Bold = strings.Contains(strings.ToLower(op.Face), "bold")
			font.Italic = strings.Contains(strings.ToLower(op.Face), "italic") || strings.Contains(strings.ToLower(op.Face), "oblique")
		case "t":
			font.Bold = op.FontChar&1 != 0
			font.Italic = op.FontChar&2 != 0
		case "T":
			if len(op.Pt) < 2 {
				continue
			}
			s := Shape{Kind: ShapeText, Points: []Point{{op.Pt[0], op.Pt[1]}}, Stroke: pen, Font: font,
				Text: xdotText(op.Text), TextWidth: op.Width, Role: role, Ref: ref}
			switch op.Align {
			case "l":
				s.Align = AlignLeft
			case "r":
				s.Align = AlignRight
			default:
				s.Align = AlignCenter
			}
			out = append(out, s)
		case "E", "e":
			if len(op.Rect) < 4 {
				continue
			}
			s := Shape{Kind: ShapeEllipse, Points: []Point{{op.Rect[0], op.Rect[1]}}, RX: op.Rect[2], RY: op.Rect[3],
				Stroke: pen, LineWidth: width, Dash: dash, Role: role, Ref: ref}
			if op.Op == "E" {
				s.Fill = fill
			}
			out = append(out, s)
		case "P", "p", "L", "B", "b":
			pts := make([]Point, len(op.Points))
			for i, p := range op.Points {
				pts[i] = Point{p[0], p[1]}
			}
			s := Shape{Points: pts, Stroke: pen, LineWidth: width, Dash: dash, Role: role, Ref: ref}
			switch op.Op {
			case "P":
				s.Kind, s.Fill = ShapePolygon, fill
			case "p":
				s.Kind = ShapePolygon
			case "L":
				s.Kind = ShapePolyline
			default:
				s.Kind = ShapeBezier
				if !edgeCurve && closed(pts) {
					s.Fill = fill
				}
			}
			out = append(out, s)
		}
	}
	return out
}

func closed(pts []Point) bool {
	if len(pts) < 4 {
		return false
	}
	a, b := pts[0], pts[len(pts)-1]
	return abs(a.X-b.X) < 0.01 && abs(a.Y-b.Y) < 0.01
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// opColor reads a colour operation; a gradient gives its first stop.
func opColor(op xdotOp) Color {
	if op.Grad == "linear" || op.Grad == "radial" {
		if len(op.Stops) > 0 {
			return parseColor(op.Stops[0].Color)
		}
	}
	return parseColor(op.Color)
}

// applyStyle reads an xdot style: a line style or setlinewidth(n). Dash
// lengths follow Graphviz's SVG output.
func applyStyle(style string, width float64, dash []float64) (float64, []float64) {
	switch {
	case strings.HasPrefix(style, "setlinewidth("):
		v, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimPrefix(style, "setlinewidth("), ")"), 64)
		if err == nil {
			width = v
		}
	case style == "dashed":
		dash = []float64{5, 2}
	case style == "dotted":
		dash = []float64{1, 5}
	case style == "solid":
		dash = nil
	case style == "bold":
		width = 2
	}
	return width, dash
}

// xdotText undoes the escaping Graphviz's JSON writer leaves in text: each
// backslash comes doubled. The zero-width space htmlText adds after a final
// backslash is removed.
func xdotText(s string) string {
	s = strings.ReplaceAll(s, `\\`, `\`)
	return strings.ReplaceAll(s, "\u200B", "")
}
