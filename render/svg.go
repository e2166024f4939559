package render

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"math"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// SVG renders the diagram as an SVG document: Graphviz's SVG of the body,
// with a <title> per node id, nested in a page that carries the title,
// legend and sources, sized like the PNG. It returns an error when Graphviz
// fails or ctx is done.
func (r *Renderer) SVG(ctx context.Context, sg graph.Subgraph, opt Options) ([]byte, error) {
	dg, err := r.diagram(ctx, sg, opt)
	if err != nil {
		return nil, err
	}
	v, th, p := dg.v, dg.th, dg.page
	body, err := r.run(ctx, dg.dot, dg.v.engine(), "svg")
	if err != nil {
		return nil, err
	}
	bodySVG, _, _, err := nestable(body)
	if err != nil {
		return nil, err
	}
	var legSVG []byte
	if dg.hasLegend {
		out, err := r.run(ctx, legendDOT(v, th), "dot", "svg")
		if err != nil {
			return nil, err
		}
		if legSVG, _, _, err = nestable(out); err != nil {
			return nil, err
		}
	}

	var b bytes.Buffer
	pw, ph := p.w*p.pxPerPt, p.h*p.pxPerPt
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="no"?>` + "\n")
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="%s" height="%s" viewBox="0 0 %s %s">`+"\n",
		svgNum(math.Round(pw)), svgNum(math.Round(ph)), svgNum(p.w), svgNum(p.h))
	if v.title != "" {
		b.WriteString("<title>" + xmlEscape(cleanText(v.title, false)) + "</title>\n")
	}
	fmt.Fprintf(&b, `<rect x="0" y="0" width="%s" height="%s" fill="%s"/>`+"\n", svgNum(p.w), svgNum(p.h), parseColor(th.bg).Hex())
	for _, s := range p.deco {
		writeSVGShape(&b, s)
	}
	if len(v.nodes) > 0 {
		writeNested(&b, "diagram", p.body, bodySVG)
	}
	if legSVG != nil {
		writeNested(&b, "legend", p.legend, legSVG)
	}
	b.WriteString("</svg>\n")
	return b.Bytes(), nil
}

// svgFonts lists fonts with Helvetica's metrics, then the generic family.
const svgFonts = "Helvetica,Arial,Liberation Sans,sans-serif"

// nestable strips the prologue of a Graphviz SVG document and returns it
// with a placeholder root tag, and the size of its viewBox.
func nestable(doc []byte) ([]byte, float64, float64, error) {
	start := bytes.Index(doc, []byte("<svg"))
	if start < 0 {
		return nil, 0, 0, fmt.Errorf("graphviz: svg output has no <svg> element")
	}
	end := bytes.IndexByte(doc[start:], '>')
	if end < 0 {
		return nil, 0, 0, fmt.Errorf("graphviz: svg output has an unterminated <svg> tag")
	}
	root := string(doc[start : start+end])
	rest := doc[start+end+1:]
	_, vb, ok := strings.Cut(root, `viewBox="`)
	vb, _, ok2 := strings.Cut(vb, `"`)
	if !ok || !ok2 {
		return nil, 0, 0, fmt.Errorf("graphviz: svg output has no viewBox")
	}
	var x, y, w, h float64
	if _, err := fmt.Sscanf(vb, "%g %g %g %g", &x, &y, &w, &h); err != nil {
		return nil, 0, 0, fmt.Errorf("graphviz: svg viewBox %q: %w", vb, err)
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, `<svg %%s viewBox="%s" preserveAspectRatio="xMidYMid meet">`, vb)
	// Graphviz measured the text with Helvetica metrics: name the fonts
	// that share them before the generic family. User text cannot contain
	// this attribute, since Graphviz escapes quotes in text.
	b.Write(bytes.ReplaceAll(rest, []byte(`font-family="Helvetica,sans-Serif"`), []byte(`font-family="`+svgFonts+`"`)))
	return bytes.TrimSpace(b.Bytes()), w, h, nil
}

func writeNested(b *bytes.Buffer, id string, at rect, doc []byte) {
	pos := fmt.Sprintf(`id="%s" x="%s" y="%s" width="%s" height="%s"`, id, svgNum(at.x), svgNum(at.y), svgNum(at.w), svgNum(at.h))
	i := bytes.Index(doc, []byte("%s"))
	b.Write(doc[:i])
	b.WriteString(pos)
	b.Write(doc[i+2:])
	b.WriteByte('\n')
}

func svgNum(f float64) string {
	s := fmt.Sprintf("%.2f", f)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" {
		s = "0"
	}
	return s
}

func xmlEscape(s string) string {
	var b bytes.Buffer
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// writeSVGShape writes one page shape (title, sources, rule) as SVG.
func writeSVGShape(b *bytes.Buffer, s Shape) {
	switch s.Kind {
	case ShapeText:
		anchor := "start"
		switch s.Align {
		case AlignCenter:
			anchor = "middle"
		case AlignRight:
			anchor = "end"
		}
		weight := ""
		if s.Font.Bold {
			weight = ` font-weight="bold"`
		}
		text := fmt.Sprintf(`<text class="%s" x="%s" y="%s" text-anchor="%s" font-family="%s" font-size="%s"%s fill="%s"%s>%s</text>`,
			s.Role, svgNum(s.Points[0].X), svgNum(s.Points[0].Y), anchor, svgFonts, svgNum(s.Font.Size), weight, s.Stroke.Hex(), opacity("fill", s.Stroke), xmlEscape(s.Text))
		if s.Ref != "" {
			// A source line links to its report.
			text = `<a xlink:href="` + xmlEscape(s.Ref) + `" target="_blank">` + text + `</a>`
		}
		b.WriteString(text + "\n")
	case ShapePolyline, ShapePolygon:
		var pts []string
		for _, p := range s.Points {
			pts = append(pts, svgNum(p.X)+","+svgNum(p.Y))
		}
		el, fill := "polyline", "none"
		if s.Kind == ShapePolygon {
			el = "polygon"
			if !s.Fill.None() {
				fill = s.Fill.Hex()
			}
		}
		fmt.Fprintf(b, `<%s class="%s" points="%s" fill="%s"%s stroke="%s"%s stroke-width="%s"/>`+"\n",
			el, s.Role, strings.Join(pts, " "), fill, opacity("fill", s.Fill), s.Stroke.Hex(), opacity("stroke", s.Stroke), svgNum(s.LineWidth))
	}
}

// opacity returns an SVG opacity attribute for a colour that is not opaque.
func opacity(attr string, c Color) string {
	if c.A == 255 || c.A == 0 {
		return ""
	}
	return fmt.Sprintf(` %s-opacity="%s"`, attr, svgNum(c.Opacity()))
}
