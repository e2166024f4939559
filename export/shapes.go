package export

import "math"

// pt is a point in slide pixels.
type pt struct{ X, Y float64 }

// subpath is one polygon or polyline of a shape outline.
type subpath struct {
	Pts    []pt
	Closed bool // closed and filled; otherwise an open stroke-only line
}

// swatchPaths returns the outline of a legend sample of a node shape in the
// box (x, y, w, h), as polygons every backend can draw the same way.
func swatchPaths(shape string, x, y, w, h float64) []subpath {
	poly := func(rel ...float64) subpath {
		var p []pt
		for i := 0; i+1 < len(rel); i += 2 {
			p = append(p, pt{x + rel[i]*w, y + rel[i+1]*h})
		}
		return subpath{Pts: p, Closed: true}
	}
	switch shape {
	case "hexagon":
		return []subpath{poly(0, .5, .2, 0, .8, 0, 1, .5, .8, 1, .2, 1)}
	case "octagon":
		return []subpath{poly(0, .3, .15, 0, .85, 0, 1, .3, 1, .7, .85, 1, .15, 1, 0, .7)}
	case "ellipse":
		return []subpath{ellipse(x+w/2, y+h/2, w/2, h/2, 0, 2*math.Pi, true)}
	case "rbox":
		return []subpath{roundRect(x, y, w, h, h*0.3)}
	case "folder":
		return []subpath{poly(0, .15, .08, 0, .38, 0, .46, .15, 1, .15, 1, 1, 0, 1)}
	case "cds":
		return []subpath{poly(0, 0, .78, 0, 1, .5, .78, 1, 0, 1)}
	case "parallelogram":
		return []subpath{poly(.18, 0, 1, 0, .82, 1, 0, 1)}
	case "component":
		return []subpath{poly(.12, 0, 1, 0, 1, 1, .12, 1), poly(0, .18, .24, .18, .24, .38, 0, .38), poly(0, .62, .24, .62, .24, .82, 0, .82)}
	case "note":
		return []subpath{poly(0, 0, .8, 0, 1, .3, 1, 1, 0, 1), {Pts: []pt{{x + .8*w, y}, {x + .8*w, y + .3*h}, {x + w, y + .3*h}}}}
	case "cylinder":
		ry := h * 0.18
		body := ellipse(x+w/2, y+h-ry, w/2, ry, 0, math.Pi, false).Pts
		top := ellipse(x+w/2, y+ry, w/2, ry, math.Pi, 2*math.Pi, false).Pts
		out := subpath{Pts: append(append([]pt{}, top...), body...), Closed: true}
		rim := ellipse(x+w/2, y+ry, w/2, ry, 0, math.Pi, false)
		return []subpath{out, rim}
	}
	return []subpath{poly(0, 0, 1, 0, 1, 1, 0, 1)}
}

// ellipse approximates an elliptical arc from angle a0 to a1 (radians, y
// down) by a polyline fine enough for any slide resolution.
func ellipse(cx, cy, rx, ry, a0, a1 float64, closed bool) subpath {
	const n = 48
	var p []pt
	steps := int(math.Ceil(n * (a1 - a0) / (2 * math.Pi)))
	for i := 0; i <= steps; i++ {
		a := a0 + (a1-a0)*float64(i)/float64(steps)
		p = append(p, pt{cx + rx*math.Cos(a), cy + ry*math.Sin(a)})
	}
	if closed {
		p = p[:len(p)-1]
	}
	return subpath{Pts: p, Closed: closed}
}

// roundRect approximates a rectangle with rounded corners.
func roundRect(x, y, w, h, r float64) subpath {
	var p []pt
	corners := []struct{ cx, cy, a0 float64 }{
		{x + w - r, y + r, -math.Pi / 2}, {x + w - r, y + h - r, 0}, {x + r, y + h - r, math.Pi / 2}, {x + r, y + r, math.Pi},
	}
	for _, c := range corners {
		arc := ellipse(c.cx, c.cy, r, r, c.a0, c.a0+math.Pi/2, false)
		p = append(p, arc.Pts...)
	}
	return subpath{Pts: p, Closed: true}
}

// arrowHead returns the triangle of an arrow ending at (x2, y2) coming from
// (x1, y1), size long.
func arrowHead(x1, y1, x2, y2, size float64) []pt {
	a := math.Atan2(y2-y1, x2-x1)
	l := pt{x2 - size*math.Cos(a-0.4), y2 - size*math.Sin(a-0.4)}
	r := pt{x2 - size*math.Cos(a+0.4), y2 - size*math.Sin(a+0.4)}
	return []pt{{x2, y2}, l, r}
}

// dashPattern returns the dash and gap lengths of a line style for a line
// of width w ("" for a solid line).
func dashPattern(style string, w float64) []float64 {
	switch style {
	case "dashed":
		return []float64{4 * w, 2.5 * w}
	case "dotted":
		return []float64{w, 1.8 * w}
	}
	return nil
}
