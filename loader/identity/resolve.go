// Package identity decides which records of a load are one entity. Every
// source names threat actors its own way (ATT&CK's intrusion set
// "Leviathan", MISP's cluster "APT40", an article's "TEMP.Periscope"):
// Resolve maps each record to its gazetteer entry, unites the records the
// gazetteer does not know that share a name, rewrites ids in nodes and
// edges, keeps every name with the sources that assert it, names each actor
// by the configured convention, and applies the analyst's curation last.
// Sources that disagree are not merged: the conflict is reported.
//
// Ids never depend on the naming convention or on load order: an actor the
// gazetteer knows has the id of the gazetteer's canonical (MISP) name.
package identity

import (
	"regexp"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// Options says how to resolve.
type Options struct {
	// Gazetteer knows the threat actors; nil means none is known.
	Gazetteer *gazetteer.Gazetteer
	// Convention names threat actors for display; the zero value is MISP's.
	Convention Convention
	// Curation is applied last; nil means none.
	Curation *Curation
}

// Result is what Resolve did.
type Result struct {
	// Batches are the input batches with ids rewritten, in the same order.
	Batches []graph.Batch
	// Conflicts are the names that two entities answer to, which were kept apart.
	Conflicts []Conflict
	// Notes say which curation lines had no effect on this load, and why.
	Notes []string
	// Merged counts records that became part of an entity under another id.
	Merged int
	// SelfLoops counts relationships dropped because both ends became one entity.
	SelfLoops int
	// Dropped counts entities the curation dropped.
	Dropped int
}

// SourceCuration is the source of names a curation file gives.
const SourceCuration = "curation"

// resolvable are the kinds whose records are united by name; the others
// keep the id their source gave them unless the curation says otherwise.
func resolvable(k graph.Kind) bool {
	return k == graph.ThreatActor || k == graph.Campaign || k == graph.Malware || k == graph.Tool
}

// key folds a name the way the gazetteer compares names.
func key(s string) string { return gazetteer.LookupKey(s) }

var attackObjectID = regexp.MustCompile(`^[GSCM]\d{4}$`)

// occ is one record: a node of one batch, before resolution.
type occ struct {
	b       int
	node    graph.Node
	surface string // the name the source used for it
	source  string // who asserts its names
	ent     *entity
}

// entity is what records resolve to.
type entity struct {
	id      string
	kind    graph.Kind
	idName  string
	entry   *gazetteer.Entry
	occs    []*occ
	names   map[string]map[string]bool // name as written -> sources
	rename  string
	into    *entity // merged into another by the curation
	dropped bool
	curated bool
	node    graph.Node
}

func (e *entity) live() *entity {
	for e.into != nil {
		e = e.into
	}
	return e
}

func (e *entity) addName(name, source string) {
	name = strings.TrimSpace(name)
	if name == "" || key(name) == "" {
		return
	}
	if e.names == nil {
		e.names = map[string]map[string]bool{}
	}
	if e.names[name] == nil {
		e.names[name] = map[string]bool{}
	}
	if source != "" {
		e.names[name][source] = true
	}
}

// answersTo reports whether the entity has a name of key k.
func (e *entity) answersTo(k string) bool {
	for n := range e.names {
		if key(n) == k {
			return true
		}
	}
	return false
}

func (e *entity) removeKey(k string) {
	for n := range e.names {
		if key(n) == k {
			delete(e.names, n)
		}
	}
}

// resolver holds the state of one Resolve.
type resolver struct {
	opt       Options
	in        []graph.Batch
	occs      []*occ
	byRaw     []map[string]*occ // per batch: raw id -> record
	entities  map[string]*entity
	order     []string // entity keys in creation order, sorted before use
	conflicts map[string]*conflictBuild
	notes     []string
	splitUsed map[int]bool
}

// Resolve resolves the records of batches (each read from one source) into
// entities and returns the batches rewritten. It does not fail: what it
// cannot decide it leaves apart and reports.
func Resolve(batches []graph.Batch, opt Options) Result {
	r := &resolver{opt: opt, entities: map[string]*entity{}, conflicts: map[string]*conflictBuild{}, splitUsed: map[int]bool{}}
	if r.opt.Gazetteer == nil {
		r.opt.Gazetteer = gazetteer.New(nil)
	}
	if r.opt.Convention.Name == "" {
		r.opt.Convention = Convention{Name: "misp"}
	}
	r.in = make([]graph.Batch, len(batches))
	for i, b := range batches {
		r.in[i] = b.Normalized()
	}
	r.collect()
	r.assign()
	r.applySplits()
	res := Result{}
	r.applyMerges()
	r.applyRenames()
	res.Dropped = r.applyDrops()
	r.finish()
	res.Batches, res.SelfLoops = r.rewrite()
	for _, o := range r.occs {
		if e := o.ent.live(); !e.dropped && o.node.ID != e.id && o.node.Kind != graph.Report {
			res.Merged++
		}
	}
	res.Conflicts = r.conflictList()
	res.Notes = r.notes
	return res
}

// collect makes one record per node and finds its surface name and source.
func (r *resolver) collect() {
	r.byRaw = make([]map[string]*occ, len(r.in))
	for bi, b := range r.in {
		r.byRaw[bi] = map[string]*occ{}
		sentences := map[string][]string{}
		for _, n := range b.Nodes {
			if len(n.Aliases) > 0 && n.Kind != graph.Report {
				sentences[n.ID] = nil
			}
		}
		for _, e := range b.Edges {
			for _, id := range []string{e.Source, e.Target} {
				if s, ok := sentences[id]; ok {
					for _, ev := range e.Evidence {
						if ev.Sentence != "" {
							s = append(s, ev.Sentence)
						}
					}
					sentences[id] = s
				}
			}
		}
		for _, n := range b.Nodes {
			o := &occ{b: bi, node: n, surface: n.Name, source: sourceOf(b, n)}
			if len(n.Aliases) > 0 && n.Kind != graph.Report {
				o.surface = surface(n, sentences[n.ID])
			}
			r.occs = append(r.occs, o)
			r.byRaw[bi][n.ID] = o
		}
	}
}

// sourceOf names who asserts the names of node n of batch b: ATT&CK with
// the object's id, the MISP galaxy, or the batch's report.
func sourceOf(b graph.Batch, n graph.Node) string {
	ext := firstID(n.Props["external_id"])
	if attackObjectID.MatchString(ext) {
		for _, c := range n.AliasClaims {
			if c.Source == "mitre-attack" {
				return "mitre-attack:" + ext
			}
		}
		if strings.HasPrefix(b.Report.ID, "stix:") && strings.Contains(b.Report.Title, "ATT&CK") {
			return "mitre-attack:" + ext
		}
	}
	if strings.HasPrefix(b.Report.ID, "misp-galaxy:") {
		return gazetteer.SourceMISP
	}
	return b.Report.ID
}

func firstID(s string) string {
	s, _, _ = strings.Cut(s, ",")
	return strings.TrimSpace(s)
}

// surface returns the name of n its source used: its own name when a
// sentence about it says it (or none says anything), else the alias the
// sentences say most often.
func surface(n graph.Node, sentences []string) string {
	if len(sentences) == 0 {
		return n.Name
	}
	norm := make([]string, len(sentences))
	for i, s := range sentences {
		norm[i] = " " + graph.Normalize(s) + " "
	}
	count := func(name string) int {
		w := " " + graph.Normalize(name) + " "
		if w == "  " {
			return 0
		}
		c := 0
		for _, s := range norm {
			c += strings.Count(s, w)
		}
		return c
	}
	if count(n.Name) > 0 {
		return n.Name
	}
	best, bestN := n.Name, 0
	for _, a := range n.Aliases {
		if c := count(a); c > bestN {
			best, bestN = a, c
		}
	}
	return best
}

// entityFor returns the entity of key k, made by mk when new.
func (r *resolver) entityFor(k string, mk func() *entity) *entity {
	if e, ok := r.entities[k]; ok {
		return e
	}
	e := mk()
	r.entities[k] = e
	r.order = append(r.order, k)
	return e
}

func (r *resolver) entryEntity(en gazetteer.Entry) *entity {
	return r.entityFor("entry\x00"+en.Name, func() *entity {
		e := &entity{id: graph.NodeID(graph.ThreatActor, en.Name), kind: graph.ThreatActor, idName: en.Name}
		cp := en
		e.entry = &cp
		for _, n := range en.Names() {
			for _, s := range en.SourcesOf(n) {
				e.addName(n, s)
			}
			e.addName(n, "")
		}
		return e
	})
}

func (r *resolver) rawEntity(o *occ) *entity {
	return r.entityFor("id\x00"+o.node.ID, func() *entity {
		return &entity{id: o.node.ID, kind: o.node.Kind, idName: o.node.Name}
	})
}

// splitFor returns the curation's split line that takes record o out of
// its entity, or -1. would is the gazetteer entry o would resolve to.
func (r *resolver) splitFor(o *occ, would *gazetteer.Entry) int {
	if r.opt.Curation == nil {
		return -1
	}
	for i, s := range r.opt.Curation.Splits {
		if (s.Kind != "" && s.Kind != o.node.Kind) || key(s.Name) != key(o.surface) {
			continue
		}
		if s.From != "" {
			fk := key(s.From)
			ok := false
			if would != nil {
				for _, n := range would.Names() {
					ok = ok || key(n) == fk
				}
			}
			for _, n := range o.node.Names() {
				ok = ok || key(n) == fk
			}
			if !ok {
				continue
			}
		}
		return i
	}
	return -1
}

// assign maps every record to an entity.
func (r *resolver) assign() {
	var unknown []*occ
	for _, o := range r.occs {
		n := o.node
		if n.Kind == graph.Report {
			o.ent = r.rawEntity(o)
			continue
		}
		var entry *gazetteer.Entry
		if n.Kind == graph.ThreatActor {
			entry = r.lookupEntry(o)
		}
		if i := r.splitFor(o, entry); i >= 0 {
			s := r.opt.Curation.Splits[i]
			r.splitUsed[i] = true
			if entry != nil {
				// The entity it is split from, even when no other record
				// resolves to it, so that its names leave the split entity.
				r.entryEntity(*entry)
			}
			o.ent = r.entityFor("split\x00"+string(n.Kind)+"\x00"+key(s.Name), func() *entity {
				return &entity{id: graph.NodeID(n.Kind, s.Name), kind: n.Kind, idName: s.Name, curated: true}
			})
			continue
		}
		switch {
		case entry != nil:
			o.ent = r.entryEntity(*entry)
			r.checkAliases(o, entry)
		case resolvable(n.Kind):
			unknown = append(unknown, o)
		default:
			o.ent = r.rawEntity(o)
		}
	}
	r.unite(unknown)
	for _, o := range r.occs {
		o.ent.occs = append(o.ent.occs, o)
		r.addOccNames(o)
	}
}

// lookupEntry finds the gazetteer entry of a threat-actor record: by its
// name, else by its ATT&CK id, else by its aliases when those that the
// gazetteer knows all name one entry. Aliases naming several entries are a
// conflict: the record is kept apart.
func (r *resolver) lookupEntry(o *occ) *gazetteer.Entry {
	g := r.opt.Gazetteer
	n := o.node
	if e, ok := g.Lookup(n.Name); ok {
		return &e
	}
	for _, id := range strings.Split(n.Props["external_id"], ",") {
		if id = strings.TrimSpace(id); attackObjectID.MatchString(id) {
			if e, ok := g.Lookup(id); ok {
				return &e
			}
		}
	}
	found := map[string]gazetteer.Entry{}
	var names []string
	for _, a := range n.Aliases {
		if e, ok := g.Lookup(a); ok {
			if _, seen := found[e.Name]; !seen {
				names = append(names, e.Name)
			}
			found[e.Name] = e
		}
	}
	if len(found) == 1 {
		e := found[names[0]]
		return &e
	}
	if len(found) > 1 {
		sort.Strings(names)
		for _, a := range n.Aliases {
			if e, ok := g.Lookup(a); ok {
				r.conflict(n.Kind, a, claimOf(o), entryClaim(e, a))
			}
		}
	} else if cl := g.Claimants(n.Name); len(cl) > 1 {
		for _, e := range cl {
			r.conflict(n.Kind, n.Name, claimOf(o), entryClaim(e, n.Name))
		}
	}
	return nil
}

// checkAliases reports the aliases of a record that the gazetteer gives to
// other entries than the one the record resolved to.
func (r *resolver) checkAliases(o *occ, entry *gazetteer.Entry) {
	for _, a := range o.node.Aliases {
		cl := r.opt.Gazetteer.Claimants(a)
		if len(cl) == 0 {
			continue
		}
		mine := false
		for _, e := range cl {
			mine = mine || e.Name == entry.Name
		}
		if mine {
			continue
		}
		for _, e := range cl {
			r.conflict(o.node.Kind, a, claimOf(o), entryClaim(e, a))
		}
	}
}

// unite groups the records the gazetteer does not know: two records are one
// entity when the name of one is a name of the other. Records that only
// share an alias are two entities claiming one name: a conflict.
func (r *resolver) unite(unknown []*occ) {
	parent := make([]int, len(unknown))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(a, b int) {
		if ra, rb := find(a), find(b); ra != rb {
			if ra < rb {
				parent[rb] = ra
			} else {
				parent[ra] = rb
			}
		}
	}
	byName := map[string][]int{} // kind + name key -> records so named
	for i, o := range unknown {
		k := string(o.node.Kind) + "\x00" + key(o.node.Name)
		byName[k] = append(byName[k], i)
	}
	for _, ids := range byName {
		for _, j := range ids[1:] {
			union(ids[0], j)
		}
	}
	for i, o := range unknown {
		for _, a := range o.node.Aliases {
			for _, j := range byName[string(o.node.Kind)+"\x00"+key(a)] {
				union(i, j)
			}
		}
	}
	groups := map[int][]*occ{}
	var roots []int
	for i, o := range unknown {
		root := find(i)
		if _, ok := groups[root]; !ok {
			roots = append(roots, root)
		}
		groups[root] = append(groups[root], o)
	}
	for _, root := range roots {
		members := groups[root]
		idName := groupName(members)
		kind := members[0].node.Kind
		e := r.entityFor("group\x00"+graph.NodeID(kind, idName), func() *entity {
			return &entity{id: graph.NodeID(kind, idName), kind: kind, idName: idName}
		})
		for _, o := range members {
			o.ent = e
		}
	}
	// Aliases shared by groups that are not one another's names.
	byAlias := map[string][]*occ{}
	var aliasKeys []string
	for _, o := range unknown {
		for _, a := range o.node.Aliases {
			k := string(o.node.Kind) + "\x00" + key(a)
			if _, ok := byName[k]; ok {
				continue
			}
			if _, ok := byAlias[k]; !ok {
				aliasKeys = append(aliasKeys, k)
			}
			byAlias[k] = append(byAlias[k], o)
		}
	}
	for _, k := range aliasKeys {
		os := byAlias[k]
		ents := map[*entity]bool{}
		for _, o := range os {
			ents[o.ent] = true
		}
		if len(ents) < 2 {
			continue
		}
		for _, o := range os {
			for _, a := range o.node.Aliases {
				if string(o.node.Kind)+"\x00"+key(a) == k {
					r.conflict(o.node.Kind, a, claimOf(o))
				}
			}
		}
	}
}

// groupName is the name that gives a group of records its id: the name
// most of them go by, ties broken by the smaller id, so that neither load
// order nor the naming convention changes it.
func groupName(members []*occ) string {
	count := map[string]int{}
	spelling := map[string]string{}
	for _, o := range members {
		k := key(o.node.Name)
		count[k]++
		id := graph.NodeID(o.node.Kind, o.node.Name)
		if s, ok := spelling[k]; !ok || id < graph.NodeID(o.node.Kind, s) || (id == graph.NodeID(o.node.Kind, s) && o.node.Name < s) {
			spelling[k] = o.node.Name
		}
	}
	best := ""
	for k, c := range count {
		switch {
		case best == "":
			best = k
		case c > count[best]:
			best = k
		case c == count[best]:
			kind := members[0].node.Kind
			if graph.NodeID(kind, spelling[k]) < graph.NodeID(kind, spelling[best]) {
				best = k
			}
		}
	}
	return spelling[best]
}

// addOccNames records the names a record gives its entity, each with who
// asserts it. A name the record carries without a claim is its source's,
// except names that come from the gazetteer entry a report resolved the
// actor with: the report did not write them.
func (r *resolver) addOccNames(o *occ) {
	e := o.ent
	if o.node.Kind == graph.Report {
		return
	}
	ext := firstID(o.node.Props["external_id"])
	claimed := map[string]bool{}
	for _, c := range o.node.AliasClaims {
		src := c.Source
		if src == "mitre-attack" && attackObjectID.MatchString(ext) {
			src = "mitre-attack:" + ext
		}
		e.addName(c.Alias, src)
		claimed[key(c.Alias)] = true
	}
	fromEntry := func(n string) bool {
		if e.entry == nil {
			return false
		}
		for _, x := range e.entry.Names() {
			if key(x) == key(n) {
				return true
			}
		}
		return false
	}
	structured := o.source != o.surface && (strings.HasPrefix(o.source, "mitre-attack:") || o.source == gazetteer.SourceMISP)
	report := strings.HasPrefix(r.in[o.b].Report.ID, "report:")
	switch {
	case !report || structured:
		e.addName(o.node.Name, o.source)
	case key(o.surface) == key(o.node.Name) || !fromEntry(o.node.Name):
		e.addName(o.node.Name, o.source)
	default:
		e.addName(o.node.Name, "")
	}
	if key(o.surface) != key(o.node.Name) {
		e.addName(o.surface, o.source)
	}
	for _, a := range o.node.Aliases {
		if claimed[key(a)] {
			continue
		}
		if report && fromEntry(a) && key(a) != key(o.surface) {
			e.addName(a, "")
			continue
		}
		e.addName(a, o.source)
	}
}

// applySplits takes split aliases out of the entities they were split
// from, and those entities' names out of the split entities.
func (r *resolver) applySplits() {
	if r.opt.Curation == nil {
		return
	}
	keys := r.sortedKeys()
	for i, s := range r.opt.Curation.Splits {
		ak := key(s.Name)
		var split *entity
		for _, k := range keys {
			e := r.entities[k]
			if strings.HasPrefix(k, "split\x00") && e.curated && key(e.idName) == ak && (s.Kind == "" || e.kind == s.Kind) {
				split = e
			}
		}
		removed := false
		for _, k := range keys {
			e := r.entities[k]
			if e == split || (s.Kind != "" && e.kind != s.Kind) || !e.answersTo(ak) {
				continue
			}
			if s.From != "" && !e.answersTo(key(s.From)) {
				continue
			}
			if split != nil {
				for n := range e.names {
					if key(n) != ak {
						split.removeKey(key(n))
					}
				}
			}
			e.removeKey(ak)
			e.curated = true
			removed = true
		}
		if split != nil {
			split.addName(s.Name, SourceCuration)
		}
		if !r.splitUsed[i] && !removed {
			r.note(s.Line, "split %q: no entity loaded has that name", s.Name)
		} else if !r.splitUsed[i] {
			r.note(s.Line, "split %q: removed the alias, but no source record goes by that name, so it is no entity of its own", s.Name)
		}
	}
}

func (r *resolver) sortedKeys() []string {
	keys := append([]string(nil), r.order...)
	sort.Strings(keys)
	return keys
}

// liveEntities returns the entities not merged away, sorted by id.
func (r *resolver) liveEntities() []*entity {
	var out []*entity
	for _, k := range r.sortedKeys() {
		if e := r.entities[k]; e.into == nil && !e.dropped {
			out = append(out, e)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].id < out[j].id })
	return out
}

