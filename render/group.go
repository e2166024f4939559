package render

import (
	"fmt"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Automatic grouping keeps a diagram readable on its page: when drawing
// every entity as its own node would shrink the text below the smallest
// readable size, the leaves of each hub (entities joined to the rest of the
// diagram by one relationship only, apart from their attribution) are drawn
// together, in stages of increasing economy:
//
//  1. groups of 5 or more leaves of one kind, joined to one hub by one
//     relationship type, become one table listing their names;
//  2. such tables name at most 8 (groups of 4 or more; "+N more" for the
//     rest);
//  3. all the leaves of a hub are one table, a row per group: its kind and
//     count in the kind's colour, then up to 12 names as text, then
//  4. up to 4 names;
//  5. every group of 2 or more is one box with its count ("14 organizations");
//  6. all the leaves of a hub are one box of counts, a line per group.
//
// Leaves that are threat actors or campaigns attributed to a country are
// grouped per country ("attributed to China"), which also draws the
// attribution without an edge per actor. Within a table the names kept are
// those with the most reports (then by name), shown in alphabetical order.
// The entities the question matched are never grouped.
type groupLevel struct {
	minGroup int  // smallest group of leaves folded
	names    int  // names listed in a group's table; 0: count only
	perHub   bool // one box of counts per hub
}

var groupLevels = [...]groupLevel{
	{},
	{minGroup: 5, names: 24},
	{minGroup: 4, names: 8},
	{minGroup: 2, names: 12, perHub: true},
	{minGroup: 2, names: 4, perHub: true},
	{minGroup: 2},
	{minGroup: 2, perHub: true},
}

// vgroup is what a group node shows.
type vgroup struct {
	header string   // "19 countries"
	sub    string   // "attributed to China", or ""
	names  []string // the members named, alphabetical
	rest   int      // members not named
	rows   []grow   // a hub's box: one row per group
	all    []string // every member's name, for the tooltip
}

// grow is one row of a hub's box.
type grow struct {
	kind  graph.Kind
	count string // "13 threat actors"
	rel   string // "targeted by"
	attr  string // the country they are attributed to, or ""
	// verb and suffix make a row without names one line: "targeted" "5
	// countries" " (China)".
	verb, suffix string
	names        []string
	rest         int
}

// leafOf says how a leaf hangs off its hub: by edges[edge], and possibly
// attributed to a country by edges[attr] (-1 when not).
type leafOf struct {
	hub  string
	edge int
	attr int
}

// findLeaves returns the leaves of the view: nodes that the question did not
// name, joined by exactly one edge to a hub with other edges, plus at most
// one ATTRIBUTED_TO edge to a country.
func findLeaves(v *view) map[string]leafOf {
	byID := make(map[string]*vnode, len(v.nodes))
	for i := range v.nodes {
		byID[v.nodes[i].id] = &v.nodes[i]
	}
	inc := map[string][]int{}
	for i, e := range v.edges {
		if e.source == e.target {
			inc[e.source] = append(inc[e.source], i, i) // a loop: never a leaf
			continue
		}
		inc[e.source] = append(inc[e.source], i)
		inc[e.target] = append(inc[e.target], i)
	}
	cand := map[string]leafOf{}
	for _, n := range v.nodes {
		if n.matched || n.more > 0 || n.group != nil {
			continue
		}
		es := inc[n.id]
		main, attr := -1, -1
		ok := true
		for _, i := range es {
			e := v.edges[i]
			if e.typ == graph.AttributedTo && e.source == n.id && len(es) > 1 && attr < 0 && byID[e.target].kind == graph.Country {
				attr = i
				continue
			}
			if main >= 0 {
				ok = false
				break
			}
			main = i
		}
		if !ok || main < 0 {
			continue
		}
		e := v.edges[main]
		hub := e.source
		if hub == n.id {
			hub = e.target
		}
		if len(inc[hub]) < 2 {
			continue
		}
		cand[n.id] = leafOf{hub: hub, edge: main, attr: attr}
	}
	// A hub is never folded into its own leaf: two nodes that would fold
	// into each other both stay.
	var both []string
	for id, l := range cand {
		if _, ok := cand[l.hub]; ok {
			both = append(both, id)
		}
	}
	for _, id := range both {
		delete(cand, id)
	}
	return cand
}

// groupKey is one group of leaves: same hub, relationship type, direction,
// kind and attributed country.
type groupKey struct {
	hub  string
	typ  graph.RelType
	out  bool // the hub is the edge's source
	kind graph.Kind
	attr string // attributed country id, or ""
}

func (k groupKey) id() string {
	dir := "in"
	if k.out {
		dir = "out"
	}
	return "group:" + k.hub + ":" + string(k.typ) + ":" + dir + ":" + string(k.kind) + ":" + k.attr
}

func keyLess(a, b groupKey) bool {
	switch {
	case a.hub != b.hub:
		return a.hub < b.hub
	case a.typ != b.typ:
		return relOrder(a.typ) < relOrder(b.typ)
	case a.out != b.out:
		return a.out
	case a.kind != b.kind:
		return kindOrder(a.kind) < kindOrder(b.kind)
	}
	return a.attr < b.attr
}

// grouped returns a copy of v with its leaves grouped at level (see
// groupLevels), and the number of entities folded into groups and of group
// nodes. Level 0, or a level that finds nothing to group, returns v as it is.
func (v view) grouped(level int) (view, int, int) {
	if level <= 0 || level >= len(groupLevels) {
		return v, 0, 0
	}
	lv := groupLevels[level]
	leaves := findLeaves(&v)
	byID := make(map[string]vnode, len(v.nodes))
	for _, n := range v.nodes {
		byID[n.id] = n
	}
	groups := map[groupKey][]string{}
	for id, l := range leaves {
		e := v.edges[l.edge]
		k := groupKey{hub: l.hub, typ: e.typ, out: e.source == l.hub, kind: byID[id].kind}
		if l.attr >= 0 {
			k.attr = v.edges[l.attr].target
		}
		groups[k] = append(groups[k], id)
	}
	keys := make([]groupKey, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keyLess(keys[i], keys[j]) })

	// What folds into which group node.
	type fold struct {
		node  string // group node id
		key   groupKey
		ids   []string
		count int
	}
	var folds []fold
	if lv.perHub {
		byHub := map[string][]groupKey{}
		var hubs []string
		for _, k := range keys {
			if _, ok := byHub[k.hub]; !ok {
				hubs = append(hubs, k.hub)
			}
			byHub[k.hub] = append(byHub[k.hub], k)
		}
		for _, h := range hubs {
			n := 0
			for _, k := range byHub[h] {
				n += len(groups[k])
			}
			if n < lv.minGroup {
				continue
			}
			for _, k := range byHub[h] {
				folds = append(folds, fold{node: "group:" + h, key: k, ids: groups[k], count: n})
			}
		}
	} else {
		for _, k := range keys {
			if len(groups[k]) >= lv.minGroup {
				folds = append(folds, fold{node: k.id(), key: k, ids: groups[k], count: len(groups[k])})
			}
		}
	}
	if len(folds) == 0 {
		return v, 0, 0
	}

	out := v
	drop := map[int]bool{}
	gone := map[string]bool{}
	nodes := map[string]*vnode{}
	var order []string
	type agg struct {
		refs        map[int]bool
		first, last string
	}
	edgesOf := map[string]*vedge{} // group node + type + direction -> edge
	attrOf := map[string]*agg{}    // group node + country -> attribution refs
	var edgeOrder, attrOrder []string
	folded := 0
	for _, f := range folds {
		g := nodes[f.node]
		if g == nil {
			g = &vnode{id: f.node, kind: f.key.kind, group: &vgroup{}}
			if lv.perHub {
				g.kind = ""
			}
			nodes[f.node] = g
			order = append(order, f.node)
		}
		g.more += len(f.ids)
		folded += len(f.ids)
		names := memberNames(v, leaves, byID, f.ids, lv.names)
		if lv.perHub {
			row := grow{kind: f.key.kind, count: fmt.Sprintf("%d %s", len(f.ids), plural(f.key.kind, len(f.ids), false)), rel: relWords(f.key.typ, f.key.out)}
			if f.key.attr != "" {
				row.attr = byID[f.key.attr].name
			}
			if lv.names > 0 {
				row.names = names.shown
				row.rest = len(f.ids) - len(names.shown)
			}
			g.group.rows = append(g.group.rows, row)
		} else {
			g.group.header = fmt.Sprintf("%d %s", len(f.ids), plural(f.key.kind, len(f.ids), false))
			if f.key.attr != "" {
				g.group.sub = "attributed to " + byID[f.key.attr].name
			}
			if lv.names > 0 {
				g.group.names = names.shown
				g.group.rest = len(f.ids) - len(names.shown)
			}
			g.name = g.group.header
		}
		g.group.all = append(g.group.all, names.all...)
		g.aliases = nil

		// The edge between the hub and the group, and the attribution.
		ek := f.node + "\x00" + string(f.key.typ) + "\x00" + fmt.Sprint(f.key.out)
		if lv.perHub {
			ek = f.node
		}
		ge := edgesOf[ek]
		if ge == nil {
			ge = &vedge{typ: f.key.typ, source: f.key.hub, target: f.node}
			if !f.key.out {
				ge.source, ge.target = f.node, f.key.hub
			}
			edgesOf[ek] = ge
			edgeOrder = append(edgeOrder, ek)
		} else if lv.perHub {
			// One edge per hub: typed and directed when every row agrees.
			if ge.typ != f.key.typ {
				ge.typ = ""
			}
			if (ge.source == f.key.hub) != f.key.out {
				ge.source, ge.target = f.key.hub, f.node
				ge.undirected = true
			}
		}
		refs := map[int]bool{}
		for _, r := range ge.refs {
			refs[r] = true
		}
		var attrAgg *agg
		if f.key.attr != "" {
			ak := f.node + "\x00" + f.key.attr
			if attrAgg = attrOf[ak]; attrAgg == nil {
				attrAgg = &agg{refs: map[int]bool{}}
				attrOf[ak] = attrAgg
				attrOrder = append(attrOrder, ak)
			}
		}
		for _, id := range f.ids {
			l := leaves[id]
			e := v.edges[l.edge]
			drop[l.edge] = true
			for _, r := range e.refs {
				refs[r] = true
			}
			ge.first, ge.last = widen(ge.first, ge.last, e.first, e.last)
			if l.attr >= 0 {
				a := v.edges[l.attr]
				drop[l.attr] = true
				for _, r := range a.refs {
					attrAgg.refs[r] = true
				}
				attrAgg.first, attrAgg.last = widen(attrAgg.first, attrAgg.last, a.first, a.last)
			}
			gone[id] = true
		}
		ge.refs = ge.refs[:0]
		for r := range refs {
			ge.refs = append(ge.refs, r)
		}
		sort.Ints(ge.refs)
		ge.reports = len(ge.refs)
	}

	if lv.perHub {
		for _, id := range order {
			finishHubBox(nodes[id], edgesOf[id])
		}
	}
	var edges []vedge
	for i, e := range v.edges {
		if !drop[i] {
			edges = append(edges, e)
		}
	}
	for _, k := range edgeOrder {
		edges = append(edges, *edgesOf[k])
	}
	// Countries whose every edge was an attribution now folded are named by
	// their groups and leave the diagram; the others keep an edge from each
	// group attributed to them.
	left := map[string]int{}
	for _, e := range edges {
		left[e.source]++
		left[e.target]++
	}
	for _, k := range attrOrder {
		node, country, _ := strings.Cut(k, "\x00")
		if left[country] == 0 && !byID[country].matched {
			gone[country] = true
			continue
		}
		a := attrOf[k]
		e := vedge{typ: graph.AttributedTo, source: node, target: country, first: a.first, last: a.last}
		for r := range a.refs {
			e.refs = append(e.refs, r)
		}
		sort.Ints(e.refs)
		e.reports = len(e.refs)
		edges = append(edges, e)
	}
	out.nodes = nil
	for _, n := range v.nodes {
		if !gone[n.id] {
			out.nodes = append(out.nodes, n)
		}
	}
	for _, id := range order {
		g := nodes[id]
		sort.Strings(g.group.all)
		out.nodes = append(out.nodes, *g)
	}
	sort.Slice(out.nodes, func(i, j int) bool { return out.nodes[i].id < out.nodes[j].id })
	sort.Slice(edges, func(i, j int) bool { return edgeLess(edges[i], edges[j]) })
	out.edges = edges
	out.large = len(out.nodes) > largeGraph
	return out, folded, len(order)
}

