package render

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/graph"
)

// view is a subgraph prepared for drawing: display labels chosen, leaves
// collapsed, sources numbered. Everything in it is sorted.
type view struct {
	title   string
	nodes   []vnode
	edges   []vedge
	sources []graph.ReportRef // footnote order: source n is sources[n-1]
	kinds   []graph.Kind      // kinds present, in graph.Kinds order
	types   []graph.RelType   // relationship types present, in graph.RelTypes order
	plan
	large bool // past largeGraph nodes: no edge labels
	// folded entities are drawn inside groups, of which there are groups
	// (see grouped).
	folded, groups int
	// entities and relationships count the subgraph, whatever is drawn.
	entities, relationships int
}

// note says how many entities are drawn inside groups, or "".
func (v view) note() string {
	if v.groups == 0 {
		return ""
	}
	return fmt.Sprintf("%d in %d %s", v.folded, v.groups, pluralWord(v.groups, "group", "groups"))
}

type vnode struct {
	id      string
	kind    graph.Kind
	name    string
	aka     []string // aliases to show under the name
	aliases []string // every alias, for tooltips
	matched bool
	more    int     // > 0: this node stands for that many collapsed leaves
	group   *vgroup // a group of leaves drawn as one node (see grouped)
}

type vedge struct {
	typ         graph.RelType
	source      string
	target      string
	reports     int
	refs        []int // source numbers
	first, last string
	undirected  bool // a group's edge that stands for edges both ways
	nolabel     bool // a group's edge whose box says what the label would
}

// largeGraph is the node count past which edge labels are left out: edge
// types are then told by colour and line style (see the legend), and SVG
// tooltips carry the counts.
const largeGraph = 120

func newView(sg graph.Subgraph, opt Options) view {
	v := view{title: opt.Title}
	if v.title == "" {
		v.title = sg.Title
	}
	v.sources = sg.Reports()
	num := make(map[string]int, len(v.sources))
	for i, r := range v.sources {
		num[r.ID] = i + 1
	}
	matched := map[string]bool{}
	for _, id := range sg.Matched {
		matched[id] = true
	}
	sentences := evidenceText(sg)

	nodes := map[string]*vnode{}
	for _, n := range sg.Nodes {
		vn := &vnode{id: n.ID, kind: n.Kind, name: n.Name, aliases: n.Aliases, matched: matched[n.ID]}
		if vn.name == "" {
			vn.name = n.ID
		}
		if n.Kind == graph.ThreatActor {
			vn.aka = pickAliases(n, sentences)
		}
		nodes[n.ID] = vn
	}
	var edges []vedge
	for _, e := range sg.Edges {
		if nodes[e.Source] == nil || nodes[e.Target] == nil {
			continue
		}
		ve := vedge{typ: e.Type, source: e.Source, target: e.Target}
		for _, id := range e.ReportIDs() {
			ve.refs = append(ve.refs, num[id])
		}
		sort.Ints(ve.refs)
		ve.reports = len(ve.refs)
		ve.first, ve.last = e.DateRange()
		edges = append(edges, ve)
	}
	v.entities, v.relationships = len(nodes), len(edges)
	if opt.MaxLeaves > 0 {
		edges = collapseLeaves(nodes, edges, opt.MaxLeaves)
	}

	kindSet, typeSet := map[graph.Kind]bool{}, map[graph.RelType]bool{}
	for _, n := range nodes {
		v.nodes = append(v.nodes, *n)
		kindSet[n.kind] = true
	}
	sort.Slice(v.nodes, func(i, j int) bool { return v.nodes[i].id < v.nodes[j].id })
	sort.Slice(edges, func(i, j int) bool { return edgeLess(edges[i], edges[j]) })
	v.edges = edges
	for _, e := range edges {
		typeSet[e.typ] = true
	}
	for _, k := range graph.Kinds() {
		if kindSet[k] {
			v.kinds = append(v.kinds, k)
		}
	}
	for _, k := range sortedKinds(kindSet) {
		if !k.Valid() {
			v.kinds = append(v.kinds, k)
		}
	}
	for _, t := range graph.RelTypes() {
		if typeSet[t] {
			v.types = append(v.types, t)
		}
	}
	v.plan = planLayout(v.nodes, v.edges, direction(opt), len(v.nodes) <= largeGraph)
	v.large = len(v.nodes) > largeGraph
	return v
}

