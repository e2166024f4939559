package render

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func decodePNG(t *testing.T, data []byte) image.Image {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("PNG does not decode: %v", err)
	}
	return img
}

func near(c color.Color, want Color, tol int) bool {
	r, g, b, _ := c.RGBA()
	d := func(x uint32, y uint8) int { return int(x>>8) - int(y) }
	ok := func(x int) bool { return x <= tol && -x <= tol }
	return ok(d(r, want.R)) && ok(d(g, want.G)) && ok(d(b, want.B))
}

// stats counts background and near-black pixels.
func stats(img image.Image, bg Color) (bgFrac, blackFrac float64) {
	b := img.Bounds()
	var nbg, nblack int
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := img.At(x, y)
			if near(c, bg, 8) {
				nbg++
			}
			r, g, bb, _ := c.RGBA()
			if (r>>8)+(g>>8)+(bb>>8) < 3*60 {
				nblack++
			}
		}
	}
	n := float64(b.Dx() * b.Dy())
	return float64(nbg) / n, float64(nblack) / n
}

func TestPNGSizes(t *testing.T) {
	r := newTestRenderer(t)
	ctx := context.Background()
	tests := []struct {
		name string
		opt  func(*Options)
		w, h int
	}{
		{"default slide", func(*Options) {}, 1920, 1080},
		{"small", func(o *Options) { o.Width, o.Height = 800, 600 }, 800, 600},
		{"width only", func(o *Options) { o.Width, o.Height = 1280, 0 }, 1280, 720},
		{"zero size", func(o *Options) { o.Width, o.Height = 0, 0 }, 1920, 1080},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := DefaultOptions()
			tt.opt(&opt)
			data, err := r.PNG(ctx, sample(), opt)
			if err != nil {
				t.Fatalf("PNG: %v", err)
			}
			img := decodePNG(t, data)
			if got := img.Bounds().Size(); got.X != tt.w || got.Y != tt.h {
				t.Errorf("got %dx%d, want %dx%d", got.X, got.Y, tt.w, tt.h)
			}
			bg, black := stats(img, parseColor(themeFor(opt.Theme).bg))
			if bg < 0.7 {
				t.Errorf("got %.0f%% background pixels, want at least 70%%", bg*100)
			}
			if black > 0.02 {
				t.Errorf("got %.1f%% near-black pixels, want under 2%%", black*100)
			}
		})
	}
}

func TestPNGDPI(t *testing.T) {
	r := newTestRenderer(t)
	ctx := context.Background()
	opt := DefaultOptions()
	opt.Width, opt.Height, opt.DPI = 0, 0, 72
	d, err := r.Layout(ctx, sample(), opt)
	if err != nil {
		t.Fatalf("Layout: %v", err)
	}
	for _, dpi := range []float64{72, 144} {
		opt.DPI = dpi
		data, err := r.PNG(ctx, sample(), opt)
		if err != nil {
			t.Fatalf("PNG: %v", err)
		}
		img := decodePNG(t, data)
		wantW, wantH := int(math.Round(d.Width*dpi/72)), int(math.Round(d.Height*dpi/72))
		if got := img.Bounds().Size(); got.X != wantW || got.Y != wantH {
			t.Errorf("dpi %v: got %dx%d, want %dx%d", dpi, got.X, got.Y, wantW, wantH)
		}
	}
}

func TestPNGThemesBackground(t *testing.T) {
	r := newTestRenderer(t)
	for _, theme := range []string{"light", "dark", "print"} {
		opt := DefaultOptions()
		opt.Theme, opt.Width, opt.Height = theme, 960, 540
		data, err := r.PNG(context.Background(), sample(), opt)
		if err != nil {
			t.Fatalf("PNG: %v", err)
		}
		bg, _ := stats(decodePNG(t, data), parseColor(themeFor(theme).bg))
		if bg < 0.7 {
			t.Errorf("%s: got %.0f%% background pixels, want at least 70%%", theme, bg*100)
		}
	}
}

