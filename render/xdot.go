package render

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// layout is one Graphviz layout read from its "xdot" output: the bounding
// box and the drawing operations (_draw_, _ldraw_, _hdraw_...) turned into
// shapes, still in Graphviz coordinates (points, y up).
//
// The xdot format is used rather than Graphviz's "json" output because the
// JSON writer swaps the filled ("b") and unfilled ("B") Bézier operations
// (which is what makes go-graphviz's own raster output fill edges) and
// mangles text containing backslashes; xdot strings are length-prefixed and
// exact.
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

// parseLayout reads Graphviz "xdot" output. Edges are drawn first, then
// nodes, then edge labels on top.
func parseLayout(data []byte) (layout, error) {
	g, err := parseDOTOutput(data)
	if err != nil {
		return layout{}, fmt.Errorf("read graphviz layout: %w", err)
	}
	var l layout
	bb := strings.Split(g.attrs["bb"], ",")
	if len(bb) != 4 {
		return layout{}, fmt.Errorf("read graphviz layout: bounding box %q", g.attrs["bb"])
	}
	vals := make([]float64, 4)
	for i, s := range bb {
		v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
		if err != nil {
			return layout{}, fmt.Errorf("read graphviz layout: bounding box %q: %w", g.attrs["bb"], err)
		}
		vals[i] = v
	}
	l.x0, l.y0, l.x1, l.y1 = vals[0], vals[1], vals[2], vals[3]

	var labels []Shape
	for _, e := range g.edges {
		ref := e.tail + " -> " + e.head
		// The curve, then the arrowheads; the labels go on top of everything.
		for _, key := range []string{"_draw_", "_hdraw_", "_tdraw_", "_ldraw_", "_hldraw_", "_tldraw_"} {
			ops, err := parseXDot(e.attrs[key])
			if err != nil {
				return layout{}, fmt.Errorf("read graphviz layout: edge %s %s: %w", ref, key, err)
			}
			shapes := readOps(ops, "edge", ref, key == "_draw_")
			if strings.HasSuffix(key, "ldraw_") {
				labels = append(labels, shapes...)
			} else {
				l.shapes = append(l.shapes, shapes...)
			}
		}
	}
	for _, n := range g.nodes {
		for _, key := range []string{"_draw_", "_ldraw_"} {
			ops, err := parseXDot(n.attrs[key])
			if err != nil {
				return layout{}, fmt.Errorf("read graphviz layout: node %s %s: %w", n.name, key, err)
			}
			l.shapes = append(l.shapes, readOps(ops, "node", n.name, false)...)
		}
	}
	l.shapes = append(l.shapes, labels...)
	return l, nil
}

// xop is one xdot operation.
type xop struct {
	op   byte
	nums []float64
	str  string
}

// parseXDot reads an xdot operation list: an operation letter followed by
// numbers, point lists and byte-counted strings ("5 -hello").
func parseXDot(s string) ([]xop, error) {
	var out []xop
	p := xdotScanner{s: s}
	for {
		p.space()
		if p.i >= len(p.s) {
			return out, nil
		}
		o := xop{op: p.s[p.i]}
		p.i++
		var err error
		num := func(n int) {
			for k := 0; k < n && err == nil; k++ {
				var v float64
				v, err = p.number()
				o.nums = append(o.nums, v)
			}
		}
		switch o.op {
		case 'E', 'e':
			num(4)
		case 'P', 'p', 'L', 'B', 'b':
			var n float64
			if n, err = p.number(); err == nil {
				if n < 0 || n > 1e6 {
					return nil, fmt.Errorf("xdot: bad point count %v", n)
				}
				num(2 * int(n))
			}
		case 'T':
			num(4)
			if err == nil {
				o.str, err = p.text()
			}
		case 't':
			num(1)
		case 'C', 'c', 'S':
			o.str, err = p.text()
		case 'F':
			num(1)
			if err == nil {
				o.str, err = p.text()
			}
		case 'I':
			num(4)
			if err == nil {
				o.str, err = p.text()
			}
		default:
			return nil, fmt.Errorf("xdot: unknown operation %q at byte %d", o.op, p.i-1)
		}
		if err != nil {
			return nil, fmt.Errorf("xdot: operation %q: %w", o.op, err)
		}
		out = append(out, o)
	}
}

type xdotScanner struct {
	s string
	i int
}

func (p *xdotScanner) space() {
	for p.i < len(p.s) && (p.s[p.i] == ' ' || p.s[p.i] == '\t' || p.s[p.i] == '\n' || p.s[p.i] == '\r') {
		p.i++
	}
}

