package export

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/render"
)

// Slides are laid out once, in logical pixels of a 1920x1080 canvas, as a
// list of elements that every backend (PNG, SVG, PDF, PPTX) draws the same way.
const (
	canvasW = 1920.0
	canvasH = 1080.0
	margin  = 72.0
)

// palette holds the colours of a slide theme (#RRGGBB).
type palette struct {
	Bg, Text, Muted, Accent, Rule, Panel string
}

func slidePalette(theme string) palette {
	switch theme {
	case "dark":
		return palette{Bg: "#15181D", Text: "#F1F3F5", Muted: "#A7B0BA", Accent: "#7DB4E8", Rule: "#39414B", Panel: "#1E232A"}
	case "print":
		return palette{Bg: "#FFFFFF", Text: "#000000", Muted: "#404040", Accent: "#000000", Rule: "#9A9A9A", Panel: "#F2F2F2"}
	default:
		return palette{Bg: "#FFFFFF", Text: "#1B1F24", Muted: "#5C6670", Accent: "#1F4E79", Rule: "#D5DBE1", Panel: "#F5F7F9"}
	}
}

// element is one thing drawn on a slide: *rectEl, *lineEl, *swatchEl,
// *textEl or *diagramEl.
type element interface{ isElement() }

// rectEl is a filled rectangle.
type rectEl struct {
	X, Y, W, H float64
	Fill       string
	Radius     float64
}

// lineEl is a straight line.
type lineEl struct {
	X1, Y1, X2, Y2 float64
	Color          string
	Width          float64
	Style          string // solid (""), dashed or dotted
	Arrow          bool   // an arrow head at (X2, Y2)
}

// swatchEl is a legend sample of a node shape.
type swatchEl struct {
	X, Y, W, H   float64
	Shape        string // box, ellipse, diamond, hexagon, octagon, note, ...
	Fill, Stroke string
}

// textEl is a block of lines already wrapped to fit W, LineH apart; each
// line is centred on its capitals in its line box (see baseline).
type textEl struct {
	X, Y, W, H float64
	Lines      []string
	Size       float64
	LineH      float64
	Bold       bool
	Color      string
	Align      string // "l", "c" or "r"
	// Role says what the block is, for formats with semantics: "title" is the
	// slide title (a title placeholder in PPTX); "subtitle" is the line
	// under it.
	Role string
	// Link is an address the block links to in formats that have links.
	Link string
}

// diagramEl is the box the diagram is scaled into, keeping its proportions.
type diagramEl struct {
	X, Y, W, H float64
	Graph      graph.Subgraph
	fit        *fitted // laid out, once
}

func (*rectEl) isElement()    {}
func (*lineEl) isElement()    {}
func (*swatchEl) isElement()  {}
func (*textEl) isElement()    {}
func (*diagramEl) isElement() {}

// page is a laid-out slide.
type page struct {
	Bg    string
	Els   []element
	Title string   // for the PPTX outline and SVG <title>
	Notes []string // speaker notes, one paragraph a line
	// Subtitle is the full subtitle of a question slide, before it is
	// fitted to its line.
	Subtitle string
}

// layouter lays out the pages of a briefing.
type layouter struct {
	f   *faces
	pal palette
	b   *Briefing
	leg legendFunc
}

// legendFunc returns the legend entries of a subgraph in a theme.
type legendFunc func(sg graph.Subgraph, theme string) []render.LegendEntry

func (l *layouter) text(x, y, w float64, s string, size, lineH float64, bold bool, color, align string, maxLines int) *textEl {
	lines := l.f.wrap(s, bold, size, w)
	if maxLines > 0 {
		lines = l.f.clampLines(lines, maxLines, bold, size, w)
	}
	return &textEl{X: x, Y: y, W: w, H: float64(len(lines)) * lineH, Lines: lines, Size: size, LineH: lineH, Bold: bold, Color: color, Align: align}
}

const bannerH = 46.0

