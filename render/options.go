// Package render turns a graph.Subgraph into something people read: DOT text,
// an SVG or PNG diagram sized for a slide, a text summary for a terminal, or
// JSON for scripts.
//
// DOT is pure Go and deterministic. SVG and PNG parse that DOT with Graphviz
// (go-graphviz, a WebAssembly build), lay it out, and compose it on a page
// with a title, a legend and the numbered sources, which keep a readable
// size whatever the size of the graph.
//
// PNG does not use go-graphviz's own raster output, which fills edges and
// misplaces labels. The layout is read from Graphviz's "xdot" output (the
// _draw_, _ldraw_, _hdraw_... operations, whose strings are length-prefixed
// and exact) into a Drawing of positioned shapes and text in points, and
// the Drawing is rasterized in pure Go (fogleman/gg with the Go fonts).
// Graphviz's "json" output carries the same operations but swaps filled and
// unfilled Bézier curves and drops backslashes from text, so it is not used.
// Other backends (PDF, slides) can draw the same Drawing.
//
// Layout (see Renderer.Layout): every candidate drawing is laid out by
// Graphviz and the one drawn largest on the page wins: the dot engine left
// to right or top to bottom, with the leaves of busy nodes staggered over
// several ranks, and disconnected components set out in a grid of the
// number of columns that fills the page. When even the best would draw its
// text below Options.MinTextPx (14 pixels by default), leaves are grouped
// automatically, in stages: tables of names per kind, one table per hub with
// a row per kind, then counts; actors are grouped by the country they are
// attributed to. The subtitle (and Drawing.Note) says how many entities
// were grouped. Options.MaxLeaves, when set, collapses leaves as the user
// asks instead. The same subgraph and options always give the same picture.
// A 300-node subgraph renders to a 1920x1080 PNG in about half a second
// (BENCHMARKS.md):
//
//	go test ./render -run '^$' -bench 300 -benchtime 3x
package render

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Options controls how a subgraph is drawn. The zero value is usable; use
// DefaultOptions for the legend and sources footnote that a slide wants.
type Options struct {
	Title     string  // diagram title; default sg.Title
	Theme     string  // "light" (default), "dark", "print"
	Direction string  // "LR" or "TB"; default chosen from the graph's shape and size
	Width     int     // PNG pixel width; default 1920 (with Height 1080: a 16:9 slide)
	Height    int     // PNG pixel height; default 1080
	DPI       float64 // when set and Width/Height are zero, the size follows the layout at this DPI
	Legend    bool    // draw a legend of the kinds and relationship types present
	Sources   bool    // draw the numbered sources as a footnote and cite them on edges
	DateRange bool    // edge labels add the evidence date range
	MaxLeaves int     // collapse a node's leaves past this into a "+N more" node (0 = no limit)
	// MinTextPx is the smallest text, in pixels, the diagram may be drawn
	// with on its page (0 means 14). When drawing every entity as a node
	// would go below it, leaves are grouped automatically (see Layout);
	// a negative value never groups. A MaxLeaves limit, or a size that
	// follows the layout (DPI), turns automatic grouping off.
	MinTextPx float64
	// BodyOnly leaves the title, subtitle, legend and sources footnote out
	// of the drawing, for callers that compose their own page around it
	// (Sources still numbers the citations on the edges). The body then
	// has the whole page.
	BodyOnly bool
}

// natural reports whether the page follows the layout's size (DPI set and
// no pixel size).
func (o Options) natural() bool { return o.Width <= 0 && o.Height <= 0 && o.DPI > 0 }

// minTextPx is the smallest text size automatic grouping aims for, or 0
// when it is off.
func (o Options) minTextPx() float64 {
	switch {
	case o.MaxLeaves > 0 || o.natural() || o.MinTextPx < 0:
		return 0
	case o.MinTextPx == 0:
		return 14
	}
	return o.MinTextPx
}

// DefaultOptions returns the options for a slide: light theme, 1920x1080,
// legend and sources on.
func DefaultOptions() Options {
	return Options{Theme: "light", Width: 1920, Height: 1080, Legend: true, Sources: true}
}

// Format names of the outputs FormatFromPath recognises.
const (
	FormatDOT  = "dot"
	FormatSVG  = "svg"
	FormatPNG  = "png"
	FormatJSON = "json"
	FormatText = "txt"
)

// FormatFromPath returns the output format for a file name by its extension:
// ".dot" and ".gv" give "dot"; ".svg", ".png", ".json" and ".txt" give
// themselves. Any other extension is an error wrapping graph.ErrUnsupported.
func FormatFromPath(path string) (string, error) {
	switch ext := strings.ToLower(filepath.Ext(path)); ext {
	case ".dot", ".gv":
		return FormatDOT, nil
	case ".svg":
		return FormatSVG, nil
	case ".png":
		return FormatPNG, nil
	case ".json":
		return FormatJSON, nil
	case ".txt":
		return FormatText, nil
	default:
		return "", fmt.Errorf("%w: output format of %q (want .dot, .gv, .svg, .png, .json or .txt)", graph.ErrUnsupported, path)
	}
}

// pageSize returns the page in points and the pixels per point for a PNG.
// natW/natH is the size the content would like at scale 1, in points.
func (o Options) pageSize(natW, natH float64) (w, h, pxPerPt float64) {
	if o.Width <= 0 && o.Height <= 0 && o.DPI > 0 {
		return natW, natH, o.DPI / 72
	}
	pw, ph := o.Width, o.Height
	switch {
	case pw <= 0 && ph <= 0:
		pw, ph = 1920, 1080
	case pw <= 0:
		pw = ph * 16 / 9
	case ph <= 0:
		ph = pw * 9 / 16
	}
	// Pages are laid out at 96 pixels per inch, so that text sizes given in
	// points mean what they mean on a screen.
	const px = 96.0 / 72
	return float64(pw) / px, float64(ph) / px, px
}
