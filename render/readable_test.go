package render

import (
	"context"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// bodyText returns the smallest text in the drawing's body, in pixels of a
// page at 96 pixels per inch, and the box the body's shapes cover.
func bodyText(d *Drawing) (minPx float64, box rect) {
	minPx = math.Inf(1)
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, s := range d.Shapes {
		if s.Role != "node" && s.Role != "edge" {
			continue
		}
		if s.Kind == ShapeText {
			if strings.TrimSpace(s.Text) != "" {
				minPx = math.Min(minPx, s.Font.Size*96/72)
			}
			continue
		}
		for _, p := range s.Points {
			x0, y0, x1, y1 = math.Min(x0, p.X-s.RX), math.Min(y0, p.Y-s.RY), math.Max(x1, p.X+s.RX), math.Max(y1, p.Y+s.RY)
		}
	}
	return minPx, rect{x0, y0, x1 - x0, y1 - y0}
}

// TestReadableSlides lays large answers out on a 1920x1080 slide: every
// label of the diagram must be drawn at 14 pixels or more, the diagram must
// use most of the room the page leaves it, and what was grouped to get
// there must be said.
func TestReadableSlides(t *testing.T) {
	r := newTestRenderer(t)
	ctx := context.Background()
	body := DefaultOptions()
	body.BodyOnly = true
	body.Width, body.Height = 1376, 700 // the diagram box of a briefing slide
	tests := []struct {
		name      string
		sg        graph.Subgraph
		opt       Options
		wantNote  bool
		wantShare float64 // of the room the page leaves the body
	}{
		{"300 entities, slide", stars(300, 40), DefaultOptions(), true, 0.6},
		{"300 entities, body only", stars(300, 40), body, true, 0.6},
		{"60 entities", stars(60, 20), DefaultOptions(), true, 0.3},
		{"medium", medium(), DefaultOptions(), true, 0.3},
		{"who targeted", attributed(), DefaultOptions(), false, 0.3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := r.Layout(ctx, tt.sg, tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			minPx, got := bodyText(d)
			if minPx < 14 {
				t.Errorf("got smallest label %.1f px, want at least 14", minPx)
			}
			dg, err := r.diagram(ctx, tt.sg, tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			room := dg.page.box
			if share := got.w * got.h / (room.w * room.h); share < tt.wantShare && got.w < 0.95*room.w && got.h < 0.95*room.h {
				t.Errorf("got a %.0fx%.0f pt diagram in %.0fx%.0f pt of room (%.0f%%), want it to fill one side or at least %.0f%%",
					got.w, got.h, room.w, room.h, 100*share, 100*tt.wantShare)
			}
			if (d.Note != "") != tt.wantNote {
				t.Errorf("got note %q, want one: %v", d.Note, tt.wantNote)
			}
			if d.Note != "" && !tt.opt.BodyOnly {
				var sub string
				for _, s := range d.Shapes {
					if s.Role == "subtitle" {
						sub = s.Text
					}
				}
				if !strings.Contains(sub, "groups)") {
					t.Errorf("got subtitle %q, want it to say how many entities are in groups", sub)
				}
			}
			if tt.opt.BodyOnly {
				for _, s := range d.Shapes {
					if s.Role != "node" && s.Role != "edge" {
						t.Errorf("body only: got a %s shape with role %q", s.Kind, s.Role)
						break
					}
				}
			}
		})
	}
}

// TestLayoutDeterministic: the same input gives the same picture, whatever
// the order of its nodes and edges.
func TestLayoutDeterministic(t *testing.T) {
	r := newTestRenderer(t)
	ctx := context.Background()
	a := stars(300, 40)
	b := stars(300, 40)
	for i, j := 0, len(b.Nodes)-1; i < j; i, j = i+1, j-1 {
		b.Nodes[i], b.Nodes[j] = b.Nodes[j], b.Nodes[i]
	}
	for i, j := 0, len(b.Edges)-1; i < j; i, j = i+1, j-1 {
		b.Edges[i], b.Edges[j] = b.Edges[j], b.Edges[i]
	}
	da, err := r.Layout(ctx, a, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	db, err := r.Layout(ctx, b, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(da, db) {
		t.Errorf("got different drawings for the same subgraph in another order")
	}
}

// TestMaxLeavesWins: a limit the user sets turns automatic grouping off.
func TestMaxLeavesWins(t *testing.T) {
	r := newTestRenderer(t)
	opt := DefaultOptions()
	opt.MaxLeaves = 3
	d, err := r.Layout(context.Background(), stars(60, 20), opt)
	if err != nil {
		t.Fatal(err)
	}
	if d.Note != "" {
		t.Errorf("got note %q, want none with MaxLeaves set", d.Note)
	}
	more := 0
	for _, s := range d.Shapes {
		if s.Kind == ShapeText && strings.HasPrefix(s.Text, "+") && strings.HasSuffix(s.Text, " more") {
			more++
		}
	}
	if more == 0 {
		t.Errorf("got no \"+N more\" node with MaxLeaves 3")
	}
}

func TestGrouped(t *testing.T) {
	base := newView(attributed(), DefaultOptions())
	names := func(v view) []string {
		var out []string
		for _, n := range v.nodes {
			out = append(out, n.name)
		}
		return out
	}
	// Level 2: the four actors attributed to Northland make a table, and
	// Northland, named by it, leaves the diagram; the pairs stay nodes.
	v, folded, groups := base.grouped(2)
	if folded != 4 || groups != 1 {
		t.Fatalf("level 2: got %d folded in %d groups, want 4 in 1", folded, groups)
	}
	var g *vnode
	for i := range v.nodes {
		if v.nodes[i].group != nil {
			g = &v.nodes[i]
		}
	}
	if g == nil || g.group.sub != "attributed to Northland" || !reflect.DeepEqual(g.group.names, []string{"Group 1", "Group 2", "Group 3", "Group 4"}) {
		t.Fatalf("level 2: got group %+v, want the four Northland actors", g)
	}
	for _, n := range names(v) {
		if n == "Northland" {
			t.Errorf("level 2: got Northland still drawn, want it named by its group only")
		}
	}
	// Level 3: one box for every leaf of the ministry, a row per group;
	// Southland, also targeted, stays with an attribution edge from the box.
	v, folded, groups = base.grouped(3)
	if folded != 8 || groups != 1 {
		t.Fatalf("level 3: got %d folded in %d groups, want 8 in 1", folded, groups)
	}
	want := []string{"Ministry of Defence", "Outsider", "Southland", "8 threat actors"}
	got := names(v)
	for _, w := range want {
		if !strings.Contains(strings.Join(got, "|"), w) {
			t.Errorf("level 3: got nodes %q, want %q among them", got, w)
		}
	}
	var attr, targeted int
	for _, e := range v.edges {
		if strings.HasPrefix(e.source, "group:") {
			switch e.typ {
			case graph.AttributedTo:
				attr++
			case graph.Targeted:
				targeted++
			}
		}
	}
	if attr != 1 || targeted != 1 {
		t.Errorf("level 3: got %d attribution and %d targeted edges from the box, want 1 and 1", attr, targeted)
	}
	for _, n := range v.nodes {
		if n.group != nil {
			var rows []string
			for _, r := range n.group.rows {
				rows = append(rows, r.count+" / "+r.rel)
			}
			wantRows := []string{"4 threat actors / attributed to Northland", "2 threat actors / attributed to Southland", "2 threat actors / "}
			if !reflect.DeepEqual(rows, wantRows) {
				t.Errorf("level 3: got rows %q, want %q", rows, wantRows)
			}
		}
	}
}

// TestStandaloneDOT: the DOT a user saves draws, with Graphviz alone, the
// title, a key of the kinds and types, and the numbered sources.
func TestStandaloneDOT(t *testing.T) {
	r := newTestRenderer(t)
	dot := DOT(sample(), DefaultOptions())
	out, err := r.run(context.Background(), dot, "dot", "svg")
	if err != nil {
		t.Fatalf("graphviz: %v", err)
	}
	svg := string(out)
	for _, want := range []string{"APT40 targeting in Cambodia", "9 entities", "Threat actor", "attributed to", "[1] Chinese espionage group targets Cambodia", "[2] Leviathan"} {
		if !strings.Contains(svg, ">"+xmlEscape(want)) {
			t.Errorf("got SVG without the text %q", want)
		}
	}
	plain := Options{}
	if strings.Contains(string(DOT(sample(), plain)), "cluster_key") {
		t.Errorf("got a key without legend and sources")
	}
}

func TestLegend(t *testing.T) {
	got := Legend(sample(), "dark")
	var labels []string
	for _, e := range got {
		labels = append(labels, e.Label)
	}
	want := []string{"Threat actor", "Organization", "Country", "Malware", "targeted", "attributed to", "uses"}
	if !reflect.DeepEqual(labels, want) {
		t.Fatalf("got %q, want %q", labels, want)
	}
	th := themeFor("dark")
	if e := got[0]; e.Fill != th.node(graph.ThreatActor).fill || e.Shape != "hexagon" || e.Line() {
		t.Errorf("got threat actor entry %+v, want the dark theme's hexagon", e)
	}
	if e := got[5]; e.Stroke != th.edge(graph.AttributedTo).color || e.Style != "dashed" || !e.Line() {
		t.Errorf("got attributed-to entry %+v, want the dark theme's dashed line", e)
	}
}

// TestMutualLeaves: two actors joined only to each other (and each to its
// country) would each be the other's leaf; both stay, whatever the order.
func TestMutualLeaves(t *testing.T) {
	var b graph.Builder
	ev := []graph.Evidence{{Report: graph.ReportRef{ID: "report:m"}, Sentence: "s"}}
	x := graph.NewNode(graph.ThreatActor, "Group X")
	y := graph.NewNode(graph.ThreatActor, "Group Y")
	cx := graph.NewNode(graph.Country, "Xland")
	cy := graph.NewNode(graph.Country, "Yland")
	for _, n := range []graph.Node{x, y, cx, cy} {
		b.AddNode(n)
	}
	b.AddEdge(graph.Edge{Type: graph.RelatedTo, Source: x.ID, Target: y.ID, Evidence: ev})
	b.AddEdge(graph.Edge{Type: graph.AttributedTo, Source: x.ID, Target: cx.ID, Evidence: ev})
	b.AddEdge(graph.Edge{Type: graph.AttributedTo, Source: y.ID, Target: cy.ID, Evidence: ev})
	v := newView(b.Subgraph("mutual"), DefaultOptions())
	for i := 0; i < 20; i++ {
		leaves := findLeaves(&v)
		if _, ok := leaves[x.ID]; ok {
			t.Fatalf("got %s as a leaf of %s, want neither folded into the other", x.ID, leaves[x.ID].hub)
		}
		if _, ok := leaves[y.ID]; ok {
			t.Fatalf("got %s as a leaf of %s, want neither folded into the other", y.ID, leaves[y.ID].hub)
		}
	}
}
