// Package stix reads STIX 2.0 and 2.1 bundles (MITRE ATT&CK and others) into
// graph batches.
//
// Objects become nodes: intrusion-set and threat-actor a ThreatActor, campaign
// a Campaign, malware a Malware, tool a Tool, infrastructure an
// Infrastructure, identity an Organization (a Person for identity_class
// "individual", a Sector for "class"), and location a Country. A location
// becomes the Country of its country code (city and area are dropped);
// locations without a country (regions such as "eastern-asia") are skipped,
// since the graph has no kind for them. An identity's sectors become Sector
// nodes that the identity is PART_OF. An identity that only authors objects
// (created_by_ref, like "The MITRE Corporation") is the bundle's publisher,
// not a node.
//
// Relationship objects become edges: targets and compromises TARGETED, uses
// USES, attributed-to, originates-from and authored-by ATTRIBUTED_TO (an actor
// that originates from a country is attributed to it, as MISP's country
// attribution is), located-at LOCATED_IN, related-to and variant-of
// RELATED_TO. Other relationship types, relationships whose ends were not
// loaded (attack patterns, mitigations, revoked objects), revoked and
// deprecated objects, and object types the graph does not model are skipped
// and counted in Stats.
package stix

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// sniffLen is how much of a file Detect looks at.
const sniffLen = 4096

