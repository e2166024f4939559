// Package misp reads MISP galaxy cluster files (misp-galaxy clusters/*.json)
// into graph batches.
//
// Each value of a threat-actor galaxy becomes a ThreatActor named by its
// value, with meta.synonyms (and the names of meta.name-attribution) as
// aliases and its country code, ATT&CK id, attribution confidence,
// description and refs as props. Its meta fields become edges:
//
//   - country (an ISO code) and cfr-suspected-state-sponsor: ATTRIBUTED_TO the
//     Country (one edge per country, whichever fields name it); a sponsor that
//     is no country is an Organization, "Unknown" is skipped;
//   - cfr-suspected-victims and suspected-victims: TARGETED the Country, or an
//     Organization when the victim is not a country ("Asia Pacific Economic
//     Cooperation"), or a Sector when it names a sector; regions ("Middle
//     East", "Global") are skipped, since the graph has no kind for them;
//   - cfr-target-category and targeted-sector: TARGETED the Sector, named as
//     written (merging "Telecoms" and "Telecommunications" is left to identity
//     resolution).
//
// Galaxies of tools and malware (tool, mitre-tool, mitre-malware, malpedia,
// ransomware, ...) give Tool and Malware nodes without edges; MITRE galaxies'
// "Name - G0065" values are split into name and external id. Values of
// galaxies the graph does not model are skipped and counted. Countries come
// from the gazetteer's table (through stix.LookupCountry).
package misp

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
	"github.com/actorgraph/actorgraph/loader/stix"
)

// Stats counts what a galaxy file contributed: values by galaxy type
// ("threat-actor") and meta statements by field ("cfr-suspected-victims").
type Stats = stix.Stats

// sniffLen is how much of a file Detect looks at.
const sniffLen = 4096

var (
	categoryKey = regexp.MustCompile(`"category"\s*:`)
	authorsKey  = regexp.MustCompile(`"authors"\s*:`)
	valuesKey   = regexp.MustCompile(`"values"\s*:\s*\[`)
	uuidKey     = regexp.MustCompile(`"uuid"\s*:`)
	mitreValue  = regexp.MustCompile(`^(.+?) - ([GSCM]\d{4}(?:\.\d{3})?)$`)
	attackID    = regexp.MustCompile(`^G\d{4}$`)
	sectorWord  = regexp.MustCompile(`(?i)\bsectors?\b`)
	bom         = []byte("\xef\xbb\xbf")
)

// Detect reports whether data looks like a MISP galaxy cluster file: a JSON
// object whose first few kilobytes have the "category" key and "authors",
// "values" or "uuid" (STIX bundles have none of these at the top).
func Detect(data []byte) bool {
	head := bytes.TrimLeft(bytes.TrimPrefix(data[:min(len(data), sniffLen)], bom), " \t\r\n")
	if len(head) == 0 || head[0] != '{' || stix.Detect(data) {
		return false
	}
	return categoryKey.Match(head) && (authorsKey.Match(head) || valuesKey.Match(head) || uuidKey.Match(head))
}

// kindOf maps the galaxy types the graph models to the kind of their values.
var kindOf = map[string]graph.Kind{
	"threat-actor":             graph.ThreatActor,
	"mitre-intrusion-set":      graph.ThreatActor,
	"microsoft-activity-group": graph.ThreatActor,
	"mitre-campaign":           graph.Campaign,
	"tool":                     graph.Tool,
	"mitre-tool":               graph.Tool,
	"mitre-mobile-tool":        graph.Tool,
	"mitre-malware":            graph.Malware,
	"mitre-mobile-malware":     graph.Malware,
	"malpedia":                 graph.Malware,
	"ransomware":               graph.Malware,
	"rat":                      graph.Malware,
	"banker":                   graph.Malware,
	"stealer":                  graph.Malware,
	"botnet":                   graph.Malware,
	"backdoor":                 graph.Malware,
	"android":                  graph.Malware,
}