// find returns the entities of kind (any when "") that ref names: by id,
// else by a main name (the id's name, a source's own name), else by any
// name. Several at the best level are returned together.
func (r *resolver) find(kind graph.Kind, ref string) []*entity {
	rk := key(ref)
	var byID, byMain, byAny []*entity
	for _, e := range r.liveEntities() {
		if kind != "" && e.kind != kind {
			continue
		}
		switch {
		case e.id == strings.TrimSpace(ref):
			byID = append(byID, e)
		case rk == "":
		case key(e.idName) == rk || key(e.rename) == rk || (e.entry != nil && key(e.entry.Name) == rk) || mainName(e, rk):
			byMain = append(byMain, e)
		case e.answersTo(rk):
			byAny = append(byAny, e)
		}
	}
	switch {
	case len(byID) > 0:
		return byID
	case len(byMain) > 0:
		return byMain
	}
	return byAny
}

func mainName(e *entity, k string) bool {
	for _, o := range e.occs {
		if key(o.node.Name) == k || key(o.surface) == k {
			return true
		}
	}
	return false
}

// one resolves a curation reference to one entity, noting why not.
func (r *resolver) one(line int, what string, kind graph.Kind, ref string) *entity {
	es := r.find(kind, ref)
	switch len(es) {
	case 0:
		r.note(line, "%s %q: no entity loaded has that name", what, ref)
		return nil
	case 1:
		return es[0]
	}
	var names []string
	for _, e := range es {
		names = append(names, e.id)
	}
	r.note(line, "%s %q: names %d entities (%s): add a kind or use an id", what, ref, len(es), strings.Join(names, ", "))
	return nil
}