// finishHubBox writes the header of a hub's box and orders its rows: by
// relationship, kind, then the largest groups first. When one relationship
// type joins the whole box to its hub, the edge says it and the rows do not.
func finishHubBox(g *vnode, e *vedge) {
	rows := g.group.rows
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		if a.rel != b.rel {
			return a.rel < b.rel
		}
		if a.kind != b.kind {
			return kindOrder(a.kind) < kindOrder(b.kind)
		}
		if len(a.names)+a.rest != len(b.names)+b.rest {
			return len(a.names)+a.rest > len(b.names)+b.rest
		}
		if (a.attr == "") != (b.attr == "") {
			return b.attr == "" // the unattributed last
		}
		return a.attr < b.attr
	})
	kind := rows[0].kind
	for _, r := range rows {
		if r.kind != kind {
			kind = ""
		}
	}
	for i := range rows {
		if e.typ == "" || e.undirected {
			rows[i].verb = rows[i].rel
		}
		if rows[i].attr != "" {
			rows[i].suffix = " (" + rows[i].attr + ")"
		}
		var parts []string
		if e.typ == "" || e.undirected {
			parts = append(parts, rows[i].rel)
		}
		if rows[i].attr != "" {
			parts = append(parts, "attributed to "+rows[i].attr)
		}
		rows[i].rel = strings.Join(parts, ", ")
	}
	if kind != "" {
		g.group.header = fmt.Sprintf("%d %s", g.more, plural(kind, g.more, false))
	} else {
		g.group.header = fmt.Sprintf("%d %s", g.more, pluralWord(g.more, "entity", "entities"))
	}
	g.name = g.group.header
	if e.typ == "" {
		// An edge of mixed types has no label to say; the box cites the
		// sources instead.
		e.nolabel = true
		if len(e.refs) > 0 {
			g.group.header += " " + refList(e.refs)
		}
	}
}

