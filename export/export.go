package export

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// The output formats.
const (
	FormatPPTX = "pptx"
	FormatPDF  = "pdf"
	FormatPNG  = "png"
	FormatSVG  = "svg"
)

// Formats lists the output formats.
func Formats() []string { return []string{FormatPPTX, FormatPDF, FormatPNG, FormatSVG} }

// FormatFromPath returns the format of an output file by its extension
// (.pptx, .pdf, .png, .svg). Any other extension is an error wrapping
// graph.ErrUnsupported.
func FormatFromPath(path string) (string, error) {
	ext := strings.TrimPrefix(strings.ToLower(filepath.Ext(path)), ".")
	for _, f := range Formats() {
		if ext == f {
			return f, nil
		}
	}
	return "", fmt.Errorf("%w: output format of %q (want .pptx, .pdf, .png, .svg, or a directory)", graph.ErrUnsupported, path)
}

// Options sets the sizes of the outputs. The zero value gives the defaults.
type Options struct {
	// Width and Height are the PNG slide size in pixels (default 1920x1080).
	Width, Height int
	// DPI is the resolution of the diagram pictures in PPTX files (default
	// 300).
	DPI float64
	// MaxLeaves and Direction are passed to the diagram (see render.Options).
	MaxLeaves int
	Direction string
	// DateRange adds the evidence dates to the edge labels.
	DateRange bool
	// theme is the briefing's theme, set by the writers.
	theme string
}

func (o Options) withDefaults(b *Briefing) Options {
	if o.Width <= 0 && o.Height <= 0 {
		o.Width, o.Height = 1920, 1080
	}
	if o.Width <= 0 {
		o.Width = o.Height * 16 / 9
	}
	if o.Height <= 0 {
		o.Height = o.Width * 9 / 16
	}
	if o.DPI <= 0 {
		o.DPI = 300
	}
	o.theme = b.Theme
	return o
}

// pages lays out the briefing, diagrams included. When a diagram had to
// group entities to stay readable, its slide's subtitle says so.
func pages(ctx context.Context, d Diagrammer, b *Briefing, opt Options) ([]*page, *faces, error) {
	f, err := newFaces()
	if err != nil {
		return nil, nil, err
	}
	ps := layout(f, b, legendOf)
	for i, p := range ps {
		for _, el := range p.Els {
			e, ok := el.(*diagramEl)
			if !ok {
				continue
			}
			if e.fit, err = layoutDiagram(ctx, d, e, opt); err != nil {
				return nil, nil, fmt.Errorf("slide %d: %w", i+1, err)
			}
			if e.fit.groups > 0 {
				noteGrouping(f, p, e.fit)
			}
		}
	}
	return ps, f, nil
}

// noteGrouping adds to a slide's subtitle how many entities its diagram
// drew in groups: "300 entities (280 in 20 groups), 280 relationships".
func noteGrouping(f *faces, p *page, fd *fitted) {
	const counts = " entities, "
	if !strings.Contains(p.Subtitle, counts) {
		return
	}
	sub := strings.Replace(p.Subtitle, counts, fmt.Sprintf(" entities (%d in %d %s), ", fd.folded, fd.groups, plural(fd.groups, "group", "groups")), 1)
	for _, el := range p.Els {
		if t, ok := el.(*textEl); ok && t.Role == "subtitle" {
			t.Lines = f.clampLines(f.wrap(sub, t.Bold, t.Size, t.W), 1, t.Bold, t.Size, t.W)
		}
	}
}

// PNG draws every slide of the briefing as a PNG image of opt.Width x
// opt.Height pixels: the title slide, one slide per question, the sources.
func PNG(ctx context.Context, d Diagrammer, b Briefing, opt Options) ([][]byte, error) {
	opt = opt.withDefaults(&b)
	ps, f, err := pages(ctx, d, &b, opt)
	if err != nil {
		return nil, err
	}
	r := &rasterizer{f: f, d: d, o: opt}
	var out [][]byte
	for i, p := range ps {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		img, err := r.raster(ctx, p, opt.Width, opt.Height)
		if err != nil {
			return nil, fmt.Errorf("slide %d: %w", i+1, err)
		}
		data, err := encodePNG(img)
		if err != nil {
			return nil, err
		}
		out = append(out, data)
	}
	return out, nil
}