// applyMerges unites the entities each merge line names.
func (r *resolver) applyMerges() {
	if r.opt.Curation == nil {
		return
	}
	for _, m := range r.opt.Curation.Merges {
		var froms []*entity
		for _, f := range m.From {
			if e := r.one(m.Line, "merge from", m.Kind, f); e != nil {
				froms = append(froms, e)
			}
		}
		if len(froms) == 0 {
			continue
		}
		into := r.mergeTarget(m, froms[0].kind)
		if into == nil {
			continue
		}
		for _, f := range froms {
			if f == into {
				continue
			}
			if f.kind != into.kind {
				r.note(m.Line, "merge %q into %q: a %s cannot become a %s", f.idName, m.Into, f.kind, into.kind)
				continue
			}
			for n, srcs := range f.names {
				into.addName(n, "")
				for s := range srcs {
					into.addName(n, s)
				}
			}
			into.addName(f.idName, SourceCuration)
			into.occs = append(into.occs, f.occs...)
			into.curated = true
			f.into = into
		}
	}
}

// mergeTarget finds the entity a merge goes into. One the load does not
// hold is made: the gazetteer's actor of that name, or a new entity of the
// merged entities' kind, so that a merge works whichever load brings in
// which side.
func (r *resolver) mergeTarget(m Merge, kind graph.Kind) *entity {
	es := r.find(m.Kind, m.Into)
	if len(es) == 1 {
		return es[0]
	}
	if len(es) > 1 {
		r.one(m.Line, "merge into", m.Kind, m.Into)
		return nil
	}
	if kind == graph.ThreatActor {
		if en, ok := r.opt.Gazetteer.Lookup(m.Into); ok {
			return r.entryEntity(en)
		}
	}
	return r.entityFor("curation\x00"+graph.NodeID(kind, m.Into), func() *entity {
		e := &entity{id: graph.NodeID(kind, m.Into), kind: kind, idName: m.Into, curated: true}
		e.addName(m.Into, SourceCuration)
		return e
	})
}