var (
	bundleType  = regexp.MustCompile(`"type"\s*:\s*"bundle"`)
	bundleID    = regexp.MustCompile(`"id"\s*:\s*"bundle--`)
	objectsKey  = regexp.MustCompile(`"objects"\s*:\s*\[`)
	stixObjID   = regexp.MustCompile(`"id"\s*:\s*"[a-z0-9-]+--[0-9a-fA-F]{8}-`)
	datePrefix  = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}`)
	bom         = []byte("\xef\xbb\xbf")
	domainTitle = map[string]string{"enterprise-attack": "Enterprise", "ics-attack": "ICS", "mobile-attack": "Mobile"}
)

// Detect reports whether data looks like a STIX bundle: a JSON object whose
// first few kilobytes say "type": "bundle" or carry a bundle id, or list
// "objects" with STIX ids.
func Detect(data []byte) bool {
	head := bytes.TrimLeft(bytes.TrimPrefix(data[:min(len(data), sniffLen)], bom), " \t\r\n")
	if len(head) == 0 || head[0] != '{' {
		return false
	}
	return bundleType.Match(head) || bundleID.Match(head) || (objectsKey.Match(head) && stixObjID.Match(head))
}

// kindOf maps the STIX object types the graph models to their kind.
var kindOf = map[string]graph.Kind{
	"intrusion-set":  graph.ThreatActor,
	"threat-actor":   graph.ThreatActor,
	"campaign":       graph.Campaign,
	"malware":        graph.Malware,
	"tool":           graph.Tool,
	"infrastructure": graph.Infrastructure,
	"identity":       graph.Organization,
	"location":       graph.Country,
}

// relOf maps the STIX relationship types the graph models to edge types,
// with the verb of the sentence written when a relationship has no
// description.
var relOf = map[string]struct {
	typ  graph.RelType
	verb string
}{
	"targets":         {graph.Targeted, "targets"},
	"compromises":     {graph.Targeted, "compromised"},
	"uses":            {graph.Uses, "uses"},
	"attributed-to":   {graph.AttributedTo, "is attributed to"},
	"originates-from": {graph.AttributedTo, "originates from"},
	"authored-by":     {graph.AttributedTo, "is authored by"},
	"located-at":      {graph.LocatedIn, "is located in"},
	"related-to":      {graph.RelatedTo, "is related to"},
	"variant-of":      {graph.RelatedTo, "is a variant of"},
}

// Read reads a whole STIX bundle into one batch. The batch's report is the
// bundle ("stix:" + bundle id), titled after the ATT&CK domain ("MITRE ATT&CK
// Enterprise"), the x-mitre-collection, the bundle's only report object or
// else the file name. Every edge carries one piece of evidence per
// relationship object: its cleaned description (or a generated sentence), the
// relationship id as locator and its created date.
//
// Bad JSON, a bundle without id, an object without type or id, a modelled
// object without a name and a relationship without relationship_type,
// source_ref or target_ref are *graph.InputError values (wrapping
// graph.ErrInvalid) with the file and line; so is a wrongly typed property
// ("aliases": "x") of an object that is loaded (the other objects' remaining
// properties are not decoded). Nothing is returned with an error.
func Read(path string, data []byte) (graph.Batch, Stats, error) {
	b, err := decode(path, data)
	if err != nil {
		return graph.Batch{}, Stats{}, err
	}
	r := reader{path: path, data: data, bundle: b}
	if err := r.check(); err != nil {
		return graph.Batch{}, Stats{}, err
	}
	r.latest()
	r.describeReport()
	if err := r.nodes(); err != nil {
		return graph.Batch{}, Stats{}, err
	}
	if err := r.relationships(); err != nil {
		return graph.Batch{}, Stats{}, err
	}
	batch := graph.Batch{Report: r.report}
	for _, n := range r.byStixID {
		batch.Nodes = append(batch.Nodes, n)
	}
	batch.Nodes = append(batch.Nodes, r.extra...)
	batch.Edges = r.edges
	return batch.Normalized(), r.stats, nil
}

// reader holds the state of one Read.
type reader struct {
	path   string
	data   []byte
	bundle bundle
	// objects are the latest version of each object, in file order.
	objects  []object
	byID     map[string]int // index in objects
	report   graph.ReportRef
	byStixID map[string]graph.Node // loaded objects
	extra    []graph.Node          // nodes that are no STIX object (identity sectors)
	edges    []graph.Edge
	stats    Stats
}

func (r *reader) inputError(o object, field, format string, args ...any) error {
	return &graph.InputError{File: r.path, Line: LineAt(r.data, o.start), Field: field,
		Err: fmt.Errorf("%w: %s", graph.ErrInvalid, fmt.Sprintf(format, args...))}
}

// check enforces the properties that STIX requires and the reader relies on.
func (r *reader) check() error {
	if r.bundle.Type != "bundle" {
		return &graph.InputError{File: r.path, Line: 1, Field: "type",
			Err: fmt.Errorf("%w: not a STIX bundle (type %q, want \"bundle\")", graph.ErrInvalid, r.bundle.Type)}
	}
	if r.bundle.ID == "" {
		return &graph.InputError{File: r.path, Line: 1, Field: "id", Err: fmt.Errorf("%w: bundle without id", graph.ErrInvalid)}
	}
	for _, o := range r.bundle.Objects {
		switch {
		case o.Type == "":
			return r.inputError(o, "type", "object %s without type", o.ID)
		case o.ID == "":
			return r.inputError(o, "id", "%s object without id", o.Type)
		case o.Type == "relationship" && o.RelationshipType == "":
			return r.inputError(o, "relationship_type", "relationship %s without relationship_type", o.ID)
		case o.Type == "relationship" && o.SourceRef == "":
			return r.inputError(o, "source_ref", "relationship %s without source_ref", o.ID)
		case o.Type == "relationship" && o.TargetRef == "":
			return r.inputError(o, "target_ref", "relationship %s without target_ref", o.ID)
		case kindOf[o.Type] != "" && o.Type != "location" && strings.TrimSpace(o.Name) == "":
			return r.inputError(o, "name", "%s %s without name", o.Type, o.ID)
		}
	}
	return nil
}

// latest keeps one version of each object: the most recently modified (the
// later in the file on a tie). Bundles may carry several versions.
func (r *reader) latest() {
	r.byID = make(map[string]int, len(r.bundle.Objects))
	r.objects = make([]object, 0, len(r.bundle.Objects))
	for _, o := range r.bundle.Objects {
		i, seen := r.byID[o.ID]
		if !seen {
			r.byID[o.ID] = len(r.objects)
			r.objects = append(r.objects, o)
			continue
		}
		if o.Modified >= r.objects[i].Modified {
			r.objects[i] = o
		}
		r.stats.Skip(o.Type, ReasonOlderVersion)
	}
}

// details decodes the rest of a loaded object. Only loaded objects are
// decoded whole, so only their other properties are checked.
func (r *reader) details(o object) (details, error) {
	var d details
	if err := json.Unmarshal(r.data[o.start:o.end], &d); err != nil {
		return details{}, JSONError(r.path, r.data, err, o.start, "STIX")
	}
	return d, nil
}

// describeReport fills the bundle's report reference.
func (r *reader) describeReport() {
	r.report = graph.ReportRef{ID: "stix:" + r.bundle.ID, Path: r.path}
	var collection, onlyReport *object
	reports := 0
	var common map[string]bool // ATT&CK domains shared by every object that has some
	authors := map[string]int{}
	latest := ""
	for i := range r.objects {
		o := &r.objects[i]
		switch o.Type {
		case "x-mitre-collection":
			if collection == nil {
				collection = o
			}
		case "report":
			reports++
			onlyReport = o
		}
		if len(o.Domains) > 0 {
			if common == nil {
				common = map[string]bool{}
				for _, d := range o.Domains {
					common[d] = true
				}
			} else {
				keep := map[string]bool{}
				for _, d := range o.Domains {
					if common[d] {
						keep[d] = true
					}
				}
				common = keep
			}
		}
		if o.CreatedByRef != "" {
			authors[o.CreatedByRef]++
		}
		latest = max(latest, day(o.Modified))
	}
	switch {
	case len(common) == 1:
		for d := range common {
			name := domainTitle[d]
			if name == "" {
				name = d
			}
			r.report.Title = "MITRE ATT&CK " + name
		}
	case collection != nil && collection.Name != "":
		r.report.Title = collection.Name
	case reports == 1 && onlyReport.Name != "":
		r.report.Title = onlyReport.Name
	default:
		r.report.Title = strings.TrimSuffix(filepath.Base(r.path), filepath.Ext(r.path))
	}
	r.report.Date = latest
	author := ""
	if collection != nil {
		r.report.Date = day(collection.Modified)
		author = collection.CreatedByRef
	}
	if author == "" {
		best := 0
		for id, n := range authors {
			if n > best || (n == best && id < author) {
				author, best = id, n
			}
		}
	}
	if i, ok := r.byID[author]; ok && r.objects[i].Type == "identity" {
		r.report.Publisher = r.objects[i].Name
	}
}

// nodes turns the modelled objects into nodes.
func (r *reader) nodes() error {
	r.byStixID = map[string]graph.Node{}
	authors := map[string]bool{}
	endpoints := map[string]bool{}
	for _, o := range r.objects {
		authors[o.CreatedByRef] = true
		if o.Type == "relationship" && !o.Revoked && !o.Deprecated {
			if _, ok := relOf[o.RelationshipType]; ok {
				endpoints[o.SourceRef], endpoints[o.TargetRef] = true, true
			}
		}
	}
	for _, o := range r.objects {
		if o.Type == "relationship" {
			continue
		}
		kind, modelled := kindOf[o.Type]
		switch {
		case o.Revoked:
			r.stats.Skip(o.Type, ReasonRevoked)
			continue
		case o.Deprecated:
			r.stats.Skip(o.Type, ReasonDeprecated)
			continue
		case !modelled:
			r.stats.Skip(o.Type, ReasonUnmodelledType)
			continue
		case o.Type == "identity" && authors[o.ID] && !endpoints[o.ID]:
			r.stats.Skip(o.Type, ReasonAuthor)
			continue
		}
		name := strings.TrimSpace(o.Name)
		props := map[string]string{}
		switch o.Type {
		case "identity":
			switch strings.ToLower(o.IdentityClass) {
			case "individual":
				kind = graph.Person
			case "class":
				kind = graph.Sector
			}
		case "location":
			c, ok := gazetteer.CountryByCode(o.Country)
			if !ok && o.Country == "" && o.Region == "" && !IsRegion(name) {
				c, ok = LookupCountry(name)
			}
			if !ok {
				r.stats.Skip(o.Type, ReasonNotCountry)
				continue
			}
			// The country's own node (name, other names, ISO code), not the
			// location's: a city is dropped, the country stays.
			r.byStixID[o.ID] = c.Node()
			r.stats.Load(o.Type)
			continue
		}
		d, err := r.details(o)
		if err != nil {
			return err
		}
		n := graph.NewNode(kind, name, append(append([]string{}, d.Aliases...), d.MitreAliases...)...)
		describeNode(o, d, props)
		n.Props = props
		n.AliasClaims = claims(n.Aliases, r.aliasSource(d))
		r.byStixID[o.ID] = n
		r.stats.Load(o.Type)
		if o.Type == "identity" && kind != graph.Sector {
			r.sectors(o, d, n)
		}
	}
	return nil
}

// describeNode fills the props of a node from its object.
func describeNode(o object, d details, props map[string]string) {
	props["stix_id"] = o.ID
	if text := CleanText(d.Description); text != "" {
		props["description"] = text
	}
	var refs []string
	seen := map[string]bool{}
	for _, ref := range d.ExternalRefs {
		if ref.SourceName == "mitre-attack" && ref.ExternalID != "" && props["external_id"] == "" {
			props["external_id"] = ref.ExternalID
			if ref.URL != "" {
				props["url"] = ref.URL
			}
		}
		if u := strings.TrimSpace(ref.URL); u != "" && !seen[u] {
			seen[u] = true
			refs = append(refs, u)
		}
	}
	if len(refs) > 0 {
		props["references"] = strings.Join(refs, "\n")
	}
	if day := day(d.FirstSeen); day != "" {
		props["first_seen"] = day
	}
	if day := day(d.LastSeen); day != "" {
		props["last_seen"] = day
	}
}

// aliasSource names who asserts an object's aliases: ATT&CK for its own
// objects, else the bundle.
func (r *reader) aliasSource(d details) string {
	for _, ref := range d.ExternalRefs {
		if ref.SourceName == "mitre-attack" {
			return "mitre-attack"
		}
	}
	return r.report.ID
}

func claims(aliases []string, source string) []graph.AliasClaim {
	var out []graph.AliasClaim
	for _, a := range aliases {
		out = append(out, graph.AliasClaim{Alias: a, Source: source})
	}
	return out
}

// sectors adds an identity's sectors as Sector nodes it is PART_OF.
func (r *reader) sectors(o object, d details, n graph.Node) {
	for _, s := range d.Sectors {
		name := SectorName(s)
		if name == "" {
			continue
		}
		sec := graph.NewNode(graph.Sector, name)
		r.extra = append(r.extra, sec)
		r.edges = append(r.edges, graph.Edge{Type: graph.PartOf, Source: n.ID, Target: sec.ID, Evidence: []graph.Evidence{{
			Report:     r.evidenceRef(o),
			Sentence:   fmt.Sprintf("%s is in the %s sector.", n.Name, name),
			Locator:    o.ID,
			Rule:       "stix:sectors",
			Confidence: 1,
		}}})
	}
}

// relationships turns relationship objects between loaded nodes into edges.
func (r *reader) relationships() error {
	for _, o := range r.objects {
		if o.Type != "relationship" {
			continue
		}
		rel, modelled := relOf[o.RelationshipType]
		src, srcOK := r.byStixID[o.SourceRef]
		dst, dstOK := r.byStixID[o.TargetRef]
		_, srcInBundle := r.byID[o.SourceRef]
		_, dstInBundle := r.byID[o.TargetRef]
		switch {
		case o.Revoked:
			r.stats.Skip(o.Type, ReasonRevoked)
		case o.Deprecated:
			r.stats.Skip(o.Type, ReasonDeprecated)
		case !modelled:
			r.stats.Skip(o.Type, ReasonUnmodelledRel)
		case !srcInBundle || !dstInBundle:
			r.stats.Skip(o.Type, ReasonEndpointMissing)
		case !srcOK || !dstOK:
			r.stats.Skip(o.Type, ReasonEndpointSkipped)
		default:
			d, err := r.details(o)
			if err != nil {
				return err
			}
			sentence := CleanText(d.Description)
			if sentence == "" {
				sentence = fmt.Sprintf("%s %s %s.", src.Name, rel.verb, dst.Name)
			}
			conf := 1.0
			if d.Confidence != nil {
				conf = min(max(*d.Confidence, 0), 100) / 100
			}
			r.edges = append(r.edges, graph.Edge{Type: rel.typ, Source: src.ID, Target: dst.ID, Evidence: []graph.Evidence{{
				Report:     r.evidenceRef(o),
				Sentence:   sentence,
				Locator:    o.ID,
				Rule:       "stix:" + o.RelationshipType,
				Confidence: conf,
			}}})
			r.stats.Load(o.Type)
		}
	}
	return nil
}

// evidenceRef is the bundle's report dated by the object that states the
// relationship (created, else modified).
func (r *reader) evidenceRef(o object) graph.ReportRef {
	ref := r.report
	if d := day(o.Created); d != "" {
		ref.Date = d
	} else if d := day(o.Modified); d != "" {
		ref.Date = d
	}
	return ref
}

// day returns the YYYY-MM-DD part of a STIX timestamp, "" when there is none.
func day(ts string) string {
	if datePrefix.MatchString(ts) {
		return ts[:10]
	}
	return ""
}

// sectorNames spells the STIX 2.1 industry-sector-ov values as sector names.
var sectorNames = map[string]string{
	"aerospace": "Aerospace", "aviation": "Aviation", "automotive": "Automotive", "chemical": "Chemical",
	"commercial": "Commercial", "communications": "Communications", "construction": "Construction",
	"defense": "Defense", "education": "Education", "energy": "Energy", "entertainment": "Entertainment",
	"financial-services": "Financial Services", "government": "Government",
	"government-emergency-services": "Emergency Services", "government-local": "Local Government",
	"government-national": "National Government", "government-public-services": "Public Services",
	"government-regional": "Regional Government", "healthcare": "Healthcare",
	"hospitality-leisure": "Hospitality and Leisure", "infrastructure": "Infrastructure",
	"infrastructure-dams": "Dams", "infrastructure-nuclear": "Nuclear", "infrastructure-water": "Water",
	"insurance": "Insurance", "manufacturing": "Manufacturing", "mining": "Mining", "non-profit": "Non-Profit",
	"pharmaceuticals": "Pharmaceuticals", "retail": "Retail", "technology": "Technology",
	"telecommunications": "Telecommunications", "transportation": "Transportation", "utilities": "Utilities",
}

// SectorName spells a sector value as a node name: the STIX vocabulary
// ("financial-services") gets its readable name ("Financial Services"), and
// free text is kept with its words capitalized where it has no capitals.
func SectorName(s string) string {
	s = strings.TrimSpace(s)
	if name, ok := sectorNames[strings.ToLower(s)]; ok {
		return name
	}
	if strings.ToLower(s) != s {
		return s
	}
	words := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '_' || r == ' ' })
	for i, w := range words {
		rs := []rune(w)
		words[i] = string(unicode.ToUpper(rs[0])) + string(rs[1:])
	}
	return strings.Join(words, " ")
}
