package neo4j

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Property names of the storage model (see the package documentation).
const (
	entityLabel      = "Entity"
	propID           = "id"
	propName         = "name"
	propAliases      = "aliases"
	propAliasClaims  = "alias_claims"
	propSearch       = "search"
	propPrefix       = "prop_"
	propEvidence     = "evidence"
	propEvidenceKeys = "evidence_keys"
	propReports      = "reports"
)

// nodeProps returns the complete property map of a stored node: writing it
// with SET n = $props replaces whatever the node had.
func nodeProps(n graph.Node) (map[string]any, error) {
	p := map[string]any{propID: n.ID, propName: n.Name, propSearch: searchText(n)}
	if len(n.Aliases) > 0 {
		p[propAliases] = append([]string(nil), n.Aliases...)
	}
	if len(n.AliasClaims) > 0 {
		b, err := json.Marshal(n.AliasClaims)
		if err != nil {
			return nil, fmt.Errorf("encode alias claims of %s: %w", n.ID, err)
		}
		p[propAliasClaims] = string(b)
	}
	for k, v := range n.Props {
		p[propPrefix+k] = v
	}
	return p, nil
}

// decodeNode reads a node back from its labels and properties. ok is false
// for a node that is not an entity of the model (no kind label or no id).
func decodeNode(labels []string, props map[string]any) (graph.Node, bool, error) {
	var n graph.Node
	for _, l := range labels {
		if k := graph.Kind(l); k.Valid() {
			n.Kind = k
			break
		}
	}
	id, _ := props[propID].(string)
	if n.Kind == "" || id == "" {
		return graph.Node{}, false, nil
	}
	n.ID = id
	n.Name, _ = props[propName].(string)
	n.Aliases = stringList(props[propAliases])
	if s, ok := props[propAliasClaims].(string); ok && s != "" {
		if err := json.Unmarshal([]byte(s), &n.AliasClaims); err != nil {
			return graph.Node{}, false, fmt.Errorf("decode alias claims of %s: %w", id, err)
		}
		if len(n.AliasClaims) == 0 {
			n.AliasClaims = nil
		}
	}
	for k, v := range props {
		if !strings.HasPrefix(k, propPrefix) {
			continue
		}
		s, ok := v.(string)
		if !ok {
			s = fmt.Sprint(v) // written by hand with another type
		}
		if n.Props == nil {
			n.Props = map[string]string{}
		}
		n.Props[strings.TrimPrefix(k, propPrefix)] = s
	}
	return n, true, nil
}

// edgeProps returns the complete property map of a stored relationship.
func edgeProps(e graph.Edge) (map[string]any, error) {
	evs := make([]string, len(e.Evidence))
	keys := make([]string, len(e.Evidence))
	for i, ev := range e.Evidence {
		b, err := json.Marshal(ev)
		if err != nil {
			return nil, fmt.Errorf("encode evidence of %s %s -> %s: %w", e.Type, e.Source, e.Target, err)
		}
		evs[i] = string(b)
		keys[i] = ev.Key()
	}
	return map[string]any{propEvidence: evs, propEvidenceKeys: keys, propReports: e.ReportIDs()}, nil
}

// decodeEdge reads a relationship back; ok is false for a type outside the model.
func decodeEdge(typ, source, target string, props map[string]any) (graph.Edge, bool, error) {
	t := graph.RelType(typ)
	if !t.Valid() {
		return graph.Edge{}, false, nil
	}
	e := graph.Edge{Type: t, Source: source, Target: target}
	for _, s := range stringList(props[propEvidence]) {
		var ev graph.Evidence
		if err := json.Unmarshal([]byte(s), &ev); err != nil {
			return graph.Edge{}, false, fmt.Errorf("decode evidence of %s %s -> %s: %w", typ, source, target, err)
		}
		e.Evidence = append(e.Evidence, ev)
	}
	return e, true, nil
}

// stringList reads a list property (the driver returns []any).
func stringList(v any) []string {
	switch x := v.(type) {
	case []string:
		if len(x) == 0 {
			return nil
		}
		return append([]string(nil), x...)
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// Report nodes: the report of each batch is a (:Report {id}) node with the
// properties ref (true), title, url, date, publisher and path (absent when
// empty). When a batch also holds a Report entity with the same id, both are
// one node: the entity's own properties use the names above (props under
// prop_), so they never collide.
const propRef = "ref"

// reportProps returns the properties of a report node, with null for the
// empty fields so that SET n += removes them.
func reportProps(r graph.ReportRef) map[string]any {
	p := map[string]any{propID: r.ID, propRef: true}
	for k, v := range map[string]string{"title": r.Title, "url": r.URL, "date": r.Date, "publisher": r.Publisher, "path": r.Path} {
		if v != "" {
			p[k] = v
		} else {
			p[k] = nil
		}
	}
	return p
}

// decodeReport reads a report back from its node's properties.
func decodeReport(props map[string]any) graph.ReportRef {
	str := func(k string) string { s, _ := props[k].(string); return s }
	return graph.ReportRef{ID: str(propID), Title: str("title"), URL: str("url"), Date: str("date"),
		Publisher: str("publisher"), Path: str("path")}
}

// mergeReportRef combines two records of one report like the embedded store
// does, whatever their order: for each field the smaller non-empty value.
func mergeReportRef(a, b graph.ReportRef) graph.ReportRef {
	pick := func(x, y string) string {
		if x == "" || (y != "" && y < x) {
			return y
		}
		return x
	}
	return graph.ReportRef{ID: pick(a.ID, b.ID), Title: pick(a.Title, b.Title), URL: pick(a.URL, b.URL),
		Date: pick(a.Date, b.Date), Publisher: pick(a.Publisher, b.Publisher), Path: pick(a.Path, b.Path)}
}

// entityUpdate returns the properties that turn a node holding old (the
// stored properties) into one holding n: n's properties, and null for every
// property of the entity model that old has and n has not.
func entityUpdate(old map[string]any, n graph.Node) (map[string]any, error) {
	p, err := nodeProps(n)
	if err != nil {
		return nil, err
	}
	for k := range old {
		if _, ok := p[k]; ok {
			continue
		}
		switch {
		case k == propAliases, k == propAliasClaims, k == propSearch, k == propName, strings.HasPrefix(k, propPrefix):
			p[k] = nil
		}
	}
	return p, nil
}

// sortedKinds returns the kinds present in m in the fixed order of graph.Kinds.
func sortedKinds[V any](m map[graph.Kind]V) []graph.Kind {
	var out []graph.Kind
	for _, k := range graph.Kinds() {
		if _, ok := m[k]; ok {
			out = append(out, k)
		}
	}
	return out
}

// sortedTypes returns the types present in m in the fixed order of graph.RelTypes.
func sortedTypes[V any](m map[graph.RelType]V) []graph.RelType {
	var out []graph.RelType
	for _, t := range graph.RelTypes() {
		if _, ok := m[t]; ok {
			out = append(out, t)
		}
	}
	return out
}

// sortNodes orders nodes by id.
func sortNodes(ns []graph.Node) {
	sort.Slice(ns, func(i, j int) bool { return ns[i].ID < ns[j].ID })
}