// bounds returns the top and bottom of the space between the banners.
func (l *layouter) bounds() (top, bottom float64) {
	if l.b.Marking.IsZero() {
		return 0, canvasH
	}
	return bannerH, canvasH - bannerH
}

// banners adds the classification banners and returns the top and bottom of
// the space left between them.
func (l *layouter) banners(p *page) (top, bottom float64) {
	m := l.b.Marking
	if m.IsZero() {
		return l.bounds()
	}
	const h, size = bannerH, 26.0
	for _, y := range []float64{0, canvasH - h} {
		p.Els = append(p.Els, &rectEl{X: 0, Y: y, W: canvasW, H: h, Fill: m.Bg})
		t := l.text(margin, y+(h-size*1.2)/2, canvasW-2*margin, m.Text, size, size*1.2, true, m.Fg, "c", 1)
		p.Els = append(p.Els, t)
	}
	return l.bounds()
}

func (l *layouter) newPage(title string) *page {
	return &page{Bg: l.pal.Bg, Title: title}
}

// titlePage lays out the first slide: deck title, date, marking and the list
// of questions.
func (l *layouter) titlePage() *page {
	p := l.newPage(l.b.Title)
	top, bottom := l.banners(p)
	w := canvasW - 4*margin
	title := l.text(2*margin, 0, w, l.b.Title, 84, 100, true, l.pal.Text, "c", 3)
	title.Role = "title"
	date := formatDate(l.b.Date)
	var sub string
	switch {
	case date != "" && len(l.b.Slides) > 0:
		sub = fmt.Sprintf("Briefing · %s · %d %s", date, len(l.b.Slides), plural(len(l.b.Slides), "question", "questions"))
	case date != "":
		sub = "Briefing · " + date
	default:
		sub = "Briefing"
	}
	subT := l.text(2*margin, 0, w, sub, 36, 46, false, l.pal.Muted, "c", 1)

	// Stack: title, accent bar, subtitle, marking badge, agenda; centred in
	// the space between the banners, the title block a little above centre.
	var badge *textEl
	var badgeW float64
	if !l.b.Marking.IsZero() {
		badge = l.text(0, 0, w, l.b.Marking.Text, 34, 44, true, l.b.Marking.Fg, "c", 1)
		badgeW = l.f.width(badge.Lines[0], true, 34) + 64
		badge.W = badgeW
	}
	h := title.H + 36 + 8 + 36 + subT.H
	if badge != nil {
		h += 36 + 64
	}
	// The agenda lists the questions that fit below, the rest summarised.
	const agendaLineH = 42.0
	rows := int((bottom - top - 2*48 - h - 64) / agendaLineH)
	var agenda []*textEl
	for i, s := range l.b.Slides {
		if i >= rows {
			break
		}
		if i == rows-1 && len(l.b.Slides) > rows {
			agenda = append(agenda, l.text(3*margin, 0, canvasW-6*margin, fmt.Sprintf("… and %d more", len(l.b.Slides)-i), 30, agendaLineH, false, l.pal.Muted, "l", 1))
			break
		}
		agenda = append(agenda, l.text(3*margin, 0, canvasW-6*margin, fmt.Sprintf("%d.  %s", i+1, s.Title), 30, agendaLineH, false, l.pal.Text, "l", 1))
	}
	agendaH := 0.0
	for _, a := range agenda {
		agendaH += a.H
	}
	if agendaH > 0 {
		h += 64 + agendaH
	}
	y := top + (bottom-top-h)/2
	if y < top+48 {
		y = top + 48
	}
	title.Y = y
	p.Els = append(p.Els, title)
	y += title.H + 36
	p.Els = append(p.Els, &rectEl{X: (canvasW - 160) / 2, Y: y, W: 160, H: 8, Fill: l.pal.Accent, Radius: 4})
	y += 8 + 36
	subT.Y = y
	p.Els = append(p.Els, subT)
	y += subT.H
	if badge != nil {
		y += 36
		bx := (canvasW - badgeW) / 2
		p.Els = append(p.Els, &rectEl{X: bx, Y: y, W: badgeW, H: 64, Fill: l.b.Marking.Bg, Radius: 8})
		badge.X, badge.Y = bx, y+(64-44)/2
		p.Els = append(p.Els, badge)
		y += 64
	}
	if agendaH > 0 {
		y += 64
		// Centre the agenda block on its widest line.
		maxW := 0.0
		for _, a := range agenda {
			maxW = max(maxW, l.f.width(a.Lines[0], false, 30))
		}
		x := (canvasW - maxW) / 2
		for _, a := range agenda {
			a.X, a.Y, a.W = x, y, min(canvasW-x-margin, maxW+40)
			p.Els = append(p.Els, a)
			y += a.H
		}
	}
	return p
}

