package render

import (
	"bytes"
	"context"
	"math"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// diagram is a subgraph laid out for its page: the view chosen (grouped or
// not, its direction and packing), the body DOT and its layout, the legend
// and the page composed around them.
type diagram struct {
	v         view
	th        theme
	dot       []byte
	body      layout
	legend    layout
	hasLegend bool
	page      page
}

// diagram chooses how to draw sg on the page opt describes and lays it out.
//
// Every candidate drawing is laid out by Graphviz, and the one drawn
// largest on the page wins (left to right unless another is clearly
// larger): left to right and top to bottom, with the leaves of busy nodes
// staggered, and, for several connected components, set out in a grid of
// as many columns (rows, left to right) as draws largest. When even the best would draw text
// below opt.MinTextPx, the leaves are grouped one level more (see
// groupLevels) and the candidates tried again; levels whose estimated area
// cannot fit are skipped without a layout.
func (r *Renderer) diagram(ctx context.Context, sg graph.Subgraph, opt Options) (*diagram, error) {
	base := newView(sg, opt)
	d := &diagram{th: themeFor(opt.Theme)}
	d.hasLegend = opt.Legend && !opt.BodyOnly && len(base.nodes) > 0
	lw, lh := 0.0, 0.0
	if d.hasLegend {
		var err error
		if d.legend, err = r.layoutOf(ctx, legendDOT(base, d.th), "dot"); err != nil {
			return nil, err
		}
		lw, lh = d.legend.width(), d.legend.height()
	}
	minPx := opt.minTextPx()
	if minPx == 0 || len(base.nodes) == 0 {
		d.v = base
		d.dot = writeDOT(base, d.th, opt)
		var err error
		if d.body, err = r.layoutOf(ctx, d.dot, "dot"); err != nil {
			return nil, err
		}
		d.compose(r.fonts, opt, lw, lh)
		return d, nil
	}

	frame := r.fonts.compose(base, d.th, opt, 0, 0, lw, lh)
	box := frame.box
	var best *candidate
	var prev []byte
	for level := range groupLevels {
		v := base
		if level > 0 {
			var folded, groups int
			v, folded, groups = base.grouped(level)
			if groups == 0 {
				continue
			}
			v.folded, v.groups = folded, groups
		}
		sig := writeDOT(v, d.th, opt)
		if bytes.Equal(sig, prev) {
			continue
		}
		prev = sig
		last := level == len(groupLevels)-1
		if !last && !r.fonts.mayFit(v, box, minPx/frame.pxPerPt) {
			continue
		}
		c, err := r.bestCandidate(ctx, v, d.th, opt, box, frame.maxScale, frame.pxPerPt)
		if err != nil {
			return nil, err
		}
		if best == nil || c.px > best.px {
			best = c
		}
		if c.px >= minPx {
			best = c
			break
		}
	}
	d.v, d.dot, d.body = best.v, best.dot, best.body
	d.compose(r.fonts, opt, lw, lh)
	return d, nil
}

func (d *diagram) compose(f *fonts, opt Options, lw, lh float64) {
	bw, bh := d.body.width(), d.body.height()
	if len(d.v.nodes) == 0 {
		bw, bh = 0, 0
	}
	d.page = f.compose(d.v, d.th, opt, bw, bh, lw, lh)
}

// candidate is one way of drawing a view, laid out, and the size of its
// smallest text on the page in pixels.
type candidate struct {
	v    view
	dot  []byte
	body layout
	px   float64
}

// bestCandidate lays out the ways of drawing v and returns the one whose
// smallest text is largest on the page; left to right wins unless another
// is more than 10% larger.
func (r *Renderer) bestCandidate(ctx context.Context, v view, th theme, opt Options, box rect, maxScale, pxPerPt float64) (*candidate, error) {
	labels := !v.large
	dirs := []string{"LR", "TB"}
	if d := direction(opt); d != "" {
		dirs = []string{d}
	}
	multi := components(v.nodes, v.edges) > 1
	var best *candidate
	try := func(p plan) (*candidate, error) {
		w := v
		w.plan = p
		dot := writeDOT(w, th, opt)
		l, err := r.layoutOf(ctx, dot, w.engine())
		if err != nil {
			return nil, err
		}
		scale := math.Min(maxScale, math.Min(box.w/l.width(), box.h/l.height()))
		c := &candidate{v: w, dot: dot, body: l, px: l.minFont() * scale * pxPerPt}
		if best == nil || c.px > best.px*1.1 {
			best = c
		}
		return c, nil
	}
	if v.large && direction(opt) == "" {
		if _, err := try(plan{direction: "LR", sfdp: true}); err != nil {
			return nil, err
		}
	}
	for _, dir := range dirs {
		p := planLayered(v.nodes, v.edges, dir, labels)
		if !multi {
			// The estimate's stagger, and no stagger or two ranks.
			tried := map[int]bool{}
			for _, st := range []int{p.stagger, 1, 2} {
				if tried[st] {
					continue
				}
				tried[st] = true
				q := p
				if st != p.stagger {
					_, leaves := leafGroups(v.nodes, v.edges)
					q = plan{direction: dir, stagger: st, minlen: staggered(leaves, st)}
					if st > 1 && len(q.minlen) == 0 {
						continue
					}
				}
				if _, err := try(q); err != nil {
					return nil, err
				}
			}
			continue
		}
		// A grid of components: from a square, more or fewer chains while
		// the drawing grows.
		k := components(v.nodes, v.edges)
		cols := int(math.Ceil(math.Sqrt(float64(k))))
		p.grid = cols
		c, err := try(p)
		if err != nil {
			return nil, err
		}
		for _, step := range []float64{1.5, 1 / 1.5} {
			prev, at := c.px, cols
			for {
				next := int(math.Round(float64(at) * step))
				if next == at {
					next = at + int(math.Copysign(1, step-1))
				}
				if next < 1 || next > k {
					break
				}
				at = next
				p.grid = at
				c, err := try(p)
				if err != nil {
					return nil, err
				}
				if c.px <= prev {
					break
				}
				prev = c.px
			}
		}
	}
	return best, nil
}

// minFont is the size of the smallest text in the layout, in points; 14
// when there is none.
func (l layout) minFont() float64 {
	m := math.Inf(1)
	for _, s := range l.shapes {
		if s.Kind == ShapeText && s.Font.Size > 0 && strings.TrimSpace(s.Text) != "" {
			m = math.Min(m, s.Font.Size)
		}
	}
	if math.IsInf(m, 1) {
		return nodeFontSize
	}
	return m
}

// mayFit estimates whether v could be drawn in box with its smallest text
// at least minPt points: the area of its nodes, with room around them,
// against the area of the box.
func (f *fonts) mayFit(v view, box rect, minPt float64) bool {
	small := float64(nodeFontSize)
	if !v.large {
		small = edgeFontSize
	}
	scale := minPt / small
	area := 0.0
	for _, n := range v.nodes {
		w, h := f.nodeSize(n)
		area += (w + 30) * (h + 24)
	}
	return area*scale*scale <= box.w*box.h*0.8
}

// nodeSize estimates the size of a node in points.
func (f *fonts) nodeSize(n vnode) (w, h float64) {
	lineH := nodeFontSize * 1.2
	if g := n.group; g != nil && (len(g.names) > 0 || len(g.rows) > 0) {
		cells := len(g.names)
		if g.rest > 0 {
			cells++
		}
		cols := tableColumns(cells)
		cw := 0.0
		for _, s := range g.names {
			cw = math.Max(cw, f.measure(s, nodeFontSize, false))
		}
		rw := f.measure(g.header, groupFontSize, true)
		rows := (cells + cols - 1) / cols
		w = math.Max(float64(cols)*(cw+9), rw) + 8
		h = float64(rows+1)*(lineH+9) + 8
		for _, r := range g.rows {
			cw := math.Max(f.measure(r.count, nodeFontSize, true), f.measure(r.rel, akaFontSize, false)) + 9
			rh := 2*lineH + 9
			if len(r.names) > 0 {
				text := joinComma(r.names)
				tw := f.measure(text, groupFontSize, false)
				lines := math.Ceil(tw / (48 * groupFontSize * 0.5))
				cw += math.Min(tw, 48*groupFontSize*0.5) + 9
				rh = math.Max(rh, lines*groupFontSize*1.2+9)
			}
			w = math.Max(w, cw+8)
			h += rh
		}
		return w, h
	}
	lines := wrapWords(n.name, 24)
	for _, l := range lines {
		w = math.Max(w, f.measure(l, nodeFontSize, true))
	}
	if len(n.aka) > 0 {
		w = math.Max(w, f.measure("aka "+joinComma(n.aka), akaFontSize, false))
		lines = append(lines, "")
	}
	w += 20
	if n.kind == graph.ThreatActor {
		w += 24
	}
	h = math.Max(36, float64(len(lines))*lineH+8)
	return w, h
}

func joinComma(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += ", "
		}
		out += x
	}
	return out
}