// galaxy is the part of a cluster file the reader uses.
type galaxy struct {
	Name   string
	Type   string
	UUID   string
	Source string
	Values []cluster
	// hasValues tells an empty list from a missing one.
	hasValues bool
}

// cluster is one value of a galaxy.
type cluster struct {
	Value       string                     `json:"value"`
	UUID        string                     `json:"uuid"`
	Description string                     `json:"description"`
	Meta        map[string]json.RawMessage `json:"meta"`
	Related     []json.RawMessage          `json:"related"`

	offset int64 // where the value starts, for error lines
}

// list returns a meta field as a list: a string is a list of one, other
// JSON types are ignored.
func (c cluster) list(key string) []string {
	raw, ok := c.Meta[key]
	if !ok {
		return nil
	}
	var one string
	if json.Unmarshal(raw, &one) == nil {
		if one = strings.TrimSpace(one); one != "" {
			return []string{one}
		}
		return nil
	}
	var many []any
	if json.Unmarshal(raw, &many) != nil {
		return nil
	}
	var out []string
	for _, v := range many {
		if s, ok := v.(string); ok && strings.TrimSpace(s) != "" {
			out = append(out, strings.TrimSpace(s))
		}
	}
	return out
}

func (c cluster) first(key string) string {
	if v := c.list(key); len(v) > 0 {
		return v[0]
	}
	return ""
}

// decode reads the galaxy value by value, remembering where each starts.
func decode(path string, data []byte) (galaxy, error) {
	var g galaxy
	dec := json.NewDecoder(bytes.NewReader(data))
	fail := func(err error, start int64) (galaxy, error) {
		return galaxy{}, stix.JSONError(path, data, err, start, "MISP galaxy")
	}
	if err := expectDelim(dec, '{'); err != nil {
		return fail(err, 0)
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return fail(err, 0)
		}
		key, _ := tok.(string)
		start := dec.InputOffset()
		switch key {
		case "name":
			err = dec.Decode(&g.Name)
		case "type":
			err = dec.Decode(&g.Type)
		case "uuid":
			err = dec.Decode(&g.UUID)
		case "source":
			err = dec.Decode(&g.Source)
		case "values":
			g.hasValues = true
			if err = expectDelim(dec, '['); err != nil {
				break
			}
			for dec.More() {
				start = dec.InputOffset()
				var c cluster
				if err = dec.Decode(&c); err != nil {
					return fail(err, start)
				}
				c.offset = start
				g.Values = append(g.Values, c)
			}
			err = expectDelim(dec, ']')
		default:
			var skip json.RawMessage
			err = dec.Decode(&skip)
		}
		if err != nil {
			return fail(err, start)
		}
	}
	if err := expectDelim(dec, '}'); err != nil {
		return fail(err, 0)
	}
	if _, err := dec.Token(); err != io.EOF {
		return fail(fmt.Errorf("data after the end of the galaxy"), dec.InputOffset())
	}
	return g, nil
}

func expectDelim(dec *json.Decoder, want json.Delim) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if d, ok := tok.(json.Delim); !ok || d != want {
		return fmt.Errorf("expected %q, found %v", string(want), tok)
	}
	return nil
}