// header adds a slide title (and subtitle) and returns where the body starts.
func (l *layouter) header(p *page, top float64, title, subtitle string) float64 {
	y := top + 40
	w := canvasW - 2*margin
	t := l.text(margin, y, w, title, 52, 62, true, l.pal.Text, "l", 2)
	t.Role = "title"
	p.Els = append(p.Els, t)
	y += t.H + 6
	if subtitle != "" {
		s := l.text(margin, y, w, subtitle, 26, 34, false, l.pal.Muted, "l", 1)
		s.Role = "subtitle"
		p.Els = append(p.Els, s)
		y += s.H
	}
	y += 14
	p.Els = append(p.Els, &lineEl{X1: margin, Y1: y, X2: canvasW - margin, Y2: y, Color: l.pal.Accent, Width: 3})
	return y + 3
}

// pageNumber adds "n / total" at the bottom right.
func (l *layouter) pageNumber(p *page, bottom float64, n, total int) {
	s := fmt.Sprintf("%d / %d", n, total)
	p.Els = append(p.Els, l.text(canvasW-margin-200, bottom-22-34, 200, s, 22, 30, false, l.pal.Muted, "r", 1))
}

// footnoteSize is the type size of footnotes and legend text: about 1/45 of
// the slide height, still legible from the back of a meeting room.
const (
	footSize  = 24.0
	footLineH = 32.0
	legendW   = 360.0
)

// questionPage lays out a slide: header, diagram, legend, footnotes.
func (l *layouter) questionPage(s Slide, n, total int) *page {
	p := l.newPage(s.Title)
	p.Notes = notes(s)
	p.Subtitle = s.Subtitle
	top, bottom := l.banners(p)
	bodyTop := l.header(p, top, s.Title, s.Subtitle)
	l.pageNumber(p, bottom, n, total)

	// Footnotes: one column for up to four sources, two columns of up to
	// three rows beyond; the rest is summarised and listed on the sources
	// slides.
	cols := 1
	if len(s.Sources) > 4 {
		cols = 2
	}
	colW := (canvasW - 2*margin - 220 - float64(cols-1)*40) / float64(cols)
	foot := l.footnotes(s, colW)
	footRows := len(foot)
	if cols == 2 {
		footRows = (len(foot) + 1) / 2
	}
	footTop := bottom - 30 - float64(footRows)*footLineH
	if len(foot) > 0 {
		p.Els = append(p.Els, &lineEl{X1: margin, Y1: footTop - 14, X2: canvasW - margin - 220, Y2: footTop - 14, Color: l.pal.Rule, Width: 2})
		for i, line := range foot {
			c, r := 0, i
			if cols == 2 {
				c, r = i/footRows, i%footRows
			}
			t := &textEl{X: margin + float64(c)*(colW+40), Y: footTop + float64(r)*footLineH, W: colW, H: footLineH,
				Lines: []string{l.f.truncate(line, false, footSize, colW)}, Size: footSize, LineH: footLineH, Color: l.pal.Muted, Align: "l"}
			p.Els = append(p.Els, t)
		}
	} else {
		footTop = bottom - 30 - footLineH
	}
	bodyBottom := footTop - 34

	// Legend on the right, diagram on the left.
	legX := canvasW - margin - legendW
	entries := l.leg(s.Graph, l.b.Theme)
	if len(entries) > 0 {
		l.legend(p, legX, bodyTop+28, bodyBottom, entries)
	}
	dx, dy := margin, bodyTop+24
	dw, dh := legX-40-margin, bodyBottom-dy
	if len(s.Graph.Edges) == 0 && len(s.Graph.Nodes) == 0 {
		msg := "Nothing in the graph answers this question."
		p.Els = append(p.Els, l.text(margin, dy+dh/2-24, canvasW-2*margin, msg, 36, 48, false, l.pal.Muted, "c", 2))
		return p
	}
	p.Els = append(p.Els, &diagramEl{X: dx, Y: dy, W: dw, H: dh, Graph: s.Graph})
	return p
}

