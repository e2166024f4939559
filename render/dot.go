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
	akaFontSize   = 12
	edgeFontSize  = 12
	smallFontSize = 12
	groupFontSize = 13
)

// DOT returns the Graphviz DOT text of the diagram as a document that
// stands alone: `dot -Tsvg` draws it with its title and subtitle above, and
// a key below (a sample of each kind and relationship type present, then
// the numbered sources the edges cite). Nodes are styled by kind, edges
// labelled with their type and report count. It is pure Go and
// deterministic: the same subgraph and options give the same bytes. Every
// name is escaped, so any text yields valid DOT. Leaves are grouped only as
// opt.MaxLeaves asks (automatic grouping needs a layout; see Layout).
func DOT(sg graph.Subgraph, opt Options) []byte {
	v := newView(sg, opt)
	return writeDoc(v, themeFor(opt.Theme), opt)
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

// writeDOT is the body alone, which SVG, PNG and Layout lay out and compose
// their page around.
func writeDOT(v view, th theme, opt Options) []byte {
	return writeGraph(v, th, opt, nil)
}

// writeDoc is the body with its title, subtitle and key (see DOT).
func writeDoc(v view, th theme, opt Options) []byte {
	return writeGraph(v, th, opt, &docParts{head: docHead(v, th), key: docKey(v, th, opt)})
}

// docParts are the HTML-like labels a standalone document adds: head is the
// graph's label, key the label of the cluster that holds the body.
type docParts struct{ head, key string }

func writeGraph(v view, th theme, opt Options, doc *docParts) []byte {
	var b bytes.Buffer
	b.WriteString("digraph \"actorgraph\" {\n")
	ranksep := "0.45"
	if v.direction == "LR" && !v.large && v.edgeLabels() {
		ranksep = "0.7" // room for edge labels between columns
	}
	g := []attr{
		{key: "bgcolor", val: th.bg},
		{key: "fontname", val: fontName},
		{key: "nodesep", val: "0.25"},
		{key: "outputorder", val: "edgesfirst"},
		{key: "pad", val: num(padPt / 72)},
		{key: "rankdir", val: v.direction},
		{key: "ranksep", val: ranksep},
	}
	if v.sfdp {
		// Straight edges, overlaps removed by spreading the layout, which
		// is then stretched to a slide's 16:9.
		g = append(g, attr{key: "layout", val: "sfdp"}, attr{key: "overlap", val: "scale"}, attr{key: "ratio", val: "0.5625"},
			attr{key: "sep", val: "+4"}, attr{key: "splines", val: "false"})
	}
	if v.large {
		// Bound the crossing-minimisation and network-simplex passes: a
		// few hundred nodes then lay out in well under a second.
		g = append(g, attr{key: "mclimit", val: "0.3"}, attr{key: "nslimit", val: "2"}, attr{key: "searchsize", val: "10"})
	}
	if doc != nil && doc.head != "" {
		g = append(g, attr{key: "label", val: doc.head, html: true}, attr{key: "labeljust", val: "l"}, attr{key: "labelloc", val: "t"})
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

	if doc != nil && doc.key != "" {
		// The key is the label of a borderless cluster around the body, so
		// that it sits below the drawing whatever its direction.
		b.WriteString("\tsubgraph \"cluster_key\" {\n\t\tgraph")
		writeAttrs(&b, []attr{{key: "label", val: doc.key, html: true}, {key: "labeljust", val: "l"}, {key: "labelloc", val: "b"}, {key: "peripheries", val: "0"}})
	}
	ids := dotIDs(v.nodes)
	names := map[string]string{}
	for _, n := range v.nodes {
		names[n.id] = n.name
	}
	for i := range v.nodes {
		n := v.nodes[i]
		if v.grid > 0 && v.direction == "LR" {
			// Graphviz stacks a left-to-right grid from the bottom up in
			// the order it meets the nodes: the first component on top.
			n = v.nodes[len(v.nodes)-1-i]
		}
		b.WriteByte('\t')
		b.WriteString(quoteDOT(ids[n.id]))
		writeAttrs(&b, nodeAttrs(n, th))
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
		if !v.large && !e.nolabel {
			attrs = append(attrs, attr{key: "label", val: edgeLabel(e, opt), html: true})
		}
		if m := v.minlen[i]; m > 1 {
			attrs = append(attrs, attr{key: "minlen", val: strconv.Itoa(m)})
		}
		if e.undirected {
			attrs = append(attrs, attr{key: "dir", val: "none"})
		}
		writeAttrs(&b, attrs)
	}
	for _, ge := range gridEdges(v.nodes, v.edges, v.grid) {
		b.WriteString("\t" + quoteDOT(ids[ge[0]]) + " -> " + quoteDOT(ids[ge[1]]))
		writeAttrs(&b, []attr{{key: "style", val: "invis"}})
	}
	if doc != nil && doc.key != "" {
		b.WriteString("\t}\n")
	}
	b.WriteString("}\n")
	return b.Bytes()
}

// docHead is the title and subtitle of a standalone document.
func docHead(v view, th theme) string {
	title := cleanText(v.title, false)
	var b strings.Builder
	b.WriteString(`<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="2">`)
	if title != "" {
		b.WriteString(`<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="22" COLOR="` + th.fg + `"><B>` + htmlText(title) + `</B></FONT></TD></TR>`)
	}
	b.WriteString(`<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="13" COLOR="` + th.muted + `">` + htmlText(subtitle(v)) + `</FONT></TD></TR>`)
	b.WriteString(`</TABLE>`)
	return b.String()
}

// docKey is the key of a standalone document: the kinds and relationship
// types present, drawn in their colours, and the numbered sources.
func docKey(v view, th theme, opt Options) string {
	if !opt.Legend && !(opt.Sources && len(v.sources) > 0) {
		return ""
	}
	var rows []string
	if opt.Legend && len(v.kinds) > 0 {
		var cells strings.Builder
		for _, k := range v.kinds {
			st := th.node(k)
			cells.WriteString(`<TD BGCOLOR="` + st.fill + `" COLOR="` + st.border + `" BORDER="1" STYLE="rounded"><FONT COLOR="` + st.font + `">` + htmlText(kindLabel(k)) + `</FONT></TD>`)
		}
		rows = append(rows, `<TABLE BORDER="0" CELLSPACING="6" CELLPADDING="4"><TR>`+cells.String()+`</TR></TABLE>`)
	}
	if opt.Legend && len(v.types) > 0 {
		var cells strings.Builder
		for _, t := range v.types {
			st := th.edge(t)
			sample := map[string]string{"dashed": "– – –›", "dotted": "· · · · ·›"}[st.style]
			if sample == "" {
				sample = "———›"
			}
			cells.WriteString(`<TD><FONT COLOR="` + st.color + `"><B>` + sample + `</B></FONT> <FONT COLOR="` + th.fg + `">` + htmlText(relLabel(t)) + `</FONT></TD>`)
		}
		rows = append(rows, `<TABLE BORDER="0" CELLSPACING="6" CELLPADDING="2"><TR>`+cells.String()+`</TR></TABLE>`)
	}
	if opt.Sources && len(v.sources) > 0 {
		var lines []string
		for i, r := range v.sources {
			lines = append(lines, htmlText(fmt.Sprintf("[%d] %s", i+1, cleanText(sourceLine(r), false))))
		}
		rows = append(rows, `<FONT POINT-SIZE="11" COLOR="`+th.muted+`">`+strings.Join(lines, `<BR ALIGN="LEFT"/>`)+`<BR ALIGN="LEFT"/></FONT>`)
	}
	if len(rows) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(`<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="2">`)
	for _, r := range rows {
		b.WriteString(`<TR><TD ALIGN="LEFT" BALIGN="LEFT">` + r + `</TD></TR>`)
	}
	b.WriteString(`</TABLE>`)
	return b.String()
}

// nodeAttrs styles one node by its kind; a group of leaves is a table of
// their names, or a box with their count.
func nodeAttrs(n vnode, th theme) []attr {
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
	if g := n.group; g != nil && (len(g.names) > 0 || len(g.rows) > 0) {
		return []attr{
			{key: "label", val: groupTable(n, st, th), html: true},
			{key: "shape", val: "plain"},
			{key: "tooltip", val: nodeTooltip(n)},
		}
	}
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
	return attrs
}

// groupTable is the HTML-like label of a group: a header with the count,
// then the names in cells coloured like the nodes of their kind, a few to a
// row, and "+N more" for those left out; or, for all the leaves of a hub,
// one line per kind.
func groupTable(n vnode, st nodeStyle, th theme) string {
	g := n.group
	var b strings.Builder
	border := st.border
	if n.kind == "" {
		border = th.muted
	}
	b.WriteString(`<TABLE BORDER="1" CELLBORDER="0" CELLSPACING="3" CELLPADDING="3" STYLE="rounded" COLOR="` + border + `" BGCOLOR="` + th.bg + `">`)
	cells := len(g.names)
	if g.rest > 0 {
		cells++
	}
	cols := tableColumns(cells)
	if len(g.rows) > 0 {
		cols = 1
		for _, r := range g.rows {
			if len(r.names) > 0 {
				cols = 2
			}
		}
	}
	span := ""
	if cols > 1 {
		span = ` COLSPAN="` + strconv.Itoa(cols) + `"`
	}
	head := `<FONT POINT-SIZE="` + num(groupFontSize) + `" COLOR="` + th.fg + `"><B>` + htmlText(g.header) + `</B></FONT>`
	if g.sub != "" {
		head += `<BR/><FONT POINT-SIZE="` + num(akaFontSize) + `" COLOR="` + th.muted + `">` + htmlText(g.sub) + `</FONT>`
	}
	b.WriteString(`<TR><TD` + span + ` ALIGN="LEFT" BALIGN="LEFT">` + head + `</TD></TR>`)
	for _, r := range g.rows {
		rst := th.node(r.kind)
		chip := `<B>` + htmlText(r.count) + `</B>`
		switch {
		case len(r.names) == 0:
			// A count alone reads as one line: "targeted 5 countries".
			chip = htmlText(strings.TrimSpace(r.verb + " " + r.count + r.suffix))
		case r.rel != "":
			chip += `<BR/>` + fontTag(akaFontSize, htmlText(r.rel))
		}
		chip = `<FONT COLOR="` + rst.font + `">` + chip + `</FONT>`
		b.WriteString(`<TR><TD ALIGN="LEFT" BALIGN="LEFT" BGCOLOR="` + rst.fill + `">` + chip + `</TD>`)
		if len(r.names) > 0 {
			b.WriteString(`<TD ALIGN="LEFT" BALIGN="LEFT">` + nameLines(r.names, r.rest, th) + `</TD>`)
		}
		b.WriteString(`</TR>`)
	}
	for i := 0; i < cells; i += cols {
		b.WriteString("<TR>")
		for j := i; j < i+cols && j < cells; j++ {
			if j == len(g.names) {
				more := `<FONT POINT-SIZE="` + num(groupFontSize) + `" COLOR="` + th.muted + `"><I>` + htmlText(fmt.Sprintf("+%d more", g.rest)) + `</I></FONT>`
				b.WriteString(`<TD` + tableSpan(cols-(j-i)) + `>` + more + `</TD>`)
				break
			}
			lines := wrapWords(cleanText(g.names[j], false), 24)
			for k, l := range lines {
				lines[k] = htmlText(l)
			}
			text := strings.Join(lines, "<BR/>")
			if st.bold {
				text = "<B>" + text + "</B>"
			}
			b.WriteString(`<TD BGCOLOR="` + st.fill + `"><FONT COLOR="` + st.font + `">` + text + `</FONT></TD>`)
		}
		b.WriteString("</TR>")
	}
	b.WriteString("</TABLE>")
	return b.String()
}

// nameLines lists names as text wrapped into lines of about 48
// characters, with "+N more" at the end.
func nameLines(names []string, rest int, th theme) string {
	words := append([]string(nil), names...)
	for i := range words[:len(words)-1] {
		words[i] += ","
	}
	var lines []string
	cur := ""
	for _, w := range words {
		w = cleanText(w, false)
		switch {
		case cur == "":
			cur = w
		case len([]rune(cur))+1+len([]rune(w)) <= 48:
			cur += " " + w
		default:
			lines = append(lines, cur)
			cur = w
		}
	}
	lines = append(lines, cur)
	for i, l := range lines {
		lines[i] = htmlText(l)
	}
	text := strings.Join(lines, "<BR/>")
	if rest > 0 {
		text += ` <FONT COLOR="` + th.muted + `"><I>` + htmlText(fmt.Sprintf("+%d more", rest)) + `</I></FONT>`
	}
	return `<FONT POINT-SIZE="` + num(groupFontSize) + `" COLOR="` + th.fg + `">` + text + `</FONT>`
}

func tableSpan(n int) string {
	if n <= 1 {
		return ""
	}
	return ` COLSPAN="` + strconv.Itoa(n) + `"`
}

// tableColumns is how many names a group table puts in a row.
func tableColumns(cells int) int {
	switch {
	case cells <= 3:
		return 1
	case cells <= 8:
		return 2
	case cells <= 15:
		return 3
	case cells <= 24:
		return 4
	}
	return 5
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
	if g := n.group; g != nil {
		label := "<B>" + htmlText(g.header) + "</B>"
		if g.sub != "" {
			label += "<BR/>" + fontTag(akaFontSize, htmlText(g.sub))
		}
		return label
	}
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
	if n.group != nil {
		s := n.group.header
		if n.group.sub != "" {
			s += ", " + n.group.sub
		}
		for _, r := range n.group.rows {
			s += "\n" + r.count + " (" + r.rel + ")"
		}
		if len(n.group.all) > 0 {
			s += ":\n" + strings.Join(n.group.all, "\n")
		}
		return s
	}
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
	if e.typ == "" {
		label = htmlText(fmt.Sprintf("%d %s", e.reports, pluralWord(e.reports, "report", "reports")))
	}
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
