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
	title     string
	nodes     []vnode
	edges     []vedge
	sources   []graph.ReportRef // footnote order: source n is sources[n-1]
	kinds     []graph.Kind      // kinds present, in graph.Kinds order
	types     []graph.RelType   // relationship types present, in graph.RelTypes order
	direction string
	large     bool
}

type vnode struct {
	id      string
	kind    graph.Kind
	name    string
	aka     []string // aliases to show under the name
	aliases []string // every alias, for tooltips
	matched bool
	more    int // > 0: this node stands for that many collapsed leaves
}

type vedge struct {
	typ         graph.RelType
	source      string
	target      string
	reports     int
	refs        []int // source numbers
	first, last string
}

// largeGraph is the node count past which layout settings favour speed.
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
	v.large = len(v.nodes) > largeGraph
	v.direction = strings.ToUpper(opt.Direction)
	if v.direction != "LR" && v.direction != "TB" {
		v.direction = chooseDirection(v.nodes, v.edges)
	}
	return v
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

// chooseDirection picks LR or TB from a rough estimate of the layered
// drawing: ranks from longest paths, and the widest rank. The direction
// whose estimate would be drawn larger on a slide wins; LR wins ties (and
// small graphs, which reach the upscale limit either way), since it keeps
// edge labels between columns.
func chooseDirection(nodes []vnode, edges []vedge) string {
	if len(nodes) == 0 {
		return "LR"
	}
	ranks := layerRanks(nodes, edges)
	count := map[int]int{}
	maxRank, widest := 0, 0
	for _, r := range ranks {
		count[r]++
		if r > maxRank {
			maxRank = r
		}
	}
	for _, c := range count {
		if c > widest {
			widest = c
		}
	}
	nr, w := float64(maxRank+1), float64(widest)
	// Typical sizes in points: a node is about 150x45; LR ranks are spaced
	// wider to leave room for edge labels. The box is a slide's body area.
	fit := func(width, height float64) float64 {
		return math.Min(maxUpscale, math.Min(1390/width, 620/height))
	}
	lr := fit(nr*150+(nr-1)*110, w*45+(w-1)*20)
	tb := fit(w*150+(w-1)*20, nr*40+(nr-1)*50)
	if tb > lr*1.15 {
		return "TB"
	}
	return "LR"
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