// footnotes returns the footnote lines of a slide, each fitted to width: at
// most six, the last one saying how many more there are.
func (l *layouter) footnotes(s Slide, width float64) []string {
	var out []string
	for i, r := range s.Sources {
		if len(s.Sources) > 6 && i == 5 {
			out = append(out, fmt.Sprintf("… and %d more sources (see Sources)", len(s.Sources)-5))
			break
		}
		out = append(out, l.citation(fmt.Sprintf("[%d] ", i+1), r, width))
	}
	return out
}

// citation is the short form of a source, fitted to width: the title is
// shortened, never the publisher and date after it.
func (l *layouter) citation(prefix string, r graph.ReportRef, width float64) string {
	title := r.Title
	if title == "" {
		title = r.ID
	}
	var meta []string
	if r.Publisher != "" {
		meta = append(meta, r.Publisher)
	}
	if r.Date != "" {
		meta = append(meta, r.Date)
	}
	tail := ""
	if len(meta) > 0 {
		tail = ", " + strings.Join(meta, ", ")
	}
	room := width - l.f.width(prefix+tail, false, footSize)
	if room < width/3 {
		return l.f.truncate(prefix+title+tail, false, footSize, width)
	}
	return prefix + l.f.truncate(title, false, footSize, room) + tail
}

// legend draws the legend entries in a column from y to bottom; entries that
// do not fit are summarised.
func (l *layouter) legend(p *page, x, y, bottom float64, entries []render.LegendEntry) {
	const size, lineH, sw = 24.0, 40.0, 44.0
	p.Els = append(p.Els, l.text(x, y, legendW, "Legend", size, lineH, true, l.pal.Muted, "l", 1))
	y += lineH + 4
	lastGroup := ""
	for i, e := range entries {
		gap := 0.0
		group := "kind"
		if e.Line() {
			group = "relationship"
		}
		if lastGroup != "" && group != lastGroup {
			gap = 14
		}
		if y+gap+lineH > bottom {
			p.Els = append(p.Els, l.text(x, y, legendW, fmt.Sprintf("+ %d more", len(entries)-i), size, lineH, false, l.pal.Muted, "l", 1))
			return
		}
		y += gap
		lastGroup = group
		cy := y + lineH/2 - 2
		if e.Line() {
			// Line widths are in points; the slide is in pixels, and the
			// sample is drawn a little heavier than the diagram's lines.
			p.Els = append(p.Els, &lineEl{X1: x + 2, Y1: cy, X2: x + sw, Y2: cy, Color: e.Stroke, Width: 2 * e.Width, Style: e.Style, Arrow: true})
		} else {
			p.Els = append(p.Els, &swatchEl{X: x + 4, Y: cy - 13, W: sw - 8, H: 26, Shape: swatchShape(e), Fill: e.Fill, Stroke: e.Stroke})
		}
		tx := x + sw + 16
		p.Els = append(p.Els, l.text(tx, y+(lineH-size*1.25)/2, legendW-sw-16, e.Label, size, size*1.25, false, l.pal.Text, "l", 1))
		y += lineH
	}
}

