package render

import (
	"fmt"
	"strconv"
	"strings"
)

// Drawing is a diagram laid out on a page: shapes and text in points, with
// the origin at the top-left corner and y growing downwards. It is what PNG
// rasterizes, and it carries everything another backend (PDF, slides) needs
// to draw the same picture.
type Drawing struct {
	Width, Height float64 // page size in points
	Background    Color
	Shapes        []Shape // in drawing order
	// Note says what automatic grouping did, for a caller's subtitle:
	// "220 of 300 entities drawn in 40 groups"; "" when nothing was grouped.
	// Folded and Groups are its numbers.
	Note           string
	Folded, Groups int
}

// Point is a position in points.
type Point struct{ X, Y float64 }

// Color is an sRGB colour with alpha; an alpha of 0 means "none".
type Color struct{ R, G, B, A uint8 }

// None reports whether the colour draws nothing.
func (c Color) None() bool { return c.A == 0 }

// Hex returns the colour as #rrggbb, without its alpha.
func (c Color) Hex() string {
	return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B)
}

// Opacity returns the alpha as a fraction.
func (c Color) Opacity() float64 { return float64(c.A) / 255 }

// parseColor reads #rgb, #rrggbb, #rrggbbaa and a few names; anything else
// is black.
func parseColor(s string) Color {
	s = strings.TrimSpace(strings.ToLower(s))
	switch s {
	case "", "none", "transparent", "invis":
		return Color{}
	case "white":
		return Color{255, 255, 255, 255}
	case "black":
		return Color{0, 0, 0, 255}
	}
	if strings.HasPrefix(s, "#") {
		h := s[1:]
		if len(h) == 3 {
			h = string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
		}
		if len(h) == 6 {
			h += "ff"
		}
		if len(h) == 8 {
			if v, err := strconv.ParseUint(h, 16, 32); err == nil {
				return Color{uint8(v >> 24), uint8(v >> 16), uint8(v >> 8), uint8(v)}
			}
		}
	}
	return Color{0, 0, 0, 255}
}

// ShapeKind says what a Shape is.
type ShapeKind int

// The shape kinds.
const (
	// ShapePolygon is a closed path through Points.
	ShapePolygon ShapeKind = iota
	// ShapePolyline is an open path through Points.
	ShapePolyline
	// ShapeBezier is a piecewise cubic Bézier curve: Points[0] is the start, then
	// each segment adds two control points and an end point.
	ShapeBezier
	// ShapeEllipse is centred on Points[0] with radii RX and RY.
	ShapeEllipse
	// ShapeText is one line of text whose baseline anchor is Points[0].
	ShapeText
)

// String names the kind.
func (k ShapeKind) String() string {
	switch k {
	case ShapePolygon:
		return "polygon"
	case ShapePolyline:
		return "polyline"
	case ShapeBezier:
		return "bezier"
	case ShapeEllipse:
		return "ellipse"
	case ShapeText:
		return "text"
	}
	return "shape(" + strconv.Itoa(int(k)) + ")"
}

// Align is the horizontal anchoring of a Text shape.
type Align int

// The alignments: the anchor is the left end, the centre, or the right end.
const (
	AlignLeft Align = iota
	AlignCenter
	AlignRight
)

// Font describes the type of a Text shape. Family is a generic name
// ("sans-serif"); backends map it to a font they have.
type Font struct {
	Family string
	Size   float64 // points
	Bold   bool
	Italic bool
}

// Shape is one drawing operation. Curves and lines are stroked with Stroke;
// closed shapes are filled with Fill when it is not None.
type Shape struct {
	Kind      ShapeKind
	Points    []Point
	RX, RY    float64   // Ellipse radii
	Fill      Color     // None: not filled
	Stroke    Color     // None: not stroked; for Text, the text colour
	LineWidth float64   // points
	Dash      []float64 // on/off lengths in points; nil for a solid line
	Text      string
	Font      Font
	Align     Align
	TextWidth float64 // the width the layout reserved for the text, in points; backends fit the text to it
	// Role and Ref say what the shape belongs to: Role is "node", "edge",
	// "title", "subtitle", "legend" or "sources"; Ref is the node id, or
	// "source -> target" for an edge (DOT node names, which are the node
	// ids), or the report URL of a source line (a backend may link it).
	Role string
	Ref  string
}

// transform maps Graphviz coordinates (points, y up, origin at the bottom
// left of the bounding box) onto the page.
type transform struct {
	ox, oy float64 // page position of the body's top-left corner
	scale  float64
	x0, y1 float64 // bounding box left and top in Graphviz coordinates, pad included
}

func (t transform) pt(x, y float64) Point {
	return Point{t.ox + t.scale*(x-t.x0), t.oy + t.scale*(t.y1-y)}
}

// place returns s moved onto the page.
func (t transform) place(s Shape) Shape {
	out := s
	out.Points = make([]Point, len(s.Points))
	for i, p := range s.Points {
		out.Points[i] = t.pt(p.X, p.Y)
	}
	out.RX *= t.scale
	out.RY *= t.scale
	out.LineWidth *= t.scale
	out.Font.Size *= t.scale
	out.TextWidth *= t.scale
	if s.Dash != nil {
		out.Dash = make([]float64, len(s.Dash))
		for i, d := range s.Dash {
			out.Dash[i] = d * t.scale
		}
	}
	return out
}
