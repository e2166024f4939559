package render

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

// Font sizes in points, before the diagram is scaled to its page.
const (
	nodeFontSize  = 14
	akaFontSize   = 11
	edgeFontSize  = 11
	smallFontSize = 9
)

// DOT returns the Graphviz DOT text of the diagram body: nodes styled by
// kind, edges labelled with their type and report count. It is pure Go and
// deterministic: the same subgraph and options give the same bytes. Every
// name is escaped, so any text yields valid DOT. The title, legend and
// sources footnote are composed around the body by SVG, PNG and Layout, so
// that they keep a readable size whatever the size of the graph.
func DOT(sg graph.Subgraph, opt Options) []byte {
	return writeDOT(newView(sg, opt), themeFor(opt.Theme), opt)
}

type attr struct {
	key, val string
	html     bool // val is an HTML-like label, written between < and >
}

func writeAttrs(b *bytes.Buffer, attrs []attr) {
	sort.Slice(attrs, func(i, j int) bool { return attrs[i].key < attrs[j].key })
	b.WriteString(" [")
	for i, a := range attrs {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(a.key)
		b.WriteByte('=')
		if a.html {
			b.WriteByte('<')
			b.WriteString(a.val)
			b.WriteByte('>')
		} else {
			b.WriteString(quoteDOT(a.val))
		}
	}
	b.WriteString("];\n")
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func writeDOT(v view, th theme, opt Options) []byte {
	var b bytes.Buffer
	b.WriteString("digraph \"actorgraph\" {\n")
	ranksep := "0.45"
	if v.direction == "LR" && !v.large {
		ranksep = "0.7" // room for edge labels between columns
	}
	g := []attr{
		{key: "bgcolor", val: th.bg},
		{key: "fontname", val: fontName},
		{key: "outputorder", val: "edgesfirst"},
		{key: "pad", val: num(padPt / 72)},
	}
	if v.engine == "dot" {
		g = append(g, attr{key: "nodesep", val: "0.25"}, attr{key: "rankdir", val: v.direction}, attr{key: "ranksep", val: ranksep})
		if v.large {
			// Bound the crossing-minimisation and network-simplex passes: a
			// few hundred nodes then lay out in about a second.
			g = append(g, attr{key: "mclimit", val: "0.3"}, attr{key: "nslimit", val: "2"}, attr{key: "searchsize", val: "10"})
		}
	} else {
		// Straight edges, overlaps removed by spreading the layout, which
		// is then stretched to a slide's 16:9.
		g = append(g, attr{key: "layout", val: v.engine}, attr{key: "overlap", val: "scale"}, attr{key: "ratio", val: "0.5625"},
			attr{key: "sep", val: "+4"}, attr{key: "splines", val: "false"})
	}
	b.WriteString("\tgraph")
	writeAttrs(&b, g)
	b.WriteString("\tnode")
	writeAttrs(&b, []attr{
		{key: "fontname", val: fontName},
		{key: "fontsize", val: num(nodeFontSize)},
		{key: "margin", val: "0.14,0.06"},
	})
	b.WriteString("\tedge")
	writeAttrs(&b, []attr{
		{key: "arrowsize", val: "0.8"},
		{key: "fontcolor", val: th.edgeLabel},
		{key: "fontname", val: fontName},
		{key: "fontsize", val: num(edgeFontSize)},
	})

	ids := dotIDs(v.nodes)
	names := map[string]string{}
	for _, n := range v.nodes {
		names[n.id] = n.name
	}
	for _, n := range v.nodes {
		st := th.node(n.kind)
		style := "filled"
		if st.rounded {
			style += ",rounded"
		}
		if n.more > 0 {
			style += ",dashed"
		}
		pen, border := 1.2, st.border
		if n.matched {
			pen, border = 3.5, th.matched
		}
		b.WriteByte('\t')
		b.WriteString(quoteDOT(ids[n.id]))
		attrs := []attr{
			{key: "color", val: border},
			{key: "fillcolor", val: st.fill},
			{key: "fontcolor", val: st.font},
			{key: "label", val: nodeLabel(n, st), html: true},
			{key: "penwidth", val: num(pen)},
			{key: "shape", val: st.shape},
			{key: "style", val: style},
			{key: "tooltip", val: nodeTooltip(n)},
		}
		if n.kind == graph.ThreatActor {
			// A hexagon pads its label generously; take some back.
			attrs = append(attrs, attr{key: "margin", val: "0.02,0.04"})
		}
		writeAttrs(&b, attrs)
	}
	for i, e := range v.edges {
		st := th.edge(e.typ)
		b.WriteByte('\t')
		b.WriteString(quoteDOT(ids[e.source]))
		b.WriteString(" -> ")
		b.WriteString(quoteDOT(ids[e.target]))
		attrs := []attr{
			{key: "color", val: st.color},
			{key: "penwidth", val: num(st.width)},
			{key: "style", val: st.style},
			{key: "tooltip", val: edgeTooltip(e, names, v.sources)},
		}
		if !v.large {
			attrs = append(attrs, attr{key: "label", val: edgeLabel(e, opt), html: true})
		}
		if m := v.minlen[i]; m > 1 {
			attrs = append(attrs, attr{key: "minlen", val: strconv.Itoa(m)})
		}
		writeAttrs(&b, attrs)
	}
	b.WriteString("}\n")
	return b.Bytes()
}

// padPt is the margin Graphviz leaves around the drawing, in points.
const padPt = 4.0

// dotIDs maps node ids to DOT node names. Ids are used as they are (so the
// SVG carries each node's id in its <title>), except that characters a DOT
// quoted string cannot carry verbatim (backslashes, control characters) are
// replaced; a replacement that collides gets a numeric suffix.
func dotIDs(nodes []vnode) map[string]string {
	out := make(map[string]string, len(nodes))
	used := map[string]bool{}
	for _, n := range nodes {
		used[n.id] = true
	}
	for _, n := range nodes {
		s := cleanText(n.id, false)
		s = strings.ReplaceAll(s, `\`, "/")
		if s != n.id {
			base := s
			for i := 2; used[s] || s == ""; i++ {
				s = base + "#" + strconv.Itoa(i)
			}
			used[s] = true
		}
		out[n.id] = s
	}
	return out
}

// quoteDOT writes s as a DOT quoted string. Graphviz reads escape sequences
// in labels and tooltips (\n, \N, \G...), so a backslash is doubled; a quote
// is escaped; a newline becomes \n.
func quoteDOT(s string) string {
	s = cleanText(s, true)
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// cleanText makes s safe to carry through DOT into XML: valid UTF-8, no
// control characters or XML-forbidden code points; tabs and carriage returns
// become spaces, newlines too unless keepNewlines.
func cleanText(s string, keepNewlines bool) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n' && keepNewlines:
			b.WriteRune(r)
		case r == '\n' || r == '\r' || r == '\t':
			b.WriteByte(' ')
		case unicode.IsControl(r), r == 0xFFFE, r == 0xFFFF, r == 0x200B:
			// dropped: not allowed in XML, or used as a marker below
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// htmlText escapes s for the text of a Graphviz HTML-like label. Graphviz
// halves runs of backslashes in such labels, so each is doubled. A line that
// ends in a backslash gets a zero-width space after it: Graphviz's JSON
// writer drops a trailing backslash, and the rasterizer strips the marker.
func htmlText(s string) string {
	s = cleanText(s, false)
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&quot;")
		case '\\':
			b.WriteString(`\\`)
		default:
			b.WriteRune(r)
		}
	}
	if strings.HasSuffix(s, `\`) {
		b.WriteString("\u200B")
	}
	return b.String()
}

func fontTag(size float64, text string) string {
	return `<FONT POINT-SIZE="` + num(size) + `">` + text + `</FONT>`
}

// nodeLabel is the node's name, wrapped, with a smaller "aka" line for
// threat actors; collapsed leaves read "+N more" over their kind.
func nodeLabel(n vnode, st nodeStyle) string {
	if n.more > 0 {
		head, rest, _ := strings.Cut(n.name, " more ")
		return "<B>" + htmlText(head+" more") + "</B><BR/>" + fontTag(akaFontSize, htmlText(rest))
	}
	lines := wrapWords(cleanText(n.name, false), 24)
	for i, l := range lines {
		lines[i] = htmlText(l)
	}
	label := strings.Join(lines, "<BR/>")
	if st.bold {
		label = "<B>" + label + "</B>"
	}
	if len(n.aka) > 0 {
		label += "<BR/>" + fontTag(akaFontSize, htmlText("aka "+strings.Join(n.aka, ", ")))
	}
	return label
}

func nodeTooltip(n vnode) string {
	s := string(n.kind) + ": " + n.name
	if len(n.aliases) > 0 {
		s += "\naka " + strings.Join(n.aliases, ", ")
	}
	return s
}

// edgeLabel is "TYPE (n)" with the cited source numbers in a smaller font
// and, when asked, the evidence date range on a second line.
func edgeLabel(e vedge, opt Options) string {
	label := htmlText(fmt.Sprintf("%s (%d)", e.typ, e.reports))
	if opt.Sources && len(e.refs) > 0 {
		label += " " + fontTag(smallFontSize, htmlText(refList(e.refs)))
	}
	if opt.DateRange {
		if d := dateRange(e.first, e.last); d != "" {
			label += "<BR/>" + fontTag(smallFontSize, htmlText(d))
		}
	}
	return label
}

func edgeTooltip(e vedge, names map[string]string, sources []graph.ReportRef) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s %s: %d %s", names[e.source], e.typ, names[e.target], e.reports, pluralWord(e.reports, "report", "reports"))
	for _, r := range e.refs {
		if r >= 1 && r <= len(sources) {
			fmt.Fprintf(&b, "\n[%d] %s", r, sourceTitle(sources[r-1]))
		}
	}
	return b.String()
}

func pluralWord(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// sourceTitle is a report's title, or its URL or id when it has none.
func sourceTitle(r graph.ReportRef) string {
	switch {
	case r.Title != "":
		return r.Title
	case r.URL != "":
		return r.URL
	}
	return r.ID
}