// engine is the Graphviz layout engine of the view's plan.
func (p plan) engine() string {
	if p.sfdp {
		return "sfdp"
	}
	return "dot"
}

// edgeLabels reports whether any edge is drawn with a label.
func (v view) edgeLabels() bool {
	if v.large {
		return false
	}
	for _, e := range v.edges {
		if !e.nolabel {
			return true
		}
	}
	return false
}

// direction returns opt's direction when it is LR or TB, else "".
func direction(opt Options) string {
	if d := strings.ToUpper(opt.Direction); d == "LR" || d == "TB" {
		return d
	}
	return ""
}

func sortedKinds(set map[graph.Kind]bool) []graph.Kind {
	out := make([]graph.Kind, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

func edgeLess(a, b vedge) bool {
	if a.source != b.source {
		return a.source < b.source
	}
	if a.target != b.target {
		return a.target < b.target
	}
	return a.typ < b.typ
}

// evidenceText is every evidence sentence of the subgraph, lower-cased.
func evidenceText(sg graph.Subgraph) string {
	var b strings.Builder
	for _, e := range sg.Edges {
		for _, ev := range e.Evidence {
			b.WriteString(strings.ToLower(ev.Sentence))
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// pickAliases chooses up to three aliases to show under a threat actor's
// name: those the subgraph's evidence uses first (the audience reads those
// names in the sources), then the rest in order, stopping before the line
// grows long. Aliases that differ from the name only in spacing or case are
// skipped.
func pickAliases(n graph.Node, sentences string) []string {
	type cand struct {
		alias string
		cited bool
		pos   int
	}
	self := squashName(n.Name)
	var cs []cand
	for i, a := range n.Aliases {
		a = strings.TrimSpace(a)
		if a == "" || squashName(a) == self {
			continue
		}
		cs = append(cs, cand{a, mentions(sentences, strings.ToLower(a)), i})
	}
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].cited != cs[j].cited {
			return cs[i].cited
		}
		return cs[i].pos < cs[j].pos
	})
	var out []string
	total := 0
	for _, c := range cs {
		if len(out) == 3 || (len(out) > 0 && total+len(c.alias) > 30) {
			break
		}
		out = append(out, c.alias)
		total += len(c.alias) + 2
	}
	return out
}

func squashName(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// mentions reports whether word occurs in text not inside a longer word.
func mentions(text, word string) bool {
	if word == "" {
		return false
	}
	for i := 0; ; {
		j := strings.Index(text[i:], word)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(word)
		if !wordByteBefore(text, start) && !wordByteAt(text, end) {
			return true
		}
		i = start + 1
	}
}

func wordByteBefore(s string, i int) bool {
	if i == 0 {
		return false
	}
	r := rune(s[i-1])
	return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

func wordByteAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r := rune(s[i])
	return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// collapseLeaves replaces, for each node, the leaves joined to it by one
// relationship type in one direction past max with a single "+N more" node.
// A leaf is a node with exactly one edge that the question did not name.
func collapseLeaves(nodes map[string]*vnode, edges []vedge, max int) []vedge {
	degree := map[string]int{}
	for _, e := range edges {
		degree[e.source]++
		degree[e.target]++
	}
	type groupKey struct {
		hub string
		typ graph.RelType
		out bool // the leaf is the target
	}
	groups := map[groupKey][]int{}
	for i, e := range edges {
		if e.source == e.target {
			continue
		}
		if degree[e.target] == 1 && !nodes[e.target].matched && degree[e.source] > 1 {
			k := groupKey{e.source, e.typ, true}
			groups[k] = append(groups[k], i)
		} else if degree[e.source] == 1 && !nodes[e.source].matched && degree[e.target] > 1 {
			k := groupKey{e.target, e.typ, false}
			groups[k] = append(groups[k], i)
		}
	}
	drop := map[int]bool{}
	var added []vedge
	for k, idx := range groups {
		if len(idx) <= max {
			continue
		}
		leaf := func(i int) *vnode {
			if k.out {
				return nodes[edges[i].target]
			}
			return nodes[edges[i].source]
		}
		sort.Slice(idx, func(a, b int) bool {
			ea, eb := edges[idx[a]], edges[idx[b]]
			if ea.reports != eb.reports {
				return ea.reports > eb.reports
			}
			na, nb := leaf(idx[a]), leaf(idx[b])
			if na.name != nb.name {
				return na.name < nb.name
			}
			return na.id < nb.id
		})
		rest := idx[max:]
		kinds := map[graph.Kind]int{}
		refs := map[int]bool{}
		me := vedge{typ: k.typ}
		for _, i := range rest {
			n := leaf(i)
			kinds[n.kind]++
			for _, r := range edges[i].refs {
				refs[r] = true
			}
			me.first, me.last = widen(me.first, me.last, edges[i].first, edges[i].last)
			drop[i] = true
			delete(nodes, n.id)
		}
		dir := "in"
		if k.out {
			dir = "out"
		}
		id := "more:" + k.hub + ":" + string(k.typ) + ":" + dir
		kind, mixed := commonKind(kinds)
		more := &vnode{id: id, kind: kind, more: len(rest)}
		more.name = fmt.Sprintf("+%d more %s", len(rest), plural(kind, len(rest), mixed))
		nodes[id] = more
		for r := range refs {
			me.refs = append(me.refs, r)
		}
		sort.Ints(me.refs)
		me.reports = len(me.refs)
		if k.out {
			me.source, me.target = k.hub, id
		} else {
			me.source, me.target = id, k.hub
		}
		added = append(added, me)
	}
	var out []vedge
	for i, e := range edges {
		if !drop[i] {
			out = append(out, e)
		}
	}
	return append(out, added...)
}

func widen(first, last, f, l string) (string, string) {
	if f != "" && (first == "" || f < first) {
		first = f
	}
	if l != "" && (last == "" || l > last) {
		last = l
	}
	return first, last
}

// commonKind returns the most frequent kind (ties by name) and whether the
// counts mixed several kinds.
func commonKind(kinds map[graph.Kind]int) (graph.Kind, bool) {
	var best graph.Kind
	for k, n := range kinds {
		if best == "" || n > kinds[best] || (n == kinds[best] && k < best) {
			best = k
		}
	}
	return best, len(kinds) > 1
}

func plural(k graph.Kind, n int, mixed bool) string {
	if mixed {
		return "entities"
	}
	words := map[graph.Kind][2]string{
		graph.ThreatActor:    {"threat actor", "threat actors"},
		graph.Organization:   {"organization", "organizations"},
		graph.Person:         {"person", "people"},
		graph.Sector:         {"sector", "sectors"},
		graph.Country:        {"country", "countries"},
		graph.Campaign:       {"campaign", "campaigns"},
		graph.Malware:        {"malware", "malware"},
		graph.Tool:           {"tool", "tools"},
		graph.Infrastructure: {"infrastructure", "infrastructure"},
		graph.Report:         {"report", "reports"},
	}
	w, ok := words[k]
	if !ok {
		w = [2]string{"entity", "entities"}
	}
	if n == 1 {
		return w[0]
	}
	return w[1]
}

// plan is how the layered layout will be drawn: the direction, and how
// many ranks the leaves of one node are spread over (Graphviz's unflatten
// -l: leaf edges get minimum lengths 1, 2, ... stagger in turn), so that a
// node with dozens of leaves makes a block rather than one endless column.
type plan struct {
	direction string
	stagger   int
	minlen    map[int]int // edge index -> minimum length, for staggered leaf edges
	// grid lays several connected components out as a grid: components
	// are chained by invisible edges, each to the one grid places before,
	// into grid chains (columns top to bottom, rows left to right). It is
	// 0 for one component. (Graphviz's own packing loses edge labels.)
	grid int
	// sfdp draws the view force-directed, straight edges without labels:
	// the last resort for hundreds of entities that nothing groups, which
	// a layered drawing would make a thin band.
	sfdp bool
}

// maxStagger bounds the stagger tried.
const maxStagger = 8

// planLayout estimates the layered drawing for each direction and stagger
// and keeps the one that would be drawn largest on a slide. LR wins ties
// (and small graphs, which reach the upscale limit either way), since it
// keeps edge labels between columns; so does no stagger. A direction given
// in dir ("LR" or "TB") is kept.
func planLayout(nodes []vnode, edges []vedge, dir string, labels bool) plan {
	p := planLayered(nodes, edges, dir, labels)
	if k := components(nodes, edges); k > 1 {
		p.grid = int(math.Ceil(math.Sqrt(float64(k))))
	}
	return p
}

func planLayered(nodes []vnode, edges []vedge, dir string, labels bool) plan {
	best := plan{direction: "LR", stagger: 1}
	if dir == "TB" {
		best.direction = "TB"
	}
	if len(nodes) == 0 {
		return best
	}

	base, leaves := leafGroups(nodes, edges)
	bestScale := 0.0
	for _, d := range []string{"LR", "TB"} {
		if dir != "" && d != dir {
			continue
		}
		for l := 1; l <= maxStagger; l++ {
			minlen := staggered(leaves, l)
			sc := estimateScale(nodes, edges, base, minlen, d, labels)
			// Prefer the simpler drawing unless the other is clearly larger.
			if sc > bestScale*1.1 {
				best, bestScale = plan{direction: d, stagger: l, minlen: minlen}, sc
			}
			if l > 1 && len(minlen) == 0 {
				break
			}
		}
	}
	return best
}

// leafGroups returns the edges between non-leaves, and, per node, the
// indexes of the edges that join it to its leaves (nodes with one edge),
// in a fixed order: by relationship type, kind and name of the leaf.
func leafGroups(nodes []vnode, edges []vedge) (map[int]bool, [][]int) {
	degree := map[string]int{}
	for _, e := range edges {
		degree[e.source]++
		degree[e.target]++
	}
	byID := map[string]vnode{}
	for _, n := range nodes {
		byID[n.id] = n
	}
	base := map[int]bool{}
	groups := map[string][]int{}
	for i, e := range edges {
		switch {
		case e.source != e.target && degree[e.target] == 1 && degree[e.source] > 1:
			groups[e.source] = append(groups[e.source], i)
		case e.source != e.target && degree[e.source] == 1 && degree[e.target] > 1:
			groups[e.target] = append(groups[e.target], i)
		default:
			base[i] = true
		}
	}
	hubs := make([]string, 0, len(groups))
	for h := range groups {
		hubs = append(hubs, h)
	}
	sort.Strings(hubs)
	var out [][]int
	for _, h := range hubs {
		g := groups[h]
		leaf := func(i int) vnode {
			if edges[i].source == h {
				return byID[edges[i].target]
			}
			return byID[edges[i].source]
		}
		sort.Slice(g, func(a, b int) bool {
			ea, eb := edges[g[a]], edges[g[b]]
			if ea.typ != eb.typ {
				return ea.typ < eb.typ
			}
			la, lb := leaf(g[a]), leaf(g[b])
			if la.kind != lb.kind {
				return la.kind < lb.kind
			}
			if la.name != lb.name {
				return la.name < lb.name
			}
			return la.id < lb.id
		})
		out = append(out, g)
	}
	return base, out
}

// staggered gives the leaf edges of each group minimum lengths 1..l in
// turn; groups too small to need it are left alone.
func staggered(groups [][]int, l int) map[int]int {
	out := map[int]int{}
	if l <= 1 {
		return out
	}
	for _, g := range groups {
		if len(g) <= l {
			continue
		}
		for k, i := range g {
			if m := 1 + k%l; m > 1 {
				out[i] = m
			}
		}
	}
	return out
}

// estimateScale guesses the size of the layered drawing and returns the
// scale at which it would fit a slide's body area.
func estimateScale(nodes []vnode, edges []vedge, base map[int]bool, minlen map[int]int, dir string, labels bool) float64 {
	var baseEdges []vedge
	for i, e := range edges {
		if base[i] {
			baseEdges = append(baseEdges, e)
		}
	}
	rank := layerRanks(nodes, baseEdges)
	// Leaves hang minlen ranks beyond their node.
	for i, e := range edges {
		if base[i] {
			continue
		}
		m := minlen[i]
		if m == 0 {
			m = 1
		}
		if e.source != e.target {
			if leafIsTarget(e, edges) {
				rank[e.target] = rank[e.source] + m
			} else {
				rank[e.source] = rank[e.target] - m
			}
		}
	}
	lo, hi := 0, 0
	for _, r := range rank {
		lo, hi = min(lo, r), max(hi, r)
	}
	real := make([]float64, hi-lo+1)
	virtual := make([]float64, hi-lo+1)
	for _, r := range rank {
		real[r-lo]++
	}
	for _, e := range edges {
		a, b := rank[e.source]-lo, rank[e.target]-lo
		if a > b {
			a, b = b, a
		}
		for r := a + 1; r < b; r++ {
			virtual[r]++
		}
	}
	nr := float64(len(real))
	// Typical sizes in points: a node is about 150x40; in LR, ranks are
	// spaced wider when edge labels sit between them.
	gap := 50.0
	if labels {
		gap = 110
	}
	var w, h float64
	for r := range real {
		if dir == "LR" {
			h = max(h, real[r]*40+max(real[r]-1, 0)*18+virtual[r]*12)
		} else {
			w = max(w, real[r]*150+max(real[r]-1, 0)*18+virtual[r]*14)
		}
	}
	if dir == "LR" {
		w = nr*150 + (nr-1)*gap
	} else {
		h = nr*40 + (nr-1)*45
	}
	return math.Min(maxUpscale, math.Min(1390/max(w, 1), 620/max(h, 1)))
}

// componentList returns the connected components, each as its node ids in
// order: those with an entity the question named first, then by their first
// id.
func componentList(nodes []vnode, edges []vedge) [][]string {
	parent := make(map[string]string, len(nodes))
	var find func(string) string
	find = func(x string) string {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for _, n := range nodes {
		parent[n.id] = n.id
	}
	for _, e := range edges {
		_, ok1 := parent[e.source]
		_, ok2 := parent[e.target]
		if ok1 && ok2 {
			if a, b := find(e.source), find(e.target); a != b {
				parent[a] = b
			}
		}
	}
	byRoot := map[string]int{}
	var comps [][]string
	matched := map[int]bool{}
	for _, n := range nodes { // nodes are sorted by id
		r := find(n.id)
		i, ok := byRoot[r]
		if !ok {
			i = len(comps)
			byRoot[r] = i
			comps = append(comps, nil)
		}
		comps[i] = append(comps[i], n.id)
		if n.matched {
			matched[i] = true
		}
	}
	order := make([]int, len(comps))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return matched[order[a]] && !matched[order[b]] })
	out := make([][]string, len(comps))
	for i, k := range order {
		out[i] = comps[k]
	}
	return out
}

// gridEdges are the invisible edges that lay components out as a grid of
// cols chains: from the last node of each component (the deepest in the
// layered order) to the first node of the component cols places after.
func gridEdges(nodes []vnode, edges []vedge, cols int) [][2]string {
	comps := componentList(nodes, edges)
	if cols <= 0 || len(comps) <= cols {
		return nil
	}
	rank := layerRanks(nodes, edges)
	deg := map[string]int{}
	for _, e := range edges {
		deg[e.source]++
		deg[e.target]++
	}
	first := func(c []string) string {
		best := c[0]
		for _, id := range c[1:] {
			if rank[id] < rank[best] || (rank[id] == rank[best] && deg[id] > deg[best]) {
				best = id
			}
		}
		return best
	}
	last := func(c []string) string {
		best := c[0]
		for _, id := range c[1:] {
			if rank[id] > rank[best] || (rank[id] == rank[best] && deg[id] > deg[best]) {
				best = id
			}
		}
		return best
	}
	var out [][2]string
	for i := cols; i < len(comps); i++ {
		out = append(out, [2]string{last(comps[i-cols]), first(comps[i])})
	}
	return out
}

// components counts the connected components.
func components(nodes []vnode, edges []vedge) int {
	parent := make(map[string]string, len(nodes))
	var find func(string) string
	find = func(x string) string {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for _, n := range nodes {
		parent[n.id] = n.id
	}
	n := len(nodes)
	for _, e := range edges {
		if _, ok := parent[e.source]; !ok {
			continue
		}
		if _, ok := parent[e.target]; !ok {
			continue
		}
		if a, b := find(e.source), find(e.target); a != b {
			parent[a] = b
			n--
		}
	}
	return n
}

func leafIsTarget(e vedge, edges []vedge) bool {
	n := 0
	for _, f := range edges {
		if f.source == e.target || f.target == e.target {
			n++
		}
	}
	return n == 1
}

// layerRanks assigns each node the length of the longest path reaching it,
// after dropping the edges that close cycles (found by a depth-first search
// in id order, so the result is deterministic).
func layerRanks(nodes []vnode, edges []vedge) map[string]int {
	adj := map[string][]string{}
	for _, e := range edges {
		adj[e.source] = append(adj[e.source], e.target)
	}
	for k := range adj {
		sort.Strings(adj[k])
	}
	state := map[string]int{} // 1 on stack, 2 done
	var order []string        // reverse post-order = topological order of the DAG
	type frame struct {
		id string
		i  int
	}
	for _, n := range nodes {
		if state[n.id] != 0 {
			continue
		}
		stack := []frame{{n.id, 0}}
		state[n.id] = 1
		for len(stack) > 0 {
			top := &stack[len(stack)-1]
			if top.i < len(adj[top.id]) {
				next := adj[top.id][top.i]
				top.i++
				if state[next] == 0 {
					state[next] = 1
					stack = append(stack, frame{next, 0})
				}
				continue
			}
			state[top.id] = 2
			order = append(order, top.id)
			stack = stack[:len(stack)-1]
		}
	}
	pos := make(map[string]int, len(order))
	for i, id := range order {
		pos[id] = len(order) - 1 - i
	}
	rank := map[string]int{}
	for i := len(order) - 1; i >= 0; i-- {
		id := order[i]
		for _, next := range adj[id] {
			if pos[next] > pos[id] && rank[next] < rank[id]+1 {
				rank[next] = rank[id] + 1
			}
		}
	}
	for _, n := range nodes {
		if _, ok := rank[n.id]; !ok {
			rank[n.id] = 0
		}
	}
	return rank
}

// refList formats source numbers compactly: [1, 2] or [1–4, 7]; long lists
// end with an ellipsis.
func refList(refs []int) string {
	if len(refs) == 0 {
		return ""
	}
	var parts []string
	for i := 0; i < len(refs); {
		j := i
		for j+1 < len(refs) && refs[j+1] == refs[j]+1 {
			j++
		}
		switch {
		case j-i >= 2:
			parts = append(parts, strconv.Itoa(refs[i])+"–"+strconv.Itoa(refs[j]))
		case j == i+1:
			parts = append(parts, strconv.Itoa(refs[i]), strconv.Itoa(refs[j]))
		default:
			parts = append(parts, strconv.Itoa(refs[i]))
		}
		i = j + 1
	}
	if len(parts) > 4 {
		parts = append(parts[:4], "…")
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// dateRange formats an edge's evidence dates: one date, or first – last.
func dateRange(first, last string) string {
	switch {
	case first == "" && last == "":
		return ""
	case first == last || last == "":
		return first
	case first == "":
		return last
	}
	return first + " – " + last
}

// wrapWords breaks s into lines of at most width runes at spaces; a word
// longer than width stays whole.
func wrapWords(s string, width int) []string {
	words := strings.Fields(s)
	var lines []string
	cur := ""
	for _, w := range words {
		switch {
		case cur == "":
			cur = w
		case len([]rune(cur))+1+len([]rune(w)) <= width:
			cur += " " + w
		default:
			lines = append(lines, cur)
			cur = w
		}
	}
	if cur != "" || len(lines) == 0 {
		lines = append(lines, cur)
	}
	return lines
}

func sortInts(x []int) []int { sort.Ints(x); return x }

func sortStrings(x []string) { sort.Strings(x) }