func (p *xdotScanner) number() (float64, error) {
	p.space()
	start := p.i
	for p.i < len(p.s) && strings.IndexByte("+-.0123456789eE", p.s[p.i]) >= 0 {
		p.i++
	}
	v, err := strconv.ParseFloat(p.s[start:p.i], 64)
	if err != nil {
		return 0, fmt.Errorf("number at byte %d: %w", start, err)
	}
	return v, nil
}

// text reads "n -bytes".
func (p *xdotScanner) text() (string, error) {
	n, err := p.number()
	if err != nil {
		return "", err
	}
	p.space()
	if p.i >= len(p.s) || p.s[p.i] != '-' {
		return "", fmt.Errorf("string at byte %d: missing '-'", p.i)
	}
	p.i++
	end := p.i + int(n)
	if n < 0 || end > len(p.s) {
		return "", fmt.Errorf("string at byte %d: length %v past the end", p.i, n)
	}
	s := p.s[p.i:end]
	p.i = end
	return s, nil
}

// readOps turns one xdot operation list into shapes. An edge's own curve
// is never filled, whatever the operation says: edges are lines.
func readOps(ops []xop, role, ref string, edgeCurve bool) []Shape {
	var out []Shape
	pen := Color{0, 0, 0, 255}
	fill := Color{}
	width := 1.0
	var dash []float64
	font := Font{Family: "sans-serif", Size: 14}
	var faceBold, faceItalic, flagBold, flagItalic bool
	for _, op := range ops {
		n := op.nums
		switch op.op {
		case 'c':
			pen = xdotColor(op.str)
		case 'C':
			fill = xdotColor(op.str)
		case 'S':
			width, dash = applyStyle(op.str, width, dash)
		case 'F':
			// The face and the style flags ('t') are set apart, and
			// Graphviz repeats neither when it does not change.
			font.Size = n[0]
			face := strings.ToLower(op.str)
			faceBold = strings.Contains(face, "bold")
			faceItalic = strings.Contains(face, "italic") || strings.Contains(face, "oblique")
			font.Bold, font.Italic = faceBold || flagBold, faceItalic || flagItalic
		case 't':
			flags := int(n[0])
			flagBold, flagItalic = flags&1 != 0, flags&2 != 0
			font.Bold, font.Italic = faceBold || flagBold, faceItalic || flagItalic
		case 'T':
			s := Shape{Kind: ShapeText, Points: []Point{{n[0], n[1]}}, Stroke: pen, Font: font,
				Text: displayText(op.str), TextWidth: n[3], Role: role, Ref: ref}
			switch n[2] {
			case -1:
				s.Align = AlignLeft
			case 1:
				s.Align = AlignRight
			default:
				s.Align = AlignCenter
			}
			out = append(out, s)
		case 'E', 'e':
			s := Shape{Kind: ShapeEllipse, Points: []Point{{n[0], n[1]}}, RX: n[2], RY: n[3],
				Stroke: pen, LineWidth: width, Dash: dash, Role: role, Ref: ref}
			if op.op == 'E' {
				s.Fill = fill
			}
			out = append(out, s)
		case 'P', 'p', 'L', 'B', 'b':
			pts := make([]Point, len(n)/2)
			for i := range pts {
				pts[i] = Point{n[2*i], n[2*i+1]}
			}
			s := Shape{Points: pts, Stroke: pen, LineWidth: width, Dash: dash, Role: role, Ref: ref}
			switch op.op {
			case 'P':
				s.Kind, s.Fill = ShapePolygon, fill
			case 'p':
				s.Kind = ShapePolygon
			case 'L':
				s.Kind = ShapePolyline
			case 'b':
				s.Kind = ShapeBezier
				if !edgeCurve {
					s.Fill = fill
				}
			default:
				s.Kind = ShapeBezier
			}
			out = append(out, s)
		}
	}
	return out
}

// xdotColor reads a colour; a gradient ("[...]" or "(...)") gives its first
// stop.
func xdotColor(s string) Color {
	if strings.HasPrefix(s, "[") || strings.HasPrefix(s, "(") {
		if i := strings.IndexByte(s, '#'); i >= 0 {
			end := i + 1
			for end < len(s) && strings.IndexByte("0123456789abcdefABCDEF", s[end]) >= 0 {
				end++
			}
			return parseColor(s[i:end])
		}
		return Color{0, 0, 0, 255}
	}
	return parseColor(s)
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

// displayText removes the zero-width space htmlText adds after a final
// backslash, and repairs invalid UTF-8.
func displayText(s string) string {
	s = strings.ReplaceAll(s, "\u200B", "")
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return s
}