// TestRasterizeStrokesCurves draws an open U-shaped curve, which a renderer
// that fills curves would fill, next to a closed filled shape.
func TestRasterizeStrokesCurves(t *testing.T) {
	f, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	black := Color{0, 0, 0, 255}
	red := Color{255, 0, 0, 255}
	d := &Drawing{Width: 200, Height: 100, Background: Color{255, 255, 255, 255}, Shapes: []Shape{
		{Kind: ShapeBezier, Points: []Point{{10, 10}, {10, 110}, {90, 110}, {90, 10}}, Stroke: black, Fill: Color{}, LineWidth: 2},
		{Kind: ShapeBezier, Points: []Point{{110, 10}, {110, 90}, {190, 90}, {190, 10}, {150, 10}, {130, 10}, {110, 10}}, Stroke: black, Fill: red, LineWidth: 1},
	}}
	img, err := f.rasterize(d, 200, 100)
	if err != nil {
		t.Fatal(err)
	}
	if c := img.At(50, 40); !near(c, d.Background, 0) {
		t.Errorf("inside the open curve: got %v, want background", c)
	}
	if c := img.At(150, 40); !near(c, red, 0) {
		t.Errorf("inside the closed filled curve: got %v, want red", c)
	}
	if c := img.At(10, 12); near(c, d.Background, 30) {
		t.Errorf("on the open curve's stroke: got background %v, want ink", c)
	}
}

// longEdge is a chain a -> b -> c -> d -> e of wide nodes with a long edge
// a -> e, which Graphviz routes around the chain (top to bottom) as a
// strongly curved spline.
func longEdge() graph.Subgraph {
	var b graph.Builder
	ev := []graph.Evidence{{Report: graph.ReportRef{ID: "r1", Title: "Report"}}}
	var prev graph.Node
	for i, name := range []string{"a", "b Ministry of Long Names", "c Ministry of Long Names", "d Ministry of Long Names", "e"} {
		n := graph.NewNode(graph.Organization, name)
		b.AddNode(n)
		if i > 0 {
			b.AddEdge(graph.Edge{Type: graph.PartOf, Source: prev.ID, Target: n.ID, Evidence: ev})
		}
		prev = n
	}
	b.AddEdge(graph.Edge{Type: graph.Uses, Source: "organization:a", Target: "organization:e", Evidence: ev})
	return b.Subgraph("Long edge")
}

// TestPNGEdgesNotFilled is the regression test for filled edges: in the
// region between the long curved edge and its chord, away from the stroke
// and from every other shape, every pixel must be background.
func TestPNGEdgesNotFilled(t *testing.T) {
	r := newTestRenderer(t)
	ctx := context.Background()
	opt := DefaultOptions()
	opt.Direction = "TB"
	sg := longEdge()
	d, err := r.Layout(ctx, sg, opt)
	if err != nil {
		t.Fatalf("Layout: %v", err)
	}
	data, err := r.PNG(ctx, sg, opt)
	if err != nil {
		t.Fatalf("PNG: %v", err)
	}
	writeOut(t, "long-edge.png", data)
	img := decodePNG(t, data)
	px := float64(img.Bounds().Dx()) / d.Width

	var curve *Shape
	var others []Shape
	for i, s := range d.Shapes {
		if s.Role == "edge" && !s.Fill.None() && s.Kind == ShapeBezier {
			t.Errorf("edge curve %s is filled with %v", s.Ref, s.Fill)
		}
		if s.Role == "edge" && s.Ref == "organization:a -> organization:e" && s.Kind == ShapeBezier {
			curve = &d.Shapes[i]
			continue
		}
		others = append(others, s)
	}
	if curve == nil {
		t.Fatalf("no curve for the edge a -> e in the drawing")
	}
	pts := flatten(curve.Points, 32)
	a, b := pts[0], pts[len(pts)-1]
	maxDev := 0.0
	for _, p := range pts {
		maxDev = math.Max(maxDev, distToSegment(p, a, b))
	}
	if maxDev < 25 {
		t.Fatalf("edge a -> e deviates only %.1f pt from its chord; the test needs a curved edge", maxDev)
	}
	checked, bad := 0, 0
	var firstBad string
	for i := 1; i < len(pts)-1; i++ {
		p := pts[i]
		c := closestOnSegment(p, a, b)
		for _, frac := range []float64{0.2, 0.35, 0.5, 0.65, 0.8} {
			q := Point{c.X + frac*(p.X-c.X), c.Y + frac*(p.Y-c.Y)}
			if distToPolyline(q, pts) < 6 || insideAny(q, others, 4) {
				continue
			}
			checked++
			if got := img.At(int(q.X*px), int(q.Y*px)); !near(got, d.Background, 8) {
				if bad == 0 {
					firstBad = fmt.Sprintf("(%.0f, %.0f) pt is %v", q.X, q.Y, got)
				}
				bad++
			}
		}
	}
	if bad > 0 {
		t.Errorf("got %d of %d pixels inside the curve not background (first: %s); the edge is filled", bad, checked, firstBad)
	}
	if checked < 10 {
		t.Fatalf("only %d pixels checked inside the curve; the test needs more", checked)
	}
	_, black := stats(img, d.Background)
	if black > 0.02 {
		t.Errorf("got %.1f%% near-black pixels, want under 2%%", black*100)
	}
}

