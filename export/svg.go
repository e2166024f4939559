package export

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/render"
)

// svgFont is the font stack of slide text: the Go font the layout measured,
// then narrower common sans-serif fonts, so that text never overflows.
const svgFont = "Go, 'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', sans-serif"

// SVG draws every slide of the briefing as a standalone SVG document of
// 1920x1080 user units, the diagram as vector shapes and text.
func SVG(ctx context.Context, d Diagrammer, b Briefing, opt Options) ([][]byte, error) {
	opt = opt.withDefaults(&b)
	ps, f, err := pages(ctx, d, &b, opt)
	if err != nil {
		return nil, err
	}
	var out [][]byte
	for i, p := range ps {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		data, err := svgPage(ctx, d, f, p, opt)
		if err != nil {
			return nil, fmt.Errorf("slide %d: %w", i+1, err)
		}
		out = append(out, data)
	}
	return out, nil
}

func svgPage(ctx context.Context, d Diagrammer, f *faces, p *page, opt Options) ([]byte, error) {
	var b bytes.Buffer
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?>`+"\n")
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="%d" height="%d" viewBox="0 0 %s %s">`+"\n",
		int(canvasW), int(canvasH), num(canvasW), num(canvasH))
	fmt.Fprintf(&b, "<title>%s</title>\n", esc(p.Title))
	fmt.Fprintf(&b, `<rect x="0" y="0" width="%s" height="%s" fill="%s"/>`+"\n", num(canvasW), num(canvasH), p.Bg)
	for _, el := range p.Els {
		switch e := el.(type) {
		case *rectEl:
			rx := ""
			if e.Radius > 0 {
				rx = fmt.Sprintf(` rx="%s"`, num(e.Radius))
			}
			fmt.Fprintf(&b, `<rect x="%s" y="%s" width="%s" height="%s"%s fill="%s"/>`+"\n", num(e.X), num(e.Y), num(e.W), num(e.H), rx, e.Fill)
		case *lineEl:
			x2 := e.X2
			if e.Arrow {
				x2 -= 3 * e.Width
			}
			dash := ""
			if d := dashPattern(e.Style, e.Width); d != nil {
				dash = fmt.Sprintf(` stroke-dasharray="%s,%s"`, num(d[0]), num(d[1]))
			}
			fmt.Fprintf(&b, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="%s"%s/>`+"\n",
				num(e.X1), num(e.Y1), num(x2), num(e.Y2), e.Color, num(e.Width), dash)
			if e.Arrow {
				fmt.Fprintf(&b, `<polygon points="%s" fill="%s"/>`+"\n", points(arrowHead(e.X1, e.Y1, e.X2, e.Y2, 5*e.Width+4)), e.Color)
			}
		case *swatchEl:
			for _, sp := range swatchPaths(e.Shape, e.X, e.Y, e.W, e.H) {
				if sp.Closed {
					fmt.Fprintf(&b, `<polygon points="%s" fill="%s" stroke="%s" stroke-width="2" stroke-linejoin="round"/>`+"\n", points(sp.Pts), e.Fill, e.Stroke)
				} else {
					fmt.Fprintf(&b, `<polyline points="%s" fill="none" stroke="%s" stroke-width="2"/>`+"\n", points(sp.Pts), e.Stroke)
				}
			}
		case *textEl:
			weight := ""
			if e.Bold {
				weight = ` font-weight="bold"`
			}
			anchor, x := "start", e.X
			switch e.Align {
			case "c":
				anchor, x = "middle", e.X+e.W/2
			case "r":
				anchor, x = "end", e.X+e.W
			}
			if e.Link != "" {
				fmt.Fprintf(&b, `<a href="%s">`+"\n", esc(e.Link))
			}
			for i, line := range e.Lines {
				fmt.Fprintf(&b, `<text x="%s" y="%s" font-family="%s" font-size="%s"%s fill="%s" text-anchor="%s"%s xml:space="preserve">%s</text>`+"\n",
					num(x), num(baseline(e, i)), svgFont, num(e.Size), weight, e.Color, anchor, textLength(f.width(line, e.Bold, e.Size)), esc(line))
			}
			if e.Link != "" {
				b.WriteString("</a>\n")
			}
		case *diagramEl:
			fd, err := layoutDiagram(ctx, d, e, opt)
			if err != nil {
				return nil, err
			}
			svgDiagram(&b, f, fd)
		}
	}
	b.WriteString("</svg>\n")
	return b.Bytes(), nil
}

// svgDiagram writes a fitted diagram as a group of SVG shapes; nodes carry
// their id in a <title> child so that viewers show it on hover.
func svgDiagram(b *bytes.Buffer, fc *faces, fd *fitted) {
	b.WriteString(`<g class="diagram">` + "\n")
	for _, sh := range fd.shapes {
		if len(sh.Points) == 0 {
			continue
		}
		if sh.Kind == render.ShapeText {
			text := strings.TrimSpace(sh.Text)
			if text == "" || sh.Stroke.None() {
				continue
			}
			p := fd.pt(sh.Points[0])
			anchor := "start"
			switch sh.Align {
			case render.AlignCenter:
				anchor = "middle"
			case render.AlignRight:
				anchor = "end"
			}
			style := ""
			if sh.Font.Bold {
				style += ` font-weight="bold"`
			}
			if sh.Font.Italic {
				style += ` font-style="italic"`
			}
			size := textSize(fc, sh) * fd.s
			fmt.Fprintf(b, `<text x="%s" y="%s" font-family="%s" font-size="%s"%s fill="%s"%s text-anchor="%s"%s>%s</text>`+"\n",
				num(p.X), num(p.Y), svgFont, num(size), style, colorHex(sh.Stroke), opacity("fill", sh.Stroke), anchor,
				textLength(fc.widthStyled(text, sh.Font.Bold, sh.Font.Italic, size)), esc(text))
			continue
		}
		paint := ""
		if !sh.Fill.None() && sh.Kind != render.ShapePolyline {
			paint += fmt.Sprintf(` fill="%s"%s`, colorHex(sh.Fill), opacity("fill", sh.Fill))
		} else {
			paint += ` fill="none"`
		}
		if !sh.Stroke.None() && sh.LineWidth > 0 {
			paint += fmt.Sprintf(` stroke="%s"%s stroke-width="%s"`, colorHex(sh.Stroke), opacity("stroke", sh.Stroke), num(math.Max(sh.LineWidth*fd.s, 0.5)))
			if len(sh.Dash) > 0 {
				var ds []string
				for _, x := range sh.Dash {
					ds = append(ds, num(x*fd.s))
				}
				paint += ` stroke-dasharray="` + strings.Join(ds, ",") + `"`
			}
		}
		switch sh.Kind {
		case render.ShapeEllipse:
			c := fd.pt(sh.Points[0])
			fmt.Fprintf(b, `<ellipse cx="%s" cy="%s" rx="%s" ry="%s"%s/>`+"\n", num(c.X), num(c.Y), num(sh.RX*fd.s), num(sh.RY*fd.s), paint)
		case render.ShapePolygon, render.ShapePolyline:
			el := "polygon"
			if sh.Kind == render.ShapePolyline {
				el = "polyline"
			}
			var ps []pt
			for _, p := range sh.Points {
				ps = append(ps, fd.pt(p))
			}
			fmt.Fprintf(b, `<%s points="%s"%s stroke-linejoin="round"/>`+"\n", el, points(ps), paint)
		case render.ShapeBezier:
			if len(sh.Points) < 4 {
				continue
			}
			var d strings.Builder
			p0 := fd.pt(sh.Points[0])
			fmt.Fprintf(&d, "M%s,%s", num(p0.X), num(p0.Y))
			for i := 1; i+2 < len(sh.Points); i += 3 {
				p1, p2, p3 := fd.pt(sh.Points[i]), fd.pt(sh.Points[i+1]), fd.pt(sh.Points[i+2])
				fmt.Fprintf(&d, " C%s,%s %s,%s %s,%s", num(p1.X), num(p1.Y), num(p2.X), num(p2.Y), num(p3.X), num(p3.Y))
			}
			if !sh.Fill.None() {
				d.WriteString(" Z")
			}
			fmt.Fprintf(b, `<path d="%s"%s/>`+"\n", d.String(), paint)
		}
	}
	b.WriteString("</g>\n")
}

// textLength pins a line to the width the layout measured with the Go
// fonts, so that a viewer substituting a wider font still fits it.
func textLength(w float64) string {
	if w <= 0 {
		return ""
	}
	return fmt.Sprintf(` textLength="%s" lengthAdjust="spacingAndGlyphs"`, num(w))
}

// opacity is the attribute for a translucent colour ("" when opaque).
func opacity(attr string, c render.Color) string {
	if c.A == 255 {
		return ""
	}
	return fmt.Sprintf(` %s-opacity="%s"`, attr, num(float64(c.A)/255))
}

func points(ps []pt) string {
	var parts []string
	for _, p := range ps {
		parts = append(parts, num(p.X)+","+num(p.Y))
	}
	return strings.Join(parts, " ")
}

// num writes a coordinate with at most two decimals.
func num(f float64) string {
	return strconv.FormatFloat(float64(int64(f*100+copysign(0.5, f)))/100, 'f', -1, 64)
}

func copysign(x, s float64) float64 {
	if s < 0 {
		return -x
	}
	return x
}

func esc(s string) string {
	var b bytes.Buffer
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}