func (r *resolver) applyRenames() {
	if r.opt.Curation == nil {
		return
	}
	for _, rn := range r.opt.Curation.Renames {
		if e := r.one(rn.Line, "rename", rn.Kind, rn.Entity); e != nil {
			e.rename = rn.Name
			e.addName(rn.Name, SourceCuration)
			e.curated = true
		}
	}
}

func (r *resolver) applyDrops() int {
	if r.opt.Curation == nil {
		return 0
	}
	n := 0
	for _, d := range r.opt.Curation.Drops {
		if e := r.one(d.Line, "drop", d.Kind, d.Entity); e != nil {
			e.dropped = true
			n++
		}
	}
	return n
}

// finish builds the node of every live entity.
func (r *resolver) finish() {
	for _, e := range r.liveEntities() {
		e.node = r.build(e)
	}
}

// build makes the node of an entity: props merged from every record (and
// the gazetteer entry), every name with its claims, the display name by
// rename, else convention.
func (r *resolver) build(e *entity) graph.Node {
	var base graph.Node
	if e.entry != nil {
		base = e.entry.Node()
	}
	for _, o := range e.occs {
		n := o.node
		n.ID = ""
		base = graph.MergeNodes(base, n)
	}
	if !resolvable(e.kind) && !e.curated {
		// Nothing to decide: the records' own merge, as a store would make it.
		base.ID, base.Kind = e.id, e.kind
		return base
	}
	names := make([]string, 0, len(e.names))
	for n := range e.names {
		names = append(names, n)
	}
	sort.Strings(names)
	display := e.rename
	if display == "" && e.kind == graph.ThreatActor {
		mitre := ""
		for _, o := range e.occs {
			if strings.HasPrefix(o.source, "mitre-attack:") && mitre == "" {
				mitre = o.node.Name
			}
		}
		display = r.opt.Convention.Display(e.entry, names, mitre, r.fallbackName(e))
	}
	if display == "" {
		display = r.fallbackName(e)
	}
	out := graph.Node{ID: e.id, Kind: e.kind, Name: display, Props: base.Props}
	var aliases []string
	var claims []graph.AliasClaim
	hasIDName := false
	for _, n := range names {
		if graph.NodeID(e.kind, n) == e.id {
			hasIDName = true
		}
		if graph.Normalize(n) != graph.Normalize(display) {
			aliases = append(aliases, n)
		}
		var srcs []string
		for s := range e.names[n] {
			srcs = append(srcs, s)
		}
		sort.Strings(srcs)
		for _, s := range srcs {
			claims = append(claims, graph.AliasClaim{Alias: n, Source: s})
		}
	}
	if !hasIDName && graph.NodeID(e.kind, display) != e.id {
		aliases = append(aliases, e.idName)
	}
	full := graph.MergeNodes(graph.Node{ID: e.id, Kind: e.kind, Name: display}, graph.Node{ID: e.id, Kind: e.kind, Name: display, Aliases: aliases, AliasClaims: claims})
	out.Aliases, out.AliasClaims = full.Aliases, full.AliasClaims
	// MergeNodes keeps one spelling per normalized form: make sure the id's
	// name survives in one of them.
	if graph.NodeID(e.kind, out.Name) != e.id {
		ok := false
		for _, a := range out.Aliases {
			ok = ok || graph.NodeID(e.kind, a) == e.id
		}
		if !ok {
			out.Aliases = append(out.Aliases, e.idName)
			sort.Strings(out.Aliases)
		}
	}
	return out
}

