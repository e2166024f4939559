package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Text returns a plain-text summary for a terminal: the title, the matched
// entities, the relationships grouped by type ("A -[TARGETED x2 reports]-> B")
// and the numbered sources. Its order is the subgraph's canonical order.
func Text(sg graph.Subgraph) string {
	sg = sortedCopy(sg)
	var b strings.Builder
	title := oneLine(sg.Title)
	if title == "" {
		title = "Subgraph"
	}
	b.WriteString(title + "\n")
	fmt.Fprintf(&b, "%d %s, %d %s\n", len(sg.Nodes), pluralWord(len(sg.Nodes), "entity", "entities"),
		len(sg.Edges), pluralWord(len(sg.Edges), "relationship", "relationships"))

	names := map[string]string{}
	for _, n := range sg.Nodes {
		names[n.ID] = oneLine(n.Name)
	}
	name := func(id string) string {
		if n, ok := names[id]; ok && n != "" {
			return n
		}
		return oneLine(id)
	}
	if len(sg.Matched) > 0 {
		b.WriteString("\nMatched:\n")
		for _, id := range sg.Matched {
			n, ok := sg.Node(id)
			if !ok {
				fmt.Fprintf(&b, "  %s\n", oneLine(id))
				continue
			}
			line := fmt.Sprintf("  %s (%s)", name(id), n.Kind)
			if len(n.Aliases) > 0 {
				line += " aka " + oneLine(strings.Join(n.Aliases, ", "))
			}
			b.WriteString(line + "\n")
		}
	}

	num := map[string]int{}
	reports := sg.Reports()
	for i, r := range reports {
		num[r.ID] = i + 1
	}
	for _, t := range relTypesIn(sg) {
		fmt.Fprintf(&b, "\n%s\n", t)
		for _, e := range sg.Edges {
			if e.Type != t {
				continue
			}
			ids := e.ReportIDs()
			var refs []int
			for _, id := range ids {
				refs = append(refs, num[id])
			}
			line := fmt.Sprintf("  %s -[%s x%d %s]-> %s", name(e.Source), e.Type, len(ids), pluralWord(len(ids), "report", "reports"), name(e.Target))
			if r := refList(sortInts(refs)); r != "" {
				line += " " + r
			}
			if d := dateRange(e.DateRange()); d != "" {
				line += " (" + d + ")"
			}
			b.WriteString(line + "\n")
		}
	}
	if len(reports) > 0 {
		b.WriteString("\nSources:\n")
		for i, r := range reports {
			fmt.Fprintf(&b, "  [%d] %s\n", i+1, oneLine(sourceLine(r)))
		}
	}
	return b.String()
}

// relTypesIn lists the relationship types present: the known ones in
// graph.RelTypes order, then any other in name order.
func relTypesIn(sg graph.Subgraph) []graph.RelType {
	seen := map[graph.RelType]bool{}
	for _, e := range sg.Edges {
		seen[e.Type] = true
	}
	var out []graph.RelType
	for _, t := range graph.RelTypes() {
		if seen[t] {
			out = append(out, t)
			delete(seen, t)
		}
	}
	var rest []string
	for t := range seen {
		rest = append(rest, string(t))
	}
	sortStrings(rest)
	for _, t := range rest {
		out = append(out, graph.RelType(t))
	}
	return out
}

// oneLine folds a name onto one line without control characters, so a name
// cannot forge extra lines in the summary.
func oneLine(s string) string {
	return strings.Join(strings.Fields(cleanText(s, false)), " ")
}

// sortedCopy returns sg in canonical order without touching the caller's
// slices.
func sortedCopy(sg graph.Subgraph) graph.Subgraph {
	out := graph.Subgraph{Title: sg.Title}
	out.Matched = append([]string{}, sg.Matched...)
	out.Nodes = append([]graph.Node{}, sg.Nodes...)
	out.Edges = make([]graph.Edge, len(sg.Edges))
	for i, e := range sg.Edges {
		e.Evidence = append([]graph.Evidence{}, e.Evidence...)
		out.Edges[i] = e
	}
	out.Sort()
	return out
}

// jsonDoc is the JSON contract for scripts. Title and matched are always
// present; nodes and edges are graph.Node and graph.Edge as they marshal.
type jsonDoc struct {
	Title   string            `json:"title"`
	Matched []string          `json:"matched"`
	Nodes   []graph.Node      `json:"nodes"`
	Edges   []graph.Edge      `json:"edges"`
	Sources []graph.ReportRef `json:"sources"`
}

// JSON returns the subgraph as indented JSON: {"title", "matched", "nodes":
// [{"id","kind","name","aliases",...}], "edges": [{"type","source","target",
// "evidence":[{"report":{...},"sentence":...}]}], "sources": [...]} with
// sources numbered as in the diagrams' footnotes (source n is element n-1).
// The output is deterministic; the error is from encoding/json.
func JSON(sg graph.Subgraph) ([]byte, error) {
	sg = sortedCopy(sg)
	doc := jsonDoc{Title: sg.Title, Matched: sg.Matched, Nodes: sg.Nodes, Edges: sg.Edges, Sources: sg.Reports()}
	for i := range doc.Edges {
		if doc.Edges[i].Evidence == nil {
			doc.Edges[i].Evidence = []graph.Evidence{}
		}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		return nil, fmt.Errorf("encode subgraph json: %w", err)
	}
	return b.Bytes(), nil
}