// sourcePages lays out the list of every source, with the slides that cite
// it, on as many slides as needed.
func (l *layouter) sourcePages() []*page {
	if len(l.b.Sources) == 0 {
		return []*page{l.emptySourcesPage()}
	}
	// Each source says how each slide cites it, so that every footnote
	// number on every slide can be looked up here.
	cited := map[string][]string{}
	for i, s := range l.b.Slides {
		for k, r := range s.Sources {
			cited[r.ID] = append(cited[r.ID], fmt.Sprintf("[%d] on slide %d", k+1, i+2)) // after the title slide
		}
	}
	type entry struct{ head, tail *textEl }
	var entries []entry
	x := margin + 40
	w := canvasW - margin - x
	for _, r := range l.b.Sources {
		title := r.Title
		if title == "" {
			title = r.ID
		}
		head := l.text(x, 0, w, title, 30, 38, true, l.pal.Text, "l", 2)
		var meta []string
		if r.Publisher != "" {
			meta = append(meta, r.Publisher)
		}
		if r.Date != "" {
			meta = append(meta, r.Date)
		} else {
			meta = append(meta, "undated")
		}
		if r.URL != "" {
			meta = append(meta, r.URL)
		} else if r.Path != "" {
			// The file name only: a briefing should not show where the
			// analyst's files live.
			meta = append(meta, filepath.Base(r.Path))
		}
		if c := cited[r.ID]; len(c) > 0 {
			meta = append(meta, "cited as "+strings.Join(c, ", "))
		}
		tail := l.text(x, 0, w, strings.Join(meta, "  ·  "), 24, 32, false, l.pal.Muted, "l", 3)
		head.Link = r.URL
		entries = append(entries, entry{head, tail})
	}
	var pages []*page
	i := 0
	for i < len(entries) {
		p := l.newPage("Sources")
		top, bottom := l.banners(p)
		y := l.header(p, top, "Sources", "") + 28
		limit := bottom - 70
		placed := 0
		for i < len(entries) {
			e := entries[i]
			h := e.head.H + e.tail.H + 20
			if placed > 0 && y+h > limit {
				break
			}
			p.Els = append(p.Els, &rectEl{X: margin, Y: y + 8, W: 8, H: h - 20 - 16, Fill: l.pal.Accent, Radius: 3})
			e.head.Y = y
			e.tail.Y = y + e.head.H
			p.Els = append(p.Els, e.head, e.tail)
			y += h
			i++
			placed++
		}
		pages = append(pages, p)
	}
	if len(pages) > 1 {
		for k, p := range pages {
			for _, el := range p.Els {
				if t, ok := el.(*textEl); ok && t.Role == "title" {
					t.Lines = []string{fmt.Sprintf("Sources (%d/%d)", k+1, len(pages))}
					p.Title = t.Lines[0]
				}
			}
		}
	}
	return pages
}

func (l *layouter) emptySourcesPage() *page {
	p := l.newPage("Sources")
	top, _ := l.banners(p)
	y := l.header(p, top, "Sources", "")
	p.Els = append(p.Els, l.text(margin, y+40, canvasW-2*margin, "No relationship in this briefing carries a source.", 30, 40, false, l.pal.Muted, "l", 1))
	return p
}

// layout lays out every page of the briefing: title, one slide per
// question, the sources.
func layout(f *faces, b *Briefing, leg legendFunc) []*page {
	l := &layouter{f: f, pal: slidePalette(b.Theme), b: b, leg: leg}
	pages := []*page{l.titlePage()}
	src := l.sourcePages()
	total := 1 + len(b.Slides) + len(src)
	for i, s := range b.Slides {
		pages = append(pages, l.questionPage(s, i+2, total))
	}
	_, bottom := l.bounds()
	for _, p := range src {
		l.pageNumber(p, bottom, len(pages)+1, total)
		pages = append(pages, p)
	}
	return pages
}

// formatDate writes 2024-05-01 as "1 May 2024"; other text is kept as is.
func formatDate(d string) string {
	t, err := time.Parse("2006-01-02", d)
	if err != nil {
		return d
	}
	return t.Format("2 January 2006")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
