package export

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"

	"github.com/fogleman/gg"
	xdraw "golang.org/x/image/draw"
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
			img, err := r.diagram(ctx, e, s)
			if err != nil {
				return nil, err
			}
			drawFit(dc.Image().(*image.RGBA), img, X(e.X), Y(e.Y), e.W*s, e.H*s)
		}
	}
	return dc.Image(), nil
}

// diagram asks the renderer for the diagram at the pixel size of its box.
func (r *rasterizer) diagram(ctx context.Context, e *diagramEl, s float64) (image.Image, error) {
	w, h := int(math.Round(e.W*s)), int(math.Round(e.H*s))
	data, err := r.d.PNG(ctx, diagramGraph(e), r.o.diagramOptions(w, h))
	if err != nil {
		return nil, fmt.Errorf("draw diagram: %w", err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("read diagram: %w", err)
	}
	return img, nil
}

// drawFit draws src into the box (x, y, w, h) of dst, scaled to fit with
// its proportions kept, centred.
func drawFit(dst *image.RGBA, src image.Image, x, y, w, h float64) {
	sb := src.Bounds()
	sw, sh := float64(sb.Dx()), float64(sb.Dy())
	if sw == 0 || sh == 0 {
		return
	}
	k := math.Min(w/sw, h/sh)
	dw, dh := sw*k, sh*k
	x0, y0 := x+(w-dw)/2, y+(h-dh)/2
	rect := image.Rect(int(math.Round(x0)), int(math.Round(y0)), int(math.Round(x0+dw)), int(math.Round(y0+dh)))
	if rect.Dx() == sb.Dx() && rect.Dy() == sb.Dy() {
		xdraw.Draw(dst, rect, src, sb.Min, xdraw.Over)
		return
	}
	xdraw.CatmullRom.Scale(dst, rect, src, sb, xdraw.Over, nil)
}

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