// fallbackName is the display name when no convention decides: the
// gazetteer's name, else the records' best spelling of the id's name.
func (r *resolver) fallbackName(e *entity) string {
	if e.entry != nil {
		return e.entry.Name
	}
	best := ""
	for _, o := range e.occs {
		if graph.NodeID(e.kind, o.node.Name) == e.id {
			best = betterName(best, o.node.Name)
		}
	}
	if best == "" {
		best = e.idName
	}
	return best
}

// betterName mirrors graph.MergeNodes' choice of spelling.
func betterName(a, b string) string {
	return graph.MergeNodes(graph.Node{Name: a}, graph.Node{Name: b}).Name
}

// rewrite returns the batches with every record replaced by its entity's
// node and every edge pointed at entities; edges that merging turned into
// loops, and everything the curation dropped, are left out.
func (r *resolver) rewrite() ([]graph.Batch, int) {
	loops := 0
	out := make([]graph.Batch, len(r.in))
	for bi, b := range r.in {
		var bl graph.Builder
		ids := map[string]string{}
		for _, n := range b.Nodes {
			o := r.byRaw[bi][n.ID]
			e := o.ent.live()
			if e.dropped {
				continue
			}
			ids[n.ID] = e.id
			bl.AddNode(e.node)
		}
		for _, ed := range b.Edges {
			src, ok1 := ids[ed.Source]
			dst, ok2 := ids[ed.Target]
			if !ok1 || !ok2 {
				continue
			}
			if src == dst && ed.Source != ed.Target {
				loops++
				continue
			}
			ed.Source, ed.Target = src, dst
			bl.AddEdge(ed)
		}
		sg := bl.Subgraph("")
		out[bi] = graph.Batch{Report: b.Report, Nodes: sg.Nodes, Edges: sg.Edges}
	}
	return out, loops
}
