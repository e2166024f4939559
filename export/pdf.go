package export

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/go-pdf/fpdf"

	"github.com/actorgraph/actorgraph/render"
)

// The PDF page is a 16:9 slide of 13.333 x 7.5 inches, in points; a canvas
// pixel is half a point.
const (
	pdfW    = 960.0
	pdfH    = 540.0
	pdfUnit = pdfW / canvasW
	pdfFont = "go"
)

// PDF draws the briefing as a PDF document, one 16:9 page per slide, all in
// vectors: text is real text in the embedded Go fonts, so it can be selected
// and searched. The same briefing gives the same bytes.
func PDF(ctx context.Context, d Diagrammer, b Briefing, opt Options) ([]byte, error) {
	opt = opt.withDefaults(&b)
	ps, fc, err := pages(ctx, d, &b, opt)
	if err != nil {
		return nil, err
	}
	pdf := fpdf.NewCustom(&fpdf.InitType{OrientationStr: "P", UnitStr: "pt", Size: fpdf.SizeType{Wd: pdfW, Ht: pdfH}})
	pdf.SetCatalogSort(true)
	stamp := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	if t, err := time.Parse("2006-01-02", b.Date); err == nil {
		stamp = t
	}
	pdf.SetCreationDate(stamp)
	pdf.SetModificationDate(stamp)
	pdf.SetTitle(b.Title, true)
	pdf.SetCreator("actorgraph", true)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(0, 0, 0)
	for _, st := range []struct {
		style        string
		bold, italic bool
	}{{"", false, false}, {"B", true, false}, {"I", false, true}, {"BI", true, true}} {
		pdf.AddUTF8FontFromBytes(pdfFont, st.style, fontTTF(st.bold, st.italic))
	}
	w := &pdfWriter{pdf: pdf, fc: fc}
	for i, p := range ps {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		pdf.AddPage()
		if err := w.page(ctx, d, p, opt); err != nil {
			return nil, fmt.Errorf("slide %d: %w", i+1, err)
		}
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		return nil, fmt.Errorf("write pdf: %w", err)
	}
	return buf.Bytes(), nil
}

type pdfWriter struct {
	pdf *fpdf.Fpdf
	fc  *faces
}

func (w *pdfWriter) fill(hex string) {
	c := hexColor(hex)
	w.pdf.SetFillColor(int(c.R), int(c.G), int(c.B))
}

func (w *pdfWriter) stroke(hex string) {
	c := hexColor(hex)
	w.pdf.SetDrawColor(int(c.R), int(c.G), int(c.B))
}

func (w *pdfWriter) font(bold, italic bool, sizePt float64) {
	style := ""
	if bold {
		style += "B"
	}
	if italic {
		style += "I"
	}
	w.pdf.SetFont(pdfFont, style, sizePt)
}

func (w *pdfWriter) page(ctx context.Context, d Diagrammer, p *page, opt Options) error {
	pdf := w.pdf
	const k = pdfUnit
	w.fill(p.Bg)
	pdf.Rect(0, 0, pdfW, pdfH, "F")
	pdf.SetLineCapStyle("butt")
	pdf.SetLineJoinStyle("round")
	for _, el := range p.Els {
		switch e := el.(type) {
		case *rectEl:
			w.fill(e.Fill)
			if e.Radius > 0 {
				pdf.RoundedRect(e.X*k, e.Y*k, e.W*k, e.H*k, e.Radius*k, "1234", "F")
			} else {
				pdf.Rect(e.X*k, e.Y*k, e.W*k, e.H*k, "F")
			}
		case *lineEl:
			x2 := e.X2
			if e.Arrow {
				x2 -= 3 * e.Width
			}
			w.stroke(e.Color)
			pdf.SetLineWidth(e.Width * k)
			if d := dashPattern(e.Style, e.Width*k); d != nil {
				pdf.SetDashPattern(d, 0)
			}
			pdf.Line(e.X1*k, e.Y1*k, x2*k, e.Y2*k)
			pdf.SetDashPattern(nil, 0)
			if e.Arrow {
				w.fill(e.Color)
				pdf.Polygon(pdfPoints(arrowHead(e.X1, e.Y1, e.X2, e.Y2, 5*e.Width+4), k), "F")
			}
		case *swatchEl:
			w.fill(e.Fill)
			w.stroke(e.Stroke)
			pdf.SetLineWidth(2 * k)
			for _, sp := range swatchPaths(e.Shape, e.X, e.Y, e.W, e.H) {
				if sp.Closed {
					pdf.Polygon(pdfPoints(sp.Pts, k), "FD")
					continue
				}
				pdf.MoveTo(sp.Pts[0].X*k, sp.Pts[0].Y*k)
				for _, q := range sp.Pts[1:] {
					pdf.LineTo(q.X*k, q.Y*k)
				}
				pdf.DrawPath("D")
			}
		case *textEl:
			w.font(e.Bold, false, e.Size*k)
			c := hexColor(e.Color)
			pdf.SetTextColor(int(c.R), int(c.G), int(c.B))
			for i, line := range e.Lines {
				lw := pdf.GetStringWidth(line) / k
				pdf.Text(alignX(e, lw)*k, baseline(e, i)*k, line)
				if e.Link != "" {
					pdf.LinkString(alignX(e, lw)*k, (e.Y+float64(i)*e.LineH)*k, lw*k, e.LineH*k, e.Link)
				}
			}
		case *diagramEl:
			fd, err := layoutDiagram(ctx, d, e, opt)
			if err != nil {
				return err
			}
			w.diagram(fd)
		}
	}
	return pdf.Error()
}

