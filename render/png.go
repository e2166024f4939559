package render

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"strings"

	"github.com/fogleman/gg"
	"golang.org/x/image/font"

	"github.com/actorgraph/actorgraph/graph"
)

// PNG renders the diagram as a PNG image of opt.Width x opt.Height pixels
// (1920x1080 when both are zero and DPI is not set; one alone keeps 16:9),
// the diagram scaled to fit with its title, legend and sources. With DPI set
// and no size, the image is the layout's natural size at that DPI (lowered
// if the image would pass 64 megapixels). It returns an error when Graphviz
// fails or ctx is done.
func (r *Renderer) PNG(ctx context.Context, sg graph.Subgraph, opt Options) ([]byte, error) {
	d, err := r.Layout(ctx, sg, opt)
	if err != nil {
		return nil, err
	}
	w, h := pixelSize(d, opt)
	img, err := r.fonts.rasterize(d, w, h)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, img); err != nil {
		return nil, fmt.Errorf("encode png: %w", err)
	}
	return buf.Bytes(), nil
}

// maxPixels bounds a PNG sized from its layout (DPI set): past it the DPI
// is lowered, so a huge graph cannot ask for gigabytes of image.
const maxPixels = 64 << 20

// pixelSize is the PNG size: Width x Height when given (one of them alone
// keeps 16:9), else the page at opt.DPI within maxPixels.
func pixelSize(d *Drawing, opt Options) (int, int) {
	if opt.Width > 0 || opt.Height > 0 || opt.DPI <= 0 {
		pw, ph, px := opt.pageSize(0, 0)
		return int(math.Round(pw * px)), int(math.Round(ph * px))
	}
	px := opt.DPI / 72
	if area := d.Width * d.Height * px * px; area > maxPixels {
		px *= math.Sqrt(maxPixels / area)
		return max(1, int(d.Width*px)), max(1, int(d.Height*px))
	}
	return max(1, int(math.Round(d.Width*px))), max(1, int(math.Round(d.Height*px)))
}

// rasterize draws d onto a w x h image, the page scaled to the image width.
// Curves are stroked; only closed shapes with a fill colour are filled.
func (f *fonts) rasterize(d *Drawing, w, h int) (image.Image, error) {
	if w <= 0 || h <= 0 || w*h > 2*maxPixels {
		return nil, fmt.Errorf("rasterize: image size %dx%d out of range", w, h)
	}
	s := float64(w) / d.Width
	if d.Width <= 0 {
		s = 1
	}
	dc := gg.NewContext(w, h)
	dc.SetColor(rgba(d.Background))
	dc.Clear()
	dc.SetLineCap(gg.LineCapButt)
	dc.SetLineJoin(gg.LineJoinRound)
	faces := map[faceKey]font.Face{}
	for _, sh := range d.Shapes {
		if sh.Kind == ShapeText {
			if err := f.drawText(dc, faces, sh, s); err != nil {
				return nil, err
			}
			continue
		}
		if !tracePath(dc, sh, s) {
			continue
		}
		if !sh.Fill.None() && sh.Kind != ShapePolyline {
			dc.SetColor(rgba(sh.Fill))
			dc.FillPreserve()
		}
		if !sh.Stroke.None() && sh.LineWidth > 0 {
			dc.SetColor(rgba(sh.Stroke))
			dc.SetLineWidth(math.Max(sh.LineWidth*s, 0.5))
			dc.SetLineCap(gg.LineCapButt)
			if len(sh.Dash) > 0 {
				dash := make([]float64, len(sh.Dash))
				for i, x := range sh.Dash {
					dash[i] = x * s
				}
				dc.SetDash(dash...)
				if sh.Dash[0] <= 1.5 {
					// Dots: a round cap turns each short dash into a dot
					// as wide as the line, as SVG viewers draw them.
					dc.SetLineCap(gg.LineCapRound)
				}
			} else {
				dc.SetDash()
			}
			dc.StrokePreserve()
		}
		dc.ClearPath()
	}
	return dc.Image(), nil
}

// tracePath builds the path of a shape scaled by s; it reports false when
// there is nothing to draw.
func tracePath(dc *gg.Context, sh Shape, s float64) bool {
	p := sh.Points
	switch sh.Kind {
	case ShapeEllipse:
		if len(p) < 1 {
			return false
		}
		dc.DrawEllipse(p[0].X*s, p[0].Y*s, sh.RX*s, sh.RY*s)
	case ShapePolygon, ShapePolyline:
		if len(p) < 2 {
			return false
		}
		dc.MoveTo(p[0].X*s, p[0].Y*s)
		for _, q := range p[1:] {
			dc.LineTo(q.X*s, q.Y*s)
		}
		if sh.Kind == ShapePolygon {
			dc.ClosePath()
		}
	case ShapeBezier:
		if len(p) < 4 {
			return false
		}
		dc.MoveTo(p[0].X*s, p[0].Y*s)
		for i := 1; i+2 < len(p); i += 3 {
			dc.CubicTo(p[i].X*s, p[i].Y*s, p[i+1].X*s, p[i+1].Y*s, p[i+2].X*s, p[i+2].Y*s)
		}
		if !sh.Fill.None() {
			dc.ClosePath()
		}
	default:
		return false
	}
	return true
}

type faceKey struct {
	bold, italic bool
	size         float64 // pixels, rounded to a quarter
}

// drawText draws a text shape at its baseline anchor. When the Go font is
// wider than the width Graphviz measured (with Helvetica metrics), the size
// shrinks to fit, so text never spills out of its node.
func (f *fonts) drawText(dc *gg.Context, faces map[faceKey]font.Face, sh Shape, s float64) error {
	text := sh.Text
	if strings.TrimSpace(text) == "" || len(sh.Points) == 0 || sh.Stroke.None() {
		return nil
	}
	size := sh.Font.Size * s
	if size < 1 {
		return nil
	}
	if sh.TextWidth > 0 {
		natural := f.measure(text, sh.Font.Size, sh.Font.Bold)
		if natural > sh.TextWidth*1.01 {
			size *= sh.TextWidth / natural
		}
	}
	key := faceKey{sh.Font.Bold, sh.Font.Italic, math.Round(size*4) / 4}
	face, ok := faces[key]
	if !ok {
		var err error
		if face, err = f.face(key.bold, key.italic, key.size); err != nil {
			return fmt.Errorf("rasterize text: %w", err)
		}
		faces[key] = face
	}
	dc.SetFontFace(face)
	dc.SetColor(rgba(sh.Stroke))
	x, y := sh.Points[0].X*s, sh.Points[0].Y*s
	ax := 0.0
	switch sh.Align {
	case AlignCenter:
		ax = 0.5
	case AlignRight:
		ax = 1
	}
	dc.DrawStringAnchored(text, x, y, ax, 0)
	return nil
}

func rgba(c Color) color.Color {
	return color.NRGBA{c.R, c.G, c.B, c.A}
}