// flatten samples a piecewise cubic Bézier.
func flatten(p []Point, steps int) []Point {
	var out []Point
	for i := 0; i+3 < len(p); i += 3 {
		for s := 0; s <= steps; s++ {
			t := float64(s) / float64(steps)
			u := 1 - t
			out = append(out, Point{
				u*u*u*p[i].X + 3*u*u*t*p[i+1].X + 3*u*t*t*p[i+2].X + t*t*t*p[i+3].X,
				u*u*u*p[i].Y + 3*u*u*t*p[i+1].Y + 3*u*t*t*p[i+2].Y + t*t*t*p[i+3].Y,
			})
		}
	}
	return out
}

func closestOnSegment(p, a, b Point) Point {
	dx, dy := b.X-a.X, b.Y-a.Y
	l := dx*dx + dy*dy
	if l == 0 {
		return a
	}
	t := math.Max(0, math.Min(1, ((p.X-a.X)*dx+(p.Y-a.Y)*dy)/l))
	return Point{a.X + t*dx, a.Y + t*dy}
}

func distToSegment(p, a, b Point) float64 {
	c := closestOnSegment(p, a, b)
	return math.Hypot(p.X-c.X, p.Y-c.Y)
}

func distToPolyline(p Point, pts []Point) float64 {
	d := math.Inf(1)
	for i := 1; i < len(pts); i++ {
		d = math.Min(d, distToSegment(p, pts[i-1], pts[i]))
	}
	return d
}

// insideAny reports whether p is within margin of the bounding box of any
// shape (text boxes estimated from the anchor, width and size).
func insideAny(p Point, shapes []Shape, margin float64) bool {
	for _, s := range shapes {
		x0, y0, x1, y1 := bounds(s)
		if p.X >= x0-margin && p.X <= x1+margin && p.Y >= y0-margin && p.Y <= y1+margin {
			return true
		}
	}
	return false
}

func bounds(s Shape) (x0, y0, x1, y1 float64) {
	if len(s.Points) == 0 {
		return
	}
	switch s.Kind {
	case ShapeEllipse:
		c := s.Points[0]
		return c.X - s.RX, c.Y - s.RY, c.X + s.RX, c.Y + s.RY
	case ShapeText:
		a := s.Points[0]
		w := s.TextWidth
		x := a.X
		switch s.Align {
		case AlignCenter:
			x -= w / 2
		case AlignRight:
			x -= w
		}
		return x, a.Y - s.Font.Size, x + w, a.Y + s.Font.Size*0.3
	}
	x0, y0, x1, y1 = math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, q := range s.Points {
		x0, y0 = math.Min(x0, q.X), math.Min(y0, q.Y)
		x1, y1 = math.Max(x1, q.X), math.Max(y1, q.Y)
	}
	return
}

// TestReadOpsEdgeCurveNeverFilled feeds the filled-Bézier operation that
// Graphviz's JSON writer wrongly emits for edges: it must stay a line.
func TestReadOpsEdgeCurveNeverFilled(t *testing.T) {
	ops, err := parseXDot("c 7 -#000000 C 7 -#ff0000 b 4 0 0 10 10 20 10 30 0 ")
	if err != nil {
		t.Fatal(err)
	}
	edge := readOps(ops, "edge", "a -> b", true)
	node := readOps(ops, "node", "a", false)
	if len(edge) != 1 || !edge[0].Fill.None() {
		t.Errorf("edge curve: got %+v, want one unfilled curve", edge)
	}
	if len(node) != 1 || node[0].Fill.None() {
		t.Errorf("node outline: got %+v, want one filled curve", node)
	}
}

func TestPixelSize(t *testing.T) {
	d := &Drawing{Width: 720, Height: 360}
	huge := &Drawing{Width: 50000, Height: 20000}
	tests := []struct {
		name string
		d    *Drawing
		opt  Options
		w, h int
	}{
		{"slide", d, Options{Width: 1920, Height: 1080}, 1920, 1080},
		{"height only", d, Options{Height: 900}, 1600, 900},
		{"dpi 144", d, Options{DPI: 144}, 1440, 720},
		{"dpi capped", huge, Options{DPI: 300}, 12952, 5181},
	}
	for _, tt := range tests {
		w, h := pixelSize(tt.d, tt.opt)
		if w != tt.w || h != tt.h {
			t.Errorf("%s: got %dx%d, want %dx%d", tt.name, w, h, tt.w, tt.h)
		}
		if w*h > maxPixels {
			t.Errorf("%s: got %d pixels, want at most %d", tt.name, w*h, maxPixels)
		}
	}
}