func pdfPoints(ps []pt, k float64) []fpdf.PointType {
	out := make([]fpdf.PointType, len(ps))
	for i, p := range ps {
		out[i] = fpdf.PointType{X: p.X * k, Y: p.Y * k}
	}
	return out
}

// diagram draws a fitted diagram in vectors.
func (w *pdfWriter) diagram(fd *fitted) {
	pdf := w.pdf
	const k = pdfUnit
	P := func(p render.Point) (float64, float64) {
		c := fd.pt(p)
		return c.X * k, c.Y * k
	}
	s := fd.s * k // page points per drawing point
	for _, sh := range fd.shapes {
		if len(sh.Points) == 0 {
			continue
		}
		if sh.Kind == render.ShapeText {
			text := strings.TrimSpace(sh.Text)
			if text == "" || sh.Stroke.None() {
				continue
			}
			size := textSize(w.fc, sh) * s
			if size < 0.5 {
				continue
			}
			w.font(sh.Font.Bold, sh.Font.Italic, size)
			pdf.SetTextColor(int(sh.Stroke.R), int(sh.Stroke.G), int(sh.Stroke.B))
			x, y := P(sh.Points[0])
			tw := pdf.GetStringWidth(text)
			switch sh.Align {
			case render.AlignCenter:
				x -= tw / 2
			case render.AlignRight:
				x -= tw
			}
			pdf.Text(x, y, text)
			continue
		}
		filled := !sh.Fill.None() && sh.Kind != render.ShapePolyline
		stroked := !sh.Stroke.None() && sh.LineWidth > 0
		if !filled && !stroked {
			continue
		}
		style := ""
		if filled {
			style += "F"
			pdf.SetFillColor(int(sh.Fill.R), int(sh.Fill.G), int(sh.Fill.B))
		}
		if stroked {
			style += "D"
			pdf.SetDrawColor(int(sh.Stroke.R), int(sh.Stroke.G), int(sh.Stroke.B))
			pdf.SetLineWidth(math.Max(sh.LineWidth*s, 0.25))
			if len(sh.Dash) > 0 {
				dash := make([]float64, len(sh.Dash))
				for i, x := range sh.Dash {
					dash[i] = x * s
				}
				pdf.SetDashPattern(dash, 0)
			}
		}
		alpha := sh.Fill.A
		if !filled {
			alpha = sh.Stroke.A
		}
		if alpha < 255 {
			pdf.SetAlpha(float64(alpha)/255, "Normal")
		}
		switch sh.Kind {
		case render.ShapeEllipse:
			x, y := P(sh.Points[0])
			pdf.Ellipse(x, y, sh.RX*s, sh.RY*s, 0, style)
		case render.ShapePolygon, render.ShapePolyline:
			pdf.MoveTo(P(sh.Points[0]))
			for _, q := range sh.Points[1:] {
				pdf.LineTo(P(q))
			}
			if sh.Kind == render.ShapePolygon {
				pdf.ClosePath()
			}
			pdf.DrawPath(style)
		case render.ShapeBezier:
			if len(sh.Points) >= 4 {
				pdf.MoveTo(P(sh.Points[0]))
				for i := 1; i+2 < len(sh.Points); i += 3 {
					x1, y1 := P(sh.Points[i])
					x2, y2 := P(sh.Points[i+1])
					x3, y3 := P(sh.Points[i+2])
					pdf.CurveBezierCubicTo(x1, y1, x2, y2, x3, y3)
				}
				if filled {
					pdf.ClosePath()
				}
				pdf.DrawPath(style)
			}
		}
		if alpha < 255 {
			pdf.SetAlpha(1, "Normal")
		}
		if len(sh.Dash) > 0 && stroked {
			pdf.SetDashPattern(nil, 0)
		}
	}
}
