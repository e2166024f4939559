package export

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/queries"
)

// Briefing is a deck with its questions answered: what the writers draw.
type Briefing struct {
	Title   string
	Date    string // YYYY-MM-DD, printed on the title slide
	Marking Marking
	Theme   string // light, dark or print
	Slides  []Slide
	// Sources are every report cited by the slides, by date then id.
	Sources []graph.ReportRef
}

// Slide is one answered question.
type Slide struct {
	Title    string
	Subtitle string // what was matched, counts, the evidence date range
	Question string // the question as asked: `who-targeted "election commission"`
	Graph    graph.Subgraph
	// Sources are the reports behind the slide's relationships, in the order
	// of Graph.Reports(): footnote n is Sources[n-1], the numbering the
	// diagram uses when it cites sources on its edges.
	Sources []graph.ReportRef
}

// Build runs the questions of spec against store and numbers their sources.
// A question that fails (an unknown name, a store error) stops the build with
// an error naming the slide; errors.Is still sees graph.ErrNotFound and the
// other sentinels.
func Build(ctx context.Context, store queries.Store, spec Spec) (Briefing, error) {
	b := Briefing{Title: spec.Title, Date: spec.Date, Marking: spec.Marking, Theme: spec.Theme}
	if b.Theme == "" {
		b.Theme = "light"
	}
	if b.Title == "" {
		b.Title = "Threat briefing"
	}
	for i, ss := range spec.Slides {
		if err := checkSlide(ss); err != nil {
			return b, slideError(spec, i, ss, err)
		}
		sg, err := queries.Run(ctx, store, ss.Query, ss.Args, queries.Options{Depth: ss.Depth, MaxHops: ss.MaxHops})
		if err != nil {
			return b, slideError(spec, i, ss, err)
		}
		b.Slides = append(b.Slides, newSlide(ss, sg))
	}
	b.Sources = allSources(b.Slides)
	return b, nil
}

// NewBriefing makes a briefing from subgraphs already at hand (one slide
// each, titled by the subgraph's title), numbering their sources.
func NewBriefing(title, date string, m Marking, theme string, graphs []graph.Subgraph) Briefing {
	b := Briefing{Title: title, Date: date, Marking: m, Theme: theme}
	if b.Theme == "" {
		b.Theme = "light"
	}
	for _, sg := range graphs {
		b.Slides = append(b.Slides, newSlide(SlideSpec{}, sg))
	}
	b.Sources = allSources(b.Slides)
	return b
}

// allSources lists the sources of every slide once, by date then id.
func allSources(slides []Slide) []graph.ReportRef {
	seen := map[string]bool{}
	var out []graph.ReportRef
	for _, s := range slides {
		for _, r := range s.Sources {
			if !seen[r.ID] {
				seen[r.ID] = true
				out = append(out, r)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Date != out[j].Date {
			return out[i].Date < out[j].Date
		}
		return out[i].ID < out[j].ID
	})
	return out
}

func newSlide(ss SlideSpec, sg graph.Subgraph) Slide {
	s := Slide{Title: ss.Title, Graph: sg}
	if ss.Query != "" {
		q := ss.Query
		for _, a := range ss.Args {
			q += " " + strconv.Quote(a)
		}
		s.Question = q
	}
	if s.Title == "" {
		s.Title = sg.Title
	}
	if s.Title == "" {
		s.Title = strings.TrimSpace(ss.Query + " " + strings.Join(ss.Args, ", "))
	}
	s.Sources = sg.Reports()
	s.Subtitle = subtitle(sg, s.Sources, ss.Title != "")
	return s
}

// notes are the speaker notes of a slide: the question, then every
// relationship with the evidence for it, citing the footnote numbers, so that
// whoever presents can answer "says who?".
func notes(s Slide) []string {
	var out []string
	if s.Question != "" {
		out = append(out, "Question: "+s.Question)
	}
	num := map[string]int{}
	for i, r := range s.Sources {
		num[r.ID] = i + 1
	}
	name := func(id string) string {
		if n, ok := s.Graph.Node(id); ok && n.Name != "" {
			return n.Name
		}
		return id
	}
	const maxEdges = 80
	for i, e := range s.Graph.Edges {
		if i == maxEdges {
			out = append(out, fmt.Sprintf("… and %d more relationships", len(s.Graph.Edges)-maxEdges))
			break
		}
		out = append(out, fmt.Sprintf("%s %s %s", name(e.Source), relLabel(e.Type), name(e.Target)))
		for _, ev := range e.Evidence {
			what := strings.TrimSpace(ev.Sentence)
			if what == "" {
				what = ev.Locator
			}
			if what == "" {
				what = "(no quote)"
			} else if ev.Sentence != "" {
				what = "“" + what + "”"
			}
			out = append(out, fmt.Sprintf("    [%d] %s", num[ev.Report.ID], what))
		}
	}
	return out
}

// subtitle summarises a slide: the entities the question matched, the size
// of the answer and the dates of its evidence.
// The question's own title says what it matched; an overriding title does
// not, so the subtitle says it then.
func subtitle(sg graph.Subgraph, reports []graph.ReportRef, sayMatched bool) string {
	var parts []string
	var matched []string
	for _, id := range sg.Matched {
		if !sayMatched {
			break
		}
		if n, ok := sg.Node(id); ok {
			matched = append(matched, n.Name)
		}
	}
	if len(matched) > 0 {
		if len(matched) > 3 {
			matched = append(matched[:3], fmt.Sprintf("%d more", len(matched)-3))
		}
		parts = append(parts, "Matched "+strings.Join(matched, ", "))
	}
	parts = append(parts, fmt.Sprintf("%d %s, %d %s", len(sg.Nodes), plural(len(sg.Nodes), "entity", "entities"),
		len(sg.Edges), plural(len(sg.Edges), "relationship", "relationships")))
	first, last := "", ""
	for _, r := range reports {
		if r.Date == "" {
			continue
		}
		if first == "" || r.Date < first {
			first = r.Date
		}
		if last == "" || r.Date > last {
			last = r.Date
		}
	}
	switch {
	case first != "" && first != last:
		parts = append(parts, "reported "+first+" to "+last)
	case first != "":
		parts = append(parts, "reported "+first)
	}
	parts = append(parts, fmt.Sprintf("%d %s", len(reports), plural(len(reports), "source", "sources")))
	return strings.Join(parts, "  ·  ")
}

func slideError(spec Spec, i int, ss SlideSpec, err error) error {
	what := fmt.Errorf("slide %d (%s %s): %w", i+1, ss.Query, strings.Join(ss.Args, ", "), err)
	if spec.File != "" {
		return &graph.InputError{File: spec.File, Line: ss.Line, Err: what}
	}
	return what
}