type memberList struct {
	shown []string // alphabetical
	all   []string
}

// memberNames picks the names a group shows: the limit members with the
// most reports on their edge to the hub (ties by name), alphabetical; all of
// them when only one more would be left out.
func memberNames(v view, leaves map[string]leafOf, byID map[string]vnode, ids []string, limit int) memberList {
	sorted := append([]string(nil), ids...)
	sort.Slice(sorted, func(i, j int) bool {
		a, b := sorted[i], sorted[j]
		ra, rb := v.edges[leaves[a].edge].reports, v.edges[leaves[b].edge].reports
		if ra != rb {
			return ra > rb
		}
		if byID[a].name != byID[b].name {
			return byID[a].name < byID[b].name
		}
		return a < b
	})
	var out memberList
	for _, id := range sorted {
		out.all = append(out.all, byID[id].name)
	}
	n := limit
	if len(sorted) <= limit+1 {
		n = len(sorted)
	}
	out.shown = append([]string(nil), out.all[:n]...)
	sort.Strings(out.shown)
	sort.Strings(out.all)
	return out
}

// relWords is a relationship seen from its hub: "targeted", "used",
// "targeted by".
func relWords(t graph.RelType, out bool) string {
	w := strings.ToLower(strings.ReplaceAll(string(t), "_", " "))
	if t == graph.Uses {
		w = "used"
	}
	if !out {
		switch t {
		case graph.Targeted:
			return "targeted by"
		case graph.Uses:
			return "used by"
		case graph.AttributedTo:
			return "attributed"
		case graph.PartOf:
			return "with part"
		case graph.LocatedIn:
			return "location of"
		}
	}
	return w
}

// kindOrder and relOrder sort kinds and types in the model's order, unknown
// ones last.
func kindOrder(k graph.Kind) int {
	for i, x := range graph.Kinds() {
		if x == k {
			return i
		}
	}
	return len(graph.Kinds())
}

func relOrder(t graph.RelType) int {
	for i, x := range graph.RelTypes() {
		if x == t {
			return i
		}
	}
	return len(graph.RelTypes())
}
