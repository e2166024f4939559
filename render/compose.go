package render

import (
	"context"
	"fmt"
	"math"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// rect is a box on the page, in points.
type rect struct{ x, y, w, h float64 }

// page is the composition of one diagram: where the body and the legend go
// and at what scale, and the title, subtitle, rule and sources as shapes.
type page struct {
	w, h        float64 // points
	pxPerPt     float64
	box         rect    // the room for the body
	maxScale    float64 // the body is never drawn larger than this
	body        rect
	bodyScale   float64
	legend      rect
	legendScale float64
	deco        []Shape
}

// Type sizes of the page furniture, in points on a 1440x810 pt page (a
// 1920x1080 pixel slide); other page sizes scale them.
const (
	titleSize    = 26
	subtitleSize = 13
	sourceSize   = 10
	legendScale  = 0.85
	maxUpscale   = 2.0
	maxSources   = 6
)

// compose places the body (natural size bw x bh points) and the legend
// (lw x lh; zero when there is none) on the page described by opt.
func (f *fonts) compose(v view, th theme, opt Options, bw, bh, lw, lh float64) page {
	natural := opt.natural()
	var p page
	k := 1.0
	if natural {
		p.pxPerPt = opt.DPI / 72
	} else {
		p.w, p.h, p.pxPerPt = opt.pageSize(0, 0)
		k = math.Min(p.w/1440, p.h/810)
	}
	m := 24 * k
	p.maxScale = maxUpscale * k
	ink, muted := parseColor(th.fg), parseColor(th.muted)

	// Header and footer text; in natural mode the page width follows the
	// body, so the text is fitted once the width is known.
	title := cleanText(v.title, false)
	sub := subtitle(v)
	var sources, links []string
	if opt.Sources {
		sources, links = sourceLines(v.sources)
	}
	if opt.BodyOnly {
		// The caller draws its own furniture: the body has the page, and
		// is never blown up more than on a full slide.
		title, sub, sources, links = "", "", nil, nil
		lw, lh = 0, 0
		m = 0
		p.maxScale = maxUpscale
	}
	ls := legendScale * k
	if natural {
		width := math.Max(bw, lw*ls)
		width = math.Max(width, math.Min(f.measure(title, titleSize*k, true), 1200))
		width = math.Max(width, 480)
		p.w = width + 2*m
	}
	if lw > 0 && lw*ls > p.w-2*m {
		ls = (p.w - 2*m) / lw
	}

	y := m
	if title != "" {
		size := titleSize * k
		if w := f.measure(title, size, true); w > p.w-2*m {
			size = math.Max(size*0.7, size*(p.w-2*m)/w)
		}
		t := f.fit(title, size, true, p.w-2*m)
		p.deco = append(p.deco, textShape(t, m, y+size*0.92, size, true, ink, f.measure(t, size, true), "title"))
		y += size * 1.25
	}
	if sub != "" {
		size := subtitleSize * k
		t := f.fit(sub, size, false, p.w-2*m)
		p.deco = append(p.deco, textShape(t, m, y+size*0.92, size, false, muted, f.measure(t, size, false), "subtitle"))
		y += size * 1.3
	}
	top := y + 10*k
	if opt.BodyOnly {
		top = 0
	}

	footer := 0.0
	srcLine := sourceSize * k * 1.3
	if len(sources) > 0 {
		footer += float64(len(sources)) * srcLine
	}
	if lw > 0 {
		if footer > 0 {
			footer += 6 * k
		}
		footer += lh * ls
	}
	if footer > 0 {
		footer += 12 * k // gap above the rule
	}

	// The body: fitted into what is left, never blown up beyond maxUpscale.
	box := rect{m, top, p.w - 2*m, 0}
	if natural {
		p.bodyScale = 1
		box.h = bh
		p.h = top + bh + 10*k + footer + m
	} else {
		box.h = p.h - m - footer - 10*k - top
		if opt.BodyOnly {
			box.h = p.h - top
		}
		p.bodyScale = p.maxScale
		if bw > 0 && bh > 0 {
			p.bodyScale = math.Min(p.bodyScale, math.Min(box.w/bw, box.h/bh))
		}
		if p.bodyScale <= 0 {
			p.bodyScale = 0.01
		}
	}
	p.box = box
	p.body = rect{box.x + (box.w-bw*p.bodyScale)/2, box.y + (box.h-bh*p.bodyScale)/2, bw * p.bodyScale, bh * p.bodyScale}

	// The footer, from the rule down: legend, then sources.
	y = p.h - m - footer
	if footer > 0 {
		y += 6 * k
		rule := muted
		rule.A = 90
		p.deco = append(p.deco, Shape{Kind: ShapePolyline, Points: []Point{{m, y}, {p.w - m, y}}, Stroke: rule, LineWidth: 0.75 * k, Role: "sources"})
		y += 6 * k
	}
	if lw > 0 {
		p.legendScale = ls
		p.legend = rect{m, y, lw * ls, lh * ls}
		y += lh*ls + 6*k
	}
	for i, s := range sources {
		size := sourceSize * k
		t := f.fit(s, size, false, p.w-2*m)
		line := textShape(t, m, y+size*0.95, size, false, muted, f.measure(t, size, false), "sources")
		line.Ref = links[i]
		p.deco = append(p.deco, line)
		y += srcLine
	}
	return p
}

func textShape(s string, x, y, size float64, bold bool, c Color, width float64, role string) Shape {
	return Shape{Kind: ShapeText, Points: []Point{{x, y}}, Text: s, Stroke: c, TextWidth: width,
		Font: Font{Family: "sans-serif", Size: size, Bold: bold}, Align: AlignLeft, Role: role}
}

// subtitle counts what the diagram shows, and says how much of it was
// grouped to keep it readable.
func subtitle(v view) string {
	var parts []string
	n := v.entities
	ent := fmt.Sprintf("%d %s", n, pluralWord(n, "entity", "entities"))
	if note := v.note(); note != "" {
		ent += " (" + note + ")"
	}
	parts = append(parts, ent)
	parts = append(parts, fmt.Sprintf("%d %s", v.relationships, pluralWord(v.relationships, "relationship", "relationships")))
	parts = append(parts, fmt.Sprintf("%d %s", len(v.sources), pluralWord(len(v.sources), "source", "sources")))
	return strings.Join(parts, " · ")
}

// sourceLines numbers the sources as the edges cite them, with each one's
// URL (for links); past maxSources the last line says how many more there
// are.
func sourceLines(sources []graph.ReportRef) (lines, links []string) {
	for i, r := range sources {
		if len(sources) > maxSources && i == maxSources-1 {
			lines = append(lines, fmt.Sprintf("… and %d more sources", len(sources)-i))
			links = append(links, "")
			break
		}
		lines = append(lines, fmt.Sprintf("[%d] %s", i+1, cleanText(sourceLine(r), false)))
		link := ""
		if u := cleanText(r.URL, false); strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://") {
			link = u
		}
		links = append(links, link)
	}
	return lines, links
}

