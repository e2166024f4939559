package export

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

	"github.com/actorgraph/actorgraph/render"
)

// rasterizer draws laid-out pages as images.
type rasterizer struct {
	f *faces
	d Diagrammer
	o Options
}

// raster draws a page at w x h pixels; the 1920x1080 canvas is scaled to fit
// and centred.
func (r *rasterizer) raster(ctx context.Context, p *page, w, h int) (image.Image, error) {
	dc := gg.NewContext(w, h)
	s := math.Min(float64(w)/canvasW, float64(h)/canvasH)
	ox, oy := (float64(w)-canvasW*s)/2, (float64(h)-canvasH*s)/2
	dc.SetHexColor(p.Bg)
	dc.Clear()
	X := func(x float64) float64 { return ox + x*s }
	Y := func(y float64) float64 { return oy + y*s }
	for _, el := range p.Els {
		switch e := el.(type) {
		case *rectEl:
			dc.SetHexColor(e.Fill)
			if e.Radius > 0 {
				dc.DrawRoundedRectangle(X(e.X), Y(e.Y), e.W*s, e.H*s, e.Radius*s)
			} else {
				dc.DrawRectangle(X(e.X), Y(e.Y), e.W*s, e.H*s)
			}
			dc.Fill()
		case *lineEl:
			x2, y2 := e.X2, e.Y2
			if e.Arrow {
				// Stop the line where the arrow head starts.
				x2 -= 3 * e.Width
			}
			dc.SetHexColor(e.Color)
			dc.SetLineWidth(e.Width * s)
			if d := dashPattern(e.Style, e.Width*s); d != nil {
				dc.SetDash(d...)
			}
			dc.SetLineCapButt()
			dc.DrawLine(X(e.X1), Y(e.Y1), X(x2), Y(y2))
			dc.Stroke()
			dc.SetDash()
			if e.Arrow {
				head := arrowHead(e.X1, e.Y1, e.X2, e.Y2, 5*e.Width+4)
				dc.MoveTo(X(head[0].X), Y(head[0].Y))
				for _, q := range head[1:] {
					dc.LineTo(X(q.X), Y(q.Y))
				}
				dc.ClosePath()
				dc.Fill()
			}
		case *swatchEl:
			dc.SetLineWidth(2 * s)
			dc.SetLineJoinRound()
			for _, sp := range swatchPaths(e.Shape, e.X, e.Y, e.W, e.H) {
				dc.NewSubPath()
				dc.MoveTo(X(sp.Pts[0].X), Y(sp.Pts[0].Y))
				for _, q := range sp.Pts[1:] {
					dc.LineTo(X(q.X), Y(q.Y))
				}
				if sp.Closed {
					dc.ClosePath()
					dc.SetHexColor(e.Fill)
					dc.FillPreserve()
				}
				dc.SetHexColor(e.Stroke)
				dc.Stroke()
			}
		case *textEl:
			face := r.f.face(e.Bold, e.Size*s)
			dc.SetFontFace(face)
			dc.SetHexColor(e.Color)
			for i, line := range e.Lines {
				lw := r.f.width(line, e.Bold, e.Size)
				dc.DrawString(line, X(alignX(e, lw)), Y(baseline(e, i)))
			}
		case *diagramEl:
			fd, err := layoutDiagram(ctx, r.d, e, r.o)
			if err != nil {
				return nil, err
			}
			r.drawDiagram(dc, fd, ox, oy, s)
		}
	}
	return dc.Image(), nil
}