// Read reads a whole galaxy cluster file into one batch. The batch's report
// is the galaxy ("misp-galaxy:" + galaxy uuid, titled "MISP galaxy: " + its
// name, published by its source); each piece of evidence has the cluster
// value's uuid as locator and a short generated sentence saying which meta
// field stated it. The file has no dates, so the evidence has none.
//
// Bad JSON, a file without uuid or values, and a value without value or uuid
// are *graph.InputError values (wrapping graph.ErrInvalid) with the file and
// line; nothing is returned with them.
func Read(path string, data []byte) (graph.Batch, Stats, error) {
	g, err := decode(path, data)
	if err != nil {
		return graph.Batch{}, Stats{}, err
	}
	if g.UUID == "" || !g.hasValues {
		field := "uuid"
		if !g.hasValues {
			field = "values"
		}
		return graph.Batch{}, Stats{}, &graph.InputError{File: path, Line: 1, Field: field,
			Err: fmt.Errorf("%w: not a MISP galaxy cluster file (no %s)", graph.ErrInvalid, field)}
	}
	for _, c := range g.Values {
		field := ""
		switch {
		case strings.TrimSpace(c.Value) == "":
			field = "value"
		case c.UUID == "":
			field = "uuid"
		}
		if field != "" {
			return graph.Batch{}, Stats{}, &graph.InputError{File: path, Line: stix.LineAt(data, c.offset), Field: field,
				Err: fmt.Errorf("%w: galaxy value without %s", graph.ErrInvalid, field)}
		}
	}
	name := g.Name
	if name == "" {
		name = g.Type
	}
	r := reader{
		report: graph.ReportRef{ID: "misp-galaxy:" + g.UUID, Title: "MISP galaxy: " + name, Publisher: g.Source, Path: path},
		kind:   kindOf[g.Type],
		typ:    g.Type,
	}
	if r.typ == "" {
		r.typ = "galaxy"
	}
	for _, c := range g.Values {
		if r.kind == "" {
			r.stats.Skip(r.typ, stix.ReasonUnmodelledGalaxy)
			continue
		}
		r.cluster(c)
	}
	batch := graph.Batch{Report: r.report, Nodes: r.nodes, Edges: r.edges}
	return batch.Normalized(), r.stats, nil
}

// reader holds the state of one Read.
type reader struct {
	report graph.ReportRef
	kind   graph.Kind
	typ    string
	nodes  []graph.Node
	edges  []graph.Edge
	stats  Stats
}

// cluster adds one galaxy value: its node, and for threat actors the edges
// its meta fields state.
func (r *reader) cluster(c cluster) {
	name, extID := strings.TrimSpace(c.Value), ""
	if m := mitreValue.FindStringSubmatch(name); m != nil && strings.HasPrefix(r.typ, "mitre-") {
		name, extID = m[1], m[2]
	}
	aliases := c.list("synonyms")
	for _, na := range c.list("name-attribution") {
		// "APT40:da5cdcd1-..." names the source of the name after the colon.
		if i := strings.LastIndex(na, ":"); i > 0 {
			na = na[:i]
		}
		aliases = append(aliases, na)
	}
	n := graph.NewNode(r.kind, name, aliases...)
	for _, a := range n.Aliases {
		n.AliasClaims = append(n.AliasClaims, graph.AliasClaim{Alias: a, Source: "misp-galaxy"})
	}
	n.Props = map[string]string{"misp_uuid": c.UUID}
	if extID == "" && r.kind == graph.ThreatActor {
		for _, a := range n.Aliases {
			if attackID.MatchString(a) {
				extID = a
				break
			}
		}
	}
	set := func(key, value string) {
		if value = strings.TrimSpace(value); value != "" {
			n.Props[key] = value
		}
	}
	set("external_id", extID)
	set("description", c.Description)
	set("references", strings.Join(c.list("refs"), "\n"))
	set("attribution_confidence", c.first("attribution-confidence"))
	set("incident_type", c.first("cfr-type-of-incident"))
	if code := c.first("country"); code != "" {
		set("country", strings.ToUpper(code))
	}
	r.nodes = append(r.nodes, n)
	r.stats.Load(r.typ)
	for range c.Related {
		r.stats.Skip("related", stix.ReasonUnmodelledRel)
	}
	if r.kind == graph.ThreatActor {
		r.attribution(c, n)
		r.victims(c, n)
		r.sectors(c, n)
	}
}