// sourceLine is "Title — Publisher, date — url".
func sourceLine(r graph.ReportRef) string {
	s := r.Title
	if s == "" {
		s = r.ID
	}
	var meta []string
	if r.Publisher != "" {
		meta = append(meta, r.Publisher)
	}
	if r.Date != "" {
		meta = append(meta, r.Date)
	}
	if len(meta) > 0 {
		s += " — " + strings.Join(meta, ", ")
	}
	if r.URL != "" && r.URL != r.Title {
		s += " — " + r.URL
	}
	return s
}

// Layout lays the subgraph out and composes the page: title, body, legend
// and sources, every shape positioned in points. The body is drawn as large
// as the page allows; when that would make its text smaller than
// opt.MinTextPx, leaves are grouped (see Options) and Drawing.Note says so.
// It returns an error when Graphviz fails or ctx is done.
func (r *Renderer) Layout(ctx context.Context, sg graph.Subgraph, opt Options) (*Drawing, error) {
	dg, err := r.diagram(ctx, sg, opt)
	if err != nil {
		return nil, err
	}
	v, p := dg.v, dg.page
	d := &Drawing{Width: p.w, Height: p.h, Background: parseColor(dg.th.bg), Note: v.note(), Folded: v.folded, Groups: v.groups}
	if d.Note != "" {
		d.Note = fmt.Sprintf("%d of %d %s drawn in %d %s", v.folded, v.entities, pluralWord(v.entities, "entity", "entities"), v.groups, pluralWord(v.groups, "group", "groups"))
	}
	d.Shapes = append(d.Shapes, p.deco...)
	if len(v.nodes) > 0 {
		t := dg.body.transformTo(p.body.x, p.body.y, p.bodyScale)
		for _, s := range dg.body.shapes {
			d.Shapes = append(d.Shapes, t.place(s))
		}
	}
	if dg.hasLegend {
		t := dg.legend.transformTo(p.legend.x, p.legend.y, p.legendScale)
		for _, s := range dg.legend.shapes {
			s = t.place(s)
			s.Role, s.Ref = "legend", ""
			d.Shapes = append(d.Shapes, s)
		}
	}
	return d, nil
}

func (r *Renderer) layoutOf(ctx context.Context, dot []byte, engine string) (layout, error) {
	out, err := r.run(ctx, dot, engine, "xdot")
	if err != nil {
		return layout{}, err
	}
	return parseLayout(out)
}