// drawDiagram draws a fitted diagram; canvas point (x, y) is pixel
// (ox + s*x, oy + s*y).
func (r *rasterizer) drawDiagram(dc *gg.Context, fd *fitted, ox, oy, s float64) {
	P := func(p render.Point) (float64, float64) {
		c := fd.pt(p)
		return ox + s*c.X, oy + s*c.Y
	}
	k := fd.s * s // pixels per drawing point
	dc.SetLineCapButt()
	dc.SetLineJoinRound()
	for _, sh := range fd.shapes {
		if sh.Kind == render.ShapeText {
			text := strings.TrimSpace(sh.Text)
			if text == "" || len(sh.Points) == 0 || sh.Stroke.None() {
				continue
			}
			size := textSize(r.f, sh) * k
			if size < 1 {
				continue
			}
			dc.SetFontFace(r.f.styled(sh.Font.Bold, sh.Font.Italic, math.Round(size*4)/4))
			dc.SetColor(nrgba(sh.Stroke))
			x, y := P(sh.Points[0])
			ax := 0.0
			switch sh.Align {
			case render.AlignCenter:
				ax = 0.5
			case render.AlignRight:
				ax = 1
			}
			dc.DrawStringAnchored(text, x, y, ax, 0)
			continue
		}
		p := sh.Points
		switch sh.Kind {
		case render.ShapeEllipse:
			if len(p) < 1 {
				continue
			}
			x, y := P(p[0])
			dc.DrawEllipse(x, y, sh.RX*k, sh.RY*k)
		case render.ShapePolygon, render.ShapePolyline:
			if len(p) < 2 {
				continue
			}
			dc.MoveTo(P(p[0]))
			for _, q := range p[1:] {
				dc.LineTo(P(q))
			}
			if sh.Kind == render.ShapePolygon {
				dc.ClosePath()
			}
		case render.ShapeBezier:
			if len(p) < 4 {
				continue
			}
			dc.MoveTo(P(p[0]))
			for i := 1; i+2 < len(p); i += 3 {
				x1, y1 := P(p[i])
				x2, y2 := P(p[i+1])
				x3, y3 := P(p[i+2])
				dc.CubicTo(x1, y1, x2, y2, x3, y3)
			}
			if !sh.Fill.None() {
				dc.ClosePath()
			}
		default:
			continue
		}
		if !sh.Fill.None() && sh.Kind != render.ShapePolyline {
			dc.SetColor(nrgba(sh.Fill))
			dc.FillPreserve()
		}
		if !sh.Stroke.None() && sh.LineWidth > 0 {
			dc.SetColor(nrgba(sh.Stroke))
			dc.SetLineWidth(math.Max(sh.LineWidth*k, 0.5))
			if len(sh.Dash) > 0 {
				dash := make([]float64, len(sh.Dash))
				for i, x := range sh.Dash {
					dash[i] = x * k
				}
				dc.SetDash(dash...)
			} else {
				dc.SetDash()
			}
			dc.StrokePreserve()
			dc.SetDash()
		}
		dc.ClearPath()
	}
}

func nrgba(c render.Color) color.Color { return color.NRGBA{c.R, c.G, c.B, c.A} }

// alignX is where a line of width lw starts in its block.
func alignX(e *textEl, lw float64) float64 {
	switch e.Align {
	case "c":
		return e.X + (e.W-lw)/2
	case "r":
		return e.X + e.W - lw
	}
	return e.X
}

// capRatio is the cap height of the Go fonts as a fraction of their size:
// lines are centred in their line box on the capitals.
const capRatio = 0.70

// baseline is the baseline of line i of a block.
func baseline(e *textEl, i int) float64 {
	return e.Y + float64(i)*e.LineH + e.LineH/2 + capRatio*e.Size/2
}

// encodePNG encodes an image; the encoding is deterministic.
func encodePNG(img image.Image) ([]byte, error) {
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, img); err != nil {
		return nil, fmt.Errorf("encode png: %w", err)
	}
	return buf.Bytes(), nil
}

// hexColor parses #RRGGBB.
func hexColor(s string) color.RGBA {
	var c color.RGBA
	c.A = 255
	if len(s) == 7 && s[0] == '#' {
		fmt.Sscanf(s[1:], "%02x%02x%02x", &c.R, &c.G, &c.B)
	}
	return c
}