// attribution adds ATTRIBUTED_TO edges from meta.country and
// cfr-suspected-state-sponsor, one per country however many fields name it.
func (r *reader) attribution(c cluster, actor graph.Node) {
	type target struct {
		node   graph.Node
		fields []string // "country CN", "suspected state sponsor China"
		keys   []string
	}
	var order []string
	targets := map[string]*target{}
	add := func(n graph.Node, key, said string) {
		t, ok := targets[n.ID]
		if !ok {
			t = &target{node: n}
			targets[n.ID] = t
			order = append(order, n.ID)
		}
		t.fields = append(t.fields, said)
		t.keys = append(t.keys, key)
		r.stats.Load(key)
	}
	for _, code := range c.list("country") {
		if cty, ok := gazetteer.CountryByCode(code); ok {
			add(cty.Node(), "country", "country code "+strings.ToUpper(code))
		} else {
			r.stats.Skip("country", stix.ReasonUnknown)
		}
	}
	for _, sponsor := range c.list("cfr-suspected-state-sponsor") {
		switch {
		case strings.EqualFold(sponsor, "unknown"):
			r.stats.Skip("cfr-suspected-state-sponsor", stix.ReasonUnknown)
		default:
			if cty, ok := stix.LookupCountry(sponsor); ok {
				add(cty.Node(), "cfr-suspected-state-sponsor", "suspected state sponsor "+sponsor)
			} else {
				add(graph.NewNode(graph.Organization, sponsor), "cfr-suspected-state-sponsor", "suspected state sponsor "+sponsor)
			}
		}
	}
	conf := confidence(c.first("attribution-confidence"))
	for _, id := range order {
		t := targets[id]
		r.nodes = append(r.nodes, t.node)
		r.edge(graph.AttributedTo, actor, t.node, c,
			fmt.Sprintf("%s is attributed to %s (%s).", actor.Name, t.node.Name, strings.Join(t.fields, ", ")),
			"misp:"+strings.Join(t.keys, "+"), conf)
	}
}

// victims adds TARGETED edges from the suspected victims.
func (r *reader) victims(c cluster, actor graph.Node) {
	for _, key := range []string{"cfr-suspected-victims", "suspected-victims"} {
		for _, v := range c.list(key) {
			var n graph.Node
			if cty, ok := stix.LookupCountry(v); ok {
				n = cty.Node()
			} else if stix.IsRegion(v) {
				r.stats.Skip(key, stix.ReasonRegion)
				continue
			} else if sectorWord.MatchString(v) {
				n = graph.NewNode(graph.Sector, v)
			} else {
				n = graph.NewNode(graph.Organization, v)
			}
			r.nodes = append(r.nodes, n)
			r.edge(graph.Targeted, actor, n, c, fmt.Sprintf("The suspected victims of %s include %s.", actor.Name, n.Name), "misp:"+key, 1)
			r.stats.Load(key)
		}
	}
}

// sectors adds TARGETED edges to the sectors the actor is said to target.
func (r *reader) sectors(c cluster, actor graph.Node) {
	for _, key := range []string{"cfr-target-category", "targeted-sector"} {
		for _, v := range c.list(key) {
			name := stix.SectorName(v)
			if name == "" {
				continue
			}
			n := graph.NewNode(graph.Sector, name)
			r.nodes = append(r.nodes, n)
			said := "the " + n.Name + " sector"
			if sectorWord.MatchString(n.Name) {
				said = "the " + n.Name
			}
			r.edge(graph.Targeted, actor, n, c, fmt.Sprintf("%s targets %s.", actor.Name, said), "misp:"+key, 1)
			r.stats.Load(key)
		}
	}
}

func (r *reader) edge(typ graph.RelType, src, dst graph.Node, c cluster, sentence, rule string, conf float64) {
	r.edges = append(r.edges, graph.Edge{Type: typ, Source: src.ID, Target: dst.ID, Evidence: []graph.Evidence{{
		Report: r.report, Sentence: sentence, Locator: c.UUID, Rule: rule, Confidence: conf,
	}}})
}

// confidence reads MISP's attribution-confidence (0-100) as a fraction; an
// absent or unreadable value means the galaxy states the fact plainly (1).
func confidence(s string) float64 {
	v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || v <= 0 {
		return 1
	}
	return min(v, 100) / 100
}
