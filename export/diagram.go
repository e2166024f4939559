package export

import (
	"context"
	"fmt"
	"math"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/render"
)

// Diagrammer lays a diagram out as positioned shapes and text;
// *render.Renderer is the one the command uses. Every slide format draws the
// same Drawing: vectors in SVG and PDF, pixels in PNG and PPTX.
type Diagrammer interface {
	Layout(ctx context.Context, sg graph.Subgraph, opt render.Options) (*render.Drawing, error)
}

// fitted is a diagram's body placed in its box on the slide: canvas
// coordinates are (ox + s*x, oy + s*y) for a point (x, y) of the drawing.
type fitted struct {
	shapes     []render.Shape
	s, ox, oy  float64
	background render.Color
	// x0, y0, x1, y1 bound the shapes in drawing points, pad included.
	x0, y0, x1, y1 float64
	// folded entities were drawn in groups, to keep the text readable.
	folded, groups int
}

// bounds returns the canvas box the fitted shapes cover.
func (f *fitted) bounds() (x0, y0, x1, y1 float64) {
	a, b := f.pt(render.Point{X: f.x0, Y: f.y0}), f.pt(render.Point{X: f.x1, Y: f.y1})
	return a.X, a.Y, b.X, b.Y
}

// pxPerPt is the size of a drawing point on the canvas: the diagram is laid
// out on a page of the box's size in pixels, at 96 pixels per inch.
const pxPerPt = 96.0 / 72

// layoutDiagram lays out the diagram of e and fits its body into e's box.
// The slide draws the title, legend and sources, so the drawing leaves them
// out; its note on grouping goes into the slide's subtitle.
func layoutDiagram(ctx context.Context, d Diagrammer, e *diagramEl, o Options) (*fitted, error) {
	if e.fit != nil {
		return e.fit, nil
	}
	sg := e.Graph
	opt := render.DefaultOptions()
	opt.Title = ""
	opt.Theme = o.theme
	// The renderer sizes the body for the box, grouping leaves when the
	// text would otherwise be too small to read on the slide.
	opt.Width, opt.Height, opt.DPI = int(math.Round(e.W)), int(math.Round(e.H)), 0
	opt.BodyOnly = true
	// Sources on: edges cite their reports by number, in the order of
	// sg.Reports(), which is the slide's footnote order.
	opt.Legend, opt.Sources = false, true
	opt.MaxLeaves = o.MaxLeaves
	opt.Direction = o.Direction
	opt.DateRange = o.DateRange
	dr, err := d.Layout(ctx, sg, opt)
	if err != nil {
		return nil, fmt.Errorf("lay out diagram: %w", err)
	}
	f := &fitted{background: dr.Background}
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	grow := func(x, y float64) {
		x0, y0, x1, y1 = math.Min(x0, x), math.Min(y0, y), math.Max(x1, x), math.Max(y1, y)
	}
	f.folded, f.groups = dr.Folded, dr.Groups
	for _, sh := range dr.Shapes {
		f.shapes = append(f.shapes, sh)
		switch sh.Kind {
		case render.ShapeEllipse:
			if len(sh.Points) > 0 {
				grow(sh.Points[0].X-sh.RX, sh.Points[0].Y-sh.RY)
				grow(sh.Points[0].X+sh.RX, sh.Points[0].Y+sh.RY)
			}
		case render.ShapeText:
			if len(sh.Points) > 0 {
				p := sh.Points[0]
				left := p.X
				switch sh.Align {
				case render.AlignCenter:
					left -= sh.TextWidth / 2
				case render.AlignRight:
					left -= sh.TextWidth
				}
				grow(left, p.Y-sh.Font.Size)
				grow(left+sh.TextWidth, p.Y+sh.Font.Size*0.3)
			}
		default:
			for _, p := range sh.Points {
				grow(p.X, p.Y)
			}
		}
	}
	if len(f.shapes) == 0 || x1 <= x0 || y1 <= y0 {
		f.shapes = nil
		return f, nil
	}
	const pad = 4.0 // points: room for strokes
	x0, y0, x1, y1 = x0-pad, y0-pad, x1+pad, y1+pad
	f.x0, f.y0, f.x1, f.y1 = x0, y0, x1, y1
	// The drawing is already sized for the box: only centre what it drew.
	f.s = math.Min(math.Min(e.W/dr.Width, e.H/dr.Height), math.Min(e.W/(x1-x0), e.H/(y1-y0)))
	f.ox = e.X + (e.W-f.s*(x1-x0))/2 - f.s*x0
	f.oy = e.Y + (e.H-f.s*(y1-y0))/2 - f.s*y0
	return f, nil
}

// pt maps a drawing point onto the canvas.
func (f *fitted) pt(p render.Point) pt { return pt{f.ox + f.s*p.X, f.oy + f.s*p.Y} }

// textSize is the size (drawing points) to draw a text shape at with the Go
// fonts: shrunk when the Go font is wider than the width Graphviz reserved,
// so that labels never spill out of their nodes.
func textSize(fc *faces, sh render.Shape) float64 {
	size := sh.Font.Size
	if sh.TextWidth > 0 && size > 0 {
		w := fc.widthStyled(sh.Text, sh.Font.Bold, sh.Font.Italic, 100) * size / 100
		if w > sh.TextWidth*1.01 {
			size *= sh.TextWidth / w
		}
	}
	return size
}

// colorHex is a drawing colour as #RRGGBB (alpha dropped).
func colorHex(c render.Color) string {
	return fmt.Sprintf("#%02X%02X%02X", c.R, c.G, c.B)
}
